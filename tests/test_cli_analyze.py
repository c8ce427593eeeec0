"""``communique analyze`` / ``ingest`` as a user runs them: JSON Lines, errors, exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from communique.cli import app

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "russia-eu-ties.txt"
FIELDS = {"id", "source", "title", "published", "reading_minutes", "outlet", "author", "language",
          "text", "removed", "quotes", "actors", "events"}
STORY = (
    "Ministers from Chile and Peru met in Lima on Friday and agreed to reopen a border crossing "
    "closed since the pandemic, officials said."
)


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def records(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def sample_run(runner: CliRunner) -> Any:
    return runner.invoke(app, ["analyze", str(SAMPLES)])


def test_seed_record(runner: CliRunner) -> None:
    result = runner.invoke(app, ["analyze", str(SEED)])
    assert result.exit_code == 0, result.output
    (rec,) = records(result.stdout)
    assert FIELDS <= set(rec)
    assert rec["title"] == "Russia wants to restore EU ties"
    assert rec["published"] == "2021-02-09" and rec["reading_minutes"] == 2
    assert rec["source"] == {"path": str(SEED), "url": None, "kind": "text"}
    paragraphs = rec["text"].split("\n\n")
    assert len(paragraphs) == 12 and paragraphs[-1].endswith("the Foreign Minister added.")
    assert "Previous Story" in rec["removed"]
    assert len(rec["id"]) >= 16


def test_directory_gives_every_sample_in_input_order(sample_run: Any) -> None:
    assert sample_run.exit_code == 0, sample_run.output
    recs = records(sample_run.stdout)
    assert len(recs) == 13
    paths = [r["source"]["path"] for r in recs]
    assert paths == sorted(paths)  # files in name order, documents in file order
    assert {r["source"]["kind"] for r in recs} == {"text", "html", "warc", "rss", "jsonl"}
    assert all(r["text"] and r["language"] == "en" for r in recs)


def test_samples_show_quotes_and_events(sample_run: Any) -> None:
    recs = records(sample_run.stdout)
    assert sum(1 for r in recs if r["quotes"]) >= 10
    assert sum(1 for r in recs if r["events"]) >= 10


def test_failed_input_is_reported_and_the_rest_still_printed(
    runner: CliRunner, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path / "missing.txt"), str(SEED), str(empty)])
    assert result.exit_code == 1
    assert len(records(result.stdout)) == 1
    err_lines = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert err_lines == [f"error: {tmp_path / 'missing.txt'}: no such file or directory",
                         f"error: {empty}: empty input"]


def test_binary_and_over_cap_inputs_fail(runner: CliRunner, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    blob = tmp_path / "photo.jpg"
    blob.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    result = runner.invoke(app, ["analyze", str(blob)])
    assert result.exit_code == 1 and result.stdout == ""
    assert f"{blob}: binary content" in result.stderr
    monkeypatch.setenv("COMMUNIQUE_MAX_BYTES", "100")
    result = runner.invoke(app, ["analyze", str(SEED)])
    assert result.exit_code == 1 and "size cap" in result.stderr


def test_stdin_with_hints(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["analyze", "-", "--url", "https://www.andes.example/x", "--date", "2025-03-01"],
        input=STORY,
    )
    assert result.exit_code == 0, result.output
    (rec,) = records(result.stdout)
    assert rec["text"] == STORY and rec["title"] is None
    assert rec["source"] == {"path": "-", "url": "https://www.andes.example/x", "kind": "text"}
    assert rec["published"] == "2025-03-01" and rec["outlet"] == "andes.example"


def test_kind_option(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"<html><body><article><p>{STORY}</p></article></body></html>", "utf-8")
    sniffed = records(runner.invoke(app, ["analyze", str(page)]).stdout)
    assert sniffed[0]["source"]["kind"] == "html" and sniffed[0]["text"] == STORY
    forced = records(runner.invoke(app, ["analyze", "--kind", "text", str(page)]).stdout)
    assert forced[0]["source"]["kind"] == "text"
    bad = runner.invoke(app, ["analyze", "--kind", "pdf", str(page)])
    assert bad.exit_code == 2


def test_analyze_writes_nothing(runner: CliRunner, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(STORY, "utf-8")
    result = runner.invoke(app, ["analyze", "story.txt"])
    assert result.exit_code == 0
    assert sorted(os.listdir(tmp_path)) == ["story.txt"]


def test_ingest_stores_and_reports_failures(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    missing = str(tmp_path / "missing.txt")
    result = runner.invoke(app, ["ingest", str(SEED), missing, "--db", str(db)])
    assert result.exit_code == 1
    assert "1 new" in result.stderr and "1 failed" in result.stderr
    again = runner.invoke(app, ["ingest", str(SEED), "--db", str(db)])
    assert again.exit_code == 0 and "1 already present" in again.stderr
