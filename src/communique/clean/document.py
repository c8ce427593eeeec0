"""The unit clean hands to the NLP stages: the story alone plus its metadata."""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.records import Source


@dataclass(frozen=True)
class CleanDocument:
    """The story text (paragraphs joined by a blank line) and the metadata read around it."""

    source: Source
    text: str
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    reading_minutes: int | None = None
    outlet: str | None = None
    author: str | None = None
    language: str | None = None
    removed: list[str] = field(default_factory=list)
