"""Requests left between the round-4 event engineers, with sentences written for the test."""

from __future__ import annotations

from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.records import Event


def _events(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    return code_events(doc, [], code_actors(doc), "2025-06-14")


def test_an_aircraft_running_into_an_obstacle_is_no_attack(nlp: Language) -> None:
    for text in (
        "A rescue helicopter struck power lines near the river and crashed.",
        "A small plane carrying four tourists hit a mountainside in the fog.",
    ):
        assert "ASSAULT" not in [e.type for e in _events(nlp, text)], text


def test_an_aircraft_striking_a_target_is_still_an_attack(nlp: Language) -> None:
    text = "Russian bombers struck a power plant in Kharkiv overnight."
    assert "ASSAULT" in [e.type for e in _events(nlp, text)]


def test_a_name_opening_the_sentence_that_defies_an_order_rejects_it(nlp: Language) -> None:
    """The parser takes an unfamiliar name opening the sentence for an adverb; the actor
    tables know it, so it is still the one who defies."""
    events = [e for e in _events(nlp, "Yoon defied an arrest warrant.") if e.type == "REJECT"]
    assert events and [a.text for a in events[0].source] == ["Yoon"]


def test_an_opening_adverb_is_no_doer(nlp: Language) -> None:
    assert not [e for e in _events(nlp, "Later defied the curfew.") if e.source]


def test_a_withdrawal_from_a_place_is_done_by_the_nouns_country(nlp: Language) -> None:
    for text, who, where in (
        ("The US withdrawal from Iraq was completed last year.", "USA", "IRQ"),
        ("The Israeli withdrawal from Lebanon began in May.", "ISR", "LBN"),
    ):
        events = [e for e in _events(nlp, text) if e.type == "RETREAT"]
        assert events, text
        assert [a.country for a in events[0].source] == [who], text
        assert [a.country for a in events[0].target] == [where], text


def test_a_named_doers_act_that_is_welcomed_is_coded_too(nlp: Language) -> None:
    for text in (
        "The EU's lifting of sanctions on Iran was welcomed by Tehran.",
        "Tehran welcomed the EU's lifting of sanctions on Iran.",
    ):
        kinds = {e.type: e for e in _events(nlp, text)}
        assert "CONCEDE" in kinds, text
        assert [a.country for a in kinds["CONCEDE"].target] == ["IRN"], text


def test_a_place_that_reopens_under_a_reporting_verb_is_opened_by_the_reporter(
    nlp: Language,
) -> None:
    text = "Iranian officials have hinted that the universities could reopen next month."
    events = [e for e in _events(nlp, text) if e.type == "CONCEDE"]
    assert events
    assert [a.country for a in events[0].source] == ["IRN"]
    assert "universities" not in [a.text for a in events[0].source]


def test_a_bomb_that_goes_off_is_an_attack_with_no_named_doer(nlp: Language) -> None:
    text = "A roadside bomb exploded near a police checkpoint in Kandahar on Sunday."
    events = [e for e in _events(nlp, text) if e.type == "ASSAULT"]
    assert events
    assert events[0].source == []
    assert "AFG" in {a.country for a in events[0].target}


def test_a_gas_cylinder_that_explodes_is_no_attack(nlp: Language) -> None:
    assert not _events(nlp, "A gas cylinder exploded in a restaurant kitchen.")
