"""Outlets and relays: the speaker is the named source, the outlet its full title.

Sentences written for Communique. A trailing agency clause ('..., the state news agency TASS
reported') relays a named source's words, and an outlet whose title goes on with 'of' and a
place ('The Times of Israel') is named by the whole title.
"""

from __future__ import annotations

import pytest

from .helpers import Run


@pytest.mark.parametrize(
    "text",
    [
        '"The launch went as planned," Oleg Baranov said, the state news agency TASS reported.',
        '"The launch went as planned," Oleg Baranov told reporters, Interfax reported.',
    ],
)
def test_a_trailing_agency_clause_keeps_the_named_source(run: Run, text: str) -> None:
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["Oleg Baranov"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Times of India reported that the talks had stalled.", "Times of India"),
        ("The talks had stalled, Voice of America reported.", "Voice of America"),
        ("The Moscow Times reported that the talks had stalled.", "Moscow Times"),
    ],
)
def test_an_outlet_title_with_of_is_named_whole(run: Run, text: str, name: str) -> None:
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == [name]


def test_an_outlet_quoting_an_unnamed_official_is_the_source(run: Run) -> None:
    text = (
        "The Times of Malta quoted an unnamed government official as saying that the "
        'ferry "will not sail until the inquiry ends."'
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["Times of Malta"]
