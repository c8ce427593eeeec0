"""The event scorer's maths on hand-made gold and predictions: exact numbers and edge cases.

No spaCy here: predictions are built by hand, so every figure below can be checked on paper.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from communique.errors import InputError
from communique.evaluate.events import (
    NO_EVENT,
    GoldActor,
    GoldSentence,
    actor_pair_matched,
    actors_matched_any_role,
    confusion,
    load_gold,
    macro_f1,
    match_event,
    per_class,
    report,
    score,
)
from communique.records import ActorRef, Event, Span

QUADS = {"AGREE": 1, "CONSULT": 1, "AID": 2, "ACCUSE": 3, "REJECT": 3, "SANCTION": 4, "ASSAULT": 4}


def actor(country: str, sector: str = "GOV") -> ActorRef:
    return ActorRef(text=country, name=country, country=country, sector=sector)


def event(etype: str, src: list[str], tgt: list[str], **kw: object) -> Event:
    return Event(
        type=etype,
        mode=None,
        cameo_root="00",
        quad=QUADS[etype],
        intensity=0.0,
        source=[actor(c) for c in src],
        target=[actor(c) for c in tgt],
        evidence=Span(0, 1, "x"),
        **kw,  # type: ignore[arg-type]
    )


def gold(
    gid: str, etype: str | None, src: list[str], tgt: list[str], split: str = "dev", **kw: object
) -> GoldSentence:
    return GoldSentence(
        id=gid,
        text="x",
        published="2024-03-01",
        type=etype,
        mode=None,
        quad=QUADS[etype] if etype else None,
        source=tuple(GoldActor(c, c, "GOV") for c in src),
        target=tuple(GoldActor(c, c, "GOV") for c in tgt),
        split=split,
        **kw,  # type: ignore[arg-type]
    )


# ------------------------------------------------------------------ per-class and macro-F1


def test_per_class_counts_precision_recall_f1_exactly() -> None:
    g = ["A", "A", "B", "none"]
    p = ["A", "B", "B", "A"]
    s = per_class(g, p, ["A", "B", "none"])
    assert s["A"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert s["B"]["precision"] == 0.5 and s["B"]["recall"] == 1.0
    assert s["B"]["f1"] == pytest.approx(2 / 3)
    assert s["none"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}


def test_macro_f1_is_unweighted_mean_over_given_labels() -> None:
    g = ["A", "A", "B", "none"]
    p = ["A", "B", "B", "A"]
    assert macro_f1(g, p, ["A", "B", "none"]) == pytest.approx((0.5 + 2 / 3 + 0.0) / 3)
    # a class absent from both lists but named in labels counts as F1 0
    assert macro_f1(g, p, ["A", "B", "none", "C"]) == pytest.approx((0.5 + 2 / 3) / 4)


def test_macro_f1_default_labels_penalise_spurious_predicted_class() -> None:
    assert macro_f1(["A", "A"], ["A", "A"]) == 1.0
    assert macro_f1(["A", "A"], ["A", "Z"]) == pytest.approx((2 / 3 + 0.0) / 2)


def test_macro_f1_edge_cases() -> None:
    assert macro_f1([], []) == 0.0
    with pytest.raises(ValueError):
        per_class(["A"], [], ["A"])


def test_confusion_counts_only_occurring_pairs() -> None:
    table = confusion(["A", "A", "B"], ["A", "B", "B"])
    assert table == {"A": {"A": 1, "B": 1}, "B": {"B": 1}}


# ------------------------------------------------------------------ matching


def test_match_prefers_gold_type_then_actor_overlap() -> None:
    g = gold("1", "ACCUSE", ["RUS"], ["USA"])
    first = event("ACCUSE", ["CHN"], ["GBR"])
    better = event("ACCUSE", ["RUS"], ["USA"])
    other = event("CONSULT", ["RUS"], ["USA"])
    assert match_event(g, [other, first, better]) is better
    # ties keep the first event of the gold type
    assert match_event(g, [other, first, event("ACCUSE", ["CHN"], ["GBR"])]) is first


def test_match_falls_back_to_first_unnegated_then_none() -> None:
    g = gold("1", "AID", ["USA"], ["UKR"])
    neg = event("SANCTION", ["USA"], ["UKR"], negated=True)
    plain = event("CONSULT", ["USA"], ["UKR"])
    assert match_event(g, [neg, plain]) is plain
    assert match_event(g, [neg]) is None
    assert match_event(g, []) is None
    # a negated event of the gold type still matches: the negation is then scored as a flag
    neg_aid = event("AID", ["USA"], ["UKR"], negated=True)
    assert match_event(g, [neg_aid]) is neg_aid


def test_non_event_gold_matches_first_unnegated_prediction() -> None:
    g = gold("1", None, [], [])
    assert match_event(g, [event("REJECT", ["RUS"], [], negated=True)]) is None
    spurious = event("ACCUSE", ["RUS"], ["EU"])
    assert match_event(g, [spurious]) is spurious


def test_actor_pair_is_set_containment_per_side() -> None:
    g = gold("1", "ACCUSE", ["RUS", "CHN"], ["EU"])
    assert actor_pair_matched(g, event("ACCUSE", ["CHN", "RUS"], ["EU"]))
    assert actor_pair_matched(g, event("ACCUSE", ["RUS", "CHN", "IRN"], ["EU", "USA"]))
    assert not actor_pair_matched(g, event("ACCUSE", ["RUS"], ["EU"]))
    assert not actor_pair_matched(g, event("ACCUSE", ["RUS", "CHN"], ["USA"]))
    # swapped roles are not a match
    assert not actor_pair_matched(
        gold("2", "ACCUSE", ["RUS"], ["EU"]), event("ACCUSE", ["EU"], ["RUS"])
    )
    assert not actor_pair_matched(g, None)


def test_empty_gold_target_matches_any_target() -> None:
    g = gold("1", "ASSAULT", ["SYR"], [])
    assert actor_pair_matched(g, event("ASSAULT", ["SYR"], ["TUR"]))
    assert actor_pair_matched(g, event("ASSAULT", ["SYR"], []))
    assert not actor_pair_matched(g, event("ASSAULT", ["TUR"], []))


# ------------------------------------------------------------------ the report


def _fixture() -> tuple[list[GoldSentence], list[Event | None]]:
    golds = [
        gold("a", "AGREE", ["RUS"], ["CHN"], date="2024-02-26"),
        gold("b", "CONSULT", ["USA"], ["RUS"], split="heldout", intended=True),
        gold("c", "SANCTION", ["EU"], ["RUS"], date="2024-02-29"),
        gold("d", "ACCUSE", ["RUS"], ["EU"], negated=True),
        gold("e", None, [], []),
        gold("f", "ASSAULT", ["ISR"], [], split="heldout"),
    ]
    preds: list[Event | None] = [
        event("AGREE", ["RUS"], ["CHN"], date="2024-02-26"),  # all right
        event("AGREE", ["USA"], ["RUS"], intended=True),  # wrong type, same quad
        event(
            "REJECT", ["EU"], ["RUS"], date="2024-03-01"
        ),  # wrong type and quad class, wrong date
        event(
            "ACCUSE", ["RUS"], ["USA"], negated=False
        ),  # right type, wrong target, missed negation
        event("ACCUSE", ["RUS"], ["EU"]),  # spurious event on a comment
        None,  # missed event
    ]
    return golds, preds


def test_score_reports_exact_figures() -> None:
    golds, preds = _fixture()
    labels = ["ACCUSE", "AGREE", "ASSAULT", "CONSULT", "REJECT", "SANCTION", NO_EVENT]
    s = score(golds, preds, labels)
    assert s["n"] == 6 and s["n_events"] == 5
    assert s["type_accuracy"] == pytest.approx(2 / 6)  # a and d
    # quad: a (1=1), b (1=1), c (3 vs 4 wrong), d (3=3), f (none) -> 3/5
    assert s["quad_accuracy"] == pytest.approx(3 / 5)
    # coop/conflict over a,b,c,d: c is conflict vs conflict (REJECT quad 3, SANCTION quad 4)
    assert s["coop_conflict"] == {"accuracy": 1.0, "n": 4, "no_prediction": 1}
    # actor pairs: a, b, c match; d has the wrong target; f has no prediction -> 3/5
    assert s["actor_pair_recall"] == pytest.approx(3 / 5)
    assert s["date"] == {"accuracy": 0.5, "n": 2}
    # sources alone: a, b, c, d right; f has no prediction -> 4/5
    assert s["source_recall"] == pytest.approx(4 / 5)
    # any role: d misses EU altogether -> a, b, c of 5
    assert s["actor_recall_any_role"] == pytest.approx(3 / 5)
    assert s["mode"] == {"accuracy": 0.0, "n": 0}
    neg = s["flags"]["negated"]
    assert (
        neg["accuracy"] == pytest.approx(3 / 4)
        and neg["gold_positive"] == 1
        and neg["recall"] == 0.0
    )
    assert s["flags"]["intended"]["recall"] == 1.0 and s["flags"]["intended"]["precision"] == 1.0
    # per class: AGREE P=1/2 R=1; ACCUSE P=1/2 R=1; others 0 -> macro over 7 labels
    assert s["per_type"]["AGREE"]["precision"] == 0.5
    expected = (2 / 3 + 2 / 3) / len(labels)
    assert s["macro_f1"] == pytest.approx(expected)
    assert s["confusion"]["ASSAULT"] == {NO_EVENT: 1}
    assert s["confusion"][NO_EVENT] == {"ACCUSE": 1}


def test_report_splits_share_labels_and_partition_sentences() -> None:
    golds, preds = _fixture()
    r = report(golds, preds)
    assert r["all"]["n"] == 6 and r["dev"]["n"] == 4 and r["heldout"]["n"] == 2
    assert set(r["dev"]["per_type"]) == set(r["heldout"]["per_type"]) == set(r["all"]["per_type"])
    assert NO_EVENT in r["all"]["per_type"]
    assert r["heldout"]["type_accuracy"] == 0.0
    assert r["heldout"]["coop_conflict"] == {"accuracy": 1.0, "n": 1, "no_prediction": 1}


def test_report_scores_each_origin_apart() -> None:
    golds, preds = _fixture()
    golds[0] = replace(golds[0], origin="wikinews")
    golds[3] = replace(golds[3], origin="wikinews")
    r = report(golds, preds)
    assert set(r["by_origin"]) == {"wikinews", "written"}
    assert r["by_origin"]["wikinews"]["n"] == 2 and r["by_origin"]["written"]["n"] == 4
    assert r["by_origin"]["wikinews"]["type_accuracy"] == 1.0  # a and d are both right
    assert r["by_origin"]["written"]["type_accuracy"] == 0.0


def test_report_is_plain_json() -> None:
    golds, preds = _fixture()
    assert json.loads(json.dumps(report(golds, preds)))["all"]["n"] == 6


def test_perfect_predictions_score_one() -> None:
    golds = [gold("a", "AID", ["USA"], ["UKR"]), gold("b", None, [], [])]
    r = report(golds, [event("AID", ["USA"], ["UKR"]), None])
    assert r["all"]["type_accuracy"] == 1.0 and r["all"]["macro_f1"] == 1.0
    assert r["all"]["actor_pair_recall"] == 1.0


# ------------------------------------------------------------------ loading


def _write(tmp_path: Path, records: list[dict[str, object]]) -> Path:
    path = tmp_path / "sentences.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    return path


GOOD = {
    "id": "x1",
    "text": "Moscow expelled two Estonian diplomats on Monday.",
    "published": "2024-03-06",
    "type": "SANCTION",
    "quad": 4,
    "source": [{"text": "Moscow", "country": "RUS", "sector": "GOV"}],
    "target": [{"text": "Estonian diplomats", "country": "EST", "sector": "GOV"}],
    "date": "2024-03-04",
}


def test_load_gold_reads_directory_and_file(tmp_path: Path) -> None:
    path = _write(tmp_path, [GOOD, {**GOOD, "id": "x2", "split": "heldout"}])
    for where in (tmp_path, path):
        loaded = load_gold(where)
        assert [g.id for g in loaded] == ["x1", "x2"]
        assert loaded[0].source[0].country == "RUS" and loaded[1].split == "heldout"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"quad": None}, "quad"),
        ({"type": None}, "non-event"),
        ({"date": "4 March"}, "YYYY-MM-DD"),
        ({"split": "test"}, "split"),
        ({"negated": "no"}, "flag"),
        ({"source": [{"text": "Kyiv", "country": "UKR"}]}, "not in the sentence"),
    ],
)
def test_load_gold_rejects_bad_records_with_line(
    tmp_path: Path, change: dict[str, object], reason: str
) -> None:
    path = _write(tmp_path, [GOOD, {**GOOD, "id": "x2", **change}])
    with pytest.raises(InputError) as err:
        load_gold(path)
    assert err.value.path.endswith(":2") and reason in err.value.reason


def test_load_gold_rejects_duplicates_and_missing(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="duplicate"):
        load_gold(_write(tmp_path, [GOOD, GOOD]))
    with pytest.raises(InputError, match="cannot read"):
        load_gold(tmp_path / "nowhere.jsonl")


def test_any_role_match_forgives_swapped_or_merged_roles_only() -> None:
    joint = gold("1", "CONSULT", ["TUR", "RUS"], [])
    as_dyad = event("CONSULT", ["TUR"], ["RUS"])
    assert not actor_pair_matched(joint, as_dyad)
    assert actors_matched_any_role(joint, as_dyad)
    assert not actors_matched_any_role(joint, event("CONSULT", ["TUR"], ["USA"]))
    assert not actors_matched_any_role(joint, None)


def test_mode_accuracy_only_over_same_type_pairs_with_gold_mode() -> None:
    golds = [
        replace(gold("a", "CONSULT", ["FRA"], ["RUS"]), mode="phone"),
        replace(gold("b", "CONSULT", ["FRA"], ["RUS"]), mode="visit"),
        replace(gold("c", "AGREE", ["FRA"], ["RUS"]), mode="visit"),
        gold("d", "CONSULT", ["FRA"], ["RUS"]),
    ]
    preds: list[Event | None] = [
        replace(event("CONSULT", ["FRA"], ["RUS"]), mode="phone"),
        replace(event("CONSULT", ["FRA"], ["RUS"]), mode="phone"),
        replace(event("CONSULT", ["FRA"], ["RUS"]), mode="visit"),  # wrong type: not counted
        replace(event("CONSULT", ["FRA"], ["RUS"]), mode="visit"),  # no gold mode: not counted
    ]
    assert score(golds, preds, ["AGREE", "CONSULT", NO_EVENT])["mode"] == {"accuracy": 0.5, "n": 2}


def test_report_types_enter_macro_f1_even_when_unused() -> None:
    golds = [gold("a", "AID", ["USA"], ["UKR"])]
    preds: list[Event | None] = [event("AID", ["USA"], ["UKR"])]
    assert report(golds, preds)["all"]["macro_f1"] == pytest.approx(1 / 2)  # AID 1, none 0
    wide = report(golds, preds, ["AID", "ASSAULT", "CONSULT"])
    assert set(wide["all"]["per_type"]) == {"AID", "ASSAULT", "CONSULT", NO_EVENT}
    assert wide["all"]["macro_f1"] == pytest.approx(1 / 4)


def test_load_gold_with_quads_checks_types_and_fills_quad(tmp_path: Path) -> None:
    quads = {"SANCTION": 4, "AID": 2}
    no_quad = {k: v for k, v in GOOD.items() if k != "quad"}
    assert load_gold(_write(tmp_path, [no_quad]), quads)[0].quad == 4
    with pytest.raises(InputError, match="needs quad"):
        load_gold(_write(tmp_path, [no_quad]))
    with pytest.raises(InputError, match="unknown event type"):
        load_gold(_write(tmp_path, [{**GOOD, "type": "SANCTIONS"}]), quads)
    with pytest.raises(InputError, match="contradicts"):
        load_gold(_write(tmp_path, [{**GOOD, "quad": 2}]), quads)
