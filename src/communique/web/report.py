"""Static offline report: the dashboard's pages written as files, with the same views/templates.

``write_report(store, out)`` renders the overview, every article, actor and dyad page, and the
quote and event lists into one flat folder (``ReportLinks``), copies the CSS/JS, and writes
each dyad's timeline as a standalone SVG image for the overview. It opens from disk with no
server and no internet. Pages link only to pages the report contains.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

from communique.store import queries as sq
from communique.store import web_queries as wq
from communique.store.store import Store
from communique.web import views
from communique.web.links import ReportLinks
from communique.web.render import environment, render, static_dir

log = logging.getLogger(__name__)
LIST_ROWS = sq.MAX_LIMIT  # rows on quotes.html / events.html (the heading says "of N")


@dataclass
class ReportSummary:
    index: Path
    articles: int = 0
    actors: int = 0
    dyads: int = 0


def _everything(fetch: object, **kwargs: object) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    while True:
        page = fetch(limit=sq.MAX_LIMIT, offset=len(rows), **kwargs)  # type: ignore[operator]
        rows += page.rows
        if not page.rows or len(rows) >= page.total:
            return rows


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def write_report(store: Store, out: str | Path) -> ReportSummary:
    """Write the report into ``out`` (created if needed) and return where its index is."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(static_dir(), folder / "static", dirs_exist_ok=True)
    links = ReportLinks()
    summary = ReportSummary(index=folder / "index.html")

    dyads = _everything(wq.dyads, store=store)
    charts: dict[str, str] = {}
    for d in dyads:
        source, target = str(d["source"]), str(d["target"])
        page = views.dyad_page(store, links, source, target, live=False)
        target_file = links.dyad(source, target)
        if page.chart is not None:
            image = target_file.removesuffix(".html") + ".svg"
            svg = (
                environment()
                .get_template("chart.svg")
                .render(chart=page.chart, title=f"{source} → {target}")
            )
            _write(folder / image, svg)
            charts[target_file] = image
        _write(folder / target_file, render("dyad.html", page))
        summary.dyads += 1

    names = set(wq.actor_names(store))
    names |= {str(d[side]) for d in dyads for side in ("source", "target")}
    for name in sorted(names):
        try:
            page_a = views.actor_page(store, links, name, live=False)
        except views.NotFound:
            log.warning("actor %r listed but not found; no page written", name)
            continue
        _write(folder / links.actor(name), render("actor.html", page_a))
        summary.actors += 1

    for art in _everything(wq.articles, store=store):
        article_id = str(art["id"])
        page_r = views.article_page(store, links, article_id, live=False)
        _write(folder / links.article(article_id), render("article.html", page_r))
        summary.articles += 1

    for kind in ("quotes", "events"):
        page_l = views.list_page(store, links, kind, {}, LIST_ROWS, 0, live=False)
        _write(folder / f"{kind}.html", render("list.html", page_l))

    index = views.index_page(store, links, live=False, top=None)
    index.charts = charts
    _write(summary.index, render("index.html", index))
    log.info(
        "report: %d articles, %d actors, %d dyads in %s",
        summary.articles,
        summary.actors,
        summary.dyads,
        folder,
    )
    return summary
