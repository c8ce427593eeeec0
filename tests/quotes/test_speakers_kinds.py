"""Bodies named by their kind after their name: 'the union', 'the campaign group', 'the
service'; and body names the tagger split at their 'and'.

Sentences written for Communique in the shapes of wire and regional copy.
"""

from __future__ import annotations

import pytest

from .helpers import Run, speaker_of

CASES = [
    # a body's name cut at 'and' by the tagger ('Fire' a person, 'Rescue' a body)
    (
        "Mid Wales Fire and Rescue Service said crews had pulled 12 people from cars.",
        "pulled 12 people",
        "Mid Wales Fire and Rescue Service",
    ),
    (
        "The Lagos Flood and Erosion Control Agency said 300 homes had been evacuated.",
        "300 homes",
        "Lagos Flood and Erosion Control Agency",
    ),
    # two countries joined by 'and' stay two names: the first speaks, as before
    ("Russia and China said the vote was unfair.", "the vote was unfair", "Russia"),
    # a kind noun after the body's own name
    (
        "The National Nurses Federation (NNF) rejected the offer on Monday. The union said "
        "its members would strike in March.",
        "would strike in March",
        "National Nurses Federation",
    ),
    (
        "Amnesty International attacked the plan. The rights group said the "
        "licences would lock in decades of drilling.",
        "lock in decades",
        "Amnesty International",
    ),
    # 'Amazon' only modifies 'workers': the union is not Amazon
    (
        "Amazon workers in Coventry walked out on Friday. The union said 400 people joined "
        "the strike.",
        "400 people joined",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES)
def test_kind_of_body_and_split_names(
    run: Run, text: str, words: str, speaker: str | None
) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker


def test_view_phrase_needs_its_own_view_noun(run: Run) -> None:
    # 'accounts' of a video posting is no point of view: Fain's own 'said' cues the report
    text = (
        "In a video posted to the union's social media accounts, Ed Marsh said carmakers "
        "had \"made record profits for years\" and should now pay."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "record profits") == "Ed Marsh"
    assert not any(q.text.startswith("Ed Marsh said") for q in quotes)
