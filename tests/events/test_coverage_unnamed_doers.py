"""An event whose doer is a pronoun or a noun phrase the actor tables do not know is still an
event: in an article 'he' points at someone named earlier, and the type of what was done is
known. Users counting events must not lose them; things (storms, prices) and the speaker's own
side stay out. Sentences written for these tests."""

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
    ("text", "etype", "doer"),
    [
        ("He threatened to cut off funding to the Kenyan schools.", "THREATEN", "He"),
        ("She criticised the Brazilian government over the dam.", "ACCUSE", "She"),
        ("They stormed the Danish consulate on Sunday.", "ASSAULT", "They"),
        ("The inquiry board accused the Peruvian navy of negligence.", "ACCUSE", None),
    ],
)
def test_pronoun_or_uncoded_doer_keeps_event(
    nlp: Language, text: str, etype: str, doer: str | None
) -> None:
    events = _events(nlp, text)
    assert events, text
    first = events[0]
    assert first.type == etype
    assert first.source, "the doer is kept as the source"
    assert all(a.country is None for a in first.source)
    if doer is not None:
        assert first.source[0].text == doer


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit the Chilean coast on Monday.",
        "It rained heavily across Portugal.",
    ],
)
def test_things_are_not_doers(nlp: Language, text: str) -> None:
    assert not _events(nlp, text)
