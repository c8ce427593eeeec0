"""Chrome patterns and word lists, compiled once per process from ``data/chrome_patterns.csv``.

The table is read-only after loading, so caching it cannot make one document's result depend on
another (trafilatura's ``LRU_TEST`` trap). Every pattern must match a whole trimmed line and is
bounded by ``max_words``: a long body sentence that starts like a share prompt is never chrome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from communique.resources import load_table

KINDS = ("end", "box", "stop", "credit", "drop", "tail", "date", "reading", "byline")
FURNITURE = ("credit", "drop")  # dropped wherever they stand
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*$""")
SEARCH_KINDS = ("date_in_line",)  # searched for inside a line, not matched against all of it


@dataclass(frozen=True)
class Pattern:
    kind: str
    max_words: int
    sentence: bool  # may claim a line that ends like a sentence
    regex: re.Pattern[str]


@cache
def patterns() -> tuple[Pattern, ...]:
    """All chrome patterns in ``KINDS`` order (``stop`` before ``credit`` before ``drop``...)."""
    rows = load_table("chrome_patterns.csv")
    out = []
    for row in rows:
        kind = row["kind"]
        if kind in SEARCH_KINDS:
            continue
        if kind not in KINDS:
            raise ValueError(f"chrome_patterns.csv: unknown kind {kind!r}")
        sentence = row["sentence"] == "yes"
        out.append(Pattern(kind, int(row["max_words"]), sentence, re.compile(row["pattern"], re.I)))
    order = {k: i for i, k in enumerate(KINDS)}
    return tuple(sorted(out, key=lambda p: order[p.kind]))


@cache
def stopwords() -> frozenset[str]:
    """English function words used for the language guess and the prose test."""
    return frozenset(r["word"].lower() for r in load_table("stopwords_en.csv"))


@cache
def _searches(kind: str) -> tuple[re.Pattern[str], ...]:
    rows = load_table("chrome_patterns.csv")
    return tuple(re.compile(r["pattern"], re.I) for r in rows if r["kind"] == kind)


def date_in_line(line: str) -> str | None:
    """A date written somewhere in a chrome line ("By Jane Doe | March 3, 2025")."""
    for regex in _searches("date_in_line"):
        m = regex.search(line)
        if m:
            return m["date"]
    return None


def words(line: str) -> list[str]:
    """Word tokens of a line (letters/digits, inner apostrophes kept)."""
    return _WORD.findall(line)


def ends_sentence(line: str) -> bool:
    """True when the line ends like a finished sentence (closing quotes/brackets allowed)."""
    stripped = line.rstrip()
    if stripped.endswith("...") or stripped.endswith("…"):
        return False
    return bool(_SENTENCE_END.search(stripped))


def match(
    line: str, n: int | None = None, finished: bool | None = None
) -> tuple[str, re.Match[str]] | None:
    """The first pattern kind matching the whole line, with its match object, or None.

    ``end``, ``stop`` and ``drop`` patterns never claim a line that ends like a sentence and has
    four or more words: "More than 40 people were killed." is story, "More from World" is chrome.
    ``n`` (word count) and ``finished`` (ends like a sentence) may be passed when known.
    """
    text = line.strip()
    if n is None:
        n = len(words(text))
    if n > _longest():
        return None
    if finished is None:
        finished = ends_sentence(text)
    for kind, regex in _candidates(n, finished and n >= 4):
        m = regex.fullmatch(text)
        if m:
            return kind, m
    return None


@cache
def _candidates(n: int, sentence: bool) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Patterns that may match a line of ``n`` words, in table order; the ``stop`` and ``drop``
    rows (which have no named groups) are merged into one alternation per kind, so a line costs
    a handful of regex calls rather than one per row."""
    out: list[tuple[str, re.Pattern[str]]] = []
    merged: dict[str, list[str]] = {k: [] for k in ("end", "box", "stop", "credit", "drop", "tail")}
    for pat in patterns():
        if n > pat.max_words:
            continue
        if sentence and not pat.sentence:
            continue  # "By Monday, talks had collapsed." is not a byline
        if pat.kind in merged:
            merged[pat.kind].append(pat.regex.pattern)
        else:
            out.append((pat.kind, pat.regex))
    head = [
        (k, re.compile("|".join(f"(?:{p})" for p in ps), re.I)) for k, ps in merged.items() if ps
    ]
    return tuple(head + out)


@cache
def _longest() -> int:
    return max(p.max_words for p in patterns())
