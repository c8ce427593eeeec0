"""A title named without its country ('the army chief', 'the interior minister') is read as of
the one country its sentence places the act in, not of the country it acts on."""

from __future__ import annotations

from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.records import Event


def _events(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    return code_events(doc, [], code_actors(doc), "2025-03-10")


def _one(nlp: Language, text: str, kind: str) -> Event:
    found = [e for e in _events(nlp, text) if e.type == kind]
    assert found, f"no {kind} in {text!r}: {[e.type for e in _events(nlp, text)]}"
    return found[0]


def test_a_title_takes_the_country_that_places_the_act(nlp: Language) -> None:
    event = _one(nlp, "In Sudan, the army chief rejected the ceasefire proposal.", "REJECT")
    assert [a.country for a in event.source] == ["SDN"]


def test_a_title_takes_the_place_of_those_it_commands(nlp: Language) -> None:
    text = "The interior minister ordered police in Lagos to disperse the protesters."
    event = _one(nlp, text, "COERCE")
    assert [a.country for a in event.source] == ["NGA"]


def test_a_title_is_not_of_the_country_it_threatens_when_a_reporter_names_its_own(
    nlp: Language,
) -> None:
    text = "The defence minister threatened Armenia with reprisals, Azerbaijani media reported."
    event = _one(nlp, text, "THREATEN")
    assert [a.country for a in event.source] == ["AZE"]
    assert [a.country for a in event.target] == ["ARM"]
