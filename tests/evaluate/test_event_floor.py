"""Quality gate: the event coder, scored on the shipped gold set, must not fall below the floors.

`gold/events/floor.json` pins each metric a small margin under the score measured when it was set
(trafilatura's eval_gate habit) together with a digest of the gold file, so neither the coder nor
the gold can drift without someone re-measuring on purpose. Floors are raised when the coder
improves and never lowered. The gold set's own shape (size, types, flags, splits, provenance) is
checked here too, since the floors mean nothing on a set that stopped meeting its specification.
The whole set (455 sentences) runs through the real pipeline once per session, about 15 seconds.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from communique.evaluate import gold_dir
from communique.evaluate.events import FLAGS, NO_EVENT, evaluate_events, load_gold
from communique.events.scores import plover_types
from communique.settings import load_settings

GOLD_DIR = gold_dir("events")
GOLD_FILE = GOLD_DIR / "sentences.jsonl"
FLOOR_FILE = GOLD_DIR / "floor.json"
CORPUS = Path("/work/shared/corpus/wikinews_en/articles.jsonl")


def _floor_data() -> dict[str, Any]:
    return dict(json.loads(FLOOR_FILE.read_text("utf-8")))


def _floors() -> list[tuple[str, float]]:
    return sorted(_floor_data()["floors"].items())


@pytest.fixture(scope="session")
def report() -> dict[str, Any]:
    return evaluate_events(None, load_settings())


def _lookup(report: dict[str, Any], path: str) -> float:
    """Value at a dotted path such as ``all.coop_conflict.accuracy``."""
    node: Any = report
    for key in path.split("."):
        node = node[key]
    return float(node)


@pytest.mark.parametrize(("metric", "floor"), _floors())
def test_score_at_or_above_floor(report: dict[str, Any], metric: str, floor: float) -> None:
    measured = _lookup(report, metric)
    assert measured >= floor, f"{metric}: {measured:.3f} fell below the floor {floor:.3f}"


def test_floors_cover_the_required_metrics() -> None:
    names = {metric for metric, _ in _floors()}
    required = {
        "all.type_accuracy",
        "all.macro_f1",
        "all.quad_accuracy",
        "all.coop_conflict.accuracy",
        "all.actor_pair_recall",
        "heldout.type_accuracy",
        "heldout.macro_f1",
    }
    assert required <= names
    assert all(0.0 < floor <= 1.0 for _, floor in _floors())


def test_gold_unchanged_since_floors_were_pinned() -> None:
    digest = hashlib.sha256(GOLD_FILE.read_bytes()).hexdigest()
    assert digest == _floor_data()["gold_digest"], (
        "gold/events/sentences.jsonl changed: re-measure, update floor.json, never lower a floor"
    )


def test_report_covers_every_sentence_and_split(report: dict[str, Any]) -> None:
    gold = load_gold(GOLD_DIR)
    assert report["all"]["n"] == len(gold)
    assert report["dev"]["n"] + report["heldout"]["n"] == len(gold)
    assert report["all"]["n_events"] == sum(1 for g in gold if g.type is not None)
    labels = set(report["all"]["per_type"])
    assert set(plover_types()) | {NO_EVENT} <= labels
    confusion_total = sum(sum(row.values()) for row in report["all"]["confusion"].values())
    assert confusion_total == len(gold)


# ------------------------------------------------------------------ the gold set's specification


@pytest.fixture(scope="module")
def gold_records() -> list[dict[str, Any]]:
    lines = GOLD_FILE.read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_gold_size_and_type_balance(gold_records: list[dict[str, Any]]) -> None:
    assert len(gold_records) >= 320
    counts = Counter(r["type"] for r in gold_records)
    types = plover_types()
    assert set(counts) - {None} == set(types), "every PLOVER type and nothing else"
    assert all(counts[t] >= 15 for t in types), counts
    assert counts[None] >= 35, "about 40 statements that are not events"
    for r in gold_records:
        if r["type"] is not None:
            assert r["quad"] == types[r["type"]].quad, r["id"]
            assert r["source"], f"{r['id']}: an event needs a source"
            mode = r["mode"]
            assert mode is None or mode in types[r["type"]].modes, r["id"]


def test_gold_exercises_flags_and_dates(gold_records: list[dict[str, Any]]) -> None:
    events = [r for r in gold_records if r["type"] is not None]
    for flag in FLAGS:
        assert sum(r[flag] for r in events) >= 10, flag
    assert sum(1 for r in events if r["date"] and r["date"] != r["published"]) >= 60
    assert not any(r[flag] for r in gold_records if r["type"] is None for flag in FLAGS)


def test_gold_splits_hold_back_a_quarter_of_every_type(gold_records: list[dict[str, Any]]) -> None:
    heldout = [r for r in gold_records if r.get("split") == "heldout"]
    assert 0.2 <= len(heldout) / len(gold_records) <= 0.3
    assert {r["type"] for r in heldout} == {r["type"] for r in gold_records}


def test_gold_texts_are_unique_sentences(gold_records: list[dict[str, Any]]) -> None:
    texts = Counter(r["text"] for r in gold_records)
    assert max(texts.values()) == 1
    assert len({r["id"] for r in gold_records}) == len(gold_records)


def test_wikinews_records_keep_licence_and_verbatim_text(
    gold_records: list[dict[str, Any]],
) -> None:
    wiki = [r for r in gold_records if r["origin"] == "wikinews"]
    assert len(wiki) >= 35
    for r in wiki:
        assert r["url"].startswith("https://en.wikinews.org/wiki/"), r["id"]
        assert "CC BY 2.5" in r["attribution"], r["id"]
    written = [r for r in gold_records if r["origin"] == "written"]
    assert all(r["url"] is None and r["attribution"] is None for r in written)
    if not CORPUS.exists():
        pytest.skip("Wikinews corpus not available to check the copied text")
    articles = {}
    for line in CORPUS.read_text("utf-8").splitlines():
        a = json.loads(line)
        articles[a["url"]] = a
    for r in wiki:
        article = articles[r["url"]]
        assert r["text"] in " ".join(article["text"].split("\n\n")), r["id"]
        assert r["published"] == article["date"] and r["attribution"] == article["attribution"]


# ------------------------------------------------------------------ the CLI's --gold FILE path


def test_scorer_reads_a_single_gold_file(tmp_path: Path) -> None:
    """`--gold FILE` scores just that file: one event sentence and one comment."""
    records = [
        {
            "id": "floor-smoke-1",
            "text": "Lithuania expelled three Russian diplomats on Tuesday.",
            "published": "2024-04-11",
            "type": "SANCTION",
            "quad": 4,
            "source": [{"text": "Lithuania", "country": "LTU", "sector": "GOV"}],
            "target": [{"text": "three Russian diplomats", "country": "RUS", "sector": "GOV"}],
            "date": "2024-04-09",
        },
        {
            "id": "floor-smoke-2",
            "text": "The minister said the talks had been long but useful.",
            "published": "2024-04-11",
            "type": None,
            "source": [],
            "target": [],
            "split": "heldout",
        },
    ]
    path = tmp_path / "two.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out = evaluate_events(path, load_settings())
    assert out["all"]["n"] == 2 and out["all"]["n_events"] == 1
    assert out["dev"]["n"] == 1 and out["heldout"]["n"] == 1
    assert out["all"]["per_type"]["SANCTION"]["support"] == 1
    assert out["all"]["date"]["n"] == 1


def test_probe_batch_is_valid_gold_kept_apart_from_the_floors(
    gold_records: list[dict[str, Any]],
) -> None:
    """`probe.jsonl` (sentences held back from the coder's author) loads and shares no text."""
    quads = {name: t.quad for name, t in plover_types().items()}
    probe = load_gold(GOLD_DIR / "probe.jsonl", quads)
    assert len(probe) >= 60
    assert {g.label for g in probe} >= set(quads), "every type is probed"
    shipped = {r["text"] for r in gold_records}
    assert not [g.id for g in probe if g.text in shipped]
    assert not {g.id for g in probe} & {r["id"] for r in gold_records}
