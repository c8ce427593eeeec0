"""A person's speaker name is the whole name as written, without titles.

Sentences written for Communique (the names are made up, or public figures in made-up
sentences). Each case is a name shape the small NER model cuts or pads: particles in the
middle of a name, generational suffixes, a fronted place glued to the name, royal titles and
a misspelt title.
"""

from __future__ import annotations

import pytest

from .helpers import Run
from .helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We will act," Ursula von der Leyen said on Tuesday.', "Ursula von der Leyen"),
        ('"The dikes will hold," Pieter van der Berg told reporters.', "Pieter van der Berg"),
        ("Joana dos Santos said the river had risen overnight.", "Joana dos Santos"),
        ('"We are tired," said Ana de la Cruz, a nurse in Madrid.', "Ana de la Cruz"),
        ('"It is over," Marco da Silva said.', "Marco da Silva"),
        ('"The road is closed," Mahmood ul Hassan said.', "Mahmood ul Hassan"),
        ("Salah ud-Din Rabbani told reporters the talks had failed.", "Salah ud-Din Rabbani"),
        ('"The well is dry," Ahmed ibn Yusuf said.', "Ahmed ibn Yusuf"),
        ('"It is a scandal," Aoife O\'Brien said.', "Aoife O'Brien"),
        ('"Brazil is back," Luiz Inácio Lula da Silva said.', "Luiz Inácio Lula da Silva"),
    ],
)
def test_particles_keep_the_whole_name(run: Run, text: str, name: str) -> None:
    assert _speakers(run, text) == [name]


def test_a_chain_of_bin_particles_is_one_name_after_a_title(run: Run) -> None:
    text = '"Talks are going well," Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani said.'
    assert _speakers(run, text) == ["Mohammed bin Abdulrahman bin Jassim Al Thani"]


def test_an_organisation_after_a_name_is_not_joined_to_it(run: Run) -> None:
    quotes, _ = run('"The border is open," Omar Haddad told Al Jazeera.')
    assert quotes[0].speaker == "Omar Haddad"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"I have a dream," Martin Luther King, Jr. said.', "Martin Luther King, Jr."),
        ('"I have a dream," Martin Luther King Jr. said.', "Martin Luther King Jr."),
        ('"The farm is gone," John Doe Sr. said.', "John Doe Sr."),
        ('"The old house is sold," said Peter Smith II.', "Peter Smith II"),
    ],
)
def test_generational_suffix_stays_with_the_name(run: Run, text: str, name: str) -> None:
    assert _speakers(run, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "At Torkham, Ziaul Haq Sarhadi, a senior official of the border chamber, told "
            "Reuters that more than 5,000 trucks were waiting.",
            "Ziaul Haq Sarhadi",
        ),
        (
            "In Herat, Nasrin Qadiri Feroz, a teacher at a girls' school, said that classes "
            "had stopped.",
            "Nasrin Qadiri Feroz",
        ),
        ('"The road is shut," the mayor of Brasov, Maria Ionescu, said.', "Maria Ionescu"),
    ],
)
def test_a_fronted_place_is_not_part_of_the_name(run: Run, text: str, name: str) -> None:
    assert _speakers(run, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"My people are safe," King Maha Vajiralongkorn said.', "Maha Vajiralongkorn"),
        ('"This is a cover-up," Represenative Adam Schiff said.', "Adam Schiff"),
        ('"The budget is fair," Comissioner Elena Varga said.', "Elena Varga"),
    ],
)
def test_royal_and_misspelt_titles_are_dropped(run: Run, text: str, name: str) -> None:
    assert _speakers(run, text) == [name]


def test_a_regnal_name_keeps_its_title(run: Run) -> None:
    quotes, _ = run('"We shall remember them," Queen Elizabeth II said in a broadcast.')
    assert quotes[0].speaker == "Queen Elizabeth II"


def test_a_given_name_is_not_a_relative_whose_chain_holds_it(run: Run) -> None:
    text = (
        "Crown Prince Khalid bin Omar bin Faisal Al Nasser welcomed the delegation. The "
        "visitors also met Prince Faisal bin Omar Al Nasser, the energy minister. Prince "
        "Faisal said that supplies would remain steady."
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["Faisal bin Omar Al Nasser"]
