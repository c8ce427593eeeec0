"""Quoted spans the mark pairing and the direct finder must keep whole: a nested quotation
closed before a spaced closing mark, a tweet in capitals, a quotation followed by a second
characterised fragment."""

from __future__ import annotations

from communique.nlp.build import paragraph_starts
from communique.quotes.marks import find_marks

from .helpers import Run


def spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_marks(text, paragraph_starts(text))]


def test_spaced_closing_mark_after_a_nested_quote() -> None:
    for space in (" ", "\u2009"):
        text = f"She wrote: \"I asked to leave and the coach said, 'Wait a week.'{space}\"\n\nNext."
        assert spans(text) == ["I asked to leave and the coach said, 'Wait a week.'"]


def test_spaced_mark_before_a_word_still_opens() -> None:
    assert spans('He said. "We will go," she replied.') == ["We will go,"]


def test_tweet_in_capitals_is_a_quotation(run: Run) -> None:
    quotes, _ = run(
        'The governor refused to concede, saying late on Tuesday after the first count, '
        '"WE ARE WINNING THIS STATE BIG!" on social media.'
    )
    assert [q.text for q in quotes] == ["WE ARE WINNING THIS STATE BIG!"]
    assert quotes[0].kind == "direct"


def test_quotation_then_characterised_fragment_stay_two(run: Run) -> None:
    quotes, _ = run(
        'Mayor Ellen Brandt said at the meeting, "I will not sign this budget", '
        'calling it a "reckless and unfair plan".'
    )
    assert [q.text for q in quotes] == [
        "I will not sign this budget", "reckless and unfair plan",
    ]
    assert all(q.speaker == "Ellen Brandt" for q in quotes)


def test_fragment_thanked_by_a_titled_person(run: Run) -> None:
    quotes, _ = run(
        'The head of the nurses\' union, Jane Moss, thanked "the ward staff for their calm '
        'and patient work" during the strike.'
    )
    assert [q.text for q in quotes] == ["the ward staff for their calm and patient work"]
    assert quotes[0].speaker == "Jane Moss"


def test_lower_case_fragment_with_a_hyphen_is_not_a_title(run: Run) -> None:
    quotes, _ = run('Senator Ruth Adler called the plan "a non-starter". The vote is on Monday.')
    assert [q.text for q in quotes] == ["a non-starter"]
    assert quotes[0].speaker == "Ruth Adler"
