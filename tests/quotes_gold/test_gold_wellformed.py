"""Every record in ``gold/quotes/*.jsonl`` is usable by the quote scorer.

The quote F1 floors are only as trustworthy as the gold they are computed on. A span that is
not found in its article, a speaker that the article never names, or a duplicated id would
silently turn into a false negative (or a false positive) for the extractor, so these checks
run on every gold file, whoever wrote it. They also pin the size and spread the requirement
asks for: at least 40 articles and 300 quotations overall, every house style represented.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from communique.evaluate import gold_dir

STYLES = {"wire", "broadsheet", "tabloid", "press_release", "live_blog", "interview"}
KINDS = {"direct", "indirect", "mixed"}
ARTICLE_FIELDS = {
    "id": str,
    "style": str,
    "origin": str,
    "title": str,
    "text": str,
    "published": str,
    "quotes": list,
}
QUOTE_FIELDS = {"text": str, "occurrence": int, "kind": str, "floating": bool}
# Opening and closing marks of every quoting convention the gold covers: straight and curly
# double and single quotes, guillemets (both directions, as German and French differ), CJK
# corner brackets, and low-9 marks. A direct quote sits between one of each.
OPENING = set("\"'“‘«»「『„‚")
CLOSING = set("\"'”’»«」』“‘")
# A direct span may stop short of its closing mark by trailing punctuation that an annotator
# left outside ('"We will," he said' annotated as "We will").
TRAILING = set(",.;:!?…—- ")
# A transcript speaker label at the start of a paragraph: "A:", "Kallas:", "Gen. Okafor:".
TRANSCRIPT_LABEL = re.compile(r"[A-Z][\w.'’ -]{0,40}: ")
MIN_ARTICLES = 40
MIN_QUOTES = 300
WRITTEN_MIN_ARTICLES = 16
WRITTEN_MIN_QUOTES = 120
WRITTEN_MIN_PER_STYLE = 2


def _gold_files() -> list[Path]:
    return sorted(gold_dir("quotes").glob("*.jsonl"))


def _load(path: Path) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:  # pragma: no cover - reported as a failure
            pytest.fail(f"{path.name}:{number}: not valid JSON: {exc}")
    return records


def _all_records() -> list[tuple[str, dict[str, Any]]]:
    return [(path.name, record) for path in _gold_files() for record in _load(path)]


RECORDS = _all_records()


def _find_nth(haystack: str, needle: str, occurrence: int) -> int:
    """Start of the ``occurrence``-th (0-based) match of ``needle``, or -1.

    Matches are counted at every start position, so the count agrees with a scorer that
    walks ``str.find`` from one past the previous hit.
    """
    start = -1
    for _ in range(occurrence + 1):
        start = haystack.find(needle, start + 1)
        if start < 0:
            return -1
    return start


def _quote_spans(record: dict[str, Any]) -> list[tuple[int, int, dict[str, Any]]]:
    spans = []
    for quote in record["quotes"]:
        start = _find_nth(record["text"], quote["text"], quote["occurrence"])
        spans.append((start, start + len(quote["text"]), quote))
    return spans


def test_gold_files_exist() -> None:
    names = [path.name for path in _gold_files()]
    assert "written.jsonl" in names, names


@pytest.mark.parametrize(("source", "record"), RECORDS, ids=[r["id"] for _, r in RECORDS])
def test_article_fields(source: str, record: dict[str, Any]) -> None:
    for name, kind in ARTICLE_FIELDS.items():
        assert isinstance(record.get(name), kind), f"{source}: {name} missing or not {kind}"
    assert record["style"] in STYLES, record["style"]
    assert record["text"].strip(), "empty article text"
    dt.date.fromisoformat(record["published"])
    if record["origin"] == "written":
        assert record["url"] is None
        assert record["attribution"] == "written for Communique"
        assert re.fullmatch(rf"written-{record['style']}-\d+", record["id"]), record["id"]
    else:
        # Copied text (Wikinews, CC BY 2.5) must travel with its URL and attribution.
        assert isinstance(record.get("url"), str) and record["url"].startswith("http")
        assert isinstance(record.get("attribution"), str) and record["attribution"].strip()


@pytest.mark.parametrize(("source", "record"), RECORDS, ids=[r["id"] for _, r in RECORDS])
def test_quote_fields_and_spans(source: str, record: dict[str, Any]) -> None:
    text = record["text"]
    for quote in record["quotes"]:
        for name, kind in QUOTE_FIELDS.items():
            assert isinstance(quote.get(name), kind), f"{name} missing or not {kind}: {quote}"
        assert quote["kind"] in KINDS, quote
        assert quote["occurrence"] >= 0, quote
        assert quote["text"].strip() == quote["text"] and quote["text"], quote
        start = _find_nth(text, quote["text"], quote["occurrence"])
        assert start >= 0, f"not found at occurrence {quote['occurrence']}: {quote['text']!r}"
        for name in ("speaker", "speaker_mention"):
            value = quote.get(name)
            assert value is None or (isinstance(value, str) and value in text), (name, quote)
        if quote["floating"]:
            # A floating quote has no cue of its own, hence no mention at a cue either.
            assert quote["kind"] == "direct", f"only a direct quote can float: {quote}"
            assert quote.get("speaker_mention") is None, f"floating quote with a mention: {quote}"


@pytest.mark.parametrize(("source", "record"), RECORDS, ids=[r["id"] for _, r in RECORDS])
def test_direct_quotes_sit_between_marks(source: str, record: dict[str, Any]) -> None:
    """A direct span excludes its marks: an opening mark just before, a closing one just after.

    Two conventions bend this: a paragraph of a multi-paragraph quote opens with a mark but,
    by newspaper convention, only closes in the last paragraph; and a question-and-answer
    transcript gives an answer after a speaker label ("Kallas: We never...") with no marks
    at all, so the span then runs from the label to the end of its paragraph.
    """
    text = record["text"]
    for start, end, quote in _quote_spans(record):
        if quote["kind"] != "direct":
            continue
        ends_paragraph = end == len(text) or text.startswith("\n\n", end)
        line_start = text.rfind("\n", 0, start) + 1
        if TRANSCRIPT_LABEL.fullmatch(text[line_start:start]):
            assert ends_paragraph, f"transcript answer stops mid-paragraph: {quote}"
            continue
        assert start > 0 and text[start - 1] in OPENING, f"no opening mark before {quote}"
        after = end
        while after < len(text) and text[after] in TRAILING and after - end < 3:
            after += 1
        closes = after < len(text) and text[after] in CLOSING
        assert closes or ends_paragraph, f"no closing mark after {quote}"


@pytest.mark.parametrize(("source", "record"), RECORDS, ids=[r["id"] for _, r in RECORDS])
def test_mixed_quotes_contain_a_quoted_fragment(source: str, record: dict[str, Any]) -> None:
    for quote in record["quotes"]:
        if quote["kind"] == "mixed":
            marks = OPENING | CLOSING
            assert any(ch in marks for ch in quote["text"]), f"mixed without a fragment: {quote}"


@pytest.mark.parametrize(("source", "record"), RECORDS, ids=[r["id"] for _, r in RECORDS])
def test_quotes_do_not_overlap(source: str, record: dict[str, Any]) -> None:
    """Each stretch of speech is annotated once (a mixed quote's fragment is not a second quote)."""
    spans = sorted(_quote_spans(record), key=lambda item: item[0])
    for (_, end_a, quote_a), (start_b, _, quote_b) in zip(spans, spans[1:], strict=False):
        assert start_b >= end_a, f"overlap: {quote_a['text']!r} / {quote_b['text']!r}"


def test_ids_are_unique() -> None:
    counts = Counter(record["id"] for _, record in RECORDS)
    assert not [name for name, n in counts.items() if n > 1]


def test_written_part_size_and_spread() -> None:
    written = [record for _, record in RECORDS if record["origin"] == "written"]
    styles = Counter(record["style"] for record in written)
    assert len(written) >= WRITTEN_MIN_ARTICLES
    assert sum(len(record["quotes"]) for record in written) >= WRITTEN_MIN_QUOTES
    assert all(styles[style] >= WRITTEN_MIN_PER_STYLE for style in STYLES), styles


def test_written_part_covers_hard_forms() -> None:
    """The written articles exist to exercise forms that are rare in Wikinews."""
    written = [record for _, record in RECORDS if record["origin"] == "written"]
    quotes = [quote for record in written for quote in record["quotes"]]
    kinds = Counter(quote["kind"] for quote in quotes)
    assert kinds["direct"] and kinds["indirect"] and kinds["mixed"], kinds
    assert any(quote["floating"] for quote in quotes)
    joined = "".join(record["text"] for record in written)
    for mark in ("“", "‘", "«", "「", '"'):
        assert mark in joined, f"no article uses {mark}"


def test_total_size() -> None:
    """Requirement: at least 40 articles and 300 quotations across all gold files."""
    assert len(RECORDS) >= MIN_ARTICLES, len(RECORDS)
    assert sum(len(record["quotes"]) for _, record in RECORDS) >= MIN_QUOTES
    assert {record["style"] for _, record in RECORDS} == STYLES
