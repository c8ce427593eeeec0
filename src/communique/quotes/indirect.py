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

import re
from functools import cache

from spacy.tokens import Doc, Token

from communique.nlp.build import doc_text, doc_tokens, sent_of
from communique.nlp.columns import tokens_in
from communique.quotes.attribution import (
    Attribution,
    according_to,
    after_closing_quote,
    attribute,
    bare_participle_clause,
    closing_subject,
    inverted_before_relative,
    inverted_into_quote,
    listener_verbs,
    relays_someone,
    subject_outlet,
    unhung_source_end,
)
from communique.quotes.closing_names import named_tail
from communique.quotes.cues import Lexicon, lexicon
from communique.quotes.direct import Found, TokenIndex, cue_attribution
from communique.quotes.marks import MarkSpan, opens_at
from communique.quotes.relays import outlet_name
from communique.resources import load_table

_EDGE = frozenset({"that", ",", ";", ":", "-", "\u2014", "\u2013", "and", "but"})
_MIN_TOKENS = 3
_END_MARKS = frozenset({".", "!", "?"})
_ADVERBIAL = frozenset({
    "so", "because", "since", "although", "though", "while", "when", "after", "before",
    "until", "unless", "once", "as",
})


# 'ISTANBUL, Nov 26 (Reuters) - ', 'WASHINGTON (AP) — ', 'KYIV, Ukraine — ': the place line a
# wire report opens with, before its first sentence
_DATELINE = re.compile(
    r"[A-Z][A-Z.'\u2019 -]{2,}(?:, [^\n()\-\u2013\u2014]{1,30})?(?: ?\([^)\n]{1,30}\))?"
    r" ?(?:-|--|\u2013|\u2014) "
)


def _after_dateline(doc: Doc, first: int, last: int) -> int:
    """The first token after a wire dateline that opens the paragraph of token ``first``:
    the place and agency are the report's own heading, not what the speaker said."""
    tok = doc[first]
    if first > 0 and not (doc[first - 1].is_space and "\n" in doc[first - 1].text):
        return first
    m = _DATELINE.match(doc_text(doc), tok.idx)
    if m is None:
        return first
    k = first
    while k <= last and doc[k].idx < m.end():
        k += 1
    return k if k <= last else first


def _trimmed(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Char span of tokens first..last without edge words, punctuation or marks."""
    first = _after_dateline(doc, first, last)
    while first <= last and (doc[first].lower_ in _EDGE or doc[first].is_space or (
        doc[first].is_punct and doc[first].is_quote is False and doc[first].text != "\u201c"
    )):
        first += 1
    while last >= first and (
        (doc[last].is_punct and not doc[last].is_quote and not _closes(doc, first, last)
         and doc[last].text != "%")  # '... rose to 5.2%': the sign is part of the figure
        or doc[last].is_space
        or doc[last].lower_ in ("and", "but", "or")
    ):
        last -= 1  # "..., and" left by a clause that continues with another statement
    if last - first + 1 < _MIN_TOKENS and not _bare_statement(doc, first, last):
        return None
    nxt = last + 1
    if nxt + 1 < len(doc) and doc[nxt].text in _END_MARKS and doc[nxt + 1].is_quote and sum(
        t.is_quote for t in doc[first:nxt]
    ) % 2:
        nxt += 1  # '... were "the same for everyone."': the stop inside the marks stays
    if nxt < len(doc) and doc[nxt].is_quote and sum(t.is_quote for t in doc[first:nxt]) % 2:
        last = nxt  # the closing mark of a fragment ending the clause, hung on the sentence root
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _bare_statement(doc: Doc, first: int, last: int) -> bool:
    """Two words that are a whole statement: a subject and its own tensed lexical verb.

    'Police said he died', 'The association said sales fell': the shortest reports are
    still reports; an elliptical auxiliary ('said he would', 'said she did') is not, nor is
    a pair that is no subject-verb clause ('said so', 'said yesterday').
    """
    if last != first + 1:
        return False
    subj, verb = doc[first], doc[last]
    return (
        subj.dep_ in ("nsubj", "nsubjpass") and subj.head.i == verb.i
        and subj.pos_ in ("NOUN", "PROPN", "PRON")
        and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.lemma_.lower() not in ("do", "have", "be")
    )


def _closes(doc: Doc, first: int, last: int) -> bool:
    """A closing bracket whose opening bracket is in the span stays: '... Union (EU)'."""
    pair = {")": "(", "]": "["}.get(doc[last].text)
    if pair is None:
        return False
    opened = sum(1 for t in doc[first:last] if t.text == pair)
    closed = sum(1 for t in doc[first:last] if t.text == doc[last].text)
    return opened > closed


def _is_statement(tok: Token, lex: Lexicon) -> bool:
    """A cue verb with its own subject: its clause is a statement, not someone's content."""
    return tok.lemma_.lower() in lex.direct and any(c.dep_ == "nsubj" for c in tok.children)


def _clauses(c: Token, lex: Lexicon) -> list[tuple[int, int]]:
    """Token ranges of a complement and of each clause conjoined to it ('... and that ...').

    'said Russia was "not watching ..." and that sanctions had "..."' reports two statements,
    so each conjoined clause with its own subject becomes its own quotation.
    """
    conjs = [
        k for k in c.children
        if k.dep_ == "conj" and k.pos_ in ("VERB", "AUX")
        and any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in k.children)
    ]
    if not conjs:
        return [(c.left_edge.i, c.right_edge.i)]
    out = [(c.left_edge.i, conjs[0].left_edge.i - 1)]
    if _is_statement(conjs[0], lex) and not any(g.dep_ == "mark" for g in conjs[0].children) and (
        conjs[0].lemma_.lower() in lex.indirect_that
    ):  # '... said A and several said B': the second cue reports B itself ('and that
        # transit continued "..."' is no statement: 'continue' reports no clause)
        return out
    doc = c.doc
    first_out = conjs[0]
    if not any(g.dep_ == "mark" for g in first_out.children):
        # '[report], and his critics blame him ...': without 'that', a clause joined after a
        # comma with a subject of its own is the narrator's, not more of the report
        cc = [g for g in c.children if g.dep_ == "cc" and g.i < first_out.i]
        if cc and doc[cc[-1].i - 1].text == "," and doc[cc[-1].i + 1].lower_ != "that" and any(
            g.dep_ in ("nsubj", "nsubjpass") and g.pos_ in ("NOUN", "PROPN")
            for g in first_out.children
        ):
            return out
        opener = doc[first_out.left_edge.i]
        if not (cc and doc[cc[-1].i - 1].text == ",") and opener.lower_ != "that" and not (
            cc and doc[cc[-1].i + 1].lower_ == "that"
        ):
            # 'reported the landing was a mistake and the jet was meant to land at B': with
            # neither a comma nor a second 'that', the coordination sits inside the report
            return [(c.left_edge.i, c.right_edge.i)]
    for n, k in enumerate(conjs):
        end = conjs[n + 1].left_edge.i - 1 if n + 1 < len(conjs) else k.right_edge.i
        out.append((k.left_edge.i, end))
    return out


def _glued_end(doc: Doc, b: int) -> int:
    """End of a clause that stops inside a hyphenated word ('has pre' + '-' + 'positioned
    ...'): the tokenizer splits the word at its hyphen and the parser may make each part a
    clause of its own, so the clause runs on through the rest of the word and its phrase."""
    glued = False
    while b + 2 < len(doc) and doc[b + 1].text == "-" and not doc[b].whitespace_ and (
        not doc[b + 1].whitespace_ and doc[b + 2].is_alpha
    ):
        b = max(b + 2, doc[b + 2].right_edge.i)
        glued = True
    while glued and b + 1 < len(doc) and not doc[b + 1].is_punct and (
        sent_of(doc[b + 1]).start == sent_of(doc[b]).start
    ):
        # the rest of the word's phrase, which the parse made a sibling clause of its own
        nxt = doc[b + 1]
        top = nxt
        while top.head.i != top.i and top.head.i > b:
            top = top.head
        if top.dep_ in ("conj", "cc", "parataxis", "punct") or top.head.i == top.i:
            break
        b = max(b + 1, top.right_edge.i)
    if b + 1 < len(doc) and doc[b].lower_ in _DANGLING_PARTICLES and doc[b].dep_ in (
        "advmod", "prep", "prt"
    ) and doc[b + 1].pos_ == "NOUN" and sent_of(doc[b + 1]).start == sent_of(doc[b]).start:
        # 'that Indian Navy ships were on' + 'standby to assist': the parse hung the noun
        # after the particle on another verb; the clause does not end on 'on'
        b = max(b + 1, doc[b + 1].right_edge.i)
    return b


# particles a clause never ends on when a noun follows them ('were on standby')
_DANGLING_PARTICLES = frozenset({"on", "in", "at", "off", "under", "into", "onto"})


def _agent_host(v: Token, lex: Lexicon) -> bool:
    """Does a subjectless conjunct share a subject who can act and speak?

    'said the leaders "reaffirmed ..." and agreed to meet' goes on reporting what the leaders
    did; but a copula ('the reports were "baseless" and urged calm'), a relative clause ('a
    matter that had "nothing to do with it" and accused ...') or a thing as subject cannot be
    the one who urged or accused: the reporting speaker is."""
    host = v.head
    if host.lemma_ == "be" or host.dep_ in ("relcl", "acl"):
        return False
    subj = next((c for c in host.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    lemma = subj.lemma_.lower()
    return (
        subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or subj.lower_ in ("he", "she", "they", "we", "i", "you")
        or lemma in lex.roles or lemma in lex.bodies
    )


def _can_speak(verb: Token, lex: Lexicon) -> bool:
    """Is the subject of ``verb`` someone who can say things (a name, a pronoun, a role, a
    body, or a document that speaks for its author: 'a new poll suggests'), rather than a
    thing such as 'the results' or 'the work'?"""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return True  # unknown: leave the parse alone
    words = {subj.lemma_.lower(), subj.lower_}  # 'data' is lemmatised 'datum'
    return (
        subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subj.pos_ in ("PROPN", "PRON")
        or any(w in lex.roles or w in lex.bodies or w in lex.documents for w in words)
    )


_NARRATED = frozenset({"before", "after"})  # 'before leaving', 'after meeting the envoy'


def _before_next_cue(doc: Doc, first: int, last: int, lex: Lexicon) -> int:
    """End of a reported clause before a second cue participle hung inside it.

    'said the 36 must face charges, adding Iran will pursue ...': the parser often attaches
    the participle to the reported verb, but after a comma a speech participle with a
    clause of its own ('adding', 'noting that') starts the speaker's next statement, which
    that participle reports by itself.
    """
    for k in range(first + 1, last + 1):
        v = doc[k]
        if k - 1 > first and doc[k - 1].text == "," and _with_absolute(v, last, lex) is not None:
            # 'said he lost control, with some witnesses claiming he was speeding': the
            # absolute 'with' phrase is the narrator adding other people's report, which
            # that participle reports by itself
            return k - 2
        if (
            v.tag_ == "VBG" and k - 3 > first and doc[k - 1].lower_ in _NARRATED
            and (doc[k - 2].text == "," or doc[k - 2].is_quote and doc[k - 3].text == ",")
            and v.lemma_.lower() not in lex.indirect_that
            and not any(c.dep_ in _SUBJ for c in v.children)
        ):
            # 'said it was "a good day," before leaving for Paris': what the speaker did
            # next is the narrator's account, not part of the report
            return k - 2 if doc[k - 2].is_quote else k - 3
        if (
            v.pos_ == "VERB" and v.dep_ == "conj" and v.tag_ == "VBD"
            and (v.lemma_.lower() in lex.direct or v.lemma_.lower() in lex.characterising)
            and not any(c.dep_ in _SUBJ for c in v.children)
            and k >= 2 and doc[k - 1].dep_ == "cc" and (doc[k - 2].text == "," or (
                doc[k - 2].is_quote and doc[k - 1].lower_ == "and" and (
                    not _agent_host(v, lex) or _characterises_quote(v, last, lex)
                )
            ) or (  # 'said the plan did not add up and accused the Liberals of "cooking
                # the books"': a characterising verb with quoted words of its own
                doc[k - 1].lower_ == "and" and v.lemma_.lower() in lex.characterising
                and v.lemma_.lower() in lex.direct and _characterises_quote(v, last, lex)
            ))
        ):
            # 'said X was "..." , but praised Y as "..."', 'said the reports were "baseless"
            # and urged calm': after the closing mark, the speaker's next act
            return k - 3 if doc[k - 2].text == "," else k - 2
        if (
            v.pos_ == "VERB" and v.tag_ == "VBG" and v.lemma_.lower() in lex.characterising
            and doc[k - 1].text == "," and k - 1 > first
            and any(t.is_quote for t in doc[k + 1 : last + 1])
        ):
            # 'said it opposed the bill, calling it "a dangerous attempt ..."': the
            # speaker's own characterisation after the report, a direct quotation of its own
            return k - 2
        if v.pos_ == "VERB" and v.lemma_.lower() in lex.indirect and any(
            c.dep_ in _SUBJ for c in v.children
        ):
            contrast = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in (
                "while", "whereas"
            )), None)
            if contrast is not None and contrast.i - 1 > first and doc[contrast.i - 1].text == ",":
                # 'said A, while the Shadow Foreign Secretary wrote on X that B': someone
                # else's report, set against this one, is no part of it
                return contrast.i - 2
        if v.lemma_.lower() not in lex.indirect_that or v.pos_ != "VERB":
            continue
        participle = v.tag_ == "VBG" and v.dep_ in ("advcl", "xcomp", "conj")
        # 'said "A" and said B': a tensed cue with no subject, coordinated after a quotation
        second = v.dep_ == "conj" and v.tag_ in ("VBD", "VBZ") and not any(
            c.dep_ in _SUBJ for c in v.children
        ) and doc[k - 1].dep_ == "cc" and k >= 2 and (doc[k - 2].is_quote or any(
            # 'said the two sides had held talks and agreed that ...': a cue with its own
            # 'that' clause starts the next statement
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in v.children
        ) or _zero_that_second(v, lex))
        if not (participle or second):
            continue
        j = k - 1
        while j > first and doc[j].dep_ in ("mark", "advmod", "cc") and doc[j].i != first:
            j -= 1  # 'while noting', 'and adding', 'also adding'
        closed = doc[j].is_quote and j - 1 > first and doc[j - 1].text in (",", ";")
        if closed and participle and any(
            c.dep_ == "ccomp" or (c.dep_ == "mark" and c.lower_ == "that") for c in v.children
        ):
            # 'said all options "remain on the table," adding that ...': the comma sits
            # inside the closing mark, which ends the first statement
            return j
        if (doc[j].text not in (",", ";") and not second) or not any(
            c.dep_ == "ccomp" or (c.dep_ == "mark" and c.lower_ == "that") for c in v.children
        ):
            continue
        return j - 1 if doc[j].text in (",", ";") else j
    return last


def _zero_that_second(v: Token, lex: Lexicon) -> bool:
    """'told it this was unconfirmed and noted no ransom had been sought': a tensed cue
    with no subject, joined to a reported clause whose subject cannot act (a copula, a
    thing), and reporting a clause of its own without 'that', is the speaker's second
    statement; a host subject who can speak keeps it inside the report ('said the leaders
    met and agreed the deal was fair')."""
    return not _agent_host(v, lex) and any(
        c.dep_ == "ccomp" and c.i > v.i and _finite(c)
        and any(g.dep_ in _SUBJ for g in c.children)
        for c in v.children
    )


_WITH_NP = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART", "ADV"})


def _with_absolute(prep: Token, last: int, lex: Lexicon) -> Token | None:
    """The speech participle of an absolute 'with' phrase: 'with witnesses claiming (that)
    ...', 'with officials saying ...'. After 'with' only a noun phrase (its subject, a few
    words) stands before a present participle of a reporting verb, which takes a clause of
    its own; the parser joins the three in several ways, so the surface decides."""
    if prep.lower_ != "with":
        return None
    doc = prep.doc
    for k in range(prep.i + 1, min(last, prep.i + 8) + 1):
        t = doc[k]
        if t.tag_ == "VBG":
            if k == prep.i + 1 or t.lemma_.lower() not in lex.indirect_that:
                return None
            clause = any(
                c.dep_ == "ccomp" or (c.dep_ == "mark" and c.lower_ == "that")
                for c in t.children
            ) or (k + 1 <= last and doc[k + 1].lower_ == "that")
            return t if clause else None
        if t.pos_ not in _WITH_NP and t.lower_ != "of":
            return None
    return None


def _with_subject(cue: Token, lex: Lexicon) -> Token | None:
    """Who speaks in 'with engineer Sara Holt warning that ...': the noun phrase between
    'with' and the participle (the parser often makes it the object of 'with' or of the
    participle, so the participle has no subject of its own)."""
    if cue.tag_ != "VBG" or any(c.dep_ in _SUBJ for c in cue.children):
        return None
    doc = cue.doc
    k = cue.i - 1
    while k > sent_of(cue).start and doc[k].pos_ in _WITH_NP | {"ADP"} and doc[k].lower_ != "with":
        k -= 1
    verb = _with_absolute(doc[k], cue.i, lex) if doc[k].lower_ == "with" else None
    if verb is None or verb.i != cue.i:
        return None
    head = doc[cue.i - 1]
    return head if head.pos_ in ("NOUN", "PROPN", "PRON") else None


def _that_clause(cue: Token, lex: Lexicon) -> tuple[int, int] | None:
    """'told a briefing that China was ...' misparsed as a relative clause of 'briefing'.

    When the word right after the cue (or after its object) is 'that', the rest of the
    sentence is the reported clause, whatever the parser attached it to.
    """
    doc = cue.doc
    sent_end = sent_of(cue).end - 1
    nxt = None
    comma = False
    for k in range(cue.i + 1, min(sent_end, cue.i + 13)):
        if doc[k].lower_ == "that" and doc[k].dep_ != "det":
            if comma and (doc[k - 1].text != "," or doc[k].tag_ != "IN"):
                return None  # '..., scientists report, a population larger than that of'
            nxt = k  # not the determiner of 'ruled on the appeal of that decision'
            break
        comma = comma or doc[k].text == ","
        # a participle describing the cue's own adjunct ('said in a statement released on
        # Sunday that ...', 'told a crowd gathered outside that ...') is no clause of its own
        reduced = doc[k].tag_ in ("VBN", "VBD") and doc[k].dep_ == "acl" and doc[k].head.i < k
        # ('told the state-run Bangladesh Sangbad Sangstha (BSS) that ...': a participle
        # inside a compound adjective, a hyphen and a bracketed short name are the
        # listener's, no clause's)
        joined = doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ and (
            doc[k + 1].dep_ == "amod" and doc[k + 1].tag_ == "VBN"
        )
        reduced = reduced or (doc[k].dep_ == "amod" and doc[k].tag_ == "VBN" and (
            doc[k - 1].text == "-" and not doc[k - 1].whitespace_
        ))
        bracket = doc[k].text == "(" and k + 2 < len(doc) and doc[k + 2].text == ")"
        if bracket or (doc[k].text == ")" and k >= 2 and doc[k - 2].text == "("):
            continue
        if (doc[k].pos_ in ("VERB", "AUX") and not reduced) or (
            doc[k].is_punct and doc[k].text != "," and not joined
        ):
            return None  # (a comma may set off the listener's apposition: 'told X, a
            # local outlet, that ...')
    if nxt is None:
        return None
    # '... that A "..." and accused B of "..."': the speaker's next act ends the clause
    return _trimmed(doc, nxt + 1, _before_next_cue(doc, nxt + 1, sent_end, lex))


def _split_that(doc: Doc, span: tuple[int, int]) -> list[tuple[int, int]]:
    """'that A and that B' as two statements, as the parsed complement is split (``_clauses``)."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None:
        return [span]
    first, last = toks.start, toks.end - 1
    opened = first > 0 and doc[first - 1].lower_ == "that" and doc[first - 1].dep_ == "mark"
    for k in range(first + 1, last - 1):
        if doc[k].dep_ == "cc" and doc[k + 1].lower_ == "that" and (
            doc[k + 1].dep_ == "mark" or (doc[k + 1].tag_ == "IN" and any(
                t.pos_ in ("VERB", "AUX") and t.tag_ in _FINITE for t in doc[k + 2 : last + 1]
            )) or opened and doc[k + 1].dep_ == "det" and (
                doc[k + 1].head.tag_ in ("NNS", "NNPS")
                or any(c.dep_ == "conj" for c in doc[k + 1].head.children)
            ) and any(
                t.pos_ in ("VERB", "AUX") and t.tag_ in _FINITE for t in doc[k + 2 : last + 1]
            )
        ):  # 'that A and that B', also when the parser took the second 'that' (tagged a
            # complementiser) for a subject ('... and that talks on the review were
            # "constructive"'), or for the determiner of a plural or coordinated noun, which
            # a demonstrative cannot be ('... and that fruit and vegetables had rotted')
            out = [_trimmed(doc, first, k - 1), _trimmed(doc, k + 2, last)]
            return [s for s in out if s is not None] or [span]
    return [span]


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET"})
_SUBJ = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _infinitival(v: Token) -> bool:
    """'(the outbreak) to be a pandemic': a 'to' infinitive, which never reports a statement."""
    return v.tag_ == "VB" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in v.children)


def _bare_gerund(v: Token) -> bool:
    """'(showed protesters) throwing stones': a present participle with no auxiliary and no
    complementiser, which never heads a reported statement."""
    return v.tag_ == "VBG" and not any(
        a.dep_ in ("aux", "auxpass", "mark") for a in v.children
    )


def _verbless(v: Token) -> bool:
    """'(showed the ship) underway', '(found them) alive': a complement headed by an adverb,
    adjective or preposition with no tensed verb or auxiliary of its own and no 'that' is a
    small clause describing a thing, not a reported statement."""
    return v.pos_ not in ("VERB", "AUX") and not _finite(v) and not any(
        a.dep_ == "mark" and a.lower_ == "that" for a in v.children
    ) and not any(t.is_quote for t in v.doc[v.left_edge.i : v.right_edge.i + 2])
    # ('declared himself "immune"': the speaker's own word in marks is still reported)


def _finite(v: Token) -> bool:
    """A verb that heads a clause of its own: tensed, or with a tensed or modal auxiliary."""
    return v.tag_ in _FINITE or any(
        a.dep_ in ("aux", "auxpass") and a.tag_ in _FINITE for a in v.children
    )


def _fronted_object(cue: Token, clause: Token) -> Token | None:
    """The cue's object that is really the subject of its reported clause.

    Without 'that' the parser often reads the clause subject as the cue's object: 'ruled the
    draft violated ...', 'announced the new region, to be called X, would be ...'.
    """
    if any(c.dep_ in _SUBJ for c in clause.children):
        objs = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.left_edge.i]
    else:
        # no verb may stand between the object and the clause: in 'estimate the population
        # by observing the area turned orange' the cue's own adjunct (with a clause of its own)
        # does, while 'announced the recorder from Flight 610 has been recovered' only has a
        # phrase of the object that the parser hung on the cue
        doc = cue.doc
        objs = [
            c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.i
            and (not any(t.pos_ in ("VERB", "AUX")
                         for t in doc[c.right_edge.i + 1 : clause.left_edge.i])
                 or _parenthetical(doc, c.right_edge.i + 1, clause.left_edge.i - 1)
                 and clause.lemma_.lower() not in lexicon().indirect_that)
            # ('reported officials, following an investigation, stated ...': a clause whose
            # verb is a cue of its own is that cue's statement)
        ]
    return objs[0] if objs else None


def _parenthetical(doc: Doc, first: int, last: int) -> bool:
    """Are tokens first..last an aside set off by commas with no tensed verb?

    'suggested piracy, perhaps to obtain the cargo, is now the likeliest theory': the clause
    subject carries a parenthetical (an infinitive or participle phrase) before its verb;
    the aside does not make the subject the cue's object.
    """
    if first > 0 and doc[first - 1].text == "," and doc[first].text != ",":
        first -= 1  # the parser often hangs the opening comma on the noun before it
    if last - first < 2 or doc[first].text != "," or doc[last].text != ",":
        return False
    inner = doc[first + 1 : last]
    return not any(t.text in (",", ";", ":") or t.tag_ in _FINITE or t.tag_ in _RELATIVE
                   for t in inner)


_NEW_NP = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "these"})


def _swallowed_subject(cue: Token, clause: Token) -> int | None:
    """First token of a clause subject the parser read into the cue's adjunct.

    'announced on Twitter the aviation agency was to investigate' is parsed with 'on Twitter
    the aviation agency' one phrase and 'was' a subjectless complement. When the adjunct
    ends right before the clause and, inside its object, a determiner follows a noun (a new
    noun phrase starting after the adjunct's own), that determiner opens the subject."""
    doc = cue.doc
    gerund = next((x for x in cue.children if x.dep_ == "xcomp" and x.i == cue.i + 1
                   and x.tag_ == "VBG" and x.right_edge.i == clause.left_edge.i - 1), None)
    if gerund is not None:
        return gerund.i  # 'saying easing inflation and a stable naira gave it room': the
        # gerund read as the cue's own complement is the clause's subject
    reduced = next((x for x in cue.children if x.dep_ == "ccomp" and x.tag_ == "VBG"
                    and cue.i < x.left_edge.i and x.right_edge.i == clause.left_edge.i - 1
                    and any(k.dep_ == "nsubj" for k in x.children)), None)
    if reduced is not None:
        return reduced.left_edge.i  # 'said two drivers working for the group had been
        # killed': the subject and its reduced relative read as a clause of their own
    prep = next((
        p for p in cue.children
        if p.dep_ == "prep" and cue.i < p.i and p.right_edge.i == clause.left_edge.i - 1
    ), None)
    if prep is None:
        return None
    for k in range(prep.i + 2, prep.right_edge.i):
        t = doc[k]
        if t.lower_ in _NEW_NP and t.dep_ in ("det", "poss") and doc[k - 1].pos_ in (
            "NOUN", "PROPN"
        ) and t.head.i > k:
            return k
    # 'said in a statement member banks would ...', 'said in a post on X Republicans
    # would ...': the words after the medium (and its channel) open the subject
    documents = lexicon().documents
    for k in range(prep.i + 1, prep.right_edge.i):
        if doc[k].lower_ not in documents or doc[k].dep_ not in ("compound", "pobj", "nmod") or (
            doc[k - 1].lower_ not in ("a", "an", "the", "its", "his", "her", "their")
        ):
            continue
        j = k + 1
        if j + 1 < prep.right_edge.i and doc[j].lower_ in ("on", "to", "via"):
            # 'on X', 'on its website', 'on its Telegram channel' stays with the medium
            channel = next((m for m in range(j + 1, min(j + 5, prep.right_edge.i + 1))
                            if doc[m].lower_ in _channel_words()), None)
            while channel is not None and channel + 1 < prep.right_edge.i and (
                doc[channel + 1].lower_ in _channel_words()
            ):
                channel += 1  # 'its Telegram channel'
            if channel is not None:
                j = channel + 1
            elif doc[j + 1].text[:1].isupper():
                j += 2
            else:
                return None
        return j if j < clause.left_edge.i + 10 and j <= prep.right_edge.i else None
    return None


@cache
def _channel_words() -> frozenset[str]:
    """Where a statement is posted ('on its website', 'on X', 'on its Telegram channel'):
    the channels of ``event_media.csv`` and the pages they carry."""
    return frozenset(r["word"].lower() for r in load_table("event_media.csv")) | frozenset(
        {"website", "site", "channel", "account", "page", "feed", "platform", "blog"}
    )


def _demoted_cue(cue: Token, lex: Lexicon) -> tuple[tuple[int, int], Token] | None:
    """A cue the parser demoted to a modifier, with the reported clause made the main one.

    'The security chief announced on Facebook on Tuesday there were suspects in custody'
    (parsed 'chief [announced ...]' with 'were' the root), 'Trump claimed carbon emissions
    have been lower' ('claimed' an adjective of 'emissions'): a clause-taking cue after its
    speaker, as a participle or adjective, followed (after its own adjuncts) by the subject
    of the tensed main verb of the sentence, reports that clause. The speaker is the cue's
    subject, else the noun it modifies. A participle whose noun is the main clause's
    subject ('the figures reported by the ministry show ...') reports nothing."""
    if cue.dep_ not in ("acl", "amod") or cue.lemma_.lower() not in lex.indirect:
        return None
    if cue.tag_ not in ("VBD", "VBN"):
        return None
    doc = cue.doc
    root = sent_of(cue).root
    if root.i <= cue.i or root.pos_ not in ("VERB", "AUX") or not _finite(root):
        return None
    subj = next((c for c in root.children if c.dep_ in _SUBJ and c.i > cue.i), None)
    if subj is None:
        return None  # ('the figures reported by the ministry show ...': no subject after)
    if cue.head.dep_ not in _SUBJ or cue.head.head.i != root.i:
        # the demoted cue hangs on a subject of the main verb; one inside a fronted clause
        # ('After X attacked the comment reported in The Atlantic, Trump brought up ...')
        # is a real participle
        return None
    if root.lemma_.lower() in lex.indirect_that or root.lemma_.lower() in lex.direct:
        return None  # 'Asked about the plan announced by X, Voronin said ...': a cue of its own
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    if agent is not None and not any(t.ent_type_ in ("DATE", "TIME") for t in agent.subtree):
        return None  # 'the programme announced by Finland': a true passive participle
    speaker = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if speaker is None and cue.dep_ == "acl" and cue.head.i < cue.i:
        speaker = cue.head
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    k = cue.i + 1
    while k < subj.left_edge.i and k < len(doc):
        t = doc[k]
        if t.head.i == cue.i and t.dep_ in ("prep", "agent", "npadvmod", "advmod", "prt"):
            k = t.right_edge.i + 1
        elif t.is_punct:
            k += 1
        else:
            break
    first = max(k, subj.left_edge.i if subj.left_edge.i > cue.i else k)
    if first != k and any(not doc[j].is_punct for j in range(k, first)):
        return None  # words between the cue's adjuncts and the clause: not a clean report
    end = min((t.i - 1 for t in doc[first : sent_of(cue).end] if t.text == ";"),
              default=sent_of(cue).end - 1)
    span = _trimmed(doc, first, _before_next_cue(doc, first, end, lex))
    return (span, speaker) if span is not None else None


def _asked_belief(cue: Token, lex: Lexicon) -> bool:
    """'Is there anything Moscow could do that would make you believe it wants peace?': a
    verb of thought or evidence (no speech verb) in a question states no one's belief, it
    asks about one."""
    if cue.lemma_.lower() in lex.direct:
        return False
    sent = sent_of(cue)
    last = next((t for t in reversed(sent) if not (t.is_space or t.is_quote)), None)
    return last is not None and last.text == "?"


def _zero_clause(cue: Token) -> tuple[int, int] | None:
    """A reported clause without 'that' that the parser hung off the cue as a conjunct.

    'the court ruled on September 11 the prorogation was unlawful', 'the judge ruled the
    practice of ... is unconstitutional': a tensed verb after the cue with no coordinator
    ('and', 'but') and no subordinator of its own can only be the cue's complement.
    """
    if any(c.dep_ == "cc" and c.i > cue.i for c in cue.children):
        return None  # 'ruled X and left': coordinated actions, not content
    for v in cue.children:
        if v.dep_ not in ("conj", "advcl") or v.i <= cue.i or v.pos_ not in ("VERB", "AUX"):
            continue
        # a coordinator before the verb joins it to the cue ('ruled X and left'); one after
        # it joins the clause's own conjuncts ('... might render X, and the fish were ...')
        # when the verb has a tensed or modal auxiliary: a bare past tense in a series is
        # the next action ('declared an emergency, shut down schools, and banned ...')
        own_aux = any(a.dep_ in ("aux", "auxpass") and a.tag_ in _FINITE for a in v.children)
        if not _finite(v) or any(
            c.dep_ == "mark" or (c.dep_ == "cc" and (c.i < v.i or not own_aux))
            or c.tag_ in ("WRB", "WDT")
            for c in v.children
        ):
            continue
        obj = _fronted_object(cue, v)
        if obj is None and not any(c.dep_ in _SUBJ for c in v.children):
            continue  # 'said goodbye, left': a second action of the same subject
        return (obj.left_edge.i if obj is not None else v.left_edge.i), v.right_edge.i
    return None


# Cue verbs that take no noun-phrase object besides fixed phrases ('say goodbye'): a noun
# object the parser gives them is the subject of a reported clause it failed to see.
_CLAUSE_ONLY = frozenset({"say"})
_RELATIVE = frozenset({"WDT", "WP", "WP$"})


def _object_clause(cue: Token) -> tuple[int, int] | None:
    """'CalFire said several acres of land burned ...' parsed as 'said [several acres]' with
    'burned' a participle of 'acres'; 'While consensus says birds ... evolved ..., there are
    ...' with 'birds' the object. A noun object of 'say' followed, within its clause, by a
    tensed verb (not in a relative clause) is the subject of the reported clause: the span
    runs from the object to the end of the cue's clause (before the main clause when the cue
    heads a fronted adverbial clause)."""
    if cue.lemma_.lower() not in _CLAUSE_ONLY:
        return None
    doc = cue.doc
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.left_edge.i > cue.i + 2:
        return None
    end = _clause_end(cue, obj.i)
    if end is None:
        return None
    for t in doc[obj.i + 1 : end + 1]:
        if t.tag_ in _RELATIVE:
            return None  # 'said a prayer that ...': a relative clause of the object
        if t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD", "VBN") and (
            t.dep_ not in ("amod", "compound")
        ):
            if doc[t.i - 1].pos_ == "CCONJ" and not any(
                v.pos_ in ("VERB", "AUX") for v in doc[cue.i + 1 : obj.i]
            ):  # 'said goodbye, waving to the crowd, and left': the next action (but 'said
                # Adamowicz required resuscitation, and was ...' keeps its misparsed verb)
                return None
            break
    else:
        return None  # 'said goodbye to his staff'
    return obj.left_edge.i, end


def _clause_end(cue: Token, first: int) -> int | None:
    """Last token of a reported clause starting at ``first`` after the cue: the sentence end
    or a semicolon, or the comma before the main clause when the cue heads a fronted
    subordinate clause ('While X says A, there are ...'); None when that comma is missing."""
    doc, sent = cue.doc, sent_of(cue)
    end = min((t.i - 1 for t in doc[cue.i : sent.end] if t.text == ";"), default=sent.end - 1)
    head = cue.head
    promoted = cue.tag_ in _FINITE and not any(c.dep_ == "mark" for c in cue.children) and any(
        c.dep_ in _SUBJ and c.i >= first for c in head.children
    )  # a head whose subject follows a cue with no subordinator is the reported clause
    if head.i > cue.i and cue.dep_ in ("advcl", "ccomp") and not promoted:
        commas = [t.i for t in doc[first : cue.head.left_edge.i + 1] if t.text == ","]
        commas += [t.i for t in doc[first : cue.head.i] if t.text == ","]
        if not commas:
            return None
        end = max(commas) - 1
    return end


_NP_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART"})


def _listener_as_subject(cue: Token) -> bool:
    """Did the parse read the listeners of 'told' as a clause's subject ('told tens of
    thousands of people gathered outside Congress')? 'told' has no object, and a common noun
    phrase follows it; a name there is a listener the parse set apart ('told WBXN anyone
    caught ... could be ticketed')."""
    if cue.lemma_ != "tell" or any(c.dep_ in ("dobj", "dative", "iobj") for c in cue.children):
        return False
    nxt = next((t for t in cue.doc[cue.i + 1 : cue.i + 4] if t.pos_ != "DET"), None)
    if any(t.lower_ == "that" and t.dep_ == "mark" for t in cue.doc[cue.i + 1 : sent_of(cue).end]):
        return False  # 'told thousands of workers gathered outside that the strike would go on'
    if nxt is not None and _reporters_before_name(nxt):
        return False  # 'tells reporters Australia "strongly supports" a code'
    return nxt is not None and nxt.pos_ in ("NOUN", "NUM", "ADJ")


def _reporters_before_name(tok: Token) -> bool:
    """Is ``tok`` the listeners of 'told' ('reporters', 'journalists') that the parse hung
    as a compound on the proper name right after it, the reported clause's subject ('tells
    reporters Australia "strongly supports" ...')?"""
    return tok.dep_ == "compound" and tok.lemma_.lower() in _reporter_nouns() and (
        tok.head.i == tok.i + 1 and tok.head.pos_ == "PROPN"
    )


@cache
def _reporter_nouns() -> frozenset[str]:
    """Nouns for journalists (``quote_reporter_nouns.csv``)."""
    return frozenset(r["noun"].lower() for r in load_table("quote_reporter_nouns.csv"))


def _surface_clause(cue: Token, lex: Lexicon) -> tuple[int, int] | None:
    """A reported clause without 'that' the parser scattered: 'filed a motion claiming the
    state of emergency is unconstitutional' (the clause verb hung on 'filed'), 'upon
    announcing to journalists Adamowicz remained alive'. Read off the surface: after the cue
    (and a 'to' listener) comes a noun phrase and then a tensed verb, with no comma,
    coordinator or relative pronoun between them; that noun phrase is the clause subject."""
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBZ", "VBP", "VBG") or cue.dep_ in ("amod", "compound"):
        return None  # 'the total reported casualties increased': an adjective, not a cue
    if _listener_as_subject(cue) and not any(
        t.lemma_ == "be" for t in doc[cue.i + 1 : sent_of(cue).end]
    ):
        return None  # the noun phrase after 'told' is the listener: 'told thousands of
        # people gathered outside Congress' reports nothing ('told supporters victory was
        # near' still reports)
    k = cue.i + 1
    while k < len(doc):
        t = doc[k]
        if t.dep_ in ("prt", "advmod") and t.pos_ != "VERB":
            k += 1
        elif t.head.i == cue.i and t.dep_ in ("prep", "npadvmod") and t.right_edge.i > k - 1:
            # 'announcing to journalists', 'announced on Facebook on Tuesday', 'reported in
            # mid-2019,': the cue's own adjuncts before its clause
            k = t.right_edge.i + 1
            if k < len(doc) and doc[k].text == ",":
                k += 1
        else:
            break
    if k >= len(doc) or doc[k].pos_ not in _NP_WORDS or doc[k].tag_ in _RELATIVE:
        return None
    end = _clause_end(cue, k)
    if end is None:
        return None
    for j in range(k, min(end + 1, k + 12)):
        t = doc[j]
        if t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            if j == k or t.dep_ in ("amod", "compound") or t.lemma_.lower() in lex.indirect_that:
                return None  # ('Commenting on it, Captain X said': a statement of its own)
            # '..., and they found B': a statement of its own ends the clause
            nxt = next((
                v for v in doc[j + 1 : end + 1]
                if v.lemma_.lower() in lex.indirect_that
                and any(c.dep_ == "nsubj" for c in v.children)
            ), None)
            if nxt is not None:
                cut = min([nxt.i, *(c.left_edge.i for c in nxt.children if c.dep_ in _SUBJ)])
                while cut > j + 1 and doc[cut - 1].pos_ in ("CCONJ", "PUNCT"):
                    cut -= 1
                end = cut - 1
            return k, end
        if t.tag_ in _RELATIVE or t.text in (",", ";", ":") or t.pos_ in ("CCONJ", "VERB"):
            return None
        if t.pos_ not in _NP_WORDS and t.lower_ != "of":
            return None
        if t.pos_ in ("PRON", "DET") and j > k and doc[j - 1].pos_ in ("NOUN", "PROPN"):
            # 'write songs he would mail', 'wrote a letter the mayor had asked for': a
            # relative clause without 'that' on the cue's object
            return None
    return None


def _relative_report(cue: Token) -> list[Token]:
    """'..., which Politico reported left experts disappointed': the relative pronoun is the
    subject of the reported verb, which the parser hangs off the cue as an 'xcomp', or off
    the main clause as a conjunct when the relative follows it ('did not place X, which
    Politico reported left ...'): a tensed verb right after the cue with no subject of its own.
    """
    if cue.dep_ != "relcl":
        return []
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    if not any(c.tag_ == "WDT" for c in subjects) or not any(
        c.pos_ in ("PROPN", "NOUN") for c in subjects
    ):
        return []
    out = [c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i and _finite(c)]
    if not out and cue.i + 1 < len(cue.doc):
        nxt = cue.doc[cue.i + 1]
        if nxt.pos_ == "VERB" and nxt.tag_ in ("VBD", "VBZ", "VBP") and not any(
            c.dep_ in _SUBJ for c in nxt.children
        ) and nxt.left_edge.i == nxt.i:
            out.append(nxt)
    return out


_PERSONAL = frozenset({"he", "she", "they", "we", "i"})


def _clause_after_adverbial(cue: Token) -> list[Token]:
    """'Risch told reporters after the hearing he expected the committee to ...': with no
    'that', the parse read the reported clause as a relative clause of the time phrase's
    noun ('the hearing he expected'). A clause opened by a personal pronoun, tensed, right
    after the object of a preposition on a cue that has no complement of its own is what
    the cue reports."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return []
    out: list[Token] = []
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.i > cue.i):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for v in pobj.children:
                if v.dep_ == "relcl" and v.tag_ in ("VBD", "VBZ", "VBP") and (
                    v.left_edge.lower_ in _PERSONAL and v.left_edge.dep_ == "nsubj"
                    and v.left_edge.i == pobj.i + 1
                ) and any(  # ('after the hearing he chaired': the object's gap, a relative)
                    c.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr") for c in v.children
                ):
                    out.append(v)
    return out


def _that_after_aside(cue: Token) -> list[Token]:
    """'Bloomberg News reported on Thursday, citing people familiar with the matter, that the
    administration had considered ...': after an aside set off by commas, the parse hung the
    'that' clause on the cue as an adverbial one. A clause the cue governs that opens with
    'that' right after a comma is the reported clause ('so that', 'now that' are no such)."""
    if any(c.dep_ == "ccomp" for c in cue.children):
        return []
    doc = cue.doc
    out: list[Token] = []
    # ('reported Thursday, citing a source in the administration, that ...' may also hang
    # the clause on the participle of the aside, after its object and a comma)
    asides = [a for a in cue.children if a.dep_ == "advcl" and a.tag_ == "VBG" and a.i > cue.i]
    for c in [*cue.children, *(g for a in asides for g in a.children if g.dep_ == "ccomp")]:
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "that"), None)
        if c.dep_ not in ("advcl", "ccomp") or c.i < cue.i or mark is None or (
            doc[mark.i - 1].text != ","
        ) or (c.dep_ == "ccomp" and not any(k.dep_ == "dobj" and k.i < mark.i
                                             for k in c.head.children)):
            continue
        if any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children):
            out.append(c)  # (the parse may hang the aside itself on the clause; the span
            # then starts after 'that', as for 'says, tapping the glass, that ...')
    return out


def _as_aside(cue: Token) -> bool:
    """'..., as local media noted, ...': a cue in an 'as' clause with nothing to say of its own.

    The words are the host sentence; a cue with an object or a complement ('as he said
    goodbye') is an action, not an aside.
    """
    return (
        cue.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
        and any(c.dep_ == "nsubj" for c in cue.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr") for c in cue.children)
    )


def _mid_aside(cue: Token, lex: Lexicon) -> bool:
    """'A, the complaint pointed out, B' / 'A, reads the motion, B': a cue with its subject set
    between commas inside a sentence that goes on after it.

    The parser hangs such an aside anywhere (as the root, or as a complement of the host
    verb), but the surface is unambiguous: the cue, its subject and particles fill the
    stretch between two commas, with words of the host clause on both sides.
    """
    if cue.lemma_.lower() not in lex.direct or cue.tag_ not in ("VBD", "VBZ", "VBP") or (
        cue.dep_ == "conj"
    ):
        return False  # a tensed cue of its own ('drew his pistol, pointed it, and' is not)
    doc, sent = cue.doc, sent_of(cue)
    lo = next((k for k in range(cue.i - 1, sent.start, -1) if doc[k].text == ","), None)
    hi = next((k for k in range(cue.i + 1, sent.end - 1) if doc[k].text == ","), None)
    if lo is None or hi is None:
        return False
    if any(
        c.dep_ in ("ccomp", "xcomp", "dative") and c.i > cue.i
        # the host clause's verb after the closing comma, hung on the cue
        and not (c.i > hi and c.tag_ in ("VBD", "VBN", "VBZ", "VBP") and cue.dep_ == "ROOT"
                 and not any(k.dep_ in _SUBJ for k in c.children))
        for c in cue.children
    ):
        return False
    inside = [c for c in cue.children if lo < c.i < hi]
    # an inverted subject ('..., reads the motion, ...') is often parsed as the object
    subject = ("nsubj", "nsubjpass", "dobj") if cue.i == lo + 1 else ("nsubj", "nsubjpass")
    if sum(c.dep_ in subject for c in inside) != 1 or any(
        c.dep_ not in subject + ("prt", "advmod", "aux", "neg") for c in inside
    ) or any(c.dep_ == "dobj" and not lo < c.i < hi for c in cue.children):
        return False  # the commas hold exactly the cue, its subject and its particles
    if any(c.dep_ == "dobj" for c in inside) and (
        any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
        or any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in inside)
    ):  # 'the princess, 67, announced her candidacy, ...': an object, not an inverted subject
        return False
    if {t.i for c in inside for t in c.subtree} | {cue.i} != set(range(lo + 1, hi)):
        return False
    start, last, _, _ = _statement_bounds(cue)  # a semicolon bounds the host clause
    before = [t for t in doc[start : lo] if not t.is_punct]
    after = [t for t in doc[hi + 1 : last + 1] if not t.is_punct]
    return (
        len(before) >= _MIN_TOKENS and len(after) >= _MIN_TOKENS
        and any(t.pos_ in ("VERB", "AUX") for t in after + before)
        and not any(t.is_quote for t in sent)
    )


def _inverted_tail(cue: Token, lex: Lexicon) -> tuple[int, int] | None:
    """'[clause], argued the government's lawyer, Richard Keen.': an inverted cue closing the
    sentence after a comma reports everything before the comma, however the parser joined
    the two (often as a conjunct of the clause's verb)."""
    if cue.lemma_.lower() not in lex.direct or cue.tag_ not in ("VBD", "VBZ"):
        return None  # (the cheap tests first: this runs for every verb of the article)
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    sent = sent_of(cue)
    if cue.i - 1 <= sent.start:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "ccomp", "xcomp") for c in cue.children):
        return None
    if not any(
        c.dep_ in ("dobj", "attr", "npadvmod", "appos") and c.pos_ in ("NOUN", "PROPN")
        and c.i > cue.i for c in cue.children
    ):
        return None  # no speaker after the cue: '..., and left.'
    if any(not (t.is_punct or t.is_space) for t in doc[cue.right_edge.i + 1 : sent.end]):
        return None
    if any(t.is_quote for t in sent) or cue.dep_ not in ("conj", "ccomp", "parataxis"):
        return None
    before = doc[sent.start : cue.i - 1]
    if sum(not t.is_punct for t in before) < _MIN_TOKENS or not any(
        t.pos_ in ("VERB", "AUX") for t in before
    ):
        return None
    return sent.start, cue.i - 2


def _subject_tail(cue: Token, lex: Lexicon) -> tuple[int, int] | None:
    """'[clause], the head of the Nigeria Labour Congress said on Thursday, raising ...'
    parsed with the cue conjoined to the clause's verb: a cue closing the sentence with its
    own subject set off by the comma before it, and nothing of its own after it but time,
    place and a participle, reports everything before that comma."""
    if cue.lemma_.lower() not in lex.direct or cue.dep_ not in ("conj", "parataxis") or (
        cue.tag_ not in ("VBD", "VBZ", "VBP")
    ):
        return None
    listener = cue.lemma_.lower() == "tell"  # ('..., the envoy told The Associated Press')
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "nsubjpass") and not (
        listener and c.dep_ == "dobj" and c.i > cue.i
    ) for c in cue.children):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    doc, sent = cue.doc, sent_of(cue)
    if subj is None or subj.left_edge.i < 3:
        return None
    comma = subj.left_edge.i - 1
    last = comma - 1  # the report's last token
    if doc[comma].is_quote and doc[comma - 1].text == ",":
        comma, last = comma - 1, comma  # '... as "a threat rather than a promise," the envoy'
    if doc[comma].text != ",":
        return None
    if cue.i - comma - 1 > 10 or subj.right_edge.i != cue.i - 1 or subj.pos_ == "PRON":
        return None  # (a pronoun after a comma opens a clause of its own: ', he said' is the
        # inverted-aside shape other rules read)
    for c in cue.rights:
        if (c.dep_ not in ("prep", "npadvmod", "advmod", "punct", "advcl") or (
            c.dep_ == "advcl" and c.tag_ != "VBG"
        )) and not (listener and c.dep_ == "dobj"):
            return None  # ('..., the minister said and left', a clause of its own)
    marks = [t for t in sent if t.is_quote]
    if marks and (marks[0].i - sent.start < _OPENING_WORDS or any(
        t.pos_ in ("VERB", "AUX") and t.dep_ != "aux" for t in doc[comma + 1 : cue.i]
    )):
        return None  # ('"...," the minister said': the quotation is the whole report; a
        # fragment in marks after a clause of the narrator's own words is part of it)
    before = doc[sent.start : comma]
    if sum(not t.is_punct for t in before) < _MIN_TOKENS or not any(
        t.pos_ in ("VERB", "AUX") for t in before
    ) or cue.head.i >= comma:
        return None
    return sent.start, last


_TITLE_JOINERS = frozenset({"of", "the", "and", "for", "on"})


_OPENING_WORDS = 6  # words before a fragment in marks that make the clause the report


def _split_title_tail(cue: Token, lex: Lexicon) -> tuple[int, int] | None:
    """'[clause], U.S. Department of State Principal Deputy Spokesperson Tommy Pigott said at
    a press briefing': a long title made the parser end the sentence inside it ('... of
    State' | 'Principal Deputy ...'), leaving the cue a root with no clause of its own. The
    sentence before it ends with no stop, so it is not finished: the report is what stands
    before the comma that opens the speaker's title."""
    if cue.lemma_.lower() not in lex.direct or cue.dep_ != "ROOT" or cue.tag_ not in (
        "VBD", "VBZ", "VBP"
    ):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "nsubjpass") for c in cue.children):
        return None
    doc, sent = cue.doc, sent_of(cue)
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None or subj.left_edge.i != sent.start or sent.start < _MIN_TOKENS:
        return None
    if subj.pos_ != "PROPN" or doc[sent.start - 1].is_punct or doc[sent.start - 1].is_space:
        return None  # (a sentence that ended with its stop, or a paragraph, is finished)
    k = sent.start - 1
    while k > 0 and sent.start - k <= 8 and doc[k].text != "," and (
        doc[k].pos_ == "PROPN" or doc[k].lower_ in _TITLE_JOINERS
    ):
        k -= 1
    if doc[k].text != "," or k == sent.start - 1:
        return None
    for c in cue.rights:
        if c.dep_ not in ("prep", "npadvmod", "advmod", "punct"):
            return None
    first = sent_of(doc[k]).start
    before = doc[first:k]
    if sum(not t.is_punct for t in before) < _MIN_TOKENS or not any(
        t.pos_ in ("VERB", "AUX") for t in before
    ):
        return None
    return first, k - 1


def _opened_by_that(clause: Token, cue: Token) -> bool:
    """'informed the public that the Joint Commission also agreed to simplify ...': the
    parse hung the 'that' on a verb deep inside the clause (as its object); the clause
    still opens with it, right after the listener."""
    first = clause.left_edge
    return first.lower_ == "that" and first.dep_ != "det" and first.i > cue.i and (
        first.i - cue.i <= 6
    )  # ('demonstrate that CentOS Stream is ...' read as 'that Stream': too unsure)


def _relative_tail(cue: Token, lex: Lexicon) -> tuple[int, int] | None:
    """'[clause], newspaper The Statesman reported.', '[clause], the daily The Nation
    reported.': a source named with its descriptor closing the sentence after a comma is
    often parsed as a noun (an adverbial or an object of the clause) with the cue as a
    relative clause on it. A cue with a subject of its own before it (not a relative
    pronoun), nothing after it and nothing of its own to report still reports everything
    before the comma that opens its noun phrase."""
    doc, sent = cue.doc, sent_of(cue)
    if cue.dep_ != "relcl" or cue.lemma_.lower() not in lex.direct or cue.tag_ not in (
        "VBD", "VBZ", "VBP"
    ):
        return None
    subj = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if len(subj) != 1 or subj[0].tag_ in _RELATIVE or subj[0].pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ not in ("nsubj", "advmod", "prt", "punct") or c.i > cue.i and c.dep_ != "punct"
           for c in cue.children):
        return None  # 'the village the army said it had taken': a clause of its own
    if any(not (t.is_punct or t.is_space) for t in doc[cue.i + 1 : sent.end]):
        return None
    noun = cue.head
    if not any(w in lex.outlet_words or w in lex.bodies or w in lex.roles
               for w in (noun.lower_, noun.lemma_.lower())):
        return None  # 'took the village, the one the army reported': an object's relative
    opener = min(noun.left_edge.i, subj[0].left_edge.i)
    if opener - 1 <= sent.start or doc[opener - 1].text != "," or any(
        t.is_quote for t in sent
    ):
        return None
    if noun.head.i >= opener or noun.dep_ not in ("npadvmod", "dobj", "appos", "attr", "nsubj"):
        return None  # the noun must hang on the clause before the comma
    before = doc[sent.start : opener - 1]
    if sum(not t.is_punct for t in before) < _MIN_TOKENS or not any(
        t.pos_ in ("VERB", "AUX") and t.tag_ in _FINITE for t in before
    ):
        return None
    return sent.start, opener - 2


def _raised_clause(cue: Token, lex: Lexicon) -> tuple[int, int] | None:
    """'Police believe the fire, started in a kitchen, was an accident': when the clause
    subject carries an aside the parser may make the clause verb the root, with the cue as
    its complement and the clause subject as the cue's object. A subjectless tensed root
    after the cue, whose complement the cue is, has the cue's object as its subject: the
    report runs from that object to the end of the root's clause."""
    root = cue.head
    if cue.dep_ != "ccomp" or root.dep_ != "ROOT" or root.i <= cue.i or not _finite(root):
        return None
    if cue.lemma_.lower() not in lex.indirect or any(c.dep_ in _SUBJ for c in root.children):
        return None
    if not any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") or obj.left_edge.i > cue.i + 2:
        return None
    doc = cue.doc
    if any(t.is_quote or t.text == ";" for t in doc[cue.i : root.right_edge.i + 1]):
        return None
    return obj.left_edge.i, root.right_edge.i


def _relative_end(cue: Token, a: int, b: int) -> int:
    """End of a report inside a relative clause set off by commas.

    'The company, which said profits rose, cut jobs': the comma closing the relative clause
    ends what it reports, and the tensed verb after it is the main clause's (the parser often
    hangs it on the reported verb). Only a subjectless tensed verb right after the comma
    counts; a list of verbs goes on with 'and' ('rose, fell and rose').
    """
    doc = cue.doc
    rel = next((c for c in cue.children if c.dep_ in _SUBJ and c.tag_ in _RELATIVE), None)
    if cue.dep_ != "relcl" or rel is None or rel.i == 0 or doc[rel.i - 1].text != ",":
        return b
    for k in range(a + 1, b):
        v = doc[k + 1]
        if doc[k].text == "," and v.pos_ in ("VERB", "AUX") and (
            v.tag_ in _FINITE or v.tag_ == "VBN" and v.dep_ == "conj"  # 'cut' read as VBN
        ) and not any(
            c.dep_ in _SUBJ for c in v.children
        ) and not any(t.pos_ == "CCONJ" for t in doc[k + 1 : b + 1]):
            return k - 1
    return b


def _statement_bounds(cue: Token) -> tuple[int, int, int, int]:
    """Bounds around a cue set after its clause: the clause start and end (a semicolon ends a
    statement: '..., X said, and B; critics called it ...'), the first token of the cue with
    its subject, and the token after the cue and its particles."""
    doc, sent = cue.doc, sent_of(cue)
    # (so does a colon before the cue: 'the leader did what he always does: he pointed at
    # both benches' reports nothing before it)
    start = max((t.i + 1 for t in doc[sent.start : cue.i] if t.text in (";", ":")),
                default=sent.start)
    last = min((t.i - 1 for t in doc[cue.i : sent.end] if t.text == ";"), default=sent.end - 1)
    while last > cue.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    subj = [c.left_edge.i for c in cue.children if c.dep_ in _SUBJ and c.i < cue.i]
    nxt = cue.i + 1
    while nxt < last and doc[nxt].dep_ == "prt":
        nxt += 1
    return start, last, min([cue.i, *subj]), nxt


def _second_after(cue: Token) -> tuple[int, int] | None:
    """'A, X said, and B': the clause B after ', and' right behind the cue, when it has a
    verb of its own (a second statement of the same speaker)."""
    doc = cue.doc
    _, last, _, nxt = _statement_bounds(cue)
    if not (doc[nxt].text == "," and nxt + 2 < last and doc[nxt + 1].lower_ in ("and", "but")):
        return None
    rest = doc[nxt + 2 : last + 1]
    if not any(t.pos_ in ("VERB", "AUX") and t.tag_ in _FINITE for t in rest):
        return None
    if not any(t.dep_ in _SUBJ for t in rest):
        return None  # 'A was unsafe, X said, and should not have flown': one statement
    if any(_own_report(t) for t in rest):
        return None  # '..., the ministry said, but officials on both sides said B': B is theirs
    return _trimmed(doc, nxt + 2, last)


def _own_report(verb: Token) -> bool:
    """Is ``verb`` a speech verb with a subject of its own ('officials said')? The clause it
    heads is another speaker's report, not more of the statement before it."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon().indirect and any(
        c.dep_ in _SUBJ for c in verb.children
    )


def _around(cue: Token) -> list[tuple[int, int]]:
    """The host sentence of a cue set inside it ('A, he said, B'), as one or two statements.

    '[clause], officials said, and [clause]': the coordinated clause after the aside is a
    second statement of the same speakers, so the sentence splits at the coordinator.
    """
    doc = cue.doc
    sent = sent_of(cue)
    host = cue.head
    after = cue.right_edge.i + 1
    second = next((
        k for k in host.children
        if k.dep_ == "conj" and k.i > cue.i and k.pos_ in ("VERB", "AUX")
        and any(g.dep_ in _SUBJ for g in k.children)
        and any(g.dep_ == "cc" and after <= g.i < k.i for g in host.children)
        and not _own_report(k)
    ), None)
    if second is None:
        start, last, left, nxt = _statement_bounds(cue)
        if _second_after(cue) is not None and start < left:
            # 'A, Maróth said, and B': the parse missed the coordination; split at the surface
            out = [_trimmed(doc, start, left - 1), _trimmed(doc, nxt + 2, last)]
            return [s for s in out if s is not None]
        # 'As X noted, ...' keeps the clause after the aside, '..., as X noted.' the one before
        # (a complement the parser hung on the cue from across a semicolon does not make
        # the aside open the sentence: 'A; B, officials said, C' keeps 'B, ..., C')
        front = cue.left_edge.i == sent.start and not any(
            t.text == ";" for t in doc[sent.start : left]
        )
        lo = cue.right_edge.i + 1 if front else start
        hi = cue.left_edge.i - 1 if cue.right_edge.i >= last and lo == start else last
        if not front and any(k.dep_ == "conj" and k.i > cue.i and _own_report(k)
                             for k in host.children):
            hi = cue.left_edge.i - 1  # ('A, the ministry said, but officials said B': B is
            # the officials' report, and A ends at the aside)
        mark = next((m for m in host.children if m.dep_ == "mark" and m.i < cue.i), None)
        if not front and host.dep_ == "advcl" and mark is not None and mark.i >= lo:
            # '..., although the house, she has been told, no longer exists': the aside
            # sits in a subordinate clause, which alone is reported
            lo, hi = mark.i + 1, min(hi, host.right_edge.i)
        span = _trimmed(doc, lo, hi)
        return [span] if span is not None else []
    cut = min(g.i for g in host.children if g.dep_ == "cc" and after <= g.i < second.i)
    # 'A, officials said, and B' ends the first statement before the aside; 'The war, she
    # says, has become "...", and B' has more of it after the aside, which stays in
    first_end = cut - 1 if any(
        not (t.is_punct or t.is_space) for t in doc[after:cut]
    ) else cue.left_edge.i - 1
    out = [_trimmed(doc, sent.start, first_end), _trimmed(doc, cut + 1, sent.end - 1)]
    return [s for s in out if s is not None]


def _across_semicolon(cue: Token, comp: Token) -> bool:
    """Is a semicolon between the cue and its (parsed) complement?

    A semicolon joins two independent clauses, so 'The lot has 3000 spaces; reports said half
    were filled' reports only what follows it: the parser often hangs the clause before the
    semicolon on the cue, but the writer, not the reports, states it.
    """
    doc = cue.doc
    if comp.i < cue.i:
        # so does a colon before a cue set after its clause: 'The message was clear: the
        # deal is dead, he said' reports what follows the colon; 'the leader did what he
        # always does: he pointed at both benches' reports nothing
        between = doc[comp.right_edge.i + 1 : cue.i]
        return any(t.text in (";", ":") for t in between)
    between = doc[cue.i + 1 : comp.left_edge.i]
    return any(t.text == ";" for t in between)


def _aside_split(cue: Token) -> dict[int, int]:
    """Complements of the cue that the parse cut from the clause before them. Maps the first
    complement's index to the second's, whose words continue it:

    * an aside: 'He says the plan to move buses out of the CBD, abandoned twice before, will
      go ahead' ends the first clause at the aside set off by commas and reads the real verb
      ('will go') as a second complement with no subject of its own;
    * a participle after a noun: 'the package agreed last week';
    * the quoted end of the clause: 'the board had acted "within the powers ..."' ends the
      first clause on the opening mark."""
    after = sorted((c for c in cue.children if c.i > cue.i and c.dep_ == "ccomp"),
                   key=lambda c: c.i)
    out: dict[int, int] = {}
    for first, second in zip(after, after[1:], strict=False):
        if any(k.dep_ in _SUBJ for k in first.children) \
                and first.right_edge.i + 1 == second.left_edge.i \
                and cue.doc[first.right_edge.i].text == "," \
                and any(k.dep_ == "aux" for k in second.children) \
                and not any(k.dep_ in _SUBJ for k in second.children):
            out[first.i] = second.i
        elif first.right_edge.i + 1 == second.left_edge.i and (
            second.i == second.left_edge.i and second.tag_ in ("VBD", "VBN")
            and any(k.dep_ in _SUBJ for k in first.children)
            and not any(k.dep_ in _SUBJ or k.dep_ in ("aux", "auxpass") for k in second.children)
            and cue.doc[first.right_edge.i].pos_ in ("NOUN", "PROPN")
        ):
            # 'said companies had adapted to the package agreed last week and that ...': a
            # participle right after a noun of the clause describes that noun; the parse made
            # it a second complement of the cue
            out[first.i] = second.i
        elif first.right_edge.i + 1 == second.left_edge.i and _opening_mark(
            cue.doc[first.right_edge.i]
        ):
            # 'said the board had acted "within the powers the law gives it"': the parse
            # ends the clause at the mark that opens its quoted end and reads the quoted
            # words as a second complement; the clause runs on through them
            out[first.i] = second.i
    return out


def _before_colon_quote(doc: Doc, a: int, b: int) -> int:
    """'says the background still shapes how he thinks about the economy: "You find the
    bottleneck ..."': a colon that opens a quotation of whole sentences ends the reported
    clause; the quotation after it is direct speech of its own."""
    for k in range(a + 1, b - 1):
        if doc[k].text == ":" and doc[k + 1].is_quote and doc[k + 2].text[:1].isupper():
            # (only after a clause: 'told reporters in Pune: "..."' reports no clause)
            return k - 1 if any(t.pos_ in ("VERB", "AUX") for t in doc[a:k]) else b
    return b


def _participle_subject_split(cue: Token) -> dict[int, int]:
    """'says the text agreed by foreign ministers will now undergo "legal scrubbing"': the
    parse reads the subject and its participle ('the text agreed by ...') as one clause and
    the verb after it, left without a subject, as a second. When a clause whose verb is a
    bare participle or past form runs straight into a subjectless clause with an auxiliary,
    both are one reported clause. Returns {first clause: second clause}."""
    comps = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    out: dict[int, int] = {}
    for first, second in zip(comps, comps[1:], strict=False):
        if second.left_edge.i != first.right_edge.i + 1 or first.tag_ not in ("VBN", "VBD"):
            continue
        kids = list(first.children)
        if any(k.dep_ in ("aux", "auxpass", "mark") for k in kids) or not any(
            k.dep_ == "nsubj" and k.i < first.i and k.pos_ in ("NOUN", "PROPN") for k in kids
        ) or not (first.tag_ == "VBN" or any(k.dep_ == "agent" for k in kids)):
            continue  # (a participle: 'the text agreed by ...', no 'that migration was')
        if any(k.dep_ in _SUBJ for k in second.children) or not any(
            k.dep_ in ("aux", "auxpass") and k.i < second.i for k in second.children
        ):
            continue
        out[first.i] = second.i
    return out


def _opening_mark(tok: Token) -> bool:
    """Is a token a quotation mark that opens, so that a clause ending on it was cut short?"""
    return len(tok.text) == 1 and opens_at(doc_text(tok.doc), tok.idx)


def _prefer_following(cue: Token, comps: list[Token]) -> list[Token]:
    """Drop a complement before the cue when a clause with its own subject follows it.

    'Regarding which part was hardest, Sufianov said it was English': the parser takes the
    fronted topic for a second complement, but a cue verb reports one clause, and the clause
    right after it (with its own subject) is the one it reports.
    """
    after = [
        c for c in comps
        if c.i > cue.i
        and (any(k.dep_ in _SUBJ for k in c.children) or _relative_gap(cue, c))
        and c.left_edge.i - cue.i <= 6
    ]
    if not after:
        return comps
    return [c for c in comps if c.i > cue.i]


def _relative_gap(cue: Token, clause: Token) -> bool:
    """'..., a ruling opposition parties said would leave a million voters without a seat':
    a modal right after the cue, with no subject between, opens a clause whose subject was
    taken out by a relative clause on the noun before the speaker. That clause is what the
    speaker said; the sentence before the comma is the writer's."""
    doc = cue.doc
    first = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    return first is not None and clause.left_edge.i == first.i and first.tag_ == "MD" and (
        first.head.i == clause.i
    )


def _comparative_the(doc: Doc, i: int) -> bool:
    """'the faster ...', 'the more ...': one half of a correlative comparative."""
    return i + 1 < len(doc) and doc[i].lower_ == "the" and doc[i + 1].tag_ in ("JJR", "RBR")


def _correlative_end(doc: Doc, a: int, b: int) -> int:
    """'found the faster each ostrich ran, the more it tended to flap': the two halves of a
    correlative comparative are one proposition, whichever way the parser joined them; a
    clause opening 'the <comparative>' runs on through the half after the comma, to the end
    of the sentence (or a semicolon)."""
    if not _comparative_the(doc, a):
        return b
    k = b + 1
    while k < len(doc) and doc[k].is_punct and doc[k].text != ";":
        k += 1
    if k > b + 2 or not _comparative_the(doc, k):
        return b
    sent = sent_of(doc[k])
    return min((t.i - 1 for t in doc[k : sent.end] if t.text == ";"), default=sent.end - 1)


def _condition_end(cue: Token, b: int, lex: Lexicon) -> int:
    """End of a reported clause that runs on into a condition or reason it states.

    'warned that the money would mean little unless access was opened': the parser often
    hangs the 'unless/if/because' clause on the cue verb, as a second complement or an
    adverbial, but the speaker states the condition as part of the claim. A clause of the
    cue's that opens right after the reported one (after at most a comma, and only for
    conditions and reasons, which rarely start the narrator's own aside) with a subordinator
    of ``quote_clause_continuations.csv`` extends it, unless it reports speech of its own
    ('..., while critics said ...').
    """
    doc = cue.doc
    for c in cue.children:
        if c.i <= b or c.dep_ not in ("ccomp", "advcl") or c.pos_ not in ("VERB", "AUX"):
            continue
        first = c.left_edge.i
        comma = first == b + 2 and doc[b + 1].text == ","
        if first != b + 1 and not comma:
            continue
        opener = doc[first].lower_
        kind = _continuations().get(opener)
        if kind is None or (comma and kind != "condition"):
            continue
        if any(
            t.lemma_.lower() in lex.direct and t.pos_ == "VERB"
            and any(k.dep_ in _SUBJ for k in t.children)
            for t in c.subtree
        ):
            continue
        return _condition_end(cue, c.right_edge.i, lex)
    return b


@cache
def _continuations() -> dict[str, str]:
    """Subordinators opening a clause that still belongs to the claim before it."""
    return {
        r["word"].lower(): r["kind"] for r in load_table("quote_clause_continuations.csv")
    }


def _urged_fragment(cue: Token) -> tuple[int, int] | None:
    """'urged Tehran to restore access "without further delay"': what a speaker urged,
    pledged or called on someone to do is reported content when the writer quotes part of
    it; the object and its infinitive are then one mixed quotation. Without quoted words
    ('urged voters to turn out') it stays an act, not a quotation."""
    doc = cue.doc
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    inf = next((
        c for c in cue.children
        if c.dep_ in ("xcomp", "ccomp") and c.i > cue.i and c.pos_ in ("VERB", "AUX")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ), None)
    if obj is None or inf is None or obj.i > inf.i:
        return None
    first, last = obj.left_edge.i, inf.right_edge.i
    marks = [t.i for t in doc[first : last + 2] if t.is_quote and t.text != "'s"]
    if len(marks) < 2 or marks[0] + 1 >= len(doc):
        return None
    # the quoted words must be the infinitive's own ('to restore access "without delay"'),
    # not a relative clause or aside hung on a noun inside it ('..., such as X, who
    # denounced "..."')
    path = [doc[marks[0] + 1], *doc[marks[0] + 1].ancestors]
    if inf not in path:
        return None
    if any(t.dep_ in ("relcl", "acl", "appos", "parataxis") for t in path[: path.index(inf)]):
        return None
    return _trimmed(doc, first, last)


def _wh_question(clause: Token) -> bool:
    """'decides what is Mexico's plan B', 'asked who would pay': a clause opened by a
    question word that is one of its own arguments is a (reported) question, not a statement.
    A free relative inside the clause ('said what he wanted was peace') hangs lower."""
    doc = clause.doc
    k = clause.left_edge.i
    while k < clause.i and (doc[k].is_punct or doc[k].is_space):
        k += 1  # ', what is ...': a comma the parser hung on the clause
    if doc[k].tag_ not in ("WP", "WRB", "WP$") and not (
        doc[k].tag_ == "WDT" and doc[k].dep_ == "det" and doc[k].lower_ != "that"
    ):
        return False  # (a relative 'which' subject, '..., which critics said could ...';
        # 'said in a fact sheet that medicines ... would' with 'that' read as a determiner)
    # 'how many jobs would be lost', 'which hospital the victims were taken to': the question
    # word may modify an argument of the clause, reaching it through nouns and adjectives
    # only (a free relative, 'what he wanted was peace', hangs on a verb of its own)
    tok = doc[k]
    for _ in range(4):
        if tok.head.i == clause.i:
            return True
        tok = tok.head
        if tok.i == tok.head.i or tok.pos_ in ("VERB", "AUX"):
            return False
    return False


@cache
def _how_cues() -> frozenset[str]:
    """Cues whose 'how' clause tells a story ('has told how'), see the table."""
    return frozenset(r["lemma"] for r in load_table("quote_how_cues.csv"))


def _told_how(cue: Token, clause: Token) -> bool:
    """'A BRIT bride has told how she and her new husband cowered ...': a 'how' of manner
    opening the clause of a telling verb reports what was said, unlike 'asked how' or a
    'how many' question."""
    first = clause.doc[clause.left_edge.i]
    # a told story is finite ('has told how', 'described how'); 'pressed the department to
    # explain how it would pay' asks for an answer
    finite = cue.tag_ in ("VBD", "VBZ", "VBP") or (cue.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children
    ))
    return finite and cue.lemma_.lower() in _how_cues() and first.lower_ == "how" and (
        first.head.i == clause.i
    )


def _characterises_quote(v: Token, last: int, lex: Lexicon) -> bool:
    """'said China "poses no threat" and accused some politicians of "playing ..."': a
    characterising verb after a closing mark that takes quoted words of its own is the
    speaker's next statement (a quotation of its own), whoever the parse makes its subject."""
    lemma = v.lemma_.lower()
    return (lemma in lex.characterising or lemma in lex.direct) and any(
        t.is_quote for t in v.doc[v.i + 1 : last + 1]
    )


def _hoisted_that(cue: Token, lex: Lexicon) -> list[Token]:
    """A 'that' clause the parser hung on an adverbial clause of the cue.

    'told reporters as he arrived at the convention centre that Ottawa was ...': a time or
    manner clause ('as', 'when', 'while', 'after') set between the cue and its complement
    catches the 'that' clause, but a verb of that adverbial clause which does not itself
    report speech ('arrived') cannot take it; the cue reports it.
    """
    out: list[Token] = []
    # 'said before leaving Islamabad that Pakistan would ...': the same with a gerund after
    # a preposition of time
    gerunds = [
        g for p in cue.children if p.dep_ == "prep" and p.i > cue.i and p.lower_ in _ADVERBIAL
        for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
    ]
    for adv in [*cue.children, *gerunds]:
        if adv.dep_ not in ("advcl", "pcomp") or adv.i < cue.i or (
            adv.lemma_.lower() in lex.indirect_that
        ):
            continue
        if adv.dep_ == "advcl" and not any(
            m.dep_ == "mark" and m.lower_ in _ADVERBIAL for m in adv.children
        ):
            continue
        out += [
            c for c in adv.children
            if c.dep_ in ("advcl", "ccomp") and c.i > adv.i and c.pos_ in ("VERB", "AUX", "ADJ")
            and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i
                    for m in c.children)
            and any(g.dep_ in _SUBJ for g in c.children)
        ]
    return out


def _stranded_that(cue: Token) -> list[Token]:
    """A 'that' clause the parser hung as a relative clause on a noun of the cue's adjunct.

    'told cheering supporters at a hotel in Lima's district that she would wait ...': the
    clause opens with 'that' as a complementiser (not a relative pronoun: the clause has a
    subject of its own) after the cue's objects and place phrases, so it is the cue's
    complement, not a description of the district.
    """
    doc = cue.doc
    out: list[Token] = []
    for v in doc[cue.i + 1 : cue.right_edge.i + 1]:
        if v.dep_ != "relcl" or not _finite(v):
            continue
        that = doc[v.left_edge.i]
        if that.lower_ != "that" or that.dep_ != "mark" or that.head.i != v.i:
            continue
        if not any(c.dep_ in _SUBJ and c.tag_ not in _RELATIVE for c in v.children):
            continue
        if any(t.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in t.children)
               for t in v.subtree):
            continue  # 'the attacks that Soleimani took part in': a stranded preposition
        path, h = [], v.head
        while h.i != cue.i and h.dep_ in ("pobj", "prep", "dobj", "dative", "poss", "compound"):
            path.append(h)
            h = h.head
        preps = [t for t in path if t.dep_ == "prep"]
        if h.i == cue.i and 0 < len(preps) <= 2 and all(t.pos_ == "ADP" for t in preps):
            # place and time phrases ('at a hotel in X'), not 'including the calculation
            # that ...' (a noun that takes a clause of its own) or a long chain of nouns
            out.append(v)
            break
    return out


def _within_report(cue: Token, lex: Lexicon) -> bool:
    """Is the cue a verb coordinated inside another cue's reported clause?

    'said China respected A and hoped the parties would B': a verb like 'hope' needs an
    explicit 'that' to be taken as reporting (it is too often not speech), but coordinated
    inside what a speaker said it states the speaker's hope, so its clause is reported.
    """
    host = cue.head
    return (
        cue.dep_ == "conj" and host.dep_ == "ccomp" and host.head.pos_ in ("VERB", "AUX")
        and host.head.lemma_.lower() in lex.direct
        and host.head.lemma_.lower() in lex.indirect
    )


def _aside_that(cue: Token) -> tuple[int, int] | None:
    """'She says, tapping the glass, that the fish "have gone north"': an aside between the
    cue and its 'that' makes the parser take the reported clause for the main one and the
    cue for a parenthetical; the clause after 'that' is still the cue's content."""
    head = cue.head
    if cue.dep_ not in ("parataxis", "ccomp") or head.i <= cue.i or not any(
        c.dep_ == "nsubj" for c in cue.children
    ):
        return None
    mark = next((c for c in head.children if c.dep_ == "mark" and c.lower_ == "that"
                 and cue.i < c.i), None)
    if mark is None or mark.i < 2 or cue.doc[mark.i - 1].text != ",":
        return None
    return _trimmed(cue.doc, mark.i + 1, head.right_edge.i)


def _verbless_tail(cue: Token, b: int) -> int:
    """'said he expected a deal, but probably "at the last minute," and most likely with
    guarantees': what the parser hung on the cue after the reported clause goes on with the
    clause when it cannot be a second act of speaking: a verbless conjunct (no verb, no
    subject, no noun head), or any phrase after a clause left unfinished ('..., but
    probably'). Only punctuation, marks and a coordinator may stand between."""
    doc = cue.doc
    for k in sorted(cue.children, key=lambda t: t.i):
        if k.i <= b or k.is_punct or k.is_quote or k.dep_ == "cc":
            continue
        gap = doc[b + 1 : k.left_edge.i]
        if not all(t.is_punct or t.is_quote or t.dep_ == "cc" for t in gap):
            break
        last = doc[b]
        unfinished = last.dep_ == "cc" or last.head.dep_ == "cc" and last.head.i > b - 2
        if unfinished and k.dep_ in ("prep", "advmod", "npadvmod") or (
            k.dep_ == "conj" and k.pos_ not in ("VERB", "AUX", "NOUN", "PROPN", "PRON")
            and any(t.dep_ == "cc" for t in gap)
            and not any(g.dep_ in _SUBJ for g in k.subtree)
        ):
            b = k.right_edge.i
            continue
        break
    return b


def _before_speaker(cue: Token, a: int, b: int, lex: Lexicon) -> int:
    """'..., including yoga, newspaper The Hindu reported': a report told before its cue
    ends before the speaker; the parser may hang the speaker's descriptor ('newspaper')
    on the last words of the report, so the descriptor goes with the speaker."""
    doc = cue.doc
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        closing = closing_subject(cue)  # '[clause], the Agency (UKHSA) said today'
        if closing is not None and a < closing.left_edge.i <= b + 1:
            return min(b, closing.left_edge.i - 2)
    if subj is None or not a < subj.left_edge.i <= b + 1:
        return b
    k = subj.left_edge.i - 1
    while k > a and doc[k].is_lower and doc[k].pos_ == "NOUN" and (
        doc[k].lower_ in lex.outlet_words
    ):
        k -= 1
    return min(b, k)


def _content(cue: Token, lex: Lexicon) -> list[tuple[int, int]]:
    """The reported clauses of a cue verb, as char spans (empty when it has none)."""
    lemma = cue.lemma_.lower()
    doc = cue.doc
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in ("decline", "refuse"):
        return []  # 'declined to comment on reports that ...': a refusal reports nothing
    if cue.dep_ == "ROOT" and (named := named_tail(cue, lex)) is not None:
        span = _trimmed(doc, *named[0])  # the clause ends before the name it swallowed
        return [span] if span is not None else []
    raised = _raised_clause(cue, lex)
    if raised is not None:
        span = _trimmed(doc, *raised)
        return [span] if span is not None else []
    # a noun-headed 'ccomp' is a small clause, not speech: 'declared the outbreak a pandemic'
    comps = [c for c in cue.children if c.dep_ == "ccomp" and c.pos_ not in _NOMINAL]
    # nor is an infinitival one: 'found the prorogation to be unlawful' is a ruling on a
    # thing (an object and its predicate), not a reported statement
    comps = [c for c in comps if not _infinitival(c)]
    # nor is a bare gerund without 'that': 'footage showed protesters throwing stones' shows
    # a scene (an object and what it was doing), it reports no statement
    comps = [c for c in comps if not _bare_gerund(c)]
    # nor is a verbless small clause: 'the website showed the ship underway off the coast'
    # places a thing, it states nothing
    comps = [c for c in comps if not _verbless(c)]
    # nor, after a 'told' with no listener of its own, a clause with no 'that' and no
    # auxiliary: 'told tens of thousands of people gathered outside Congress' names the
    # listeners ('told reporters the plan had failed' has its listener)
    if _listener_as_subject(cue):
        comps = [c for c in comps if c.i < cue.i or c.lemma_ == "be" or not any(
            k.dep_ in _SUBJ and k.left_edge.i == cue.i + 1 for k in c.children
        ) or any(k.dep_ in ("aux", "auxpass", "mark") for k in c.children)]
    # nor is a verb set off by commas from its subject before a cue with no subject of its
    # own: in "Israel's mission, asked to comment, said" the parse made the speaker and a
    # description of it the clause ('Talks failed, he said' has a subject for each verb)
    comps = [c for c in comps if c.i > cue.i or any(k.dep_ in _SUBJ for k in cue.children) or (
        c.i == 0 or doc[c.i - 1].text != ","
    )]
    # nor, after a quotation closing just before an inverted cue, a participle with no
    # auxiliary: in '"...," said the declaration of the Andean Community, adopted after two
    # days' the parse made the speaker and its reduced relative a clause
    if after_closing_quote(cue):
        comps = [c for c in comps if c.i < cue.i or not bare_participle_clause(c)]
        if inverted_before_relative(cue) is not None:
            comps = [c for c in comps if c.i < cue.i]  # ('"...," said Olena, whose son ...
            # was captured': the name and its relative clause, read as a complement)
    comps += _relative_report(cue) + _clause_after_adverbial(cue) + _that_after_aside(cue)
    if not comps:
        comps = _hoisted_that(cue, lex) or _stranded_that(cue)
    if lemma not in lex.indirect and not _quoted_as_saying(cue, lex):
        comps = [c for c in comps if any(m.lower_ == "that" for m in c.children)
                 or _within_report(cue, lex) or _opened_by_that(c, cue)]
    # '... told the broadcaster that A and that B': the parser often hangs B on the cue verb
    more = [
        c for c in cue.children
        if c.dep_ == "conj" and c.i > cue.i and any(m.dep_ == "mark" and m.lower_ == "that"
                                                     for m in c.children)
    ]
    if more and (comps or not _that_clause(cue, lex)):
        # (with no complement of its own, 'said in a statement that A, but that B' has its
        # first clause read as the noun's: the 'that' clause after the cue holds both)
        comps += more
    out: list[tuple[int, int]] = []
    comps = [c for c in comps if not any(
        m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children
    ) and not (_wh_question(c) and not _told_how(cue, c))]  # 'declined to say whether
    # ...' reports a question, not a statement
    # 'the emergency he declared so he could fund a wall': an adverbial clause (purpose,
    # reason, time) misparsed as the complement is the narrator's, not reported content
    comps = [c for c in comps if not any(
        m.dep_ == "mark" and m.lower_ in _ADVERBIAL for m in c.children
    ) or any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)]
    comps = [c for c in comps if not _across_semicolon(cue, c)]
    comps = _prefer_following(cue, comps)
    stretched = _aside_split(cue) | _participle_subject_split(cue)
    continued = {second: first for first, second in stretched.items()}
    # the clause the aside interrupted stands for both halves (once, even when the parse
    # kept its first half: 'the plan ..., abandoned before, will go')
    comps = list({k.i: k for k in (doc[continued.get(c.i, c.i)] for c in comps)}.values())
    if lemma in _evidence_verbs() and not _can_speak(cue, lex):
        # '..., partial results showed early Monday', 'enough, the work suggests, to ...':
        # data that show something after the fact is the writer's source for a statement
        # of the writer's own; only what the data shows, told after the verb, is reported
        comps = [c for c in comps if c.i > cue.i]
    for c in comps:
        if c.i > cue.i and _is_statement(c, lex) and c.lemma_ in ("report", "quote", "say") and (
            doc[c.left_edge.i - 1].text == "," or not any(k.dep_ == "aux" for k in c.children)
        ):  # '..., TASS News Agency reported' parsed as a complement ('said the review would
            continue  # report to the ministers' is a clause of its own)
        if c.i < cue.i and _is_statement(c, lex) and (
            c.lemma_ in ("say", "tell") or any(k.dep_ in ("ccomp", "parataxis") for k in c.children)
        ):
            # 'X said A; Y reported B': A is X's statement, not Y's content; but 'India and
            # China have agreed to restore patrols, the ministry said' reports an agreement
            continue
        obj = None if c.i < cue.i else _fronted_object(cue, c)
        if obj is None and c.i > cue.i and c.dep_ == "ccomp" and cue.dep_ != "relcl" and not any(
            k.dep_ in _SUBJ or (k.dep_ == "mark" and k.head.i == c.i)
            for k in c.subtree if k.i < c.i
        ) and _finite(c) and not _relative_gap(cue, c):
            # a tensed clause with no subject at all (not even one the parser hung on its
            # auxiliary: 'the explosions were related') nor 'that' is no reported statement,
            # unless the cue's adjunct swallowed it ('announced on Twitter the agency was ...')
            swallowed = _swallowed_subject(cue, c)
            if swallowed is not None:
                span = _trimmed(doc, swallowed, _before_next_cue(doc, swallowed, c.right_edge.i,
                                                                 lex))
                if span is not None:
                    out.append(span)
            continue
        for n, (a, b) in enumerate(_clauses(c, lex)):
            if n == 0 and obj is not None and not any(k.dep_ in _SUBJ for k in c.children):
                a = obj.left_edge.i  # 'announced the new region ... would be governing'
                glued = next((k for k in obj.children if k.dep_ == "appos" and k.pos_ == "PROPN"
                              and k.left_edge.i == obj.i + 1), None)
                if cue.lemma_ == "tell" and glued is not None:
                    a = glued.left_edge.i  # 'told the Egyptian minister Türkiye attached ...':
                    # the listener, then the clause's subject read as the listener's name
            if cue.lemma_ == "tell" and a == cue.i + 1 and _reporters_before_name(doc[a]):
                a += 1  # 'tells reporters Australia ...': the listeners are no part of it
            if a <= cue.i <= b:  # a misparse that wraps the cue: keep the side the clause is on
                a, b = (cue.i + 1, b) if c.i > cue.i else (a, cue.i - 1)
            that = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "that"), None)
            if n == 0 and that is not None and cue.i < a < that.i and doc[that.i - 1].text == ",":
                a = that.i + 1  # 'says, tapping the glass, that ...': the aside is the cue's
            if n == 0 and c.i in stretched:
                b = max(b, doc[stretched[c.i]].right_edge.i)  # '..., abandoned before, will go'
            if c.i > cue.i:
                b = _glued_end(doc, b)
                b = _verbless_tail(cue, b)
            else:
                b = _before_speaker(cue, a, b, lex)
            b = _before_next_cue(doc, a, b, lex)
            if a > cue.i:
                b = _before_colon_quote(doc, a, b)
            b = _correlative_end(doc, a, b)
            b = _condition_end(cue, b, lex)
            b = _relative_end(cue, a, b)
            span = _trimmed(doc, a, b)
            if span is not None:
                out.extend(_split_that(doc, span))
        if out and any(k.i > c.i for k in more):
            continue  # '... that A and that B' with B hung on the cue: report B as well
        if out:
            second = _second_after(cue) if c.i < cue.i else None
            if second is not None and all(second[0] >= b for _, b in out):
                out.append(second)  # '[clause], X said, and [clause]' with the cue as root
            return out
    if not out and not comps and lemma in lex.indirect_that and lemma not in lex.indirect:
        # 'proposed that ...' misparsed: only a 'that' right after the cue (or after a
        # pronoun object, 'reminded them that') opens its clause; 'proposed a plan that
        # would ...' is a relative clause of the object
        k = cue.i + 1
        if k < len(doc) and doc[k].pos_ == "PRON" and doc[k].lower_ != "that":
            k += 1
        if k < len(doc) and doc[k].lower_ == "that" and doc[k].dep_ != "det":
            span = _that_clause(cue, lex)
            if span is not None:
                return _split_that(doc, span)
    if not out and not comps and lemma in lex.indirect:
        span = _aside_that(cue)
        if span is not None:
            return [span]
        span = _that_clause(cue, lex)
        if span is not None:
            return _split_that(doc, span)
        zero = _zero_clause(cue) or _object_clause(cue) or _surface_clause(cue, lex)
        if zero is not None:
            span = _trimmed(doc, *zero)
            if span is not None:
                return [span]
        if cue.dep_ == "parataxis" and any(
            c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and cue.tag_ == "VBN"
            for c in cue.children
        ):
            # 'Western criticism, he said, often ignored ...': the sentence around the cue
            # ('the house, she has been told, no longer exists': by someone not named)
            sent = sent_of(cue)
            # marks that open the sentence hold the words ('"We will," she said, "..."');
            # a fragment in marks later on sits inside the report ('Young people, he said,
            # would be "the first to feel the benefit"'): a mixed quotation
            marks = any(t.is_quote for t in sent[: max(cue.i - sent.start, 1)])
            # ('..., Lam said, "any acts that advocate ..."' parsed with the quotation as the
            # main clause: a cue that opens marks introduces them, it is no aside)
            opens = cue.head.i > cue.i and any(
                t.is_quote for t in doc[cue.i + 1 : min(cue.i + 3, sent.end)]
            )
            if cue.i - sent.start >= _MIN_TOKENS and not marks and not opens:
                return _around(cue)
        if _as_aside(cue) and not any(t.is_quote for t in sent_of(cue)):
            return _around(cue)
    tail = _inverted_tail(cue, lex) if not out else None
    if tail is None and not out and (named := named_tail(cue, lex)) is not None:
        tail = named[0]
    if tail is None and not out:
        tail = _relative_tail(cue, lex) or _subject_tail(cue, lex) or (
            _split_title_tail(cue, lex)
        )
    if tail is not None:
        span = _trimmed(doc, *tail)
        return [span] if span is not None else []
    if not out and _mid_aside(cue, lex):
        # the cue splits its reported clause, so the whole clause is the quotation
        start, last, _, _ = _statement_bounds(cue)
        span = _trimmed(doc, start, last)
        return [span] if span is not None else []
    if not out and lemma in lex.direct:
        span = _urged_fragment(cue)
        if span is not None:
            return [span]
    if lemma in lex.objects:
        for c in cue.children:
            if c.dep_ == "dobj" and len(list(c.subtree)) >= _MIN_TOKENS + 1 and any(
                k.dep_ in ("acl", "relcl", "ccomp") and any(a.lower_ in ("to", "that")
                                                             for a in k.children)
                for k in c.children
            ):  # 'the need to build', 'its readiness to expand', not 'the call for talks'

                span = _trimmed(doc, c.left_edge.i, c.right_edge.i)
                return [span] if span else []
    return out


def _according(tok: Token) -> tuple[int, int] | None:
    """Content of 'according to X, ...': the rest of the clause 'according' modifies."""
    doc = tok.doc
    sub = list(tok.subtree)
    a, b = sub[0].i, sub[-1].i
    if tok.dep_ == "ROOT" and b > tok.i:
        # 'According to his sister, for weeks he had not answered': with a fronted adverbial
        # the parser makes 'according' the root and hangs the clause under it; the phrase
        # ends at the comma closing the source's name, and the clause follows it
        to = next((c for c in tok.children if c.lower_ == "to" and c.i == tok.i + 1), None)
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if pobj is not None and pobj.right_edge.i + 1 < len(doc) and (
            doc[pobj.right_edge.i + 1].text == ","
        ):
            b = pobj.right_edge.i
        elif pobj is not None:
            # 'According to the Sudan Doctors Network, a drone strike ... killed 31 people':
            # the parse made the clause's subject an apposition of the source, set off by
            # the comma after its name
            clause = next((c for c in pobj.children if c.dep_ == "appos" and c.i > pobj.i
                           and doc[c.left_edge.i - 1].text == ","
                           and any(k.dep_ in ("acl", "relcl") and k.tag_ in ("VBD", "VBN")
                                   and k.i > c.i for k in c.children)), None)
            if clause is not None:
                b = clause.left_edge.i - 2
    unhung = unhung_source_end(tok)
    if unhung is not None:
        b = unhung  # 'According to Reuters, officials met': the source ends at the comma
    # the whole sentence: the parser often hangs 'according to' on a participle mid-clause
    lo, hi = sent_of(tok).start, sent_of(tok).end - 1
    left = _trimmed(doc, lo, a - 1) if a - 1 >= lo else None
    right = _trimmed(doc, b + 1, hi) if b + 1 <= hi else None
    k = b + 1
    while k <= hi and doc[k].is_punct:
        k += 1
    if left and k <= hi and doc[k].tag_ in ("WP", "WDT") and doc[k - 1].text == ",":
        # '..., according to police, who said B': the relative clause is the source's own
        # statement (its cue reports B), not more of what the source is cited for
        right = None
    if left and right:
        return left[0], right[1]
    return left or right


_VIEW_PREPS = frozenset({"in", "from", "by"})  # 'by' only with 'account': 'by his account'


def _view_owner(noun: Token) -> Token | None:
    """The owner of 'his view' / 'the court's opinion' / 'the view of the court'."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _view_phrase(prep: Token, lex: Lexicon) -> tuple[Attribution, tuple[int, int]] | None:
    """'In his view, A' / 'From her perspective, A' / 'In the opinion of the court, A'.

    A point-of-view phrase opening a clause attributes the rest of that clause to the owner
    of the view, as 'according to X' does: the writer is reporting the owner's opinion. The
    phrase must open the sentence (or follow a semicolon) and be closed by a comma, so 'in
    the view of the lake' inside a clause, or 'in other words' (no owner), are not taken.
    """
    doc = prep.doc
    if prep.lower_ not in _VIEW_PREPS:
        return None
    if not any(t.pos_ == "NOUN" and (_view_noun(t, lex) or t.lemma_.lower() == "report")
               for t in doc_tokens(doc)[prep.i + 1 : prep.i + 12]):
        return None  # (the cheap test first: both readings need a view noun close after)
    sent = sent_of(prep)
    start = max((t.i + 1 for t in doc[sent.start : prep.i] if t.text == ";"), default=sent.start)
    if any(not (t.is_punct or t.is_space or t.pos_ == "CCONJ") for t in doc[start : prep.i]):
        return _view_tail(prep, lex, start)  # not at the start of a clause
    comma = next((t for t in doc[prep.i + 1 : min(prep.i + 12, sent.end)] if t.text == ","), None)
    if comma is None:
        return None
    phrase = doc[prep.i + 1 : comma.i]
    nouns = [
        t for t in phrase
        if t.pos_ == "NOUN" and _view_noun(t, lex) and t.head.i == prep.i
    ]  # 'In a video posted to the union's accounts, Fain said': no view of the union's
    if not nouns or (prep.lower_ == "by" and nouns[0].lemma_.lower() != "account"):
        return None  # 'By today's judgment, the court ...' is the means, not a point of view
    noun = nouns[0]
    owner = _view_owner(noun)
    if owner is None or owner.i >= comma.i or owner.lower_ in ("your", "yours"):
        return None  # 'In your opinion, ...?' asks an interviewee; it reports nothing
    verb = prep.head
    if verb.i > comma.i and verb.lemma_.lower() in lex.indirect and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return None  # 'In her judgment, Judge X said she accepted ...': the cue reports it
    if doc[sent.end - 1].text == "?" or (sent.end >= 2 and doc[sent.end - 2].text == "?"):
        return None
    end = min((t.i - 1 for t in doc[comma.i + 1 : sent.end] if t.text == ";"),
              default=sent.end - 1)
    span = _trimmed(doc, comma.i + 1, end)
    if span is None or not any(t.pos_ in ("VERB", "AUX") for t in doc[comma.i + 1 : end + 1]):
        return None
    cue_text = doc[prep.i : comma.i].text
    return Attribution(noun, owner, cue_text, None), span


def _view_noun(tok: Token, lex: Lexicon) -> bool:
    """A noun of a point of view ('view', 'opinion'); 'words' stands in the table as written,
    since its lemma is 'word' ('in his words', never 'in his word')."""
    return tok.lemma_.lower() in lex.views or tok.lower_ in lex.views


def _view_tail(
    prep: Token, lex: Lexicon, start: int
) -> tuple[Attribution, tuple[int, int]] | None:
    """'A, in his view.' / 'A, by the police's account.': a point-of-view phrase closing
    the sentence after a comma attributes the clause before it."""
    doc, sent = prep.doc, sent_of(prep)
    if prep.i - 1 <= start or doc[prep.i - 1].text != ",":
        return None
    noun = next((t for t in doc[prep.i + 1 : min(prep.i + 6, sent.end)]
                 if t.pos_ == "NOUN" and (_view_noun(t, lex) or t.lemma_.lower() == "report")),
                None)
    if noun is None or (prep.lower_ == "by") != (noun.lemma_.lower() in ("account", "report")):
        return None  # 'by' only in 'by X's account/report'; 'report' only after 'by'
    if any(not (t.is_punct or t.is_space) for t in doc[noun.i + 1 : sent.end]):
        return None
    owner = _view_owner(noun)
    if owner is None or owner.lower_ in ("your", "yours") or doc[sent.end - 1].text == "?":
        return None
    span = _trimmed(doc, start, prep.i - 2)
    if span is None or not any(t.pos_ in ("VERB", "AUX") for t in doc[start : prep.i]):
        return None
    return Attribution(noun, owner, doc[prep.i : noun.i + 1].text, None), span


def _quoted_as_saying(v: Token, lex: Lexicon) -> bool:
    """'X was quoted as saying (by an outlet)': the passive 'quoted' carries the report (the
    parser hangs the reported clause on it), its subject speaks, 'saying' names the act."""
    return v.lemma_.lower() == "quote" and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(
            g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in lex.indirect_that
            for g in c.children
        )
        for c in v.children
    )


def find_indirect(
    doc: Doc,
    direct: list[Found],
    marks: list[MarkSpan],
    inside: list[tuple[int, int]],
    lex: Lexicon,
) -> tuple[list[Found], set[int]]:
    """Indirect and mixed quotations; also returns indices of direct quotes absorbed as mixed."""
    mask = bytearray(len(doc_text(doc)) + 1)  # 1 where a character is inside a quotation
    for a, b in inside:
        mask[a:b] = b"\x01" * (b - a)

    def quoted(char: int) -> bool:
        return bool(mask[char])

    toks = doc_tokens(doc)  # the passes below read every token; make each Token object once
    cues = [
        t
        for t in (toks[k] for k in tokens_in(doc, "pos", ("VERB", "AUX")))
        if (t.lemma_.lower() in lex.indirect_that or t.lemma_.lower() in lex.objects
             or _quoted_as_saying(t, lex) or _mid_aside(t, lex)
             or _inverted_tail(t, lex) is not None or named_tail(t, lex) is not None)
        and not any(c.dep_ == "neg" for c in t.children)
        and not quoted(t.idx)
    ]
    found: list[Found] = []
    for tok in cues:
        if _evidence_participle(tok) or _asked_belief(tok, lex):
            continue
        if inverted_into_quote(tok) is not None:
            continue  # '"A," said X, "B."': two direct halves, no clause reported between
        att = cue_attribution(tok, lex)
        if _inverted_tail(tok, lex) is not None:
            # the inverted subject after the cue speaks, not the subject of the clause before
            after = next(c for c in tok.children if c.i > tok.i and c.pos_ in ("NOUN", "PROPN")
                         and c.dep_ in ("dobj", "attr", "npadvmod", "appos"))
            att = Attribution(tok, after, att.cue_text, att.via)
        elif (named := named_tail(tok, lex)) is not None:
            # '[clause], Governor X said.' with a word of the clause made the cue's subject
            att = Attribution(tok, named[1], att.cue_text, att.via)
        elif tok.tag_ == "VBG" and tok.i >= 2 and doc[tok.i - 1].text == "," and (
            named := named_tail(doc[tok.i - 2], lex)
        ) is not None:
            # '..., X said, warning that ...': the participle is the same speaker's
            att = Attribution(tok, named[1], att.cue_text, att.via)
        holder = _with_subject(tok, lex)
        if holder is not None:
            att = Attribution(tok, holder, att.cue_text, att.via)
        if _told_listener(tok):
            att = Attribution(tok, None, att.cue_text, att.via)
        spans = [_before_according(doc, a, b) for a, b in _content(tok, lex)]
        if spans and (teller := _relayed_teller(tok, att, spans[0][0], lex)) is not None:
            own = attribute(teller[0], lex)
            att = Attribution(teller[0], teller[1], own.cue_text, teller[2])
        for a, b in spans:
            found.append(Found(a, b, "indirect", att))
        demoted = None if spans else _demoted_cue(tok, lex)
        if demoted is not None:
            (lo, hi), speaker = demoted
            demoted_att = Attribution(tok, speaker, att.cue_text, att.via)
            found.append(Found(lo, hi, "indirect", demoted_att))
    for tok in (toks[k] for k in tokens_in(doc, "lower", ("according",))):
        src = according_to(tok)
        if src is not None and not quoted(tok.idx) and not relays_someone(tok, lex) and (
            not _reported_before(tok, lex)
        ):
            span = _according(tok)
            if span is not None:
                found.append(Found(span[0], span[1], "indirect", None, source=src))
    for tok in (toks[k] for k in tokens_in(doc, "pos", ("NOUN",))):
        said = _noun_content(tok, lex) if not quoted(tok.idx) else None
        if said is not None:
            found.append(Found(said[1][0], said[1][1], "indirect", said[0]))
    for tok in (toks[k] for k in tokens_in(doc, "pos", ("ADP",))):
        view = _view_phrase(tok, lex) if not quoted(tok.idx) else None
        if view is not None:
            found.append(Found(view[1][0], view[1][1], "indirect", view[0]))
    return _merge_with_direct(_innermost_relayed(found, lex), direct, marks, doc_text(doc))


def _named_teller(tok: Token | None) -> bool:
    """A teller the article names or refers to by 'he'/'she': unnamed sources ('FIFA
    officials had privately told Madrid ...') stay on the outlet's record."""
    return tok is not None and (tok.pos_ == "PROPN" or tok.lower_ in ("he", "she"))


def _innermost_relayed(found: list[Found], lex: Lexicon) -> list[Found]:
    """'Sky News is reporting that he told the prime minister that [clause]': an outlet's
    report holding someone's own report relays it; the inner clause is the quotation, its
    teller the speaker and the outlet the relay (the outer clause is no quotation of the
    outlet's)."""
    out: list[Found] = []
    relayed: set[int] = set()
    for f in found:
        att = f.attribution
        outlet = subject_outlet(att.speaker, lex) if att and att.speaker is not None else None
        inner = [
            k for k, g in enumerate(found)
            if g is not f and g.attribution is not None and f.start <= g.start
            and g.end <= f.end and f.start <= g.attribution.cue.idx < g.start
            and _named_teller(g.attribution.speaker)
        ] if outlet else []
        if not inner:
            out.append(f)
            continue
        for k in inner:
            g = found[k]
            if g.attribution is not None and g.attribution.via is None and k not in relayed:
                relayed.add(k)
                g.attribution = Attribution(g.attribution.cue, g.attribution.speaker,
                                            g.attribution.cue_text, outlet)
    return out


def _before_according(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A reported clause ends before a trailing ', according to X' outside quotation marks:
    the phrase names who relayed the report, it is not part of what was said."""
    text = doc_text(doc)
    if "according" not in text[start:end].lower():
        return start, end  # (most clauses: no token is looked up)
    index = TokenIndex(doc)
    for tok in doc[index.at(start) : index.at(end - 1) + 1]:
        if tok.lower_ == "according" and tok.idx > start and tok.i > 0 and (
            doc[tok.i - 1].text == "," or doc[tok.i - 1].is_quote
        ) and according_to(tok) is not None:
            cut = text[start : tok.idx].rstrip()
            if not cut.endswith(("\u201d", '"', "\u2019", "'")):
                cut = cut.rstrip(",").rstrip()
            return start, start + len(cut)
    return start, end


def _reported_before(according: Token, lex: Lexicon) -> bool:
    """'President Lee told a Cabinet meeting that [clause], according to his spokesperson':
    the sentence before 'according to' is itself a report, a speech verb with a subject of its
    own and its clause; the source after 'according to' relays it, so the verb's subject is
    the speaker (the cue's own quotation stands) and the sentence is no quotation of the
    source's."""
    sent = sent_of(according)
    # 'According to a readout issued by the ministry, Wang said [clause]': a fronted phrase
    # relays the report of the speech verb after it in the same way
    doc = according.doc
    last = max(according.subtree, key=lambda t: t.i).i
    fronted = all(t.is_punct or t.is_space for t in doc[sent.start : according.i]) or (
        # 'Mr Wang, according to a statement posted by the ministry, told his counterpart
        # that [clause]': set off by commas between the subject and its verb
        according.i > sent.start and doc[according.i - 1].text == ","
        and last + 1 < sent.end and doc[last + 1].text == ","
    )
    end = last if fronted else according.i
    for verb in sent:
        if according.i <= verb.i <= end:
            continue
        if verb.i > end and not fronted:
            return False
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lex.indirect_that:
            continue
        if verb.dep_ != "ROOT" and not (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
            continue  # ('a request the LSFA says it never received, according to ...')
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "conj" and not fronted:
            # 'the Command named the exercise ... and said [clause], according to a
            # statement carried by Xinhua': the second verb shares the first one's subject
            # (a fronted 'According to X, Greer pressed ... but signaled that ...' is X's)
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None or not (subj.pos_ == "PROPN" or subj.lower_ in _TELLER_PRONOUNS):
            continue  # ('two in three companies say ..., according to the survey')
        if any(c.dep_ == "ccomp" and verb.i < c.i and (c.i < according.i or (
            # after the fronted phrase: the clause follows the cue ('Wang said [clause]',
            # 'Mr Wang told his counterpart that [clause]')
            verb.i > end and (c.left_edge.lower_ == "that" or c.left_edge.i - 1 in {verb.i} | {
                o.right_edge.i for o in verb.children if o.dep_ in ("dobj", "dative")
            })  # ('he told ministers [clause]')
        )) for c in verb.children):
            return bool(_content(verb, lex))  # (else the source's reading stands)
    return False


_TELLER_PRONOUNS = frozenset({"he", "she", "i", "we", "they"})


def _relayed_teller(
    cue: Token, att: Attribution, start: int, lex: Lexicon
) -> tuple[Token, Token, str] | None:
    """'X told reporters in Moscow [clause], the state news agency RIA Novosti reported', 'X
    greeted Y and said [clause], the official WAM news agency reported', 'Sky News is
    reporting that X told the prime minister that [clause]': the parser makes the clause the
    complement of the agency's verb, but the agency only relays it; X's own speech verb,
    written right before the clause and left without a clause of its own, is the cue.
    Returns that verb, X and the outlet when the outlet's cue's subject is an outlet and X is
    none."""
    outlet = subject_outlet(att.speaker, lex) if att.speaker is not None else None
    if outlet is None:
        return None
    doc = cue.doc
    # the outlet's verb trails the clause ('..., TASS reported') or leads the teller's verb
    # ('Sky News is reporting that he told the prime minister this morning that [clause]')
    leading = start > cue.idx
    words = doc[cue.i + 1 : sent_of(cue).end] if leading else doc[sent_of(cue).start : cue.i]
    first = next((t for t in words if t.idx >= start), None)
    if first is None:
        return None
    low = cue.i + 1 if leading else sent_of(cue).start
    k = first.i - 1
    if k >= 0 and doc[k].lower_ == "that":
        k -= 1
    while k >= low and doc[k].pos_ not in ("VERB", "AUX"):
        if doc[k].is_punct or doc[k].pos_ in ("CCONJ", "SCONJ", "PRON"):
            return None  # only the teller's own listener, place and time come between
        k -= 1
    if k < low:
        return None
    verb = doc[k]
    lemma = verb.lemma_.lower()
    if lemma not in lex.indirect_that and lemma not in lex.objects:
        return None
    if any(c.dep_ in ("ccomp", "xcomp") and c.i < first.i for c in verb.children):
        return None  # the verb has its own clause before this one
    if any(t.i > verb.i and t.i < first.i and t.head.i < verb.i for t in doc[verb.i + 1 : first.i]):
        return None  # the words between are not the verb's own
    # its own subject first: 'attribute' climbs to the agency's verb the parse hung it on
    teller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if teller is None:
        teller = attribute(verb, lex).speaker  # 'greeted Y and said': the shared subject
    if teller is None or outlet_name(teller, lex) or teller.pos_ == "PRON" and (
        teller.lower_ in ("it", "they")
    ):
        return None
    return verb, teller, outlet


def _told_listener(cue: Token) -> bool:
    """A passive cue of telling without a 'by' agent ('the house, she has been told, no
    longer exists') names only the listener: whoever told her is not named, and the
    sentence's other subjects did not speak."""
    return (
        cue.lemma_.lower() in listener_verbs() and cue.tag_ == "VBN"
        and any(c.dep_ == "nsubjpass" for c in cue.children)
        and not any(c.dep_ == "agent" for c in cue.children)
    )


@cache
def _content_nouns() -> frozenset[str]:
    return frozenset(r["noun"].lower() for r in load_table("quote_span_content_nouns.csv"))


def _noun_content(noun: Token, lex: Lexicon) -> tuple[Attribution, tuple[int, int]] | None:
    """'repeated his argument that the assembly had "paralysed the state"': a speech noun
    with a 'that' clause of its own (not a relative clause: 'the claim that he made' has no
    complementiser) reports that clause. The noun's owner speaks ('his', 'the minister's');
    without one, the subject of the verb that governs the noun ('rejected the claim that')."""
    if noun.lemma_.lower() not in _content_nouns():
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    hosts = [noun]
    for prep in noun.children:
        # 'the claim by opposition leader Mark Tell that ...': the 'by' phrase names the
        # owner, and the parser may hang the clause on that name instead of the noun
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from") and owner is None:
            owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if owner is not None:
                hosts += [owner, owner.head] if owner.head.i != prep.i else [owner]
    clause = next((
        c for h in hosts for c in h.children
        if c.dep_ in ("acl", "ccomp") and c.i > noun.i and c.pos_ in ("VERB", "AUX")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        and any(k.dep_ in _SUBJ for k in c.children)
    ), None)
    if clause is None:
        return None
    doc = noun.doc
    span = _trimmed(doc, clause.left_edge.i, clause.right_edge.i)
    if span is None:
        return None
    verb = noun.head
    if verb.dep_ == "prep" or verb.pos_ == "ADP":
        verb = verb.head
    if owner is not None and owner.pos_ == "PRON" and noun.dep_ == "dobj" and (
        verb.pos_ in ("VERB", "AUX") and verb.i < noun.i
    ):
        # 'Trump repeated his claim that ...': the possessive points back to the subject
        # of the verb that governs the noun, a fuller mention than the pronoun
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN"):
            return Attribution(verb, subj, doc[verb.i : noun.i + 1].text, None), span
    if owner is not None:
        first = doc[min(noun.left_edge.i, owner.left_edge.i)]
        cue_text = doc[first.i : noun.i + 1].text
        return Attribution(noun, owner, cue_text, None), span
    if verb.pos_ not in ("VERB", "AUX") or verb.i > noun.i or noun.dep_ not in ("dobj", "pobj"):
        return None
    if verb.lemma_.lower() in ("comment", "respond", "react") or any(
        c.dep_ in ("compound", "amod") and c.lower_ in ("media", "press", "news")
        for c in noun.children
    ):
        return None  # 'declined to comment on media reports that ...': someone else's claim
    att = attribute(verb, lex)
    if att.speaker is None:
        return None
    cue_text = doc[verb.i : noun.i + 1].text
    return Attribution(verb, att.speaker, cue_text, att.via), span


@cache
def _evidence_verbs() -> frozenset[str]:
    return frozenset(r["lemma"].lower() for r in load_table("quote_span_evidence_verbs.csv"))


def _evidence_participle(tok: Token) -> bool:
    """'certain wavelengths weakened when the planet passed, indicating that ...': a verb of
    evidence as a participle after a comma, with no subject of its own, has the fact just
    stated as its subject; what it introduces is the writer's inference, not reported
    speech ('posts suggesting she was a victim' modifies a noun and still reports)."""
    return (
        tok.tag_ == "VBG" and tok.lemma_.lower() in _evidence_verbs()
        and tok.dep_ in ("advcl", "xcomp", "conj") and tok.i > 0
        and tok.doc[tok.i - 1].text == ","
        and not any(c.dep_ in _SUBJ for c in tok.children)
    )


def _quote_then_comma(d: Found, f: Found, marks: list[MarkSpan], text: str) -> bool:
    """'said, "A", calling it ...': a clause that opens with a whole quotation followed by a
    comma is the quotation misparsed as the cue's complement, not a mixed quotation."""
    if abs(d.start - f.start) > 1:
        return False
    m = next((m for m in marks if m.start == d.start and m.end == d.end), None)
    return m is not None and m.close_at is not None and text[m.outer_end : m.outer_end + 1] in (
        ",", ";"
    )


def _speaks_inside(att: Attribution, clause: Found) -> bool:
    """Is the speaker of a direct quotation a word of the reported clause holding it?

    'said that transit continued "without interruption."': the clause's own subject is what
    the speaker talks about, never the speaker; the clause's cue attributes the words."""
    sp = att.speaker
    return sp is not None and clause.start <= sp.idx < clause.end


_CLOSING = frozenset("\"'\u201d\u2019")


def _cued_inside(d: Found, clause: Found, text: str) -> bool:
    """Does the quotation open inside the reported clause, after words of that clause?

    'said that transit continued "without interruption."', 'said the talks were "difficult
    but alive," adding ...': the quoted words finish the clause, so they are a fragment of
    it (a mixed quotation), however much of the clause they fill and whatever cue the
    parser found for them. A clause that opens with the quotation ('said "We ..."') is
    the quotation misparsed and stays direct."""
    cued = d.attribution is not None or d.source is not None  # ('..." according to X')
    if not cued and (clause.attribution is not None or clause.source is not None):
        # 'According to Onanuga, Tinubu "remains committed to ..."': a quotation with no cue
        # of its own, set after the clause's subject, is the clause's fragment too
        cued = not any(c in ".:;!?" for c in text[clause.start : d.start])
    return cued and d.start < clause.end and any(
        c.isalnum() for c in text[clause.start : d.start]
    )


def _named_after_quote(d: Found, clause: Found, text: str) -> bool:
    """Does a clause open with a quotation whose own cue and named speaker follow it inside
    the clause ('"...," Khoshtaria shouted from the cage, according to journalists')?"""
    att = d.attribution
    if att is None or att.speaker is None or att.speaker.pos_ != "PROPN":
        return False
    return (
        clause.start <= d.start and not any(c.isalnum() for c in text[clause.start : d.start])
        and d.end <= att.speaker.idx < clause.end and d.end <= att.cue.idx < clause.end
    )


def _merge_with_direct(
    found: list[Found], direct: list[Found], marks: list[MarkSpan], text: str
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
            inside = _cued_inside(d, f, text)
            if _named_after_quote(d, f, text):
                # '"...," Khoshtaria shouted, according to journalists': the quotation has
                # its own speaker after it; the clause 'according to' hangs on is that report
                covered = True
                break
            if f.start <= d.start and (d.end <= f.end or inside) and (d.inner or inside):
                absorbed.add(k)  # the reported clause holding the fragment is the quotation
                if d.end > f.end:
                    # 'said the talks were "difficult but alive," adding ...': the clause
                    # ends with the fragment, its closing mark included
                    f.end = d.end + (text[d.end : d.end + 1] in _CLOSING)
                f.kind = "mixed"
                continue
            if overlap >= 0.5 * length or d.start < f.start or _quote_then_comma(d, f, marks, text):
                covered = True
                if f.attribution is not None and (
                    d.attribution is None or _speaks_inside(d.attribution, f)
                ):
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
