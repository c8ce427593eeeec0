"""Odd input never crashes and every offset points at the text it claims."""

from __future__ import annotations

import pytest

from .helpers import Run


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n",
        '"',
        '""""',
        "\u201c\u201d",
        "\u00ab\u00bb",
        "'" * 10,
        '"a\n\n"b\n\n"c',
        '"He said," he said, "he said."',
        "((WN)) ?\n\n((X)) y",
        "said said said that that that",
        "\u300c\u300d\u300e\u300f \u300c unclosed",
    ],
)
def test_odd_input(run: Run, text: str) -> None:
    quotes, speakers = run(text)
    for q in quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
    for s in speakers:
        assert all(0 <= i < len(quotes) for i in s.quotes)
