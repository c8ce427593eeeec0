"""HTML pages: trafilatura (favoring precision) for the body, lxml xpaths for the metadata.

trafilatura already drops menus, footers and comment sections from the DOM; its output lines are
then read by the plain-text patterns (``clean.text`` in ``extracted`` mode) so that furniture
inside the article element ("Advertisement", "Read more: ...", a "Related" list at the end, the
repeated headline) goes too, while the article's own subheadings and lists stay. When trafilatura
finds no main content (a fragment, a very short page) its ``baseline`` extractor is the fallback.
Metadata comes from ``clean.html_meta``: trafilatura's own metadata pass would double the cost.
"""

from __future__ import annotations

import copy
import logging
import re
from functools import cache

import trafilatura
from lxml import etree
from trafilatura.settings import Document, Extractor
from trafilatura.utils import load_html

from communique.clean.html_meta import HtmlMeta, read_html_meta
from communique.clean.text import TextResult, clean_text, normal_line

__all__ = ["HtmlMeta", "extract_html"]

log = logging.getLogger(__name__)
# Elements that never hold story text; dropping them before trafilatura saves it a tenth of its
# time (it would remove them itself). Forms stay: some sites wrap the whole page in one.
_NEVER_STORY = ("script", "style", "noscript", "svg", "iframe", "nav", "footer", "aside",
                "button", "select", "template")
_H1 = etree.XPath("(//h1)[1]//text()")
_TITLE_SEP = re.compile(r"\s+[|–—-]\s+|\s+::\s+")


def _page_title(title: str | None, site: str | None) -> str | None:
    """A <title>/og:title without the site name tacked on ("Story - Site" -> "Story")."""
    if not title:
        return None
    parts = _TITLE_SEP.split(title)
    if len(parts) > 1:
        if site and normal_line(parts[-1]) == normal_line(site):
            return " - ".join(parts[:-1]).strip() or title
        if site and normal_line(parts[0]) == normal_line(site):
            return " - ".join(parts[1:]).strip() or title
    return title.strip()


@cache
def _options() -> Extractor:
    """trafilatura's options object, built once: building it reads its config file's values
    (about 5% of an extraction). trafilatura treats a passed Extractor as shared and copies it
    before changing anything, so one instance serves every page."""
    return Extractor(output_format="python", precision=True, comments=False)


def _trafilatura(page: object, url: str | None) -> str:
    options = _options()
    if url:
        options = copy.copy(options)  # url and source only label log messages and metadata
        options.url = options.source = url
    doc = trafilatura.bare_extraction(page, url=url, options=options)
    return doc.text or "" if isinstance(doc, Document) else ""


def extract_html(html: str, url: str | None) -> tuple[TextResult, HtmlMeta]:
    """Story paragraphs and metadata of one HTML page; raises ValueError when it holds no text."""
    tree = load_html(html)
    if tree is None:
        raise ValueError("malformed HTML: the markup cannot be parsed")
    meta = read_html_meta(tree)
    meta.title = _page_title(meta.title, meta.sitename)
    heading = " ".join(" ".join(_H1(tree)).split())
    etree.strip_elements(tree, *_NEVER_STORY, with_tail=False)
    body = _trafilatura(tree, url)
    if not body.strip():
        body = _trafilatura(html, url)  # the pruned tree lost the story: try the whole page
    extracted = bool(body.strip())
    if not extracted:
        log.debug("trafilatura found no main content; using its baseline extractor")
        _, body, _ = trafilatura.baseline(html)  # page text, chrome and all: full text rules
    if not body.strip():
        raise ValueError("no readable story text in the HTML")
    lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    removed: list[str] = []
    known = {normal_line(t) for t in (meta.title, heading) if t}
    if lines and normal_line(lines[0]) in known:
        removed.append(lines.pop(0))  # trafilatura repeats the <h1> as the first line
    result = clean_text("\n\n".join(lines), extracted=extracted)
    result.removed = removed + result.removed
    if not result.paragraphs:
        raise ValueError("no readable story text in the HTML")
    return result, meta
