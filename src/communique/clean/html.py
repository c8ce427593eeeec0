"""HTML pages: trafilatura (favoring precision) for the body and the page metadata.

trafilatura already drops menus, footers and comment sections from the DOM; its output lines are
then read by the plain-text rules (``clean.text``) so that furniture inside the article element
("Advertisement", captions, a "Related" list, the repeated headline) goes too. When trafilatura
finds no main content (a fragment, a very short page) its ``baseline`` extractor is the fallback.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import trafilatura
from trafilatura.settings import Document

from communique.clean.text import TextResult, clean_text, normal_line

log = logging.getLogger(__name__)

# Cheap date search: the page's own metadata and URL, not a scan of every text node.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass
class HtmlMeta:
    title: str | None = None
    date: str | None = None
    author: str | None = None
    sitename: str | None = None
    language: str | None = None
    url: str | None = None


def extract_html(html: str, url: str | None) -> tuple[TextResult, HtmlMeta]:
    """Story paragraphs and metadata of one HTML page; raises ValueError when it holds no text."""
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    meta = HtmlMeta()
    body = ""
    if isinstance(doc, Document):
        body = doc.text or ""
        meta = HtmlMeta(doc.title, doc.date, doc.author, doc.sitename, doc.language, doc.url)
    if not body.strip():
        log.debug("trafilatura found no main content; using its baseline extractor")
        _, body, _ = trafilatura.baseline(html)
    if not body.strip():
        raise ValueError("no readable story text in the HTML")
    lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    removed: list[str] = []
    if meta.title and lines and normal_line(lines[0]) == normal_line(meta.title):
        removed.append(lines.pop(0))  # trafilatura repeats the <h1> as the first line
    result = clean_text("\n\n".join(lines))
    result.removed = removed + result.removed
    if not result.paragraphs:
        raise ValueError("no readable story text in the HTML")
    return result, meta
