"""Split an article's text into plain segments so highlights never need raw HTML.

Stored text is untrusted: a story may contain ``<script>`` or ``<img onerror=...>``. Instead of
inserting ``<mark>`` tags into the text (which would force ``|safe``), the view cuts the text at
every highlight boundary and hands the template a list of segments, each a plain string plus the
quote and event indices covering it. The template prints each string autoescaped inside its own
element. Spans may overlap (an event inside a quote) and may be out of range in damaged data; both
are handled here, once, instead of in the template.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class Mark:
    """One highlight: ``kind`` is ``quote`` or ``event``, ``index`` its place in the article."""

    kind: str
    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Segment:
    """A run of text covered by the same set of highlights (possibly none)."""

    text: str
    start: int
    quotes: tuple[int, ...] = field(default_factory=tuple)
    events: tuple[int, ...] = field(default_factory=tuple)

    @property
    def marked(self) -> bool:
        return bool(self.quotes or self.events)

    @property
    def css(self) -> str:
        """Class names for the template: it prints them and does not decide anything."""
        names = []
        if self.quotes:
            names.append("hl-quote")
        if self.events:
            names.append("hl-event")
        return " ".join(names)

    @property
    def anchor(self) -> str:
        """Fragment of the first evidence card this segment stands for (quotes before events)."""
        if self.quotes:
            return f"q-{self.quotes[0]}"
        if self.events:
            return f"e-{self.events[0]}"
        return ""

    @property
    def refs(self) -> str:
        """Space-separated evidence card ids, read by the dashboard script on click."""
        return " ".join([f"q-{i}" for i in self.quotes] + [f"e-{i}" for i in self.events])


def segment_text(text: str, marks: Sequence[Mark]) -> list[Segment]:
    """Cut ``text`` at every mark boundary; each piece lists the marks that cover it.

    Marks are clamped to the text; empty or inverted marks are ignored. Concatenating the
    segments' text gives back ``text`` exactly, so nothing of the story is lost or duplicated.
    """
    n = len(text)
    clean: list[Mark] = []
    for m in marks:
        start, end = max(0, min(m.start, n)), max(0, min(m.end, n))
        if end > start:
            clean.append(Mark(m.kind, m.index, start, end))
    cuts = sorted({0, n, *(m.start for m in clean), *(m.end for m in clean)})
    segments: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if b <= a:
            continue
        cover = [m for m in clean if m.start <= a and m.end >= b]
        segments.append(
            Segment(
                text=text[a:b],
                start=a,
                quotes=tuple(sorted({m.index for m in cover if m.kind == "quote"})),
                events=tuple(sorted({m.index for m in cover if m.kind == "event"})),
            )
        )
    return segments


def paragraphs(text: str, marks: Sequence[Mark]) -> list[list[Segment]]:
    """Segments grouped into paragraphs (split at blank lines), offsets still indexing ``text``.

    The article page prints each paragraph as a ``<p>``; a highlight that crosses a blank line
    (only in damaged data) is cut in two and each half keeps its quote or event.
    """
    out: list[list[Segment]] = []
    pos = 0
    for sep in [*_PARA_BREAK.finditer(text), None]:
        end = sep.start() if sep else len(text)
        if end > pos:
            local = [Mark(m.kind, m.index, m.start - pos, m.end - pos) for m in marks]
            segs = segment_text(text[pos:end], local)
            out.append([Segment(s.text, s.start + pos, s.quotes, s.events) for s in segs])
        if sep:
            pos = sep.end()
    return out
