"""The main clause's event comes first: a sentence with several events lists the one the
sentence reports before those in relative or subordinate clauses, which are background, and a
main verb the parser hung on the subject after a relative clause is still the main event.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.records import Event


def _events(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    return code_events(doc, [], code_actors(doc), "2024-05-15")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "The Colombian president, who visited Caracas last year, called for new elections"
            " in Venezuela.",
            "REQUEST",
        ),
        ("Russia expelled two Estonian envoys after Estonia arrested a Russian spy.", "SANCTION"),
        ("Iran condemned the US strike that killed the general.", "ACCUSE"),
        ("Police who were attacked by protesters fired tear gas.", "COERCE"),
    ],
)
def test_main_event_first(nlp: Language, text: str, etype: str) -> None:
    events = [e for e in _events(nlp, text) if not e.negated]
    assert events and events[0].type == etype, (text, events)


def test_misparsed_main_verb_keeps_its_subject(nlp: Language) -> None:
    events = _events(
        nlp,
        "The Colombian president, who visited Caracas last year, called for new elections"
        " in Venezuela.",
    )
    request = next(e for e in events if e.type == "REQUEST")
    assert [a.name for a in request.source] == ["Colombian president"]
