"""Whom an event is aimed at when the sentence names the target through what it owns or does."""

from __future__ import annotations

from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.records import Event


def _events(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    return code_events(doc, [], code_actors(doc), "2023-06-14")


def _of_type(events: list[Event], kind: str) -> Event:
    found = [e for e in events if e.type == kind]
    assert found, f"no {kind} in {[e.type for e in events]}"
    return found[0]


def test_a_body_owning_the_thing_acted_on_is_the_target(nlp: Language) -> None:
    # a protest against the government's plan is a protest against the government
    event = _of_type(
        _events(nlp, "Thousands of Chileans marched in Santiago against the government's plan."),
        "PROTEST",
    )
    assert {(a.country, a.sector) for a in event.target} == {("CHL", "GOV")}


def test_the_two_countries_are_the_pair_named_before(nlp: Language) -> None:
    """'Chile and Peru ..., and the presidents of the two countries met': both are the source."""
    text = "Chile and Peru settled the dispute, and the presidents of the two countries met."
    event = _of_type(_events(nlp, text), "CONSULT")
    assert {a.country for a in event.source} == {"CHL", "PER"}


def test_both_sides_with_no_pair_named_stays_unknown(nlp: Language) -> None:
    event = _of_type(_events(nlp, "Both sides accused each other of breaking the truce."), "ACCUSE")
    assert all(a.country is None for a in event.source)


def test_hyphened_country_adjectives_name_every_country(nlp: Language) -> None:
    """'French-German jets struck the base': France and Germany both act."""
    event = _of_type(_events(nlp, "French-German jets struck the rebel base."), "ASSAULT")
    assert {a.country for a in event.source} == {"FRA", "DEU"}


def test_a_facility_a_delivery_ends_at_is_no_target(nlp: Language) -> None:
    """'flew aid for Sudanese refugees into Chad's Abeche airport': the refugees are helped,
    the airport (and Chad, its owner) is only where the planes landed."""
    text = "Jordan flew medical supplies for Sudanese refugees into Chad's Abeche airport."
    event = _of_type(_events(nlp, text), "AID")
    assert "TCD" not in {a.country for a in event.target}


def test_a_collective_no_table_codes_acts_through_the_members_it_lists(nlp: Language) -> None:
    """'the Alliance of Sahel States of Mali, Burkina Faso and Niger': the three countries."""
    text = "The Alliance of Sahel States of Mali, Burkina Faso and Niger expelled the French envoy."
    event = _of_type(_events(nlp, text), "SANCTION")
    assert {a.country for a in event.source} == {"MLI", "BFA", "NER"}


def test_the_e3_of_three_countries_is_the_three(nlp: Language) -> None:
    event = _of_type(
        _events(nlp, "The E3 of Britain, France and Germany condemned Iran."), "ACCUSE"
    )
    assert {a.country for a in event.source} == {"GBR", "FRA", "DEU"}


def test_premises_of_a_body_stand_for_the_body(nlp: Language) -> None:
    """A raid on 'the Budapest office of Reuters' targets Reuters, not Budapest."""
    text = "Hungarian police raided the Budapest office of Reuters."
    event = _of_type(_events(nlp, text), "COERCE")
    assert [a.name for a in event.target] == ["Reuters"]


def test_the_issuer_of_a_rejected_summons_is_the_target(nlp: Language) -> None:
    event = _of_type(_events(nlp, "Yoon rejected a summons from investigators."), "REJECT")
    assert [(a.country, a.sector) for a in event.target] == [("KOR", "COP")]


def test_an_informal_group_of_countries_acts_through_its_members(nlp: Language) -> None:
    """'The AES' names Mali, Burkina Faso and Niger even when the sentence does not list them,
    and never takes the country it acts on."""
    event = _of_type(_events(nlp, "The AES accused Algeria of shooting down a drone."), "ACCUSE")
    assert {a.country for a in event.source} == {"MLI", "BFA", "NER"}
    assert [a.country for a in event.target] == ["DZA"]
