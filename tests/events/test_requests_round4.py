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
