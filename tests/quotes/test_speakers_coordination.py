"""Coordinated verbs share the speaker, and a reported clause's own subject never speaks.

'Finland will close the border, Prime Minister X said, and accused Moscow of "..."': the one
who accused is X, not Finland. Sentences written for Communique.
"""

from __future__ import annotations

from .helpers import Run
from .helpers import speaker_of as _speaker_of


def test_a_conjunct_after_a_parenthetical_cue_shares_its_speaker(run: Run) -> None:
    text = (
        "Estonia will shut two more crossings, Prime Minister Kristen Michal said, and "
        'accused Moscow of "using refugees as a battering ram."'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "battering ram") == "Kristen Michal"


def test_the_subject_of_what_was_written_is_not_the_writer(run: Run) -> None:
    text = 'Hegseth wrote on X that the patrols would continue "until the threat is gone."'
    quotes, _ = run(text)
    assert _speaker_of(quotes, "patrols would continue") == "Hegseth"
