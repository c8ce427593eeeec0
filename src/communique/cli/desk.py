"""Desk commands over a stored database: quotes, events, dyad, actors, export.

Thin by rule: parse options, call ``communique.store.queries`` / ``export`` / ``plot``, print a
Rich table or JSON (``--json``). Bad input (unknown format, missing database, a date that is
not a date) prints one ``error:`` line and exits non-zero.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from communique.cli.app import app
from communique.errors import CommuniqueError
from communique.settings import load_settings
from communique.store import Store

Db = Annotated[str | None, typer.Option("--db", help="DuckDB file (default from settings).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
Since = Annotated[str | None, typer.Option("--since", help="From this day (YYYY-MM-DD).")]
Until = Annotated[str | None, typer.Option("--until", help="Up to this day, inclusive.")]
Limit = Annotated[int, typer.Option("--limit", help="Rows per page (1-1000).")]
Offset = Annotated[int, typer.Option("--offset", help="Rows to skip.")]
Sort = Annotated[str | None, typer.Option("--sort", help="Sort name (see --help of the query).")]
By = Annotated[str, typer.Option("--by", help="day|week|month|year")]
PlotFile = Annotated[Path | None, typer.Option("--plot", help="Write a chart (.png or .svg).")]


def _fail(message: str, code: int = 2) -> typer.Exit:
    Console(stderr=True).print(f"error: {message}", markup=False, highlight=False)
    return typer.Exit(code)


@contextmanager
def _store(db: str | None) -> Iterator[Store]:
    """Open the database read-only; any library error becomes one line and exit code 2."""
    from communique.store.export import ExportError
    from communique.store.plot import PlotError
    from communique.store.queries import QueryError

    try:
        settings = load_settings()
        with Store(db or settings.db, settings, read_only=True) as store:
            yield store
    except (CommuniqueError, QueryError, ExportError, PlotError, OSError) as exc:
        raise _fail(str(exc)) from exc


def _show(title: str, rows: Sequence[dict[str, Any]], columns: Sequence[str], as_json: bool,
          extra: dict[str, Any] | None = None) -> None:
    if as_json:
        payload: Any = {**(extra or {}), "rows": list(rows)} if extra is not None else list(rows)
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
        return
    table = Table(title=title)
    for col in columns:
        table.add_column(col, overflow="fold")
    for r in rows:
        shown = {**r, "evidence": _evidence(r)}
        table.add_row(*("" if shown.get(c) is None else _cell(shown.get(c)) for c in columns))
    Console().print(table)
    if extra and "total" in extra:
        span = f"{extra['offset'] + 1}-{extra['offset'] + len(rows)}" if rows else "none"
        Console(stderr=True).print(f"{span} of {extra['total']}", highlight=False)


def _evidence(row: dict[str, Any]) -> str | None:
    """Short pointer to the evidence: article id prefix and character span."""
    start = row.get("start_char", row.get("evidence_start"))
    end = row.get("end_char", row.get("evidence_end"))
    if "article_id" not in row or start is None:
        return None
    return f"{str(row['article_id'])[:10]}:{start}-{end}"


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def _paged(call: Callable[..., Any], title: str, columns: Sequence[str], as_json: bool,
           db: str | None, **kwargs: Any) -> None:
    with _store(db) as store:
        page = call(store, **{k: v for k, v in kwargs.items() if v is not None})
        _show(title, page.rows, columns, as_json,
              {"total": page.total, "limit": page.limit, "offset": page.offset})


@app.command("quotes")
def quotes_cmd(
    speaker: Annotated[str | None, typer.Option("--speaker", help="Speaker name or role.")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Actor named in the quote.")] = None,
    phrase: Annotated[str | None, typer.Option("--phrase", help="Words in the quote.")] = None,
    since: Since = None, until: Until = None, db: Db = None, limit: Limit = 20,
    offset: Offset = 0, sort: Sort = None, as_json: AsJson = False,
) -> None:
    """Quotations with speaker, cue, relay and evidence (sort: date, -date, speaker, article)."""
    from communique.store.queries import search_quotes

    _paged(search_quotes, "quotes", ("day", "speaker", "cue", "via", "text", "outlet",
                                     "evidence"),
           as_json, db, speaker=speaker, actor=actor, phrase=phrase, since=since, until=until,
           limit=limit, offset=offset, sort=sort)


@app.command("events")
def events_cmd(
    source: Annotated[str | None, typer.Option("--source", help="Source code or name.")] = None,
    target: Annotated[str | None, typer.Option("--target", help="Target code or name.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER type.")] = None,
    quad: Annotated[int | None, typer.Option("--quad", help="Quad class 1-4.")] = None,
    since: Since = None, until: Until = None,
    include_negated: Annotated[bool, typer.Option("--include-negated")] = False,
    include_hypothetical: Annotated[bool, typer.Option("--include-hypothetical")] = False,
    collapsed: Annotated[bool, typer.Option(
        "--collapsed", help="One row per deduplicated event, with article/source counts.")] = False,
    db: Db = None, limit: Limit = 20, offset: Offset = 0, sort: Sort = None,
    as_json: AsJson = False,
) -> None:
    """Events with their evidence (sort: date, -date, intensity, -intensity, type, -articles)."""
    from communique.store.queries import collapsed_events, search_events

    call = collapsed_events if collapsed else search_events
    _paged(call, "events", ("day", "type", "source_name", "target_name", "intensity",
                            "num_articles", "num_sources", "sentence", "evidence"),
           as_json, db, source=source, target=target, type=type_, quad=quad, since=since,
           until=until, include_negated=include_negated,
           include_hypothetical=include_hypothetical, limit=limit, offset=offset, sort=sort)


@app.command("dyad")
def dyad_cmd(
    a: Annotated[str, typer.Argument(help="First actor code, e.g. RUS.")],
    b: Annotated[str, typer.Argument(help="Second actor code, e.g. EU.")],
    by: By = "month",
    direction: Annotated[str, typer.Option("--direction", help="both|forward")] = "both",
    since: Since = None, until: Until = None,
    include_negated: Annotated[bool, typer.Option("--include-negated")] = False,
    include_hypothetical: Annotated[bool, typer.Option("--include-hypothetical")] = False,
    plot: PlotFile = None, db: Db = None, as_json: AsJson = False,
) -> None:
    """Deduplicated events between A and B per period: counts per quad, mean intensity and
    net cooperation (cooperative minus conflictual intensity)."""
    from communique.store.plot import plot_dyad
    from communique.store.queries import dyad

    with _store(db) as store:
        rows = dyad(store, a, b, by=by, direction=direction, since=since, until=until,
                    include_negated=include_negated, include_hypothetical=include_hypothetical)
        if plot is not None:
            plot_dyad(rows, a.upper(), b.upper(), plot, by=by, direction=direction)
    _show(f"{a.upper()} {'<->' if direction == 'both' else '->'} {b.upper()} by {by}", rows,
          ("period", "events", "forward", "reverse", "quad1", "quad2", "quad3", "quad4",
           "mean_intensity", "cooperative", "conflictual", "net_cooperation"), as_json)
    if plot is not None and not as_json:
        Console(stderr=True).print(f"chart written to {plot}", highlight=False)


@app.command("actors")
def actors_cmd(
    name: Annotated[str | None, typer.Option("--name", help="Name contains.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="Country code.")] = None,
    plot: PlotFile = None, by: By = "month",
    top: Annotated[int, typer.Option("--top", help="Actors on the chart.")] = 5,
    db: Db = None, limit: Limit = 20, offset: Offset = 0, sort: Sort = None,
    as_json: AsJson = False,
) -> None:
    """Who appears and how often: articles, quotes as speaker, events as source and target
    (sort: -total, name, -stories, -articles, -speaker, -source, -target)."""
    from communique.store.plot import plot_actors
    from communique.store.queries import actor_timeline, actors

    with _store(db) as store:
        kwargs = {"name": name, "country": country, "sort": sort}
        page = actors(store, limit=limit, offset=offset,
                      **{k: v for k, v in kwargs.items() if v is not None})
        if plot is not None:
            chosen = [r["name"] for r in page.rows[:top]] if (name or country) else None
            plot_actors(actor_timeline(store, names=chosen, by=by, top=top), plot, by=by)
    _show("actors", page.rows, ("name", "country", "stories", "articles", "as_speaker",
                                "as_source", "as_target", "total"), as_json,
          {"total": page.total, "limit": page.limit, "offset": page.offset})
    if plot is not None and not as_json:
        Console(stderr=True).print(f"chart written to {plot}", highlight=False)


@app.command("export")
def export_cmd(
    fmt: Annotated[str, typer.Option("--format", help="parquet|csv|jsonl|plover|gdelt")],
    out: Annotated[Path, typer.Option("--out", help="Output file.")],
    table: Annotated[str, typer.Option(
        "--table", help="For parquet/csv/jsonl: events|collapsed|quotes|articles|actors")
    ] = "events",
    since: Since = None, until: Until = None,
    include_negated: Annotated[bool, typer.Option("--include-negated")] = False,
    include_hypothetical: Annotated[bool, typer.Option("--include-hypothetical")] = False,
    db: Db = None,
) -> None:
    """Write the database (events by default) in a standard format."""
    from communique.store.export import EXPORTERS, ExportOptions, export

    if fmt not in EXPORTERS:
        raise _fail(f"unknown format {fmt!r}; use one of {', '.join(EXPORTERS)}")
    with _store(db) as store:
        n = export(store, fmt, out, ExportOptions(table, since, until, include_negated,
                                                  include_hypothetical))
    Console(stderr=True).print(f"{n} records written to {out}", highlight=False)
