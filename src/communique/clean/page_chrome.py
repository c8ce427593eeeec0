"""Page furniture left in a text the clean stage did not see: link lists and 'Also Read' lines.

A scraped page keeps its chrome when it is analysed without the clean stage (the `eval`
command, ``analyze_clean`` on raw text), and the pipeline tells the quote stage to skip these
lines: lists of other stories after the story ('Latest
from World', 'Previous Story' / 'Next Story' and their headlines) and link lines inside it
('ALSO READ- Minister vows "no compromise"'). Their headlines quote people ('Lavrov: "Europe is
sleepwalking"'), but those are other stories' quotations, never this one's.

Three shapes are read, each needing no guess about the outlet:

* the trailing run: the lines after the story's last finished sentence, when there are at
  least two and every one is short and unfinished (headlines, labels, share buttons);
* a link line anywhere: an unfinished line the clean stage's ``drop`` patterns call
  furniture (a finished sentence is story, whatever a credit pattern would make of it, and
  so is a caption reporting speech before its credit, ``story.speech_caption``: only the
  credit is furniture there);
* a list of headlines under a heading of ``chrome_list_headings.csv`` ('RELATED', 'MORE
  STORIES', 'More coverage'), even in the middle of the page: the heading and the unfinished
  lines after it, up to the next finished sentence.

A live blog's time-stamp headings stand between finished paragraphs, so they are never in a
trailing run, and its entries keep their quotations.
"""

from __future__ import annotations

import re

from communique.clean.patterns import ends_sentence, match, words
from communique.clean.story import credit_start, speech_caption
from communique.resources import load_words

TRAILING_LINES = 2  # a trailing run of unfinished lines is chrome from this many lines
HEADLINE_WORDS = 25  # ... each at most this long

_LINE = re.compile(r"[^\n]+")


def chrome_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines of ``text`` that are page furniture (see the module)."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    k = len(lines)
    while k > 0 and _unfinished(text[lines[k - 1][0] : lines[k - 1][1]]):
        k -= 1
    # a line ending in a colon announces what follows ('he wrote:', 'Key lines from the
    # speech:'): the lines after it are the story's own
    # ('Share this:' is a button, no announcement)
    before = text[lines[k - 1][0] : lines[k - 1][1]] if k > 0 else ""
    announced = before.rstrip().endswith(":") and not _furniture(before)
    out = lines[k:] if len(lines) - k >= TRAILING_LINES and not announced else []
    listing = False  # inside a list of other stories' headlines, after its heading
    for lo, hi in lines[:k]:
        line = text[lo:hi]
        found = match(line) if not ends_sentence(line) else None
        if _list_heading(line):
            # 'RELATED', 'MORE STORIES', 'More coverage' dropped into the page, even before
            # the story goes on: the unfinished lines under it are other stories' headlines
            out.append((lo, hi))
            listing = True
        elif found is not None and found[0] == "drop":
            # a caption reporting speech is story up to its credit ('... money (Image:
            # Supplied)'): only the credit is furniture
            cut = credit_start(line) if speech_caption(line) else None
            out.append((lo + cut, hi) if cut is not None else (lo, hi))
        elif listing and _unfinished(line):
            out.append((lo, hi))
        else:
            listing = False
    return sorted(out)


def _list_heading(line: str) -> bool:
    """Is a line a heading over a list of other stories ('RELATED', 'More coverage'), as
    ``chrome_list_headings.csv`` lists them, whole?"""
    headings = load_words("chrome_list_headings.csv", "heading")
    return line.strip().rstrip(":").strip().lower() in headings


def _furniture(line: str) -> bool:
    """Is a line one the clean stage's ``drop`` patterns call page furniture?"""
    found = match(line) if not ends_sentence(line) else None
    return found is not None and found[0] == "drop"


def _unfinished(line: str) -> bool:
    """A short line that does not end like a sentence or announce what follows: a
    headline, a label or a button."""
    stripped = line.rstrip()
    return len(words(stripped)) <= HEADLINE_WORDS and not ends_sentence(stripped) and not (
        stripped.endswith(":")
    )
