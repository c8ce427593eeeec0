"""Offices the article gives in passing and descriptions that narrow them: a bloc's official
of some nationality ('the Slovak commissioner' for the EU's trade commissioner), a
counterpart's office ('his Belarusian counterpart ... The Belarusian minister') and an office
given after 'as' ('her second term as director-general of ...').

Sentences written for Communique in the shapes of wire and broadsheet copy.
"""

from __future__ import annotations

import pytest

from .helpers import Run, speaker_of

CASES = [
    # a bloc's official has a nationality too
    (
        "Maroš Šefčovič, the European commissioner for trade, said after meeting US officials "
        "that the two sides had never been closer.\n\n"
        "\"I would not be standing here if I did not believe we can close this,\" the Slovak "
        "commissioner told reporters.",
        "standing here",
        "Maroš Šefčovič",
    ),
    # ... but a state's official has the state's
    (
        "French President Emmanuel Macron met Chancellor Friedrich Merz in Berlin.\n\n"
        "\"We are in a single market,\" the German president told reporters.",
        "single market",
        None,
    ),
    # a counterpart holds the office of the one he met
    (
        "Foreign Minister Sergey Lavrov, speaking in Minsk after talks with his Belarusian "
        "counterpart Maxim Ryzhenkov, said the EU had burnt its bridges.\n\n"
        "The Belarusian minister, for his part, told BelTA that Minsk and Moscow would "
        "coordinate their response.",
        "coordinate their response",
        "Maxim Ryzhenkov",
    ),
    # an office given after 'as'
    (
        "Ngozi Okonjo-Iweala has spent much of her second term as director-general of the "
        "World Trade Organization defending the institution.\n\n"
        "Trade ministers meet in March. The director-general called the offer \"a very "
        "welcome signal\".",
        "welcome signal",
        "Ngozi Okonjo-Iweala",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES)
def test_offices_held(run: Run, text: str, words: str, speaker: str | None) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker


PRONOUN_AFTER_SUBJECT_PHRASE = [
    # the name closing a long subject phrase is its subject's, so the 'He' after is his
    (
        "The M23 spokesman, Lawrence Kanyuka, said on X that the rebels had no intention of "
        "withdrawing.\n\n"
        "Rwanda responds\n\n"
        "Rwanda's ambassador to the UN, Ernest Rwamucyo, rejects the accusations. He says "
        "Rwanda has taken \"defensive measures\" along its border.",
        "defensive measures",
        "Ernest Rwamucyo",
    ),
    # names in brackets after a name are its works, not the subject
    (
        "Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told of being forced to "
        "rethink her life. \"In my first stint, I didn't get any work,\" she said.",
        "first stint",
        "Jenn St-Onge",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PRONOUN_AFTER_SUBJECT_PHRASE)
def test_pronoun_after_a_subject_phrase(run: Run, text: str, words: str, speaker: str) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker
