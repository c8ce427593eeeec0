"""Cue verbs of manner and mood ('grumbled', 'fumed', 'scoffed', 'mused') report the clause
they take, and 'accused X of "..."' gives the accuser's own words as a direct quote."""

from __future__ import annotations

import pytest

from .helpers import Run


@pytest.mark.parametrize("verb", ["grumbled", "fumed", "scoffed", "mused", "conceded",
                                  "cautioned", "lamented", "quipped"])
def test_manner_verbs_with_a_that_clause_report_it(run: Run, verb: str) -> None:
    quotes, _ = run(f"Mayor Ines Mota {verb} that the new cranes had arrived late.")
    assert [q.text for q in quotes] == ["the new cranes had arrived late"]
    assert quotes[0].speaker == "Ines Mota"


def test_fumed_without_a_clause_is_no_quote(run: Run) -> None:
    quotes, _ = run("The drivers fumed in the queue for an hour.")
    assert quotes == []


def test_accused_of_quoted_words_is_a_direct_quote(run: Run) -> None:
    quotes, _ = run(
        "The port authority accused the shipping line of \"reckless disregard for safety\" "
        "in the harbour."
    )
    assert [q.text for q in quotes] == ["reckless disregard for safety"]
    assert quotes[0].kind == "direct"
    assert quotes[0].speaker_mention == "The port authority"


def test_told_with_object_and_place_phrases_reports_the_that_clause(run: Run) -> None:
    quotes, _ = run(
        "Candidate Rosa Quispe told cheering supporters at a hotel in Cusco that she would "
        "wait for the last ballots."
    )
    assert [q.text for q in quotes] == ["she would wait for the last ballots"]
    assert quotes[0].speaker == "Rosa Quispe"


def test_present_tense_profile_cue_and_the_quote_after_it(run: Run) -> None:
    quotes, _ = run(
        "The ferryman Olaf Brekke checks the ropes twice. \"The fjord is calmer every "
        "year,\" he says, tapping the railing. \"Nobody young wants this job.\""
    )
    texts = [q.text for q in quotes]
    assert texts == ["The fjord is calmer every year,", "Nobody young wants this job."]
    assert all(q.speaker == "Olaf Brekke" for q in quotes)


def test_present_tense_cue_with_an_aside_before_that(run: Run) -> None:
    quotes, _ = run(
        "The ferryman Olaf Brekke looks at the water. He says, tapping the railing, that the "
        "cod \"have gone north for good\"."
    )
    assert [q.text for q in quotes] == ["the cod \"have gone north for good\""]
    assert quotes[0].kind == "mixed"
    assert quotes[0].speaker == "Olaf Brekke"
