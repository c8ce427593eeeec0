"""Score chrome removal: token-shingle precision, recall and F1 of ``text`` against gold bodies.

The gold set (``gold/chrome/index.jsonl``) lists pages (plain text with chrome, or HTML) and the
story body each should come back as. Shingles are overlapping runs of ``settings.shingle_size``
lower-cased word tokens, counted as a multiset, so a dropped paragraph costs recall, a kept
menu costs precision, and paragraph order inside a sentence run matters. Besides our score the
report gives two baselines measured on the same pages: the raw page (everything kept) and, for
HTML, bare ``trafilatura.extract`` with its defaults. The ``html_as_text`` split feeds each HTML
page to the plain-text cleaner as a scraper's text dump (menus, footers and all), the case of
real pages reduced to plain text; ``html_as_text_nodes`` does the same with one line per text
node (``get_text("\\n")`` style, sentences split at every link).
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from pathlib import Path
from typing import Any

import lxml.html

from communique.clean import clean_document
from communique.errors import InputError
from communique.evaluate import gold_dir
from communique.ingest import read_content
from communique.ingest.document import RawDocument
from communique.ingest.feeds import fragment_text
from communique.settings import Settings

log = logging.getLogger(__name__)
_TOKEN = re.compile(r"\w+")
SYSTEMS = ("communique", "raw_page", "trafilatura")


def shingles(text: str, size: int) -> Counter[tuple[str, ...]]:
    """Multiset of ``size``-token shingles (short texts give one shingle of all their tokens)."""
    toks = [t.lower() for t in _TOKEN.findall(text)]
    if len(toks) < size:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + size]) for i in range(len(toks) - size + 1))


def score(predicted: str, gold: str, size: int) -> dict[str, float]:
    """Precision, recall, F1 plus the raw counts (for micro averages)."""
    p, g = shingles(predicted, size), shingles(gold, size)
    hit = sum((p & g).values())
    np_, ng = sum(p.values()), sum(g.values())
    prec = hit / np_ if np_ else (1.0 if not ng else 0.0)
    rec = hit / ng if ng else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": prec, "recall": rec, "f1": f1, "hit": hit, "pred": np_, "gold": ng}


def page_text(html: str) -> str:
    """Every visible text node of an HTML page, one per line (the 'keep everything' baseline)."""
    root = lxml.html.fromstring(html)
    for bad in root.xpath("//script|//style|//head"):
        bad.drop_tree()
    return "\n".join(t.strip() for t in root.itertext() if t.strip())


def page_dump(html: str) -> str:
    """The page as a scraper's plain-text dump: every block of the body on its own line, chrome
    included (what ``innerText`` gives). Cleaning this is the "real page reduced to plain text"
    case, scored as the ``html_as_text`` split."""
    root = lxml.html.fromstring(html)
    for bad in root.xpath("//script|//style|//head|//noscript"):
        bad.drop_tree()
    body = root.find("body")
    return fragment_text(lxml.html.tostring(body if body is not None else root, encoding="unicode"))


def ours(content: str, fmt: str, name: str, settings: Settings) -> str:
    """The text our ingest + clean stages return for one page ("" when they fail)."""
    for item in read_content(content, name=name, kind=fmt, settings=settings):
        if isinstance(item, RawDocument):
            try:
                return clean_document(item, settings).text
            except InputError as exc:
                log.warning("%s", exc)
                return ""
        log.warning("%s", item)
    return ""


def bare_trafilatura(html: str) -> str:
    """trafilatura.extract with its defaults: the baseline HTML extraction must match or beat."""
    import trafilatura

    return trafilatura.extract(html) or ""


def _aggregate(rows: list[dict[str, float]]) -> dict[str, Any]:
    if not rows:
        return {"pages": 0}
    hit = sum(r["hit"] for r in rows)
    pred = sum(r["pred"] for r in rows)
    gold = sum(r["gold"] for r in rows)
    mp = hit / pred if pred else 0.0
    mr = hit / gold if gold else 0.0
    micro = {"precision": mp, "recall": mr, "f1": 2 * mp * mr / (mp + mr) if mp + mr else 0.0}
    macro = {k: sum(r[k] for r in rows) / len(rows) for k in ("precision", "recall", "f1")}
    return {"pages": len(rows), "micro": micro, "macro": macro}


def load_gold(gold: Path) -> list[dict[str, Any]]:
    """Gold rows with page content and body text loaded (``gold`` is the folder or its index)."""
    index = gold if gold.is_file() else gold / "index.jsonl"
    base = index.parent
    rows = []
    for line in index.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            row["content"] = (base / row["page"]).read_text("utf-8")
            row["gold_text"] = (base / row["body"]).read_text("utf-8")
            rows.append(row)
    return rows


def evaluate_chrome(gold: Path | None, settings: Settings) -> dict[str, Any]:
    """Micro and macro P/R/F1 by format for Communique and the baselines, plus worst pages."""
    rows = load_gold(gold or gold_dir("chrome"))
    size = settings.shingle_size
    per: dict[str, dict[str, list[dict[str, float]]]] = {}
    pages = []
    for row in rows:
        fmt = row["format"]
        got = ours(row["content"], fmt, row["page"], settings)
        scores = {"communique": score(got, row["gold_text"], size)}
        raw = page_text(row["content"]) if fmt == "html" else row["content"]
        scores["raw_page"] = score(raw, row["gold_text"], size)
        if fmt == "html":
            scores["trafilatura"] = score(bare_trafilatura(row["content"]), row["gold_text"], size)
        for system, s in scores.items():
            for split in (fmt, "all"):
                per.setdefault(split, {}).setdefault(system, []).append(s)
        if fmt == "html":  # the same page reduced to plain text, two ways
            for split, dump in (("html_as_text", page_dump(row["content"])),
                                ("html_as_text_nodes", page_text(row["content"]))):
                got = ours(dump, "text", row["page"], settings)
                per.setdefault(split, {}).setdefault("communique", []).append(
                    score(got, row["gold_text"], size))
                per[split].setdefault("raw_page", []).append(score(dump, row["gold_text"], size))
        pages.append({"id": row["id"], "format": fmt, "template": row.get("template"),
                      "f1": round(scores["communique"]["f1"], 4)})
    report: dict[str, Any] = {}
    for split in sorted(per):
        report[split] = {system: _aggregate(per[split][system]) for system in SYSTEMS
                         if system in per[split]}
    report["worst_pages"] = sorted(pages, key=lambda p: p["f1"])[:5]
    return report


def gold_digest(gold: Path | None = None) -> str:
    """SHA-256 over the gold index and every file it names, so a floor is tied to its gold set."""
    import hashlib

    base = gold or gold_dir("chrome")
    index = base if base.is_file() else base / "index.jsonl"
    h = hashlib.sha256(index.read_bytes())
    for line in index.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            for key in ("page", "body"):
                h.update((index.parent / row[key]).read_bytes())
    return h.hexdigest()
