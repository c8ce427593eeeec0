"""Event frames political news uses all the time and the coder must not miss: orders and
commands, undergoing or provoking an event named by a noun ('faces charges', 'sparked
protests'), requests made 'at the request of' someone, vows of force (threats), softened
stances, recaptured towns, police questioning. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.records import Event


def _events(nlp: Language, text: str, published: str = "2024-05-15") -> list[Event]:
    doc = nlp(text)
    return code_events(doc, [], code_actors(doc), published)


def _main(events: list[Event]) -> Event | None:
    """The event a scorer takes: the first one not negated."""
    return next((e for e in events if not e.negated), events[0] if events else None)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # light verb + instrument noun
        ("The Mexican governor issued an executive order on Monday.", "COERCE"),
        # a commitment to use force is a threat; a commitment not to is not
        ("The Turkish president vowed to retaliate against the Kurdish militants.", "THREATEN"),
        ("The Russian president pledged to impose sanctions on Latvia.", "THREATEN"),
        ("The Indian minister promised to arrest the smugglers.", "THREATEN"),
        ("Venezuela and Guyana pledged not to use force against each other.", "AGREE"),
        ("The Japanese prime minister pledged to support Ukraine.", "AGREE"),
        # commands: a request to the public, the act itself when an authority is set on it
        ("The Cuban governor instructed residents to evacuate.", "REQUEST"),
        ("The French mayor advised residents of her city to stay indoors.", "REQUEST"),
        ("The Serbian president instructed police to detain the protest leaders.", "COERCE"),
        # an order to one's own forces is the ordered act; to anyone else, a demand
        ("Putin ordered troops to withdraw from Kherson.", "RETREAT"),
        ("The Israeli prime minister ordered the army to strike Hamas targets in Gaza.", "ASSAULT"),
        ("Mali's junta ordered UN peacekeepers to leave.", "REQUEST"),
        ("The Thai court ordered the government to pay compensation.", "REQUEST"),
        ("The Russian defence minister ordered troops to the Ukrainian border.", "MOBILIZE"),
        ("The Kenyan court ordered the release of the journalists.", "RETREAT"),
        # CAMEO verbs
        ("Russian jets pounded rebel positions in Idlib.", "ASSAULT"),
        ("North Korea test-fired a ballistic missile on Sunday.", "MOBILIZE"),
        ("Students staged a sit-in at the university.", "PROTEST"),
        ("Israel demolished the homes of Palestinian attackers.", "COERCE"),
        # nominal events carried by verbs whose subject is not the doer
        ("The Chilean minister faces charges of corruption.", "ACCUSE"),
        ("Toronto police face allegations they failed to act quickly.", "ACCUSE"),
        ("The Hungarian bill has sparked protests across the country.", "PROTEST"),
        ("The decision prompted objections from Polish conservatives.", "ACCUSE"),
        ("She acted at the request of the Canadian prime minister.", "REQUEST"),
        ("The decision drew praise from the European Union.", "SUPPORT"),
        ("The Russian embassy came under attack on Sunday.", "ASSAULT"),
        ("The Ugandan opposition leader faces arrest if he returns.", "COERCE"),
        # the reaction is the sentence's event; the noun event in subject position is its topic
        ("The Iranian attack drew condemnation from world leaders.", "ACCUSE"),
        # verbs
        ("The Turkish president later softened his stance on the border.", "CONCEDE"),
        ("The Syrian army recaptured the city in 2016.", "ASSAULT"),
        ("The city was recaptured by Syrian government forces in 2016.", "ASSAULT"),
        ("The suspect was interviewed by Chilean police twice.", "ACCUSE"),
        ("Polish police were able to question the driver on Monday.", "ACCUSE"),
        ("The Chilean church has been penalised for covering up abuse.", "SANCTION"),
        ("The Kenyan president commuted the sentence of the former minister.", "RETREAT"),
        ("The Peruvian candidate announced the end of his campaign on Friday.", "RETREAT"),
    ],
)
def test_frame_is_coded(nlp: Language, text: str, etype: str) -> None:
    main = _main(_events(nlp, text))
    assert main is not None and main.type == etype, (text, main)


def test_vow_of_force_is_a_threat_made_now(nlp: Language) -> None:
    """'vowed to retaliate': the retaliation lies ahead, the threat was made."""
    main = _main(_events(nlp, "The Turkish president vowed to retaliate against the militants."))
    assert main is not None and main.type == "THREATEN" and not main.intended


def test_undergoer_is_the_target_not_the_source(nlp: Language) -> None:
    main = _main(_events(nlp, "The Chilean minister faces charges of corruption."))
    assert main is not None
    assert [a.name for a in main.target] == ["Chilean minister"]
    assert main.source == []


def test_requester_is_the_source(nlp: Language) -> None:
    main = _main(_events(nlp, "She acted at the request of the Canadian prime minister."))
    assert main is not None and main.type == "REQUEST"
    assert any(a.country == "CAN" for a in main.source)


@pytest.mark.parametrize(
    "text",
    [
        "By the end of the campaign, the Peruvian candidate had raised $2 million.",
        "The Brazilian minister issued a statement on Monday.",
        "The storm caused damage across the Cuban coast.",
        "The police officer was interviewed by a Chilean newspaper.",
        "She ordered a coffee.",
        # a caused happening with no one acting or acted on
        "The fire triggered an evacuation of the building.",
        "The film sparked debate across France.",
        # a condition is not an event
        "The Bolivian trial could begin on Tuesday, subject to agreement on the procedures.",
        "The Nepalese plan stays on hold pending approval by parliament.",
        "The Ukrainian army ordered 200 new tanks.",
    ],
)
def test_not_events(nlp: Language, text: str) -> None:
    main = _main(_events(nlp, text))
    assert main is None, (text, main)


def test_order_content_is_the_event(nlp: Language) -> None:
    """An order that pardons prisoners is the pardon, not a coercive order."""
    events = _events(nlp, "The Egyptian president issued a decree pardoning 500 prisoners.")
    assert events and events[0].type == "RETREAT"


def test_negated_command_negates_the_commanded_act(nlp: Language) -> None:
    """'did not instruct police to detain them': no detention was ordered."""
    main = _events(nlp, "The Serbian president did not instruct police to detain the leaders.")
    coerce = [e for e in main if e.type == "COERCE"]
    assert coerce and all(e.negated for e in coerce)
    assert not any(e.type == "REQUEST" and not e.negated for e in main)
