"""Speakers' names in the shapes real copy writes them: offices that end in a noun of the
language before the name ('Minister for Foreign Affairs Helen McEntee'), titles the tagger
left untagged ('Taoiseach'), Portuguese particles ('do'), members' lists closed by a body noun,
and seats that are part of a name only for missions ('Embassy of India in Riyadh', not 'the
Ifo Institute in Munich').

Sentences written for Communique.
"""

from __future__ import annotations

import pytest

from .helpers import Run, speaker_of

CASES = [
    # the live-blog stamp before the paragraph changes the tagger's reading: kept on purpose
    (
        "Protesters gathered on Dame Street.\n\n09:10\n\nMinister for Foreign Affairs Helen "
        "McEntee, arriving at Dublin Castle this morning, said the meeting was a chance for "
        'Europe to "move from statements to delivery".',
        "statements to delivery",
        "Helen McEntee",
    ),
    (
        "16:55\n\nTaoiseach Micheál Martin, who attended last night's working dinner, has been "
        "speaking to reporters in Cork.\n\nHe said Ireland would not drop its push.",
        "would not drop",
        "Micheál Martin",
    ),
    (
        "Brazil's climate envoy André Corrêa do Lago said the road would continue.",
        "road would continue",
        "André Corrêa do Lago",
    ),
    (
        "The Kenya Medical Practitioners, Pharmacists and Dentists Union says the government "
        "has failed. The union says the deal was ignored.",
        "deal was ignored",
        "Kenya Medical Practitioners, Pharmacists and Dentists Union",
    ),
    ("The Ifo Institute in Munich said it expected growth to slow.", "growth to slow",
     "Ifo Institute"),
    (
        "The Employment and Labour Relations Court in Nairobi said the strike threatened "
        "lives.",
        "threatened lives",
        "Employment and Labour Relations Court",
    ),
    # a mission's seat is part of its name
    ("The Embassy of Japan in Manila said the workers were safe.", "workers were safe",
     "Embassy of Japan in Manila"),
    ("The Emirati embassy in London said the claims were false.", "claims were false",
     "Emirati embassy in London"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES)
def test_names_in_the_shapes_copy_writes_them(
    run: Run, text: str, words: str, speaker: str | None
) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker
