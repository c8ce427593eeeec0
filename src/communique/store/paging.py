"""Paging and row helpers shared by the read queries (``queries``, ``web_queries``).

``Page`` is what every paged query returns; ``QueryError`` is what a bad argument raises (the
API answers 400, the CLI prints one line). Names that reach SQL pass ``_pick`` (an allow-list).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from communique.store.store import Store

MAX_LIMIT = 1000


class QueryError(ValueError):
    """A query argument is not on an allow-list or out of range (the API answers 400)."""


@dataclass
class Page:
    """One page of results; ``total`` counts every matching row, not just this page."""

    rows: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _pick(name: str, allowed: dict[str, str] | tuple[str, ...], what: str) -> str:
    if name not in allowed:
        raise QueryError(f"unknown {what} {name!r}; use one of {', '.join(allowed)}")
    return allowed[name] if isinstance(allowed, dict) else name


def _paging(limit: int, offset: int) -> tuple[int, int]:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}")
    if offset < 0:
        raise QueryError("offset must be >= 0")
    return limit, offset


def _day(value: str | date | None, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise QueryError(f"{name} must be a date YYYY-MM-DD, got {value!r}") from exc


def _rows(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = store.cursor()
    try:
        res = cur.execute(sql, params)
        names = [d[0] for d in res.description]
        return [dict(zip(names, row, strict=True)) for row in res.fetchall()]
    finally:
        cur.close()


def _plain_dates(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for r in rows:
        for key, value in r.items():
            if isinstance(value, date):
                r[key] = value.isoformat()
    return rows


def _count_and_page(store: Store, count_sql: str, page_sql: str, params: list[Any],
                    limit: int, offset: int) -> Page:
    """A page from two cheap queries: ``count(*)`` of the filter, then the sorted top-N.

    Faster than one query with ``count(*) OVER ()``, which must materialise and sort every
    matching row before LIMIT applies.
    """
    total = int(_rows(store, count_sql, params)[0]["n"])
    rows = _rows(store, page_sql, [*params, limit, offset]) if total > offset else []
    return Page(rows=_plain_dates(rows), total=total, limit=limit, offset=offset)


def _one_pass_page(store: Store, count_sql: str, page_sql: str, params: list[Any],
                   limit: int, offset: int) -> Page:
    """A page from one query selecting ``count(*) OVER () AS _total``: cheapest when the
    filter is selective, since the costly string scan then runs once; ``count_sql`` is only
    run for a page past the end (no row to read the total from)."""
    rows = _rows(store, page_sql, [*params, limit, offset])
    total = int(rows[0]["_total"]) if rows else 0
    for r in rows:
        r.pop("_total", None)
    if not rows and offset:
        total = int(_rows(store, count_sql, params)[0]["n"])
    return Page(rows=_plain_dates(rows), total=total, limit=limit, offset=offset)


def _page(store: Store, sql: str, params: list[Any], limit: int, offset: int) -> Page:
    """Run ``sql`` (which must select ``count(*) OVER () AS _total``) with LIMIT/OFFSET."""
    rows = _rows(store, f"{sql} LIMIT ? OFFSET ?", [*params, limit, offset])
    total = int(rows[0]["_total"]) if rows else 0
    if not rows and offset:
        count = _rows(store, f"SELECT count(*) AS n FROM ({sql})", params)
        total = int(count[0]["n"])
    for r in rows:
        r.pop("_total", None)
        for key, value in r.items():
            if isinstance(value, date):
                r[key] = value.isoformat()
    return Page(rows=rows, total=total, limit=limit, offset=offset)
