"""Phrasings typical of real wire copy (sentences written for these tests): the main event's
type, negation versus refusal, planned visits, announced rules, and descriptions that are not
events."""

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
    ("text", "etype"),
    [
        ("Hungary opposed the plan to send more weapons to Ukraine.", "REJECT"),
        ("Slovakia opposed the bill on migrant quotas.", "REJECT"),
        ("Police fired tear gas at protesters in Dhaka.", "COERCE"),
        ("Prosecutors indicted the former Peruvian president on bribery charges.", "ACCUSE"),
        ("The Kenyan government deployed riot police to the capital.", "MOBILIZE"),
        ("The army overthrew the elected government of Niger in July.", "COERCE"),
        # commuting a sentence releases the prisoner early, like a pardon (RETREAT, CAMEO 084)
        ("The governor commuted the sentences of twelve prisoners.", "RETREAT"),
        ("Norway paid tribute to the Polish firefighters.", "SUPPORT"),
        ("Qatar brokered a prisoner swap between Venezuela and the United States.", "CONSULT"),
        ("Teachers staged a walkout over unpaid salaries.", "PROTEST"),
        ("The rebels took control of the town on Saturday.", "COERCE"),
    ],
)
def test_wire_copy_phrasings_get_their_type(nlp: Language, text: str, etype: str) -> None:
    events = _events(nlp, text)
    assert events, text
    assert events[0].type == etype


def test_has_not_conceded_is_a_negated_concession_not_a_refusal(nlp: Language) -> None:
    main = _events(nlp, "The Ivorian president has not conceded defeat.")[0]
    assert (main.type, main.negated) == ("CONCEDE", True)


def test_will_not_give_in_is_still_a_refusal(nlp: Language) -> None:
    main = _events(nlp, "Iran said it would not give in to American pressure.")[0]
    assert (main.type, main.negated) == ("REJECT", False)


def test_planning_to_visit_is_an_intended_visit(nlp: Language) -> None:
    main = _events(nlp, "The French president was planning to visit Algeria next month.")[0]
    assert main.type == "CONSULT"
    assert main.intended
    assert [a.country for a in main.target] == ["DZA"]


def test_announced_rule_is_coerce_by_the_announcer(nlp: Language) -> None:
    text = "The Chinese government announced on Monday that masks would be compulsory in Beijing."
    main = next(e for e in _events(nlp, text) if e.type == "COERCE")
    assert [a.country for a in main.source] == ["CHN"]
    assert main.intended and not main.hypothetical


@pytest.mark.parametrize(
    "text",
    [
        "Voting is mandatory in Australia.",  # a standing rule, nobody imposes it here
        "The coup leaders met the ECOWAS envoy on Monday.",  # 'coup leaders' are people
    ],
)
def test_descriptions_are_not_coerce_events(nlp: Language, text: str) -> None:
    assert all(e.type != "COERCE" for e in _events(nlp, text))


def test_no_evidence_to_support_is_not_support(nlp: Language) -> None:
    text = "Egypt said there was no evidence to support the claims made by Sudan."
    assert [e for e in _events(nlp, text) if e.type == "SUPPORT"] == []


def test_a_complaint_is_about_the_subject_of_what_is_complained_of(nlp: Language) -> None:
    text = "Kenya complained that Uganda had closed the border to Kenyan traders."
    main = _events(nlp, text)[0]
    assert main.type == "ACCUSE"
    assert [a.country for a in main.source] == ["KEN"]
    assert [a.country for a in main.target] == ["UGA"]


def test_threat_content_in_the_future_is_a_threat_made_now(nlp: Language) -> None:
    main = _events(nlp, "Iran said it will respond decisively to any Israeli provocation.")[0]
    assert main.type == "THREATEN"
    assert not main.intended and not main.hypothetical


def test_riot_police_weapons_are_coercion(nlp: Language) -> None:
    main = _events(nlp, "The police used water cannons and tear gas against protesters.")[0]
    assert main.type == "COERCE"
    assert main.source and main.source[0].sector == "COP"


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("France sold 24 Rafale jets to Egypt.", "COOPERATE", "FRA", "EGY"),
        ("Turkish instructors trained Somali soldiers in Mogadishu.", "COOPERATE", "TUR", "SOM"),
        ("The World Bank approved a $300 million loan to Kenya.", "AID", "WB", "KEN"),
        ("Israel and Lebanon resumed talks on their maritime border.", "CONSULT", "ISR", None),
    ],
)
def test_material_cooperation_verbs_of_wire_copy(
    nlp: Language, text: str, etype: str, source: str, target: str | None
) -> None:
    main = _events(nlp, text)[0]
    assert main.type == etype
    assert source in {a.country for a in main.source}
    if target:
        assert target in {a.country for a in main.target}
