"""Statements carried by an agency, the 'it' that goes on with a statement, and the gender a
role gives (not the 'her' of 'Her neighbour', which is someone else's).

Sentences written for Communique in the shapes of wire copy and live blogs.
"""

from __future__ import annotations

from .helpers import Run, speaker_of


def test_statement_carried_from_a_person_is_that_persons(run: Run) -> None:
    text = (
        "The state news agency Tanjug has carried a statement from Ana Brnabic, the speaker "
        "of parliament, in which she says the vote was lawful.\n\n"
        "\"Nobody will dictate to Serbia,\" the statement said.\n\n"
        "It also warned that Belgrade would answer \"any provocation\" in kind."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "Nobody will dictate") == "Ana Brnabic"
    assert speaker_of(quotes, "would answer") == "Ana Brnabic"


def test_she_beside_a_man_goes_to_the_woman_her_role_names(run: Run) -> None:
    # neither name has a gender yet; 'sister' gives hers, and 'she' does not make him one
    text = (
        "Reporters were handed a note from Kim Yo Jong, the younger sister of Kim Jong Un, "
        "in which she says the drills were \"a rehearsal for invasion\"."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "rehearsal for invasion") == "Kim Yo Jong"


def test_possessive_in_a_role_tells_nothing_of_the_holders_gender(run: Run) -> None:
    # 'Her neighbour' is a man here: the 'her' is the shopkeeper's
    text = (
        "\"The water came in faster than last time,\" she said.\n\n"
        "Her neighbour, Imran Qureshi, whose family runs the bakery, said his premium had "
        "tripled.\n\n"
        "\"Nobody will insure us now,\" he said."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "Nobody will insure us") == "Imran Qureshi"


def test_name_after_a_lower_case_outlet_word_is_the_outlet(run: Run) -> None:
    # the tagger calls 'Agencia Brasil' a person; 'him' is the minister it quoted
    text = (
        "Foreign Minister Mauro Vieira met his Chinese counterpart on Friday. Speaking to "
        "reporters afterwards, Vieira said trade had dominated the talks. The public news "
        "agency Agencia Brasil quoted him as saying that the meeting had been \"frank\"."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "meeting had been") == "Mauro Vieira"


def test_report_before_a_described_outlet_ends_before_the_outlet(run: Run) -> None:
    # the parser hangs 'newspaper' on the last item of the report's list
    text = (
        "The Mysore Division began its women's week on March 1. Several events are being "
        "organised in this period, including eye tests, yoga, a football match and a hike, "
        "newspaper The Statesman reported."
    )
    quotes, _ = run(text)
    assert [(q.text[-10:], q.speaker) for q in quotes] == [("and a hike", "The Statesman")]


def test_station_named_with_its_number(run: Run) -> None:
    quotes, _ = run("Indeed, News 12 reported, only homes next to the break were without water.")
    assert speaker_of(quotes, "without water") == "News 12"


def test_scholar_of_a_campus_speaks_not_the_campus_town(run: Run) -> None:
    # 'of the University of California, Los Angeles': the parser makes the town the subject
    text = (
        "Maria Ortega of the University of California, Los Angeles disagreed with the "
        "findings: \"The seeps were well known long before this study.\""
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "seeps were well known") == "Maria Ortega"
