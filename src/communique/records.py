"""Typed records that flow between stages and out to users.

Every stage returns these frozen-ish dataclasses; the store, the API and the exports read
them back. Offsets (``start``/``end``) always index ``Article.text`` so that every quote,
actor mention and event leads back to the sentence it came from.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "communique.record.v1"


@dataclass(frozen=True)
class Span:
    """A character span into ``Article.text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Source:
    """Where a document came from: file path (or '-'), URL if known, and input kind."""

    path: str | None
    url: str | None
    kind: str


@dataclass
class Quote:
    """One quotation: the quoted or reported content plus who said it, how, and via whom."""

    text: str
    start: int
    end: int
    kind: str  # direct | indirect | mixed
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_role: str | None = None
    cue: str | None = None
    via: str | None = None
    paragraph: int = 0
    floating: bool = False
    sentence: str | None = None


@dataclass
class Speaker:
    """A person or body quoted in the article, with indices into ``Article.quotes``."""

    name: str
    role: str | None = None
    quotes: list[int] = field(default_factory=list)


@dataclass
class Actor:
    """A coded actor: text as first written, canonical name, country/IGO code and sector."""

    text: str
    name: str
    country: str | None
    sector: str | None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class ActorRef:
    """An actor as it takes part in one event (PLOVER actors are lists of these)."""

    text: str
    name: str
    country: str | None
    sector: str | None


@dataclass
class Location:
    name: str
    country: str | None = None


@dataclass
class Event:
    """One PLOVER event with its CAMEO root, intensity, flags, own date and evidence span."""

    type: str
    mode: str | None
    cameo_root: str
    quad: int
    intensity: float
    source: list[ActorRef]
    target: list[ActorRef]
    evidence: Span
    negated: bool = False
    hypothetical: bool = False
    intended: bool = False
    historical: bool = False
    date: str | None = None
    location: Location | None = None
    quote: int | None = None  # index into Article.quotes when the event sits inside a quote
    trigger: str | None = None


@dataclass
class Article:
    """One analysed article: metadata, the story text and everything found in it."""

    id: str
    source: Source
    title: str | None
    published: str | None
    reading_minutes: int | None
    outlet: str | None
    author: str | None
    language: str | None
    text: str
    removed: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    schema: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (what ``communique analyze`` prints, one per line)."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an Article from ``to_dict`` output (used by Dask workers and tests)."""
        d = dict(data)
        d["source"] = Source(**d["source"])
        d["quotes"] = [Quote(**q) for q in d.get("quotes", [])]
        d["speakers"] = [Speaker(**s) for s in d.get("speakers", [])]
        d["actors"] = [
            Actor(**{**a, "mentions": [Span(**m) for m in a.get("mentions", [])]})
            for a in d.get("actors", [])
        ]
        events = []
        for e in d.get("events", []):
            e = dict(e)
            e["source"] = [ActorRef(**r) for r in e["source"]]
            e["target"] = [ActorRef(**r) for r in e["target"]]
            e["evidence"] = Span(**e["evidence"])
            e["location"] = Location(**e["location"]) if e.get("location") else None
            events.append(Event(**e))
        d["events"] = events
        return cls(**d)
