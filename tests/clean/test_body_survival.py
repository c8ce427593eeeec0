"""Every story body of the chrome gold set, framed again with sentence-shaped chrome and a box
set in the middle of the story, must come back whole.

The bodies are real news text (Wikinews, CC BY 2.5; see ``gold/chrome/index.jsonl`` for each
one's URL and attribution); the frame is written here and differs from the gold templates. This
checks the rule the cleaner lives by (never drop a real body paragraph) on 50 stories of varied
shape: short one-sentence paragraphs, quotes at the end, lists, hard-wrapped lines.
"""

from __future__ import annotations

import json
import random

import pytest

from communique.clean.text import clean_text, split_units
from communique.evaluate import gold_dir

NAV = ["Home", "Nation", "World", "Business", "Climate", "Sign in"]
BOXES = {
    "none": [],
    "more": ["More on this topic:", "Port strike enters its second week",
             "Regulator fines lender over mis-sold loans"],
    "paid": ["Sponsored Content", "Seniors Are Flocking To This New Savings Plan!", "Learn More"],
    "maybe": ["You may also be interested in:", "Port strike enters its second week",
              "Storm closes schools across the north"],
    "popular": ["Most read", "Port strike enters its second week",
                "Regulator fines lender over mis-sold loans",
                "Storm closes schools across the north"],
}
END = ["Amal Haddad and Pieter Smits contributed reporting.",
       "Copyright © 2026 The Riverside Post. All rights reserved. Supplied by Eastwire "
       "(eastwire.example).",
       "Haddad covers courts and government for The Riverside Post.",
       "Support independent journalism: we rely on readers like you to keep reporting free.",
       "Related coverage", "Port strike enters its second week",
       "Regulator fines lender over mis-sold loans"]
FOOTER = ["About us", "Contact", "Privacy", "Terms of use"]


def _bodies() -> list[tuple[str, list[str]]]:
    base = gold_dir("chrome")
    out = []
    for line in (base / "index.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        text = (base / row["body"]).read_text("utf-8")
        out.append((row["id"], split_units(text)))
    return out


BODIES = _bodies()


@pytest.mark.parametrize("style", sorted(BOXES))
def test_framed_bodies_come_back_whole(style: str) -> None:
    box = BOXES[style]
    rng = random.Random(7)
    lost_pages: list[str] = []
    kept_chrome: list[str] = []
    for page_id, paras in BODIES:
        middle = list(paras)
        if box and len(paras) >= 4:
            k = rng.randint(2, len(paras) - 2)
            middle = paras[:k] + box + paras[k:]
        text = "\n\n".join(NAV + ["Story headline for the test", "By Amal Haddad",
                                  "March 4, 2026"] + middle + END + FOOTER)
        got = clean_text(text).paragraphs
        if [p for p in got if p in paras] != paras:
            lost_pages.append(page_id)
        kept_chrome += [p for p in got if p in END or p in box]
    assert not lost_pages, f"body paragraphs lost on pages {lost_pages}"
    assert not kept_chrome
