"""Dyad maths on the hand-written corpus, worked out by hand.

March: the wire story's THREATEN RUS->EU (-3.5, quad 3), three copies collapsed to one.
April: SANCTION EU->RUS (-6, quad 4), CONSULT EU->RUS (+2.5, quad 1), AGREE RUS->EU (+2.5,
quad 1); a negated REJECT RUS->EU (-2, quad 3) is left out unless asked for.
"""

from __future__ import annotations

import pytest

from communique.store import Store
from communique.store import queries as q


def test_both_directions_by_month(filled: Store) -> None:
    march, april = q.dyad(filled, "RUS", "EU", by="month")
    assert march["period"] == "2024-03-01"
    assert (march["events"], march["forward"], march["reverse"]) == (1, 1, 0)
    assert (march["quad1"], march["quad2"], march["quad3"], march["quad4"]) == (0, 0, 1, 0)
    assert march["articles"] == 3
    assert march["mean_intensity"] == pytest.approx(-3.5)
    assert (march["cooperative"], march["conflictual"]) == (0.0, 3.5)
    assert march["net_cooperation"] == pytest.approx(-3.5)

    assert april["period"] == "2024-04-01"
    assert (april["events"], april["forward"], april["reverse"]) == (3, 1, 2)
    assert (april["quad1"], april["quad2"], april["quad3"], april["quad4"]) == (2, 0, 0, 1)
    assert april["mean_intensity"] == pytest.approx((-6 + 2.5 + 2.5) / 3)
    assert april["cooperative"] == pytest.approx(5.0)
    assert april["conflictual"] == pytest.approx(6.0)
    assert april["net_cooperation"] == pytest.approx(-1.0)


def test_forward_only(filled: Store) -> None:
    rows = q.dyad(filled, "rus", "eu", direction="forward")
    assert [(r["period"], r["events"], r["net_cooperation"]) for r in rows] == [
        ("2024-03-01", 1, -3.5), ("2024-04-01", 1, 2.5)]
    reverse = q.dyad(filled, "EU", "RUS", direction="forward")
    assert [(r["period"], r["events"], r["net_cooperation"]) for r in reverse] == [
        ("2024-04-01", 2, -3.5)]


def test_negated_events_only_when_asked(filled: Store) -> None:
    april = q.dyad(filled, "RUS", "EU", include_negated=True)[1]
    assert april["events"] == 4 and april["quad3"] == 1
    assert april["net_cooperation"] == pytest.approx(5.0 - 8.0)


def test_periods_and_range(filled: Store) -> None:
    by_day = q.dyad(filled, "RUS", "EU", by="day")
    assert [r["period"] for r in by_day] == ["2024-03-05", "2024-04-10", "2024-04-20"]
    by_week = q.dyad(filled, "RUS", "EU", by="week")
    assert by_week[0]["period"] == "2024-03-04"  # ISO weeks start on Monday
    by_year = q.dyad(filled, "RUS", "EU", by="year")
    assert len(by_year) == 1 and by_year[0]["events"] == 4
    assert by_year[0]["net_cooperation"] == pytest.approx(5.0 - 9.5)
    ranged = q.dyad(filled, "RUS", "EU", since="2024-04-15")
    assert [(r["period"], r["events"]) for r in ranged] == [("2024-04-01", 1)]


def test_unrelated_pair_is_empty(filled: Store) -> None:
    assert q.dyad(filled, "USA", "RUS") == []
    assert [r["events"] for r in q.dyad(filled, "USA", "UKR")] == [1]
