"""A name that closes a reported clause after a comma: '[clause], Oblast Governor Oleh
Syniehubov said.' The small parser often hangs such a name inside the clause (as a conjunct
or an object) and leaves the cue without a subject; the indirect-speech reader needs the
clause's bounds and the direct-quote reader the name, for a participle set off after the cue
('..., calling it "..."'). Both read it here.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.nlp.build import sent_of
from communique.quotes.cues import Lexicon

_SUBJ = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_MIN_TOKENS = 3  # words the clause before the comma needs to be a statement


def named_tail(cue: Token, lex: Lexicon) -> tuple[tuple[int, int], Token] | None:
    """'[clause], Oblast Governor Oleh Syniehubov said.' parsed with the cue conjoined to the
    clause's verb and a word of the clause as its subject: a name (a proper noun ending the
    phrase between the last comma and the cue) closing the sentence with a bare cue reports
    everything before the comma. Returns the clause's token bounds and the name's head."""
    if cue.lemma_.lower() not in lex.direct or cue.tag_ not in ("VBD", "VBZ"):
        return None
    if cue.i < 2 or cue.doc[cue.i - 1].pos_ != "PROPN" or any(
        c.dep_ in ("xcomp", "dobj") for c in cue.children
    ):
        return None  # (cheap tests first: the sentence lookup below is not)
    # the parse hung the name inside the clause and left the cue a root with no subject:
    # '[clause], Trade and Industry Minister Jane Doe said' ('Doe' an object in the clause)
    swallowed = cue.dep_ == "ROOT" and not any(
        c.dep_ in _SUBJ for c in cue.children
    ) and any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children)
    if not swallowed and (cue.dep_ not in ("conj", "ccomp", "parataxis") or any(
        c.dep_ == "ccomp" for c in cue.children
    )):
        return None
    doc, sent = cue.doc, sent_of(cue)
    # nothing of its own after the cue but time and place ('said on Friday') and a
    # participle of the speaker's ('..., X said, warning that ...')
    for c in cue.rights:
        if c.dep_ not in ("prep", "npadvmod", "advmod", "punct") and not (
            c.dep_ == "advcl" and c.tag_ == "VBG"
        ):
            return None
    rest = doc[cue.right_edge.i + 1 : sent.end]
    if len(rest) > 1 and rest[0].tag_ == "VBG" and doc[rest[0].i - 1].text == ",":
        rest = rest[:0]  # the participle hangs elsewhere in the parse
    elif len(rest) > 2 and rest[0].text == "," and rest[1].tag_ == "VBG":
        rest = rest[:1]
    if any(not (t.is_punct or t.is_space) for t in rest):
        return None
    comma = next((k for k in range(cue.i - 1, sent.start, -1) if doc[k].text == ","), None)
    if comma is None or cue.i - comma - 1 < 2 or cue.i - comma - 1 > 8:
        return None
    comma = _remit_list_start(doc, comma, cue.i, sent.start, lex)
    if swallowed and any(c.dep_ == "ccomp" and c.i > comma for c in cue.children):
        return None
    phrase = doc[comma + 1 : cue.i]
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > comma and doc[c.left_edge.i - 1].text
           == "," for c in cue.children):
        return None  # the parse already has the phrase as the cue's subject
    if phrase[-1].pos_ != "PROPN" or phrase[-1].ent_type_ not in ("PERSON", "ORG") or any(
        t.pos_ in ("VERB", "AUX", "PRON") or t.is_quote for t in phrase
    ) or any(t.is_quote for t in doc[sent.start : cue.i]):
        return None
    before = doc[sent.start : comma]
    if sum(not t.is_punct for t in before) < _MIN_TOKENS or not any(
        t.pos_ in ("VERB", "AUX") for t in before
    ):
        return None
    return (sent.start, comma - 1), phrase[-1]


def _remit_list_start(doc: Doc, comma: int, cue: int, start: int, lex: Lexicon) -> int:
    """'[clause], Trade, Industry and Competition Minister Parks Tau said': an office whose
    remit is a list of capitalised words ('Trade, Industry and Competition') holds commas of
    its own, so the clause ends at the comma before the list, not at the last one. The
    phrase after the last comma must join its list with 'and' before a title."""
    phrase = doc[comma + 1 : cue]
    conj = next((t.i for t in phrase if t.lower_ in ("and", "&")), None)
    if conj is None or not any(
        t.lower_ in lex.titles and t.i > conj and t.is_title for t in phrase
    ) or not all(t.is_title for t in doc[comma + 1 : conj]):
        return comma
    while comma - 2 > start:
        k = comma - 1
        words = 0
        while k > start and doc[k].is_title and doc[k].pos_ == "PROPN" and words < 3:
            k -= 1
            words += 1
        if words == 0 or doc[k].text != ",":
            break
        comma = k
    return comma
