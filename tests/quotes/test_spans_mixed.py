"""Quoted fragments inside a reported clause make the whole clause a mixed quotation, whose
speaker is the subject of the cue, never a word of the clause itself."""

from __future__ import annotations

from collections.abc import Callable

from communique.records import Quote, Speaker

Run = Callable[[str], tuple[list[Quote], list[Speaker]]]


def _texts(quotes: list[Quote]) -> dict[str, Quote]:
    return {q.text: q for q in quotes}


def test_fragment_after_a_verb_of_the_clause_is_part_of_the_clause(run: Run) -> None:
    quotes, _ = run(
        "Estonia's Interior Ministry said in a statement that traffic continued "
        "\"without any delay.\""
    )
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text == "traffic continued \"without any delay.\""
    assert q.kind == "mixed"
    assert q.speaker_mention not in ("traffic", "continued")
    assert q.cue is not None and q.cue.startswith("said")


def test_wrote_on_a_platform_keeps_the_writer_as_speaker(run: Run) -> None:
    quotes, _ = run(
        "The defence minister wrote on X that the patrols would go on \"until the raids end.\""
    )
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "mixed"
    assert q.speaker_mention == "The defence minister"
    assert q.cue == "wrote on X"
