"""Modifiers (negated, hypothetical, intended, historical), own dates and locations."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.events.dates import is_historical, resolve
from communique.records import Event

PUB = date(2021, 2, 9)  # a Tuesday


def _first(nlp: Language, text: str, published: str = "2021-02-09") -> Event:
    doc = nlp(text)
    events = code_events(doc, [], code_actors(doc), published)
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Peru did not sign the agreement with Bolivia.", "negated"),
        ("Japan never apologised to Korea for the incident.", "negated"),
        ("Ghana refused to meet Nigerian officials.", None),  # REJECT itself, not negated
        ("If talks fail, Spain could expel Moroccan diplomats.", "hypothetical"),
        ("Greece would send troops to Cyprus only as a last resort.", "hypothetical"),
        ("Kenya will deploy police officers to Haiti next month.", "intended"),
        ("Italy plans to send aid to Libya.", "intended"),
        ("Back in 2014, Russia annexed territory after troops seized Crimea.", "historical"),
        ("Chile met Argentina on Monday.", None),
    ],
)
def test_flags(nlp: Language, text: str, flag: str | None) -> None:
    event = _first(nlp, text)
    flags = {f for f in ("negated", "hypothetical", "intended", "historical") if getattr(event, f)}
    assert flags == ({flag} if flag else set()), (event.type, event.trigger, flags)


def test_refused_to_meet_is_reject(nlp: Language) -> None:
    assert _first(nlp, "Ghana refused to meet Nigerian officials.").type == "REJECT"


def test_negation_reaches_through_reported_clauses(nlp: Language) -> None:
    event = _first(nlp, "This does not mean that Serbia wants to distance itself from Croatia.")
    assert event.negated


@pytest.mark.parametrize(
    ("expr", "future", "expected"),
    [
        ("Monday", False, "2021-02-08"),
        ("on Tuesday", False, "2021-02-09"),
        ("Friday", True, "2021-02-12"),
        ("yesterday", False, "2021-02-08"),
        ("last week", False, "2021-02-02"),
        ("from February 4-7", False, "2021-02-04"),
        ("12 December", False, "2020-12-12"),  # no year, after publication: last year
        ("March 3, 2019", False, "2019-03-03"),
        ("back in 2014", False, "2014"),
        ("two years ago", False, "2019"),
        ("last month", False, "2021-01"),
    ],
)
def test_date_expressions(expr: str, future: bool, expected: str) -> None:
    assert resolve(expr, PUB, future) == expected


def test_historical_means_well_before_publication() -> None:
    assert is_historical("2014", PUB)
    assert not is_historical("2021-02-04", PUB)
    assert not is_historical("2020", PUB)  # ended six weeks earlier


def test_event_date_comes_from_its_own_clause(nlp: Language) -> None:
    event = _first(nlp, "Poland's president visited Lithuania on Monday.")
    assert (event.type, event.date) == ("CONSULT", "2021-02-08")


def test_event_without_date_takes_the_publication_day(nlp: Language) -> None:
    assert _first(nlp, "Chile met Argentina.").date == "2021-02-09"


def test_location_and_target_of_force_in_another_country(nlp: Language) -> None:
    event = _first(nlp, "Turkish drones struck Kurdish positions in Syria.")
    assert event.type == "ASSAULT"
    assert event.location is not None and event.location.country == "SYR"


def test_visit_location_is_the_destination(nlp: Language) -> None:
    event = _first(nlp, "The Danish prime minister made a trip to Nairobi last week.")
    assert event.type == "CONSULT" and event.mode == "visit"
    assert event.location is not None and event.location.country == "KEN"
    assert {a.country for a in event.target} == {"KEN"}


def test_inverted_condition_is_hypothetical(nlp: Language) -> None:
    event = _first(nlp, "Were Chile to close the border, Peru would send troops to the area.")
    assert event.hypothetical


def test_a_conditional_threat_is_still_a_threat_made(nlp: Language) -> None:
    event = _first(nlp, "Egypt threatened to expel Sudanese diplomats if the raids continued.")
    assert event.type == "THREATEN" and not event.hypothetical


def test_readiness_on_a_condition_is_hypothetical(nlp: Language) -> None:
    event = _first(nlp, "Serbia is ready to talk with Kosovo if the attacks stop.")
    assert event.type == "AGREE" and event.hypothetical and not event.intended


@pytest.mark.parametrize(
    "text",
    [
        "Russia has yet to release the detained Estonian officer.",
        "The EU stopped short of imposing sanctions on Turkey.",
        "India refrained from criticising Russia at the summit.",
        "Neither side has withdrawn its troops from the border with Eritrea.",
    ],
)
def test_negation_in_wire_copy_phrasings(nlp: Language, text: str) -> None:
    doc = nlp(text)
    events = code_events(doc, [], code_actors(doc), "2024-05-15")
    assert events, text
    assert events[0].negated, text


def test_yet_as_a_conjunction_does_not_negate(nlp: Language) -> None:
    doc = nlp("Russia released the Estonian officer, yet tensions remain.")
    events = code_events(doc, [], code_actors(doc), "2024-05-15")
    assert events and not events[0].negated
