"""Where a plain-text story starts and ends, and which lines inside it are not story.

These are the structural readings behind ``clean.text``. They share one principle: a missed
chrome line costs less than a lost sentence, so each rule needs two independent signals (a
shape and a position, or a shape and a neighbour) before it drops a line that reads like prose.

* A related/sponsored box in the middle of an article ("You may also like", two teaser
  headlines) looks like the end of the story. It is the end only when no run of story-shaped
  paragraphs follows it; when one does, only the box is dropped (``story_end``).
* A caption is a short line next to a bare photo credit ("Photo: AFP"), or a short line
  in participle caption style ("Rescue teams searching the rubble on Sunday.") wedged between
  two much longer paragraphs, neither carrying a reporting verb (``caption_drops``).
* A standfirst is a single sentence set above the byline or date line (``story_start``).
* A pull quote repeats a sentence of the story word for word (``pull_quotes``).
* A caption that reports speech before its credit ("X says the bank will wait. Photo: File")
  is story: it attributes words to someone, as a sentence of the story would
  (``speech_caption``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from statistics import median

from communique.clean.patterns import FURNITURE, ends_sentence, words
from communique.resources import load_table

END_AFTER_WORDS = 40  # story words read before an ``end`` heading (comments...) may close it
BOX_UNITS = 8  # a mid-story box (heading, teasers) spans at most this many lines
BODY_SHARE = 0.4  # a paragraph this share of the story's typical length is story-shaped
LONE_RESUME_WORDS = 25  # one paragraph this long after a box resumes the story by itself
RESUME_WORDS = 40  # a run of paragraphs after a box resumes the story with this many words
RESUME_LONGEST = 20  # ... one of them this long (teaser blurbs in a row are all short)
DENSE_UNITS, DENSE_PROSE = 6, 4  # or this many story paragraphs among the next lines
TAIL_STORY_WORDS, TAIL_STORY_SHARE = 15, 0.5  # story after a tail line is this long
CAPTION_WORDS = 30  # captions are at most this long
CAPTION_SHARE = 0.7  # ... and shorter than this share of the story's typical paragraph
WEDGED_WORDS = 20  # a caption with no credit beside it is at most this long
WEDGED_SHARE = 0.5  # ... and at most this share of both paragraphs around it
DEK_WORDS = 25  # a standfirst is one sentence this short; a lead paragraph runs longer
PULL_MIN_WORDS = 6  # a repeated line shorter than this is left alone
PULL_MAX_WORDS = 45  # a pull quote is a sentence or two, never a long paragraph
_QUOTES = ('"', "“", "”", "«", "»")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s+[A-Z\"“]")
ATTRIBUTION = ("–", "—", "―", "-- ")  # a quotation's source line starts so
_POSSESSIVE = ("s'", "'s", "’s", "s’")
_NO_QUOTES = str.maketrans("", "", "\"“”«»‘’'")
# a photo credit closing a line: 'Photo: File', '(Image: Supplied)', '(AP Photo/Name)'
_CREDIT_TAIL = re.compile(
    r"(?:\s*\([^()]{0,24}\b(?:photo(?:graph)?|picture|image|pic)s?\b[^()]{0,80}\)"
    r"|\s+(?:file\s+)?(?:photo(?:graph)?|picture|image|pic|credit)s?\s*(?::|/|\bby\b)"
    r"\s*[^.!?]{1,80})\s*$",
    re.IGNORECASE,
)
SPEECH_CAPTION_WORDS = 5  # the sentence before the credit is at least this long


@dataclass
class Unit:
    """One line (or hard-wrapped paragraph) of a page with what the patterns made of it."""

    text: str
    kind: str | None
    groups: dict[str, str]
    n: int
    prose: bool
    short: bool


def titleish(text: str, share: float = 0.6) -> bool:
    """Mostly capitalised words: a name or headline rather than a sentence fragment."""
    toks = [w for w in words(text) if w[0].isalpha()]
    if not toks:
        return True
    caps = sum(1 for w in toks if w[0].isupper())
    return caps / len(toks) >= share


@cache
def _cues() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for row in load_table("chrome_caption_cues.csv"):
        out.setdefault(row["role"], set()).add(row["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def typical_length(units: list[Unit], idx: list[int]) -> float:
    """Median word count of the prose units at ``idx`` (0 when there are none)."""
    lengths = [units[i].n for i in idx if units[i].prose]
    return float(median(lengths)) if lengths else 0.0


def _body_like(u: Unit, typical: float) -> bool:
    """A paragraph that continues a story: a finished sentence of story length, not a headline."""
    return u.prose and u.n >= max(10.0, BODY_SHARE * typical) and not titleish(u.text)


def _box(units: list[Unit], head: int, j: int) -> set[int]:
    """The box's lines, from its heading up to the story's next paragraph; a quotation's
    attribution line ("– Name, source") standing there belongs to the story."""
    return {m for m in range(head, j) if not units[m].text.startswith(ATTRIBUTION)}


def _resumes(units: list[Unit], head: int, typical: float) -> set[int] | None:
    """The box opened at ``head`` when story paragraphs follow it, else None.

    Story resumes when, within ``BOX_UNITS`` lines of the heading, a run of prose starts that
    is either two or more paragraphs in a row (furniture lines such as "Advertisement" may sit
    between them) with ``RESUME_WORDS`` words and one paragraph of story length, one paragraph as
    long as the story's typical one, or ``DENSE_PROSE`` story-shaped paragraphs among the next
    ``DENSE_UNITS`` lines. Teaser blurbs never qualify: each sits under its own headline, and a
    headline is not prose.
    """
    for j in range(head + 1, min(len(units), head + 1 + BOX_UNITS)):
        if units[j].kind in ("stop", "end", "box"):
            return None  # a second heading: an after-story area of several boxes
        if not units[j].prose or titleish(units[j].text):
            continue
        run: list[Unit] = []
        k = j
        while k < len(units) and (units[k].prose or units[k].kind in FURNITURE):
            if units[k].prose:
                run.append(units[k])
            k += 1
        words_in_run = sum(u.n for u in run)
        longest = max(u.n for u in run)
        if len(run) >= 2 and longest >= max(RESUME_LONGEST, 0.6 * typical) \
                and words_in_run >= max(RESUME_WORDS, typical):
            return _box(units, head, j)
        if _body_like(units[j], typical) and units[j].n >= max(LONE_RESUME_WORDS, typical):
            return _box(units, head, j)
        ahead = units[j : j + DENSE_UNITS]
        heading = next((m for m, u in enumerate(ahead) if u.kind in ("stop", "end", "box")), None)
        ahead = ahead[:heading]
        if sum(1 for u in ahead if _body_like(u, 0.0)) >= DENSE_PROSE:
            return _box(units, head, j)  # mostly story paragraphs (a quote's attribution between)
        return None
    return None


def story_end(units: list[Unit], first: int) -> tuple[int, set[int]]:
    """Index of the heading that closes the story (len(units) when none) and the indices of
    mid-story boxes the story runs past (to be dropped).

    A ``stop`` heading closes the story only where more story prose lies before it than after
    it; an ``end`` or ``box`` heading once a few paragraphs have been read. A ``stop`` or ``box``
    heading is passed over when story paragraphs resume right after its box.
    """
    prose_words = [u.n if u.prose else 0 for u in units]
    total = sum(prose_words)
    before = sum(prose_words[: first + 1])
    paragraphs = 1
    boxes: set[int] = set()
    for i in range(first + 1, len(units)):
        kind = units[i].kind
        closes = (kind == "stop" and before >= total - before) or (
            kind in ("end", "box") and before >= END_AFTER_WORDS and paragraphs >= 3
        )
        if closes:
            typical = typical_length(units, list(range(first, i)))
            # a comments or author box never has story after it: its prose is the readers'
            box = _resumes(units, i, typical) if kind != "end" else None
            if box is None:
                return i, boxes
            boxes |= box
        before += prose_words[i]
        paragraphs += units[i].prose
    return len(units), boxes


def story_start(units: list[Unit], first: int, last: int) -> int:
    """Skip a one-sentence standfirst set above the byline/date line that opens the story."""
    dek = units[first]
    if dek.n > DEK_WORDS or _SENTENCE_BREAK.search(dek.text) or _reports(dek.text):
        return first  # a lead paragraph, not a standfirst
    for k in range(first + 1, min(first + 5, last)):
        if units[k].kind in ("byline", "date", "reading"):
            if any(units[m].prose for m in range(first + 1, k)):
                return first
            after = [m for m in range(k + 1, last + 1) if units[m].prose]
            return after[0] if len(after) >= 2 else first
        if units[k].prose:
            return first
    return first


def trim_tail(units: list[Unit], first: int, last: int, typical: float) -> int:
    """The story's last index once end furniture is cut: from the first ``tail`` line (a
    credit, a bio, an agency blurb) with no story-length paragraph after it, everything goes,
    short footer sentences included. A ``tail`` line with story after it stays (see
    ``_inside_drops``)."""
    floor = max(TAIL_STORY_WORDS, TAIL_STORY_SHARE * typical)
    for t in range(first + 1, last + 1):
        if units[t].kind != "tail":
            continue
        if not any(units[m].prose and units[m].n >= floor for m in range(t + 1, last + 1)):
            prose = [m for m in range(first, t) if units[m].prose]
            return prose[-1] if prose else last
    return last


def _reports(text: str) -> bool:
    """Carries a quotation or a reporting verb: story, never a caption."""
    if any(q in text for q in _QUOTES):
        return True
    report = _cues().get("report", frozenset())
    return any(w.lower() in report for w in words(text))


def credit_start(line: str) -> int | None:
    """Where a photo credit closing ``line`` starts ('... money (Image: Supplied)'), or None."""
    credit = _CREDIT_TAIL.search(line)
    return credit.start() if credit else None


def speech_caption(line: str) -> bool:
    """A caption whose sentence reports speech before its photo credit ("CBN Governor X says
    the bank will watch spending closely. Photo: File"): the credit is furniture, the sentence
    is an attribution annotators and readers take as the story's own."""
    cut = credit_start(line)
    if cut is None:
        return False
    head = line[:cut]
    report = _cues().get("report", frozenset())
    return len(words(head)) >= SPEECH_CAPTION_WORDS and any(
        w.lower() in report for w in words(head)
    )


def _caption_shaped(u: Unit, typical: float) -> bool:
    return (
        u.kind is None and 3 <= u.n <= CAPTION_WORDS and u.n < CAPTION_SHARE * max(typical, 1.0)
        and not u.text.endswith(":") and not _reports(u.text)
    )


def _participle_style(text: str) -> bool:
    """"Rescue teams searching the rubble": one sentence, a subject then a bare -ing verb with
    no auxiliary or past-tense verb before it ("Video captured crowds pushing" is a clause)."""
    if _SENTENCE_BREAK.search(text):
        return False
    cues = _cues()
    toks = [w.lower() for w in words(text)][:7]
    for pos, w in enumerate(toks):
        if w in cues.get("aux", frozenset()) or (pos >= 1 and w.endswith("ed")):
            return False
        if pos >= 1 and len(w) > 4 and w.endswith("ing") and w not in cues.get("ing_noun", ()):
            prev = toks[pos - 1]
            return prev not in cues.get("det", frozenset()) and not prev.endswith(_POSSESSIVE)
    return False


def caption_drops(units: list[Unit], start: int, end: int, typical: float) -> set[int]:
    """Captions inside the story span: beside a bare credit line, or wedged in caption style."""
    drop: set[int] = set()
    for i in range(start, end + 1):
        if units[i].kind != "credit" or units[i].n > 8:
            continue
        for j in (i - 1, i + 1):
            if start <= j <= end and _caption_shaped(units[j], typical):
                drop.add(j)
                break
    for i in range(start + 1, end):
        u, prev, nxt = units[i], units[i - 1], units[i + 1]
        if not (u.prose and prev.prose and nxt.prose) or u.n > WEDGED_WORDS:
            continue
        if u.n <= WEDGED_SHARE * min(prev.n, nxt.n) and _caption_shaped(u, typical) \
                and _participle_style(u.text):
            drop.add(i)
    return drop


def _bare(text: str) -> str:
    return " ".join(text.translate(_NO_QUOTES).lower().split()).strip(" .,;:!?-–—")


def pull_quotes(units: list[Unit], start: int, end: int) -> set[int]:
    """Short lines that repeat a sentence found inside a longer story paragraph (pull quotes).

    Only lines of ``PULL_MIN_WORDS``-``PULL_MAX_WORDS`` words are candidates, and each paragraph
    is normalised once, so a page of long paragraphs costs a few substring searches.
    """
    idx = [i for i in range(start, end + 1) if units[i].kind is None]
    # set off as a display quote: opens with a quotation mark or lacks a final full stop; a
    # story's own sentence quoted twice (an interview question repeated) keeps both copies
    short = [i for i in idx if PULL_MIN_WORDS <= units[i].n <= PULL_MAX_WORDS
             and (units[i].text.startswith(_QUOTES) or not ends_sentence(units[i].text))]
    if not short:
        return set()
    shortest = min(units[i].n for i in short)
    bare = {j: _bare(units[j].text) for j in idx if units[j].n > shortest}
    drop: set[int] = set()
    for i in short:
        key = bare.get(i) or _bare(units[i].text)
        if key and any(key in bare[j] for j in bare if units[j].n > units[i].n):
            drop.add(i)
    return drop
