"""Name strings the small NER model cuts: numbered outlets, outlets after a descriptor
('newspaper The Statesman'), hyphenated roles, particle names tagged as bodies, and role
words that are given names.

Sentences written for Communique (made-up names and events). A numbered outlet ('Channel 7',
'France 24') is named with its number; a hyphenated role ('co-author', 'vice-president') is no
part of the speaker's name and never the speaker itself; 'Ana María de los Santos' tagged as
an organisation is a person under her whole name; 'Sultan' before a family name is a given
name, while a ruler's title before a given name is still stripped.
"""

from __future__ import annotations

import pytest

from .helpers import Run
from .helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Indeed, Channel 7 reported, the road was closed.", "Channel 7"),
        ("The road to the port was closed, Channel 7 reported.", "Channel 7"),
        ("The talks had stalled, France 24 said.", "France 24"),
        ("France 24 said the talks had stalled.", "France 24"),
        ("The ferry had sailed late, Channel 4 News reported.", "Channel 4 News"),
        ("The dam had cracked, WION reported.", "WION"),
    ],
)
def test_a_numbered_outlet_keeps_its_number(run: Run, text: str, name: str) -> None:
    assert _speakers(run, text) == [name]


def test_a_date_after_a_month_is_not_a_numbered_name(run: Run) -> None:
    quotes, _ = run("The talks will resume on May 24, Dana Holt said.")
    assert [q.speaker for q in quotes] == ["Dana Holt"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The data are clear," study co-author Mia Lund said.', "Mia Lund"),
        ("The sample was too small, said study co-author Mia Lund.", "Mia Lund"),
        ("According to study co-author Mia Lund, the sample was too small.", "Mia Lund"),
        ('"We started small," co-founder Raj Patel said.', "Raj Patel"),
        ("Vice-President Ana Ruiz said the vote would be held.", "Ana Ruiz"),
        ('"It was a mistake," ex-minister Tom Hale said.', "Tom Hale"),
        ("The budget was sound, then-governor Ed Bell told lawmakers.", "Ed Bell"),
        ('"We will march," self-described activist Lee Chan said.', "Lee Chan"),
        ("Lab co-director Nina Berg said the results were early.", "Nina Berg"),
    ],
)
def test_a_hyphenated_role_is_not_part_of_the_name(run: Run, text: str, name: str) -> None:
    assert _speakers(run, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Ana María de los Santos said the town would stay.",
        "Ana María de los Santos, a teacher, said the town would stay.",
        '"We will stay," Ana María de los Santos said.',
    ],
)
def test_a_particle_name_tagged_as_a_body_is_a_whole_person(run: Run, text: str) -> None:
    assert _speakers(run, text) == ["Ana María de los Santos"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The plan is sound," Sultan Al Jaber said.', "Sultan Al Jaber"),
        ("Sultan Al Jaber said the plan was sound.", "Sultan Al Jaber"),
        ("Sultan Ahmed Al Jaber said the plan was sound.", "Sultan Ahmed Al Jaber"),
        ('"The plan is sound," said Sultan Al Neyadi.', "Sultan Al Neyadi"),
        # a ruler's title before his given name still goes
        ("Sultan Haitham bin Tarik said the plan was sound.", "Haitham bin Tarik"),
    ],
)
def test_sultan_before_a_family_name_is_a_given_name(run: Run, text: str, name: str) -> None:
    assert _speakers(run, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The talks had stalled, newspaper The Hindu reported.", "The Hindu"),
        ("Broadcaster The Voice said that police had closed the road.", "The Voice"),
        ("The daily The Nation reported that the talks had stalled.", "The Nation"),
        ("The English-language daily The Nation reported that the talks had stalled.",
         "The Nation"),
        ("According to newspaper The Statesman, the health ministry closed the clinic.",
         "The Statesman"),
        ("The clinic was closed by the health ministry, newspaper The Statesman reported.",
         "The Statesman"),
    ],
)
def test_an_outlet_after_its_descriptor_is_named_with_its_the(
    run: Run, text: str, name: str
) -> None:
    assert _speakers(run, text) == [name]


def test_a_body_inside_the_outlet_report_is_not_the_speaker(run: Run) -> None:
    text = "The daily The Nation reported that the ministry of health had closed the clinic."
    assert _speakers(run, text) == ["The Nation"]


@pytest.mark.parametrize(
    "text",
    [
        '"It is a political strike," Chief of Cabinet Manuel Adorni told reporters.',
        "Chief of Cabinet Manuel Adorni said the strike was political.",
    ],
)
def test_the_body_of_an_office_does_not_open_the_name(run: Run, text: str) -> None:
    assert _speakers(run, text) == ["Manuel Adorni"]


def test_a_hyphenated_place_before_a_role_is_not_the_person(run: Run) -> None:
    quotes, _ = run("The sample was too small, said Saudi-born activist Lee Chan.")
    assert [q.speaker for q in quotes] == ["Lee Chan"]
