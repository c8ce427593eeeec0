"""Quoted fragments inside a reported clause make the whole clause a mixed quotation, whose
speaker is the subject of the cue, never a word of the clause itself."""

from __future__ import annotations

from .helpers import Run
from .helpers import by_text as _texts


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


def test_clause_ending_in_a_fragment_before_a_participle_cue_is_mixed(run: Run) -> None:
    quotes, _ = run(
        "The union spokeswoman said the negotiations were \"tense but open,\" adding that "
        "the employers had made \"a real effort\" this week."
    )
    texts = _texts(quotes)
    first = "the negotiations were \"tense but open,\""
    assert first in texts
    assert texts[first].kind == "mixed"
    assert texts[first].cue == "said"
    second = "the employers had made \"a real effort\" this week"
    assert second in texts
    assert texts[second].kind == "mixed"
    assert len(quotes) == 2


def test_verbless_phrase_after_the_fragment_stays_in_the_clause(run: Run) -> None:
    quotes, _ = run(
        "She said she expected an agreement, but probably \"in the final hour,\" and most "
        "likely with help from the larger ports."
    )
    assert len(quotes) == 1
    assert quotes[0].kind == "mixed"
    assert quotes[0].text.endswith("with help from the larger ports")


def test_a_second_act_after_the_report_is_not_part_of_it(run: Run) -> None:
    quotes, _ = run(
        "Baraka said in a statement that the raids were \"a clear attempt to wreck\" the "
        "truce, and called on the mediators to act."
    )
    assert len(quotes) == 1
    assert quotes[0].text == "the raids were \"a clear attempt to wreck\" the truce"
    assert quotes[0].kind == "mixed"


def test_what_the_speaker_did_next_is_not_part_of_the_report(run: Run) -> None:
    quotes, _ = run(
        "The premier said it had been \"a fine week for the port,\" before leaving for "
        "Bergen."
    )
    assert [q.text for q in quotes] == ["it had been \"a fine week for the port,\""]
    assert quotes[0].kind == "mixed"


def test_before_inside_the_report_stays(run: Run) -> None:
    quotes, _ = run("She said the army would withdraw before starting new talks.")
    assert [q.text for q in quotes] == ["the army would withdraw before starting new talks"]


def test_a_mid_sentence_cue_before_a_quoted_fragment_gives_one_mixed_quote(run: Run) -> None:
    quotes, _ = run(
        "Pedro Alves spoke in Lisbon. Young people, he said, would be \"the first to feel "
        'the benefit".'
    )
    assert [(q.kind, q.text) for q in quotes] == [
        ("mixed", 'Young people, he said, would be "the first to feel the benefit"')
    ]


def test_the_clause_after_a_mid_sentence_cue_keeps_its_quoted_fragment(run: Run) -> None:
    quotes, _ = run(
        "Fiona Hill spoke to us. The war, she says, has become \"a war about borders\", and "
        "Europe has been slow to grasp it."
    )
    assert [q.text for q in quotes] == [
        'The war, she says, has become "a war about borders"',
        "Europe has been slow to grasp it",
    ]
