"""Reported clauses of session 15 that the parse split or hung elsewhere: a clause broken by
an aside set off by commas ('the plan ..., abandoned twice before, will go ahead'), a 'that'
clause read as a clause of the noun before it ('said in a statement that ...', 'told a weekly
briefing in X that ...'), and a gerund subject read as the cue's own complement ('saying
easing inflation ... gave it room').

Sentences written for Communique.
"""

from __future__ import annotations

import pytest

from .helpers import Run, texts_without_comma

FORMS = [
    (
        "On buses, the governor is blunter. He says the plan to move public service vehicles "
        "out of the centre, abandoned twice before, will go ahead in phases from January.",
        ["the plan to move public service vehicles out of the centre, abandoned twice before, "
         "will go ahead in phases from January"],
    ),
    (
        "The Malta Ministry of Foreign Affairs said in a statement that the country applied "
        "only sanctions imposed by the United Nations Security Council, but that it expected "
        "firms registered in Malta to check their partners.",
        ["the country applied only sanctions imposed by the United Nations Security Council",
         "it expected firms registered in Malta to check their partners"],
    ),
    (
        "India's foreign ministry spokesperson Randhir Jaiswal told a weekly briefing in New "
        "Delhi that India was \"studying the details\" and that Indian refiners had not "
        "bought the oil.",
        ["India was \"studying the details\"",
         "Indian refiners had not bought the oil"],
    ),
    (
        "The Central Bank of Ghana on Tuesday cut its benchmark rate by 50 basis points to 25 "
        "per cent, the second cut this year, saying easing inflation and a more stable cedi "
        "gave it room to support growth.",
        ["easing inflation and a more stable cedi gave it room to support growth"],
    ),
]


# South Asian press-statement verbs of reporting ('opined', 'apprised ... that', 'directed
# that')
FORMS += [
    (
        "Speaking on a point of order, party chairman Gohar Ali Khan opined that the law "
        "would be used against political workers.",
        ["the law would be used against political workers"],
    ),
    (
        "Officials of the agency apprised the Minister that the road was 78 per cent "
        "complete.",
        ["the road was 78 per cent complete"],
    ),
    (
        "Shri Gadkari directed that contractors responsible for poor work be blacklisted.",
        ["contractors responsible for poor work be blacklisted"],
    ),
    ("He directed the film in 2019 and won an award for it.", []),
]


@pytest.mark.parametrize(("text", "clauses"), FORMS)
def test_a_split_or_misplaced_clause_is_reported_whole(
    run: Run, text: str, clauses: list[str]
) -> None:
    quotes, _ = run(text)
    assert texts_without_comma(quotes) == clauses
