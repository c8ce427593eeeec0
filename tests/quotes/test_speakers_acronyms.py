"""Bodies the article names in full: defined acronyms and names with an 'in' complement.

'The Pakistan Tehreek-e-Insaf (PTI) ... PTI said' is the party, under its full name, even
though a news agency shares the acronym; a body defined with its acronym is never read as a
person; 'the Organization for Security and Co-operation in Europe' keeps its last words.
Sentences written for Communique.
"""

from __future__ import annotations

from .helpers import Run
from .helpers import speaker_of as _speaker_of


def test_a_defined_acronym_speaks_under_the_full_name(run: Run) -> None:
    text = (
        "The Pakistan Tehreek-e-Insaf (PTI) walked out of the assembly on Tuesday. "
        "PTI said the budget vote had been rigged."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "budget vote had been rigged") == "Pakistan Tehreek-e-Insaf"


def test_a_mission_with_its_seat_keeps_the_seat(run: Run) -> None:
    text = (
        "The United Nations Verification Mission in Colombia (UNVMC) said the ceasefire had "
        "held. UNVMC added that two camps had been closed."
    )
    quotes, _ = run(text)
    name = "United Nations Verification Mission in Colombia"
    assert _speaker_of(quotes, "ceasefire had held") == name
    assert _speaker_of(quotes, "two camps had been closed") == name


def test_a_body_defined_with_its_acronym_is_no_person(run: Run) -> None:
    text = (
        "Alejandro Ruiz, director of the Civic Election Watch (WEC), warned that the campaign "
        "was putting candidates at risk. According to its latest report, the group has "
        "recorded 200 attacks this year."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "recorded 200 attacks") == "Civic Election Watch"


def test_a_body_named_for_a_purpose_keeps_its_in_complement(run: Run) -> None:
    text = (
        "The Organization for Security and Co-operation in Europe said the count had been "
        "transparent."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "count had been") == (
        "Organization for Security and Co-operation in Europe"
    )
