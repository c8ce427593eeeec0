"""Reported speech the parser gets wrong without 'that', and 'according to' after a clause.

Sentences are written for these tests; each mirrors a construction seen in real reporting.
"""

from __future__ import annotations

from .helpers import Run
from .helpers import texts as _texts


def test_ruling_after_date_adjunct_without_that(run: Run) -> None:
    quotes, _ = run("The appeals court ruled on March 3 the new voting map was unlawful.")
    assert _texts(quotes) == ["the new voting map was unlawful"]
    assert quotes[0].kind == "indirect"


def test_clause_subject_parsed_as_object_of_cue(run: Run) -> None:
    quotes, _ = run(
        "Judge Maria Lopez ruled the city's ban on street vendors violated the state charter."
    )
    assert _texts(quotes) == ["the city's ban on street vendors violated the state charter"]
    assert quotes[0].speaker == "Maria Lopez"


def test_object_with_aside_then_tensed_clause(run: Run) -> None:
    quotes, _ = run(
        "On Monday the ministry announced the new agency, to be based in Porto, would open in May."
    )
    assert _texts(quotes) == ["the new agency, to be based in Porto, would open in May"]


def test_coordinated_actions_are_not_content(run: Run) -> None:
    quotes, _ = run("The mayor announced the budget and left the hall before questions.")
    assert quotes == []


def test_according_to_after_a_clause_with_its_own_subordinate_verb(run: Run) -> None:
    quotes, _ = run(
        "About 400 homes have been flooded since the storm began on Sunday, "
        "according to the Daily Courier."
    )
    assert _texts(quotes) == ["About 400 homes have been flooded since the storm began on Sunday"]
    assert quotes[0].speaker in ("the Daily Courier", "Daily Courier")


def test_according_to_an_outlet_still_relays_a_quoted_speaker(run: Run) -> None:
    quotes, _ = run(
        'Senator Ann Bell called the plan "a disgrace", according to the Daily Courier.'
    )
    assert any(q.speaker == "Ann Bell" for q in quotes)


def test_aside_cue_then_coordinated_clause_gives_two_statements(run: Run) -> None:
    quotes, _ = run(
        "The bridge will reopen in June, the transport minister Ida Berg said, "
        "but tolls will rise by a third."
    )
    assert _texts(quotes) == ["The bridge will reopen in June", "tolls will rise by a third"]
    assert all(q.speaker == "Ida Berg" for q in quotes)


def test_aside_cue_without_coordinator_keeps_the_host_sentence(run: Run) -> None:
    quotes, _ = run("Western criticism, he said, often ignored the facts on the ground.")
    assert len(quotes) == 1
    assert quotes[0].text.startswith("Western criticism")
    assert quotes[0].text.endswith("the facts on the ground")


def test_pointed_out_without_that(run: Run) -> None:
    quotes, _ = run(
        "Mayor Tom Reyes pointed out it would have been cheaper to repair the old bridge."
    )
    assert _texts(quotes) == ["it would have been cheaper to repair the old bridge"]
    assert quotes[0].speaker == "Tom Reyes"


def test_findings_of_a_study_are_reported_content(run: Run) -> None:
    quotes, _ = run("Okafor et al found the drug reduced deaths by a third in older patients.")
    assert _texts(quotes) == ["the drug reduced deaths by a third in older patients"]


def test_small_clause_object_is_not_a_quote(run: Run) -> None:
    quotes, _ = run("The health agency declared the outbreak a national emergency on Friday.")
    assert quotes == []


def test_as_aside_before_the_clause(run: Run) -> None:
    quotes, _ = run(
        "As officials confirmed on Monday, the border crossing will stay closed until spring."
    )
    assert _texts(quotes) == ["the border crossing will stay closed until spring"]


def test_as_aside_after_the_clause(run: Run) -> None:
    quotes, _ = run("The museum will reopen in April, as local media reported.")
    assert _texts(quotes) == ["The museum will reopen in April"]


def test_as_clause_with_an_object_is_an_action(run: Run) -> None:
    quotes, _ = run("He waved as he said goodbye to the crowd.")
    assert quotes == []


def test_person_in_apposition_to_a_title_is_the_speaker(run: Run) -> None:
    quotes, _ = run(
        "Ghana's Principal Secretary for Trade, Kofi Mensah, told a press briefing on Friday "
        "that cocoa exports would recover next season."
    )
    assert _texts(quotes) == ["cocoa exports would recover next season"]
    assert quotes[0].speaker == "Kofi Mensah"


def test_cue_inside_a_relative_clause_reports_the_relative_verb(run: Run) -> None:
    quotes, _ = run(
        "The plan includes new fuel taxes, which Finance Minister Lena Holm said would raise "
        "two billion euros."
    )
    assert _texts(quotes) == ["would raise two billion euros"]
    assert quotes[0].speaker == "Lena Holm"


def test_relative_pronoun_subject_of_the_reported_verb(run: Run) -> None:
    quotes, _ = run(
        "The storm flooded the valley, which the BBC reported left hundreds of homes without power."
    )
    assert _texts(quotes) == ["left hundreds of homes without power"]
    assert quotes[0].speaker == "BBC"


def test_reported_clause_keeps_its_closing_bracket(run: Run) -> None:
    quotes, _ = run(
        "Chile is ready to resume trade talks with the Southern Common Market (Mercosur), "
        "but it rejects new tariffs, the minister said."
    )
    assert quotes, "the reported clause is a quotation"
    assert quotes[0].text.startswith("Chile is ready")
    assert quotes[0].text.count("(") == quotes[0].text.count(")") == 1
