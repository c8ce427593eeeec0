"""Robustness on real copy: a term in quotation marks that a question asks about is not
speech, and a copula after a closing mark is no attribution verb."""

from __future__ import annotations

from .helpers import Run


def test_term_asked_about_in_an_interview_question_is_not_a_quote(run: Run) -> None:
    quotes, _ = run(
        "((WN)) How would you describe what a 'tidal lock' is and what is its effect on the "
        "climate?\n\n"
        "((Jan Novak)) A planet in tidal lock always shows the same face to its star."
    )
    assert [q.text for q in quotes] == [
        "A planet in tidal lock always shows the same face to its star."
    ]


def test_short_fragment_right_after_a_speech_verb_is_still_a_quote(run: Run) -> None:
    quotes, _ = run('Councillor Aino Virtanen said "never again" when asked about the plan.')
    assert [q.text for q in quotes] == ["never again"]
    assert quotes[0].speaker == "Aino Virtanen"


def test_copula_after_closing_mark_is_no_cue(run: Run) -> None:
    quotes, _ = run(
        "Nobody on the committee could agree on what \"fair share\" is, the minutes show."
    )
    assert all(q.text != "fair share" for q in quotes)
