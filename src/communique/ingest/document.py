"""The unit ingest hands to clean: one document's raw content and what is known about it."""

from __future__ import annotations

from dataclasses import dataclass

from communique.records import Source


@dataclass(frozen=True)
class RawDocument:
    """One document as read from a source, before chrome removal.

    ``format`` is ``"html"`` or ``"text"``: what the cleaner must do with ``content``.
    Hints (title, date, url) come from the container (a feed entry, a JSONL field, a WARC header,
    a CLI flag) and win over what the cleaner would guess.
    """

    source: Source
    content: str
    format: str  # "html" | "text"
    title: str | None = None
    date: str | None = None
    author: str | None = None
    outlet: str | None = None
