"""Each PLOVER type from sentences written for these tests: type, source and target countries."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.records import Event

CASES = [
    (
        "Chile and Peru agreed to resume fishing negotiations next month.",
        "AGREE",
        {"CHL", "PER"},
        set(),
    ),
    ("Kenya said it was ready for closer cooperation with Uganda.", "AGREE", {"KEN"}, {"UGA"}),
    (
        "The Austrian chancellor met Slovenia's prime minister in Vienna.",
        "CONSULT",
        {"AUT"},
        {"SVN"},
    ),
    ("Indian Foreign Minister Vikram Rao visited Nepal on Tuesday.", "CONSULT", {"IND"}, {"NPL"}),
    ("Portugal praised Morocco for its handling of the crisis.", "SUPPORT", {"PRT"}, {"MAR"}),
    ("Ghana and Togo signed a border treaty on Friday.", "SUPPORT", {"GHA", "TGO"}, set()),
    ("Vietnam eased visa restrictions for Cambodian travellers.", "CONCEDE", {"VNM"}, set()),
    (
        "Norway will share radar data with Finland under the new accord.",
        "COOPERATE",
        {"NOR"},
        {"FIN"},
    ),
    ("Canada sent humanitarian aid to Haiti after the storm.", "AID", {"CAN"}, {"HTI"}),
    ("Ethiopian troops withdrew from the Somali border town.", "RETREAT", {"ETH"}, set()),
    ("Mali freed two Algerian hostages on Sunday.", "RETREAT", {"MLI"}, {"DZA"}),
    ("Romania urged Moldova to speed up its judicial reforms.", "REQUEST", {"ROU"}, {"MDA"}),
    ("Thailand accused Cambodia of violating the ceasefire.", "ACCUSE", {"THA"}, {"KHM"}),
    ("Lithuania condemned Belarus over the border incidents.", "ACCUSE", {"LTU"}, {"BLR"}),
    ("Algeria rejected France's proposal for a joint commission.", "REJECT", {"DZA"}, {"FRA"}),
    ("Azerbaijan threatened Armenia with retaliation.", "THREATEN", {"AZE"}, {"ARM"}),
    (
        "Thousands of protesters marched through Budapest against the government.",
        "PROTEST",
        {"HUN"},
        set(),
    ),
    ("Estonia expelled two Russian diplomats on Wednesday.", "SANCTION", {"EST"}, {"RUS"}),
    ("Sweden imposed sanctions on Iran over the executions.", "SANCTION", {"SWE"}, {"IRN"}),
    ("Venezuela deployed troops to its border with Guyana.", "MOBILIZE", {"VEN"}, {"GUY"}),
    ("Egyptian police arrested dozens of Sudanese migrants in Cairo.", "COERCE", {"EGY"}, {"SDN"}),
    ("Pakistani jets bombed militant hideouts in Afghanistan.", "ASSAULT", {"PAK"}, {"AFG"}),
]


def _events(nlp: Language, text: str, published: str = "2024-05-15") -> list[Event]:
    doc = nlp(text)
    return code_events(doc, [], code_actors(doc), published)


@pytest.mark.parametrize(("text", "etype", "sources", "targets"), CASES)
def test_type_source_and_target(
    nlp: Language, text: str, etype: str, sources: set[str], targets: set[str]
) -> None:
    events = _events(nlp, text)
    assert events, text
    first = events[0]
    assert first.type == etype, [(e.type, e.trigger) for e in events]
    assert sources <= {a.country for a in first.source}
    assert targets <= {a.country for a in first.target}
    assert first.evidence.text == text
    assert text[first.evidence.start : first.evidence.end] == first.evidence.text


def test_every_type_is_covered_by_the_cases() -> None:
    from communique.events.scores import plover_types

    assert {c[1] for c in CASES} == set(plover_types())


@pytest.mark.parametrize(
    "text",
    [
        "Europe and Asia are drifting apart, the analyst said.",
        "The minister made pessimistic remarks about the economy.",
        "The talks were described as difficult by observers.",
    ],
)
def test_comments_are_not_events(nlp: Language, text: str) -> None:
    assert [e for e in _events(nlp, text) if not e.negated] == []


def test_quad_intensity_and_root_come_from_the_score_table(nlp: Language) -> None:
    (event,) = _events(nlp, "Estonia expelled two Russian diplomats on Wednesday.")
    assert (event.quad, event.intensity, event.cameo_root) == (4, -6.0, "16")


def test_content_of_a_threat_is_not_a_second_event(nlp: Language) -> None:
    events = _events(nlp, "Brazil threatened to impose tariffs on Argentine wine.")
    assert [e.type for e in events] == ["THREATEN"]


def test_agreed_ceasefire_is_coded_as_the_ceasefire(nlp: Language) -> None:
    events = _events(nlp, "Sudan and South Sudan agreed to a ceasefire along the border.")
    assert events[0].type == "RETREAT"
    assert {"SDN", "SSD"} <= {a.country for a in events[0].source}


def test_refusing_to_yield_is_a_rejection(nlp: Language) -> None:
    events = _events(nlp, "Croatia said it would not bow to pressure from Serbia.")
    assert events[0].type == "REJECT" and not events[0].negated
