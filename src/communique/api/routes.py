"""JSON routes under ``/api``: paginated reads over the store and ``POST /api/analyze``.

Handlers validate parameters (``limit`` 1..500, ``offset`` >= 0), call one query function and
wrap its rows in the response models; they hold no logic of their own. Reads are plain ``def``
handlers, run by FastAPI in its thread pool with one cursor per query.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from communique.api.models import (
    ActorOut,
    ArticleOut,
    DyadOut,
    EventOut,
    Paged,
    Problem,
    QuoteOut,
    collapsed_out,
    event_out,
    quote_out,
)
from communique.errors import InputError
from communique.settings import Settings
from communique.store import queries as sq
from communique.store import web_queries as wq
from communique.store.queries import Page, QueryError
from communique.store.store import Store
from communique.web.cache import ReadCache
from communique.web.links import LiveLinks

router = APIRouter(prefix="/api")
LINKS = LiveLinks()
MAX_LIMIT = 500
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows per page (at most 500).")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip.")]
Text = Annotated[str | None, Query(max_length=200)]
Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Problem}}


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _cache(request: Request) -> ReadCache:
    cache: ReadCache = request.app.state.cache
    return cache


def _next(request: Request, total: int, limit: int, offset: int) -> str | None:
    if offset + limit >= total:
        return None
    params = dict(request.query_params)
    params.update(limit=str(limit), offset=str(offset + limit))
    return f"{request.url.path}?{urlencode(params)}"


def _api(path: str, **params: str) -> str:
    return f"/api/{path}?{urlencode(params)}"


def _paged(request: Request, model: type[BaseModel], page: Page, items: list[Any]) -> Response:
    """Serialise the page once, in pydantic-core; the route's ``response_model`` documents it.

    Returning a ``Response`` skips FastAPI's second validation of what was just validated.
    """
    body = Paged[model](  # type: ignore[valid-type]
        total=page.total,
        limit=page.limit,
        offset=page.offset,
        next=_next(request, page.total, page.limit, page.offset),
        items=items,
    )
    return Response(body.model_dump_json(), media_type="application/json")


def _query(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Run a store query, turning an argument it refuses (allow-lists, dates) into a 400."""
    try:
        return fn(*args, **kwargs)
    except QueryError as exc:
        raise HTTPException(400, str(exc)) from exc


@router.get("/health")
def health(request: Request) -> JSONResponse:
    """Liveness and the database's schema version (also the load benchmark's baseline)."""
    return JSONResponse({"status": "ok", "schema": _store(request).schema_version()})


@router.get("/articles", response_model=Paged[ArticleOut])
def list_articles(
    request: Request,
    q: Text = None,
    outlet: Text = None,
    since: Day = None,
    until: Day = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """Articles, newest first; ``q`` searches title and text (case-insensitive)."""
    page = _query(
        wq.articles,
        _store(request),
        q=q,
        outlet=outlet,
        since=since,
        until=until,
        limit=limit,
        offset=offset,
    )
    items = [
        ArticleOut(
            id=r["id"],
            title=r.get("title"),
            published=r.get("published"),
            day=r.get("day"),
            outlet=r.get("outlet"),
            author=r.get("author"),
            url=r.get("url"),
            n_quotes=int(r["n_quotes"]),
            n_events=int(r["n_events"]),
            link=LINKS.article(r["id"]),
            quotes=_api("quotes", article_id=r["id"]),
            events=_api(
                "events", article_id=r["id"], include_negated="true", include_hypothetical="true"
            ),
        )
        for r in page.rows
    ]
    return _paged(request, ArticleOut, page, items)


@router.get("/articles/{article_id}", responses=NOT_FOUND)
def get_article(request: Request, article_id: str) -> JSONResponse:
    """One article with its text, quotes and events (each with evidence)."""
    store = _store(request)
    art = sq.get_article(store, article_id)
    if art is None:
        raise HTTPException(404, f"no article {article_id!r}")
    quotes = sq.search_quotes(store, article_id=article_id, sort="article", limit=sq.MAX_LIMIT)
    events = sq.search_events(
        store,
        article_id=article_id,
        include_negated=True,
        include_hypothetical=True,
        limit=sq.MAX_LIMIT,
    )
    return JSONResponse(
        {
            **art,
            "link": LINKS.article(article_id),
            "quotes": [quote_out(r, LINKS).model_dump() for r in quotes.rows],
            "events": [
                event_out(r, LINKS).model_dump()
                for r in sorted(events.rows, key=lambda r: r["idx"])
            ],
        }
    )


@router.get("/quotes", response_model=Paged[QuoteOut])
def list_quotes(
    request: Request,
    speaker: Text = None,
    actor: Text = None,
    phrase: Text = None,
    article_id: Text = None,
    since: Day = None,
    until: Day = None,
    sort: Annotated[str, Query(description=", ".join(sq.QUOTE_SORTS))] = "-date",
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """Quotations: ``speaker`` (part of name or role), ``actor`` mentioned inside the quote
    (part of name or exact country code), ``phrase`` in the quoted words, article, dates."""
    page = _query(
        sq.search_quotes,
        _store(request),
        speaker=speaker,
        actor=actor,
        phrase=phrase,
        article_id=article_id,
        since=since,
        until=until,
        sort=sort,
        limit=limit,
        offset=offset,
    )
    return _paged(request, QuoteOut, page, [quote_out(r, LINKS) for r in page.rows])


@router.get("/events", response_model=Paged[EventOut])
def list_events(
    request: Request,
    source: Text = None,
    target: Text = None,
    type: Text = None,
    quad: Annotated[int | None, Query(ge=1, le=4)] = None,
    article_id: Text = None,
    since: Day = None,
    until: Day = None,
    include_negated: bool = False,
    include_hypothetical: bool = False,
    sort: Annotated[str, Query(description=", ".join(sq.EVENT_SORTS))] = "-date",
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """PLOVER event mentions, each with its evidence. ``source``/``target``: exact actor code
    (RUS, EU) or part of a name; negated and hypothetical events only when asked for.
    ``num_articles``/``num_sources`` count the copies of the story reporting the same event."""
    page = _query(
        sq.search_events,
        _store(request),
        source=source,
        target=target,
        type=type,
        quad=quad,
        article_id=article_id,
        since=since,
        until=until,
        include_negated=include_negated,
        include_hypothetical=include_hypothetical,
        sort=sort,
        limit=limit,
        offset=offset,
    )
    return _paged(request, EventOut, page, [event_out(r, LINKS) for r in page.rows])


@router.get("/actors", response_model=Paged[ActorOut])
def list_actors(
    request: Request,
    name: Text = None,
    country: Text = None,
    sort: Annotated[str, Query(description=", ".join(sq.ACTOR_SORTS))] = "-total",
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """Who appears and how often: articles, quotes as speaker, events as source and target."""
    page = _cache(request).get(
        ("actors", name, country, sort, limit, offset),
        lambda: _query(
            sq.actors,
            _store(request),
            name=name,
            country=country,
            sort=sort,
            limit=limit,
            offset=offset,
        ),
    )
    items = [
        ActorOut(
            name=r["name"],
            country=r.get("country"),
            articles=int(r["articles"]),
            as_speaker=int(r["as_speaker"]),
            as_source=int(r["as_source"]),
            as_target=int(r["as_target"]),
            link=LINKS.actor(r["name"]),
            quotes=_api("quotes", speaker=r["name"]),
            events_as_source=_api("events", source=r["name"]),
            events_as_target=_api("events", target=r["name"]),
        )
        for r in page.rows
    ]
    return _paged(request, ActorOut, page, items)


@router.get("/actors/{name:path}", responses=NOT_FOUND)
def get_actor(request: Request, name: str) -> JSONResponse:
    """One actor (exact name or code): country, sector and API links to what they said and did."""
    info = _query(wq.actor, _store(request), name)
    if info is None:
        raise HTTPException(404, f"no actor {name!r}")
    return JSONResponse(
        {
            **info,
            "link": LINKS.actor(name),
            "quotes": _api("quotes", speaker=name),
            "events_as_source": _api("events", source=name),
            "events_as_target": _api("events", target=name),
        }
    )


@router.get("/dyads", response_model=Paged[DyadOut])
def list_dyads(request: Request, actor: Text = None, limit: Limit = 50, offset: Offset = 0) -> Any:
    """Directed source -> target code pairs by number of (collapsed) events, busiest first."""
    page = _cache(request).get(
        ("dyads", actor, limit, offset),
        lambda: _query(wq.dyads, _store(request), actor=actor, limit=limit, offset=offset),
    )
    items = [
        DyadOut(
            source=r["source"],
            target=r["target"],
            n_events=int(r["n_events"]),
            first_day=r.get("first_day"),
            last_day=r.get("last_day"),
            link=LINKS.dyad(r["source"], r["target"]),
            timeline=f"/api/dyads/{quote(r['source'], safe='')}/{quote(r['target'], safe='')}",
        )
        for r in page.rows
    ]
    return _paged(request, DyadOut, page, items)


@router.get("/dyads/{source}/{target}", responses=NOT_FOUND)
def get_dyad(
    request: Request, source: str, target: str, limit: Limit = 500, offset: Offset = 0
) -> JSONResponse:
    """Per-day series of one directed dyad (exact codes) and a page of the collapsed events
    behind it, each with its evidence."""
    store = _store(request)
    series = _query(wq.dyad_series, store, source, target)
    events = _query(wq.dyad_events, store, source, target, limit=limit, offset=offset)
    if not series and not events.rows:
        raise HTTPException(404, f"no events from {source!r} to {target!r}")
    return JSONResponse(
        {
            "source": source,
            "target": target,
            "link": LINKS.dyad(source, target),
            "series": series,
            "total": events.total,
            "limit": limit,
            "offset": offset,
            "events": [collapsed_out(r, LINKS).model_dump() for r in events.rows],
        }
    )


async def _read_capped(request: Request, cap: int) -> bytes:
    """The request body, or 413 as soon as it is known to exceed ``cap`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > cap:
        raise HTTPException(413, f"body larger than {cap} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > cap:
            raise HTTPException(413, f"body larger than {cap} bytes")
    return bytes(body)


@router.post(
    "/analyze",
    responses={413: {"model": Problem}, 422: {"model": Problem}, 401: {"model": Problem}},
)
async def analyze(
    request: Request,
    kind: Annotated[str, Query(pattern="^(auto|text|html)$")] = "auto",
    url: Text = None,
    date: Day = None,
) -> JSONResponse:
    """Analyse one document sent as the request body (text or HTML); stores nothing.

    Bodies over ``settings.max_post_bytes`` are refused with 413 before parsing.
    """
    settings: Settings = request.app.state.settings
    body = await _read_capped(request, settings.max_post_bytes)
    if not body.strip():
        raise HTTPException(422, "empty body")
    from communique import pipeline  # the parser loads on first use, not at import

    try:
        article = await run_in_threadpool(
            pipeline.analyze, body, kind=kind, url=url, date=date, settings=settings
        )
    except InputError as exc:
        raise HTTPException(422, exc.reason) from exc
    return JSONResponse(article.to_dict())
