"""Which reader a document needs, judged from its content first and its name second.

A ``.txt`` file holding HTML is HTML; an extension only breaks ties the content leaves open
(an empty-looking prefix, JSON that might be a one-line JSONL file).
"""

from __future__ import annotations

import json
import re

KINDS = ("auto", "text", "html", "warc", "jsonl", "rss")

_FEED = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
# The document element itself is a feed (after an XML declaration, comments, stylesheet PIs).
_FEED_ROOT = re.compile(rb"(<\?[^>]*\?>\s*|<!--.*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]", re.I | re.S)
_HTML = re.compile(rb"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_TAGS = re.compile(rb"</?(p|div|article|section|span|a|h[1-6]|br|meta|title|main)[\s>/]", re.I)
_EXTENSIONS = {
    ".warc": "warc", ".html": "html", ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl",
    ".ndjson": "jsonl", ".rss": "rss", ".atom": "rss", ".xml": "rss", ".txt": "text",
}


def sniff(head: bytes, name: str) -> str:
    """Kind of a (decompressed) document from its first few KB and its file name."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:8192]
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{") and _is_json_record(start):
        return "jsonl"
    if _FEED_ROOT.match(start) or (_FEED.search(start[:2048]) and not _HTML.search(start[:2048])):
        return "rss"
    if _HTML.search(start) or len(_TAGS.findall(start)) >= 3:
        return "html"
    by_name = _by_extension(name)
    return by_name if by_name in ("warc", "rss", "jsonl") else "text"


def _by_extension(name: str) -> str | None:
    lower = name.lower().removesuffix(".gz")
    for ext, kind in _EXTENSIONS.items():
        if lower.endswith(ext):
            return kind
    return None


def _is_json_record(start: bytes) -> bool:
    """The first line parses as a JSON object with a ``text`` or ``html`` field."""
    first = start.split(b"\n", 1)[0]
    try:
        obj = json.loads(first)
    except ValueError:
        return b'"text"' in first or b'"html"' in first  # a first line longer than the head
    return isinstance(obj, dict) and ("text" in obj or "html" in obj)
