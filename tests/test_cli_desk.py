"""Desk commands end to end through Typer: tables, JSON, charts, exports and bad input."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "store"))

from store_corpus import corpus  # noqa: E402

from communique.cli import app  # noqa: E402
from communique.settings import Settings  # noqa: E402
from communique.store import Store  # noqa: E402

runner = CliRunner(env={"COLUMNS": "160"})


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("desk") / "desk.duckdb"
    with Store(path, Settings()) as store:
        store.add(corpus())
    return str(path)


def _json(args: list[str]) -> object:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_quotes_json_and_table(db: str) -> None:
    data = _json(["quotes", "--speaker", "lavrov", "--db", db, "--json"])
    assert isinstance(data, dict) and data["total"] == 1
    assert data["rows"][0]["speaker"] == "Sergei Lavrov"
    table = runner.invoke(app, ["quotes", "--phrase", "weapon", "--db", db])
    assert table.exit_code == 0 and "Guterres" in table.stdout


def test_events_filters(db: str) -> None:
    data = _json(["events", "--source", "EU", "--target", "RUS", "--quad", "4", "--db", db,
                  "--json"])
    assert [r["type"] for r in data["rows"]] == ["SANCTION"]  # type: ignore[index]
    hyp = _json(["events", "--include-hypothetical", "--type", "ASSAULT", "--db", db, "--json"])
    assert hyp["total"] == 1  # type: ignore[index]
    collapsed = _json(["events", "--collapsed", "--type", "THREATEN", "--db", db, "--json"])
    assert collapsed["rows"][0]["num_articles"] == 3  # type: ignore[index]


def test_dyad_with_plot(db: str, tmp_path: Path) -> None:
    chart = tmp_path / "rus-eu.svg"
    rows = _json(["dyad", "RUS", "EU", "--by", "month", "--direction", "both", "--plot",
                  str(chart), "--db", db, "--json"])
    assert [r["net_cooperation"] for r in rows] == [-3.5, -1.0]  # type: ignore[union-attr]
    assert chart.stat().st_size > 2000
    forward = _json(["dyad", "RUS", "EU", "--direction", "forward", "--db", db, "--json"])
    assert [r["events"] for r in forward] == [1, 1]  # type: ignore[union-attr]


def test_actors_with_plot(db: str, tmp_path: Path) -> None:
    chart = tmp_path / "actors.png"
    result = runner.invoke(app, ["actors", "--plot", str(chart), "--db", db])
    assert result.exit_code == 0, result.output
    assert "Russia" in result.stdout and chart.read_bytes().startswith(b"\x89PNG")


def test_export_gdelt(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["export", "--format", "gdelt", "--out", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == 5


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "--format", "xlsx", "--out", "x.xlsx"], "unknown format"),
        (["quotes", "--db", "/nonexistent/none.duckdb"], "no such database"),
        (["events", "--since", "last week"], "since must be a date"),
        (["events", "--sort", "day; DROP TABLE events"], "unknown sort"),
        (["dyad", "RUS", "EU", "--by", "hour"], "unknown period"),
        (["dyad", "RUS", "EU", "--plot", "chart.pdf"], ".png or .svg"),
        (["export", "--format", "csv", "--out", "x.csv", "--since", "soon"], "must be a date"),
        (["export", "--format", "csv", "--out", "x.csv", "--table", "meta"], "unknown table"),
    ],
)
def test_bad_input_is_one_error_line(db: str, args: list[str], message: str) -> None:
    if "--db" not in args:
        args = [*args, "--db", db]
    result = runner.invoke(app, args)
    assert result.exit_code != 0
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and message in lines[0]
