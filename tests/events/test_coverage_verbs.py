"""Verb and noun classes a political coder meets often: rebukes and censure (ACCUSE),
deceit reported by someone (an accusation by the reporter), police checks and inspections
(ACCUSE, investigate), honours awarded (SUPPORT), acts by a named body that the actor tables do
not know, and statements spoken through a document ("X's notice alleged"). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.records import Event


def _main(nlp: Language, text: str) -> Event | None:
    doc = nlp(text)
    events = code_events(doc, [], code_actors(doc), "2024-05-15")
    return next((e for e in events if not e.negated), events[0] if events else None)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Dutch minister was reprimanded by parliament for the leak.", "ACCUSE"),
        ("The Polish president lambasted the European Commission.", "ACCUSE"),
        ("The Senate censured the Brazilian senator on Tuesday.", "ACCUSE"),
        ("The Greek prime minister faulted Turkey for the delay.", "ACCUSE"),
        ("The Lebanese minister said the central bank had misled the public.", "ACCUSE"),
        ("The Kenyan minister said the officials had violated the rules.", "ACCUSE"),
        ("Chilean officers interviewed the witnesses on Monday.", "ACCUSE"),
        ("Mexican police are carrying out checks on all vehicles leaving the city.", "ACCUSE"),
        ("The Czech ministry ordered inspections of all coal mines.", "ACCUSE"),
        ("The Ghanaian president was awarded the country's highest honour.", "SUPPORT"),
        ("On Friday, code hosting website GitHub blocked public access to the archive.", "COERCE"),
        ("RIAA's notice alleged the software was used to copy music.", "ACCUSE"),
        ("Russia's statement condemned the Lithuanian decision.", "ACCUSE"),
        ("Qatar offered talks to the Taliban.", "AGREE"),
        ("Iran made an offer to resume nuclear talks.", "AGREE"),
        # phrasal verbs of political news
        ("The Colombian government called off peace talks with the ELN.", "SANCTION"),
        ("The two parties broke off negotiations on Tuesday.", "SANCTION"),
        ("Russia pulled out of the nuclear treaty.", "SANCTION"),
        ("Russian troops pulled out of Kherson.", "RETREAT"),
        ("The Chinese coast guard turned away a Philippine supply boat.", "COERCE"),
        ("Rebels laid siege to the city of El Fasher.", "ASSAULT"),
        ("Ukraine hit back at Russian claims.", "ACCUSE"),
        ("The Hungarian prime minister lashed out at Brussels.", "ACCUSE"),
        ("The German chancellor spoke out against the law.", "ACCUSE"),
        ("The EU slapped new tariffs on Chinese electric vehicles.", "SANCTION"),
        ("Azerbaijan closed the Lachin corridor.", "COERCE"),
        ("Israel and Jordan coordinated security along the border.", "COOPERATE"),
        ("The Turkish army placed its forces on alert.", "MOBILIZE"),
        ("The Indian government is working with Japan on a high-speed rail line.", "COOPERATE"),
        ("French and German police joined forces to dismantle the network.", "COOPERATE"),
        ("Kenya teamed up with Ethiopia against the locust swarm.", "COOPERATE"),
        # thanks to someone is praise
        ("The Kenyan senator thanked her supporters after the vote.", "SUPPORT"),
        # courts and police
        ("The Supreme Court struck down the law.", "CONCEDE"),
        ("He was remanded in custody until his trial.", "COERCE"),
        ("The FBI launched a manhunt for the suspect.", "COERCE"),
        ("The Kenyan appeals court upheld the conviction of the former minister.", "SANCTION"),
        # pledged backing is verbal support; pledged money or arms is aid
        ("Rwanda pledged support for the peace process.", "SUPPORT"),
        ("Japan pledged military support for the Philippines.", "AID"),
        ("Russia offered to mediate between Armenia and Azerbaijan.", "AGREE"),
        ("The leaders of Greece and Turkey spoke by telephone on Friday.", "CONSULT"),
        # 'by telephone' is a manner, not an agent, whatever the parser says
        ("The leaders of the two countries spoke by telephone on Friday night.", "CONSULT"),
        # a name beside its kind noun is a doer the tables need not know
        ("Streaming service Netflix restored access to the documentary.", "CONCEDE"),
    ],
)
def test_class_is_coded(nlp: Language, text: str, etype: str) -> None:
    main = _main(nlp, text)
    assert main is not None and main.type == etype, (text, main)


def test_reported_deceit_is_the_reporters_accusation(nlp: Language) -> None:
    main = _main(nlp, "The Lebanese minister said the central bank had misled the public.")
    assert main is not None and main.type == "ACCUSE"
    assert [a.name for a in main.source] == ["Lebanese minister"]
    assert [a.name for a in main.target] == ["central bank"]


@pytest.mark.parametrize(
    "text",
    [
        "The village lies in a valley near the Turkish border.",
        "Germany's economy suffered a sharp contraction.",
        "The storm hit the Cuban coast on Monday.",
        "The Kenyan shop checks every bag at the door.",
        "She worked with children for ten years.",
        # thanks with no one thanked is politeness
        "The Dutch prime minister thanked everyone for coming.",
        # offering a product or service is commerce, not an intent to cooperate
        "They both offer flights to Cuban cities.",
        "The Turkish bank offered a discount to Syrian refugees.",
    ],
)
def test_not_events(nlp: Language, text: str) -> None:
    main = _main(nlp, text)
    assert main is None, (text, main)
