"""Speakers of session 28: bodies, datelines and clauses from round 58's file M (blind last
session, now a development set) and round 59's Q and R.

'The International Committee of the Red Cross said ... the organisation added' is the
committee, though its name says it is a committee; 'The Al-Qaeda-linked Group for the Support
of Islam and Muslims', with only 'Group' tagged, and 'the jihadist Group for ...', with the
description tagged into the name, are the group's full name; 'According to the statement,'
after 'X said in a statement' is X's, also when the clause's subject stands before a quotation
('Tinubu "remains committed ..."'), which then is a mixed quotation of the clause; a dateline
with no agency ('ABUJA, Nov 4 - ') is no speaker and no part of a role; 'said two drivers
working for the group had been killed', parsed as two clauses, is one; 'said in a fact sheet
that ...' with 'that' read as a determiner still reports; 'reported ..., citing a source, that
...' reports the 'that' clause; words shouted before 'as X began ...' are the shouter's; 'Kim
laughs and reaches', read as one noun, keeps Kim the subject; 'Kursk Residents' in a link title
is no person; 'the minister' is no 'Office of the Deputy Prime Minister'; '"...," said
Olena, whose son ...' is Olena's; '08:12 - Elering, the Estonian transmission system
operator, said', with the name read as a noun, is a body 'the company' points back to;
'Democrats, led by ..., X, said' is no speech of X's; 'A, the ministry said, but officials said
B' gives B to the officials; and 'In her words, ...' is hers. Sentences written for
Communique; the bodies are real, the people invented.
"""

from __future__ import annotations

from .helpers import Run, quote_holding
from .helpers import speaker_of as _speaker_of


def test_the_organisation_after_a_committee_that_just_spoke_is_that_committee(run: Run) -> None:
    quotes, _ = run(
        "The Sahel Fuel Cooperative said on Monday that it had suspended deliveries.\n\n"
        "The International Committee of the Red Cross said in a statement that prices had "
        '"more than doubled" since August. Its teams had recorded "a worrying rise" in '
        "malnutrition among children, the organisation added."
    )
    assert _speaker_of(quotes, "Its teams had recorded") == (
        "International Committee of the Red Cross"
    )


def test_the_company_still_skips_a_committee(run: Run) -> None:
    quotes, _ = run(
        "Kestrel Haulage said on Monday that it had suspended deliveries.\n\n"
        "The International Committee of the Red Cross said prices had doubled. Drivers "
        "would be paid in full, the company added."
    )
    assert _speaker_of(quotes, "Drivers would be paid") == "Kestrel Haulage"


def test_a_group_named_for_a_remit_keeps_its_name_after_a_description(run: Run) -> None:
    for lead in ("The Al-Qaeda-linked", "The jihadist"):
        quotes, _ = run(
            f"BAMAKO, Nov 3 (AFP) - {lead} Group for the Support of Islam and Muslims said "
            "on Monday that it had seized the town of Lere."
        )
        assert _speaker_of(quotes, "it had seized the town") == (
            "Group for the Support of Islam and Muslims"
        ), lead


def test_according_to_the_statement_is_its_issuer_not_the_clause_subject(run: Run) -> None:
    quotes, _ = run(
        "ABUJA, Nov 4 (Reuters) - The presidential spokesman, Adamu Keffi, said in a "
        "statement that the President had directed the minister to meet labour leaders.\n\n"
        "According to the statement, Tinubu \u201cremains committed to a fair, cost-reflective "
        "tariff regime.\u201d\n\n"
        "According to the statement, the President will meet the unions on Friday."
    )
    assert _speaker_of(quotes, "will meet the unions") == "Adamu Keffi"


def test_a_quotation_after_the_subject_of_an_according_clause_is_mixed(run: Run) -> None:
    quotes, _ = run(
        "ABUJA, Nov 4 (Reuters) - The presidential spokesman, Adamu Keffi, spoke to "
        "reporters on Tuesday.\n\n"
        "According to Keffi, Tinubu \u201cremains committed to a fair, cost-reflective tariff "
        "regime.\u201d"
    )
    q = quote_holding(quotes, "remains committed")
    assert q.kind == "mixed"
    assert q.speaker == "Adamu Keffi"
    assert q.text.startswith("Tinubu")


def test_a_dateline_without_an_agency_is_no_speaker_and_no_role(run: Run) -> None:
    for dateline in ("ABUJA, Nov 4 - ", "KYIV, Nov. 4 - "):
        quotes, speakers = run(
            f"{dateline}The presidential spokesman, Adamu Keffi, said in a statement that "
            "the minister had been told to act."
        )
        assert _speaker_of(quotes, "the minister had been told") == "Adamu Keffi", dateline
        roles = {s.name: s.role for s in speakers}
        assert roles["Adamu Keffi"] == "presidential spokesman", dateline


def test_a_subject_with_a_reduced_relative_opens_the_reported_clause(run: Run) -> None:
    quotes, _ = run(
        "Halima Odongo, director of the Relief Consortium, spoke in Adre.\n\n"
        "She said two drivers working for the consortium had been killed near Bara last week."
    )
    q = quote_holding(quotes, "had been killed")
    assert q.text == (
        "two drivers working for the consortium had been killed near Bara last week"
    )
    assert q.speaker == "Halima Odongo"


def test_said_in_a_fact_sheet_that_reports_the_clause(run: Run) -> None:
    quotes, _ = run(
        "The White House said in a fact sheet that medicines on the drug shortage list would "
        "be exempt."
    )
    q = quote_holding(quotes, "would be exempt")
    assert q.text == "medicines on the drug shortage list would be exempt"
    assert q.speaker == "White House"


def test_a_that_clause_after_a_citing_aside_is_reported(run: Run) -> None:
    for sentence, clause in (
        (
            "The Harbour Ledger reported earlier on Thursday, citing people familiar with the "
            "matter, that the administration had considered a rate as high as 50% before "
            "settling on 30%.",
            "the administration had considered a rate as high as 50% before settling on 30%",
        ),
        (
            "The business daily Kommersant reported Thursday, citing a source in the regional "
            "administration, that Moscow had turned down a request for additional federal "
            "funding for demining.",
            "Moscow had turned down a request for additional federal funding for demining",
        ),
    ):
        quotes, _ = run(sentence)
        assert [q.text for q in quotes] == [clause]


def test_so_that_after_a_comma_is_no_reported_clause(run: Run) -> None:
    quotes, _ = run(
        "The council announced the closures on Thursday, so that residents would have time "
        "to find other routes."
    )
    assert not any("residents would have time" in q.text for q in quotes)


def test_words_shouted_belong_to_the_shouter_not_the_subject_of_an_as_clause(run: Run) -> None:
    quotes, _ = run(
        "A woman in the public gallery stood up and shouted \"You have blood on your hands!\" "
        "as Senator Dana Whitfield began answering a question."
    )
    q = quote_holding(quotes, "blood on your hands")
    assert q.speaker is None
    assert q.speaker_mention == "A woman"


def test_a_name_read_into_a_plural_noun_stays_the_subject(run: Run) -> None:
    quotes, _ = run(
        "Marisol Quenby, 64, a Republican from Southern California, chairs the subcommittee."
        "\n\nAn aide who has worked for Quenby for years says she reads her briefing books "
        "\"on the treadmill at 5 a.m., with a highlighter.\"\n\nAsked whether she would "
        "ever trade Congress for an embassy of her own, Quenby laughs and reaches for the "
        "phone. \"Never say never,\" she says."
    )
    assert _speaker_of(quotes, "Never say never") == "Marisol Quenby"


def test_the_people_of_a_place_in_a_link_title_are_no_person(run: Run) -> None:
    quotes, _ = run(
        "Also Read: Kursk Residents Still Waiting for Compensation\n\n"
        "Alexander Vetrov meets residents of the Sudzha district on Tuesday.\n\n"
        "The governor of Russia's Kursk region said on Thursday that residents of the "
        "evacuated villages would not be allowed to return before spring."
    )
    assert _speaker_of(quotes, "would not be allowed") != "Kursk Residents"


def test_the_minister_is_no_office_of_a_minister(run: Run) -> None:
    quotes, _ = run(
        "Minister of Foreign Affairs of the Republic of Armenia Aram Petrosyan, who joined by "
        "video link, stressed that "
        "the process must continue.\n\n"
        "\u00abThis principle is not subject to revision,\u00bb the minister added.\n\n"
        "Office of the Deputy Prime Minister of the Republic of Armenia"
    )
    assert _speaker_of(quotes, "not subject to revision") == "Aram Petrosyan"


def test_a_name_after_an_inverted_cue_and_before_whose_speaks(run: Run) -> None:
    quotes, _ = run(
        "Kremlin spokesman Dmitry Peskov said the exchange was agreed in Abu Dhabi.\n\n"
        "\"I saw his name on the list at six in the morning and I could not breathe,\" said "
        "Oksanka, whose 24-year-old son, a marine, was captured in 2024."
    )
    assert _speaker_of(quotes, "I saw his name") == "Oksanka"
    assert not any(q.text.startswith("Oksanka") for q in quotes)


def test_a_live_blog_entry_opening_on_a_body_read_as_a_noun(run: Run) -> None:
    quotes, _ = run(
        "08:05 \u2013 Good morning and welcome to Harbour News' live coverage.\n\n"
        "08:12 \u2013 Elering, the Estonian transmission system operator, said in a statement "
        "that the link had disconnected automatically.\n\n"
        "\"Electricity supply to consumers has not been interrupted,\" the company said."
    )
    assert _speaker_of(quotes, "the link had disconnected") == "Elering"
    assert _speaker_of(quotes, "Electricity supply") == "Elering"


def test_a_group_led_by_a_named_person_is_not_that_person(run: Run) -> None:
    quotes, _ = run(
        "Democrats, led by the committee's ranking member, Joan Whitcombe, said they had not "
        "been shown the full text and would seek to subpoena it."
    )
    assert _speaker_of(quotes, "had not been shown") != "Joan Whitcombe"


def test_a_second_report_after_an_aside_cue_is_its_own_speakers(run: Run) -> None:
    quotes, _ = run(
        "ISTANBUL, Nov 18 (Reuters) - Turkish, Ukrainian and Russian officials met in Istanbul "
        "on Wednesday for a second round of talks on the safety of commercial shipping in the "
        "Black Sea, the Turkish Foreign Ministry said, but officials on both sides said a deal "
        "was still some way off."
    )
    q = quote_holding(quotes, "some way off")
    assert q.text == "a deal was still some way off"
    assert q.speaker is None
    first = quote_holding(quotes, "officials met in Istanbul")
    assert first.speaker == "Turkish Foreign Ministry"
    assert "officials on both sides" not in first.text


def test_in_her_words_attributes_the_clause_to_her(run: Run) -> None:
    quotes, _ = run(
        "Marisol Quenby chairs the subcommittee.\n\n"
        "In her words, the plan was \"a disaster waiting to happen\"."
    )
    q = quote_holding(quotes, "a disaster waiting")
    assert q.speaker == "Marisol Quenby"
    assert q.text.startswith("the plan was")
