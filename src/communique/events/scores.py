"""The one place that reads ``data/plover.csv`` and ``data/goldstein.csv``.

PLOVER types, quads, intensity scores, default CAMEO roots and Goldstein values exist once;
exports, charts and the event coder import them from here (style guide: no duplicated scoring
tables). Tables are read once per process and never mutated.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from communique.resources import load_table

QUAD_LABELS = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True)
class PloverType:
    """One PLOVER event type: quad, default intensity, default CAMEO root and allowed modes."""

    name: str
    quad: int
    score: float
    cameo_root: str
    modes: tuple[str, ...]

    @property
    def cooperative(self) -> bool:
        """Quads 1 and 2 are cooperation, 3 and 4 conflict."""
        return self.quad <= 2


@cache
def plover_types() -> dict[str, PloverType]:
    """Every PLOVER type by name, from ``data/plover.csv`` (one row per type)."""
    types: dict[str, PloverType] = {}
    for row in load_table("plover.csv"):
        name = row["type"].upper()
        if name in types:
            raise ValueError(f"plover.csv: duplicate row for {name}")
        modes = tuple(m for m in row.get("modes", "").split("|") if m)
        types[name] = PloverType(
            name, int(row["quad"]), float(row["score"]), row["cameo_root"].zfill(2), modes
        )
    return types


@cache
def _goldstein_table() -> dict[str, float]:
    return {r["cameo_root"].zfill(2): float(r["goldstein"]) for r in load_table("goldstein.csv")}


def goldstein(root: str) -> float:
    """Goldstein value of a CAMEO root ('04', or a longer code whose first two digits are used)."""
    key = str(root)[:2].zfill(2)
    try:
        return _goldstein_table()[key]
    except KeyError:
        raise KeyError(f"unknown CAMEO root {root!r}") from None


def quad_of(type_: str) -> int:
    """Quad (1-4) of a PLOVER type."""
    return plover_types()[type_.upper()].quad


def score_of(type_: str) -> float:
    """Type-level intensity score of a PLOVER type."""
    return plover_types()[type_.upper()].score


def is_cooperative(type_: str) -> bool:
    """True for quads 1-2 (cooperation), False for quads 3-4 (conflict)."""
    return quad_of(type_) <= 2
