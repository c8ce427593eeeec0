"""Resolve an event's own date against the publication date.

Handles what news text uses: weekday names ('on Monday': the latest such day on or before
publication, or the next one for future events), 'yesterday'/'today'/'tomorrow', 'last week'
/'last month'/'last year', month-day with or without year and ranges ('from February 4-7' ->
the start day), month names, years ('back in 2014'), and 'N days/weeks/months/years ago'.
Returns ISO dates (YYYY-MM-DD) or reduced precision (YYYY-MM, YYYY) when that is all the text says.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MD = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+(\d{{4}}))?",
    re.I,
)
_DM = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?",
    re.I,
)
_MY = re.compile(rf"\b({_MONTH_RE})\.?(?:\s+(?:of\s+)?(\d{{4}}))?\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_AGO = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b",
    re.I,
)
_NUM = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


def parse_published(published: str | None) -> date | None:
    """The publication date of an article ('2021-02-09', or an ISO timestamp), or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _month_day(month: int, day: int, year: int | None, pub: date, future: bool) -> date | None:
    try:
        if year:
            return date(year, month, day)
        d = date(pub.year, month, day)
    except ValueError:
        return None
    if not future and d > pub + timedelta(days=7):
        d = date(pub.year - 1, month, day)
    elif future and d < pub - timedelta(days=7):
        d = date(pub.year + 1, month, day)
    return d


def resolve(text: str, pub: date, future: bool = False) -> str | None:
    """ISO date (or YYYY-MM / YYYY) named by a date expression, relative to ``pub``."""
    low = text.lower().strip()
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", low):
        return pub.isoformat()
    if "yesterday" in low:
        return (pub - timedelta(days=1)).isoformat()
    if "tomorrow" in low:
        return (pub + timedelta(days=1)).isoformat()
    m = _AGO.search(low)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _NUM[m.group(1)]
        unit = m.group(2)
        delta = {
            "day": relativedelta(days=n),
            "week": relativedelta(weeks=n),
            "month": relativedelta(months=n),
            "year": relativedelta(years=n),
        }[unit]
        d = pub - delta
        return str(d.year) if unit == "year" else d.isoformat()
    for pat, order in ((_MD, "md"), (_DM, "dm")):
        m = pat.search(text)
        if m:
            month_s, day_s = (m.group(1), m.group(2)) if order == "md" else (m.group(2), m.group(1))
            year = int(m.group(3)) if m.group(3) else None
            md = _month_day(_MONTHS[month_s.lower().rstrip(".")], int(day_s), year, pub, future)
            if md:
                return md.isoformat()
    for name, wd in _WEEKDAYS.items():
        if re.search(rf"\b{name}\b", low):
            if future or re.search(r"\bnext\b", low):
                ahead = (wd - pub.weekday()) % 7 or 7
                return (pub + timedelta(days=ahead)).isoformat()
            back = (pub.weekday() - wd) % 7
            if "last" in low and back == 0:
                back = 7
            return (pub - timedelta(days=back)).isoformat()
    if re.search(r"\blast week\b", low):
        return (pub - timedelta(days=7)).isoformat()
    if re.search(r"\bnext week\b", low):
        return (pub + timedelta(days=7)).isoformat()
    if re.search(r"\blast month\b", low):
        d = pub - relativedelta(months=1)
        return f"{d.year:04d}-{d.month:02d}"
    if re.search(r"\blast year\b", low):
        return str(pub.year - 1)
    if re.search(r"\bnext year\b", low):
        return str(pub.year + 1)
    if re.search(r"\bthis year\b", low):
        return str(pub.year)
    m = _MY.search(text)
    if m:
        month = _MONTHS[m.group(1).lower().rstrip(".")]
        year = (
            int(m.group(2))
            if m.group(2)
            else (pub.year if month <= pub.month or future else pub.year - 1)
        )
        return f"{year:04d}-{month:02d}"
    m = _YEAR.search(text)
    if m:
        return m.group(1)
    return None


def is_historical(resolved: str | None, pub: date) -> bool:
    """True when the event ended well before publication (more than ~6 months)."""
    if not resolved:
        return False
    parts = [int(p) for p in resolved.split("-")]
    if len(parts) == 1:
        end = date(parts[0], 12, 31)
    elif len(parts) == 2:
        end = date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    else:
        end = date(*parts)
    return (pub - end).days > 180
