"""Direct quotations: speaker before, after and between halves; colons; relays; scare quotes."""

from __future__ import annotations

from .helpers import Run


def test_speaker_after_quote_with_pronoun_resolved(run: Run) -> None:
    quotes, speakers = run(
        "Finance Minister Maria Kovacs met bankers on Tuesday.\n\n"
        '"We will not raise taxes this year," she said.'
    )
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "direct"
    assert q.text == "We will not raise taxes this year,"
    assert q.speaker == "Maria Kovacs"
    assert q.speaker_mention == "she"
    assert q.speaker_role == "Finance Minister"
    assert q.cue == "said"
    assert q.paragraph == 1
    assert [s.name for s in speakers] == ["Maria Kovacs"]


def test_speaker_before_with_colon(run: Run) -> None:
    quotes, _ = run('Opposition leader Tomas Berg said: "This budget is a disaster for families."')
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [
        ("This budget is a disaster for families.", "Tomas Berg", "direct")
    ]


def test_inverted_cue_said_name(run: Run) -> None:
    quotes, _ = run('"The port will reopen next week," said Harbour Master Ivan Petrov.')
    assert len(quotes) == 1
    assert quotes[0].speaker == "Ivan Petrov"


def test_speaker_between_two_halves(run: Run) -> None:
    quotes, _ = run(
        "Prime Minister Ana Silva spoke after the vote.\n\n"
        '"We have the numbers," she said. "The bill will pass before the summer recess."'
    )
    texts = [q.text for q in quotes]
    assert "We have the numbers," in texts
    assert "The bill will pass before the summer recess." in texts
    assert {q.speaker for q in quotes} == {"Ana Silva"}


def test_relay_agency_quoted_as_saying(run: Run) -> None:
    quotes, _ = run(
        "Foreign Ministry spokesman Li Wei said on Monday that talks would continue.\n\n"
        '"Dialogue is the only way forward," Xinhua news agency quoted the spokesman as saying.'
    )
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].speaker == "Li Wei"
    assert direct[0].speaker_mention == "the spokesman"
    assert direct[0].via == "Xinhua"
    assert direct[0].cue == "quoted \u2026 as saying"


def test_told_agency_is_a_relay(run: Run) -> None:
    quotes, _ = run('"Nothing has been decided yet," Deputy Minister Oleg Sokolov told TASS.')
    assert quotes[0].speaker == "Oleg Sokolov"
    assert quotes[0].via == "TASS"
    assert quotes[0].cue == "told TASS"


def test_name_inside_quote_is_not_the_speaker(run: Run) -> None:
    quotes, _ = run(
        "Josep Borrell, the EU's foreign policy chief, spoke in Brussels.\n\n"
        '"My meeting with Minister Sergei Lavrov confirmed that we are drifting apart," he added.'
    )
    assert quotes[0].speaker == "Josep Borrell"
    assert quotes[0].speaker_role == "EU's foreign policy chief"


def test_surname_resolves_to_full_name(run: Run) -> None:
    quotes, _ = run(
        "The central bank governor, Elena Marchetti, held rates steady.\n\n"
        '"Inflation is falling but not fast enough," Marchetti said.'
    )
    assert quotes[0].speaker == "Elena Marchetti"
    assert quotes[0].speaker_mention == "Marchetti"


def test_scare_quotes_titles_and_nicknames_are_not_quotes(run: Run) -> None:
    quotes, _ = run(
        'The so-called "reset" of relations never happened. She read the book "War and Peace" '
        'twice. The striker, nicknamed "the Bull", scored again. It was a "good" year.'
    )
    assert quotes == []


def test_unbalanced_marks_do_not_crash(run: Run) -> None:
    quotes, _ = run(
        'He said "we will go. Then \u201d something \u00bb and \u300c too.\n\n'
        "Another paragraph with a stray ' mark."
    )
    for q in quotes:
        assert 0 <= q.start <= q.end


def test_split_quote_speaker_between_halves_is_never_a_quoted_word(run: Run) -> None:
    """Both halves of '"...," X said in her memoir, "..."' belong to X, not to a word
    of the first half."""
    quotes, _ = run(
        "Vera Holm wrote a memoir.\n\n"
        '"I have the sad reputation of being Miss Perfect, the Nice Girl, and all that," '
        'Holm said in her 2001 memoir, "so I am sure it will shock some readers."'
    )
    assert [q.speaker for q in quotes] == ["Vera Holm", "Vera Holm"]
    assert all(q.speaker_mention == "Holm" for q in quotes)
