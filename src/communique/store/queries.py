"""Named read queries: the one place CLI, HTTP API and dashboard get their rows from.

Rules (datasette's filters habit, tightened): every value is a DuckDB parameter; table, column,
sort and period names come from the allow-lists below and nowhere else; results are plain
dicts in a ``Page`` (rows, total, limit, offset) that serialises as JSON as it is. Every row
carries its evidence: article id, character span and sentence.

Event counts use *collapsed* events: within one near-duplicate cluster, events that share
(day, source, target, type, mode) are one event, counted with GDELT's NumMentions (event rows),
NumArticles (distinct articles) and NumSources (distinct outlets). Negated and hypothetical
events are left out unless asked for, as PLOVER analyses do.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from communique.store.groups import ACTOR_STATS, GROUP_KEY, actor_stats_fresh
from communique.store.paging import (
    MAX_LIMIT,
    Page,
    QueryError,
    _count_and_page,
    _day,
    _one_pass_page,
    _page,
    _paging,
    _pick,
    _rows,
)
from communique.store.rows import MATCH_SEP
from communique.store.store import Store

__all__ = [
    "MAX_LIMIT", "Page", "QueryError", "_page", "_paging", "_day", "_rows", "search_quotes",
    "quotes_by_speaker", "event_filters", "search_events", "collapsed_events_sql",
    "collapsed_events", "dyad", "events_for_dyad", "actors", "actor_timeline", "export_sql",
    "get_article", "article_sources", "cluster_members", "stats",
]

PERIODS = ("day", "week", "month", "year")
DIRECTIONS = ("both", "forward")
QUOTE_SORTS = {
    "date": "q.day ASC NULLS LAST, q.article_id, q.idx",
    "-date": "q.day DESC NULLS LAST, q.article_id, q.idx",
    "speaker": "q.speaker_lc ASC NULLS LAST, q.day DESC NULLS LAST, q.article_id, q.idx",
    "article": "q.article_id, q.idx",
}
EVENT_SORTS = {
    "date": "day ASC NULLS LAST, article_id, idx",
    "-date": "day DESC NULLS LAST, article_id, idx",
    "intensity": "intensity ASC NULLS LAST, day DESC NULLS LAST, article_id, idx",
    "-intensity": "intensity DESC NULLS LAST, day DESC NULLS LAST, article_id, idx",
    "type": "type, day DESC NULLS LAST, article_id, idx",
    "-articles": "num_articles DESC, day DESC NULLS LAST, article_id, idx",
}
ACTOR_SORTS = {
    "-total": "total DESC, name",
    "name": "name",
    "-articles": "articles DESC, name",
    "-stories": "stories DESC, name",
    "-speaker": "as_speaker DESC, name",
    "-source": "as_source DESC, name",
    "-target": "as_target DESC, name",
}
QUOTE_COLUMNS = (
    "q.article_id, q.idx, q.text, q.kind, q.speaker, q.speaker_role, q.speaker_mention, "
    "q.cue, q.via, q.start_char, q.end_char, q.sentence, q.floating, q.day, "
    "a.title, a.outlet, a.url, a.published, a.cluster_id"
)
_EVENT_FIELDS = (
    "article_id, idx, cluster_id, type, mode, cameo_root, quad, intensity, source_codes, "
    "target_codes, source_name, target_name, source_json, target_json, evidence_start, "
    "evidence_end, evidence_text, sentence, negated, hypothetical, intended, historical, date, "
    "day, location_name, location_country, quote_idx, trigger, outlet, url"
)
_GROUP_KEY = GROUP_KEY


# -- quotes ---------------------------------------------------------------------------------
def search_quotes(
    store: Store,
    *,
    speaker: str | None = None,
    actor: str | None = None,
    phrase: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    article_id: str | None = None,
    sort: str = "-date",
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Quotations with their article, cue and relay, filtered by any combination of:

    ``speaker`` (case-insensitive substring of the speaker's name or role), ``actor`` (an actor
    whose mention falls inside the quote: name substring or exact country code), ``phrase``
    (case-insensitive substring of the quoted text: a parameterised scan, since DuckDB's FTS
    extension cannot be installed offline), ``since``/``until`` (publication day, inclusive).
    """
    order = _pick(sort, QUOTE_SORTS, "sort")
    limit, offset = _paging(limit, offset)
    where: list[str] = ["TRUE"]
    params: list[Any] = []
    if speaker:
        # one column (name, role) so the filter runs inside the scan (see schema.sql)
        where.append("contains(q.speaker_match, ?)")
        params.append(speaker.lower())
    if actor:
        where.append(
            "EXISTS (SELECT 1 FROM quote_actors qa WHERE qa.article_id = q.article_id "
            "AND qa.quote_idx = q.idx AND (contains(qa.name_lc, ?) OR qa.country = ?))"
        )
        params += [actor.lower(), actor.upper()]
    if phrase:
        where.append("contains(q.text_lc, ?)")
        params.append(phrase.lower())
    if (d := _day(since, "since")) is not None:
        where.append("q.day >= ?")
        params.append(d)
    if (d := _day(until, "until")) is not None:
        where.append("q.day <= ?")
        params.append(d)
    if article_id:
        where.append("q.article_id = ?")
        params.append(article_id)
    cond = " AND ".join(where)
    count_sql = f"SELECT count(*) AS n FROM quotes q WHERE {cond}"
    if phrase or speaker or actor:
        # Text filters are selective and scanning strings is the costly part: one pass with
        # a window count beats a count pass plus a page pass (measured in bench_store).
        page_sql = (
            f"WITH q AS (SELECT *, count(*) OVER () AS _total FROM quotes q WHERE {cond} "
            f"ORDER BY {order} LIMIT ? OFFSET ?) SELECT {QUOTE_COLUMNS}, q._total FROM q "
            f"JOIN articles a ON a.id = q.article_id ORDER BY {order}"
        )
        return _one_pass_page(store, count_sql, page_sql, params, limit, offset)
    page_sql = (
        f"WITH q AS (SELECT * FROM quotes q WHERE {cond} ORDER BY {order} LIMIT ? OFFSET ?) "
        f"SELECT {QUOTE_COLUMNS} FROM q JOIN articles a ON a.id = q.article_id ORDER BY {order}"
    )
    return _count_and_page(store, count_sql, page_sql, params, limit, offset)


def quotes_by_speaker(store: Store, speaker: str, **kwargs: Any) -> Page:
    """Quotations whose speaker name or role contains ``speaker`` (see ``search_quotes``)."""
    return search_quotes(store, speaker=speaker, **kwargs)


# -- events ---------------------------------------------------------------------------------
def code_pattern(code: str) -> str:
    """What ``contains(source_match, ?)`` needs to match exactly this actor code (as given)."""
    return f"{MATCH_SEP}{code}{MATCH_SEP}"


def event_filters(
    *,
    source: str | None = None,
    target: str | None = None,
    type: str | None = None,
    quad: int | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    article_id: str | None = None,
    cluster_id: str | None = None,
    include_negated: bool = False,
    include_hypothetical: bool = False,
) -> tuple[list[str], list[Any]]:
    """WHERE conditions (on the ``events`` table) and their parameters for the event filters.

    Only fixed SQL fragments are chosen here; every user value goes into ``params``.
    """
    where: list[str] = []
    params: list[Any] = []
    for side, value in (("source", source), ("target", target)):
        if value:
            # column names from a fixed pair, never from input
            # one column per side (see schema.sql): an exact code or a name substring
            col = "source_match" if side == "source" else "target_match"
            where.append(f"(contains({col}, ?) OR contains({col}, ?))")
            params += [code_pattern(value.upper()), value.lower()]
    if type:
        where.append("type = ?")
        params.append(type.upper())
    if quad is not None:
        if quad not in (1, 2, 3, 4):
            raise QueryError("quad must be 1, 2, 3 or 4")
        where.append("quad = ?")
        params.append(quad)
    if (d := _day(since, "since")) is not None:
        where.append("day >= ?")
        params.append(d)
    if (d := _day(until, "until")) is not None:
        where.append("day <= ?")
        params.append(d)
    if article_id:
        where.append("article_id = ?")
        params.append(article_id)
    if cluster_id:
        where.append("cluster_id = ?")
        params.append(cluster_id)
    if not include_negated:
        where.append("NOT negated")
    if not include_hypothetical:
        where.append("NOT hypothetical")
    return where or ["TRUE"], params


def search_events(
    store: Store,
    *,
    source: str | None = None,
    target: str | None = None,
    type: str | None = None,
    quad: int | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    article_id: str | None = None,
    cluster_id: str | None = None,
    include_negated: bool = False,
    include_hypothetical: bool = False,
    sort: str = "-date",
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Event mentions (one row per event found in one article), each with its evidence.

    ``source``/``target`` match an actor code exactly (``RUS``, ``EU``) or a name substring;
    ``type`` is a PLOVER type, ``quad`` 1-4; dates are the event's own day, inclusive.
    Rows also carry ``num_articles``/``num_sources`` of the collapsed event they belong to.
    """
    order = _pick(sort, EVENT_SORTS, "sort")
    limit, offset = _paging(limit, offset)
    where, params = event_filters(
        source=source, target=target, type=type, quad=quad, since=since, until=until,
        article_id=article_id, cluster_id=cluster_id, include_negated=include_negated,
        include_hypothetical=include_hypothetical,
    )
    cond = " AND ".join(where)
    fields = f"{_EVENT_FIELDS}, group_id, num_articles, num_sources"
    count_sql = f"SELECT count(*) AS n FROM events WHERE {cond}"
    if source or target or article_id or cluster_id:
        # selective filters: one pass with a window count (see search_quotes)
        page_sql = (f"SELECT {fields}, count(*) OVER () AS _total FROM events WHERE {cond} "
                    f"ORDER BY {order} LIMIT ? OFFSET ?")
        return _one_pass_page(store, count_sql, page_sql, params, limit, offset)
    page_sql = f"SELECT {fields} FROM events WHERE {cond} ORDER BY {order} LIMIT ? OFFSET ?"
    return _count_and_page(store, count_sql, page_sql, params, limit, offset)


def collapsed_events_sql(where: list[str]) -> str:
    """SQL of the collapsed events matching ``where`` (conditions from ``event_filters``).

    Reads ``event_groups`` (see ``store.groups``): one row per (cluster, day, source, target,
    type, mode, negated, hypothetical) with NumMentions/NumArticles/NumSources and the evidence
    of the earliest mention (smallest article id, then index), the same in any ingest order.
    """
    return f"SELECT * FROM event_groups WHERE {' AND '.join(where)}"


def collapsed_events(
    store: Store,
    *,
    sort: str = "-date",
    limit: int = 50,
    offset: int = 0,
    **filters: Any,
) -> Page:
    """Deduplicated events (see module doc) with NumMentions, NumArticles and NumSources.

    Takes the same filters as ``search_events``.
    """
    order = _pick(sort, EVENT_SORTS, "sort")
    limit, offset = _paging(limit, offset)
    where, params = event_filters(**filters)
    inner = collapsed_events_sql(where)
    return _count_and_page(store, f"SELECT count(*) AS n FROM ({inner})",
                           f"{inner} ORDER BY {order} LIMIT ? OFFSET ?", params, limit, offset)


def dyad(
    store: Store,
    a: str,
    b: str,
    *,
    by: str = "month",
    direction: str = "both",
    since: str | date | None = None,
    until: str | date | None = None,
    include_negated: bool = False,
    include_hypothetical: bool = False,
) -> list[dict[str, Any]]:
    """Per-period summary of collapsed events between actor codes ``a`` and ``b``.

    ``direction="forward"`` counts only a→b; ``"both"`` counts a→b and b→a together (each row
    also says how many went each way). Per period: events, counts per quad (quad1..quad4),
    mean intensity, cooperative intensity (sum over quads 1-2), conflictual intensity (sum of
    absolute values over quads 3-4) and net cooperation = cooperative - conflictual.
    """
    period = _pick(by, PERIODS, "period")
    _pick(direction, DIRECTIONS, "direction")
    a_code, b_code = a.strip().upper(), b.strip().upper()
    where, params = event_filters(since=since, until=until, include_negated=include_negated,
                                   include_hypothetical=include_hypothetical)
    where.append("day IS NOT NULL")
    fwd = "(contains(source_match, ?) AND contains(target_match, ?))"
    pair = fwd if direction == "forward" else f"({fwd} OR {fwd})"
    a_pat, b_pat = code_pattern(a_code), code_pattern(b_code)
    pair_params = [a_pat, b_pat] if direction == "forward" else [a_pat, b_pat, b_pat, a_pat]
    inner = collapsed_events_sql([*where, pair])
    sql = (
        f"SELECT CAST(date_trunc(?, day) AS DATE) AS period, count(*) AS events, "
        "count(*) FILTER (WHERE list_contains(source_codes, ?) "
        "AND list_contains(target_codes, ?)) AS forward, "
        "count(*) FILTER (WHERE quad = 1) AS quad1, count(*) FILTER (WHERE quad = 2) AS quad2, "
        "count(*) FILTER (WHERE quad = 3) AS quad3, count(*) FILTER (WHERE quad = 4) AS quad4, "
        "avg(intensity) AS mean_intensity, "
        "coalesce(sum(intensity) FILTER (WHERE quad IN (1, 2)), 0) AS cooperative, "
        "coalesce(sum(abs(intensity)) FILTER (WHERE quad IN (3, 4)), 0) AS conflictual, "
        "sum(num_articles) AS articles "
        f"FROM ({inner}) GROUP BY 1 ORDER BY 1"
    )
    rows = _rows(store, sql, [period, a_code, b_code, *params, *pair_params])
    for r in rows:
        r["period"] = r["period"].isoformat()
        r["reverse"] = r["events"] - r["forward"]
        r["net_cooperation"] = float(r["cooperative"]) - float(r["conflictual"])
        r["cooperative"] = float(r["cooperative"])
        r["conflictual"] = float(r["conflictual"])
    return rows


events_for_dyad = dyad


# -- actors ---------------------------------------------------------------------------------
def actors(
    store: Store,
    *,
    name: str | None = None,
    country: str | None = None,
    sort: str = "-total",
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Who appears and how often, counted without syndicated copies inflating it.

    Per actor (canonical name): ``articles`` and ``stories`` (near-duplicate clusters)
    mentioning it, ``mentions``, ``as_speaker`` (distinct quotations per story), and collapsed
    events as source and as target (negated/hypothetical left out). ``total`` adds stories,
    quotations and events. ``article_id``/``start_char``/``end_char`` point at a first
    mention (in the smallest article id) as evidence; None for speakers never coded as actors.
    """
    order = _pick(sort, ACTOR_SORTS, "sort")
    limit, offset = _paging(limit, offset)
    cur = store.cursor()
    try:
        fresh = actor_stats_fresh(cur)
    finally:
        cur.close()
    source = "actor_stats" if fresh else f"({ACTOR_STATS})"
    where: list[str] = ["TRUE"]
    params: list[Any] = []
    if name:
        where.append("contains(lower(name), ?)")
        params.append(name.lower())
    if country:
        where.append("country = ?")
        params.append(country.upper())
    cond = " AND ".join(where)
    return _count_and_page(
        store, f"SELECT count(*) AS n FROM {source} WHERE {cond}",
        f"SELECT * FROM {source} WHERE {cond} ORDER BY {order} LIMIT ? OFFSET ?",
        params, limit, offset)


def actor_timeline(
    store: Store, *, names: list[str] | None = None, by: str = "month", top: int = 5
) -> list[dict[str, Any]]:
    """Articles and stories (near-duplicate clusters) mentioning each actor, per period.

    ``names`` picks actors by canonical name; by default the ``top`` most-mentioned ones.
    """
    period = _pick(by, PERIODS, "period")
    if not 1 <= top <= 50:
        raise QueryError("top must be between 1 and 50")
    if names:
        chosen = list(names)
    else:
        chosen = [r["name"] for r in actors(store, sort="-stories", limit=top).rows]
    sql = (
        "SELECT x.name, CAST(date_trunc(?, a.day) AS DATE) AS period, "
        "count(DISTINCT a.id) AS articles, count(DISTINCT a.cluster_id) AS stories "
        "FROM actors x JOIN articles a ON a.id = x.article_id "
        "WHERE a.day IS NOT NULL AND list_contains(?, x.name) GROUP BY 1, 2 ORDER BY 2, 1"
    )
    rows = _rows(store, sql, [period, chosen])
    for r in rows:
        r["period"] = r["period"].isoformat()
    return rows


# -- exports --------------------------------------------------------------------------------
EXPORT_TABLES = ("events", "collapsed", "quotes", "articles", "actors")
# search helpers (lower-cased copies) that exports leave out
_SEARCH_COLUMNS = "source_match, target_match"


def export_sql(
    table: str,
    *,
    since: str | date | None = None,
    until: str | date | None = None,
    include_negated: bool = False,
    include_hypothetical: bool = False,
) -> tuple[str, list[Any]]:
    """SQL and parameters that read a whole allow-listed table for an exporter, in a stable
    order; events honour the event filters, quotes and articles the day range."""
    _pick(table, EXPORT_TABLES, "table")
    where, params = event_filters(since=since, until=until, include_negated=include_negated,
                                  include_hypothetical=include_hypothetical)
    day_where: list[str] = ["TRUE"]
    day_params: list[Any] = []
    if (d := _day(since, "since")) is not None:
        day_where.append("day >= ?")
        day_params.append(d)
    if (d := _day(until, "until")) is not None:
        day_where.append("day <= ?")
        day_params.append(d)
    cond, dcond = " AND ".join(where), " AND ".join(day_where)
    if table == "events":
        return (f"SELECT * EXCLUDE ({_SEARCH_COLUMNS}) FROM events WHERE {cond} "
                "ORDER BY day, article_id, idx", params)
    if table == "collapsed":
        return (f"SELECT * EXCLUDE ({_SEARCH_COLUMNS}) FROM ({collapsed_events_sql(where)}) "
                "ORDER BY day, cluster_id, source_key, target_key, type, group_id", params)
    if table == "quotes":
        return (f"SELECT * EXCLUDE (speaker_lc, role_lc, text_lc, speaker_match) FROM quotes "
                f"WHERE {dcond} ORDER BY day, article_id, idx", day_params)
    if table == "articles":
        return f"SELECT * FROM articles WHERE {dcond} ORDER BY day, id", day_params
    return "SELECT * FROM actors ORDER BY article_id, idx", []


# -- articles -------------------------------------------------------------------------------
def get_article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article with its metadata, text, cluster and ``sources`` (every outlet/URL its
    identical content came from); None when absent."""
    rows = _rows(
        store,
        "SELECT id, cluster_id, url, path, kind, title, published, day, outlet, author, "
        "language, reading_minutes, text, removed FROM articles WHERE id = ?",
        [article_id],
    )
    if not rows:
        return None
    row = rows[0]
    if isinstance(row["day"], date):
        row["day"] = row["day"].isoformat()
    row["sources"] = article_sources(store, article_id)
    return row


def article_sources(store: Store, article_id: str) -> list[dict[str, Any]]:
    """Every source the article's exact content came from (syndicated identical copies), in
    a stable order: url, path, kind, outlet, published."""
    return _rows(
        store,
        "SELECT url, path, kind, outlet, published FROM article_sources WHERE article_id = ? "
        "ORDER BY source_key",
        [article_id],
    )


def cluster_members(store: Store, cluster_id: str) -> list[dict[str, Any]]:
    """Every stored copy of one story: id, outlet, title, url, published day."""
    rows = _rows(
        store,
        "SELECT id, outlet, title, url, published FROM articles WHERE cluster_id = ? ORDER BY id",
        [cluster_id],
    )
    return rows


def stats(store: Store) -> dict[str, int]:
    """Row counts: articles, clusters, quotes, events, collapsed events, actors."""
    sql = (
        "SELECT (SELECT count(*) FROM articles) AS articles, "
        "(SELECT count(DISTINCT cluster_id) FROM articles) AS clusters, "
        "(SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM events) AS events, "
        "(SELECT count(*) FROM event_groups) AS collapsed_events, "
        "(SELECT count(DISTINCT name) FROM actors) AS actors"
    )
    return {k: int(v) for k, v in _rows(store, sql, [])[0].items()}
