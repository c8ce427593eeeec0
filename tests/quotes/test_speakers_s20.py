"""Speaker rules of session 20: a name closing a sentence after a comma reports the clause
before it even when the parse hung the name inside that clause, when the cue has time and
place of its own ('said on Friday'), and when the holder's office is a list of capitalised
remits with commas of its own ('Trade, Industry and Competition Minister').

Sentences written for Communique.
"""

from __future__ import annotations

import pytest

from .helpers import Run, quote_holding, speaker_of

FORMS = [
    # an office whose remit is a list: the clause ends at the comma before the list
    (
        "Kenya has won a cut in EU duties on cut flowers and tea but lost its case on "
        "avocados, Trade, Investment and Industry Minister Lee Kinyanjui said on Monday.",
        "lost its case on avocados",
        "Lee Kinyanjui",
    ),
    # the parse hung the name inside the clause and left the cue without a subject
    (
        "Brazil has won a cut in tariffs on coffee, Trade and Industry Minister Jane "
        "Doe said on Friday.",
        "Brazil has won a cut in tariffs on coffee",
        "Jane Doe",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), FORMS)
def test_session_twenty_forms(run: Run, text: str, words: str, speaker: str | None) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker


def test_the_remit_list_stays_out_of_the_reported_clause(run: Run) -> None:
    """The span is the reported clause: no word of the speaker's office in it."""
    text = (
        "Kenya has won a cut in EU duties on cut flowers and tea but lost its case on "
        "avocados, Trade, Investment and Industry Minister Lee Kinyanjui said on Monday."
    )
    quotes, _ = run(text)
    assert quote_holding(quotes, "cut flowers").text.endswith("avocados")


def test_a_list_of_places_before_a_minister_stays_in_the_clause(run: Run) -> None:
    """Places listed at the end of the clause are not a remit: only a list joined by 'and'
    right before a title is."""
    text = "The new forms were sent to Lagos, Abuja and Kano, Transport Minister Jane Doe said."
    quotes, _ = run(text)
    q = quote_holding(quotes, "The new forms were sent")
    assert q.text.endswith("Kano") and q.speaker == "Jane Doe"
