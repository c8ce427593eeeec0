"""Classes of news wording whose PLOVER type users rely on: pardons, stepping down, heckling,
dismissals, ultimatums, recalled envoys, joint drills, legal proceedings, helping to do
something. Sentences written for these tests."""

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
        # releasing a person (CAMEO 0841) is a retreat; an amnesty for a group eases dissent
        ("The Kenyan president granted the jailed journalist a full pardon.", "RETREAT"),
        ("On Friday the French president issued four pardons.", "RETREAT"),
        ("Thailand's parliament granted amnesty to the protesters.", "CONCEDE"),
        # heckling a leader in a chamber is a protest, not a verbal accusation
        ("Opposition lawmakers shouted at the Polish prime minister in parliament.", "PROTEST"),
        # joining a framework is an intention to cooperate, not a signed agreement
        ("Chile will sign up to the Pacific fisheries framework next year.", "AGREE"),
        # pulling an envoy out reduces relations
        ("Peru withdrew its ambassador to Mexico on Monday.", "SANCTION"),
        ("Canada will remove its troops from Latvia next year.", "RETREAT"),
        # dismissing an idea is rejecting it
        ("The Brazilian president called the proposal a waste of time.", "REJECT"),
        ("Ghana's foreign minister called the annexation a violation of law.", "ACCUSE"),
        # a deadline given to the other side is an ultimatum
        ("Serbian students gave the government until Monday to resign.", "THREATEN"),
        ("ECOWAS gave Mali's junta two weeks to hand over power.", "THREATEN"),
        ("Germany gave Ukraine two billion euros this week.", "AID"),
        ("Spain and Portugal began swapping electricity across the border.", "COOPERATE"),
        ("Turkey issued arrest warrants for twelve Swedish activists.", "COERCE"),
        ("The European Commission opened formal proceedings against Google.", "ACCUSE"),
        # drills by two or more armies together are military cooperation
        ("Indian and French warships held a bilateral naval drill on Friday.", "COOPERATE"),
        ("Bolivia and Chile committed on Monday to a framework for water sharing.", "AGREE"),
        ("Ministers of the African Union gathered in Accra for a two-day summit.", "CONSULT"),
        ("Portuguese lawmakers gave the Moldovan president a standing ovation.", "SUPPORT"),
        ("The Turkish transport ministry announced new restrictions on flights to Iraq.", "COERCE"),
        ("Norway and Sweden have been exchanging data on Baltic shipping.", "COOPERATE"),
        # one side agreeing to a concession concedes; two agreeing together make a deal
        ("Under pressure from its allies, Serbia agreed to lift the import ban.", "CONCEDE"),
        ("Serbia and Albania agreed to reopen two border crossings.", "AGREE"),
        # the one who passes or signs an instrument named after the event does it
        ("Kenya's parliament passed an amnesty bill for the jailed protesters.", "CONCEDE"),
        ("Argentina plans to withdraw from the World Trade Organization.", "SANCTION"),
        # leaving force on the table is a threat; a court ordering a suspension coerces
        ("The Turkish president did not rule out military action against Syria.", "THREATEN"),
        ("Putin refused to rule out using nuclear weapons against Poland.", "THREATEN"),
        ("India's Supreme Court ordered the suspension of the news channel.", "COERCE"),
        # a named doer the entity tagger missed still does the act
        ("The broadcaster Zanotel withdrew its reporters from the border town.", "RETREAT"),
        # a bare 'helped' takes part in what was helped with
        ("Norway helped negotiate the peace deal between Colombia and the rebels.", "CONSULT"),
    ],
)
def test_type_of_news_wording(nlp: Language, text: str, etype: str) -> None:
    events = _events(nlp, text)
    assert events, text
    assert events[0].type == etype, [(e.type, e.trigger) for e in events]


def test_not_seeking_reelection_is_stepping_down(nlp: Language) -> None:
    events = _events(nlp, "The Chilean president said he will not seek re-election next year.")
    assert events, "no event"
    first = events[0]
    assert first.type == "RETREAT" and not first.negated
    assert first.intended  # announced now, done later
    assert "CHL" in {a.country for a in first.source}


def test_declining_to_seek_reelection_is_stepping_down(nlp: Language) -> None:
    events = _events(nlp, "The Peruvian president declined to seek re-election.")
    assert events and events[0].type == "RETREAT", [(e.type, e.trigger) for e in events]


def test_seeking_reelection_is_no_event(nlp: Language) -> None:
    events = _events(nlp, "The Chilean president said he will seek re-election next year.")
    assert [e.type for e in events if e.type == "RETREAT"] == []


def test_a_tradition_of_not_seeking_office_is_no_event(nlp: Language) -> None:
    text = "The charter kept a long tradition of not seeking a third term in office."
    assert [e.type for e in _events(nlp, text) if e.type == "RETREAT"] == []


def test_a_decision_to_act_is_the_deciders_act(nlp: Language) -> None:
    events = _events(nlp, "Poland's decision to send tanks to Ukraine surprised its allies.")
    assert events and events[0].type == "AID", [(e.type, e.trigger) for e in events]
    assert "POL" in {a.country for a in events[0].source}


def test_helping_someone_do_something_stays_aid(nlp: Language) -> None:
    events = _events(nlp, "Germany helped Ukraine repair its power grid.")
    assert events and events[0].type == "AID", [(e.type, e.trigger) for e in events]


def test_army_chief_warning_of_his_government_response_is_a_threat(nlp: Language) -> None:
    events = _events(
        nlp, "Egypt's army chief warned that Cairo would respond forcefully to any attack."
    )
    assert events and events[0].type == "THREATEN", [(e.type, e.trigger) for e in events]


def test_capitalised_plural_at_sentence_start_still_matches(nlp: Language) -> None:
    events = _events(nlp, "Tributes were paid by the Spanish king and the Italian president.")
    assert events and events[0].type == "SUPPORT", [(e.type, e.trigger) for e in events]
