"""Metadata readers: dates, outlets, bylines, language, HTML page metadata and title cleanup."""

from __future__ import annotations

import pytest

from communique.clean import clean_document
from communique.clean.metadata import (
    clean_author,
    guess_language,
    iso_date,
    outlet_from_copyright,
    outlet_from_url,
)
from communique.ingest.document import RawDocument
from communique.records import Source
from communique.settings import Settings


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("February 9, 2021", "2021-02-09"),
        ("9 February 2021", "2021-02-09"),
        ("Feb. 9, 2021", "2021-02-09"),
        ("2021-02-09T10:00:00+05:30", "2021-02-09"),
        ("Tue, 09 Feb 2021 14:20:00 GMT", "2021-02-09"),
        ("Tuesday 9 Feb 2021 14.20 BST", "2021-02-09"),
        ("Published 10:32 AM EST, February 9th, 2021", "2021-02-09"),
        ("tomorrow", None),
        ("Tuesday", None),
        ("", None),
    ],
)
def test_iso_date(raw: str, iso: str | None) -> None:
    assert iso_date(raw) == iso


def test_outlets_and_authors() -> None:
    assert outlet_from_url("https://www.example.co.uk/world/a?b=1") == "example.co.uk"
    assert outlet_from_url(None) is None
    assert outlet_from_copyright("© 2021 Asian Lite. All rights reserved.") == "Asian Lite"
    assert outlet_from_copyright("Copyright 2025 Harbour Post Inc.") == "Harbour Post Inc"
    assert clean_author("Jane Doe | Updated 3 hours ago") == "Jane Doe"
    assert clean_author("Jane Doe, Reuters") == "Jane Doe"


def test_language_guess() -> None:
    assert guess_language("The minister said that the talks would resume in the spring.") == "en"
    assert guess_language("Le ministre a déclaré que les pourparlers reprendraient.") is None


HTML = """<!DOCTYPE html><html lang="en-GB"><head>
<title>Talks resume in Geneva | Alpine Post</title>
<meta property="og:site_name" content="Alpine Post">
<link rel="canonical" href="https://www.alpinepost.example/world/2025/03/04/talks">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "NewsArticle", "headline": "Talks resume in Geneva",
  "datePublished": "2025-03-04T08:00:00Z",
  "author": [{"@type": "Person", "name": "Lena Graf"}]}]}</script></head>
<body><nav><a href="/">Home</a><a href="/w">World</a></nav><article><h1>Talks resume in Geneva</h1>
<p>Negotiators from Armenia and Azerbaijan resumed talks in Geneva on Tuesday, the Swiss foreign
ministry said, after a pause of three months.</p>
<p>Advertisement</p>
<p>"We are here to make progress," Armenia's deputy foreign minister told reporters outside the
venue, adding that a draft text on the border commission was on the table.</p>
<p>Azerbaijan's delegation did not comment. The talks are expected to last two days.</p>
</article><footer>© 2025 Alpine Post</footer></body></html>"""


def test_html_page_metadata_and_body() -> None:
    raw = RawDocument(source=Source(path="p.html", url=None, kind="html"), content=HTML,
                      format="html")
    doc = clean_document(raw, Settings())
    assert doc.title == "Talks resume in Geneva"
    assert doc.published == "2025-03-04"
    assert doc.author == "Lena Graf"
    assert doc.source.url == "https://www.alpinepost.example/world/2025/03/04/talks"
    assert doc.outlet == "alpinepost.example"
    assert doc.language == "en"
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Negotiators from Armenia")
    assert "Advertisement" not in doc.text and "Talks resume in Geneva" not in doc.text
