"""Hand-built articles for store tests: no NLP, so the store is tested on its own contract."""

from __future__ import annotations

import hashlib

from communique.records import Actor, ActorRef, Article, Event, Quote, Source, Span, Speaker

# Country codes to canonical names, for building ActorRefs in tests.
NAMES = {"RUS": "Russia", "EU": "European Union", "USA": "United States", "UKR": "Ukraine",
         "CHN": "China"}


def ref(code: str) -> ActorRef:
    return ActorRef(text=NAMES[code], name=NAMES[code], country=code, sector="GOV")


def event(kind: str, quad: int, intensity: float, source: list[str], target: list[str],
          text: str, phrase: str, cameo: str = "00", **kw: object) -> Event:
    start = text.index(phrase)
    return Event(type=kind, mode=None, cameo_root=cameo, quad=quad, intensity=intensity,
                 source=[ref(c) for c in source], target=[ref(c) for c in target],
                 evidence=Span(start, start + len(phrase), phrase), **kw)  # type: ignore[arg-type]


def make_article(text: str, *, published: str | None = "2024-03-05", outlet: str | None = "Wire",
                 url: str | None = None, events: list[Event] | None = None,
                 quotes: list[Quote] | None = None, actors: list[Actor] | None = None,
                 speakers: list[Speaker] | None = None, title: str | None = None) -> Article:
    """An Article whose id is a content hash, as the pipeline makes it."""
    aid = hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:24]
    return Article(id=aid, source=Source(path=None, url=url, kind="text"), title=title,
                   published=published, reading_minutes=1, outlet=outlet, author=None,
                   language="en", text=text, quotes=quotes or [], speakers=speakers or [],
                   actors=actors or [], events=events or [])


def quote(text: str, said: str, speaker: str | None, **kw: object) -> Quote:
    start = text.index(said)
    return Quote(text=said, start=start, end=start + len(said), kind="direct", speaker=speaker,
                 **kw)  # type: ignore[arg-type]


def actor(text: str, name: str, country: str | None, *mentions: str) -> Actor:
    spans = []
    for m in mentions:
        i = text.index(m)
        spans.append(Span(i, i + len(m), m))
    return Actor(text=mentions[0] if mentions else name, name=name, country=country,
                 sector="GOV", mentions=spans)


def words(n0: int, n1: int, prefix: str = "w") -> str:
    """Distinct made-up words n0..n1-1: texts whose overlap we control exactly."""
    return " ".join(f"{prefix}{i}" for i in range(n0, n1))
