"""Exporters: one registry of name -> function, used by ``communique export`` and the API.

Tabular formats (Parquet, CSV, JSON Lines) write one of the allow-listed tables; the event
formats write *collapsed* events (one row per event within a near-duplicate cluster):
``plover`` as JSON Lines of PLOVER records and ``gdelt`` as a GDELT 2.0 event file
(tab-separated, no header, the 61 columns in GDELT's order so existing loaders read it).
Columns GDELT has and Communique does not compute (tone, coordinates, religion and ethnic
codes) are left empty rather than invented. Goldstein values come from
``communique.events.scores``, the one place the scoring tables are read.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from communique.store.gdelt import GDELT_COLUMNS, gdelt_row
from communique.store.queries import QueryError, export_sql
from communique.store.store import Store

log = logging.getLogger(__name__)

PLOVER_SCHEMA = "communique.plover.v1"
_BATCH = 5000


@dataclass(frozen=True)
class ExportOptions:
    """What to export: table (tabular formats) and the event filters every format honours."""

    table: str = "events"
    since: str | None = None
    until: str | None = None
    include_negated: bool = False
    include_hypothetical: bool = False


Exporter = Callable[[Store, Path, ExportOptions], int]
EXPORTERS: dict[str, Exporter] = {}


def register(name: str) -> Callable[[Exporter], Exporter]:
    """Add an exporter to ``EXPORTERS`` under ``name`` (built-ins use this same door)."""

    def deco(fn: Exporter) -> Exporter:
        EXPORTERS[name] = fn
        return fn

    return deco


class ExportError(ValueError):
    """Unknown format or table."""


def _tables(opts: ExportOptions) -> tuple[str, list[Any]]:
    """SQL and parameters of the allow-listed table ``opts.table`` (see ``queries``)."""
    try:
        return export_sql(opts.table, since=opts.since, until=opts.until,
                          include_negated=opts.include_negated,
                          include_hypothetical=opts.include_hypothetical)
    except QueryError as exc:
        raise ExportError(str(exc)) from exc


def _batches(store: Store, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    cur = store.cursor()
    try:
        res = cur.execute(sql, params)
        names = [d[0] for d in res.description]
        while chunk := res.fetchmany(_BATCH):
            for row in chunk:
                yield dict(zip(names, row, strict=True))
    finally:
        cur.close()


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


@register("parquet")
def export_parquet(store: Store, out: Path, opts: ExportOptions) -> int:
    """The chosen table as Parquet (list columns stay lists)."""
    sql, params = _tables(opts)
    cur = store.cursor()
    try:
        table = cur.sql(sql, params=params).to_arrow_table()
    finally:
        cur.close()
    pq.write_table(table, out)
    return int(table.num_rows)


@register("csv")
def export_csv(store: Store, out: Path, opts: ExportOptions) -> int:
    """The chosen table as CSV with a header; list values joined with ';'."""
    sql, params = _tables(opts)
    n = 0
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer: csv.DictWriter[str] | None = None
        for row in _batches(store, sql, params):
            if writer is None:
                writer = csv.DictWriter(fh, fieldnames=list(row))
                writer.writeheader()
            writer.writerow({k: ";".join(map(str, v)) if isinstance(v, list) else _plain(v)
                             for k, v in row.items()})
            n += 1
    return n


@register("jsonl")
def export_jsonl(store: Store, out: Path, opts: ExportOptions) -> int:
    """The chosen table as JSON Lines, one object per row."""
    sql, params = _tables(opts)
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for row in _batches(store, sql, params):
            fh.write(json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False))
            fh.write("\n")
            n += 1
    return n


def _collapsed(store: Store, opts: ExportOptions) -> Iterator[dict[str, Any]]:
    sql, params = _tables(ExportOptions("collapsed", opts.since, opts.until,
                                        opts.include_negated, opts.include_hypothetical))
    return _batches(store, sql, params)


def event_id(row: dict[str, Any]) -> int:
    """Stable 53-bit id of a collapsed event from its key: the same in every export."""
    key = "\x1f".join(str(row[k]) for k in ("cluster_id", "day", "source_key", "target_key",
                                             "type", "mode"))
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:13], 16)


@register("plover")
def export_plover(store: Store, out: Path, opts: ExportOptions) -> int:
    """Collapsed events as PLOVER records (JSON Lines): actors as lists, flags, evidence."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for row in _collapsed(store, opts):
            record = {
                "id": str(event_id(row)),
                "schema": PLOVER_SCHEMA,
                "date": _plain(row["day"]),
                "event_type": row["type"],
                "mode": row["mode"],
                "quad": row["quad"],
                "intensity": row["intensity"],
                "cameo_root": row["cameo_root"],
                "source": json.loads(row["source_json"] or "[]"),
                "target": json.loads(row["target_json"] or "[]"),
                "location": ({"name": row["location_name"], "country": row["location_country"]}
                             if row["location_name"] else None),
                "negated": row["negated"],
                "hypothetical": row["hypothetical"],
                "cluster_id": row["cluster_id"],
                "num_mentions": row["num_mentions"],
                "num_articles": row["num_articles"],
                "num_sources": row["num_sources"],
                "articles": row["article_ids"],
                "evidence": {"article_id": row["article_id"], "start": row["evidence_start"],
                             "end": row["evidence_end"], "sentence": row["sentence"],
                             "url": row["url"]},
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


@register("gdelt")
def export_gdelt(store: Store, out: Path, opts: ExportOptions) -> int:
    """Collapsed events as a GDELT 2.0 event file (tab-separated, no header, 61 columns)."""
    added = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    n = 0
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        for row in _collapsed(store, opts):
            values = gdelt_row(row, event_id(row), added)
            writer.writerow([values.get(c, "") for c in GDELT_COLUMNS])
            n += 1
    return n


def export(store: Store, fmt: str, out: str | Path, opts: ExportOptions | None = None) -> int:
    """Write ``fmt`` to ``out``; returns the number of records written."""
    if fmt not in EXPORTERS:
        raise ExportError(f"unknown format {fmt!r}; use one of {', '.join(EXPORTERS)}")
    opts = opts or ExportOptions()
    _tables(opts)  # reject an unknown table before creating the file
    path = Path(out)
    n = EXPORTERS[fmt](store, path, opts)
    log.info("exported %d %s records to %s", n, fmt, path)
    return n
