"""Whom a report is filed under when the parse hides the source (brief QP, session 6).

A journal that published a study, an unnamed group of neighbours, the quoted words the parse
made a subject, a dateline place, an official's title before his office, a style of address
followed by the name, and a station named before the kind of outlet it is. Sentences written
for Communique.
"""

from __future__ import annotations

from .helpers import Run
from .helpers import speaker_of as _speaker_of


def test_the_journal_a_study_appeared_in_is_not_its_source(run: Run) -> None:
    quotes, _ = run("A paper published in the journal Ecology found that frogs sing less.")
    assert _speaker_of(quotes, "frogs sing less") != "Ecology"


def test_neighbours_opening_a_sentence_are_unnamed_people(run: Run) -> None:
    quotes, _ = run(
        "Police arrived after midnight. Neighbours told reporters they heard a loud bang."
    )
    assert _speaker_of(quotes, "heard a loud bang") is None


def test_unnamed_analysts_at_a_firm_are_unnamed_people(run: Run) -> None:
    # the convention of gold/quotes/README.md: unnamed people of a named body have no speaker
    quotes, _ = run("Analysts at Harbour Economics said rates would fall in the spring.")
    assert _speaker_of(quotes, "rates would fall") is None


def test_quoted_words_before_an_inverted_cue_are_not_the_speaker(run: Run) -> None:
    quotes, _ = run('"Rest easy, old friend," wrote the team\'s captain, Owen Pryce.')
    assert _speaker_of(quotes, "Rest easy") == "Owen Pryce"


def test_an_office_is_named_from_its_owner_not_the_title(run: Run) -> None:
    quotes, _ = run("Dutch Prime Minister Maarten de Wit's office said the visit would go ahead.")
    assert _speaker_of(quotes, "visit would go ahead") == "Maarten de Wit's office"


def test_a_style_of_address_followed_by_the_name_is_that_person(run: Run) -> None:
    quotes, _ = run(
        "His Excellency Sheikh Omar Haddad, Minister of Trade, said the port would reopen."
    )
    speaker = _speaker_of(quotes, "port would reopen")
    assert speaker is not None and speaker.endswith("Omar Haddad")


def test_the_name_after_a_dateline_speaks_not_the_place(run: Run) -> None:
    quotes, _ = run("QUITO, Ecuador (AP) \u2014 Carla Mendoza told reporters the bridge was safe.")
    assert _speaker_of(quotes, "bridge was safe") == "Carla Mendoza"


def test_a_station_named_before_its_kind_is_the_source(run: Run) -> None:
    quotes, _ = run("Two ministers resigned on Friday, K5 television reported.")
    assert _speaker_of(quotes, "ministers resigned") == "K5"


def test_the_subject_of_the_reported_clause_after_a_described_speaker_is_not_him(
    run: Run,
) -> None:
    quotes, _ = run(
        "On Facebook, Maria Delgado, a reporter for CNN, said Obama and his wife were on "
        "their way to the airport."
    )
    assert _speaker_of(quotes, "their way to the airport") == "Maria Delgado"


def test_an_inverted_cue_still_takes_the_name_after_it(run: Run) -> None:
    quotes, _ = run('"The night was long," said bestselling author Maria Lopez.')
    assert _speaker_of(quotes, "night was long") == "Maria Lopez"


def test_a_description_after_a_dateline_dash_speaks(run: Run) -> None:
    quotes, _ = run(
        "LIMA \u2014 Peru's health minister, Rosa Vidal, said on Monday that the outbreak "
        "was over."
    )
    assert _speaker_of(quotes, "outbreak was over") == "Rosa Vidal"


def test_a_dash_inside_a_named_subject_is_no_dateline(run: Run) -> None:
    quotes, _ = run("Mayor Ana Ruiz \u2014 a former judge \u2014 said the road was closed.")
    assert _speaker_of(quotes, "road was closed") == "Ana Ruiz"
