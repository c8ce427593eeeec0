"""Signature lines under a quotation: a release's '– The Honourable Anita Anand, Minister of
Foreign Affairs' on the paragraph after the quote it signs, or after its closing mark.

Government and corporate releases set their quotations apart in a 'Quotes' section: each is a
paragraph in marks with no cue, and the next paragraph, opened by a dash, names who said it
(Canadian releases put the dash on the quote's own line: '"..." – The Honourable X, Minister
of ...'). Such a quote is not floating: its speaker is signed below it, not the last one
quoted above.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from communique.quotes.people import Resolved
from communique.quotes.speakers import Cast

_DASH = re.compile(r"[\u2013\u2014\u2015-]{1,2}\s*")
_MAX_WORDS = 25  # a signature is a name and a post, not a sentence


_CLOSING = "\"\u201d\u00bb\u2019' "


def signature_below(
    doc: Doc, cast: Cast, text: str, bounds: list[tuple[int, int]], para: int, end: int = -1
) -> tuple[Resolved, str | None] | None:
    """The person (and the post written after the name) signing the quote that fills
    paragraph ``para``, when the rest of that paragraph after the quote's end ``end`` or
    else paragraph ``para + 1`` is a dash, a name, a comma and a post."""
    if 0 <= para < len(bounds) and bounds[para][0] <= end <= bounds[para][1]:
        tail = end
        hi = bounds[para][1]
        while tail < hi and text[tail] in _CLOSING:
            tail += 1  # past the closing mark to the dash
        if tail > end and _DASH.match(text, tail):
            signed = _signed(doc, cast, text, tail, hi)
            if signed is not None:
                return signed
    if para + 1 >= len(bounds):
        return None
    return _signed(doc, cast, text, *bounds[para + 1])


def _signed(
    doc: Doc, cast: Cast, text: str, lo: int, hi: int
) -> tuple[Resolved, str | None] | None:
    """The signer of a line ``text[lo:hi]`` read as a dash, a name, a comma and a post."""
    line = text[lo:hi]
    dash = _DASH.match(line)
    if dash is None or "\n" in line.strip() or len(line.split()) > _MAX_WORDS:
        return None
    if any(c in line for c in "\"\u201c\u201d\u00ab\u00bb"):
        return None  # a dash opening more quoted words, not a signature
    comma = line.find(",", dash.end())
    if comma < 0:
        return None  # '— Hannah Lieber' under a live-blog entry signs the reporter's post
    name_end = lo + comma
    for tok in doc.char_span(lo + dash.end(), name_end, alignment_mode="expand") or ():
        if not tok.text[:1].isupper():
            return None  # '- Reporting by Daryl Koh': a byline credits the reporter
        entity = cast.entity_at(tok)
        if entity is None or not entity.name:
            continue  # (a title before the name: 'The Honourable')
        post = text[name_end + 1 : hi].strip(" ,") or None
        role = entity.role if entity.is_person and entity.role else post
        mention = text[tok.idx : name_end].strip()
        return Resolved(entity, entity.name, mention, tok.idx, name_end), role
    return None
