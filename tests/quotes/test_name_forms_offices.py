"""A long office title before a name is not part of the name, and neither is an honorific.

'High Representative for Foreign Affairs and Security Policy Kaja Kallas': the tagger often
starts the name a word or two early ('Policy Kaja Kallas') or takes the whole office into a
body ('the Legislative Assembly R. Ashoka'). South Asian and West African copy puts honorifics
before names ('Shri', 'Smt.', 'Mallam', 'Alhaji') that annotators leave out of the name, as
they leave out 'Mr'. Sentences written for Communique, with made-up names.
"""

from __future__ import annotations

import pytest

from .helpers import Run
from .helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "High Commissioner for Trade and Economic Security Policy Maren Holt said the "
            "rules would change.",
            "Maren Holt",
        ),
        (
            "Leader of the Opposition in the Legislative Council K. Raghavan said the "
            "budget was a fraud.",
            "K. Raghavan",
        ),
        (
            "Union Minister Shri Ramesh Kumar Verma said the scheme had worked.",
            "Ramesh Kumar Verma",
        ),
        ("Smt. Kavita Nair told the house that the bill was passed.", "Kavita Nair"),
        ("Party spokesman Mallam Musa Garba said the timetable was unfair.", "Musa Garba"),
        ("Alhaji Sani Bello said the market would reopen.", "Sani Bello"),
        (
            "Minister for Emergency Services Omar Haddad said crews had made 900 rescues.",
            "Omar Haddad",
        ),
        ("Trustee Helen Marsh told the meeting the program was failing.", "Helen Marsh"),
        ("Cr Adam Quill said the main streets went quiet.", "Adam Quill"),
        ("Coast guard spokesman Commodore Ramon Dizon said the footage was clear.", "Ramon Dizon"),
        ("Brigadier Tom Akers told reporters the base would stay open.", "Tom Akers"),
        ("Northwind Motors Chair and CEO Ruth Vance said costs would rise.", "Ruth Vance"),
        (
            "09.15 GMT\n\nChris Bowen, the Australian climate minister who is presiding "
            'over the negotiations, has just spoken to reporters.\n\n"We are close," he said.',
            "Chris Bowen",
        ),
    ],
)
def test_office_words_and_honorifics_stay_out_of_the_name(run: Run, text: str, name: str) -> None:
    assert _speakers(run, text) == [name]


def test_a_title_right_before_a_name_keeps_a_given_name_that_is_also_a_noun(run: Run) -> None:
    # 'bola' is an English noun too; after a title it is still the given name
    assert _speakers(run, "President Bola Ahmed Tinubu said the reform would stay.") == [
        "Bola Ahmed Tinubu"
    ]


def test_initials_that_open_a_bank_name_are_no_person(run: Run) -> None:
    assert _speakers(run, "J.P. Morgan said profits rose in the quarter.") == ["J.P. Morgan"]


def test_the_honorific_before_a_surname_finds_the_full_name(run: Run) -> None:
    quotes, _ = run(
        "Union Minister Shri Ramesh Kumar Verma opened the clinic. Shri Verma said the "
        "scheme had reached every district."
    )
    assert [q.speaker for q in quotes] == ["Ramesh Kumar Verma"]
