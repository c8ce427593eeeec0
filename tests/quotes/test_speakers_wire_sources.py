"""Sources of international wire and live-blog copy: unnamed spokespeople, offices, readouts,
reporters who interview, towns the tagger takes for people, several unnamed bodies.

Sentences written for Communique (public figures in made-up sentences, made-up people).
"""

from __future__ import annotations

from .helpers import Run, speaker_of


def test_the_pronoun_after_an_unnamed_spokeswoman_is_hers(run: Run) -> None:
    quotes, _ = run(
        "Health Secretary Wes Streeting said the wards were ready. A Public Health Wales "
        'spokeswoman said cases were "rising fast". Parents should keep sick children at '
        "home, she added."
    )
    assert speaker_of(quotes, "Parents should keep") is None


def test_the_named_speaker_after_an_unnamed_one_is_still_found(run: Run) -> None:
    quotes, _ = run(
        "Health Secretary Wes Streeting said the wards were ready. A Home Office spokesman "
        "said the case was closed. Streeting said he was confident. He added that beds "
        "were open."
    )
    assert speaker_of(quotes, "beds were open") == "Wes Streeting"


def test_unnamed_bodies_in_the_plural_are_no_named_body(run: Run) -> None:
    quotes, _ = run(
        "The Norwegian Refugee Council said it had sent tents to Herat. Aid agencies warned "
        "that the cuts had left the province unprepared."
    )
    assert speaker_of(quotes, "cuts had left") is None


def test_a_named_force_still_speaks_as_police(run: Run) -> None:
    quotes, _ = run(
        "Essex police were able to trace the van to a depot in Dover. The driver left the "
        "country, police revealed on Saturday."
    )
    assert speaker_of(quotes, "driver left the country") == "Essex police"


def test_an_office_owned_by_a_title_is_that_office(run: Run) -> None:
    quotes, _ = run(
        "The UN Office for the Coordination of Humanitarian Affairs said aid was blocked. "
        "Israel would not move to the next phase, the Israeli Prime Minister's Office said "
        "in a statement."
    )
    assert speaker_of(quotes, "next phase") == "Israeli Prime Minister's Office"


def test_a_readout_speaks_for_the_body_that_issued_it(run: Run) -> None:
    quotes, _ = run(
        "A Chinese Foreign Ministry readout said the two sides had agreed to keep talking."
    )
    assert speaker_of(quotes, "agreed to keep talking") == "Chinese Foreign Ministry"


def test_the_person_a_correspondent_spoke_to_answers(run: Run) -> None:
    quotes, _ = run(
        "Our correspondent Karim Haddad spoke to Lina Suleiman, a pharmacist in Rafah.\n\n"
        '"We have had no insulin for a week," she said.'
    )
    assert speaker_of(quotes, "no insulin") == "Lina Suleiman"


def test_a_town_tagged_as_a_person_is_not_a_speaker(run: Run) -> None:
    quotes, _ = run(
        "Our correspondent Karim Haddad spoke to Lina Suleiman, a nurse at the Al-Amal "
        'hospital in Khan Younis.\n\n"We are choosing every morning who gets oxygen," she '
        "said."
    )
    assert speaker_of(quotes, "who gets oxygen") == "Lina Suleiman"


def test_a_fronted_place_is_not_the_speaker(run: Run) -> None:
    # the parse makes 'court' the subject and the mother its conjunct
    quotes, _ = run(
        "Outside court, Miss Hale's mother, Joan Hale, said the sentence would "
        '"never be enough".'
    )
    assert speaker_of(quotes, "never be enough") == "Joan Hale"


def test_a_given_name_after_a_description_is_the_speakers_name(run: Run) -> None:
    quotes, _ = run(
        "Another commuter, a retired teacher who would give only her first name, Susan, "
        'was blunter: "The trains are a disgrace."'
    )
    assert speaker_of(quotes, "trains are a disgrace") == "Susan"


def test_a_colon_after_a_verdict_on_the_speaker_introduces_a_quote(run: Run) -> None:
    quotes, _ = run('Senator Jane Holt was defiant: "We will not fold."')
    assert speaker_of(quotes, "We will not fold") == "Jane Holt"


def test_the_city_is_the_city_named_before_not_another_city_body(run: Run) -> None:
    quotes, _ = run(
        "A water main broke in the US city of White Plains, New York, on Monday. The city "
        "said crews had located the problem.\n\n"
        "The county also borders New York City, which sent two repair trucks."
    )
    assert speaker_of(quotes, "crews had located") == "White Plains"


def test_a_warning_speaks_for_the_service_that_issued_it(run: Run) -> None:
    quotes, _ = run(
        "Environment Canada issued a warning for Halifax on Thursday. The warning read: "
        '"Gusts of 120 km/h are expected along the coast."'
    )
    assert speaker_of(quotes, "Gusts of 120") == "Environment Canada"
