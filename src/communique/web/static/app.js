/* Dashboard behaviour. No framework, no network: it only moves elements the server rendered.
   Never uses innerHTML: evidence cards are cloned DOM nodes, so stored text stays text. */
(function () {
  "use strict";

  function showEvidence(refs, source) {
    var panel = document.getElementById("evidence-panel");
    if (!panel) { return; }
    while (panel.firstChild) { panel.removeChild(panel.firstChild); }
    document.querySelectorAll(".hl.selected").forEach(function (el) { el.classList.remove("selected"); });
    if (source) { source.classList.add("selected"); }
    refs.split(" ").forEach(function (id) {
      var card = id && document.getElementById(id);
      if (!card) { return; }
      var copy = card.cloneNode(true);
      copy.removeAttribute("id");
      copy.classList.add("active");
      copy.setAttribute("data-ref", id);
      panel.appendChild(copy);
    });
  }

  function showPoint(day, source) {
    var groups = document.querySelectorAll(".day-group");
    groups.forEach(function (g) {
      var hit = g.getAttribute("data-day") === day;
      g.classList.toggle("active", hit);
      g.classList.toggle("dimmed", !hit);
    });
    document.querySelectorAll(".chart .point.selected").forEach(function (p) { p.classList.remove("selected"); });
    if (source) {
      var dot = source.querySelector(".point");
      if (dot) { dot.classList.add("selected"); }
    }
    var label = document.getElementById("point-label");
    if (label) { label.textContent = "Showing events of " + day + ". "; }
    var reset = document.getElementById("show-all");
    if (reset) { reset.hidden = false; }
  }

  document.addEventListener("click", function (ev) {
    var target = ev.target instanceof Element ? ev.target : null;
    if (!target) { return; }
    var seg = target.closest(".hl[data-refs]");
    if (seg) {
      ev.preventDefault();
      showEvidence(seg.getAttribute("data-refs"), seg);
      return;
    }
    var point = target.closest("a[data-day]");
    if (point) {
      ev.preventDefault();
      showPoint(point.getAttribute("data-day"), point);
      if (history.replaceState) { history.replaceState(null, "", "#" + point.getAttribute("data-anchor")); }
      return;
    }
    if (target.id === "show-all") {
      document.querySelectorAll(".day-group").forEach(function (g) { g.classList.remove("dimmed", "active"); });
      target.hidden = true;
      var label = document.getElementById("point-label");
      if (label) { label.textContent = ""; }
    }
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter" && ev.key !== " ") { return; }
    var seg = ev.target instanceof Element ? ev.target.closest(".hl[data-refs]") : null;
    if (seg) { ev.preventDefault(); showEvidence(seg.getAttribute("data-refs"), seg); }
  });
})();
