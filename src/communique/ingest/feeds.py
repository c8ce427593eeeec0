"""RSS and Atom feeds (feedparser): one document per entry, full content where the feed has it.

An entry's ``content`` (Atom content, RSS ``content:encoded``) is preferred over its summary.
Entry HTML is a fragment of story paragraphs, not a page, so it is turned into paragraphs here
and cleaned as text: running a whole-page extractor over a fragment loses short stories.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser
import lxml.html
from lxml import etree

from communique.errors import InputError
from communique.ingest.document import RawDocument
from communique.records import Source

_BLOCKS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "section"
}
_SKIP = {"script", "style", "figure", "figcaption", "noscript", "iframe", "img", "video", "audio"}


def read_feed(data: bytes, name: str) -> Iterator[RawDocument | InputError]:
    """Yield one document per feed entry; a feed with no readable entry is one error."""
    feed = feedparser.parse(data)
    entries = feed.get("entries", [])
    if not entries:
        reason = feed.get("bozo_exception") if feed.get("bozo") else None
        yield InputError(name, f"malformed or empty feed ({reason or 'no entries'})")
        return
    outlet = feed.get("feed", {}).get("title") or None
    for number, entry in enumerate(entries, 1):
        text = _entry_text(entry)
        link = entry.get("link") or None
        if not text.strip():
            yield InputError(f"{name} [{link or number}]", f"feed entry {number} has no text")
            continue
        yield RawDocument(
            source=Source(path=name, url=link, kind="rss"),
            content=text,
            format="text",
            title=entry.get("title") or None,
            date=_entry_date(entry),
            author=entry.get("author") or None,
            outlet=outlet,
        )


def _entry_text(entry: dict) -> str:  # type: ignore[type-arg]
    """Entry content (longest content block) or summary, as blank-line separated paragraphs."""
    blocks = [c.get("value", "") for c in entry.get("content", []) or []]
    best = max(blocks, key=len, default="")
    summary = entry.get("summary", "") or ""
    return fragment_text(best if len(best) >= len(summary) else summary)


def fragment_text(fragment: str) -> str:
    """Paragraph text of an HTML fragment; plain text passes through unchanged."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    parts: list[str] = []
    _walk(root, parts)
    paragraphs = [" ".join(p.split()) for p in "".join(parts).split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _walk(el: etree._Element, parts: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _SKIP:
        if el.tail:
            parts.append(el.tail)
        return
    block = tag in _BLOCKS
    if block:
        parts.append("\n\n")
    if tag == "br":
        parts.append("\n\n")
    if el.text:
        parts.append(el.text)
    for child in el:
        _walk(child, parts)
    if block:
        parts.append("\n\n")
    if el.tail:
        parts.append(el.tail)


def _entry_date(entry: dict) -> str | None:  # type: ignore[type-arg]
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None
