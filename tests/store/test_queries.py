"""Query functions: every filter, collapse counts, evidence, paging, and hostile input."""

from __future__ import annotations

import pytest
from store_corpus import WIRE, april, late_april, wire_copies

from communique.store import Store
from communique.store import queries as q


def test_wire_copies_form_one_cluster(filled: Store) -> None:
    copies = wire_copies()
    members = q.cluster_members(filled, min(a.id for a in copies))
    assert sorted(m["id"] for m in members) == sorted(a.id for a in copies)
    assert q.stats(filled)["clusters"] == 3


def test_collapse_counts_articles_and_outlets(filled: Store) -> None:
    page = q.collapsed_events(filled, type="THREATEN")
    assert page.total == 1
    row = page.rows[0]
    # three copies, two distinct outlets ("Wire" twice, "Daily Planet" once)
    assert (row["num_mentions"], row["num_articles"], row["num_sources"]) == (3, 3, 2)
    assert row["day"] == "2024-03-05"
    assert row["article_id"] == min(a.id for a in wire_copies())
    # the raw mentions stay available, each tagged with its group's counts
    raw = q.search_events(filled, type="THREATEN")
    assert raw.total == 3
    assert {(r["num_articles"], r["num_sources"]) for r in raw.rows} == {(3, 2)}


def test_outlet_falls_back_to_url_host(filled: Store) -> None:
    row = q.collapsed_events(filled, type="AID").rows[0]
    assert row["num_sources"] == 1
    ev = q.search_events(filled, type="AID").rows[0]
    assert ev["outlet"] == "gazette.example"


def test_event_rows_carry_their_evidence(filled: Store) -> None:
    texts = {a.id: a.text for a in [*wire_copies(), april(), late_april()]}
    page = q.search_events(filled, limit=100, include_negated=True, include_hypothetical=True)
    assert page.total == 3 + 4 + 2
    for r in page.rows:
        assert texts[r["article_id"]][r["evidence_start"]:r["evidence_end"]] == r["evidence_text"]
        assert r["evidence_text"] in r["sentence"]


@pytest.mark.parametrize(
    ("filters", "types"),
    [
        ({"source": "RUS"}, {"THREATEN", "AGREE"}),
        ({"source": "russia"}, {"THREATEN", "AGREE"}),  # a name matches too
        ({"target": "RUS"}, {"SANCTION", "CONSULT"}),
        ({"source": "EU", "target": "RUS", "quad": 4}, {"SANCTION"}),
        ({"type": "consult"}, {"CONSULT"}),
        ({"quad": 2}, {"AID"}),
        ({"since": "2024-04-01"}, {"SANCTION", "CONSULT", "AGREE", "AID"}),
        ({"until": "2024-04-10"}, {"THREATEN", "SANCTION", "CONSULT"}),
        ({"since": "2024-04-11", "until": "2024-04-30"}, {"AGREE", "AID"}),
        ({"source": "RUS", "include_negated": True}, {"THREATEN", "AGREE", "REJECT"}),
        ({"source": "RUS", "include_hypothetical": True}, {"THREATEN", "AGREE", "ASSAULT"}),
        ({"target": "UKR"}, {"AID"}),
    ],
)
def test_event_filters(filled: Store, filters: dict[str, object], types: set[str]) -> None:
    got = {r["type"] for r in q.collapsed_events(filled, limit=100, **filters).rows}
    assert got == types
    got_raw = {r["type"] for r in q.search_events(filled, limit=100, **filters).rows}  # type: ignore[arg-type]
    assert got_raw == types


def test_quote_filters(filled: Store) -> None:
    by_name = q.search_quotes(filled, speaker="putin")
    assert by_name.total == 3 and {r["speaker"] for r in by_name.rows} == {"Vladimir Putin"}
    by_role = q.quotes_by_speaker(filled, "foreign minister")
    assert [r["speaker"] for r in by_role.rows] == ["Sergei Lavrov"]
    assert by_role.rows[0]["cue"] == "said" and by_role.rows[0]["outlet"] == "Courier"
    # "EU" is mentioned inside Putin's quote, not inside Lavrov's or Guterres's
    by_actor = q.search_quotes(filled, actor="EU")
    assert by_actor.total == 3 and {r["speaker"] for r in by_actor.rows} == {"Vladimir Putin"}
    assert q.search_quotes(filled, actor="european").total == 3
    by_phrase = q.search_quotes(filled, phrase="NOT BE A WEAPON")
    assert [r["speaker"] for r in by_phrase.rows] == ["António Guterres"]
    dated = q.search_quotes(filled, since="2024-04-01", until="2024-04-15")
    assert [r["speaker"] for r in dated.rows] == ["Sergei Lavrov"]
    combined = q.search_quotes(filled, speaker="putin", phrase="every step", until="2024-03-31")
    assert combined.total == 3


def test_quote_rows_link_to_evidence(filled: Store) -> None:
    row = q.search_quotes(filled, speaker="putin", sort="article", limit=1).rows[0]
    article = q.get_article(filled, row["article_id"])
    assert article is not None
    assert article["text"][row["start_char"]:row["end_char"]] == row["text"]
    assert row["text"] in row["sentence"] and "Kremlin" in row["sentence"]
    assert article["text"] in {a.text for a in wire_copies()}


def test_paging_and_sorting(filled: Store) -> None:
    everything = q.search_events(filled, sort="date", limit=100)
    first = q.search_events(filled, sort="date", limit=2, offset=0)
    second = q.search_events(filled, sort="date", limit=2, offset=2)
    assert first.total == second.total == everything.total == 7
    ids = [(r["article_id"], r["idx"]) for r in everything.rows]
    assert [(r["article_id"], r["idx"]) for r in first.rows + second.rows] == ids[:4]
    days = [r["day"] for r in everything.rows]
    assert days == sorted(days)
    past_end = q.search_events(filled, limit=5, offset=50)
    assert past_end.rows == [] and past_end.total == 7
    by_intensity = q.collapsed_events(filled, sort="-intensity")
    assert by_intensity.rows[0]["type"] == "AID"


@pytest.mark.parametrize("sort", ["day; DROP TABLE events", "intensity DESC", "", "DATE"])
def test_unknown_sort_names_are_rejected(filled: Store, sort: str) -> None:
    with pytest.raises(q.QueryError):
        q.search_events(filled, sort=sort)
    with pytest.raises(q.QueryError):
        q.search_quotes(filled, sort=sort)
    with pytest.raises(q.QueryError):
        q.actors(filled, sort=sort)


@pytest.mark.parametrize("bad", [{"by": "hour"}, {"direction": "backward"},
                                 {"since": "yesterday"}])
def test_bad_dyad_arguments_are_rejected(filled: Store, bad: dict[str, str]) -> None:
    with pytest.raises(q.QueryError):
        q.dyad(filled, "RUS", "EU", **bad)  # type: ignore[arg-type]


def test_bad_paging_is_rejected(filled: Store) -> None:
    for limit, offset in ((0, 0), (q.MAX_LIMIT + 1, 0), (10, -1)):
        with pytest.raises(q.QueryError):
            q.search_quotes(filled, limit=limit, offset=offset)


INJECTIONS = [
    "' OR 1=1 --",
    "x'); DROP TABLE quotes; --",
    "%",
    "_",
    "RUS' OR '1'='1",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_attempts_are_plain_values(filled: Store, value: str) -> None:
    assert q.search_quotes(filled, speaker=value).total == 0
    assert q.search_quotes(filled, actor=value).total == 0
    assert q.search_events(filled, source=value).total == 0
    assert q.search_events(filled, type=value).total == 0
    assert q.dyad(filled, value, "EU") == []
    assert q.actors(filled, name=value).total == 0
    # a literal substring: '%' and '_' are not wildcards (no quote contains them)
    assert q.search_quotes(filled, phrase=value).total == 0
    assert q.stats(filled)["quotes"] == 5 and q.stats(filled)["events"] == 9


def test_phrase_search_covers_quoted_text_only(filled: Store) -> None:
    # '100%' is in the narrative, not in a quote
    assert q.search_quotes(filled, phrase="100%").total == 0
    assert q.search_quotes(filled, phrase="weapon").total == 1


def test_actors_counts(filled: Store) -> None:
    rows = {r["name"]: r for r in q.actors(filled, limit=100).rows}
    russia = rows["Russia"]
    # mentioned in all five articles; source of THREATEN (collapsed once) and AGREE;
    # target of SANCTION and CONSULT; negated REJECT and hypothetical ASSAULT left out
    assert (russia["articles"], russia["stories"]) == (5, 3)
    assert (russia["as_source"], russia["as_target"]) == (2, 2)
    assert russia["total"] == 3 + 2 + 2
    # one quotation, syndicated three times, counts once
    assert rows["Vladimir Putin"]["as_speaker"] == 1
    assert rows["United States"]["as_source"] == 1
    first = min(a.id for a in [*wire_copies(), april(), late_april()])
    text = {a.id: a.text for a in [*wire_copies(), april(), late_april()]}[first]
    assert russia["article_id"] == first
    assert text[russia["start_char"]:russia["end_char"]] == "Russia"
    assert q.actors(filled, country="UKR").rows[0]["name"] == "Ukraine"
    assert [r["name"] for r in q.actors(filled, name="lavrov").rows] == ["Sergei Lavrov"]


def test_actor_timeline_counts_stories_not_copies(filled: Store) -> None:
    rows = q.actor_timeline(filled, names=["Russia"], by="month")
    assert [(r["period"], r["articles"], r["stories"]) for r in rows] == [
        ("2024-03-01", 3, 1), ("2024-04-01", 2, 2)]


def test_get_article_absent_is_none(filled: Store) -> None:
    assert q.get_article(filled, "nope") is None
    assert WIRE in {q.get_article(filled, a.id)["text"] for a in wire_copies()}  # type: ignore[index]


def test_phrase_search_pages(filled: Store) -> None:
    page = q.search_quotes(filled, phrase="every step", limit=1, offset=1, sort="article")
    assert page.total == 3 and len(page.rows) == 1
    ids = [r["article_id"] for r in q.search_quotes(filled, phrase="every step",
                                                     sort="article").rows]
    assert page.rows[0]["article_id"] == ids[1]
    past = q.search_quotes(filled, phrase="every step", offset=5)
    assert past.rows == [] and past.total == 3
