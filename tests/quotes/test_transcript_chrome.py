"""Hybrid interview profiles, wire credit lines and live-blog labels.

A profile that mixes 'Name: answer' transcript paragraphs with the writer's own reporting must
not hand the writer's paragraphs (which quote other people) to the interviewee; a wire credit
line names the staff who wrote the story and is nobody's quotation; a live blog's time stamp
before a 'Speaker: "..."' label does not hide the speaker. Texts written for Communique.
"""

from __future__ import annotations

from communique.records import Quote

from .helpers import Run


def _holding(quotes: list[Quote], words: str) -> list[Quote]:
    return [q for q in quotes if words in q.text]


def test_narrative_paragraph_between_answers_is_not_the_interviewees(run: Run) -> None:
    text = (
        "Mayor Dana Whitlock sat down with the Herald to talk about the harbour plan.\n\n"
        "Herald: Why now?\n\n"
        "Whitlock: The harbour has waited thirty years for this.\n\n"
        "The money would come from a new bond.\n\n"
        'Selin Kaya, a political scientist, said the vote was close. "Bonds like this '
        'rarely pass twice," she said.\n\n'
        "Herald: And if it fails?\n\n"
        "Whitlock: Then we go back to the voters next spring."
    )
    quotes, _ = run(text)
    assert any(q.speaker == "Dana Whitlock" for q in _holding(quotes, "waited thirty years"))
    # the unlabelled paragraph right after an answer still runs on as that answer
    assert any(q.speaker == "Dana Whitlock" for q in _holding(quotes, "a new bond"))
    kaya = _holding(quotes, "rarely pass twice")
    assert kaya and all(q.speaker != "Dana Whitlock" for q in kaya)
    assert any(q.speaker == "Dana Whitlock" for q in _holding(quotes, "next spring"))


def test_wire_credit_line_is_never_an_answer_or_quote(run: Run) -> None:
    text = (
        "Trade minister Piotr Lanski answered questions from readers on Tuesday.\n\n"
        "Q: Will the tariffs stay?\n\n"
        "Lanski: They will stay until the talks end.\n\n"
        "Q: When do the talks end?\n\n"
        "Lanski: Nobody can say that yet.\n\n"
        "(Reporting by Mira Olsen and Tom Baird; Editing by Clare Voss)"
    )
    quotes, _ = run(text)
    assert _holding(quotes, "Nobody can say")
    assert not _holding(quotes, "Reporting by")
    assert not any("Editing" in q.text for q in quotes)


def test_additional_reporting_line_after_a_story_quotes_nobody(run: Run) -> None:
    text = (
        'The port will reopen on Monday, harbour master Ines Falk said. "We are ready," '
        "she said.\n\n"
        "(Additional reporting by Omar Reyes; Writing by Ben Tull; Editing by Sue Marr)"
    )
    quotes, _ = run(text)
    assert not any("Reporting" in q.text or "Writing" in q.text for q in quotes)
    assert any(q.speaker == "Ines Falk" for q in _holding(quotes, "We are ready"))


def test_live_blog_timestamp_before_a_label_keeps_the_speaker(run: Run) -> None:
    text = (
        "Live updates from the health summit in Geneva.\n\n"
        '14:05 \u2014 Tedros: "We are not out of this pandemic yet."\n\n'
        '3:15 p.m. \u2013 Health minister Karl Lind: "Our hospitals can cope with the winter."'
    )
    quotes, _ = run(text)
    who = _holding(quotes, "not out of this pandemic")
    assert who and who[0].speaker == "Tedros"
    minister = _holding(quotes, "hospitals can cope")
    assert minister and minister[0].speaker_mention == "Karl Lind"
