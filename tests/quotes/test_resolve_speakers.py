"""Which person or body a speaker mention resolves to (brief QT, session 6).

Users file each quotation under the one who said it. An unnamed spokesperson introduced with
'a' is a person the article withholds, not the body; an ordinary person the paragraph opens
with is the 'she' of the quote that follows, even after an official quoted before. Sentences
written for Communique.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.records import Quote, Speaker

Run = Callable[[str], tuple[list[Quote], list[Speaker]]]


def _speaker_of(quotes: list[Quote], words: str) -> str | None:
    found = [q for q in quotes if words in q.text]
    assert found, f"no quotation holds {words!r}: {[q.text for q in quotes]}"
    return found[0].speaker


def test_an_indefinite_spokesperson_is_unnamed_not_the_body(run: Run) -> None:
    text = (
        "A Treasury spokeswoman said the scheme would close in April. A spokesman for the "
        "Ministry of Transport said the new timetable was ready."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "scheme would close") is None
    assert _speaker_of(quotes, "timetable was ready") is None


def test_the_body_itself_and_a_named_spokesperson_still_resolve(run: Run) -> None:
    text = (
        "The Ministry of Transport said the new timetable was ready. A spokeswoman, Mira "
        "Kovac, said trains would run every ten minutes."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "timetable was ready") == "Ministry of Transport"
    assert _speaker_of(quotes, "every ten minutes") == "Mira Kovac"
