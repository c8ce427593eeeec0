"""Speakers named by an office, a dateline-led introduction and interview outros.

A reader files 'The Prime Minister said' under the prime minister, never under the deputy or
the defence minister named a paragraph later; a Q/A interview under the interviewee the
introduction names, even when a dateline opens it; and the writer's closing paragraph after
the last answer is no answer. Sentences written for Communique.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.records import Quote, Speaker

Run = Callable[[str], tuple[list[Quote], list[Speaker]]]


def _speaker_of(quotes: list[Quote], words: str) -> str | None:
    found = [q for q in quotes if words in q.text]
    assert found, f"no quotation holds {words!r}: {[q.text for q in quotes]}"
    return found[0].speaker


def test_a_title_with_another_remit_is_not_that_office_holder(run: Run) -> None:
    text = (
        "Hana Kovac opened the new bridge on Monday. The transport minister said the bridge "
        '"will cut the journey by an hour".\n\n'
        "Farm Minister Ivo Petric said the harvest would be late this year."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "cut the journey") == "Hana Kovac"


def test_the_prime_minister_is_not_the_deputy_named_last(run: Run) -> None:
    text = (
        "Lena Vos called an early election on Tuesday. The Prime Minister said voters "
        '"deserve a clear choice".\n\n'
        "Deputy Prime Minister Karel Dorn said the coalition had run its course."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "clear choice") == "Lena Vos"


def test_a_dateline_does_not_hide_the_interviewee(run: Run) -> None:
    text = (
        "PORTO NOVO - Amara Sessou has spent a decade running the port authority. "
        "She spoke to us at her office this week.\n\n"
        "Q: Why did exports fall this year?\n\n"
        "A: The dry season was long and the roads were closed for months.\n\n"
        "Q: Will they recover next year?\n\n"
        "A: They will, once the new rail link opens in the spring.\n\n"
        "After the interview, a port spokesman said the rail link was two months late."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "dry season was long") == "Amara Sessou"
    assert _speaker_of(quotes, "new rail link opens") == "Amara Sessou"
    outro = [q for q in quotes if "After the interview" in q.text]
    assert not outro, "the writer's closing paragraph is no answer"
