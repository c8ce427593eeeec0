"""Score quotation extraction against the gold set in ``gold/quotes`` (``communique eval quotes``).

The standard way to score quote extraction (as in the quotation-attribution literature) is by
character coverage: a predicted quote matches a gold quote when it covers more than a threshold
share of the gold quote's characters, each prediction and each gold quote matching at most once.
We report two thresholds: 0.3 (the quote was found, boundaries may be loose) and 0.8 (the
boundaries are nearly right). Speaker accuracy is measured on matched pairs only, so it reads as
"when we find a quote, do we name the right speaker".

Every figure is also split three ways. The splits are disjoint so their counts add up to the
totals: ``floating`` (a quote paragraph with no cue of its own), else ``direct``, else
``indirect`` (indirect and mixed speech). Recall in a split uses the gold quote's class;
precision uses the predicted quote's class, since a prediction has no gold class until matched.

The maths (coverage, one-to-one matching, P/R/F1, speaker agreement) is in pure functions over
spans so it can be tested with hand-made numbers; only ``evaluate_quotes`` runs the pipeline.
"""

from __future__ import annotations

import json
import logging
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communique.errors import InputError
from communique.settings import Settings

log = logging.getLogger(__name__)

THRESHOLDS: tuple[float, ...] = (0.3, 0.8)
SPLITS: tuple[str, ...] = ("direct", "indirect", "floating")
KINDS = frozenset({"direct", "indirect", "mixed"})


@dataclass(frozen=True)
class ScoredQuote:
    """A gold or predicted quote reduced to what scoring needs: its span, class and speaker."""

    start: int
    end: int
    kind: str = "direct"
    floating: bool = False
    speaker: str | None = None

    @property
    def split(self) -> str:
        """The disjoint class this quote counts under: floating, direct or indirect."""
        if self.floating:
            return "floating"
        return "direct" if self.kind == "direct" else "indirect"


@dataclass(frozen=True)
class GoldArticle:
    """One gold article: the exact text fed to the pipeline and its located gold quotes."""

    id: str
    style: str
    origin: str
    text: str
    url: str | None
    title: str | None
    published: str | None
    quotes: tuple[ScoredQuote, ...]


# --------------------------------------------------------------------------- pure maths


def coverage(pred: tuple[int, int], gold: tuple[int, int]) -> float:
    """Share of the gold span's characters that the predicted span covers (0 for empty gold)."""
    length = gold[1] - gold[0]
    if length <= 0:
        return 0.0
    overlap = min(pred[1], gold[1]) - max(pred[0], gold[0])
    return max(overlap, 0) / length


def match_spans(
    preds: Sequence[tuple[int, int]], golds: Sequence[tuple[int, int]], threshold: float
) -> list[tuple[int, int]]:
    """One-to-one matching of predictions to gold spans; returns (pred index, gold index) pairs.

    A pair is allowed when coverage is strictly greater than ``threshold``. We take a maximum
    matching (augmenting paths), so one long prediction spanning two gold quotes cannot steal a
    match that leaves another prediction unmatched; candidates are tried best coverage first,
    so among equally large matchings the tighter pairs win. Pairs come back sorted by gold index.
    """
    edges: list[list[int]] = []
    for p in preds:
        ok = [(coverage(p, g), gi) for gi, g in enumerate(golds)]
        edges.append([gi for c, gi in sorted(ok, key=lambda t: (-t[0], t[1])) if c > threshold])
    gold_to_pred: dict[int, int] = {}

    def augment(pi: int, seen: set[int]) -> bool:
        for gi in edges[pi]:
            if gi in seen:
                continue
            seen.add(gi)
            if gi not in gold_to_pred or augment(gold_to_pred[gi], seen):
                gold_to_pred[gi] = pi
                return True
        return False

    for pi in range(len(preds)):
        augment(pi, set())
    return sorted(((pi, gi) for gi, pi in gold_to_pred.items()), key=lambda t: t[1])


def prf(matched_pred: int, n_pred: int, matched_gold: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1. Empty denominators score 0, except nothing-vs-nothing scores 1."""
    if n_pred == 0 and n_gold == 0:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    precision = matched_pred / n_pred if n_pred else 0.0
    recall = matched_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def normalise_name(name: str | None) -> str | None:
    """Case-folded, whitespace-collapsed name without a leading "the"; blank or None gives None.

    "The Guardian" and "Guardian" name the same outlet, so the article is not part of identity.
    """
    if name is None:
        return None
    out = " ".join(name.split()).casefold()
    if out.startswith("the "):
        out = out[4:]
    return out or None


def _fold(text: str) -> str:
    """Drop diacritics: news copy spells the same name both ways ("Erdoğan", "Erdogan")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _surname(name: str) -> str:
    last = name.split()[-1]
    for suffix in ("'s", "\u2019s"):
        if last.endswith(suffix):
            last = last[: -len(suffix)]
    return _fold(last.strip(".,"))


def speaker_agrees(pred: str | None, gold: str | None, *, lenient: bool = False) -> bool:
    """Do two resolved speaker names agree?

    Strict: equal after case-folding, whitespace normalisation and dropping a leading "the".
    Lenient: also equal when the last words (surnames) match once diacritics are folded, so
    "Erdogan" agrees with "Recep Tayyip Erdoğan". A gold speaker of None (unknown) agrees only
    with a prediction of None.
    """
    p, g = normalise_name(pred), normalise_name(gold)
    if p is None or g is None:
        return p is None and g is None
    if p == g:
        return True
    return lenient and _surname(p) == _surname(g)


@dataclass
class _Tally:
    """Running counts for one threshold and one split (or all quotes)."""

    n_gold: int = 0
    n_pred: int = 0
    matched_gold: int = 0
    matched_pred: int = 0
    speaker_strict: int = 0
    speaker_lenient: int = 0

    def report(self) -> dict[str, float | int]:
        out: dict[str, float | int] = dict(
            prf(self.matched_pred, self.n_pred, self.matched_gold, self.n_gold)
        )
        out["gold"] = self.n_gold
        out["predicted"] = self.n_pred
        out["matched"] = self.matched_gold
        out["speaker_accuracy"] = (
            self.speaker_strict / self.matched_gold if self.matched_gold else 0.0
        )
        out["speaker_accuracy_lenient"] = (
            self.speaker_lenient / self.matched_gold if self.matched_gold else 0.0
        )
        return out


def _tally(
    pairs: Iterable[tuple[Sequence[ScoredQuote], Sequence[ScoredQuote]]], threshold: float
) -> dict[str, _Tally]:
    tallies = {name: _Tally() for name in ("all", *SPLITS)}
    for preds, golds in pairs:
        for q in golds:
            tallies["all"].n_gold += 1
            tallies[q.split].n_gold += 1
        for q in preds:
            tallies["all"].n_pred += 1
            tallies[q.split].n_pred += 1
        matches = match_spans(
            [(q.start, q.end) for q in preds], [(q.start, q.end) for q in golds], threshold
        )
        for pi, gi in matches:
            p, g = preds[pi], golds[gi]
            strict = speaker_agrees(p.speaker, g.speaker)
            lenient = speaker_agrees(p.speaker, g.speaker, lenient=True)
            for name in ("all", g.split):
                t = tallies[name]
                t.matched_gold += 1
                t.speaker_strict += strict
                t.speaker_lenient += lenient
            tallies["all"].matched_pred += 1
            tallies[p.split].matched_pred += 1
    return tallies


@dataclass(frozen=True)
class ScoredArticle:
    """One article's predictions and gold quotes, labelled with its house style and origin."""

    style: str
    predicted: Sequence[ScoredQuote]
    gold: Sequence[ScoredQuote]
    origin: str = "unknown"


def _groups(articles: Sequence[ScoredArticle], label: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for value in sorted({getattr(a, label) for a in articles}):
        chosen = [(a.predicted, a.gold) for a in articles if getattr(a, label) == value]
        entry: dict[str, float | int] = {
            "articles": len(chosen),
            "gold": sum(len(g) for _, g in chosen),
        }
        for threshold in THRESHOLDS:
            overall = _tally(chosen, threshold)["all"].report()
            entry[f"f1_at_{threshold}"] = overall["f1"]
            entry[f"speaker_accuracy_at_{threshold}"] = overall["speaker_accuracy"]
        out[value] = entry
    return out


def score(articles: Sequence[ScoredArticle]) -> dict[str, Any]:
    """Score every article together: the full nested report of plain numbers.

    Counts are pooled over articles (micro-averaged), so a long article weighs more than a short
    one, as each quote is one decision for the extractor.
    """
    report: dict[str, Any] = {
        "counts": {
            "articles": len(articles),
            "gold": sum(len(a.gold) for a in articles),
            "predicted": sum(len(a.predicted) for a in articles),
        }
    }
    for split in SPLITS:
        report["counts"][f"gold_{split}"] = sum(
            1 for a in articles for q in a.gold if q.split == split
        )
    for threshold in THRESHOLDS:
        tallies = _tally(((a.predicted, a.gold) for a in articles), threshold)
        report[f"at_{threshold}"] = {name: t.report() for name, t in tallies.items()}
    report["by_style"] = _groups(articles, "style")
    report["by_origin"] = _groups(articles, "origin")
    return report


# --------------------------------------------------------------------------- gold files


def locate(text: str, needle: str, occurrence: int = 0) -> int:
    """Start offset of the ``occurrence``-th (0-based) match of ``needle`` in ``text``, or -1."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(needle, pos + 1)
        if pos == -1:
            return -1
    return pos


def _gold_quote(text: str, raw: dict[str, Any]) -> ScoredQuote:
    quote = raw.get("text")
    if not isinstance(quote, str) or not quote.strip():
        raise ValueError("quote without text")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ValueError(f"quote {quote[:40]!r}: kind {kind!r} is not one of {sorted(KINDS)}")
    occurrence = raw.get("occurrence", 0)
    start = locate(text, quote, int(occurrence))
    if start < 0:
        raise ValueError(f"quote {quote[:40]!r} (occurrence {occurrence}) is not in the text")
    return ScoredQuote(
        start, start + len(quote), kind, bool(raw.get("floating", False)), raw.get("speaker")
    )


def load_gold(path: Path) -> list[GoldArticle]:
    """Read a gold ``.jsonl`` file, or every ``*.jsonl`` in a directory, locating each quote.

    Raises ``InputError`` naming the file and line when a record is malformed or a quote is not an
    exact substring of its article: a gold set that silently drops quotes would inflate scores.
    """
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if not files:
        raise InputError(str(path), "no *.jsonl gold files")
    articles: list[GoldArticle] = []
    for file in files:
        try:
            lines = file.read_text("utf-8").splitlines()
        except OSError as exc:
            raise InputError(str(file), f"cannot read gold file: {exc.strerror}") from exc
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                text = rec["text"]
                quotes = tuple(
                    sorted((_gold_quote(text, q) for q in rec["quotes"]), key=lambda q: q.start)
                )
                articles.append(
                    GoldArticle(
                        id=str(rec["id"]),
                        style=str(rec.get("style", "unknown")),
                        origin=str(rec.get("origin", "unknown")),
                        text=text,
                        url=rec.get("url"),
                        title=rec.get("title"),
                        published=rec.get("published"),
                        quotes=quotes,
                    )
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(str(file), f"line {n}: {exc}") from exc
    return articles


# --------------------------------------------------------------------------- pipeline run


def evaluate_quotes(gold: Path | None, settings: Settings) -> dict[str, Any]:
    """Run the pipeline (without chrome cleaning) over the gold articles and score the quotes."""
    from communique.clean.document import CleanDocument
    from communique.evaluate import gold_dir
    from communique.pipeline import analyze_clean
    from communique.records import Source

    articles = load_gold(gold if gold is not None else gold_dir("quotes"))
    docs = (
        CleanDocument(
            source=Source(path=a.id, url=a.url, kind="text"),
            text=a.text,
            published=a.published,
            title=a.title,
        )
        for a in articles
    )
    scored: list[ScoredArticle] = []
    for art, result in zip(articles, analyze_clean(docs, settings), strict=True):
        if isinstance(result, InputError):
            raise result
        if result.text != art.text:
            raise InputError(art.id, "pipeline changed the article text; offsets would not align")
        preds = [ScoredQuote(q.start, q.end, q.kind, q.floating, q.speaker) for q in result.quotes]
        scored.append(ScoredArticle(art.style, preds, art.quotes, art.origin))
    log.info("scored %d gold articles", len(scored))
    return score(scored)
