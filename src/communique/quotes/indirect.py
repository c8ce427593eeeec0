"""Indirect (reported) speech from the dependency parse, and mixed quotations.

Forms: a cue verb with a clausal complement ('X said (that) ...', 'X told reporters ...', the
fronted '..., Peskov said'), a cue verb whose object carries the content ('X stressed the need to
...'), and 'according to X, ...'. The content span is the complement's subtree, without the
complementiser and edge punctuation. A participle or conjunct hanging from a cue ('..., stressing
the need to ...', '... and added that ...') extends the same statement rather than starting one.
When the reported clause contains a quoted fragment the quotation is ``mixed``; when a direct
quotation already covers most of the clause the direct one stands.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.quotes.attribution import according_to, attribute
from communique.quotes.cues import Lexicon
from communique.quotes.direct import Found
from communique.quotes.marks import MarkSpan

_EDGE = frozenset({"that", ",", ";", ":", "-", "\u2014", "\u2013", "and", "but"})
_MIN_TOKENS = 3


def _trimmed(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Char span of tokens first..last without edge words, punctuation or marks."""
    while first <= last and (doc[first].lower_ in _EDGE or doc[first].is_space or (
        doc[first].is_punct and doc[first].is_quote is False and doc[first].text != "\u201c"
    )):
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space) and not doc[last].is_quote:
        last -= 1
    if last - first + 1 < _MIN_TOKENS:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _content(cue: Token, lex: Lexicon) -> tuple[int, int] | None:
    """The reported clause of a cue verb, as a char span (None when it has none)."""
    lemma = cue.lemma_.lower()
    doc = cue.doc
    comps = [c for c in cue.children if c.dep_ == "ccomp"]
    if lemma not in lex.indirect:
        comps = [c for c in comps if any(m.lower_ == "that" for m in c.children)]
    for c in comps:
        subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        relay = c.lemma_ in ("report", "quote") and subj is not None and subj.pos_ == "PROPN"
        if relay and c.i > cue.i:
            continue  # '..., TASS News Agency reported' parsed as a complement
        span = _trimmed(doc, c.left_edge.i, c.right_edge.i)
        if span is not None:
            return span
    if lemma in lex.objects:
        for c in cue.children:
            if c.dep_ == "dobj" and len(list(c.subtree)) >= _MIN_TOKENS + 1:
                return _trimmed(doc, c.left_edge.i, c.right_edge.i)
    return None


def _root_cue(tok: Token, cues: set[int]) -> Token:
    """Follow participles/conjuncts up to the first cue they hang from."""
    while tok.dep_ in ("advcl", "conj") and tok.head.i in cues and tok.head is not tok:
        tok = tok.head
    return tok


def _according(tok: Token) -> tuple[int, int] | None:
    """Content of 'according to X, ...': the rest of the clause 'according' modifies."""
    doc = tok.doc
    head = tok.head
    sub = list(tok.subtree)
    a, b = sub[0].i, sub[-1].i
    clause = list(head.subtree) if head is not tok else list(tok.sent)
    lo, hi = clause[0].i, clause[-1].i
    left = _trimmed(doc, lo, a - 1) if a - 1 >= lo else None
    right = _trimmed(doc, b + 1, hi) if b + 1 <= hi else None
    if left and right:
        return left[0], right[1]
    return left or right


def find_indirect(
    doc: Doc,
    direct: list[Found],
    marks: list[MarkSpan],
    inside: list[tuple[int, int]],
    lex: Lexicon,
) -> tuple[list[Found], set[int]]:
    """Indirect and mixed quotations; also returns indices of direct quotes absorbed as mixed."""
    def quoted(char: int) -> bool:
        return any(a <= char < b for a, b in inside)

    cues = [
        t
        for t in doc
        if t.pos_ in ("VERB", "AUX")
        and (t.lemma_.lower() in lex.indirect_that or t.lemma_.lower() in lex.objects)
        and not any(c.dep_ == "neg" for c in t.children)
        and not quoted(t.idx)
    ]
    cue_ids = {t.i for t in cues}
    spans: dict[int, tuple[int, int]] = {}
    for tok in cues:
        span = _content(tok, lex)
        if span is None:
            continue
        root = _root_cue(tok, cue_ids)
        old = spans.get(root.i)
        spans[root.i] = (min(span[0], old[0]), max(span[1], old[1])) if old else span
    found: list[Found] = []
    for i, (a, b) in sorted(spans.items()):
        found.append(Found(a, b, "indirect", attribute(doc[i], lex)))
    for tok in doc:
        src = according_to(tok)
        if src is not None and not quoted(tok.idx):
            span = _according(tok)
            if span is not None:
                found.append(Found(span[0], span[1], "indirect", None, source=src))
    return _merge_with_direct(found, direct, marks)


def _merge_with_direct(
    found: list[Found], direct: list[Found], marks: list[MarkSpan]
) -> tuple[list[Found], set[int]]:
    """Drop clauses a direct quote already covers; mark clauses holding a quoted bit as mixed."""
    absorbed: set[int] = set()
    kept: list[Found] = []
    for f in found:
        length = f.end - f.start
        covered = False
        for k, d in enumerate(direct):
            overlap = min(f.end, d.end) - max(f.start, d.start)
            if overlap <= 0:
                continue
            if overlap >= 0.5 * length or d.start < f.start:
                covered = True
                if d.attribution is None and f.attribution is not None:
                    d.attribution, d.floating = f.attribution, False
                break
            absorbed.add(k)
            f.kind = "mixed"
        if covered:
            continue
        if f.kind == "indirect" and any(f.start <= m.start and m.end <= f.end for m in marks):
            f.kind = "mixed"
        kept.append(f)
    return kept, absorbed
