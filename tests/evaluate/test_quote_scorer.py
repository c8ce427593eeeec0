"""The quote scorer's maths on hand-made spans: coverage, one-to-one matching, P/R/F1, speakers.

These numbers are what `communique eval quotes` and the CI floor report, so each is pinned
exactly; the pipeline is not involved.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.errors import InputError
from communique.evaluate.quotes import (
    ScoredArticle,
    ScoredQuote,
    coverage,
    load_gold,
    locate,
    match_spans,
    prf,
    score,
    speaker_agrees,
)


def test_coverage_is_share_of_gold_characters() -> None:
    assert coverage((0, 10), (0, 10)) == 1.0
    assert coverage((5, 10), (0, 10)) == 0.5
    # A prediction far longer than the gold still covers all of it.
    assert coverage((0, 100), (10, 20)) == 1.0
    assert coverage((20, 30), (0, 10)) == 0.0
    assert coverage((10, 20), (0, 10)) == 0.0  # touching, not overlapping
    assert coverage((0, 5), (5, 5)) == 0.0  # empty gold


def test_threshold_is_strictly_greater() -> None:
    gold = [(0, 10)]
    assert match_spans([(0, 3)], gold, 0.3) == []  # exactly 0.3 does not match
    assert match_spans([(0, 4)], gold, 0.3) == [(0, 0)]
    assert match_spans([(0, 8)], gold, 0.8) == []
    assert match_spans([(0, 9)], gold, 0.8) == [(0, 0)]


def test_matching_is_one_to_one() -> None:
    # Two predictions over the same gold: only one may match it.
    assert match_spans([(0, 10), (0, 10)], [(0, 10)], 0.3) == [(0, 0)]
    # One prediction spanning two gold quotes matches only one of them.
    assert len(match_spans([(0, 20)], [(0, 10), (10, 20)], 0.3)) == 1


def test_matching_is_maximal_not_first_come() -> None:
    # Pred 0 covers gold 0 best (1.0) and gold 1 a little (0.5); pred 1 can only take gold 0.
    # Greedy by order would leave pred 1 unmatched; a maximum matching pairs both.
    preds = [(0, 15), (0, 10)]
    golds = [(0, 10), (10, 20)]
    assert match_spans(preds, golds, 0.3) == [(1, 0), (0, 1)]


def test_matching_prefers_the_tighter_pair_when_sizes_tie() -> None:
    # Both golds could take the prediction; the one it covers fully wins.
    assert match_spans([(0, 10)], [(5, 15), (0, 10)], 0.3) == [(0, 1)]


def test_empty_inputs() -> None:
    assert match_spans([], [(0, 10)], 0.3) == []
    assert match_spans([(0, 10)], [], 0.3) == []
    assert prf(0, 0, 0, 0) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert prf(0, 3, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert prf(0, 0, 0, 4) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_prf_exact_numbers() -> None:
    out = prf(3, 4, 3, 6)
    assert out["precision"] == pytest.approx(0.75)
    assert out["recall"] == pytest.approx(0.5)
    assert out["f1"] == pytest.approx(0.6)


def test_speaker_agreement_strict_and_lenient() -> None:
    assert speaker_agrees("Donald  Trump", "donald trump")
    assert not speaker_agrees("Trump", "Donald Trump")
    assert speaker_agrees("Trump", "Donald Trump", lenient=True)
    assert not speaker_agrees("Melania Trump", "Donald Trump")
    assert speaker_agrees("Melania Trump", "Donald Trump", lenient=True)  # lenient by design
    assert not speaker_agrees("Boris Johnson", "Donald Trump", lenient=True)
    assert speaker_agrees("Guardian", "The Guardian")  # the article is not part of a name
    assert not speaker_agrees("Erdogan", "Recep Tayyip Erdoğan")
    assert speaker_agrees("Erdogan", "Recep Tayyip Erdoğan", lenient=True)  # diacritics folded
    assert speaker_agrees("Trump's", "Donald Trump", lenient=True)
    assert speaker_agrees(None, None)
    assert not speaker_agrees("Donald Trump", None, lenient=True)
    assert not speaker_agrees(None, "Donald Trump", lenient=True)


def _q(
    start: int, end: int, kind: str = "direct", floating: bool = False, speaker: str | None = None
) -> ScoredQuote:
    return ScoredQuote(start, end, kind, floating, speaker)


def test_score_overall_splits_and_speakers() -> None:
    gold = [
        _q(0, 10, "direct", speaker="Ann Lee"),
        _q(20, 40, "indirect", speaker="Bo Chan"),
        _q(50, 60, "direct", True, speaker="Ann Lee"),
        _q(70, 80, "mixed", speaker="Cy Dorr"),
    ]
    pred = [
        _q(0, 10, "direct", speaker="ann lee"),  # exact, right speaker
        _q(20, 30, "indirect", speaker="Chan"),  # covers 0.5: matches at 0.3 only
        _q(50, 60, "direct", speaker="Dee Ray"),  # floating gold, predicted as plain direct
        _q(90, 99, "direct", speaker="Ann Lee"),  # spurious
    ]
    report = score([ScoredArticle("wire", pred, gold, "written")])
    assert report["counts"] == {
        "articles": 1,
        "gold": 4,
        "predicted": 4,
        "gold_direct": 1,
        "gold_indirect": 2,
        "gold_floating": 1,
    }
    low = report["at_0.3"]
    assert low["all"]["matched"] == 3
    assert low["all"]["precision"] == pytest.approx(3 / 4)
    assert low["all"]["recall"] == pytest.approx(3 / 4)
    assert low["all"]["speaker_accuracy"] == pytest.approx(1 / 3)
    assert low["all"]["speaker_accuracy_lenient"] == pytest.approx(2 / 3)
    # Recall by gold class; precision by predicted class.
    assert low["indirect"]["recall"] == pytest.approx(1 / 2)
    assert low["indirect"]["precision"] == pytest.approx(1.0)
    assert low["floating"]["recall"] == 1.0
    assert low["floating"]["predicted"] == 0
    assert low["floating"]["precision"] == 0.0
    assert low["direct"]["precision"] == pytest.approx(2 / 3)  # 3 predicted direct, 2 matched
    high = report["at_0.8"]
    assert high["all"]["matched"] == 2
    assert high["all"]["recall"] == pytest.approx(0.5)
    assert high["indirect"]["matched"] == 0
    assert report["by_style"]["wire"]["f1_at_0.3"] == pytest.approx(0.75)
    assert report["by_origin"]["written"]["gold"] == 4
    assert report["by_origin"]["written"]["speaker_accuracy_at_0.3"] == pytest.approx(1 / 3)


def test_score_pools_articles_and_keeps_offsets_per_article() -> None:
    # Identical offsets in two articles must not match across articles.
    a = ScoredArticle("wire", [_q(0, 10)], [_q(0, 10)])
    b = ScoredArticle("tabloid", [], [_q(0, 10)])
    report = score([a, b])
    assert report["at_0.3"]["all"]["matched"] == 1
    assert report["at_0.3"]["all"]["recall"] == pytest.approx(0.5)
    assert report["by_style"]["tabloid"]["f1_at_0.3"] == 0.0
    assert report["by_style"]["wire"]["f1_at_0.3"] == 1.0


def test_score_nothing() -> None:
    report = score([])
    assert report["counts"]["gold"] == 0
    assert report["at_0.3"]["all"]["f1"] == 1.0
    assert report["at_0.3"]["all"]["speaker_accuracy"] == 0.0


def test_report_is_plain_numbers() -> None:
    report = score([ScoredArticle("wire", [_q(0, 5)], [_q(0, 5)])])
    json.dumps(report)  # nothing but dicts, ints and floats

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        else:
            assert isinstance(value, int | float)

    walk(report)


def test_locate_occurrences() -> None:
    text = "he said no. She said no. They said no."
    assert locate(text, "said no", 0) == 3
    assert locate(text, "said no", 2) == text.rindex("said no")
    assert locate(text, "said no", 3) == -1


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_load_gold_locates_quotes(tmp_path: Path) -> None:
    text = 'He said "yes." Later he said "yes." again.'
    record = {
        "id": "a1",
        "style": "wire",
        "origin": "written",
        "text": text,
        "quotes": [{"text": "yes.", "occurrence": 1, "kind": "direct", "speaker": "He"}],
    }
    (art,) = load_gold(_write(tmp_path / "g.jsonl", [record]))
    (quote,) = art.quotes
    assert text[quote.start : quote.end] == "yes."
    assert quote.start == text.rindex("yes.")
    assert art.origin == "written"


def test_load_gold_reads_every_jsonl_in_a_directory(tmp_path: Path) -> None:
    rec = {"id": "x", "text": "t", "quotes": []}
    _write(tmp_path / "a.jsonl", [rec])
    _write(tmp_path / "b.jsonl", [{**rec, "id": "y"}])
    (tmp_path / "notes.md").write_text("ignored")
    assert [a.id for a in load_gold(tmp_path)] == ["x", "y"]


@pytest.mark.parametrize(
    ("quote", "reason"),
    [
        ({"text": "absent", "kind": "direct"}, "not in the text"),
        ({"text": "yes", "occurrence": 5, "kind": "direct"}, "not in the text"),
        ({"text": "yes", "kind": "quoted"}, "kind"),
    ],
)
def test_load_gold_rejects_bad_quotes(tmp_path: Path, quote: dict, reason: str) -> None:
    record = {"id": "a1", "text": 'He said "yes".', "quotes": [quote]}
    with pytest.raises(InputError, match=reason) as err:
        load_gold(_write(tmp_path / "bad.jsonl", [record]))
    assert "line 1" in str(err.value)
    assert "bad.jsonl" in str(err.value)


def test_load_gold_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no"):
        load_gold(tmp_path)


def test_load_gold_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read") as err:
        load_gold(tmp_path / "absent.jsonl")
    assert "absent.jsonl" in str(err.value)
