"""Lay out the dyad timeline as SVG coordinates, so the template only prints shapes.

One point per day: height is the mean event intensity that day (positive = cooperation,
negative = conflict, the PLOVER/Goldstein sign convention), radius grows with the number of
events. Each point links to the day's group of events on the same page, which is how a person
gets from a dot on the chart to the sentences behind it. Pure arithmetic, no plotting library,
so the chart works offline in the dashboard and in the static report alike.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from communique.web.context import Chart, ChartPoint

WIDTH, HEIGHT = 720, 280
LEFT, RIGHT, TOP, BOTTOM = 48, 20, 16, 32


def day_anchor(day: str) -> str:
    """Fragment id of a day's event group (``day-2024-03-01``; ``day-undated`` for no date)."""
    return f"day-{day}"


def _ordinal(day: str) -> int | None:
    try:
        return date.fromisoformat(day).toordinal()
    except ValueError:
        return None


def _nice_ticks(lo: float, hi: float) -> list[float]:
    span = hi - lo
    if span <= 0:
        return [lo]
    raw = span / 4
    mag = 10 ** math.floor(math.log10(raw))
    step = min((s * mag for s in (1, 2, 2.5, 5, 10) if s * mag >= raw), default=raw)
    first = math.ceil(lo / step) * step
    ticks = []
    v = first
    while v <= hi + 1e-9:
        ticks.append(round(v, 6))
        v += step
    return ticks


def timeline(days: Sequence[tuple[str, int, float]]) -> Chart | None:
    """Chart for ``(day ISO, n events, mean intensity)`` rows; None when no row has a valid day."""
    rows = [(d, n, v, o) for d, n, v in days if (o := _ordinal(d)) is not None]
    if not rows:
        return None
    rows.sort(key=lambda r: r[3])
    lo_x, hi_x = rows[0][3], rows[-1][3]
    values = [r[2] for r in rows]
    lo_y, hi_y = min(0.0, *values), max(0.0, *values)
    if hi_y - lo_y < 1:
        lo_y, hi_y = lo_y - 1, hi_y + 1
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM
    max_n = max(r[1] for r in rows)

    def sx(o: int) -> float:
        if hi_x == lo_x:
            return LEFT + plot_w / 2
        return LEFT + (o - lo_x) / (hi_x - lo_x) * plot_w

    def sy(v: float) -> float:
        return TOP + (hi_y - v) / (hi_y - lo_y) * plot_h

    points = []
    for d, n, v, o in rows:
        css = "coop" if v > 0 else "conf" if v < 0 else "neutral"
        plural = "event" if n == 1 else "events"
        points.append(
            ChartPoint(
                day=d,
                x=round(sx(o), 1),
                y=round(sy(v), 1),
                r=round(4 + 6 * math.sqrt(n / max_n), 1),
                n=n,
                value=round(v, 2),
                css=css,
                anchor=day_anchor(d),
                label=f"{d}: {n} {plural}, mean intensity {v:+.1f}",
            )
        )
    y_ticks = tuple((round(sy(t), 1), f"{t:g}") for t in _nice_ticks(lo_y, hi_y))
    x_days = [rows[0], rows[-1]] if len(rows) > 1 else [rows[0]]
    if len(rows) > 2:
        x_days.insert(1, rows[len(rows) // 2])
    x_ticks = tuple((round(sx(o), 1), d) for d, _, _, o in x_days)
    return Chart(
        WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, round(sy(0.0), 1), tuple(points), y_ticks, x_ticks
    )
