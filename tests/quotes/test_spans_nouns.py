"""A speech noun with a 'that' clause ('his argument that ...', 'the claim that ...') reports
the clause; the noun's owner, or else the subject of the verb governing the noun, speaks."""

from __future__ import annotations

from .helpers import Run


def test_owned_argument_reports_its_clause_as_mixed(run: Run) -> None:
    quotes, _ = run(
        "Senator Vera Holm repeated her argument that the committee had \"buried the "
        "report\" for months."
    )
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text == "the committee had \"buried the report\" for months"
    assert q.kind == "mixed"
    assert q.speaker == "Vera Holm"


def test_warning_as_a_subject_still_reports_its_owners_words(run: Run) -> None:
    quotes, _ = run(
        "Governor Paul Remy spoke on Monday. His warning that the river would flood the "
        "lower town went unheeded."
    )
    assert [q.text for q in quotes] == ["the river would flood the lower town"]
    assert quotes[0].speaker == "Paul Remy"


def test_claim_without_owner_is_the_governing_subjects_report(run: Run) -> None:
    quotes, _ = run(
        "Mayor Ana Lind rejected the claim that the tender had been \"fixed in advance\"."
    )
    assert [q.text for q in quotes] == ["the tender had been \"fixed in advance\""]
    assert quotes[0].kind == "mixed"


def test_relative_clause_of_a_speech_noun_is_no_report(run: Run) -> None:
    quotes, _ = run("The claim that he made about the harbour fees was wrong.")
    assert quotes == []


def test_noun_of_fact_reports_nothing(run: Run) -> None:
    quotes, _ = run("The fact that the bridge was closed annoyed the drivers.")
    assert quotes == []


def test_owner_in_a_from_phrase_speaks(run: Run) -> None:
    quotes, _ = run(
        "The court dismissed the allegation from Mark Tell that the judges were \"bought\"."
    )
    assert [q.text for q in quotes] == ["the judges were \"bought\""]
    assert quotes[0].speaker == "Mark Tell"


def test_possessive_pronoun_owner_is_the_governing_subject(run: Run) -> None:
    quotes, _ = run(
        "Kowalski repeated his claim that the tender had been \"fixed from day one\"."
    )
    assert [q.text for q in quotes] == ["the tender had been \"fixed from day one\""]
    assert quotes[0].speaker == "Kowalski"
    assert quotes[0].cue == "repeated his claim"
