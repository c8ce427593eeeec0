"""Store writes: idempotent ingest, one transaction per article, schema version, reopening."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_factory import actor, event, make_article, quote

from communique.errors import InputError
from communique.records import Quote
from communique.settings import Settings
from communique.store import STORE_SCHEMA, Store, StoreError

TEXT = ('Russia threatened the EU with a gas cut on Monday. "We will respond," said Vladimir '
        "Putin. The European Union said it would not be blackmailed by Russia.")


def _full_article(text: str = TEXT, **kw: object):
    return make_article(
        text,
        quotes=[quote(text, "We will respond", "Vladimir Putin", cue="said",
                      speaker_role="president")],
        actors=[actor(text, "Russia", "RUS", "Russia"), actor(text, "European Union", "EU", "EU")],
        events=[event("THREATEN", 3, -3.5, ["RUS"], ["EU"], text,
                      "Russia threatened the EU with a gas cut on Monday.")],
        **kw,  # type: ignore[arg-type]
    )


def _counts(store: Store) -> dict[str, int]:
    tables = ("articles", "signatures", "quotes", "quote_actors", "actors", "events",
              "event_actors")
    return {t: store.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_same_content_twice_is_stored_once(store: Store) -> None:
    art = _full_article()
    assert store.add_article(art) is True
    assert store.add_article(art) is False
    counts = _counts(store)
    assert counts["articles"] == 1
    assert counts["quotes"] == 1
    assert counts["events"] == 1


def test_schema_version_is_recorded(store: Store) -> None:
    assert store.schema_version() == STORE_SCHEMA == "communique.store.v2"


def test_failing_article_leaves_nothing_and_the_batch_goes_on(store: Store) -> None:
    good1 = _full_article()
    bad_text = "Brussels said it would sanction Moscow. Another sentence follows here."
    # The second quote has a negative offset: the quotes CHECK fails after the article row,
    # its signature and the first quote were already inserted in the same transaction.
    bad = make_article(bad_text, quotes=[
        quote(bad_text, "it would sanction Moscow", "Brussels"),
        Quote(text="broken", start=-5, end=3, kind="direct"),
    ])
    good2 = _full_article(TEXT + " A second paragraph makes this a different story entirely.")
    summary = store.add([good1, bad, good2])
    assert (summary.new, summary.present, summary.failed) == (2, 0, 1)
    assert bad.id in summary.errors[0]
    assert "CHECK constraint" in summary.errors[0]  # the cause, not a follow-on error
    assert not store.has_article(bad.id)
    ids = {r[0] for r in store.execute("SELECT DISTINCT article_id FROM quotes").fetchall()}
    assert bad.id not in ids and {good1.id, good2.id} <= ids
    sigs = {r[0] for r in store.execute("SELECT article_id FROM signatures").fetchall()}
    assert bad.id not in sigs
    with pytest.raises(StoreError):
        store.add_article(bad)
    # the failed article can be stored once fixed, and nothing of the first try is in the way
    fixed = make_article(bad_text, quotes=[quote(bad_text, "it would sanction Moscow", "Brussels")])
    assert store.add_article(fixed) is True


def test_reopen_keeps_rows_and_signatures(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "r.duckdb"
    art = _full_article()
    with Store(path, settings) as s:
        s.add([art])
    with Store(path, settings) as s:
        assert s.add_article(art) is False
        near = make_article(TEXT.replace("Monday", "Tuesday"))
        assert s.add_article(near) is True
        clusters = dict(s.execute("SELECT id, cluster_id FROM articles").fetchall())
    # the copy found its original through the persisted signature, after a restart
    assert clusters[near.id] == clusters[art.id] == min(art.id, near.id)


def test_read_only_missing_file_is_an_input_error(tmp_path: Path, settings: Settings) -> None:
    with pytest.raises(InputError, match="no such database"):
        Store(tmp_path / "absent.duckdb", settings, read_only=True)


def test_read_only_store_refuses_writes(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "ro.duckdb"
    with Store(path, settings) as s:
        s.add([_full_article()])
    with Store(path, settings, read_only=True) as s, pytest.raises(StoreError):
        s.add_article(_full_article(TEXT + " more"))


def test_changed_minhash_settings_are_refused(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "m.duckdb"
    with Store(path, settings):
        pass
    with pytest.raises(StoreError, match="minhash_perm"):
        Store(path, settings.with_(minhash_perm=64))


def test_rows_keep_their_evidence(store: Store) -> None:
    art = _full_article()
    store.add_article(art)
    start, end, sentence = store.execute(
        "SELECT evidence_start, evidence_end, sentence FROM events").fetchone()
    assert TEXT[start:end] == "Russia threatened the EU with a gas cut on Monday."
    assert sentence == TEXT[start:end]
    qs, qe, qsent = store.execute("SELECT start_char, end_char, sentence FROM quotes").fetchone()
    assert TEXT[qs:qe] == "We will respond"
    assert "said Vladimir Putin" in qsent and "gas cut" not in qsent
