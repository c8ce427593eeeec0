"""Common news verbs and phrases users expect as PLOVER events: praise, legal charges,
stepping down from office or a race, bail, sending police or guards, legalising, banning,
evacuation orders, advice to the public, jailing. Sentences written for these tests."""

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
        ("The Irish minister lauded Norway for its mediation.", "SUPPORT"),
        ("Prosecutors pressed charges against the Hungarian mayor.", "ACCUSE"),
        ("The Senate passed articles of impeachment against the Peruvian president.", "ACCUSE"),
        ("The Estonian prime minister retired from politics in May.", "RETREAT"),
        ("The Austrian candidate ended her campaign on Friday.", "RETREAT"),
        ("A Kenyan court granted bail to the opposition leader.", "RETREAT"),
        ("Mexico sent 500 guardsmen to the northern border.", "MOBILIZE"),
        ("Thailand legalised same-sex marriage last year.", "CONCEDE"),
        ("A Greek court quashed the convictions of the two journalists.", "CONCEDE"),
        ("The Nepalese government prohibited rallies in the capital.", "COERCE"),
        ("The Philippine governor issued an evacuation order for the island.", "COERCE"),
        ("Japanese officials advised residents to stay indoors.", "REQUEST"),
        ("A Turkish court jailed the editor for six years.", "SANCTION"),
        # appealing against a ruling (the verb alone, in court news) rejects it; appealing
        # for something or to someone is a request
        ("The Danish company said it will appeal against the verdict.", "REJECT"),
        ("The Romanian lawyers announced their intent to appeal.", "REJECT"),
        ("The Malian president appealed for calm.", "REQUEST"),
        # 'outside' is a place preposition even when the parser reads it as an adjective
        ("Hundreds of Chileans rallied outside parliament on Monday.", "PROTEST"),
    ],
)
def test_news_verb_type(nlp: Language, text: str, etype: str) -> None:
    events = _events(nlp, text)
    assert events, text
    assert events[0].type == etype


def test_sending_aid_is_not_mobilising(nlp: Language) -> None:
    events = _events(nlp, "Mexico sent doctors and tents to the flooded region.")
    assert all(e.type != "MOBILIZE" for e in events)
