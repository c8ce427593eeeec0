"""Speaker categories from the round-4 blind review (sentences written for Communique).

Users file each quotation under the person who said it, so a description must not be
bound to the wrong named person: an indefinite 'a spokesperson' introduces someone new, a
title narrowed by a country ('the French president') fits only a holder of that country, and
honorifics ('Mullah', 'His Highness') are no part of a name.
"""

from __future__ import annotations

from .helpers import Run
from .helpers import speaker_of as _speaker_of


def test_an_indefinite_spokesperson_is_not_the_spokesman_named_before(run: Run) -> None:
    text = (
        "Foreign ministry spokesman Hamid Rostami said Tehran would answer any attack. "
        'A US State Department spokesperson said Washington was "closely coordinating" '
        "with its partners."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "answer any attack") == "Hamid Rostami"
    assert _speaker_of(quotes, "closely coordinating") != "Hamid Rostami"


def test_an_indefinite_ambassador_is_not_the_ambassador_named_before(run: Run) -> None:
    text = (
        "Ambassador Karl Olsen of Norway opened the session on Monday. An Asian ambassador "
        'said: "We expect much more from this meeting than a statement."'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "We expect much more") != "Karl Olsen"


def test_a_country_title_goes_to_the_holder_of_that_country(run: Run) -> None:
    text = (
        "Ukrainian President Volodymyr Zelensky arrived in Berlin on Monday. Merz spoke at a "
        "press conference with Emmanuel Macron. The French president said Europe must stay "
        "united on sanctions."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "Europe must stay united") == "Emmanuel Macron"


def test_a_country_title_never_goes_to_a_holder_of_another_country(run: Run) -> None:
    text = (
        "Ukrainian President Volodymyr Zelensky arrived in Berlin on Monday. Later the US "
        "president said the talks were going well."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "talks were going well") != "Volodymyr Zelensky"


def test_mullah_is_an_honorific_not_part_of_the_name(run: Run) -> None:
    quotes, _ = run("Mullah Abdul Ghani Baradar said the movement would honour the deal.")
    assert _speaker_of(quotes, "honour the deal") == "Abdul Ghani Baradar"


def test_an_office_no_one_holds_renames_the_person_in_focus(run: Run) -> None:
    text = (
        "Maria Ellison has told MPs that the government will recognise the new state. Making "
        "a statement on Tuesday, the foreign secretary said the decision was final."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "decision was final") == "Maria Ellison"


def test_a_private_secretary_serves_someone_else(run: Run) -> None:
    text = (
        "Maria Ellison has told MPs that the government will recognise the new state. Later "
        "the private secretary said the decision was final."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "decision was final") != "Maria Ellison"


def test_his_highness_is_the_royal_named_just_before(run: Run) -> None:
    text = (
        "Prince Faisal bin Farhan greeted the ministers in Jeddah on Sunday. His Royal "
        "Highness said the kingdom backed a ceasefire."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "backed a ceasefire") == "Faisal bin Farhan"


def test_her_majesty_is_the_queen_named_just_before(run: Run) -> None:
    text = "Queen Margrethe opened the exhibition. Her Majesty said art unites people."
    quotes, _ = run(text)
    assert _speaker_of(quotes, "art unites people") == "Queen Margrethe"


def test_the_us_president_is_the_american_named_not_the_last_president(run: Run) -> None:
    text = (
        "Donald Trump hosted the talks at the White House. Ukrainian President Volodymyr "
        "Zelensky thanked him for the invitation. The US president said a deal was close."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "a deal was close") == "Donald Trump"


def test_an_abbreviated_title_is_not_part_of_the_name(run: Run) -> None:
    quotes, _ = run("EAM Jaishankar said India valued the partnership with the region.")
    assert _speaker_of(quotes, "valued the partnership") == "Jaishankar"
