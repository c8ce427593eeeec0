"""Sniffing reads the content first and the file name only to break ties."""

from __future__ import annotations

import pytest

from communique.ingest.sniff import sniff

FEED_WITH_HTML = (b'<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?>\n<rss version="2.0">'
                  b"<channel><item><description><![CDATA[<html><body><p>x</p></body></html>]]>"
                  b"</description></item></channel></rss>")


@pytest.mark.parametrize(
    ("head", "name", "kind"),
    [
        (b"WARC/1.0\r\nWARC-Type: response\r\n", "crawl.bin", "warc"),
        (FEED_WITH_HTML, "feed.txt", "rss"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry/></feed>', "x", "rss"),
        (b"<!DOCTYPE html><html><body><p>Story.</p></body></html>", "story.txt", "html"),
        (b"<div><p>One.</p><p>Two.</p><a href='/'>x</a></div>", "fragment", "html"),
        (b'{"text": "<p>Story</p>", "url": "https://a.example/"}\n{"text": "b"}', "x.txt", "jsonl"),
        (b"Ministers met in Lima on Friday.\n\nThey agreed.", "page.html", "text"),
        (b"Ministers met in Lima on Friday.", "batch.jsonl", "jsonl"),  # tie: name decides
        (b"  \xef\xbb\xbf<html><body>x</body></html>", "x", "html"),
    ],
)
def test_sniff(head: bytes, name: str, kind: str) -> None:
    assert sniff(head, name) == kind
