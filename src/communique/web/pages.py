"""Dashboard routes: each calls one view function and renders its template.

The router finds the open ``Store`` on ``request.app.state.store`` (set by ``api.create_app``),
so this module imports nothing from ``api``. Handlers are plain ``def``: FastAPI runs them in
its thread pool, and the store hands each query its own cursor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from communique.store.queries import QueryError
from communique.store.store import Store
from communique.web import views
from communique.web.context import Page
from communique.web.links import LiveLinks
from communique.web.render import render

router = APIRouter(include_in_schema=False)
LINKS = LiveLinks()
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0)]
Text = Annotated[str | None, Query(max_length=200)]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _html(template: str, page: Page) -> HTMLResponse:
    return HTMLResponse(render(template, page))


@router.get("/", response_class=HTMLResponse)
def home(request: Request, q: Text = None) -> HTMLResponse:
    """Overview with counts, or search results when ``q`` is given."""
    return _html(
        "index.html",
        views.index_page(
            _store(request), LINKS, q=(q or "").strip(), cache=request.app.state.cache
        ),
    )


def _detail(request: Request, template: str, build: Callable[..., Any], *keys: str) -> HTMLResponse:
    """A page about one thing: 404 when the store has no such article, actor or dyad."""
    try:
        page = build(_store(request), LINKS, *keys)
    except views.NotFound as exc:
        raise HTTPException(404, str(exc)) from exc
    return _html(template, page)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    return _detail(request, "article.html", views.article_page, article_id)


@router.get("/actors/{name:path}", response_class=HTMLResponse)
def actor(request: Request, name: str) -> HTMLResponse:
    return _detail(request, "actor.html", views.actor_page, name)


@router.get("/dyads/{source}/{target}", response_class=HTMLResponse)
def dyad(request: Request, source: str, target: str) -> HTMLResponse:
    return _detail(request, "dyad.html", views.dyad_page, source, target)


@router.get("/quotes", response_class=HTMLResponse)
def quotes(
    request: Request,
    speaker: Text = None,
    actor: Text = None,
    phrase: Text = None,
    article_id: Text = None,
    since: Text = None,
    until: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> HTMLResponse:
    filters = {
        "speaker": speaker,
        "actor": actor,
        "phrase": phrase,
        "article_id": article_id,
        "since": since,
        "until": until,
    }
    return _list(request, "quotes", filters, limit, offset)


@router.get("/events", response_class=HTMLResponse)
def events(
    request: Request,
    source: Text = None,
    target: Text = None,
    type: Text = None,
    quad: Annotated[int | None, Query(ge=1, le=4)] = None,
    article_id: Text = None,
    since: Text = None,
    until: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> HTMLResponse:
    filters = {
        "source": source,
        "target": target,
        "type": type,
        "quad": quad,
        "article_id": article_id,
        "since": since,
        "until": until,
    }
    return _list(request, "events", filters, limit, offset)


def _list(
    request: Request, kind: str, filters: dict[str, Any], limit: int, offset: int
) -> HTMLResponse:
    try:
        page = views.list_page(_store(request), LINKS, kind, filters, limit, offset)
    except QueryError as exc:
        raise HTTPException(400, str(exc)) from exc
    return _html("list.html", page)
