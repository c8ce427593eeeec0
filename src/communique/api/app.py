"""``create_app(settings, db_path)``: the FastAPI app serving the JSON API and the dashboard.

Nothing connects at import time: the store opens read-only when the app starts (lifespan) and
closes when it stops. The dashboard router (``web.pages``) is mounted on the same app, and the
static CSS/JS is served from the package, so the dashboard works with no internet.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from communique import __version__
from communique.api import routes
from communique.api.guard import WriteGuard
from communique.api.security import resolve_token
from communique.settings import Settings
from communique.store.store import Store
from communique.store.web_queries import serve_single_threaded
from communique.web import pages
from communique.web.apidocs import api_docs_page
from communique.web.cache import ReadCache
from communique.web.render import render, static_dir

log = logging.getLogger(__name__)


def create_app(
    settings: Settings,
    db_path: str | os.PathLike[str],
    *,
    host: str = "127.0.0.1",
    token: str | None = None,
) -> FastAPI:
    """Build the app for the database at ``db_path`` as it will be served on ``host``.

    The store opens read-only for the server's lifetime (DuckDB's lock keeps writers out), so
    whole-corpus aggregates are memoised per app in ``app.state.cache``.

    Raises ``UnsafeBindError`` when ``host`` is not loopback and no token is given (argument or
    $COMMUNIQUE_TOKEN): writes must never be open to the network by accident.
    """
    write_token = resolve_token(host, token)
    path = os.fspath(db_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = Store(path, settings, read_only=True)
        serve_single_threaded(store)
        app.state.store = store
        app.state.cache = ReadCache()
        log.info("serving %s read-only", path)
        try:
            yield
        finally:
            store.close()

    app = FastAPI(
        title="Communique",
        version=__version__,
        description="Who said and did what to whom: quotations and PLOVER events with evidence.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.token = write_token
    app.add_middleware(WriteGuard, token=write_token)
    app.include_router(routes.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request) -> HTMLResponse:
        """API reference rendered from the OpenAPI schema (offline: no Swagger UI from a CDN)."""
        schema: dict[str, Any] = request.app.openapi()
        return HTMLResponse(render("apidocs.html", api_docs_page(schema)))

    return app
