"""Response models of the JSON API (pydantic), built from the same query rows as the pages.

Every quote and event row carries ``evidence``: the article id, the character span into the
article text, the sentence, and a link to that sentence's anchor on the article page, so a
client can always show (or check) where a claim came from. Aggregate rows (actors, dyads) carry
links to the rows they count.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

from communique.web.links import Links

T = TypeVar("T")


class Evidence(BaseModel):
    """Where a claim sits: article, character span into its text, the sentence, a page link."""

    article_id: str
    start: int
    end: int
    sentence: str
    link: str = Field(description="Dashboard URL of the article page, anchored at this item.")


class Paged(BaseModel, Generic[T]):
    """One page of rows: ``total`` matching rows, this page's ``items``, the ``next`` page URL."""

    total: int
    limit: int
    offset: int
    next: str | None
    items: list[T]


class ArticleOut(BaseModel):
    """An article's metadata and how many quotes and events were found in it."""

    id: str
    title: str | None
    published: str | None
    day: str | None
    outlet: str | None
    author: str | None
    url: str | None
    n_quotes: int
    n_events: int
    link: str
    quotes: str = Field(description="API URL listing this article's quotes.")
    events: str = Field(description="API URL listing this article's events.")


class QuoteOut(BaseModel):
    article_id: str
    index: int
    text: str
    kind: str
    speaker: str | None
    speaker_role: str | None
    cue: str | None
    via: str | None
    day: str | None
    article_title: str | None
    evidence: Evidence


class ActorRefOut(BaseModel):
    text: str | None = None
    name: str
    country: str | None = None
    sector: str | None = None


class EventOut(BaseModel):
    article_id: str
    index: int
    type: str
    mode: str | None
    cameo_root: str | None
    quad: int | None
    intensity: float | None
    source: list[ActorRefOut]
    target: list[ActorRefOut]
    source_codes: list[str]
    target_codes: list[str]
    negated: bool
    hypothetical: bool
    intended: bool
    historical: bool
    date: str | None
    day: str | None
    trigger: str | None
    article_title: str | None
    num_articles: int | None = Field(
        None, description="Articles reporting this event (deduplicated)."
    )
    num_sources: int | None = Field(None, description="Outlets reporting this event.")
    evidence: Evidence


class ActorOut(BaseModel):
    name: str
    country: str | None
    articles: int
    as_speaker: int
    as_source: int
    as_target: int
    link: str
    quotes: str = Field(description="API URL listing what this actor said.")
    events_as_source: str = Field(description="API URL listing what this actor did.")
    events_as_target: str = Field(description="API URL listing what was done to this actor.")


class DyadOut(BaseModel):
    source: str
    target: str
    n_events: int
    first_day: str | None
    last_day: str | None
    link: str
    timeline: str = Field(description="API URL of the series and the events behind this count.")


class CollapsedEventOut(BaseModel):
    """One event after merging copies of a story: counts of mentions, articles and outlets."""

    type: str
    mode: str | None
    quad: int | None
    cameo_root: str | None
    intensity: float | None
    day: str | None
    source_name: str | None
    target_name: str | None
    source_codes: list[str]
    target_codes: list[str]
    num_mentions: int
    num_articles: int
    num_sources: int
    evidence: Evidence


class Problem(BaseModel):
    detail: str


def _evidence(row: Mapping[str, Any], start: str, end: str, anchor: str, links: Links) -> Evidence:
    return Evidence(
        article_id=row["article_id"],
        start=int(row[start]),
        end=int(row[end]),
        sentence=row.get("sentence") or "",
        link=links.article(row["article_id"], anchor),
    )


def quote_out(row: Mapping[str, Any], links: Links) -> QuoteOut:
    return QuoteOut(
        article_id=row["article_id"],
        index=int(row["idx"]),
        text=row["text"],
        kind=row["kind"],
        speaker=row.get("speaker"),
        speaker_role=row.get("speaker_role"),
        cue=row.get("cue"),
        via=row.get("via"),
        day=row.get("day"),
        article_title=row.get("title"),
        evidence=_evidence(row, "start_char", "end_char", f"q-{row['idx']}", links),
    )


def _refs(raw: str | None) -> list[ActorRefOut]:
    return [ActorRefOut(**r) for r in (json.loads(raw) if raw else [])]


def event_out(row: Mapping[str, Any], links: Links) -> EventOut:
    return EventOut(
        article_id=row["article_id"],
        index=int(row["idx"]),
        type=row["type"],
        mode=row.get("mode"),
        cameo_root=row.get("cameo_root"),
        quad=row.get("quad"),
        intensity=row.get("intensity"),
        source=_refs(row.get("source_json")),
        target=_refs(row.get("target_json")),
        source_codes=list(row.get("source_codes") or []),
        target_codes=list(row.get("target_codes") or []),
        negated=bool(row.get("negated")),
        hypothetical=bool(row.get("hypothetical")),
        intended=bool(row.get("intended")),
        historical=bool(row.get("historical")),
        date=row.get("date"),
        day=row.get("day"),
        trigger=row.get("trigger"),
        article_title=row.get("title"),
        num_articles=row.get("num_articles"),
        num_sources=row.get("num_sources"),
        evidence=_evidence(row, "evidence_start", "evidence_end", f"e-{row['idx']}", links),
    )


def collapsed_out(row: Mapping[str, Any], links: Links) -> CollapsedEventOut:
    return CollapsedEventOut(
        type=row["type"],
        mode=row.get("mode"),
        quad=row.get("quad"),
        cameo_root=row.get("cameo_root"),
        intensity=row.get("intensity"),
        day=row.get("day"),
        source_name=row.get("source_name"),
        target_name=row.get("target_name"),
        source_codes=list(row.get("source_codes") or []),
        target_codes=list(row.get("target_codes") or []),
        num_mentions=int(row["num_mentions"]),
        num_articles=int(row["num_articles"]),
        num_sources=int(row["num_sources"]),
        evidence=_evidence(row, "evidence_start", "evidence_end", f"e-{row['idx']}", links),
    )
