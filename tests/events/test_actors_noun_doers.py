"""An event named by a noun that is itself the subject of another verb still has a doer: its
possessor or its 'by' phrase, wherever the parser hangs that phrase."""

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


def test_by_phrase_after_the_patient_names_who_expelled(nlp: Language) -> None:
    event = _one(
        nlp, "The expulsion of five Russian diplomats by Poland angered Moscow.", "SANCTION"
    )
    assert [a.country for a in event.source] == ["POL"]


def test_by_phrase_after_the_patient_names_who_arrested(nlp: Language) -> None:
    text = "The arrest of two French journalists by Iranian police drew condemnation from Paris."
    event = _one(nlp, text, "COERCE")
    assert [a.country for a in event.source] == ["IRN"]
    assert [a.country for a in event.target] == ["FRA"]


def test_a_deadline_is_not_a_doer(nlp: Language) -> None:
    text = "The expulsion of the diplomats by Friday was demanded by Warsaw."
    for event in _events(nlp, text):
        assert "Friday" not in [a.text for a in event.source]
