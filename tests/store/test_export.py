"""Every export format, parsed back."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from store_corpus import wire_copies

from communique.store import Store
from communique.store.export import EXPORTERS, ExportError, ExportOptions, export, register
from communique.store.gdelt import GDELT_COLUMNS


def test_registry_holds_every_format() -> None:
    assert {"parquet", "csv", "jsonl", "plover", "gdelt"} <= set(EXPORTERS)


def test_parquet_events(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    assert export(filled, "parquet", out) == 7
    table = pq.read_table(out)
    assert table.num_rows == 7
    rows = table.to_pylist()
    assert {r["type"] for r in rows} == {"THREATEN", "SANCTION", "CONSULT", "AGREE", "AID"}
    assert all(isinstance(r["source_codes"], list) for r in rows)


def test_csv_quotes_and_collapsed(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "q.csv"
    assert export(filled, "csv", out, ExportOptions(table="quotes")) == 5
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["speaker"] for r in rows} == {"Vladimir Putin", "Sergei Lavrov", "António Guterres"}
    out2 = tmp_path / "c.csv"
    assert export(filled, "csv", out2, ExportOptions(table="collapsed")) == 5
    threat = next(r for r in csv.DictReader(out2.open(encoding="utf-8"))
                  if r["type"] == "THREATEN")
    assert (threat["num_articles"], threat["num_sources"]) == ("3", "2")
    assert threat["source_codes"] == "RUS"


def test_jsonl_with_filters(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.jsonl"
    n = export(filled, "jsonl", out, ExportOptions(since="2024-04-01", include_negated=True))
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert n == len(rows) == 5
    assert {r["type"] for r in rows} == {"SANCTION", "CONSULT", "REJECT", "AGREE", "AID"}
    assert all(r["day"] >= "2024-04-01" for r in rows)


def test_plover_records(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "p.jsonl"
    assert export(filled, "plover", out) == 5
    recs = {r["event_type"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}
    threat = recs["THREATEN"]
    assert threat["source"][0]["country"] == "RUS" and threat["target"][0]["country"] == "EU"
    assert (threat["num_articles"], threat["num_sources"], threat["num_mentions"]) == (3, 2, 3)
    assert sorted(threat["articles"]) == sorted(a.id for a in wire_copies())
    ev = threat["evidence"]
    text = next(a.text for a in wire_copies() if a.id == ev["article_id"])
    assert text[ev["start"]:ev["end"]].startswith("Russia threatened")
    assert threat["quad"] == 3 and threat["date"] == "2024-03-05"
    assert len({r["id"] for r in recs.values()}) == 5


def test_gdelt_columns_and_values(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "g.csv"
    assert export(filled, "gdelt", out) == 5
    lines = out.read_text("utf-8").splitlines()
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    assert len(GDELT_COLUMNS) == 61
    threat = next(r for r in rows if r["Actor1CountryCode"] == "RUS" and r["QuadClass"] == "3")
    assert threat["Day"] == "20240305" and threat["MonthYear"] == "202403"
    assert threat["Year"] == "2024"
    assert threat["Actor1Code"] == "RUSGOV" and threat["Actor1Name"] == "RUSSIA"
    assert threat["Actor2KnownGroupCode"] == "EU" and threat["Actor2Code"] == "IGOEUGOV"
    assert (threat["NumMentions"], threat["NumSources"], threat["NumArticles"]) == ("3", "2", "3")
    assert threat["IsRootEvent"] == "1"  # in the lead paragraph
    assert (threat["EventCode"], threat["EventBaseCode"], threat["EventRootCode"]) == (
        "138", "138", "13")
    assert threat["GoldsteinScale"] == "-6"  # CAMEO root 13, from data/goldstein.csv
    assert threat["SOURCEURL"].startswith("https://wire.example/")
    assert len(threat["DATEADDED"]) == 14
    assert int(threat["GlobalEventID"]) > 0
    # the same export twice gives the same ids (DATEADDED aside)
    export(filled, "gdelt", tmp_path / "g2.csv")
    again = [line.split("\t")[0] for line in (tmp_path / "g2.csv").read_text().splitlines()]
    assert again == [r["GlobalEventID"] for r in rows]


def test_unknown_format_and_table(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown format"):
        export(filled, "xlsx", tmp_path / "x")
    with pytest.raises(ExportError, match="unknown table"):
        export(filled, "csv", tmp_path / "x.csv", ExportOptions(table="meta; DROP TABLE events"))
    assert not (tmp_path / "x.csv").exists()


def test_register_adds_a_format(filled: Store, tmp_path: Path) -> None:
    @register("count-test")
    def count(store: Store, out: Path, opts: ExportOptions) -> int:
        out.write_text(str(store.execute("SELECT count(*) FROM articles").fetchone()[0]))
        return 1

    try:
        assert export(filled, "count-test", tmp_path / "n.txt") == 1
        assert (tmp_path / "n.txt").read_text() == "5"
    finally:
        EXPORTERS.pop("count-test")
