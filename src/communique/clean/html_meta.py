"""HTML page metadata (title, date, author, site, canonical URL, language) read with lxml.

trafilatura's own metadata pass costs more than its body extraction on typical pages, which
would break the budget of 1.1x bare trafilatura; the same facts sit in a few well-known places
(JSON-LD, Open Graph and ``<meta>`` tags, ``<time>``, ``rel=author``), listed in
``data/html_metadata.csv`` in order of trust and compiled once per process.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from lxml import etree

from communique.resources import load_table

_FIELDS = ("title", "date", "author", "site", "url", "language")
_BY = re.compile(r"^\s*(by|written by|author:?)\s+", re.I)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$|-)")


@dataclass
class HtmlMeta:
    title: str | None = None
    date: str | None = None
    author: str | None = None
    sitename: str | None = None
    language: str | None = None
    url: str | None = None


_META_KEYS = ("name", "property", "itemprop", "http-equiv")
_JSONLD = etree.XPath("//script[@type='application/ld+json']/text()")
_Source = tuple[str, "str | etree.XPath"]


@cache
def _sources() -> dict[str, tuple[_Source, ...]]:
    """Per field, the ordered sources: ("meta", key) or ("xpath", compiled XPath)."""
    out: dict[str, list[_Source]] = {f: [] for f in _FIELDS}
    for row in load_table("html_metadata.csv"):
        how, key = row["how"], row["key"]
        out[row["field"]].append((how, etree.XPath(key) if how == "xpath" else key.lower()))
    return {k: tuple(v) for k, v in out.items()}


def _meta_tags(tree: Any) -> dict[str, str]:
    """content of every <meta> by lower-cased name/property/itemprop (first one wins)."""
    tags: dict[str, str] = {}
    for el in tree.iter("meta"):
        content = (el.get("content") or "").strip()
        if not content:
            continue
        for attr in _META_KEYS:
            key = el.get(attr)
            if key:
                tags.setdefault(key.strip().lower(), content)
    return tags


def _first(tree: Any, tags: dict[str, str], field: str) -> str | None:
    for how, source in _sources()[field]:
        if how == "meta":
            assert isinstance(source, str)
            value = tags.get(source)
            if value and not (field == "author" and value.startswith("http")):
                return " ".join(value.split())
            continue
        assert isinstance(source, etree.XPath)
        found = source(tree)
        values = found if isinstance(found, list) else [found]
        text = " ".join(" ".join(str(v).split()) for v in values if str(v).strip()).strip()
        if text:
            return text
    return None


def _jsonld(tree: Any) -> Iterator[dict[str, Any]]:
    """schema.org objects from ``<script type="application/ld+json">`` blocks (graphs flattened)."""
    for script in _JSONLD(tree):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            obj = stack.pop(0)
            if isinstance(obj, dict):
                graph = obj.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
                yield obj


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def read_html_meta(tree: Any) -> HtmlMeta:
    """Metadata of a parsed page; JSON-LD article objects first, then the table's xpaths."""
    meta = HtmlMeta()
    for obj in _jsonld(tree):
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(isinstance(k, str) and ("Article" in k or k == "Report") for k in kinds):
            continue
        meta.title = meta.title or _name(obj.get("headline"))
        meta.date = meta.date or _name(obj.get("datePublished"))
        meta.author = meta.author or _name(obj.get("author"))
        meta.sitename = meta.sitename or _name(obj.get("publisher"))
    tags = _meta_tags(tree)
    meta.title = meta.title or _first(tree, tags, "title")
    meta.date = meta.date or _first(tree, tags, "date")
    author = meta.author or _first(tree, tags, "author")
    meta.author = _BY.sub("", author).strip() or None if author else None
    meta.sitename = meta.sitename or _first(tree, tags, "site")
    meta.url = _first(tree, tags, "url")
    lang = _first(tree, tags, "language")
    meta.language = lang.split("-")[0].lower() if lang else None
    if meta.date is None and meta.url:
        m = _URL_DATE.search(meta.url)
        if m:
            meta.date = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
    return meta
