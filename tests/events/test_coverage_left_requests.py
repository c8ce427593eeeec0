"""Constructions political news meets often that coded nothing or the wrong side: telling
someone to do something (a request), sending a wanted person to another country (judicial
cooperation), leaving an international body (cutting ties), charges unsealed by a prosecutor
(the prosecutor accuses), and armed groups attacking a place in their own country (its
civilians are the target). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.records import Event


def _events(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    return [e for e in code_events(doc, [], code_actors(doc), "2024-05-15") if not e.negated]


def _countries(actors: list) -> set[str]:
    return {a.country for a in actors if a.country}


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("Norway told Sweden to reopen the border crossing.", "REQUEST", "NOR", "SWE"),
        ("Chile told Peru to hand over the documents.", "REQUEST", "CHL", "PER"),
        ("Colombia sent the drug kingpin to the United States.", "COOPERATE", "COL", "USA"),
        ("Spain sent the smuggler to France on Monday.", "COOPERATE", "ESP", "FRA"),
        ("Chad, Sudan and Libya left the African Union.", "SANCTION", "TCD", "AU"),
        ("Greece left NATO in 1974.", "SANCTION", "GRC", "NATO"),
    ],
)
def test_event_with_sides(nlp: Language, text: str, etype: str, source: str, target: str) -> None:
    events = [e for e in _events(nlp, text) if e.type == etype]
    assert events, text
    assert source in _countries(events[0].source)
    assert target in _countries(events[0].target)


def test_told_to_is_not_request_without_infinitive(nlp: Language) -> None:
    events = _events(nlp, "Norway told Sweden about the storm.")
    assert not [e for e in events if e.type == "REQUEST"]


def test_leaving_a_meeting_is_not_cutting_ties(nlp: Language) -> None:
    events = _events(nlp, "The Austrian minister left the meeting early.")
    assert not [e for e in events if e.type == "SANCTION"]


def test_unsealed_charges_are_the_prosecutors(nlp: Language) -> None:
    events = _events(nlp, "The French prosecutor unsealed charges against the Italian banker.")
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert accuse
    assert "FRA" in _countries(accuse[0].source)


def test_armed_group_attacking_at_home_targets_civilians(nlp: Language) -> None:
    events = _events(nlp, "Armed gangs attacked a village in northern Nigeria.")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault
    assert [(a.country, a.sector) for a in assault[0].target] == [("NGA", "CVL")]


def test_government_acting_at_home_gets_no_civilian_target(nlp: Language) -> None:
    events = _events(nlp, "Nigerian police raided a warehouse in Lagos.")
    assert all(not any(a.sector == "CVL" for a in e.target) for e in events)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("A strike by Portuguese nurses shut clinics across the country.", "PROTEST"),
        ("A week-long strike by Greek doctors began on Monday.", "PROTEST"),
        ("The strike by Russian drones damaged a power station.", "ASSAULT"),
    ],
)
def test_doer_in_by_phrase_chooses_the_sense(nlp: Language, text: str, etype: str) -> None:
    """'a strike by nurses' is a labour strike, as 'nurses went on strike' is."""
    assert [e.type for e in _events(nlp, text) if e.trigger and "strike" in e.trigger] == [etype]


def test_act_blamed_on_someone_is_theirs(nlp: Language) -> None:
    """'The shelling was blamed on Azerbaijan': no accuser is named, so the report is of the
    shelling, done by the one it is blamed on."""
    events = _events(nlp, "The shelling of the village was blamed on Azerbaijan.")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault
    assert "AZE" in _countries(assault[0].source)


def test_blame_with_an_accuser_stays_an_accusation(nlp: Language) -> None:
    events = _events(nlp, "The shelling was blamed by Armenia on Azerbaijan.")
    assert [e.type for e in events] == ["ACCUSE"]
    assert _countries(events[0].source) == {"ARM"}
    assert _countries(events[0].target) == {"AZE"}


def test_being_on_a_visit_is_visiting(nlp: Language) -> None:
    events = _events(nlp, "The Peruvian foreign minister is on a visit to Brazil.")
    visit = [e for e in events if e.type == "CONSULT"]
    assert visit
    assert _countries(visit[0].source) == {"PER"}
    assert _countries(visit[0].target) == {"BRA"}


def test_commenting_on_an_act_does_not_do_it(nlp: Language) -> None:
    events = _events(nlp, "The Peruvian minister commented on the attack on Brazil.")
    assert not any("PER" in _countries(e.source) for e in events if e.type == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The withdrawal of Belgian troops from Rwanda began in June.", "BEL", "RWA"),
        ("Italy completed the withdrawal of its soldiers from Lebanon.", "ITA", "LBN"),
        ("Dutch troops finished their withdrawal from Afghanistan.", "NLD", "AFG"),
    ],
)
def test_withdrawal_from_a_place_leaves_it(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """The 'from' phrase of a withdrawal is what is left, not who leaves."""
    retreat = [e for e in _events(nlp, text) if e.type == "RETREAT"]
    assert retreat
    assert _countries(retreat[0].source) == {source}
    assert target in _countries(retreat[0].target)


def test_phrase_trigger_opening_a_sentence(nlp: Language) -> None:
    """'Industrial action by ...' opens with an adjective: the phrase is still a noun."""
    events = _events(nlp, "Industrial action by Irish nurses closed wards in Dublin.")
    protest = [e for e in events if e.type == "PROTEST"]
    assert protest
    assert _countries(protest[0].source) == {"IRL"}
