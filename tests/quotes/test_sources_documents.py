"""Bodies behind acronyms and the documents they issue.

A health or science story often names a body in full once ('The World Health Organization')
and then by its acronym, which may also be an English word ('WHO', 'IT'). A user wants the
body, not nothing nor the last body named. Sentences written for Communique.
"""

from __future__ import annotations

from .helpers import Run, speaker_of


def _speaker_of(run: Run, text: str, words: str) -> str | None:
    quotes, _ = run(text)
    return speaker_of(quotes, words)


def test_a_capitalised_function_word_opening_a_sentence_is_the_body(run: Run) -> None:
    text = (
        "The World Health Organization raised its risk level on Tuesday. "
        "WHO said the outbreak in the north was serious."
    )
    assert _speaker_of(run, text, "outbreak in the north") == "World Health Organization"


def test_a_capitalised_pronoun_is_an_acronym_not_the_last_body(run: Run) -> None:
    text = (
        "The Institute of Technology opened a laboratory in Dorvale. Harrow Mining Ltd "
        "closed its plant there. IT said the laboratory would hire 40 people."
    )
    assert _speaker_of(run, text, "hire 40 people") == "Institute of Technology"


def test_a_lower_case_pronoun_still_points_back(run: Run) -> None:
    text = (
        "Harrow Mining Ltd closed its plant in Dorvale on Monday. "
        "It said the workers would be paid until March."
    )
    assert _speaker_of(run, text, "paid until March") == "Harrow Mining Ltd"


def test_a_report_named_by_an_acronym_after_an_adjective_is_the_body_s(run: Run) -> None:
    text = (
        "The World Health Organization raised its global risk level on Sunday. "
        "According to the latest WHO report, there were 3,150 confirmed cases."
    )
    assert _speaker_of(run, text, "3,150 confirmed cases") == "World Health Organization"


def test_a_lower_case_ministry_keeps_its_modifiers_and_its_statement(run: Run) -> None:
    text = (
        "The Bavarian interior ministry said in a statement that two roads were closed. "
        "The roads will reopen on Friday, the statement said."
    )
    assert _speaker_of(run, text, "two roads were closed") == "Bavarian interior ministry"
    assert _speaker_of(run, text, "reopen on Friday") == "Bavarian interior ministry"


def test_a_study_with_no_named_issuer_stays_unattributed(run: Run) -> None:
    text = "Researchers fed 300 mice a new diet. The mice lived longer, the study found."
    assert _speaker_of(run, text, "mice lived longer") is None


def test_a_report_with_no_antecedent_is_the_announcing_body_s(run: Run) -> None:
    text = (
        "On Friday the Norwegian Refugee Council announced a new camp near the border. "
        "Around 300 families will live there, the report said."
    )
    assert _speaker_of(run, text, "300 families") == "Norwegian Refugee Council"


def test_a_report_after_a_paragraph_break_names_no_issuer(run: Run) -> None:
    text = (
        "On Friday the Norwegian Refugee Council announced a new camp near the border.\n\n"
        "Around 300 families will live there, the report said."
    )
    assert _speaker_of(run, text, "300 families") is None
