"""Quotes over several paragraphs, floating quote paragraphs and interview transcripts."""

from __future__ import annotations

from .helpers import Run


def test_multi_paragraph_quote_keeps_speaker_for_every_paragraph(run: Run) -> None:
    text = (
        "Defence Secretary John Hale addressed troops on Friday.\n\n"
        "\u201cYou have served with honour in the hardest of places.\n\n"
        "\u201cThe country owes you more than it can ever repay,\u201d he added."
    )
    quotes, _ = run(text)
    assert [q.text for q in quotes] == [
        "You have served with honour in the hardest of places.",
        "The country owes you more than it can ever repay,",
    ]
    assert [q.paragraph for q in quotes] == [1, 2]
    assert all(q.speaker == "John Hale" for q in quotes)


def test_floating_quote_paragraph_takes_previous_speaker(run: Run) -> None:
    text = (
        '"The harvest failed for the third year," farmer Aisha Bello said.\n\n'
        '"We have nothing left to sell and nothing left to eat."'
    )
    quotes, _ = run(text)
    assert len(quotes) == 2
    floating = quotes[1]
    assert floating.floating
    assert floating.speaker == "Aisha Bello"
    assert floating.speaker_mention is None


def test_interview_transcript_answers_are_quotes(run: Run) -> None:
    text = (
        "Marine biologist Rosa Lindqvist spoke to us about coral reefs.\n\n"
        "Q: Why are the reefs dying?\n\n"
        "A: Warmer water bleaches the coral, and it cannot recover between heat waves.\n\n"
        "Q: Is there any hope?\n\n"
        "A: Yes. Some reefs are adapting faster than we expected."
    )
    quotes, _ = run(text)
    assert [q.text for q in quotes] == [
        "Warmer water bleaches the coral, and it cannot recover between heat waves.",
        "Yes. Some reefs are adapting faster than we expected.",
    ]
    assert all(q.speaker == "Rosa Lindqvist" and q.kind == "direct" for q in quotes)


def test_wikinews_style_labels(run: Run) -> None:
    text = (
        "Wikinews spoke with astronomer Tomas Varga about the new survey.\n\n"
        "((WN)) What did the survey find?\n\n"
        "((Tomas Varga)) We found far more faint galaxies than the models predicted.\n\n"
        "((WN)) What comes next?\n\n"
        "((Tomas Varga)) A second survey with a bigger telescope next year."
    )
    quotes, _ = run(text)
    assert len(quotes) == 2
    assert all(q.speaker == "Tomas Varga" for q in quotes)
