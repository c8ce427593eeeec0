"""Lines that recur across articles of one outlet, found in a bounded window of the stream.

A house blurb ("The Asian Lite is an independent newspaper") or a standing disclaimer is chrome
even when no pattern knows it; what gives it away is that the same outlet prints it under
unrelated stories. Two safeguards keep story text safe: near-copies of one story (syndication,
updates) never count as evidence for each other, and a long line must recur in at least two
other articles, a short one in one.

The verdict for a document depends only on its neighbours in the input (``BEHIND`` before and
``AHEAD`` after it), never on what the process saw earlier, so a rerun gives the same result.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import PurePath

from communique.clean.metadata import outlet_from_url
from communique.clean.patterns import words
from communique.clean.text import SHORT_WORDS, normal_line, split_units
from communique.ingest.document import RawDocument

AHEAD = 8
BEHIND = 8
NEAR_COPY = 0.5  # line-set Jaccard at or above which two pages are the same story
MIN_LINE_CHARS = 12  # shorter lines ("Home", "World") are left to the structural rules


def outlet_key(raw: RawDocument) -> str | None:
    """Who published the page: the outlet hint, the URL host, else the folder it was read from."""
    if raw.outlet:
        return "outlet:" + raw.outlet.lower()
    host = outlet_from_url(raw.source.url)
    if host:
        return "host:" + host
    if raw.source.path and raw.source.path != "-":
        return "dir:" + str(PurePath(raw.source.path).parent)
    return None


@dataclass
class _Entry:
    key: str | None
    lines: frozenset[str]


class RecurringLines:
    """Sliding window over the raw documents of a stream, in input order."""

    ahead = AHEAD

    def __init__(self) -> None:
        self._entries: list[_Entry] = []
        self._cursor = 0  # index in _entries of the next document to clean

    def add(self, raw: RawDocument) -> None:
        """Register a document that has been read but not yet cleaned."""
        lines: frozenset[str] = frozenset()
        if raw.format == "text":
            lines = frozenset(
                normal_line(u) for u in split_units(raw.content) if len(u) >= MIN_LINE_CHARS
            )
        self._entries.append(_Entry(outlet_key(raw), lines))

    def take(self) -> frozenset[str]:
        """Recurring lines for the next document in order, then move the window past it."""
        entry = self._entries[self._cursor]
        found = self._recurring(entry)
        self._cursor += 1
        if self._cursor > BEHIND:
            drop = self._cursor - BEHIND
            del self._entries[:drop]
            self._cursor -= drop
        return found

    def _recurring(self, entry: _Entry) -> frozenset[str]:
        if entry.key is None or not entry.lines:
            return frozenset()
        counts: Counter[str] = Counter()
        for other in self._entries:
            if other is entry or other.key != entry.key or not other.lines:
                continue
            shared = entry.lines & other.lines
            if len(shared) / len(entry.lines | other.lines) >= NEAR_COPY:
                continue
            counts.update(shared)
        return frozenset(
            line for line, n in counts.items()
            if n >= 2 or (n >= 1 and len(words(line)) <= SHORT_WORDS)
        )
