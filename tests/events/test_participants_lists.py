"""Source and target lists: every listed party counts, and a person is never 'the same side'
as another person of the same country."""

from __future__ import annotations

from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.records import Event


def _events(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    return code_events(doc, [], code_actors(doc), "2023-06-14")


def _countries(refs: list) -> set[str | None]:
    return {a.country for a in refs}


def _one(nlp: Language, text: str, kind: str) -> Event:
    found = [e for e in _events(nlp, text) if e.type == kind]
    assert found, f"no {kind} in {text!r}"
    return found[0]


def test_a_group_noun_of_listed_countries_stands_for_all_of_them(nlp: Language) -> None:
    text = "The island nations of Fiji and Tonga recognised Kosovo on Monday."
    event = _one(nlp, text, "SUPPORT")
    assert _countries(event.source) == {"FJI", "TON"}
    assert _countries(event.target) == {"XKX"}


def test_an_act_on_listed_countries_targets_all_of_them(nlp: Language) -> None:
    event = _one(nlp, "Norway recognised the independence of Latvia and Estonia.", "SUPPORT")
    assert _countries(event.target) == {"LVA", "EST"}


def test_a_coordinated_passive_keeps_its_patient_and_statement_agents(nlp: Language) -> None:
    text = (
        "Chile is already under scrutiny, and was condemned in a joint statement by Peru and "
        "Bolivia on Friday."
    )
    event = _one(nlp, text, "ACCUSE")
    assert _countries(event.source) == {"PER", "BOL"}
    assert _countries(event.target) == {"CHL"}


def test_a_known_person_is_a_target_for_a_compatriot(nlp: Language) -> None:
    event = _one(nlp, "Biden criticised Trump's decision to leave the treaty.", "ACCUSE")
    assert [a.name for a in event.source] == ["Joe Biden"]
    assert [a.name for a in event.target] == ["Donald Trump"]


def test_a_group_that_lists_its_members_stands_for_them(nlp: Language) -> None:
    text = "Several governments, including Norway and Chile, condemned the coup in Gabon."
    event = _one(nlp, text, "ACCUSE")
    assert _countries(event.source) == {"NOR", "CHL"}


def test_moved_forces_are_the_side_that_mobilises(nlp: Language) -> None:
    text = "Russian tank units were moved towards the Finnish border on Friday."
    event = _one(nlp, text, "MOBILIZE")
    assert _countries(event.source) == {"RUS"}
    assert _countries(event.target) == {"FIN"}


def test_a_target_from_elsewhere_in_the_sentence_keeps_its_partners(nlp: Language) -> None:
    text = (
        "Iran warned it would take tough military action if Israel and the United States "
        "went ahead with their naval exercise."
    )
    event = _one(nlp, text, "THREATEN")
    assert _countries(event.target) == {"ISR", "USA"}


def test_coordinated_country_modifiers_name_both_sides(nlp: Language) -> None:
    text = "The talks between US and Venezuelan negotiators ended in Doha without a deal."
    event = _one(nlp, text, "CONSULT")
    assert _countries(event.source) == {"USA", "VEN"}
