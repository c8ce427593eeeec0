"""``communique analyze`` (print JSON Lines, store nothing) and ``communique ingest`` (store)."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from communique.cli.app import app
from communique.errors import CommuniqueError, InputError
from communique.settings import load_settings

KINDS = ("auto", "text", "html", "warc", "jsonl", "rss")

Paths = Annotated[
    list[str], typer.Argument(help="Files, directories (walked recursively) or '-' for stdin.")
]
Kind = Annotated[str, typer.Option("--kind", help="auto|text|html|warc|jsonl|rss")]
Url = Annotated[str | None, typer.Option("--url", help="URL hint for a single document.")]
Date = Annotated[str | None, typer.Option("--date", help="Publication date hint (YYYY-MM-DD).")]


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise typer.BadParameter(f"--kind must be one of {', '.join(KINDS)}")


@app.command()
def analyze(paths: Paths, kind: Kind = "auto", url: Url = None, date: Date = None) -> None:
    """Print one JSON object per article (JSON Lines, input order); write nothing."""
    from communique.pipeline import analyze_paths

    _check_kind(kind)
    err = Console(stderr=True, soft_wrap=True)  # one error line per file, never wrapped
    failed = 0
    try:
        settings = load_settings()
        for result in analyze_paths(paths, kind=kind, url=url, date=date, settings=settings):
            if isinstance(result, InputError):
                failed += 1
                err.print(f"error: {result}", markup=False, highlight=False)
                continue
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
    except CommuniqueError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(2) from exc
    if failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Paths,
    db: Annotated[
        str | None, typer.Option("--db", help="DuckDB file (default communique.duckdb).")
    ] = None,
    kind: Kind = "auto",
    url: Url = None,
    date: Date = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", help="Analyse on N local Dask worker processes (the driver writes).")] = None,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="Analyse on an existing Dask scheduler (tcp://host:port).")] = None,
) -> None:
    """Analyse and store articles in DuckDB; print new / already present / failed."""
    from communique.store import Added, Store, StoreError

    _check_kind(kind)
    if workers is not None and workers < 1:
        raise typer.BadParameter("--workers must be at least 1")
    err = Console(stderr=True, soft_wrap=True)  # one error line per file, never wrapped
    settings = load_settings()
    new = present = new_sources = 0
    failures: list[InputError | StoreError] = []
    if workers or scheduler:
        from communique.scale import analyze_paths_distributed

        results = analyze_paths_distributed(paths, kind=kind, url=url, date=date,
                                            settings=settings, workers=workers,
                                            scheduler=scheduler)
    else:
        from communique.pipeline import analyze_paths

        results = analyze_paths(paths, kind=kind, url=url, date=date, settings=settings)
    try:
        with Store(db or settings.db, settings=settings) as store, Progress(
            SpinnerColumn(),
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=err,
            transient=True,
        ) as progress:
            task = progress.add_task("ingesting", total=None)
            for result in results:
                progress.advance(task)
                if isinstance(result, InputError):
                    failures.append(result)
                    progress.console.print(f"error: {result}", markup=False, highlight=False)
                    continue
                try:
                    added = store.ingest(result)
                except StoreError as exc:  # rolled back; the rest of the batch goes on
                    failures.append(exc)
                    progress.console.print(f"error: {exc}", markup=False, highlight=False)
                    continue
                if added is Added.NEW:
                    new += 1
                else:
                    present += 1
                    new_sources += added is Added.NEW_SOURCE
            store.finish()
    except CommuniqueError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(2) from exc
    # identical content from another outlet/URL: stored once, recorded as one more source
    copies = f" ({new_sources} from a new source)" if new_sources else ""
    err.print(
        f"{new} new, {present} already present{copies}, {len(failures)} failed "
        f"-> {db or settings.db}",
        markup=False,
        highlight=False,
    )
    for f in failures:
        err.print(f"  failed: {f}", markup=False, highlight=False)
    if failures:
        raise typer.Exit(1)
