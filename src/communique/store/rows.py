"""Flatten an ``Article`` into the row tuples of ``schema.sql`` (no SQL here, no I/O).

Denormalisation happens once, at write time, so reads need no per-row Python work: the event
day falls back to the article's publication day, source/target actors become sorted code lists
plus a collapse key, and quotes learn which actors are mentioned inside them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from dateutil import parser as dateparser

from communique.records import ActorRef, Article

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def to_day(value: str | None) -> date | None:
    """The calendar day of an ISO-ish date string; None when it cannot be read.

    Event dates may be partial ("2024-03" for "in March"); a month resolves to its first day
    so it still sorts and buckets, a bare year is left out (too vague for a timeline).
    """
    if not value:
        return None
    value = value.strip()
    m = _ISO_DAY.match(value)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        m = _YEAR_MONTH.match(value)
        if m:
            return date(int(m[1]), int(m[2]), 1)
        if len(value) < 6:
            return None
        return dateparser.parse(value).date()
    except (ValueError, OverflowError):
        return None


def actor_code(ref: ActorRef) -> str:
    """Country/IGO code when coded, else the canonical name: what dyad filters compare against."""
    return (ref.country or ref.name or ref.text).strip()


def codes(refs: Sequence[ActorRef]) -> list[str]:
    """Sorted distinct codes of the actors on one side of an event."""
    return sorted({actor_code(r) for r in refs if actor_code(r)})


@dataclass
class ArticleRows:
    """Every row one article contributes, grouped by table."""

    article: tuple[Any, ...]
    quotes: list[tuple[Any, ...]] = field(default_factory=list)
    quote_actors: list[tuple[Any, ...]] = field(default_factory=list)
    speakers: list[tuple[Any, ...]] = field(default_factory=list)
    actors: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    event_actors: list[tuple[Any, ...]] = field(default_factory=list)


def outlet_key(article: Article) -> str | None:
    """The outlet an event counts towards for NumSources: the outlet name, else the URL host."""
    return outlet_of(article.outlet, article.source.url)


def outlet_of(outlet: str | None, url: str | None) -> str | None:
    """``outlet_key`` from the stored columns (also used to migrate older databases)."""
    if outlet:
        return outlet.strip().lower()
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def source_key(article: Article) -> str:
    """Which source a copy came from: its URL, else its file path, else its outlet.

    Same content from the same key is the same copy ingested again (stored once, counted
    once); from another key it is a syndicated copy that NumArticles/NumSources count.
    """
    return key_of(article.source.url, article.source.path, outlet_key(article))


def key_of(url: str | None, path: str | None, outlet: str | None) -> str:
    """``source_key`` from the stored columns (``outlet`` already an ``outlet_key``)."""
    if url:
        return url.strip()
    if path:
        return f"path:{path}"
    return f"outlet:{outlet or ''}"


def source_row(article: Article) -> tuple[Any, ...]:
    """The ``article_sources`` row recording where this copy of the content came from."""
    src = article.source
    return (article.id, source_key(article), src.url, src.path, src.kind, article.outlet,
            outlet_key(article), article.published)


MATCH_SEP = "\x1f"  # never in a name or code: bounds each code in a match column


def match_column(refs: Sequence[ActorRef], side_codes: list[str]) -> str:
    """One side's search column: lower-cased names, then each code closed by ``MATCH_SEP``.

    ``contains(col, SEP + CODE + SEP)`` is an exact code match, ``contains(col, name)`` a
    name substring; both on one column, so the scan itself filters (see schema.sql).
    """
    names = "; ".join(r.name for r in refs).lower()
    return names + MATCH_SEP + "".join(c + MATCH_SEP for c in side_codes)


def _lc(value: str | None) -> str | None:
    return value.lower() if value else None


def _sentence_at(text: str, start: int, end: int) -> str:
    """The text between the sentence-ish boundaries around a span (fallback when none stored)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    pos = max(start, end - 1)
    right_candidates = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left + 1 if left >= 0 else 0 : right].strip()


def article_rows(article: Article, cluster_id: str) -> ArticleRows:
    """Build the rows for ``article`` in cluster ``cluster_id``."""
    pub_day = to_day(article.published)
    src = article.source
    rows = ArticleRows(
        article=(
            article.id, cluster_id, src.url, src.path, src.kind, article.title, article.published,
            pub_day, article.outlet, article.author, article.language, article.reading_minutes,
            article.text, list(article.removed), article.schema, len(article.quotes),
            len(article.events),
        )
    )
    for i, q in enumerate(article.quotes):
        rows.quotes.append((
            article.id, i, q.text, q.start, q.end, q.kind, q.speaker, q.speaker_mention,
            q.speaker_start, q.speaker_end, q.speaker_role, q.cue, q.via, q.paragraph,
            q.floating, q.sentence or _sentence_at(article.text, q.start, q.end), pub_day,
            _lc(q.speaker), _lc(q.speaker_role), q.text.lower(),
            (q.speaker or "").lower() + MATCH_SEP + (q.speaker_role or "").lower(),
        ))
        seen: set[str] = set()
        for actor in article.actors:
            if actor.name in seen:
                continue
            if any(m.start < q.end and m.end > q.start for m in actor.mentions):
                seen.add(actor.name)
                rows.quote_actors.append((article.id, i, actor.name, actor.name.lower(),
                                          actor.country))
    for i, s in enumerate(article.speakers):
        rows.speakers.append((article.id, i, s.name, s.role, len(s.quotes), list(s.quotes)))
    for i, a in enumerate(article.actors):
        first = a.mentions[0] if a.mentions else None
        rows.actors.append((
            article.id, i, a.text, a.name, a.country, a.sector, len(a.mentions),
            first.start if first else None, first.end if first else None,
            [m.start for m in a.mentions], [m.end for m in a.mentions],
        ))
    outlet = outlet_key(article)
    first_break = article.text.find("\n\n")
    lead_end = first_break if first_break >= 0 else len(article.text)
    for i, e in enumerate(article.events):
        src_codes, tgt_codes = codes(e.source), codes(e.target)
        day = to_day(e.date) or pub_day
        rows.events.append((
            article.id, i, cluster_id, outlet, src.url, e.type, e.mode, e.cameo_root,
            e.quad, e.intensity, src_codes, tgt_codes, "|".join(src_codes), "|".join(tgt_codes),
            "; ".join(r.name for r in e.source) or None,
            "; ".join(r.name for r in e.target) or None,
            json.dumps([asdict(r) for r in e.source], ensure_ascii=False),
            json.dumps([asdict(r) for r in e.target], ensure_ascii=False),
            e.evidence.start, e.evidence.end, e.evidence.text,
            _sentence_at(article.text, e.evidence.start, e.evidence.end),
            e.negated, e.hypothetical, e.intended, e.historical, e.date, day,
            e.location.name if e.location else None, e.location.country if e.location else None,
            e.quote, e.trigger, e.evidence.start < lead_end, None, None, None,
            match_column(e.source, src_codes), match_column(e.target, tgt_codes),
        ))
        for role, refs in (("source", e.source), ("target", e.target)):
            for r in refs:
                rows.event_actors.append((article.id, i, role, actor_code(r), r.name,
                                          r.country, r.sector))
    return rows
