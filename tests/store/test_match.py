"""Actor filters on events: an exact code or a name substring, through one match column.

The filters read ``source_match``/``target_match`` (names, then each code closed by a
separator) so DuckDB can filter inside the scan; these tests pin that a code matches only
whole codes, names match as substrings in any case, and both sides combine.
"""

from __future__ import annotations

from store_factory import make_article

from communique.records import ActorRef, Event, Span
from communique.store import Store
from communique.store import queries as q
from communique.store import web_queries as wq

TEXT = ("The Kyiv government accused the Kremlin of stalling talks. Officials in Minsk said "
        "nothing about the claims made on Monday.")


def _event(source: ActorRef, target: ActorRef, phrase: str) -> Event:
    start = TEXT.index(phrase)
    return Event(type="ACCUSE", mode=None, cameo_root="11", quad=3, intensity=-2.0,
                 source=[source], target=[target],
                 evidence=Span(start, start + len(phrase), phrase))


KYIV = ActorRef(text="Kyiv government", name="Kyiv government", country="UKR", sector="GOV")
KREMLIN = ActorRef(text="Kremlin", name="Kremlin", country="RUS", sector="GOV")
MINSK = ActorRef(text="Officials in Minsk", name="Minsk officials", country=None, sector="GOV")


def _fill(store: Store) -> None:
    store.add([make_article(TEXT, events=[
        _event(KYIV, KREMLIN, "The Kyiv government accused the Kremlin"),
        _event(MINSK, KYIV, "Officials in Minsk said nothing"),
    ])])


def test_codes_match_whole_codes_only(store: Store) -> None:
    _fill(store)
    assert q.search_events(store, source="UKR").total == 1
    assert q.search_events(store, source="ukr").total == 1  # codes are upper-cased
    assert q.search_events(store, source="UK").total == 0  # not a prefix of UKR
    assert q.search_events(store, source="KR").total == 0


def test_names_match_as_substrings_in_any_case(store: Store) -> None:
    _fill(store)
    assert q.search_events(store, source="KYIV GOV").total == 1
    assert q.search_events(store, target="kyiv").total == 1
    # an actor without a country is coded by its canonical name, matched exactly as a code
    assert q.search_events(store, source="Minsk officials").total == 1
    assert q.search_events(store, source="minsk").total == 1


def test_source_and_target_combine(store: Store) -> None:
    _fill(store)
    assert q.search_events(store, source="UKR", target="RUS").total == 1
    assert q.search_events(store, source="RUS", target="UKR").total == 0
    assert q.collapsed_events(store, source="UKR", target="kremlin").total == 1


def test_dyad_pages_match_codes_exactly(store: Store) -> None:
    _fill(store)
    assert wq.dyad_events(store, "UKR", "RUS").total == 1
    assert wq.dyad_events(store, "UK", "RUS").total == 0
    assert wq.dyad_events(store, "Minsk officials", "UKR").total == 1  # name-coded side
    # the event takes the article's day; queries.dyad upper-cases its codes
    assert [r["events"] for r in wq.dyad_series(store, "UKR", "RUS")] == [1]
    assert wq.dyad_series(store, "UK", "RUS") == []
    assert sum(r["events"] for r in q.dyad(store, "ukr", "rus")) == 1
    assert q.dyad(store, "uk", "ru") == []
