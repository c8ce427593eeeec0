"""Party tags after a name: 'Sen. Chris Murphy, D-Conn.', 'Sen. Ada Eze (LP-Abia Central)'.

American copy identifies a lawmaker once with such a tag and then re-names them by it: 'the
Connecticut Democrat said', 'the Idaho Republican'. The tag is a convention of the page, not
of the parse (the tagger reads 'D-Conn.' as a name or a stray noun), so it is read from the
text: a comma or an opening bracket right after a name, the party letter, a hyphen and a state
in any of its written forms (``quote_us_states.csv``). Elsewhere (Nigeria, India) a bracket
after a name gives the party's acronym and the seat: those words name no one.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from communique.nlp.build import doc_text, doc_tokens
from communique.nlp.columns import tokens_of
from communique.resources import load_table

PARTIES = {"D": "democrat", "R": "republican", "I": "independent"}
_ANY_TAG = re.compile(r"[,(]\s*[DRI]-[A-Z]")


@cache
def _tag_pattern() -> re.Pattern[str]:
    forms = state_forms()
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\s*[,(]\s*([DRI])-({alternation})(?=[\s,;:.)]|$)")


@cache
def state_forms() -> dict[str, str]:
    """Any written form of a state ('Conn.', 'CT', 'Connecticut') -> its name."""
    return {
        form: row["state"]
        for row in load_table("quote_us_states.csv")
        for form in (row["state"], row["ap"], row["postal"])
    }


def party_tags(doc: Doc) -> dict[int, tuple[str, str]]:
    """Token index of the last word of a tagged name -> (party word, state name), e.g.
    'Murphy' in 'Sen. Chris Murphy, D-Conn.' -> ('democrat', 'Connecticut')."""
    text = doc_text(doc)
    found: dict[int, tuple[str, str]] = {}
    if not _ANY_TAG.search(text):
        return found  # (most articles carry none: no need to try every name)
    toks = doc_tokens(doc)
    ends = [t.idx + len(t.text) for t in toks]
    pattern = _tag_pattern()
    forms = state_forms()
    for k, end in enumerate(ends):
        if not toks[k].text[:1].isupper():
            continue
        m = pattern.match(text, end)
        if m is None:
            continue
        found[k] = (PARTIES[m.group(1)], forms[m.group(2)])
    return found



# '(LP-Abia Central)', '(APC-Kebbi North)', '(BJP-Bengaluru South)': a party acronym and a seat
_BRACKET_TAG = re.compile(r"\(\s*[A-Z]{1,6}\s*-\s*[A-Z][\w.' -]{1,40}\)")


def bracket_tag_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside a bracketed party-and-seat tag right after a name, so
    the seat ('Abia Central') is not read as a person of its own."""
    text = doc_text(doc)
    toks = doc_tokens(doc)
    inside: set[int] = set()
    for k in tokens_of(doc, "text", "("):
        tok = toks[k]
        if k == 0 or k == len(toks) - 1 or not toks[k - 1].text[:1].isupper():
            continue
        m = _BRACKET_TAG.match(text, tok.idx)
        if m is None:
            continue
        j = k + 1
        while j < len(toks) and toks[j].idx < m.end() - 1:
            inside.add(j)
            j += 1
    return frozenset(inside)
