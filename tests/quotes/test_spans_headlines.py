"""Headline and live-blog entry quotations: a speaker or title before a colon, then the
quoted words in single marks, with or without a few words of the headline's own between."""

from __future__ import annotations

from .helpers import Run


def test_live_blog_entry_with_time_and_speaker(run: Run) -> None:
    quotes, _ = run(
        "09:12 \u2014 Lindqvist: 'The harbour stays open'\n\n"
        "The port chief spoke to reporters in Gothenburg."
    )
    assert quotes[0].text == "The harbour stays open"
    assert quotes[0].speaker_mention == "Lindqvist"


def test_headline_label_with_words_before_the_quote(run: Run) -> None:
    quotes, _ = run(
        "Union leader: wage offer 'an insult to nurses'\n\n"
        "The union rejected the offer on Monday."
    )
    assert quotes[0].text == "an insult to nurses"
    assert quotes[0].kind == "direct"
    assert quotes[0].speaker_mention == "Union leader"


def test_sentence_with_a_colon_and_a_verb_is_no_headline_label(run: Run) -> None:
    quotes, _ = run(
        "The lesson was simple: the 'open door' policy had failed the town for years.\n\n"
        "Nobody disagreed."
    )
    assert quotes == []


def test_a_wire_dateline_is_not_part_of_the_report(run: Run) -> None:
    quotes, _ = run(
        "OSLO, Nov 26 (Reuters) - Norway and Sweden agreed on Thursday to share radar data, "
        "Defence Minister Tore Sandvik said."
    )
    assert [q.text for q in quotes] == [
        "Norway and Sweden agreed on Thursday to share radar data"
    ]
