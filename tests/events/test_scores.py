"""The one score table: every ontology type exactly once, with its quad, score and CAMEO root."""

from __future__ import annotations

import pytest

from communique.events.scores import goldstein, is_cooperative, plover_types, quad_of, score_of
from communique.resources import load_table

ONTOLOGY = {
    "AGREE": (1, 2.5),
    "CONSULT": (1, 2.5),
    "SUPPORT": (1, 5.0),
    "CONCEDE": (1, 4.5),
    "COOPERATE": (2, 9.5),
    "AID": (2, 10.0),
    "RETREAT": (2, 6.5),
    "REQUEST": (3, 0.0),
    "ACCUSE": (3, -3.0),
    "REJECT": (3, -2.0),
    "THREATEN": (3, -3.5),
    "PROTEST": (4, -5.0),
    "SANCTION": (4, -6.0),
    "MOBILIZE": (4, -5.5),
    "COERCE": (4, -7.0),
    "ASSAULT": (4, -9.0),
}


def test_each_ontology_type_has_exactly_one_row() -> None:
    rows = [r["type"] for r in load_table("plover.csv")]
    assert sorted(rows) == sorted(ONTOLOGY)
    assert len(rows) == len(set(rows)) == 16


@pytest.mark.parametrize(("name", "expected"), sorted(ONTOLOGY.items()))
def test_quad_and_score_follow_the_ontology(name: str, expected: tuple[int, float]) -> None:
    assert (quad_of(name), score_of(name)) == expected
    assert is_cooperative(name) == (expected[0] <= 2)


def test_goldstein_by_cameo_root() -> None:
    assert goldstein("04") == 1.0
    assert goldstein("043") == 1.0  # a full code reads its root
    assert goldstein("19") == -10.0
    with pytest.raises(KeyError):
        goldstein("99")


def test_default_cameo_roots_are_known_to_goldstein() -> None:
    for t in plover_types().values():
        goldstein(t.cameo_root)


def test_lexicon_rows_name_known_types_and_roots() -> None:
    types = plover_types()
    for row in load_table("event_lexicon.csv"):
        if row["type"] == "NONE":  # a phrase that is explicitly not an event
            continue
        assert row["type"] in types, row
        goldstein(row["cameo"])
        if row.get("mode"):
            allowed = types[row["type"]].modes
            assert not allowed or row["mode"] in allowed, row
