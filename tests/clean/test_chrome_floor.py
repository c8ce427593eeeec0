"""Quality gate: chrome removal on the gold set must not fall below the pinned floors."""

from __future__ import annotations

import json
from typing import Any

import pytest

from communique.evaluate import gold_dir
from communique.evaluate.chrome import evaluate_chrome, gold_digest, score
from communique.settings import Settings

FLOOR = gold_dir("chrome") / "floor.json"


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return evaluate_chrome(None, Settings())


@pytest.fixture(scope="module")
def floor() -> dict[str, Any]:
    return json.loads(FLOOR.read_text("utf-8"))


def test_gold_set_matches_pinned_digest(floor: dict[str, Any]) -> None:
    assert gold_digest() == floor["gold_digest"], "gold set changed: re-pin floor.json on purpose"


@pytest.mark.parametrize("fmt", ["text", "html", "html_as_text", "html_as_text_nodes"])
def test_scores_at_or_above_floor(report: dict[str, Any], floor: dict[str, Any], fmt: str) -> None:
    ours = report[fmt]["communique"]
    assert ours["pages"] >= 15
    assert ours["micro"]["f1"] >= floor[fmt]["micro_f1"]
    assert ours["macro"]["f1"] >= floor[fmt]["macro_f1"]
    assert ours["macro"]["recall"] >= floor[fmt]["macro_recall"]


def test_cleaning_beats_the_raw_page(report: dict[str, Any]) -> None:
    for fmt in ("text", "html", "html_as_text", "html_as_text_nodes"):
        assert report[fmt]["communique"]["micro"]["f1"] > report[fmt]["raw_page"]["micro"]["f1"]


def test_html_at_least_bare_trafilatura(report: dict[str, Any], floor: dict[str, Any]) -> None:
    margin = floor["html_vs_trafilatura_micro_f1_margin"]
    html = report["html"]
    assert html["communique"]["micro"]["f1"] >= html["trafilatura"]["micro"]["f1"] + margin


def test_shingle_score_counts_lost_and_extra_text() -> None:
    gold = "one two three four five six seven eight nine ten"
    assert score(gold, gold, 3)["f1"] == 1.0
    half = score("one two three four five six", gold, 3)
    assert half["precision"] == 1.0 and half["recall"] == pytest.approx(4 / 8)
    noisy = score(gold + " menu home world sport news", gold, 3)
    assert noisy["recall"] == 1.0 and noisy["precision"] < 1.0
