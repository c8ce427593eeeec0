"""Timeline charts for reports: a dyad's events and net cooperation, actors' coverage.

Rendered offline with matplotlib's Agg canvas on a ``Figure`` object (not ``pyplot``), so no
global backend state is touched and the code is safe in servers and workers. The charts take
the rows the query functions return, so a chart never disagrees with the table beside it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import matplotlib.dates as mdates
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

log = logging.getLogger(__name__)

FORMATS = (".png", ".svg")
# Quad colours: cooperation in blues/greens, conflict in oranges/reds (colour-blind safe pairs).
_QUAD_COLOURS = {1: "#6baed6", 2: "#2171b5", 3: "#fd8d3c", 4: "#d94801"}


class PlotError(ValueError):
    """The output file type is not supported or there is nothing to draw."""


def _check(out: str | Path) -> Path:
    path = Path(out)
    if path.suffix.lower() not in FORMATS:
        raise PlotError(f"{path}: chart files must end in {' or '.join(FORMATS)}")
    return path


def _save(fig: Figure, path: Path) -> Path:
    FigureCanvasAgg(fig)
    fig.savefig(path, format=path.suffix.lower().lstrip("."), dpi=150, bbox_inches="tight")
    log.info("chart written to %s", path)
    return path


def _width(by: str) -> float:
    """Bar width in days: a bar covers most of its period, starting at the period's start."""
    return {"day": 0.8, "week": 6.0, "month": 26.0, "year": 330.0}.get(by, 0.8)


_FORMATS = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
_SPAN = {"day": 1, "week": 7, "month": 31, "year": 366}


def _time_axis(ax: Any, periods: list[date], by: str) -> None:
    """Readable ticks for the period and a little room either side, even for one period."""
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=2, maxticks=10))
    ax.xaxis.set_major_formatter(mdates.DateFormatter(_FORMATS.get(by, "%Y-%m-%d")))
    pad = timedelta(days=_SPAN.get(by, 1))
    ax.set_xlim(min(periods) - pad, max(periods) + 2 * pad)


def plot_dyad(rows: Sequence[dict[str, Any]], a: str, b: str, out: str | Path, *,
              by: str = "month", direction: str = "both") -> Path:
    """Two panels sharing a time axis: collapsed events per quad (stacked bars) and net
    cooperation (cooperative minus conflictual intensity) per period."""
    path = _check(out)
    if not rows:
        raise PlotError(f"no events between {a} and {b} to plot")
    periods = [date.fromisoformat(r["period"]) for r in rows]
    fig = Figure(figsize=(9, 5.5))
    top, bottom = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 2]})
    base = [0] * len(rows)
    labels = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
    for quad in (1, 2, 3, 4):
        counts = [r[f"quad{quad}"] for r in rows]
        top.bar(periods, counts, bottom=base, width=_width(by), color=_QUAD_COLOURS[quad],
                label=labels[quad], align="edge")
        base = [x + y for x, y in zip(base, counts, strict=True)]
    arrow = "↔" if direction == "both" else "→"
    top.set_title(f"{a} {arrow} {b}: events per {by} (deduplicated)")
    top.set_ylabel("events")
    top.yaxis.set_major_locator(MaxNLocator(integer=True))
    top.legend(loc="upper left", fontsize="small", frameon=False)
    net = [r["net_cooperation"] for r in rows]
    bottom.axhline(0, color="#555555", linewidth=0.8)
    bottom.bar(periods, net, width=_width(by), align="edge",
               color=["#2171b5" if v >= 0 else "#d94801" for v in net])
    bottom.set_ylabel("net cooperation")
    bottom.set_xlabel(by)
    _time_axis(bottom, periods, by)
    fig.autofmt_xdate()
    return _save(fig, path)


def plot_actors(rows: Sequence[dict[str, Any]], out: str | Path, *, by: str = "month",
                value: str = "stories") -> Path:
    """One line per actor: stories (near-duplicate clusters) or articles mentioning it per
    period, from ``queries.actor_timeline``."""
    path = _check(out)
    if value not in ("stories", "articles"):
        raise PlotError("value must be 'stories' or 'articles'")
    if not rows:
        raise PlotError("no actor mentions with a date to plot")
    series: dict[str, list[tuple[date, int]]] = {}
    for r in rows:
        series.setdefault(r["name"], []).append((date.fromisoformat(r["period"]), r[value]))
    fig = Figure(figsize=(9, 4.5))
    ax = fig.subplots()
    for name, points in sorted(series.items()):
        points.sort()
        xs = np.array([p[0] for p in points], dtype="datetime64[D]")
        ax.plot(xs, [p[1] for p in points], marker="o", label=name)
    _time_axis(ax, [d for pts in series.values() for d, _ in pts], by)
    ax.set_title(f"{value.capitalize()} mentioning each actor, per {by}")
    ax.set_ylabel(value)
    ax.set_ylim(bottom=0)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(loc="upper left", fontsize="small", frameon=False)
    fig.autofmt_xdate()
    return _save(fig, path)
