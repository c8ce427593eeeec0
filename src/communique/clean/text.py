"""Chrome removal for plain text that a scraper pulled off a news page.

The page is cut into units (one per line, or one per hard-wrapped paragraph) and read by
structure first, patterns second:

1. *Prose* units end like a sentence and have a few words; the story runs from the first prose
   unit to the last one before the page's after-story area.
2. The after-story area opens at a ``stop`` heading ("Previous Story", "Related", "Latest from")
   but only where more story prose lies before the heading than after it, so a "Related" box
   above the story cannot cut the story off; and a ``stop`` or paid ``box`` heading ("Sponsored
   Content") followed within a few lines by story paragraphs is a box set inside the story:
   only the box goes (``clean.story.story_end``).
3. Inside the story, a unit is dropped only when it is furniture by pattern (``drop`` rows of
   ``data/chrome_patterns.csv``, or a line the same outlet repeats across articles), a caption
   (a short Title-Case line without a full stop, like "Sergei Lavrov"), part of a run of short
   unfinished lines (menus, teaser headlines) or a teaser (a headline followed by a cut-off
   blurb). Everything else inside is kept: a missed chrome line costs less than a lost sentence.
4. Date, reading-time and byline lines are read for metadata, then dropped; the title is the
   headline line just before the story, never a sentence of the story itself.
5. Furniture written as whole sentences: ``tail`` rows (end credits, author bios, agency
   self-descriptions) go only after the story's last paragraph; a caption goes when it sits
   beside a bare ``credit`` line or is a short participle-style line wedged between two long
   paragraphs; a one-sentence standfirst above the byline and a pull quote repeating a story
   sentence go too (``clean.story``).

Text with no prose unit at all (one headline, a list) comes back whole but for pattern lines.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache

from communique.clean.metadata import clean_author, iso_date, outlet_from_copyright
from communique.clean.patterns import date_in_line, ends_sentence, match, words
from communique.clean.story import (
    ATTRIBUTION,
    Unit,
    caption_drops,
    pull_quotes,
    speech_caption,
    story_end,
    story_start,
    titleish,
    trim_tail,
    typical_length,
)
from communique.resources import load_table

_BLOCKS = re.compile(r"\n[ \t\u00a0]*\n")
_QUOTES = ('"', "“", "”", "«", "»")
_CLOSERS = "\"'”’)]"
_CONTINUATION = set(",.;:)]’”%'")
TITLE_CASE = 0.8  # share of capitalised words in a Title Case teaser headline
SHORT_WORDS = 12  # a line this short without a full stop is a headline, caption or menu item
MENU_ONLY = 6  # this many short lines and not one sentence: a page of links, not a story
EDGE_WORDS = 20  # longer than any headline: an unfinished paragraph of a clean body
GAP = 6  # this many units without prose in a row separate the story from other prose
MINOR_SHARE = 0.5  # other prose beyond such a gap joins only if it is at least this large
# In extracted article text the page's long furniture (cookie notices, footers) is already gone;
# only lines up to this many words are checked against the patterns.
EXTRACTED_PATTERN_WORDS = 25


@dataclass
class TextResult:
    """What the cleaner read off a plain-text page."""

    paragraphs: list[str]
    removed: list[str] = field(default_factory=list)
    title: str | None = None
    published: str | None = None
    reading_minutes: int | None = None
    author: str | None = None
    outlet: str | None = None


def normal_line(line: str) -> str:
    """Key under which repeated lines are compared (case and spacing ignored)."""
    return " ".join(line.lower().split())


def split_units(text: str) -> list[str]:
    """Lines of the page; a block of hard-wrapped lines (blank-line separated) becomes one unit."""
    units: list[str] = []
    for block in _BLOCKS.split(text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if len(lines) > 1 and _wrapped(lines):
            units.append(" ".join(lines))
        else:
            units.extend(_rejoin(lines))
    return units


def _rejoin(lines: list[str]) -> list[str]:
    """Mend sentences a scraper split at inline links ("ties with the" / "European Union" /
    "(EU), but ..."): a line is glued to the one before when that one stops mid-sentence (on a
    function word, a comma or a hyphen) or when it starts like a continuation (lower case,
    closing punctuation)."""
    out: list[str] = []
    for line in lines:
        if out and _continues(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


@cache
def _dangling() -> dict[str, bool]:
    """Word -> True when a line ending on it always continues, False when only a long one does."""
    return {r["word"]: r["when"] == "always" for r in load_table("chrome_dangling_words.csv")}


def _continues(prev: str, line: str) -> bool:
    if ends_sentence(prev) or prev.endswith(":"):
        return False
    parts = prev.split()
    if line[:1] in _CONTINUATION or line[:1].islower():
        return len(parts) >= 3  # not a heading ("3 Comments") above a lower-case user name
    if prev.endswith((",", "-", "–")):
        return True
    always = _dangling().get(parts[-1])
    return always is not None and (always or len(parts) >= 4)


def _wrapped(lines: list[str]) -> bool:
    """True for a paragraph hard-wrapped at a fixed width: long, similar lines cut mid-sentence."""
    body = lines[:-1]
    if len(lines) == 2 and not lines[1][:1].islower():
        return False  # two lines are wrapped only if the second continues a sentence
    if any(len(ln) < 30 for ln in body):
        return False
    if max(len(ln) for ln in body) - min(len(ln) for ln in body) > 30:
        return False
    unfinished = sum(1 for ln in body if not ends_sentence(ln))
    lower = sum(1 for ln in lines[1:] if ln[:1].islower())
    return unfinished * 2 >= len(body) and lower * 3 >= len(lines) - 1


def _unit(text: str, recurring: Collection[str], longest: int | None = None) -> Unit:
    n = len(text.split())
    ended = ends_sentence(text)
    found = match(text, n, ended) if longest is None or n <= longest else None
    kind = found[0] if found else None
    if kind == "drop" and speech_caption(text):
        kind, found = None, None  # 'X says [clause]. Photo: File' attributes speech
    groups = {k: v for k, v in found[1].groupdict().items() if v} if found else {}
    if kind is None and recurring and normal_line(text) in recurring:
        kind = "drop"
    finished = ended or (text.endswith(":") and n >= 6)
    # A headline that ends in "?" or "!" ("You Won't Believe What Happened Next!") is a teaser.
    teaser = (ended and text.rstrip(_CLOSERS)[-1:] in "?!" and 4 <= n <= SHORT_WORDS
              and titleish(text, TITLE_CASE))
    prose = kind is None and finished and n >= 4 and not teaser
    short = (not ended or teaser) and n <= SHORT_WORDS
    return Unit(text, kind, groups, n, prose, short)


def _main_cluster(units: list[Unit], prose: list[int]) -> tuple[int, int]:
    """First and last prose unit of the story: prose clusters split at long chrome gaps.

    A gap of ``GAP`` or more units without prose (a footer, a block of teasers) separates
    clusters; the cluster with the most prose words is the story, and a neighbouring cluster
    joins it when it is large, reads like story (two paragraphs in a row) or is one paragraph
    carrying a quotation (the last paragraph after a box of links). A footer sentence or a
    teaser block (blurbs each under its own headline) stays out.
    """
    clusters: list[list[int]] = [[prose[0]]]
    for i in prose[1:]:
        if i - clusters[-1][-1] - 1 >= GAP:
            clusters.append([i])
        else:
            clusters[-1].append(i)
    weight = [sum(units[i].n for i in c) for c in clusters]
    main = max(range(len(clusters)), key=lambda k: weight[k])
    lo = hi = main
    total = weight[main]
    def joins(k: int) -> bool:
        c = clusters[k]
        if weight[k] >= MINOR_SHARE * total:
            return True
        if any(b == a + 1 for a, b in zip(c, c[1:], strict=False)):
            return True
        return len(c) == 1 and units[c[0]].n >= 12 and any(q in units[c[0]].text for q in _QUOTES)

    while lo > 0 and joins(lo - 1):
        lo -= 1
        total += weight[lo]
    while hi < len(clusters) - 1 and joins(hi + 1):
        hi += 1
        total += weight[hi]
    return clusters[lo][0], clusters[hi][-1]


def _inside_drops(units: list[Unit], start: int, end: int) -> set[int]:
    """Indices inside the story span that are furniture rather than story."""
    drop: set[int] = set()
    for i in range(start, end + 1):
        u = units[i]
        if u.kind is not None and u.kind != "tail":  # tail furniture with story after it is story
            drop.add(i)
        elif u.short and titleish(u.text) and not u.text.startswith(ATTRIBUTION):
            drop.add(i)  # caption or inline headline (not "– Name, source" under a quote)
    i = start
    while i <= end:  # runs of short unfinished lines: menus, teaser headline lists
        j = i
        while j <= end and units[j].short and units[j].kind is None \
                and not units[j].text.startswith(ATTRIBUTION):
            j += 1
        if j - i >= 2:
            drop.update(range(i, j))
        i = max(j, i + 1)
    for i in range(start, end):  # teaser: headline then a cut-off blurb
        head, blurb = units[i], units[i + 1]
        if head.short and not blurb.prose and not blurb.short and blurb.kind is None:
            drop.update((i, i + 1))
    return drop


def _title(before: list[Unit]) -> str | None:
    """The headline among the lines before the story.

    A candidate is a plausible headline line (2-30 words, no full stop, no date, not the tail of
    a label such as "Image caption,"). Headlines sit next to the page's date, byline or reading
    time, so a candidate within two lines of one wins; among equals the one nearest the story
    (and with 4+ words) is taken.
    """
    best: tuple[int, int, int] | None = None
    for i, u in enumerate(before):
        prev = before[i - 1].text.rstrip() if i else ""
        if not (
            u.kind is None and 2 <= u.n <= 30 and not u.text.rstrip().endswith(".")
            and (u.n >= 3 or len(u.text) >= 15)
            and sum(1 for w in words(u.text) if w[0].isalpha()) * 2 > u.n
            and date_in_line(u.text) is None
            and not prev.endswith((",", ":"))
        ):
            continue
        near = before[max(0, i - 2) : i + 3]
        meta = any(v.kind in ("date", "byline", "reading") for v in near)
        rank = (int(meta), int(u.n >= 4), i)
        if best is None or rank > best:
            best = rank
    return before[best[2]].text if best else None


def clean_text(
    text: str, recurring: Collection[str] = (), *, extracted: bool = False
) -> TextResult:
    """Split a plain-text page into story paragraphs, removed chrome and metadata.

    ``extracted`` marks text an extractor already cut from a page's article element (HTML via
    trafilatura): its short lines are the article's own subheadings and lists, so only pattern
    furniture and an after-story area are removed, not captions or runs of short lines.
    """
    longest = EXTRACTED_PATTERN_WORDS if extracted else None
    units = [_unit(t, recurring, longest) for t in split_units(text)]
    prose = [i for i, u in enumerate(units) if u.prose]
    if not prose and len(units) >= MENU_ONLY and all(u.short for u in units):
        return TextResult([], [u.text for u in units])  # a menu or link list, no story
    if not prose:
        kept = [u for u in units if u.kind is None] or units
        dropped = [u.text for u in units if u.kind is not None] if kept is not units else []
        result = TextResult([u.text for u in kept], dropped)
        _read_metadata(result, units, 0)
        return result
    stop, boxes = story_end(units, prose[0])
    first, last = _main_cluster(units, [i for i in prose if i < stop])
    first = story_start(units, first, last)
    last = trim_tail(units, first, last, typical_length(units, list(range(first, last + 1))))
    if not any(u.kind for u in units):  # no furniture anywhere: a long unfinished edge
        while first > 0 and units[first - 1].n >= EDGE_WORDS:  # paragraph is story too
            first -= 1
        while last < len(units) - 1 and units[last + 1].n >= EDGE_WORDS:
            last += 1
    evidence = first > 0 or last < len(units) - 1 or any(u.kind for u in units)
    if extracted:
        drops = {i for i in range(first, last + 1) if units[i].kind not in (None, "tail")}
    else:
        drops = _inside_drops(units, first, last) if evidence else set()
        if evidence:
            typical = typical_length(units, list(range(first, last + 1)))
            drops |= caption_drops(units, first, last, typical)
    drops |= {i for i in boxes if first <= i <= last} | pull_quotes(units, first, last)
    keep = [units[i].text for i in range(first, last + 1) if i not in drops]
    removed = [u.text for i, u in enumerate(units) if not (first <= i <= last) or i in drops]
    result = TextResult(keep, removed)
    result.title = _title(units[:first])
    _read_metadata(result, units, first)
    return result


def _read_metadata(result: TextResult, units: list[Unit], first: int) -> None:
    """Date, reading time, author and outlet from dropped lines (those before the story first).

    A date line wins; failing that, a date inside a short line before the story (a byline
    "By Jane Doe | March 3, 2025", a "Posted on" line) is taken.
    """
    before = units[:first]
    for u in units:
        if u.kind == "date" and result.published is None:
            result.published = iso_date(u.groups.get("date"))
        elif u.kind == "reading" and result.reading_minutes is None:
            result.reading_minutes = int(u.groups["minutes"])
        elif u.kind == "byline" and result.author is None:
            result.author = clean_author(u.groups.get("name", ""))
        elif u.kind == "drop" and result.outlet is None and u.text.lstrip()[:1] in "©(Cc":
            result.outlet = outlet_from_copyright(u.text)
    if result.published is None:
        for u in before:
            found = date_in_line(u.text) if not u.prose and u.n <= 25 else None
            if found:
                result.published = iso_date(found)
                break
