"""Quotation extraction with speaker resolution (``communique.quotes.v1``).

``extract_quotes(doc)`` runs on a parsed article (paragraphs joined by blank lines) and returns
the quotations in document order plus one ``Speaker`` per person or body quoted. Stages:
``marks`` pairs quotation marks, ``direct`` keeps the spans that are speech and finds their cue,
``indirect`` reads reported speech from the parse, ``speakers`` resolves every speaker mention to
the fullest name the article gives, ``relays`` names the agency that passed the words on.
Everything is a token-level pass over the existing parse: no re-parsing, no model calls.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc

from communique.nlp.build import paragraph_of, paragraph_starts
from communique.quotes.cues import lexicon
from communique.quotes.direct import Found, find_direct
from communique.quotes.indirect import find_indirect
from communique.quotes.marks import find_marks
from communique.quotes.speakers import Cast, Resolved
from communique.records import Quote, Speaker

__all__ = ["extract_quotes", "VERSION"]

VERSION = "communique.quotes.v1"
log = logging.getLogger(__name__)


def _resolve(found: Found, cast: Cast) -> tuple[Resolved | None, str | None]:
    """Speaker of one quotation (None for a floating one) and its role."""
    tok = found.source if found.source is not None else (
        found.attribution.speaker if found.attribution else None
    )
    if tok is None:
        return None, None
    res = cast.resolve(tok)
    role = res.entity.role if res.entity and res.entity.is_person else None
    return res, role


def extract_quotes(doc: Doc) -> tuple[list[Quote], list[Speaker]]:
    """All quotations in ``doc`` with resolved speakers, and the speakers with their quotes."""
    lex = lexicon()
    text = doc.text
    starts = paragraph_starts(text)
    marks = find_marks(text, starts)
    direct = find_direct(doc, marks, starts, lex)
    inside = [(f.start, f.end) for f in direct]
    indirect, absorbed = find_indirect(doc, direct, marks, inside, lex)
    found = [d for k, d in enumerate(direct) if k not in absorbed] + indirect
    found.sort(key=lambda f: (f.start, f.end))
    cast = Cast(doc, lex, [(f.start, f.end) for f in direct if f.kind == "direct"])
    quotes: list[Quote] = []
    speakers: dict[str, Speaker] = {}
    last: Quote | None = None
    for f in found:
        if quotes and f.start < quotes[-1].end:
            continue  # overlapping finds: the earlier (outer) one stands
        res, role = _resolve(f, cast)
        att = f.attribution
        quote = Quote(
            text=text[f.start : f.end],
            start=f.start,
            end=f.end,
            kind=f.kind,
            cue="according to" if f.source is not None else (att.cue_text if att else None),
            via=att.via if att else None,
            paragraph=paragraph_of(starts, f.start),
            floating=res is None,
            sentence=None,
        )
        if res is not None:
            quote.speaker = res.name
            quote.speaker_mention = res.mention
            quote.speaker_start, quote.speaker_end = res.start, res.end
            quote.speaker_role = role
        elif last is not None:
            quote.speaker, quote.speaker_role = last.speaker, last.speaker_role
        quotes.append(quote)
        last = quote
        if quote.speaker:
            sp = speakers.setdefault(quote.speaker, Speaker(quote.speaker, quote.speaker_role))
            sp.role = sp.role or quote.speaker_role
            sp.quotes.append(len(quotes) - 1)
    log.debug("%d quotations, %d speakers", len(quotes), len(speakers))
    return quotes, list(speakers.values())
