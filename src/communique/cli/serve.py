"""``communique serve`` (API + dashboard) and ``communique report`` (static offline HTML).

Both only parse options and call ``api.create_app`` / ``web.report.write_report``; the pages
they show come from the same views and templates.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console

from communique.cli.app import app
from communique.errors import CommuniqueError
from communique.settings import load_settings

Db = Annotated[str | None, typer.Option("--db", help="DuckDB file (default: settings db).")]


def _fail(message: str, code: int = 2) -> typer.Exit:
    Console(stderr=True, soft_wrap=True).print(f"error: {message}", markup=False, highlight=False)
    return typer.Exit(code)


@app.command()
def serve(
    db: Db = None,
    host: Annotated[
        str, typer.Option("--host", help="Interface to bind (loopback by default).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            help="Token required for writes (POST); also read from "
            "COMMUNIQUE_TOKEN. Mandatory when --host is not loopback.",
        ),
    ] = None,
) -> None:
    """Serve the JSON API (/api, docs at /docs) and the dashboard for one database."""
    import uvicorn

    from communique.api import create_app

    settings = load_settings()
    path = db or settings.db
    if not Path(path).is_file():
        raise _fail(f"{path}: no such database file (run `communique ingest ... --db {path}`)")
    try:
        application = create_app(settings, path, host=host, token=token)
    except CommuniqueError as exc:
        raise _fail(str(exc)) from exc
    Console(stderr=True, soft_wrap=True).print(
        f"serving {path} on http://{host}:{port}/ (API docs: /docs)", markup=False, highlight=False
    )
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command()
def report(
    db: Db = None,
    out: Annotated[
        str, typer.Option("--out", help="Folder to write the report into.")
    ] = "communique-report",
) -> None:
    """Write a static offline HTML report: counts, actors, dyad charts, quotes, events, articles."""
    from communique.store import Store
    from communique.web.report import write_report

    settings = load_settings()
    path = db or settings.db
    try:
        with Store(path, settings, read_only=True) as store:
            summary = write_report(store, out)
    except CommuniqueError as exc:
        raise _fail(str(exc)) from exc
    except OSError as exc:
        raise _fail(f"{out}: {exc.strerror or exc}") from exc
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0]
        raise _fail(f"{path}: cannot read database ({first}); re-ingest with this version") from exc
    index = os.path.abspath(summary.index)
    typer.echo(
        f"Report: {summary.articles} articles, {summary.actors} actors, {summary.dyads} dyads.\n"
        f"Open {index} in a browser,\n"
        f"or explore live with: communique serve --db {path}"
    )
