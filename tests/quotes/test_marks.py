"""Quotation-mark pairing: every mark style, multi-paragraph quotes, apostrophes, stray marks."""

from __future__ import annotations

import pytest

from communique.nlp.build import paragraph_starts
from communique.quotes.marks import find_marks


def spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_marks(text, paragraph_starts(text))]


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ('He said "we will go" today.', "we will go"),
        ("He said \u201cwe will go\u201d today.", "we will go"),
        ("He said \u2018we will go\u2019 today.", "we will go"),
        ("He said 'we will go' today.", "we will go"),
        ("Il a dit \u00abnous irons\u00bb hier.", "nous irons"),
        ("Er sagte \u201ewir gehen\u201c heute.", "wir gehen"),
        ("She said \u300cwe will go\u300d today.", "we will go"),
        ("She said \u300ewe will go\u300f today.", "we will go"),
    ],
)
def test_each_mark_style_pairs(text: str, inner: str) -> None:
    assert spans(text) == [inner]


def test_apostrophes_do_not_pair() -> None:
    text = "Russia\u2019s view of each other\u2019s interests and the leaders' summit isn't new."
    assert spans(text) == []


def test_single_quote_with_apostrophe_inside() -> None:
    text = "He called it 'the country\u2019s worst day' and left."
    assert spans(text) == ["the country\u2019s worst day"]


def test_nested_quote_stays_inside_outer() -> None:
    text = 'She said "they called it \'a farce\' at once" and left.'
    assert spans(text) == ["they called it 'a farce' at once"]


def test_multi_paragraph_quote_keeps_one_piece_per_paragraph() -> None:
    text = (
        "\u201cThe first paragraph of the quote runs on.\n\n"
        "\u201cThe second one ends it,\u201d he added.\n\nNext story paragraph."
    )
    marks = find_marks(text, paragraph_starts(text))
    assert len(marks) == 1
    m = marks[0]
    assert m.paragraphs == 2 and m.closed
    pieces = [text[a:b] for a, b in m.pieces]
    assert pieces == ["The first paragraph of the quote runs on.", "The second one ends it,"]


def test_unclosed_mark_ends_at_its_paragraph() -> None:
    text = 'He said: "we will never accept this.\n\nThe talks went on.'
    marks = find_marks(text, paragraph_starts(text))
    assert [text[m.start : m.end] for m in marks] == ["we will never accept this."]
    assert not marks[0].closed


@pytest.mark.parametrize(
    "text",
    ['"', '""', "\u201d stray", 'a " b', "\u00bb\u00ab", "'", "\u300d\u300c", "x\u201c", ""],
)
def test_stray_and_empty_marks_never_crash(text: str) -> None:
    for m in find_marks(text, paragraph_starts(text)):
        assert 0 <= m.start <= m.end <= len(text)


def test_straight_single_quote_runs_over_paragraphs() -> None:
    text = "'We came in good faith.\n\n'We will leave in good faith,' the envoy said."
    marks = find_marks(text, paragraph_starts(text))
    assert len(marks) == 1
    assert [text[a:b] for a, b in marks[0].pieces] == [
        "We came in good faith.",
        "We will leave in good faith,",
    ]
