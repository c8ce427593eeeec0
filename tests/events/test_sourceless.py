"""Events real news reports without naming the doer: agentless passives and doerless nouns.

Sentences written for these tests. PLOVER allows an unknown source; the coder must still emit
the event (type, target) and must not invent one for things that merely happen to objects.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.records import Event


def _events(nlp: Language, text: str, published: str = "2024-05-15") -> list[Event]:
    doc = nlp(text)
    return code_events(doc, [], code_actors(doc), published)


@pytest.mark.parametrize(
    ("text", "etype", "target_word"),
    [
        ("A junior minister was stabbed outside his home in Lagos.", "ASSAULT", "minister"),
        ("Twelve people were arrested after the match in Marseille.", "COERCE", "people"),
        ("The opposition leader has been charged with fraud.", "ACCUSE", "leader"),
        ("The jailed activist was released from prison on Monday.", "RETREAT", "activist"),
        ("She was convicted of espionage in 2008.", "SANCTION", "She"),
        ("Two journalists were detained at the airport.", "COERCE", "journalists"),
    ],
)
def test_agentless_passive_is_an_event_with_the_subject_as_target(
    nlp: Language, text: str, etype: str, target_word: str
) -> None:
    events = _events(nlp, text)
    assert events, text
    main = events[0]
    assert main.type == etype
    assert main.source == [] or all(a.sector in ("COP", "JUD", "GOV") for a in main.source)
    assert any(target_word in a.text for a in main.target)


def test_implied_authority_named_in_the_sentence_is_the_source(nlp: Language) -> None:
    events = _events(nlp, "Three men were arrested in Nairobi on Friday, Kenyan police said.")
    main = next(e for e in events if e.type == "COERCE")
    assert [a.country for a in main.source] == ["KEN"]
    assert main.source[0].sector == "COP"
    assert any("men" in a.text for a in main.target)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Clashes broke out in the capital overnight.", "ASSAULT"),
        ("A bombing killed a local journalist in the north of the country.", "ASSAULT"),
        ("A curfew was imposed across the province on Sunday.", "COERCE"),
    ],
)
def test_doerless_happenings_are_events(nlp: Language, text: str, etype: str) -> None:
    events = _events(nlp, text)
    assert [e.type for e in events][:1] == [etype]
    assert events[0].source == []


def test_doerless_noun_and_its_verb_are_one_event(nlp: Language) -> None:
    events = _events(nlp, "A bombing killed a local journalist in the north of the country.")
    assert len([e for e in events if e.type == "ASSAULT"]) == 1
    assert any("journalist" in a.text for a in events[0].target)


@pytest.mark.parametrize(
    "text",
    [
        "The building was evacuated on Monday.",  # something, not someone
        "The border between the two countries has been closed since 1993.",  # a state
        "A meeting was held on Tuesday.",  # a meeting needs participants
        "The agreement was reached after long talks.",  # an agreement needs parties
    ],
)
def test_things_happening_to_objects_are_not_doerless_events(nlp: Language, text: str) -> None:
    assert [e for e in _events(nlp, text) if not e.source] == []


def test_a_doerless_mention_of_a_coded_event_is_not_a_second_event(nlp: Language) -> None:
    text = "Thousands of Serbians protested in Belgrade; the protest began on Friday."
    events = [e for e in _events(nlp, text) if e.type == "PROTEST"]
    assert len(events) == 1
    assert [a.country for a in events[0].source] == ["SRB"]


def test_issuer_of_a_decree_does_what_it_does(nlp: Language) -> None:
    text = "The Hungarian parliament passed a law expelling foreign NGOs."
    main = next(e for e in _events(nlp, text) if e.type == "COERCE")
    assert [(a.country, a.sector) for a in main.source] == [("HUN", "LEG")]


def test_doer_given_by_a_participle_after_the_event_noun(nlp: Language) -> None:
    text = "Eleven soldiers died in the ambush, reportedly carried out by al-Shabaab militants."
    main = next(e for e in _events(nlp, text) if e.type == "ASSAULT")
    assert any("al-Shabaab" in a.text for a in main.source)
    assert not any("soldiers" in a.text for a in main.source)


def test_those_who_died_in_an_attack_are_its_victims(nlp: Language) -> None:
    text = "At least five Afghan soldiers reportedly died in last night's attack."
    main = next(e for e in _events(nlp, text) if e.type == "ASSAULT")
    assert main.source == []
    assert [a.country for a in main.target] == ["AFG"]


def test_implied_authority_does_not_displace_the_passive_subject(nlp: Language) -> None:
    text = "A spokesman for the Kenyan police confirmed that two suspects were arrested in Mombasa."
    main = next(e for e in _events(nlp, text) if e.type == "COERCE")
    assert [a.country for a in main.source] == ["KEN"]
    assert any("suspects" in a.text for a in main.target)


def test_doerless_event_does_not_borrow_a_bystander_as_target(nlp: Language) -> None:
    text = "The attack came two weeks before Indonesian President Joko Widodo's inauguration."
    main = next(e for e in _events(nlp, text) if e.type == "ASSAULT")
    assert main.target == []


def test_doerless_description_of_links_is_no_cooperation(nlp: Language) -> None:
    text = "Officials said the suspects were linked to an Islamist network."
    assert [e for e in _events(nlp, text) if e.type == "COOPERATE"] == []


@pytest.mark.parametrize(
    ("text", "n_assaults"),
    [
        ("Two people were killed in the crash on the motorway.", 0),
        ("Two people were killed in the bombing of the market.", 1),
    ],
)
def test_deaths_without_a_doer_are_an_assault_only_beside_an_attack(
    nlp: Language, text: str, n_assaults: int
) -> None:
    assert len([e for e in _events(nlp, text) if e.type == "ASSAULT"]) == n_assaults


def test_expelled_from_a_country_names_the_expeller(nlp: Language) -> None:
    main = _events(nlp, "The Ugandan ambassador was expelled from Kenya on Friday.")[0]
    assert main.type == "SANCTION"
    assert [a.country for a in main.source] == ["KEN"]
    assert [a.country for a in main.target] == ["UGA"]


def test_clashes_between_two_sides_have_both_as_sources(nlp: Language) -> None:
    main = _events(nlp, "Clashes broke out between Kenyan police and Somali militants.")[0]
    assert main.type == "ASSAULT"
    assert {a.country for a in main.source} == {"KEN", "SOM"}
