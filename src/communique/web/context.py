"""Typed page contexts: everything a template prints, already computed.

Templates only loop and print (the datasette ``TableContext`` habit): a number, a label, a link,
a CSS class. Each card carries its evidence sentence and a link to the article anchor, so every
count on every page leads to the sentences behind it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.web.segments import Segment


@dataclass(frozen=True)
class ActorLink:
    name: str
    link: str


@dataclass(frozen=True)
class QuoteCard:
    """One quotation as the dashboard shows it, with the sentence that proves it."""

    article_id: str
    index: int
    anchor: str
    text: str
    kind: str
    speaker: str | None
    speaker_role: str | None
    speaker_link: str | None
    cue: str | None
    via: str | None
    sentence: str
    start: int
    end: int
    link: str
    article_title: str
    day: str | None


@dataclass(frozen=True)
class EventCard:
    """One coded event: who did what to whom, its flags, and its evidence sentence."""

    article_id: str
    index: int
    anchor: str
    type: str
    mode: str | None
    cameo_root: str | None
    quad: int | None
    quad_label: str
    quad_class: str
    intensity: float | None
    source: tuple[ActorLink, ...]
    target: tuple[ActorLink, ...]
    flags: tuple[str, ...]
    trigger: str | None
    sentence: str
    start: int
    end: int
    day: str | None
    link: str
    dyad_link: str | None
    article_title: str


@dataclass(frozen=True)
class Count:
    """A number on a page and the page listing the rows it counts."""

    label: str
    n: int
    link: str


@dataclass(frozen=True)
class ArticleRow:
    id: str
    title: str
    published: str | None
    outlet: str | None
    n_quotes: int
    n_events: int
    link: str
    quotes_link: str
    events_link: str


@dataclass(frozen=True)
class ActorRow:
    """An actor on the overview; each count is the length of a list on the actor's page."""

    name: str
    country: str | None
    n_said: int
    n_did: int
    n_received: int
    link: str
    said_link: str
    did_link: str
    received_link: str


@dataclass(frozen=True)
class DyadRow:
    source: str
    target: str
    n_events: int
    first_day: str | None
    last_day: str | None
    link: str
    source_link: str
    target_link: str


@dataclass
class Page:
    """Fields every page shares: title, where static files are, whether search works."""

    title: str
    static: str
    home: str
    live: bool
    quotes_link: str
    events_link: str


@dataclass
class IndexPage(Page):
    q: str = ""
    counts: list[Count] = field(default_factory=list)
    articles: list[ArticleRow] = field(default_factory=list)
    actors: list[ActorRow] = field(default_factory=list)
    dyads: list[DyadRow] = field(default_factory=list)
    quotes: list[QuoteCard] = field(default_factory=list)
    charts: dict[str, str] = field(default_factory=dict)
    more: dict[str, str] = field(default_factory=dict)


@dataclass
class ArticlePage(Page):
    article_id: str = ""
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    paragraphs: list[list[Segment]] = field(default_factory=list)
    quotes: list[QuoteCard] = field(default_factory=list)
    events: list[EventCard] = field(default_factory=list)


@dataclass
class ActorPage(Page):
    name: str = ""
    country: str | None = None
    sector: str | None = None
    said: list[QuoteCard] = field(default_factory=list)
    did: list[EventCard] = field(default_factory=list)
    received: list[EventCard] = field(default_factory=list)
    partners: list[DyadRow] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    more: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class ChartPoint:
    """One day on the dyad timeline: screen position, size, colour and the group it opens."""

    day: str
    x: float
    y: float
    r: float
    n: int
    value: float
    css: str
    anchor: str
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    zero_y: float
    points: tuple[ChartPoint, ...]
    y_ticks: tuple[tuple[float, str], ...]
    x_ticks: tuple[tuple[float, str], ...]


@dataclass(frozen=True)
class DayGroup:
    day: str
    anchor: str
    events: tuple[EventCard, ...]


@dataclass
class DyadPage(Page):
    source: str = ""
    target: str = ""
    source_link: str = ""
    target_link: str = ""
    reverse_link: str = ""
    n_events: int = 0
    chart: Chart | None = None
    groups: list[DayGroup] = field(default_factory=list)
    image: str | None = None


@dataclass
class ListPage(Page):
    heading: str = ""
    kind: str = "quotes"
    total: int = 0
    quotes: list[QuoteCard] = field(default_factory=list)
    events: list[EventCard] = field(default_factory=list)
    prev_link: str | None = None
    next_link: str | None = None
    first: int = 0
    last: int = 0
