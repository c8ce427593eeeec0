"""Collapsed events and actor statistics, kept up to date by the writer.

GDELT's complaint is that syndicated copies inflate counts; Communique collapses the events of
one near-duplicate cluster that share (day, source, target, type, mode) into one event, and
counts each identical copy from another source (one article row, several ``article_sources``)
as an article of its own. Negated and hypothetical mentions stay apart (a denial is not the
act). Doing this at read time costs a GROUP BY over every event per query; the API must answer
in under 50 ms with 100,000 events, so the groups are materialised in ``event_groups`` and
refreshed for the one cluster an article touches, inside that article's transaction (a
bridging article merges clusters, so the refresh covers every cluster it relabels; a new copy
refreshes its article's cluster). Each event row also carries its ``group_id`` and the group's
NumArticles/NumSources, so listing mentions needs no join.

Actor statistics span the whole corpus, so they are rebuilt by ``Store.finish()`` and marked
stale by each write; readers fall back to the live query while they are stale.
"""

from __future__ import annotations

import duckdb

GROUP_KEY = (
    "cluster_id, day, source_key, target_key, type, mode, negated, hypothetical"
)
# Deterministic id of a collapsed event from its key (same in any ingest order).
GROUP_ID = (
    "md5(concat_ws('|', cluster_id, coalesce(CAST(day AS VARCHAR), ''), source_key, "
    "target_key, type, coalesce(mode, ''), CAST(negated AS VARCHAR), "
    "CAST(hypothetical AS VARCHAR)))"
)
# The representative mention: smallest (article id, index), independent of ingest order. One
# arg_min over a struct is several times cheaper than one arg_min per column.
_REP_FIELDS = ("source_name", "target_name", "source_json", "target_json", "article_id", "idx",
               "evidence_start", "evidence_end", "sentence", "url", "location_name",
               "location_country", "source_match", "target_match")
# Each event mention once per copy of its article (``article_sources``): an identical text
# syndicated by three outlets is three articles and three sources, as GDELT would count it.
# A copy without outlet or URL host counts as a source of its own.
COPIES = (
    "SELECT e.*, coalesce(s.source_key, '') AS copy_key, "
    "coalesce(s.outlet_key, CASE WHEN s.article_id IS NULL THEN e.outlet END, "
    "e.article_id || '|' || coalesce(s.source_key, '')) "
    "AS copy_outlet FROM events e LEFT JOIN article_sources s ON s.article_id = e.article_id "
    "WHERE e.cluster_id = ?"
)
GROUP_SELECT = (
    "SELECT group_id, " + GROUP_KEY + ", quad, cameo_root, intensity, source_codes, "
    "target_codes, " + ", ".join(f"rep.{f} AS {f}" for f in _REP_FIELDS) + ", lead, "
    "list_sort(article_ids) AS article_ids, num_mentions, num_articles, num_sources FROM ("
    f"SELECT group_id, {GROUP_KEY}, any_value(quad) AS quad, "
    "any_value(cameo_root) AS cameo_root, avg(intensity) AS intensity, "
    "any_value(source_codes) AS source_codes, any_value(target_codes) AS target_codes, "
    "arg_min({" + ", ".join(f"'{f}': {f}" for f in _REP_FIELDS) + "}, (article_id, idx)) "
    "AS rep, bool_or(lead) AS lead, list(DISTINCT article_id) AS article_ids, "
    "count(*) AS num_mentions, count(DISTINCT (article_id, copy_key)) AS num_articles, "
    "count(DISTINCT copy_outlet) AS num_sources "
    "FROM (" + COPIES + ") GROUP BY group_id, " + GROUP_KEY + ")"
)

# Who appears and how often (see ``queries.actors``), counted per story, not per copy.
ACTOR_STATS = (
    "WITH m AS (SELECT x.name, any_value(x.country) AS country, "
    "count(DISTINCT x.article_id) AS articles, count(DISTINCT a.cluster_id) AS stories, "
    "sum(x.n_mentions) AS mentions, min(x.article_id) AS article_id, "
    "arg_min(x.first_start, x.article_id) AS start_char, "
    "arg_min(x.first_end, x.article_id) AS end_char "
    "FROM actors x JOIN articles a ON a.id = x.article_id GROUP BY x.name), "
    "s AS (SELECT q.speaker AS name, count(DISTINCT (a.cluster_id, q.text_lc)) AS as_speaker "
    "FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker IS NOT NULL "
    "GROUP BY q.speaker), "
    "ev AS (SELECT ea.name, any_value(ea.country) AS country, "
    "count(DISTINCT e.group_id) FILTER (WHERE ea.role = 'source') AS as_source, "
    "count(DISTINCT e.group_id) FILTER (WHERE ea.role = 'target') AS as_target "
    "FROM event_actors ea JOIN events e ON e.article_id = ea.article_id "
    "AND e.idx = ea.event_idx WHERE NOT e.negated AND NOT e.hypothetical GROUP BY ea.name) "
    "SELECT coalesce(m.name, s.name, ev.name) AS name, "
    "coalesce(m.country, ev.country) AS country, coalesce(m.articles, 0) AS articles, "
    "coalesce(m.stories, 0) AS stories, coalesce(m.mentions, 0) AS mentions, "
    "coalesce(s.as_speaker, 0) AS as_speaker, coalesce(ev.as_source, 0) AS as_source, "
    "coalesce(ev.as_target, 0) AS as_target, "
    "coalesce(s.as_speaker, 0) + coalesce(ev.as_source, 0) + coalesce(ev.as_target, 0) "
    "+ coalesce(m.stories, 0) AS total, "
    "m.article_id, m.start_char, m.end_char "
    "FROM m FULL JOIN s ON s.name = m.name FULL JOIN ev ON ev.name = coalesce(m.name, s.name)"
)


def refresh_cluster(con: duckdb.DuckDBPyConnection, cluster: str, dropped: list[str]) -> None:
    """Recompute the collapsed events of ``cluster`` (and forget clusters merged into it).

    Runs inside the caller's transaction, after the article's rows and any relabelling.
    """
    con.execute(f"UPDATE events SET group_id = {GROUP_ID} WHERE cluster_id = ?", [cluster])
    con.execute("DELETE FROM event_groups WHERE cluster_id = ? OR list_contains(?, cluster_id)",
                [cluster, dropped])
    con.execute(f"INSERT INTO event_groups BY NAME {GROUP_SELECT}", [cluster])
    con.execute(
        "UPDATE events SET num_articles = g.num_articles, num_sources = g.num_sources "
        "FROM event_groups g WHERE g.group_id = events.group_id AND events.cluster_id = ?",
        [cluster],
    )


def mark_actor_stats_stale(con: duckdb.DuckDBPyConnection) -> None:
    """Record (inside the writing transaction) that ``actor_stats`` lags behind the rows."""
    con.execute("INSERT OR REPLACE INTO meta VALUES ('actor_stats', 'stale')")


def rebuild_actor_stats(con: duckdb.DuckDBPyConnection) -> None:
    """Materialise ``actor_stats`` for the whole corpus and mark it fresh."""
    con.execute(f"CREATE OR REPLACE TABLE actor_stats AS {ACTOR_STATS}")
    con.execute("INSERT OR REPLACE INTO meta VALUES ('actor_stats', 'fresh')")


def actor_stats_fresh(con: duckdb.DuckDBPyConnection) -> bool:
    """True when ``actor_stats`` reflects every committed write."""
    row = con.execute("SELECT value FROM meta WHERE key = 'actor_stats'").fetchone()
    return row is not None and row[0] == "fresh"
