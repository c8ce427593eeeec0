"""Sources of international wire, live-blog and local copy: unnamed spokespeople, offices,
readouts and warnings, reporters who interview, towns the tagger takes for people, several
unnamed bodies, fronted places, given names after descriptions, verdicts before a colon.

Each case is a sentence written for Communique (public figures in made-up sentences, made-up
people), the words of one quotation, and the speaker a reader gives it.
"""

from __future__ import annotations

import pytest

from .helpers import Run, speaker_of

CASES = [
    pytest.param(
        (
            "Norway's finance minister has warned that the krone could fall further this "
            'winter.\n\nIngrid Solberg told reporters in Oslo on Friday that the moves were "too '
            'fast".'
        ),
        "krone could fall",
        "Ingrid Solberg",
        id="a_lede_role_is_the_bare_name_that_opens_the_next_paragraph",
    ),
    pytest.param(
        (
            "The prime minister has said the election will be held in May.\n\nJohn Hale, an "
            "analyst at a consultancy, said the timing was risky."
        ),
        "election will be held",
        None,
        id="a_name_with_a_role_of_its_own_does_not_hold_the_lede_role",
    ),
    pytest.param(
        (
            'A Perth City Council spokeswoman said the cycleway was "in the design phase".'
            "\n\nTasmania Police say they issued more than 9,000 fines last year."
        ),
        "9,000 fines",
        "Tasmania Police",
        id="an_untagged_force_named_by_its_state_is_that_force",
    ),
    pytest.param(
        (
            "Health Secretary Wes Streeting said the wards were ready. A Public Health Wales "
            'spokeswoman said cases were "rising fast". Parents should keep sick children at '
            "home, she added."
        ),
        "Parents should keep",
        None,
        id="the_pronoun_after_an_unnamed_spokeswoman_is_hers",
    ),
    pytest.param(
        (
            "Health Secretary Wes Streeting said the wards were ready. A Home Office spokesman "
            "said the case was closed. Streeting said he was confident. He added that beds "
            "were open."
        ),
        "beds were open",
        "Wes Streeting",
        id="the_named_speaker_after_an_unnamed_one_is_still_found",
    ),
    pytest.param(
        (
            "The Norwegian Refugee Council said it had sent tents to Herat. Aid agencies "
            "warned that the cuts had left the province unprepared."
        ),
        "cuts had left",
        None,
        id="unnamed_bodies_in_the_plural_are_no_named_body",
    ),
    pytest.param(
        (
            "Essex police were able to trace the van to a depot in Dover. The driver left the "
            "country, police revealed on Saturday."
        ),
        "driver left the country",
        "Essex police",
        id="a_named_force_still_speaks_as_police",
    ),
    pytest.param(
        (
            "The UN Office for the Coordination of Humanitarian Affairs said aid was blocked. "
            "Israel would not move to the next phase, the Israeli Prime Minister's Office said "
            "in a statement."
        ),
        "next phase",
        "Israeli Prime Minister's Office",
        id="an_office_owned_by_a_title_is_that_office",
    ),
    pytest.param(
        "A Chinese Foreign Ministry readout said the two sides had agreed to keep talking.",
        "agreed to keep talking",
        "Chinese Foreign Ministry",
        id="a_readout_speaks_for_the_body_that_issued_it",
    ),
    pytest.param(
        (
            "Our correspondent Karim Haddad spoke to Lina Suleiman, a pharmacist in "
            'Rafah.\n\n"We have had no insulin for a week," she said.'
        ),
        "no insulin",
        "Lina Suleiman",
        id="the_person_a_correspondent_spoke_to_answers",
    ),
    pytest.param(
        (
            "Our correspondent Karim Haddad spoke to Lina Suleiman, a nurse at the Al-Amal "
            'hospital in Khan Younis.\n\n"We are choosing every morning who gets oxygen," she '
            "said."
        ),
        "who gets oxygen",
        "Lina Suleiman",
        id="a_town_tagged_as_a_person_is_not_a_speaker",
    ),
    pytest.param(
        (
            "Outside court, Miss Hale's mother, Joan Hale, said the sentence would \"never be "
            'enough".'
        ),
        "never be enough",
        "Joan Hale",
        id="a_fronted_place_is_not_the_speaker",
    ),
    pytest.param(
        (
            "Another commuter, a retired teacher who would give only her first name, Susan, "
            'was blunter: "The trains are a disgrace."'
        ),
        "trains are a disgrace",
        "Susan",
        id="a_given_name_after_a_description_is_the_speakers_name",
    ),
    pytest.param(
        'Senator Jane Holt was defiant: "We will not fold."',
        "We will not fold",
        "Jane Holt",
        id="a_colon_after_a_verdict_on_the_speaker_introduces_a_quote",
    ),
    pytest.param(
        (
            "A water main broke in the US city of White Plains, New York, on Monday. The city "
            "said crews had located the problem.\n\nThe county also borders New York City, "
            "which sent two repair trucks."
        ),
        "crews had located",
        "White Plains",
        id="the_city_is_the_city_named_before_not_another_city_body",
    ),
    pytest.param(
        (
            "Fidan said Turkey was ready to host the talks. Ankara had also passed on "
            "proposals for a halt to strikes, he added. Officials in Ankara called it the "
            "Istanbul format.\n\n"
            '"We are ready," said Mayor Tom Lincoln. Roads in Lincoln were closed, Lincoln added.'
        ),
        "Roads in Lincoln",
        "Tom Lincoln",
        id="a_capital_is_a_place_and_a_surname_after_a_given_name_a_person",
    ),
    pytest.param(
        (
            "Turkish Foreign Minister Hakan Fidan said Turkey was ready to host the talks.\n\n"
            "He said both sides had sent delegations. Ankara had also passed on proposals "
            "for a halt to strikes, he added.\n\nOfficials in Ankara called it the Istanbul "
            "format.\n\nSelin Aydin, Ankara director of the Marshall Fund, said the venue "
            "mattered."
        ),
        "halt to strikes",
        "Hakan Fidan",
        id="a_capital_the_tagger_took_for_a_person_is_not_the_he",
    ),
    pytest.param(
        (
            "Environment Canada issued a warning for Halifax on Thursday. The warning read: "
            '"Gusts of 120 km/h are expected along the coast."'
        ),
        "Gusts of 120",
        "Environment Canada",
        id="a_warning_speaks_for_the_service_that_issued_it",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES)
def test_wire_sources(run: Run, text: str, words: str, speaker: str | None) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker
