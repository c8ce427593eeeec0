"""Bodies named once and then by a bare noun: 'the army' after 'the Ghanaian military', 'his
family' after the article names 'the Mensah family'. Readers file such quotations under the
body the article named; a family the article never names as one stays unnamed. Sentences
written for Communique.
"""

from __future__ import annotations

from .helpers import Run
from .helpers import speaker_of as _speaker_of


def test_a_bare_army_points_back_to_the_named_military(run: Run) -> None:
    text = (
        "A transport helicopter belonging to the Ghanaian military came down near Tamale on "
        "Sunday. The army said the crew had lost power after an engine fault."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "engine fault") == "Ghanaian military"


def test_a_family_the_article_names_speaks_under_that_name(run: Run) -> None:
    text = (
        "The singer Kofi Mensah died on Friday at the age of 81, his family said. He had "
        "been ill for several months.\n\n"
        "Friends of the Mensah family gathered outside the house on Saturday. The family said "
        "a private funeral would be held next week."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "private funeral") == "Mensah family"


def test_a_family_never_named_as_one_stays_unnamed(run: Run) -> None:
    text = (
        "Police charged Tomas Reyes with fraud on Monday. His family said the charges were "
        "unfounded."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "charges were unfounded") is None


def test_a_sentence_initial_name_with_an_indefinite_apposition(run: Run) -> None:
    text = (
        "The airline flies three old freighters.\n\n"
        "Skyledger, a registry of commercial aircraft, states the fleet includes two Boeing "
        "737s."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "fleet includes") == "Skyledger"
