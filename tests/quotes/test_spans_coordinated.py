"""Reported clauses joined by 'and that' or by a second cue verb are separate statements,
and a 'that' clause the parser hung on an adverbial clause of the cue is still reported."""

from __future__ import annotations

from .helpers import Run
from .helpers import by_text as _texts


def test_and_that_after_a_zero_that_clause_splits(run: Run) -> None:
    quotes, _ = run(
        "Harbour master Tomas Lindqvist told reporters there was no timetable for dredging "
        "the channel and that the port's plans for a second quay were \"on hold for now\"."
    )
    texts = _texts(quotes)
    assert "there was no timetable for dredging the channel" in texts
    second = "the port's plans for a second quay were \"on hold for now\""
    assert second in texts
    assert texts[second].kind == "mixed"
    assert texts[second].speaker == "Tomas Lindqvist"


def test_second_that_clause_on_the_cue_is_reported_too(run: Run) -> None:
    quotes, _ = run(
        "Finance Minister Ana Duarte told the radio station that Lisbon \"will not be "
        "rushed\" and that the budget rules were \"the same for every member state.\""
    )
    texts = _texts(quotes)
    second = "the budget rules were \"the same for every member state.\""
    assert second in texts
    assert texts[second].speaker == "Ana Duarte"


def test_coordinated_cue_with_its_own_that_clause_starts_a_statement(run: Run) -> None:
    quotes, _ = run(
        "In a statement, the ministry said the two delegations had held \"frank and useful\" "
        "talks and agreed that \"fishing quotas in the shared waters must be set every "
        "spring by a joint committee.\""
    )
    texts = _texts(quotes)
    first = "the two delegations had held \"frank and useful\" talks"
    assert first in texts
    assert texts[first].kind == "mixed"
    assert any(t.startswith("fishing quotas in the shared waters") for t in texts)


def test_hoped_inside_a_report_reports_its_clause(run: Run) -> None:
    quotes, _ = run(
        "Spokeswoman Marta Ilves said Estonia valued \"the long friendship between our "
        "peoples\" and hoped both governments would \"settle the dispute through talks\"."
    )
    texts = _texts(quotes)
    assert "Estonia valued \"the long friendship between our peoples\"" in texts
    second = "both governments would \"settle the dispute through talks\""
    assert second in texts
    assert texts[second].speaker == "Marta Ilves"


def test_hoped_outside_a_report_is_not_speech(run: Run) -> None:
    quotes, _ = run("The farmers hoped the rain would come before the harvest.")
    assert quotes == []


def test_that_clause_after_an_as_clause_belongs_to_the_cue(run: Run) -> None:
    quotes, _ = run(
        "Prime Minister Leo Hartmann told reporters as he left the summit that Berlin was "
        "\"determined to find new markets\" for its machinery."
    )
    texts = _texts(quotes)
    span = "Berlin was \"determined to find new markets\" for its machinery"
    assert span in texts
    assert texts[span].speaker == "Leo Hartmann"


def test_as_clause_without_that_reports_nothing(run: Run) -> None:
    quotes, _ = run(
        "Prime Minister Leo Hartmann waved to reporters as he left the summit that evening."
    )
    assert quotes == []


def test_clause_subject_never_speaks_for_words_quoted_in_its_clause(run: Run) -> None:
    quotes, _ = run(
        "The rail operator Nordbahn said in a statement that freight trains continued \"to "
        "run on time on every line across the whole network.\""
    )
    assert len(quotes) == 1
    assert quotes[0].speaker_mention != "freight trains"
    assert quotes[0].speaker == "Nordbahn"


def test_second_that_clause_with_a_non_speech_verb_is_still_reported(run: Run) -> None:
    quotes, _ = run(
        "Latvia's Transport Ministry said in a statement that it was checking every wagon "
        "\"with the usual care\" at the border and that transit of ordinary goods continued "
        "\"without delay.\""
    )
    texts = _texts(quotes)
    second = "transit of ordinary goods continued \"without delay.\""
    assert second in texts
    assert texts[second].kind == "mixed"
    assert texts[second].speaker_mention != "that transit"


def test_accused_after_a_quoted_report_is_the_speakers_own_quote(run: Run) -> None:
    quotes, _ = run(
        "In Oslo, ministry spokeswoman Kari Nordby told a weekly press briefing that Norway "
        "\"threatens no neighbour at all\" and accused some Swedish commentators of "
        "\"inventing a crisis to sell newspapers\"."
    )
    texts = _texts(quotes)
    second = "inventing a crisis to sell newspapers"
    assert second in texts
    assert texts[second].speaker == "Kari Nordby"
    assert not any(second in t and t != second for t in texts)
