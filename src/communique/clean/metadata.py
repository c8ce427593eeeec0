"""Metadata read from the lines around a story: date, reading time, byline, outlet, language.

These lines are chrome (they are dropped from ``text``) but carry facts the record keeps. Dates
are normalised to ISO ``YYYY-MM-DD``; a page's own reading-time line wins over the estimate from
``settings.words_per_minute``; the language guess is deliberately cheap (share of English
function words) because a wrong ``None`` costs less than a slow detector on every article.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from urllib.parse import urlsplit

from dateutil import parser as dateparser

from communique.clean.patterns import date_in_line, stopwords
from communique.resources import load_table

_PUNCT = "\"'“”‘’.,;:!?()[]—–-"
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_COPYRIGHT_OWNER = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?P<owner>[^.|,]{2,60}?)"
    r"\s*(?:[.|,]|all rights reserved|$)",
    re.I,
)


def iso_date(raw: str | None) -> str | None:
    """Normalise a date string in a common format to ``YYYY-MM-DD`` (None when unreadable).

    Day-first is assumed only when the month is spelled out or the first number exceeds 12, so
    "02/09/2021" is read US-style; ISO strings with a time or zone keep their calendar date.
    """
    if not raw:
        return None
    text = raw.strip()
    m = _ISO.match(text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    if not re.search(r"\b(19|20)\d{2}\b", text):
        return None  # no year: "tomorrow", "Tuesday", "9 Feb" are not a publication date
    try:
        value = dateparser.parse(text, fuzzy=True, ignoretz=True, default=datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        core = date_in_line(text)  # "Tuesday 3 Jun 2025 14.20 BST" -> "3 Jun 2025"
        return iso_date(core) if core and core != text else None
    if value.year < 1900 or value.year > 2100:
        return None
    return value.date().isoformat()


def outlet_from_url(url: str | None) -> str | None:
    """The site host of a URL without ``www.`` (``https://www.ex.com/a`` -> ``ex.com``)."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def outlet_from_copyright(line: str) -> str | None:
    """The owner named in a copyright line ("© 2021 Asian Lite. All rights reserved")."""
    m = _COPYRIGHT_OWNER.match(line.strip())
    if not m:
        return None
    owner = m["owner"].strip(" -–—")
    return owner if owner and any(c.isalpha() for c in owner) else None


@cache
def _trailers() -> re.Pattern[str]:
    words = "|".join(re.escape(r["trailer"]) for r in load_table("byline_trailers.csv"))
    return re.compile(rf"\s*,\s*({words})\b.*$", re.I)


def clean_author(name: str) -> str | None:
    """Trim what often trails a byline name: agency, role, a date or a pipe-separated note."""
    text = re.split(r"\s*[|•·]\s*|\s+[-–—]\s+|\s*,\s*(?=\w+ \d|updated|published|posted)", name)[0]
    text = _trailers().sub("", text)
    text = text.strip(" ,;:")
    return text or None


def reading_minutes(text: str, words_per_minute: int) -> int:
    """Estimated reading time, at least one minute (words counted as spaces and breaks)."""
    words_ = text.count(" ") + text.count("\n") + 1
    return max(1, round(words_ / max(1, words_per_minute)))


def guess_language(text: str) -> str | None:
    """'en' when English function words make up a typical share of the words, else None.

    English prose runs at 40-50% function words; other languages using Latin script rarely pass
    15% with this list, so the threshold sits well between.
    """
    toks = text[:3000].lower().split()
    if len(toks) < 3:
        return None
    common = stopwords()
    share = sum(1 for t in toks if t.strip(_PUNCT) in common) / len(toks)
    return "en" if share >= 0.2 else None
