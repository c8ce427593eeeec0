"""Page contexts for the dashboard and the static report, computed from store queries.

Each function answers one page's question by calling ``store.web_queries`` and turns rows into
the typed cards of ``web.context``. The live dashboard and ``communique report`` call the same
functions with a different ``Links`` object, so a number in the report and on the dashboard
always means the same rows.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from communique.resources import load_table
from communique.store import queries as sq
from communique.store import web_queries as wq
from communique.store.store import Store
from communique.web.cache import ReadCache
from communique.web.chart import day_anchor, timeline
from communique.web.context import (
    ActorLink,
    ActorPage,
    ActorRow,
    ArticlePage,
    ArticleRow,
    Count,
    DayGroup,
    DyadPage,
    DyadRow,
    EventCard,
    IndexPage,
    ListPage,
    QuoteCard,
)
from communique.web.links import Links
from communique.web.segments import Mark, paragraphs

UNDATED = "undated"
FLAG_NAMES = ("negated", "hypothetical", "intended", "historical")


class NotFound(LookupError):
    """The page's subject (article, actor, dyad) is not in the store."""


def _quads() -> dict[int, tuple[str, int]]:
    return {int(r["quad"]): (r["label"], int(r["sign"])) for r in load_table("quad_labels.csv")}


def _page(links: Links, title: str, live: bool) -> dict[str, Any]:
    return {
        "title": title,
        "static": links.static(""),
        "home": links.home(),
        "live": live,
        "quotes_link": links.quotes(),
        "events_link": links.events(),
    }


def quote_card(row: Mapping[str, Any], links: Links) -> QuoteCard:
    """A quote row as a card, linking to its anchor in the article and to its speaker."""
    anchor = f"q-{row['idx']}"
    speaker = row.get("speaker")
    return QuoteCard(
        article_id=row["article_id"],
        index=int(row["idx"]),
        anchor=anchor,
        text=row["text"],
        kind=row["kind"],
        speaker=speaker,
        speaker_role=row.get("speaker_role"),
        speaker_link=links.actor(speaker) if speaker else None,
        cue=row.get("cue"),
        via=row.get("via"),
        sentence=row.get("sentence") or row["text"],
        start=int(row["start_char"]),
        end=int(row["end_char"]),
        link=links.article(row["article_id"], anchor),
        article_title=row.get("title") or row["article_id"],
        day=row.get("day"),
    )


def _actor_links(row: Mapping[str, Any], side: str, links: Links) -> tuple[ActorLink, ...]:
    """Actors of one side: from the JSON refs of an event mention, else the joined names of a
    collapsed event."""
    raw = row.get(f"{side}_json")
    if raw:
        names = [r["name"] for r in json.loads(raw) if r.get("name")]
    else:
        names = [n.strip() for n in (row.get(f"{side}_name") or "").split(";") if n.strip()]
    return tuple(ActorLink(n, links.actor(n)) for n in names)


def event_card(row: Mapping[str, Any], links: Links) -> EventCard:
    """An event row as a card: actors, quad, flags, evidence sentence, article and dyad links."""
    anchor = f"e-{row['idx']}"
    quad = row.get("quad")
    label, sign = _quads().get(int(quad), ("unknown quad", 0)) if quad is not None else ("", 0)
    flags = tuple(f for f in FLAG_NAMES if row.get(f))
    src_codes, tgt_codes = row.get("source_codes") or [], row.get("target_codes") or []
    mentions = row.get("num_mentions")
    if mentions and int(mentions) > 1:
        flags += (f"{mentions} mentions in {row.get('num_articles')} articles",)
    return EventCard(
        article_id=row["article_id"],
        index=int(row["idx"]),
        anchor=anchor,
        type=row["type"],
        mode=row.get("mode"),
        cameo_root=row.get("cameo_root"),
        quad=quad,
        quad_label=label,
        quad_class="quad-coop" if sign > 0 else "quad-conf" if sign < 0 else "",
        intensity=row.get("intensity"),
        source=_actor_links(row, "source", links),
        target=_actor_links(row, "target", links),
        flags=flags,
        trigger=row.get("trigger"),
        sentence=row.get("sentence") or "",
        start=int(row["evidence_start"]),
        end=int(row["evidence_end"]),
        day=row.get("day"),
        link=links.article(row["article_id"], anchor),
        # dyads count events that happened: no link from a negated or hypothetical one
        dyad_link=links.dyad(src_codes[0], tgt_codes[0])
        if src_codes and tgt_codes and not (row.get("negated") or row.get("hypothetical"))
        else None,
        article_title=row.get("title") or row["article_id"],
    )


def _dyad_row(row: Mapping[str, Any], links: Links) -> DyadRow:
    return DyadRow(
        source=row["source"],
        target=row["target"],
        n_events=int(row["n_events"]),
        first_day=row.get("first_day"),
        last_day=row.get("last_day"),
        link=links.dyad(row["source"], row["target"]),
        source_link=links.actor(row["source"]),
        target_link=links.actor(row["target"]),
    )


def _event_cards(store: Store, rows: list[dict[str, Any]], links: Links) -> list[EventCard]:
    """Event rows to cards, with the article titles their rows do not carry."""
    names = wq.titles(store, [r["article_id"] for r in rows])
    return [event_card({**r, "title": names.get(r["article_id"])}, links) for r in rows]


def _actor_rows(store: Store, rows: list[dict[str, Any]], links: Links) -> list[ActorRow]:
    counts = wq.listed_counts(store, [str(r["name"]) for r in rows])
    out = []
    for r in rows:
        name = str(r["name"])
        said, did, got = counts[name]
        page = links.actor(name)
        out.append(
            ActorRow(
                name=name,
                country=r.get("country"),
                n_said=said,
                n_did=did,
                n_received=got,
                link=page,
                said_link=page + "#said",
                did_link=page + "#did",
                received_link=page + "#received",
            )
        )
    return out


def index_page(
    store: Store,
    links: Links,
    *,
    q: str = "",
    live: bool = True,
    top: int | None = 20,
    cache: ReadCache | None = None,
) -> IndexPage:
    """Overview (or search results for ``q``): counts, actors, dyads, articles, matching quotes.

    ``top=None`` lists every article, actor and dyad (the static report, where no search box
    can reach the rest). ``cache`` memoises whole-corpus aggregates when served read-only.
    """
    memo = cache if cache is not None else ReadCache(size=0)

    def fetch(key: str, fn: Any, **kw: Any) -> tuple[int, list[dict[str, Any]]]:
        if top is None:
            rows = _all(fn, store=store, **kw)
            return len(rows), rows
        page = memo.get((key, tuple(sorted(kw.items())), top), lambda: fn(store, limit=top, **kw))
        return page.total, page.rows

    n = memo.get(("stats",), lambda: sq.stats(store))
    # the events count is what the events page lists (negated/hypothetical left out)
    listed_events = memo.get(("events_total",), lambda: sq.search_events(store, limit=1).total)
    n_arts, arts = fetch("articles", wq.articles, q=q or None)
    n_actors, actors = fetch("actors", sq.actors, name=q or None)
    n_dyads, dyads = (0, []) if q else fetch("dyads", wq.dyads)
    actor_rows = memo.get(("actor_rows", q, top), lambda: _actor_rows(store, actors, links))
    quotes = sq.search_quotes(store, phrase=q, limit=top or sq.MAX_LIMIT) if q else None
    if q:
        counts = [
            Count("matching articles", n_arts, "#articles"),
            Count("matching actors", n_actors, "#actors"),
            Count("matching quotes", quotes.total if quotes else 0, links.quotes(phrase=q)),
        ]
    else:
        counts = [
            Count("articles", n["articles"], links.home() + "#articles"),
            Count("quotes", n["quotes"], links.quotes()),
            Count("events", listed_events, links.events()),
            Count("actors", n_actors, links.home() + "#actors"),
            Count("dyads", n_dyads, links.home() + "#dyads"),
        ]
    shown = {
        "articles": (len(arts), n_arts),
        "actors": (len(actors), n_actors),
        "dyads": (len(dyads), n_dyads),
    }
    return IndexPage(
        **_page(links, f"Search: {q}" if q else "Overview", live),
        q=q,
        counts=counts,
        articles=[_article_row(a, links) for a in arts],
        actors=actor_rows,
        dyads=[_dyad_row(d, links) for d in dyads],
        quotes=[quote_card(r, links) for r in quotes.rows] if quotes else [],
        more={k: f"Showing the first {a} of {b}." for k, (a, b) in shown.items() if a < b},
    )


def _article_row(a: Mapping[str, Any], links: Links) -> ArticleRow:
    return ArticleRow(
        id=a["id"],
        title=a.get("title") or a["id"],
        published=a.get("published") or a.get("day"),
        outlet=a.get("outlet"),
        n_quotes=int(a["n_quotes"]),
        n_events=int(a["n_events"]),
        link=links.article(a["id"]),
        quotes_link=links.article(a["id"], "quotes"),
        events_link=links.article(a["id"], "events"),
    )


def _all(fetch: Any, **kwargs: Any) -> list[dict[str, Any]]:
    """Every row of a paged query (articles hold a few hundred items at most)."""
    rows: list[dict[str, Any]] = []
    while True:
        page = fetch(limit=sq.MAX_LIMIT, offset=len(rows), **kwargs)
        rows += page.rows
        if len(rows) >= page.total or not page.rows:
            return rows


def article_page(store: Store, links: Links, article_id: str, *, live: bool = True) -> ArticlePage:
    """The story cut into escaped segments, with every quote and event highlighted and listed."""
    art = sq.get_article(store, article_id)
    if art is None:
        raise NotFound(f"no article {article_id!r}")
    title = art.get("title") or article_id
    quotes = [
        quote_card(r, links)
        for r in _all(sq.search_quotes, store=store, article_id=article_id, sort="article")
    ]
    event_rows = _all(
        sq.search_events,
        store=store,
        article_id=article_id,
        include_negated=True,
        include_hypothetical=True,
    )
    events = [event_card({**r, "title": title}, links) for r in event_rows]
    events.sort(key=lambda c: c.index)
    marks = [Mark("quote", c.index, c.start, c.end) for c in quotes]
    marks += [Mark("event", c.index, c.start, c.end) for c in events]
    return ArticlePage(
        **_page(links, title, live),
        article_id=article_id,
        url=art.get("url"),
        published=art.get("published") or art.get("day"),
        outlet=art.get("outlet"),
        author=art.get("author"),
        paragraphs=paragraphs(art["text"], marks),
        quotes=quotes,
        events=events,
    )


def actor_page(
    store: Store, links: Links, name: str, *, live: bool = True, limit: int = 500
) -> ActorPage:
    """What an actor said, did and had done to them, and the dyads they are part of."""
    info = wq.actor(store, name)
    if info is None:
        raise NotFound(f"no actor {name!r}")
    said = sq.search_quotes(store, speaker=name, limit=limit)
    did = sq.search_events(store, source=name, limit=limit)
    got = sq.search_events(store, target=name, limit=limit)
    partners = wq.dyads(store, actor=info.get("country") or name, limit=50)
    return ActorPage(
        **_page(links, name, live),
        name=name,
        country=info.get("country"),
        sector=info.get("sector"),
        said=[quote_card(r, links) for r in said.rows],
        did=_event_cards(store, did.rows, links),
        received=_event_cards(store, got.rows, links),
        partners=[_dyad_row(d, links) for d in partners.rows],
        more={
            key: (f"Showing {page.limit} of {page.total}.", full)
            for key, page, full in (
                ("said", said, links.quotes(speaker=name)),
                ("did", did, links.events(source=name)),
                ("received", got, links.events(target=name)),
            )
            if page.total > len(page.rows) and live
        },
        counts=[
            Count("quotes said", said.total, "#said"),
            Count("events as source", did.total, "#did"),
            Count("events as target", got.total, "#received"),
        ],
    )


def dyad_page(
    store: Store,
    links: Links,
    source: str,
    target: str,
    *,
    live: bool = True,
    image: str | None = None,
) -> DyadPage:
    """Timeline of one directed dyad and, grouped by day, the collapsed events behind each point."""
    series = wq.dyad_series(store, source, target)
    rows = _all(wq.dyad_events, store=store, source=source, target=target)
    if not rows and not series:
        raise NotFound(f"no events from {source!r} to {target!r}")
    groups: dict[str, list[EventCard]] = {}
    for card in _event_cards(store, rows, links):
        groups.setdefault(card.day or UNDATED, []).append(card)
    reverse = wq.dyad_events(store, target, source, limit=1)
    chart = timeline(
        [(r["day"], int(r["events"]), float(r["mean_intensity"] or 0.0)) for r in series]
    )
    return DyadPage(
        **_page(links, f"{source} → {target}", live),
        source=source,
        target=target,
        source_link=links.actor(source),
        target_link=links.actor(target),
        reverse_link=links.dyad(target, source) if reverse.total else "",
        n_events=len(rows),
        chart=chart,
        groups=[DayGroup(day, day_anchor(day), tuple(cards)) for day, cards in groups.items()],
        image=image,
    )


QUOTE_FILTERS = ("speaker", "actor", "phrase", "since", "until", "article_id")
EVENT_FILTERS = ("source", "target", "type", "quad", "since", "until", "article_id")


def list_page(
    store: Store,
    links: Links,
    kind: str,
    filters: Mapping[str, Any],
    limit: int,
    offset: int,
    *,
    live: bool = True,
) -> ListPage:
    """A page of quotes or events matching ``filters``, with previous/next links."""
    clean = {k: v for k, v in filters.items() if v not in (None, "")}
    if kind == "quotes":
        page = sq.search_quotes(store, **clean, limit=limit, offset=offset)
        cards: dict[str, Any] = {"quotes": [quote_card(r, links) for r in page.rows]}
        make = links.quotes
    else:
        page = sq.search_events(store, **clean, limit=limit, offset=offset)
        cards = {"events": _event_cards(store, page.rows, links)}
        make = links.events
    described = ", ".join(f"{k} = {v}" for k, v in clean.items())
    heading = kind.capitalize() + (f" ({described})" if described else "")

    def at(pos: int) -> str:
        return make(**{k: str(v) for k, v in clean.items()}, offset=str(pos), limit=str(limit))

    return ListPage(
        **_page(links, heading, live),
        heading=heading,
        kind=kind,
        total=page.total,
        prev_link=at(max(0, offset - limit)) if live and offset > 0 else None,
        next_link=at(offset + limit) if live and offset + limit < page.total else None,
        first=offset + 1 if page.rows else 0,
        last=offset + len(page.rows),
        **cards,
    )
