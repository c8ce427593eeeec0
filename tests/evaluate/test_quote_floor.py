"""Quality gate: quote extraction, scored on the shipped gold set, must not fall below the floors.

`gold/quotes/floor.json` pins F1 at 0.3 coverage and speaker accuracy a small margin under the
measured scores (trafilatura's eval_gate habit). A change to quote extraction that loses quotes or
names the wrong speakers fails here. The whole gold set runs through the real pipeline once per
session (about ten seconds with the small model), so the test is not marked slow.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from communique.evaluate import gold_dir
from communique.evaluate.quotes import evaluate_quotes, load_gold
from communique.settings import load_settings

FLOOR_FILE = gold_dir("quotes") / "floor.json"


def _floors() -> list[tuple[str, str, float]]:
    """(scope, metric, floor) rows: scope is "all" or "origin:<name>"."""
    data = json.loads(FLOOR_FILE.read_text("utf-8"))
    rows = [("all", metric, value) for metric, value in data["all"].items()]
    for origin, metrics in data.get("by_origin", {}).items():
        rows.extend((f"origin:{origin}", metric, value) for metric, value in metrics.items())
    return rows


@pytest.fixture(scope="session")
def gold_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the shipped gold files, so every test here scores and counts the same set."""
    snapshot = tmp_path_factory.mktemp("quote-gold")
    for path in gold_dir("quotes").glob("*.jsonl"):
        shutil.copy(path, snapshot / path.name)
    return snapshot


@pytest.fixture(scope="session")
def report(gold_snapshot: Path) -> dict[str, Any]:
    return evaluate_quotes(gold_snapshot, load_settings())


def _measured(report: dict[str, Any], scope: str, metric: str) -> float:
    if scope == "all":
        name, _, threshold = metric.rpartition("_at_")
        return float(report[f"at_{threshold}"]["all"][name])
    origin = scope.split(":", 1)[1]
    return float(report["by_origin"][origin][metric])


@pytest.mark.parametrize(("scope", "metric", "floor"), _floors())
def test_score_at_or_above_floor(
    report: dict[str, Any], scope: str, metric: str, floor: float
) -> None:
    measured = _measured(report, scope, metric)
    assert measured >= floor, f"{scope} {metric}: {measured:.3f} fell below the floor {floor:.3f}"


def test_floors_cover_f1_and_speakers() -> None:
    metrics = {metric for scope, metric, _ in _floors() if scope == "all"}
    assert {"f1_at_0.3", "speaker_accuracy_at_0.3"} <= metrics
    assert all(0.0 < floor <= 1.0 for _, _, floor in _floors())


def test_report_counts_every_gold_article_and_quote(
    report: dict[str, Any], gold_snapshot: Path
) -> None:
    gold = load_gold(gold_snapshot)
    assert report["counts"]["articles"] == len(gold)
    assert report["counts"]["gold"] == sum(len(a.quotes) for a in gold)
    split_total = sum(report["counts"][f"gold_{s}"] for s in ("direct", "indirect", "floating"))
    assert split_total == report["counts"]["gold"]


def test_scorer_reads_a_single_gold_file(tmp_path: Path) -> None:
    """`--gold FILE` scores just that file; a plain cued quote is found with tight boundaries."""
    text = 'The minister said on Monday, "We will sign the agreement next week."'
    record = {
        "id": "floor-smoke",
        "style": "wire",
        "origin": "written",
        "text": text,
        "quotes": [
            {
                "text": "We will sign the agreement next week.",
                "occurrence": 0,
                "kind": "direct",
                "floating": False,
                "speaker": None,
            }
        ],
    }
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = evaluate_quotes(path, load_settings())
    assert out["counts"]["articles"] == 1
    assert out["counts"]["gold"] == out["counts"]["gold_direct"] == 1
    assert out["at_0.8"]["all"]["recall"] == 1.0
