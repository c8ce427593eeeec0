"""Clean stage: raw documents in, the story alone plus its metadata out.

``clean_many`` keeps input order, passes read errors through and streams with a bounded
look-ahead window: a line that recurs across several articles of the same outlet (a house
newsletter blurb, a standing disclaimer) is chrome even when no pattern knows it.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace

from lxml import etree

from communique.clean.document import CleanDocument
from communique.clean.html import extract_html
from communique.clean.metadata import guess_language, iso_date, outlet_from_url, reading_minutes
from communique.clean.recurring import RecurringLines
from communique.clean.text import TextResult, clean_text
from communique.errors import InputError
from communique.ingest.document import RawDocument
from communique.settings import Settings

__all__ = ["CleanDocument", "clean_document", "clean_many"]

log = logging.getLogger(__name__)


def clean_document(
    raw: RawDocument, settings: Settings, recurring: frozenset[str] = frozenset()
) -> CleanDocument:
    """Clean one document; raises ``InputError`` when no story text can be found in it.

    Hints carried by the raw document (feed or JSONL title, CLI ``--date``) win over what is
    read from the page; metadata read from the page wins over estimates.
    """
    name = raw.source.path or raw.source.url or "<input>"
    site: str | None = None
    lang: str | None = None
    if raw.format == "html":
        try:
            result, meta = extract_html(raw.content, raw.source.url)
        except ValueError as exc:
            raise InputError(name, str(exc)) from exc
        result.title = result.title or meta.title
        result.published = result.published or iso_date(meta.date)
        result.author = result.author or meta.author
        site, lang = meta.sitename, meta.language
        if raw.source.url is None and meta.url:
            raw = replace(raw, source=replace(raw.source, url=meta.url))
    else:
        result = clean_text(raw.content, recurring)
    text = "\n\n".join(p for p in result.paragraphs if p.strip())
    if not text.strip():
        raise InputError(name, "no story text found")
    return _document(raw, result, text, site, lang, settings)


def _document(
    raw: RawDocument, result: TextResult, text: str, site: str | None, lang: str | None,
    settings: Settings,
) -> CleanDocument:
    outlet = raw.outlet or outlet_from_url(raw.source.url) or site or result.outlet
    return CleanDocument(
        source=raw.source,
        text=text,
        title=raw.title or result.title,
        published=iso_date(raw.date) or result.published,
        reading_minutes=result.reading_minutes or reading_minutes(text, settings.words_per_minute),
        outlet=outlet,
        author=raw.author or result.author,
        language=lang or guess_language(text),  # a page's declared language wins
        removed=list(result.removed),
    )


def clean_many(
    raws: Iterable[RawDocument | InputError], settings: Settings
) -> Iterator[CleanDocument | InputError]:
    """Clean a stream of documents in input order; errors pass through unchanged."""
    window = RecurringLines()
    pending: deque[RawDocument | InputError] = deque()
    for item in raws:
        pending.append(item)
        if isinstance(item, RawDocument):
            window.add(item)
        if len(pending) > window.ahead:
            yield _clean_one(pending.popleft(), window, settings)
    while pending:
        yield _clean_one(pending.popleft(), window, settings)


def _clean_one(
    item: RawDocument | InputError, window: RecurringLines, settings: Settings
) -> CleanDocument | InputError:
    if isinstance(item, InputError):
        return item
    recurring = window.take()
    try:
        return clean_document(item, settings, recurring)
    except InputError as exc:
        return exc
    except (ValueError, TypeError, LookupError, RecursionError, etree.LxmlError) as exc:
        # A page that trips the parser or the extractor is one failed document, not a crash
        # of the whole stream.
        log.debug("cleaning %s failed", item.source, exc_info=True)
        name = item.source.path or item.source.url or "<input>"
        return InputError(name, f"cannot extract the story ({type(exc).__name__}: {exc})")

