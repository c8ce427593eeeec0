"""Read queries the dashboard and API need that ``store.queries`` does not (yet) offer.

Owned by the web/API side and kept to what is missing there: listing articles with their
counts, listing directed actor-code pairs (dyads), and looking one actor up by exact name or
code (for 404s). Everything else comes from ``store.queries``. Same rules: every value is a
DuckDB parameter, no SQL text is assembled from input, and results use ``queries.Page``.
Dyad counts follow ``queries.dyad``: collapsed events, negated/hypothetical ones left out,
one pair per (source code, target code) of each event.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from communique.store.queries import (
    Page,
    QueryError,
    _day,
    _page,
    _paging,
    _rows,
    code_pattern,
    collapsed_events_sql,
    search_events,
    search_quotes,
)
from communique.store.store import Store


def articles(
    store: Store,
    *,
    q: str | None = None,
    outlet: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Articles newest first with their quote and event counts; ``q`` searches title and text."""
    limit, offset = _paging(limit, offset)
    where: list[str] = ["TRUE"]
    params: list[Any] = []
    if q:
        where.append("(contains(lower(coalesce(a.title, '')), ?) OR contains(lower(a.text), ?))")
        params += [q.lower(), q.lower()]
    if outlet:
        where.append("a.outlet = ?")
        params.append(outlet)
    if (d := _day(since, "since")) is not None:
        where.append("a.day >= ?")
        params.append(d)
    if (d := _day(until, "until")) is not None:
        where.append("a.day <= ?")
        params.append(d)
    cond = " AND ".join(where)
    total = _rows(store, f"SELECT count(*) AS n FROM articles a WHERE {cond}", params)[0]["n"]
    # n_quotes/n_events are written with the article (schema v2): no scan of quotes/events
    rows = _rows(
        store,
        "SELECT a.id, a.title, a.published, a.day, a.outlet, a.author, a.url, a.cluster_id, "
        "coalesce(a.n_quotes, 0) AS n_quotes, coalesce(a.n_events, 0) AS n_events "
        f"FROM articles a WHERE {cond} ORDER BY a.day DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    for r in rows:
        if isinstance(r["day"], date):
            r["day"] = r["day"].isoformat()
    return Page(rows=rows, total=int(total), limit=limit, offset=offset)


def dyads(store: Store, *, actor: str | None = None, limit: int = 50, offset: int = 0) -> Page:
    """Directed (source code, target code) pairs by number of collapsed events, busiest first.

    ``actor`` keeps pairs where either side is that code. ``first_day``/``last_day`` bound the
    dated events; ``queries.dyad(a, b, direction="forward")`` gives the per-period series.
    """
    limit, offset = _paging(limit, offset)
    cond = "WHERE source = ? OR target = ?" if actor else ""
    params: list[Any] = [actor, actor] if actor else []
    sql = (
        "WITH pairs AS (SELECT s AS source, unnest(target_codes) AS target, day FROM "
        "(SELECT unnest(source_codes) AS s, target_codes, day FROM event_groups "
        "WHERE NOT negated AND NOT hypothetical)) "
        "SELECT source, target, count(*) AS n_events, CAST(min(day) AS VARCHAR) AS first_day, "
        "CAST(max(day) AS VARCHAR) AS last_day, count(*) OVER () AS _total FROM pairs "
        f"{cond} GROUP BY source, target ORDER BY n_events DESC, source, target LIMIT ? OFFSET ?"
    )
    rows = _rows(store, sql, [*params, limit, offset])
    total = int(rows[0]["_total"]) if rows else 0
    for r in rows:
        r.pop("_total", None)
    return Page(rows=rows, total=total, limit=limit, offset=offset)


def actor(store: Store, name: str) -> dict[str, Any] | None:
    """An actor known by exact name or code (a dyad side), with country and sector; or None."""
    if not name or len(name) > 200:
        raise QueryError("actor name must have 1 to 200 characters")
    rows = _rows(
        store,
        "SELECT ? AS name, any_value(country) AS country, any_value(sector) AS sector, "
        "count(*) AS n "
        "FROM (SELECT country, sector FROM actors WHERE name = ? "
        "UNION ALL SELECT NULL, NULL FROM quotes WHERE speaker = ? "
        "UNION ALL SELECT country, sector FROM event_actors WHERE name = ? OR code = ?)",
        [name, name, name, name, name],
    )
    if not rows or not rows[0]["n"]:
        return None
    row = rows[0]
    row.pop("n")
    return row


def titles(store: Store, article_ids: list[str]) -> dict[str, str]:
    """Titles of the given articles (event rows carry ids only), id -> title."""
    if not article_ids:
        return {}
    rows = _rows(
        store,
        "SELECT id, coalesce(title, id) AS title FROM articles WHERE list_contains(?, id)",
        [sorted(set(article_ids))],
    )
    return {r["id"]: r["title"] for r in rows}


_DYAD_WHERE = [
    "NOT negated",
    "NOT hypothetical",
    "contains(source_match, ?)",  # exact codes via queries.code_pattern (see schema.sql)
    "contains(target_match, ?)",
]


def dyad_events(
    store: Store, source: str, target: str, *, limit: int = 50, offset: int = 0
) -> Page:
    """Collapsed events from code ``source`` to code ``target``, oldest first, with evidence.

    Codes match exactly as ``dyads`` lists them (``queries.collapsed_events`` also matches name
    substrings, which would let a dyad page list events its count does not include).
    """
    limit, offset = _paging(limit, offset)
    # one scan: a dyad holds few groups, so the window count costs less than a second query
    sql = (
        f"SELECT *, count(*) OVER () AS _total FROM ({collapsed_events_sql(_DYAD_WHERE)}) "
        "ORDER BY day ASC NULLS LAST, article_id, idx"
    )
    return _page(store, sql, [code_pattern(source), code_pattern(target)], limit, offset)


def dyad_series(store: Store, source: str, target: str) -> list[dict[str, Any]]:
    """Per-day count and mean intensity of the events ``dyad_events`` lists (dated ones)."""
    sql = (
        "SELECT CAST(day AS VARCHAR) AS day, count(*) AS events, "
        "avg(intensity) AS mean_intensity "
        f"FROM ({collapsed_events_sql(_DYAD_WHERE)}) WHERE day IS NOT NULL "
        "GROUP BY day ORDER BY day"
    )
    return _rows(store, sql, [code_pattern(source), code_pattern(target)])


def serve_single_threaded(store: Store, threads: int = 1) -> None:
    """Run each query on ``threads`` DuckDB threads (a database-wide setting).

    The API answers many small queries at once from its worker pool; letting each one fan out
    over every core makes them queue behind each other on a busy machine (p50 of an events page
    fell from ~31 ms to ~8 ms on a loaded 2-core box with one thread per query).
    """
    n = int(threads)
    if n < 1:
        raise QueryError("threads must be >= 1")
    store.con.execute(f"SET threads = {n}")


def listed_counts(store: Store, names: list[str]) -> dict[str, tuple[int, int, int]]:
    """Per actor, how many rows its page lists: quotes said, events as source, as target.

    The overview's numbers link to an actor's page, so they are counted with the very filters
    that page lists with (``search_quotes(speaker=)``, ``search_events(source=|target=)``).
    """
    out: dict[str, tuple[int, int, int]] = {}
    for name in names:
        said = search_quotes(store, speaker=name, limit=1).total
        did = search_events(store, source=name, limit=1).total
        got = search_events(store, target=name, limit=1).total
        out[name] = (said, did, got)
    return out


def actor_names(store: Store) -> list[str]:
    """Every name a page can link to as an actor: coded actors, speakers, event actors and
    their codes (the static report writes one page for each)."""
    rows = _rows(
        store,
        "SELECT DISTINCT name FROM (SELECT name FROM actors UNION ALL SELECT speaker FROM quotes "
        "UNION ALL SELECT name FROM event_actors UNION ALL SELECT code FROM event_actors) "
        "WHERE name IS NOT NULL AND name <> '' ORDER BY name",
        [],
    )
    return [str(r["name"]) for r in rows]
