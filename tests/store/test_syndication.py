"""Syndicated identical copies: one article row, every source recorded and counted.

An article id is a content hash, so the same text from three outlets is one article; the
store must still count three articles (copies) and three sources for its events, as GDELT
users expect, while the same file ingested again changes nothing.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import duckdb
import pytest
from store_factory import event, make_article, quote

from communique.records import Article
from communique.settings import Settings
from communique.store import Added, Store, StoreError
from communique.store import queries as q
from communique.store import web_queries as wq
from communique.store.export import export
from communique.store.gdelt import GDELT_COLUMNS

TEXT = (
    "Kyiv, May 2. Ukraine accused Russia of shelling a grain terminal overnight, the third such "
    "strike this month, and asked its partners for more air defence systems.\n\n"
    "Port officials said two warehouses burned down and exports would pause for a week while "
    "engineers inspected the quay, the rail spur and the loading cranes for damage."
)
PHRASE = "Ukraine accused Russia of shelling a grain terminal overnight"
# Another story (no shared shingles with TEXT) carrying the same phrase.
OTHER = (
    "Odesa. " + PHRASE + " in a statement read out on television before dawn on Thursday.\n\n"
    "Harbour pilots reported calm seas; shipping agents expect delays to clear by the weekend."
)


def copy(outlet: str | None, url: str | None, text: str = TEXT) -> Article:
    """The story as one outlet ran it (same text, so same article id)."""
    return make_article(text, outlet=outlet, url=url, published="2024-05-02",
                        events=[event("ACCUSE", 3, -2.0, ["UKR"], ["RUS"], text, PHRASE)],
                        quotes=[quote(text, PHRASE, "Olena Made-Up", speaker_role="Spokeswoman")])


THREE = [
    copy("Wire", "https://wire.example/ukraine-grain"),
    copy("Daily Planet", "https://planet.example/world/grain-terminal"),
    copy("Morning Post", "https://post.example/2024/05/02/kyiv"),
]


def _groups(store: Store) -> list[tuple[Any, ...]]:
    return store.execute(
        "SELECT group_id, num_mentions, num_articles, num_sources FROM event_groups "
        "ORDER BY group_id").fetchall()


def _snapshot(store: Store) -> dict[str, Any]:
    tables = ("articles", "article_sources", "events", "event_groups", "quotes")
    out: dict[str, Any] = {t: store.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                           for t in tables}
    out["groups"] = _groups(store)
    out["event_counts"] = store.execute(
        "SELECT article_id, idx, num_articles, num_sources FROM events ORDER BY 1, 2").fetchall()
    return out


def test_identical_text_from_three_outlets_is_one_article_three_sources(store: Store) -> None:
    summary = store.add(THREE)
    assert (summary.new, summary.present, summary.new_sources, summary.failed) == (1, 2, 2, 0)
    assert store.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    sources = q.get_article(store, THREE[0].id)["sources"]  # type: ignore[index]
    assert sorted(s["outlet"] for s in sources) == ["Daily Planet", "Morning Post", "Wire"]
    assert {s["url"] for s in sources} == {a.source.url for a in THREE}
    page = q.collapsed_events(store, source="UKR")
    assert page.total == 1
    group = page.rows[0]
    assert (group["num_articles"], group["num_sources"], group["num_mentions"]) == (3, 3, 3)
    # the mention rows carry their group's counts too (the API lists them without a join)
    ev = q.search_events(store, source="UKR").rows[0]
    assert (ev["num_articles"], ev["num_sources"]) == (3, 3)


def test_ingest_reports_new_present_and_new_source(store: Store) -> None:
    assert store.ingest(THREE[0]) is Added.NEW
    assert store.ingest(THREE[0]) is Added.PRESENT
    assert store.ingest(THREE[1]) is Added.NEW_SOURCE
    assert store.ingest(THREE[1]) is Added.PRESENT
    assert store.add_article(THREE[2]) is False  # content present: not a new article


def test_reingesting_the_same_copies_changes_nothing(store: Store) -> None:
    store.add(THREE)
    before = _snapshot(store)
    summary = store.add(THREE)
    assert (summary.new, summary.present, summary.new_sources) == (0, 3, 0)
    assert _snapshot(store) == before


def test_counts_do_not_depend_on_ingest_order(new_store: Any) -> None:
    seen = set()
    for order in itertools.permutations(THREE):
        with new_store("perm") as store:
            store.add(list(order))
            seen.add(tuple(_groups(store)))
    assert len(seen) == 1
    ((_, mentions, articles, sources),) = seen.pop()
    assert (mentions, articles, sources) == (3, 3, 3)


def test_copies_from_one_outlet_are_articles_not_sources(store: Store) -> None:
    store.add([copy("Wire", "https://wire.example/a"), copy("WIRE ", "https://wire.example/b"),
               copy(None, "https://www.wire.example/c")])  # the host stands in for the outlet
    (group,) = q.collapsed_events(store).rows
    assert (group["num_articles"], group["num_sources"]) == (3, 2)


def test_same_source_without_url_is_the_same_copy(store: Store) -> None:
    """No URL and no path: the outlet identifies the source, so a second outlet is a copy."""
    assert store.ingest(copy("Wire", None)) is Added.NEW
    assert store.ingest(copy("Wire", None)) is Added.PRESENT
    assert store.ingest(copy("Other", None)) is Added.NEW_SOURCE
    (group,) = q.collapsed_events(store).rows
    assert (group["num_articles"], group["num_sources"]) == (2, 2)


def test_identical_copies_add_to_a_near_duplicate_cluster(store: Store) -> None:
    edited = TEXT.replace("the rail spur", "the railway spur")
    store.add([*THREE, copy("Evening Star", "https://star.example/grain", edited)])
    assert store.execute("SELECT count(DISTINCT cluster_id) FROM articles").fetchone()[0] == 1
    (group,) = q.collapsed_events(store).rows
    assert (group["num_articles"], group["num_sources"], group["num_mentions"]) == (4, 4, 4)


def test_gdelt_export_counts_every_copy(store: Store, tmp_path: Path) -> None:
    store.add(THREE)
    out = tmp_path / "g.tsv"
    assert export(store, "gdelt", out) == 1
    (line,) = out.read_text("utf-8").splitlines()
    row = dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("3", "3", "3")


def _v1_database(tmp_path: Path, settings: Settings) -> Path:
    """A database as schema v1 wrote it: the v1 DDL filled with rows a v2 store produced."""
    v2 = tmp_path / "v2.duckdb"
    with Store(v2, settings) as store:
        store.add([THREE[0], copy("Wire", "https://wire.example/other", OTHER)])
    old = tmp_path / "v1.duckdb"
    ddl = (Path(__file__).parent / "schema_v1.sql").read_text("utf-8")
    con = duckdb.connect(str(old))
    lines = [ln for ln in ddl.splitlines() if not ln.lstrip().startswith("--")]
    for stmt in "\n".join(lines).split(";\n"):
        if stmt.strip():
            con.execute(stmt)
    con.execute(f"ATTACH '{v2}' AS v2 (READ_ONLY)")
    con.execute("INSERT INTO quotes SELECT * EXCLUDE (speaker_match) FROM v2.quotes")
    for table in ("meta", "signatures", "quote_actors", "speakers", "actors", "event_actors"):
        con.execute(f"INSERT INTO {table} SELECT * FROM v2.{table}")
    con.execute("INSERT INTO articles SELECT * EXCLUDE (n_quotes, n_events) FROM v2.articles")
    for table in ("events", "event_groups"):
        con.execute(f"INSERT INTO {table} SELECT * EXCLUDE (source_match, target_match) "
                    f"FROM v2.{table}")
    con.execute("UPDATE meta SET value = 'communique.store.v1' WHERE key = 'schema'")
    con.close()
    return old


def test_v1_database_is_refused_read_only_and_upgraded_by_a_writer(
        tmp_path: Path, settings: Settings) -> None:
    old = _v1_database(tmp_path, settings)
    with pytest.raises(StoreError, match="open it once for writing"):
        Store(old, settings, read_only=True)
    with Store(old, settings) as store:
        assert store.schema_version() == "communique.store.v2"
        # the migration fills the match columns exactly as a v2 writer does
        match = "SELECT article_id, idx, source_match, target_match FROM events ORDER BY 1, 2"
        with Store(tmp_path / "v2.duckdb", settings, read_only=True) as fresh:
            assert store.execute(match).fetchall() == fresh.execute(match).fetchall()
            said = "SELECT article_id, idx, speaker_match FROM quotes ORDER BY 1, 2"
            assert store.execute(said).fetchall() == fresh.execute(said).fetchall()
        assert q.search_quotes(store, speaker="spokeswoman").total == 2
        assert store.execute("SELECT count(*) FROM article_sources").fetchone()[0] == 2
        assert q.search_events(store, source="ukraine").total == 2  # lower-cased names filled
        assert [r["n_events"] for r in wq.articles(store).rows] == [1, 1]
        before = {r[0]: r[1:] for r in _groups(store)}
        assert store.ingest(THREE[1]) is Added.NEW_SOURCE  # and it keeps counting copies
        after = {r[0]: r[1:] for r in _groups(store)}
        assert sorted(after.values()) == [(1, 1, 1), (2, 2, 2)]
        assert set(after) == set(before)
    with Store(old, settings, read_only=True) as store:  # upgraded: readers open it again
        assert store.schema_version() == "communique.store.v2"
