"""Sources and targets of the round-4 error categories, with sentences written for the test:
the doer told by a 'when' clause, victims placed where they are, relatives and officials."""

from __future__ import annotations

from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.records import Event


def _events(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    return code_events(doc, [], code_actors(doc), "2025-06-14")


def _of_type(events: list[Event], kind: str) -> Event:
    found = [e for e in events if e.type == kind]
    assert found, f"no {kind} in {[e.type for e in events]}"
    return found[0]


def test_a_when_clause_names_who_killed_the_victims_of_a_passive(nlp: Language) -> None:
    text = "Nine people were killed when a junta helicopter bombed a clinic in Myanmar."
    event = _of_type(_events(nlp, text), "ASSAULT")
    assert [(a.country, a.sector) for a in event.source] == [("MMR", "MIL")]
    assert [a.text for a in event.target] == ["Nine people"]


def test_victims_are_placed_where_they_are_not_by_the_attackers_side(nlp: Language) -> None:
    text = "Five civilians were killed when Russian drones struck a market in Kharkiv."
    event = _of_type(_events(nlp, text), "ASSAULT")
    assert [a.country for a in event.source] == ["RUS"]
    assert [a.country for a in event.target] == ["UKR"]


def test_a_crash_in_a_when_clause_has_no_doer(nlp: Language) -> None:
    assert not [e for e in _events(nlp, "Two men were killed when their car crashed.") if e.source]


def test_relatives_of_captives_are_placed_by_their_act_not_the_captors_place(
    nlp: Language,
) -> None:
    text = "Relatives of soldiers held in Gaza blocked a road in Haifa."
    event = _of_type(_events(nlp, text), "PROTEST")
    assert [(a.country, a.sector) for a in event.source] == [("ISR", "CVL")]


def test_a_place_that_locates_the_victims_still_places_them(nlp: Language) -> None:
    """A clause about the place of the attack ('a school sheltering families in Gaza City')
    places the victims, unlike a clause about where captives are held."""
    text = "A Russian strike on a school sheltering families in Kharkiv killed 15 people."
    event = _of_type(_events(nlp, text), "ASSAULT")
    assert "UKR" in {a.country for a in event.target}


def test_a_movement_noun_as_subject_takes_its_doer_from_the_of_phrase(nlp: Language) -> None:
    text = "The deployment of North Korean troops to Russia began in October."
    event = _of_type(_events(nlp, text), "MOBILIZE")
    assert [a.country for a in event.source] == ["PRK"]
    assert [a.country for a in event.target] == ["RUS"]


def test_the_object_of_an_event_nouns_verb_is_not_its_target(nlp: Language) -> None:
    """'The EU's lifting of sanctions on Syria alarmed Israel': Syria is the one eased; Israel
    only reacts."""
    text = "The EU's lifting of sanctions on Syria alarmed Israel."
    event = _of_type(_events(nlp, text), "CONCEDE")
    assert [a.country for a in event.source] == ["EU"]
    assert [a.country for a in event.target] == ["SYR"]


def test_a_seat_of_government_reporting_marks_the_country_of_an_untitled_office(
    nlp: Language,
) -> None:
    text = "The White House said the president had spoken with the Mexican president."
    event = _of_type(_events(nlp, text), "CONSULT")
    assert [a.country for a in event.source] == ["USA"]
    assert [a.country for a in event.target] == ["MEX"]


def test_whom_a_bodys_to_clause_acts_on_does_not_place_the_body(nlp: Language) -> None:
    text = "After American lawmakers debated for weeks, the Senate voted to sanction Russia."
    event = _of_type(_events(nlp, text), "SANCTION")
    assert [a.country for a in event.source] == ["USA"]
    assert [a.country for a in event.target] == ["RUS"]


def test_whom_an_event_alarms_is_not_its_target(nlp: Language) -> None:
    text = "Russia's withdrawal from the grain deal alarmed Turkey."
    event = _of_type(_events(nlp, text), "RETREAT")
    assert [a.country for a in event.source] == ["RUS"]
    assert "TUR" not in {a.country for a in event.target}


def test_the_side_named_on_an_attack_noun_does_not_place_the_victims(nlp: Language) -> None:
    text = "Ten people died when an Israeli strike hit a house in Gaza City."
    event = _of_type(_events(nlp, text), "ASSAULT")
    assert [a.country for a in event.source] == ["ISR"]
    assert [a.country for a in event.target] == ["PSE"]
