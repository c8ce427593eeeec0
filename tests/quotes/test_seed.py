"""The seed article must read right: every statement, its kind, speaker, cue and relay."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.records import Quote

from .helpers import Run

SEED = Path(__file__).resolve().parents[2] / "samples" / "russia-eu-ties.txt"


@pytest.fixture(scope="module")
def seed(run: Run) -> list[Quote]:
    paras = [p.strip() for p in SEED.read_text("utf-8").split("\n\n")]
    first = paras.index("Russia wants to restore EU ties") + 1
    last = next(k for k, p in enumerate(paras) if p.startswith("Also Read-"))
    quotes, _ = run("\n\n".join(paras[first:last]))
    return quotes


def find(quotes: list[Quote], opening: str) -> Quote:
    hits = [q for q in quotes if q.text.startswith(opening)]
    assert len(hits) == 1, f"{opening!r}: {[q.text[:40] for q in quotes]}"
    return hits[0]


def test_peskov_indirect_statements(seed: list[Quote]) -> None:
    first = find(seed, "Russia is interested in restoring ties")
    second = find(seed, "Russia never initiated the decline")
    for q in (first, second):
        assert q.kind == "indirect"
        assert q.speaker == "Dmitry Peskov"
    assert first.speaker_role == "Kremlin spokesman"
    assert (first.paragraph, second.paragraph) == (0, 1)


def test_peskov_direct_quote_via_xinhua(seed: list[Quote]) -> None:
    q = find(seed, "We are strongly against interference")
    assert (q.kind, q.speaker, q.speaker_mention, q.via) == (
        "direct", "Dmitry Peskov", "the spokesman", "Xinhua"
    )


def test_peskov_two_paragraph_quote(seed: list[Quote]) -> None:
    a = find(seed, "But this does not mean that we somehow")
    b = find(seed, "On the contrary, we are interested")
    assert a.speaker == b.speaker == "Dmitry Peskov"
    assert a.cue == b.cue == "added"
    assert b.paragraph == a.paragraph + 1


def test_borrell_direct_quotes(seed: list[Quote]) -> None:
    a = find(seed, "My visit to Moscow highlighted")
    b = find(seed, "My meeting with (Russian Foreign) Minister Sergei Lavrov")
    assert a.speaker == b.speaker == "Josep Borrell"
    assert b.speaker_mention == "he"
    assert "High Representative" in (a.speaker_role or "")


def test_lavrov_statements(seed: list[Quote]) -> None:
    relayed = find(seed, "he had told Borrell the blame")
    assert (relayed.kind, relayed.speaker, relayed.via) == ("indirect", "Sergei Lavrov", "TASS")
    statement = find(seed, "During talks with Josep Borrell in Moscow")
    assert (statement.speaker, statement.cue) == ("Sergei Lavrov", "said in a statement")
    reiterated = find(seed, "during the talks with Borrell, the Russian side had reiterated")
    assert (reiterated.kind, reiterated.speaker) == ("indirect", "Sergei Lavrov")
    closing = find(seed, "Not on the basis of unilateral ultimatums")
    assert (closing.speaker, closing.speaker_mention) == ("Sergei Lavrov", "the Foreign Minister")
    assert closing.speaker_role == "Russian Foreign Minister"


def test_every_speaker_is_a_full_name(seed: list[Quote]) -> None:
    assert {q.speaker for q in seed} == {"Dmitry Peskov", "Josep Borrell", "Sergei Lavrov"}
    assert all(q.text == q.text.strip() and q.end > q.start for q in seed)
