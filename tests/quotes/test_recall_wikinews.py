"""Reported speech from real Wikinews news reports that the small parser misreads.

Sentences quoted unchanged from English Wikinews (https://en.wikinews.org), (c) Wikinews
contributors, CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/), via
/work/shared/corpus/wikinews_en: "Missing New York City chef Andrea Zamperoni found dead",
"Yemeni journalist Nabil Hasan al-Quaety shot dead in Aden", "Water main bursts in White
Plains, New York, US", "Former basketball player Kobe Bryant dies in helicopter crash, aged
41", "Voracious fish defend coral reefs against warming, say scientists", "On the campaign
trail in the USA, September 2020". None of these articles is in the quote gold sets. Each
sentence exercises one parse the rules must see through.
"""

from __future__ import annotations

from .helpers import Run
from .helpers import texts as _texts


def test_according_to_parsed_as_the_root_before_a_fronted_adverbial(run: Run) -> None:
    quotes, _ = run(
        "According to Dallorso, for days Zamperoni's phone was off and Zamperoni had not "
        "used his bank cards."
    )
    assert _texts(quotes) == [
        "for days Zamperoni's phone was off and Zamperoni had not used his bank cards"
    ]
    assert quotes[0].speaker == "Dallorso"


def test_cue_parsed_as_a_participle_of_its_speaker(run: Run) -> None:
    quotes, _ = run(
        "The city's security chief, Abdullah al-Jahafi, announced on Facebook on Tuesday "
        "there were suspects in custody."
    )
    assert _texts(quotes) == ["there were suspects in custody"]
    assert quotes[0].speaker == "Abdullah al-Jahafi"


def test_cue_parsed_as_a_participle_with_a_time_by_phrase(run: Run) -> None:
    quotes, _ = run(
        "The city estimated by 9 pm, there would be enough pressure returned to the water "
        "system for all to have water."
    )
    assert _texts(quotes) == [
        "there would be enough pressure returned to the water system for all to have water"
    ]


def test_subject_swallowed_by_the_cues_adjunct(run: Run) -> None:
    quotes, _ = run(
        "The city of Calabasas announced on Twitter the Federal Aviation Administration and "
        "the National Transportation Safety Board were to investigate the cause of the crash."
    )
    assert _texts(quotes) == [
        "the Federal Aviation Administration and the National Transportation Safety Board "
        "were to investigate the cause of the crash"
    ]


def test_zero_that_clause_with_an_aside_keeps_its_conjunct(run: Run) -> None:
    quotes, _ = run(
        "The researchers suggested the algae, like warming temperatures, might render the "
        "corals' chemical defenses less effective, and the fish were protecting the coral by "
        "removing the algae."
    )
    assert len(quotes) == 1
    assert quotes[0].text.startswith("the algae, like warming temperatures, might render")
    assert quotes[0].text.endswith("by removing the algae")


def test_participle_inside_a_fronted_clause_is_no_demoted_cue(run: Run) -> None:
    quotes, _ = run(
        'After Biden attacked Trump for the alleged "losers" and "suckers" comment reported in '
        "The Atlantic, Trump brought up Biden's son Hunter Biden and his dealings in Ukraine "
        "and China."
    )
    assert not any(q.text.startswith("Trump brought up") for q in quotes)
