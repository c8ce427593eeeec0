"""Charts are written offline as real PNG/SVG files."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.store import Store
from communique.store import queries as q
from communique.store.plot import PlotError, plot_actors, plot_dyad


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_dyad_chart_written(filled: Store, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"dyad{suffix}"
    plot_dyad(q.dyad(filled, "RUS", "EU"), "RUS", "EU", out)
    data = out.read_bytes()
    assert len(data) > 2000
    if suffix == ".png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
    else:
        assert b"<svg" in data[:2000] and b"net cooperation" in data


def test_actor_chart_written(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "actors.png"
    plot_actors(q.actor_timeline(filled, by="month"), out)
    assert out.read_bytes().startswith(b"\x89PNG") and out.stat().st_size > 2000


def test_bad_chart_requests(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(PlotError, match=".png or .svg"):
        plot_dyad(q.dyad(filled, "RUS", "EU"), "RUS", "EU", tmp_path / "x.pdf")
    with pytest.raises(PlotError, match="no events"):
        plot_dyad([], "USA", "RUS", tmp_path / "x.png")
    assert not (tmp_path / "x.png").exists()
