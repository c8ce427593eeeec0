"""Direct quotations: quoted spans that are speech, with the cue verb that attributes them.

A quoted span is taken as speech when a cue attributes it: right after the closing mark
('"...," he said', '"..." said Peskov', '"...," Xinhua quoted the spokesman as saying') or right
before the opening mark with nothing but adverbials between ('Peskov said: "..."', 'Trump said on
Friday "..."'). A span without a cue is still speech when it opens its paragraph (a floating
quote, spoken by the previous speaker) or is long and sentence-like. Short spans without an
adjacent cue (scare quotes, titles, nicknames, fragments) are not direct quotes; the indirect
finder may absorb them into a mixed quotation.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from communique.nlp.build import doc_text, doc_tokens, sent_of
from communique.quotes.attribution import (
    Attribution,
    _inherited_subject,
    _left_person,
    according_to,
    attribute,
    relays_someone,
)
from communique.quotes.closing_names import named_tail
from communique.quotes.cues import Lexicon
from communique.quotes.marks import CLOSING_MARKS, OPENING_MARKS, MarkSpan
from communique.quotes.names import epithet_verbs
from communique.resources import load_table

_END = frozenset({".", "!", "?"})
_SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_AFTER_WINDOW = 12
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z\"\u201c\u2018']")
# conjunctions that open a clause of its own after a closing mark
_NEW_CLAUSE = frozenset({"while", "whereas", "although", "though", "whilst"})
# Words a description set off after a name may run to ('X, the U.N. under-secretary-general
# for humanitarian affairs, told ...')
_APPOSITION_WINDOW = 20
_BEFORE_WINDOW = 14
_SHORT = 4  # a span of fewer words needs an adjacent cue to count as a quotation
_LONG = 8  # a span of at least this many words may stand without a cue


@dataclass
class Found:
    """A quotation before speaker resolution; offsets index ``doc_text(doc)``."""

    start: int
    end: int
    kind: str
    attribution: Attribution | None
    floating: bool = False
    source: Token | None = None  # 'according to X' source, when that is the cue
    label: str | None = None  # transcript label ('Costa', 'A') naming the speaker
    # a fragment inside a reported clause ('said Canada had become "..."'): when the clause
    # is found as indirect speech, the clause (a mixed quotation) is the quotation
    inner: bool = False


class TokenIndex:
    """Char offset -> token index, by bisection over token starts."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = [t.idx for t in doc_tokens(doc)]
        # spaCy joins every token again on each ``doc_text(doc)``; the readers of marks, who slice
        # the text around each quote, take it from here
        self.text = doc_text(doc)

    def at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)


def cue_attribution(cue: Token, lex: Lexicon) -> Attribution:
    """The attribution of a cue, seeing through a participle hung off a reported clause.

    'X said the 36 must face charges, adding Iran will ...': the parser attaches 'adding' to
    the reported verb 'face', whose subject ('the 36') did not speak; a speech participle whose
    head is the complement of another cue speaks for that cue's subject.
    """
    att = attribute(cue, lex)
    if _text_that_reads(cue):
        # 'Facebook released a statement which read, in part, "..."': the text speaks for
        # whoever issued it, the subject of the verb whose object it is
        issuer = next((c for c in cue.head.head.children if c.dep_ == "nsubj"), None)
        if cue.head.dep_ == "dobj" and issuer is not None:
            return Attribution(cue, issuer, att.cue_text, att.via)
        return att
    if (name := _participle_of_closing_name(cue, lex)) is not None:
        # '[clause], Minister X said on Friday, calling it "..."': X goes on, not the clause
        return Attribution(cue, name, att.cue_text, att.via)
    head = cue.head
    if head.dep_ == "relcl" and head.head.dep_ in ("dobj", "dative") and any(
        c.lower_ == "that" and c.i < head.i for c in head.children
    ):
        # 'told a briefing that China "..." and accused X of "..."': the reported clause
        # misparsed as a relative clause of the listener; treat it as the cue's complement
        host = head.head.head
    elif head.dep_ == "ccomp":
        host = head.head
    else:
        return att
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return att
    participle = cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp")
    # 'X said "A" and said B': a narrator's verb coordinated with a verb inside the quotation
    # marks is a misparse; the second cue has the first one's subject
    after_quote = cue.dep_ == "conj" and any(
        t.is_quote for t in cue.doc[head.i + 1 : cue.i]
    )
    if not (participle or after_quote):
        return att
    outer = host
    if outer.lemma_.lower() not in lex.indirect_that or outer.pos_ not in ("VERB", "AUX"):
        return att
    reporter = attribute(outer, lex)
    if reporter.speaker is None:
        return att
    return Attribution(cue, reporter.speaker, att.cue_text, reporter.via)


def _is_cue(tok: Token, lex: Lexicon) -> bool:
    """A speech verb of the main clause (not 'which the BBC noted' inside a relative)."""
    return (
        tok.lemma_.lower() in lex.direct
        and tok.pos_ in ("VERB", "AUX")
        and (tok.dep_ not in ("relcl", "acl", "amod") or _text_that_reads(tok))
    ) or _as_put_it(tok) or _phrasal_cue(tok)


@cache
def _phrasal_cues() -> frozenset[tuple[str, str]]:
    """(lemma, particle) of ``quote_phrasal_cues.csv``: 'shot back', 'chimed in'."""
    return frozenset(
        (r["lemma"].lower(), r["particle"].lower()) for r in load_table("quote_phrasal_cues.csv")
    )


def _phrasal_cue(tok: Token) -> bool:
    """'"Professional daw?" Tarriela shot back': a verb that speaks only with its particle
    ('shoot back', 'chime in'), in a main clause with a subject of its own."""
    return tok.pos_ == "VERB" and tok.dep_ not in ("relcl", "acl", "amod") and any(
        c.dep_ in ("prt", "advmod") and (tok.lemma_.lower(), c.lower_) in _phrasal_cues()
        for c in tok.children
    ) and any(c.dep_ == "nsubj" for c in tok.children)


def _text_that_reads(tok: Token) -> bool:
    """'a banner that read "...", 'the message, which read "..."', 'signs reading "..."':
    a text described by what it reads is quoted word for word, though the verb sits in a
    relative clause or participle on the text's noun ('the book he read' has a subject of
    its own and reads nothing out)."""
    if tok.lower_ not in _READ_FORMS | {"reading"}:
        return False
    if tok.dep_ == "acl":
        return tok.tag_ == "VBG"
    return tok.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in tok.children
    )


def _as_put_it(tok: Token) -> bool:
    """'As his sister put it, "..."' / '"...," as one witness put it': the idiom 'as X put
    it' attributes the words beside it to X, though 'put' alone is no speech verb."""
    return (
        tok.lemma_.lower() == "put" and tok.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        and any(c.dep_ == "nsubj" for c in tok.children)
    )


def _source_cue(tok: Token, lex: Lexicon) -> bool:
    """'according to X' names a source, unless X is an outlet relaying someone else."""
    return according_to(tok) is not None and not relays_someone(tok, lex)


def _after(doc: Doc, index: TokenIndex, m: MarkSpan, limit: int, lex: Lexicon) -> Token | None:
    """Cue in the words after the closing mark, unless a new sentence starts there.

    '"... prayers." President Duda remarked, "..."' : the quote closed its own sentence and
    the next sentence introduces the next quote, so a full stop inside the marks followed by a
    capital ends the search (the '"...," he said' convention uses a comma instead).
    """
    if m.close_at is None:
        return None
    content = index.text[m.start : m.end].rstrip()
    rest = index.text[m.outer_end : m.outer_end + 3].lstrip(" ")
    tagged = False
    if content.endswith((".", "!", "?", "\u2026")) and rest[:1].isupper():
        if not (content.endswith(("?", "!")) and _closing_tag(index.text, m.outer_end)):
            return None
        tagged = True  # '"...?" Murphy asked.'
    i = index.at(m.outer_end - 1) + 1
    for k in range(i, min(len(doc), i + _AFTER_WINDOW)):
        tok = doc[k]
        if tok.idx >= limit or (tok.is_space and "\n" in tok.text) or _ends(tok):
            break
        if tok.lower_ in _NEW_CLAUSE and tok.pos_ == "SCONJ":
            break  # '... "has only changed its address", while Dr. Jaishankar stressed ...':
            # the verb after 'while' is another speaker's, of another clause
        if _subject_before(tok, m):
            break  # 'The trial, named for the phrase "save lives," began ...': no speaker
        if tagged and any(c.dep_ == "neg" for c in tok.children):
            return None  # '"What is the plan?" The minister did not answer.'
        if _is_cue(tok, lex) or _source_cue(tok, lex) or (k == i and _inverted_cue(tok, lex)):
            return tok
        if k - i <= 3 and _manner_cue(tok):
            return tok
    return None if tagged else _after_apposition(doc, i, limit, lex)


def _announces(cue: Token) -> bool:
    """Does a cue end with a colon that opens the next quotation ('Peskov said: "...')?"""
    doc = cue.doc
    return cue.i + 2 < len(doc) and doc[cue.i + 1].text == ":" and doc[cue.i + 2].is_quote


def _closing_tag(text: str, end: int) -> bool:
    """'"... Yes or no?" Murphy asked.': a question or exclamation takes no comma before
    its attribution, so a capital after it may still open a short tag that closes the
    sentence. The tag ends at a full stop within a few words and opens no quotation of its
    own; '"... prayers." President Duda remarked, "..."' introduces the next quote instead."""
    stop = re.search(r"\.(?:\s|$)", text[end : end + 80])
    if stop is None:
        return False
    tag = text[end : end + stop.start()]
    return "\n" not in tag and len(tag.split()) <= 10 and not any(
        c in OPENING_MARKS or c in CLOSING_MARKS for c in tag
    )


def _after_apposition(doc: Doc, i: int, limit: int, lex: Lexicon) -> Token | None:
    """'"...," Tom Fletcher, the U.N. under-secretary-general for humanitarian affairs, told
    the council': a name right after the closing mark and a long description set off by
    commas put the cue beyond the usual window; it is the verb right after the second
    comma."""
    k = i
    while k < len(doc) and k - i < 4 and doc[k].pos_ == "PROPN" and doc[k].is_title:
        k += 1
    if k == i or k >= len(doc) or doc[k].text != ",":
        return None
    for j in range(k + 1, min(len(doc) - 1, k + 1 + _APPOSITION_WINDOW)):
        tok = doc[j]
        if tok.idx >= limit or (tok.is_space and "\n" in tok.text) or _ends(tok):
            return None
        if tok.text == ",":
            cue = doc[j + 1]
            return cue if _is_cue(cue, lex) else None
    return None


def _inverted_cue(tok: Token, lex: Lexicon) -> bool:
    """'"Order! Order!" bellowed Sir Lindsay': a speech verb right after the closing mark
    that the parse read as an adjective of the name after it."""
    return (
        tok.dep_ == "amod" and tok.tag_ in ("VBD", "VBN") and tok.lemma_.lower() in lex.direct
        and tok.head.i > tok.i and tok.head.pos_ == "PROPN"
        and all(t.pos_ == "PROPN" for t in tok.doc[tok.i + 1 : tok.head.i + 1])
    )


def _subject_before(tok: Token, m: MarkSpan) -> bool:
    """Does a verb after a closing mark have its subject before the opening mark?

    Then the quoted words sit inside the subject's phrase ('The PALM trial, for the phrase
    "together save lives," began last November') and the verb says what the subject did;
    in '"...," she said' the speaker comes after the quotation, or the verb has none."""
    return tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.idx < m.open_at for c in tok.children
    )


def _ends(tok: Token) -> bool:
    """A sentence-final mark, not the full stop of 'Lt.' or 'Col.' in a title."""
    if tok.text not in _END:
        return False
    if tok.text == "." and tok.i > 0:
        prev = tok.doc[tok.i - 1]
        if not prev.whitespace_ and prev.is_title and len(prev.text) <= 4:
            return False
    return True


def _manner_cue(tok: Token) -> bool:
    """'"...," fumed Mayor Patty Kowalski' / '"...," she snapped': any past-tense verb that
    heads the attribution right after the closing mark, with its subject beside it."""
    if tok.tag_ not in ("VBD", "VBZ") or tok.dep_ not in ("ROOT", "parataxis", "ccomp"):
        return False
    if tok.lemma_.lower() in ("be", "have", "do") or tok.pos_ == "AUX":
        return False  # 'what a "biosignature gas" is': a copula or auxiliary speaks no words
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or abs(subj.i - tok.i) > 4:
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "attr", "acomp", "xcomp")]
    return not objects


def _reporting_cue(verb: Token, lex: Lexicon) -> Token:
    """The cue that reports the clause a verb before a colon closes: in 'X told Discover
    Magazine the frequency ... suggested a pattern frogs fell into as circumstances arose:
    "..."' the words after the colon are X's, not the circumstances'. A verb that is no cue
    itself and stands inside the reported clause of cues before it gives way to the
    outermost of them."""
    if _is_cue(verb, lex):
        return verb
    head, steps, outer = verb, 0, verb
    while head.head.i != head.i and steps < 5:
        head, steps = head.head, steps + 1
        if head.i < verb.i and _is_cue(head, lex) and head.lemma_.lower() in lex.indirect:
            outer = head  # (the outermost: 'told' over the 'suggested' it reports)
    return outer


@cache
def _issuing_verbs() -> frozenset[str]:
    """Verbs whose subject issues the statement they take ('made the following
    announcement:'), see ``quote_issuing_verbs.csv``."""
    return frozenset(r["lemma"].lower() for r in load_table("quote_issuing_verbs.csv"))


def _before(doc: Doc, index: TokenIndex, m: MarkSpan, floor: int, lex: Lexicon) -> Token | None:
    i = index.at(m.open_at) - 1
    seen_verb = False
    if index.text[: m.open_at].rstrip().endswith(":"):
        # 'She sobbed: "..."' -- a verb with a subject right before a colon introduces speech
        k = i
        while k >= 0 and (doc[k].is_punct or doc[k].is_space):
            k -= 1
        if k >= 0 and doc[k].dep_ == "prt" and doc[k].head.i == k - 1:
            k -= 1  # 'One reporter followed up: "..."': the verb of a phrasal verb
        if k >= 0 and doc[k].pos_ == "VERB" and any(c.dep_ == "nsubj" for c in doc[k].children):
            return _reporting_cue(doc[k], lex)
        if k >= 0 and doc[k].pos_ in ("ADJ", "ADV", "NOUN") and doc[k].dep_ in (
            "acomp", "advmod", "attr"
        ) and doc[k].tag_ in ("JJ", "JJR", "RB", "RBR", "NN") and (
            doc[k].head.lemma_ == "be" and (
                any(c.dep_ == "nsubj" for c in doc[k].head.children)
                # ('At his press conference, Cabinet Chief Manuel Adorni was categorical:'
                # with the name hung on the opening phrase: the name right before the verb)
                or (doc[k].head.i > 0 and doc[doc[k].head.i - 1].ent_type_ == "PERSON")
            )
        ):
            # 'Tom, a retired firefighter, was blunter: "..."', 'The senator was defiant:':
            # a verdict on the subject's manner, then the words themselves
            return doc[k].head
        for_whom = k >= 2 and doc[k].dep_ == "pobj" and doc[k].head.lower_ == "for" and (
            doc[k].head.head.dep_ == "dobj" and doc[k].head.head.head.lemma_ == "have"
        )  # 'He had a simple message for the unions:': who has a message for someone gives it
        if for_whom:
            k = doc[k].head.head.i
        if k >= 0 and doc[k].pos_ == "NOUN" and doc[k].dep_ == "dobj" and (
            doc[k].lemma_.lower() in lex.cue_nouns or doc[k].lemma_.lower() in lex.documents
        ) and (doc[k].head.lemma_.lower() in _issuing_verbs() or for_whom) and any(
            c.dep_ == "nsubj" for c in doc[k].head.children
        ):
            # 'The ministry made the following announcement: "..."', 'She posted a message:':
            # whoever issues the statement says the words after the colon
            return doc[k].head
        if k >= 1 and doc[k].lower_ in _READ_FORMS and doc[k - 1].pos_ in ("NOUN", "PROPN"):
            # 'A post on the company's account read: "..."': the parser took 'read' for a
            # noun of a compound, but a text that reads is quoted word for word
            return doc[k]
    for k in range(i, max(-1, i - _BEFORE_WINDOW), -1):
        tok = doc[k]
        if tok.idx < floor or (tok.is_space and "\n" in tok.text) or _ends(tok):
            break
        if _is_cue(tok, lex) and not seen_verb:
            return tok
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            seen_verb = True
    return None


_READ_FORMS = frozenset({"read", "reads"})


_EPITHET_WORDS = 6  # a name given is short; a longer stretch is somebody's words


def _epithet(doc: Doc, index: TokenIndex, m: MarkSpan) -> bool:
    """Is the stretch in marks a name a naming verb gives its object ('dubbed the project the
    "legacy road"', 'which ministers call the "BritCard"')? Not after 'what' ('what he called
    the "truly extraordinary" efforts' is his characterisation)."""
    i = index.at(m.open_at) - 1
    if i < 1 or doc[i].lower_ != "the" or len(index.text[m.start : m.end].split()) > _EPITHET_WORDS:
        return False
    after = index.at(m.outer_end) if m.outer_end < len(index.text) else None
    if after is not None and doc[after].pos_ in ("NOUN", "PROPN") and doc[after].idx >= m.outer_end:
        return False  # 'called the "deeply flawed" report a distraction': a modifier in marks
    for k in range(i - 1, max(-1, i - 8), -1):
        tok = doc[k]
        if _ends(tok) or tok.text in (";", ":") or (tok.is_space and "\n" in tok.text):
            return False
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            always = epithet_verbs().get(tok.lemma_.lower())
            if always is None or any(t.lower_ == "what" for t in doc[max(0, k - 4) : i]):
                return False
            # ('the scheme, which ministers call the "..."' names the scheme the relative
            # stands for; 'who has branded the affair the "..."' is one man's verdict)
            named_object = any(
                c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children
            )
            return always or (tok.dep_ == "relcl" and not named_object) or _group_names(tok)
    return False


def _group_names(verb: Token) -> bool:
    """Is the subject of a naming verb a group ('critics have branded', 'delegates have
    taken to calling')? A group's name for a thing is a label; one speaker's is a verdict."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("xcomp", "pcomp", "advcl"):
        top = verb.head
        while top.dep_ in ("xcomp", "pcomp", "prep") and top.head is not top:
            top = top.head
        subj = next((c for c in top.children if c.dep_ == "nsubj"), None)
    return subj is not None and (
        subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "some", "many")
    )


_DISPLAY_ENDS = frozenset({"reading", "read", "saying"})  # 'banners reading "..."'


def _scare(text: str, open_at: int, lex: Lexicon, depth: int = 0) -> bool:
    """Is the mark announced as a name or term ('so-called', 'dubbed', 'the book')? So is
    a slogan coordinated with one on a banner ('banners reading "No to war" and "Sudan is
    one"'); a quotation after a coordinated term stays one ('the so-called "reset" and "a
    new chapter," as the minister put it')."""
    words = text[max(0, open_at - 40) : open_at].lower().split()
    if any(len(words) >= len(p) and tuple(words[-len(p) :]) == p and (
        depth == 0 or p[-1] in _DISPLAY_ENDS
    ) for p in lex.scare):
        return True
    base = max(0, open_at - 80)
    before = text[base:open_at].rstrip()
    for joint in (" and", " or", ","):
        if depth < 2 and before.lower().endswith(joint):
            rest = before[: len(before) - len(joint)].rstrip()
            if rest and rest[-1] in CLOSING_MARKS:
                opening = max(rest.rfind(c, 0, len(rest) - 1) for c in OPENING_MARKS)
                if opening >= 0:
                    return _scare(text, base + opening, lex, depth + 1)
    return False


def _introduces(doc: Doc, index: TokenIndex, m: MarkSpan, cue: Token) -> bool:
    """'X said: "' / 'X said, "': the cue ends right before the opening mark."""
    gap = [t for t in doc[cue.i + 1 : index.at(m.open_at)] if not t.is_space]
    return bool(gap) and all(t.is_punct for t in gap) and gap[-1].text in (",", ":")


def _subordinate_after(
    doc: Doc, index: TokenIndex, m: MarkSpan, before: Token, after: Token
) -> bool:
    """'A woman stood up and shouted "You have blood on your hands!" as Rubio began
    answering': a cue right before the opening mark owns the words when the cue after them
    is in a clause of its own opened by a subordinator ('as', 'when'), which tells the
    moment, not the speaker."""
    if any(not t.is_space for t in doc[before.i + 1 : index.at(m.open_at)]):
        return False
    close = index.at(m.outer_end - 1)
    return any(c.dep_ == "mark" and close < c.i < after.i for c in after.children)


def _adjacent(doc: Doc, index: TokenIndex, m: MarkSpan, cue: Token, after: bool) -> bool:
    """Cue right next to the marks: '"No," he said' or 'He said: "No."'."""
    if after:
        close = index.at(m.outer_end - 1)
        return cue.i - close <= 4
    before = index.text[: m.open_at].rstrip()
    if any(t.tag_ in ("WP", "WRB", "WDT") for t in doc[cue.i + 1 : index.at(m.open_at)]):
        return False  # 'describe what a "tidal lock" is': a term asked about, not words said
    return before.endswith((":", ",")) or index.at(m.open_at) - cue.i <= 6


def _characterised(
    doc: Doc, index: TokenIndex, m: MarkSpan, lex: Lexicon
) -> tuple[Token, bool] | None:
    """The verb whose subject characterises something in the quoted words.

    'Mitsotakis called the agreement "null and void"', 'Trump attacked it as "Witch Hunt
    garbage"', 'she praised him as "a man who understands ..."': the quoted fragment is an
    argument of a verb whose subject is a person, body or pronoun, so the fragment is that
    subject's words even though the verb is not a speech verb. The flag says the verb is a
    reporting verb above the fragment's own clause (see ``_reporting_verb``).
    """
    lo, hi = index.at(m.start), index.at(m.end - 1)
    root = next((t for t in doc[lo : hi + 1] if not lo <= t.head.i <= hi), None)
    head = root.head if root is not None else None
    if root is not None and head is not None and root.pos_ in ("NOUN", "PROPN") and (
        head.i > hi and head.pos_ in ("NOUN", "PROPN") and head.i - hi <= 2
    ):
        # 'launched a "digital passport" scheme': a noun term naming the noun after it (an
        # evaluation, 'condemned the "reckless and provocative" drills', stays the subject's)
        return None
    for _ in range(4):
        if head is None:
            return None
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("aux", "auxpass"):
            break
        head = head.head if head.dep_ in ("pobj", "prep", "dobj", "oprd", "attr", "appos") else None
    if head is None or head.pos_ not in ("VERB", "AUX") or head.lemma_ == "be":
        return None
    outer = _reporting_verb(head, lex)
    if outer is not None:
        return outer, True
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ == "WDT" and head.dep_ == "relcl":
        subj = head.head  # 'a final communique that also voiced "serious concern"'
    if subj is None or _named_term(doc, m, head, lex):
        return None
    if subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subj.lower_ in _SPEAKING_PRONOUNS:
        return head, False
    verb = head.lemma_.lower()
    if subj.pos_ == "NOUN" and subj.lemma_.lower() in lex.documents and head.tag_ != "VBN" and (
        verb in lex.characterising or verb in lex.direct or verb in lex.indirect
    ):  # 'The joint statement expressed "grave concern"': a document's words are its
        # author's, whom the speaker resolution finds; only through a verb of saying
        # ('The proposals would shift billions of "policy costs"' is the writer's term)
        return head, False
    # 'The mayor of London, Sadiq Khan, thanked "..."': a role or body noun, or one with a
    # named apposition, is someone who can be quoted
    if subj.pos_ == "NOUN" and (
        subj.lemma_.lower() in lex.roles or subj.lemma_.lower() in lex.bodies
        or any(c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG") for c in subj.children)
    ):
        return head, False
    return None


def _named_term(doc: Doc, m: MarkSpan, verb: Token, lex: Lexicon) -> bool:
    """'What would she do with the ‘Irish Sea border’', 'she would scrap the ‘Green Deal’':
    a capitalised term after 'the', taken by a verb that neither speaks nor characterises,
    is the name of a thing, not the subject's words ('what he calls the "Rohingya fatigue"'
    characterises, and stays a quotation)."""
    text = doc_text(doc)
    lemma = verb.lemma_.lower()
    after_the = text[: m.open_at].endswith(("the ", "The "))
    return after_the and text[m.start : m.start + 1].isupper() and (
        lemma not in lex.characterising and lemma not in lex.direct and lemma not in lex.indirect
    )


def _embedded_report(doc: Doc, index: TokenIndex, m: MarkSpan, lex: Lexicon) -> Token | None:
    """The reporting verb before the marks whose reported clause the marks open inside.

    Only for marks that open mid-clause (after 'that the states'), so a quotation that is
    a sentence of its own ('"...," she said') keeps its cue after the marks.
    """
    if not m.closed:
        return None
    lo, hi = index.at(m.start), index.at(m.end - 1)
    root = next((t for t in doc[lo : hi + 1] if not lo <= t.head.i <= hi), None)
    if root is None or root.pos_ not in ("VERB", "AUX") or root.dep_ != "ccomp":
        return None
    verb = root.head
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or not (lemma in lex.indirect_that or lemma in lex.direct):
        return None
    # the clause must start before the marks ('that the states "will ..."'): its subject
    # or complementiser is outside them
    if verb.i >= lo or min(t.i for t in root.subtree) >= lo:
        return None
    return verb


def _reporting_verb(verb: Token, lex: Lexicon) -> Token | None:
    """The speech verb whose report holds ``verb``, when ``verb`` only carries the words.

    'Lee said Canada had become "a back door for cheap steel"': the fragment is what Lee said
    about Canada, not Canada's words, so the outer 'said' (and its subject) attributes it;
    'Beijing vowed to take "all necessary measures"': an infinitive under a speech verb
    ('vowed', 'pledged', 'urged X') carries the speaker's own words. Walking up the clauses
    ('ccomp' into a reporting verb, 'xcomp' into a speech verb, through coordinated and
    infinitival links), the first speech verb wins. A verb that is itself speech or
    characterisation ('he said the crowd chanted "..."', 'said she called it "..."') keeps
    its own subject as the speaker.
    """
    lemma = verb.lemma_.lower()
    if lemma in lex.direct or lemma in lex.characterising:
        return None
    tok = verb
    for _ in range(4):
        up = tok.head
        if up.i == tok.i or tok.dep_ not in ("ccomp", "xcomp", "conj"):
            return None
        if up.pos_ in ("VERB", "AUX"):
            up_lemma = up.lemma_.lower()
            if tok.dep_ == "ccomp" and up_lemma in lex.indirect_that:
                return up
            if tok.dep_ == "xcomp" and up_lemma in lex.direct:
                return up
        tok = up
    return None


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CHARACTERISING_WINDOW = 20


def _characteriser(verb: Token, lex: Lexicon) -> Token | None:
    """Who characterises in 'X called it "..."': the subject, the 'by' agent of a passive
    ('was described by the Daily Hive as "..."'), the subject a participle inherits
    ('condemned the act, citing it as "..."'), or the person named before a verb the parser
    left without one. A passive with no agent ('was described as "..."') has no speaker, nor
    has an attributive participle ('a song called "..."')."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    host = verb.head
    if subj is None and verb.dep_ == "conj" and host.dep_ == "ccomp" and (
        host.head.lemma_.lower() in lex.direct
    ):  # 'X said A was "...", but praised B as "..."': hung on the reported verb, X praises
        subj = next((c for c in host.head.children if c.dep_ == "nsubj"), None)
    if subj is None:  # '[clause], Minister X said on Friday, calling the outcome "..."'
        subj = _participle_of_closing_name(verb, lex)
    if subj is None and verb.dep_ == "xcomp":
        # 'Backlash led Biden to express "..."', 'urged the envoy to describe it as "..."':
        # an infinitive after an object is that object's act, not the subject's
        subj = next((c for c in host.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        subj = _document_issuer(verb.head, lex)
    if subj is None and (verb.tag_ == "VBG" or verb.dep_ in ("conj", "xcomp")):
        subj = _inherited_subject(verb)
    if subj is None and _comma_acl(verb):
        subj = verb.head  # 'Musk, writing on X, called Altman "..."' misparsed as a modifier
        if not any(t.text == "," for t in verb.doc[subj.i + 1 : verb.i - 1]):
            subj = sent_of(verb).root  # ('The leader, X, whose party voted ..., accused')
    if subj is None and (verb.dep_ in ("relcl", "ROOT", "conj") or verb.tag_ == "VBD"):
        subj = _left_person(verb)  # a tensed verb misparsed as a noun's modifier
    if subj is None or subj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    # a characterising verb needs someone to characterise: any nominal subject is taken as
    # speaking ('The report described it as "..."' quotes the report)
    return subj


def _document_issuer(noun: Token, lex: Lexicon) -> Token | None:
    """Who issued the statement a participle describes: 'X has issued a statement expressing
    "..."', 'X said in a letter expressing "..."'. The subject of the verb whose object (or
    whose 'in' phrase) is a document or statement noun, else None."""
    low = noun.lemma_.lower()
    if low not in lex.documents and low not in lex.cue_nouns:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("in", "through", "via"):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _participle_of_closing_name(cue: Token, lex: Lexicon) -> Token | None:
    """The speaker of a participle set off after a cue that closes its clause with a name
    ('..., Minister X said on Friday, calling it "..."'), however the parse hung it (on the
    cue or on the reported clause's verb)."""
    doc = cue.doc
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "xcomp") or cue.i < 3 or (
        doc[cue.i - 1].text != ","
    ):
        return None
    for k in range(cue.i - 2, max(sent_of(cue).start, cue.i - 8) - 1, -1):
        tok = doc[k]
        if tok.pos_ in ("VERB", "AUX"):
            named = named_tail(tok, lex)
            return named[1] if named is not None else None
        if tok.is_punct or tok.is_quote:
            return None
    return None


def _comma_acl(verb: Token) -> bool:
    """'Musk, writing on X through his lawyers, called Altman "..."': the main verb after an
    aside the parser read as a participle modifying the subject. It follows a comma that
    closes the aside and takes an object of its own, which a true modifier ('tankers
    described as part of the "shadow fleet"', passive, no object) does not."""
    head = verb.head
    return (
        verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.i > 0
        and verb.doc[verb.i - 1].text == "," and head.i < verb.i
        and head.pos_ in ("PROPN", "NOUN", "PRON")
        and any(c.dep_ in ("dobj", "oprd") and c.i > verb.i for c in verb.children)
        and (any(t.text == "," for t in verb.doc[head.i + 1 : verb.i - 1]) or (
            # 'The leader, X, whose party voted against the bill, accused Y of "..."':
            # the verb hung on the relative clause's last noun, the sentence a verbless root
            sent_of(verb).root.pos_ in ("NOUN", "PROPN") and sent_of(verb).root.i < head.i
        ))
    )


def _characterising(doc: Doc, index: TokenIndex, m: MarkSpan, lex: Lexicon) -> Attribution | None:
    """A quoted fragment in a characterising frame: 'called the agreement "null and void"',
    'dismissed it as "a slogan"', 'which the New York Times called "..."'.

    Reading back from the opening mark within the clause (no sentence end, semicolon or
    colon, and no other tensed verb on the way), the first verb of
    ``quote_characterising_verbs.csv`` with a speaker takes the fragment; verbs marked
    ``needs_as`` only through an 'as' ('referred to the vote as "..."'). Unlike a scare quote
    or a name ('a song called "..."', 'known as "..."', 'was described as "..."'), the
    fragment then has someone who said it.
    """
    i = index.at(m.open_at) - 1
    if i < 0:
        return None
    floor = sent_of(doc[i]).start
    saw_as = False
    for k in range(i, max(floor - 1, i - _CHARACTERISING_WINDOW), -1):
        tok = doc[k]
        if tok.text in (";", ":") or _ends(tok) or (tok.is_space and "\n" in tok.text):
            return None
        if tok.lower_ == "as":
            saw_as = True
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in lex.characterising:
            if lex.characterising[lemma] and not saw_as:
                return None
            speaker = _characteriser(tok, lex)
            if speaker is None or m.open_at <= speaker.idx < m.outer_end:
                return None
            return Attribution(tok, speaker, tok.text, None)
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ in _FINITE_TAGS and tok.dep_ not in (
            "aux", "auxpass"
        ) and not (m.open_at <= tok.idx < m.outer_end):
            return None
    return None


_HEADLINE_WORDS = 16  # a headline or live-blog entry line is short


# a live blog's time stamp ('14:05', '2.30pm', '09:15 GMT') and/or a bullet, then a dash,
# bar or spaces before the entry proper
_LEAD = re.compile(
    r"\s*(?:(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?(?:GMT|UTC|WIB|WITA|[A-Z]{1,4}T))?|[\u2022\u25aa\u00b7*\-])"
    r"\s*[\u2014\u2013\-|:]?\s+)+"
)


def _label(doc: Doc, index: TokenIndex, m: MarkSpan, para_start: int) -> Token | None:
    """Headline-style 'Ukrainian foreign minister: "We need ..."': the label speaks. A live
    blog's leading timestamp or bullet ('14:05 — WHO chief: "..."') is not part of it."""
    text = doc_text(doc)
    lead = _LEAD.match(text, para_start, m.open_at)
    if lead:
        para_start = lead.end()
    before = text[para_start : m.open_at].rstrip()
    label_end = m.open_at
    if not before.endswith(":"):
        # 'Hamas official: weapons 'not on the table'': a headline whose label is followed
        # by a few words of its own before the quoted ones; only in a short line with no
        # verb outside the marks
        colon = re.search(r":\s", before)
        para_end = text.find("\n", m.open_at)
        line = text[para_start : len(text) if para_end < 0 else para_end]
        if colon is None or len(line.split()) > _HEADLINE_WORDS:
            return None
        middle = doc[index.at(para_start + colon.end()) : index.at(m.open_at)]
        if len(middle) > 4 or any(
            t.pos_ in ("VERB", "AUX") or t.text in (".", "!", "?", ";") for t in middle
        ) or any(t.pos_ in ("VERB", "AUX") for t in doc[index.at(m.outer_end) : index.at(
            para_start + len(line)
        )]):
            return None
        label_end = para_start + colon.start() + 1
    toks = [t for t in doc[index.at(para_start) : index.at(label_end)] if not t.is_space]
    words = [t for t in toks if not t.is_punct]
    if not words or len(words) > 6 or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    ids = {t.i for t in words}
    root = next((t for t in words if t.head.i not in ids or t.head.i == t.i), None)
    return root if root is not None and root.pos_ in ("NOUN", "PROPN") else None


_CLINGING = "?"


def _is_title(content: str) -> bool:
    """Every word capitalised except short function words: a title or name, not speech."""
    # (a word keeps its letters when punctuation clings to it: 'daw?' in "Professional daw?
    # Tatlong sugatan, professional?" is a lower-case word of a sentence, not left out)
    words = [w for w in (
        w.strip(_CLINGING) for w in content.replace(".", " ").split()
    ) if w.isalpha()]
    if len(words) >= 3 and all(w.isupper() for w in words):
        return False  # 'I WON THIS ELECTION': shouting (a tweet in capitals), not a title
    small = {"of", "the", "and", "for", "in", "on", "vs", "v", "a", "an", "to", "at", "de"}
    # at least one capitalised word: 'a non-starter' leaves only 'a' to look at
    return any(w[0].isupper() for w in words) and all(
        w[0].isupper() or w.lower() in small for w in words
    )


def _whole_sentences(text: str, m: MarkSpan) -> bool:
    """A paragraph that is nothing but closed marks around words ending a sentence ('"Atin
    'yan. Hindi nila kami mapapaalis."', '"Teachers. Doctors. Judges."'): speech, though the
    parser finds no verb in words of another language or in a string of fragments."""
    if not m.closed or m.close_at is None:
        return False
    rest = text[m.outer_end :].split("\n", 1)[0]
    return not rest.strip() and text[m.start : m.end].rstrip().endswith((".", "!", "?", "\u2026"))


def _sentence_like(doc: Doc, index: TokenIndex, m: MarkSpan) -> bool:
    inner = doc[index.at(m.start) : index.at(m.end - 1) + 1]
    return any(t.pos_ in ("VERB", "AUX") for t in inner)


def find_direct(doc: Doc, marks: list[MarkSpan], starts: list[int], lex: Lexicon) -> list[Found]:
    """Attribute each quoted span or drop it (scare quotes, titles, stray fragments)."""
    index = TokenIndex(doc)
    text = doc_text(doc)
    found: list[Found] = []
    last: tuple[MarkSpan, Found] | None = None  # last quote attributed by a cue after it
    accepted: dict[int, Found] = {}  # mark index -> the quotation found for it
    for n, m in enumerate(marks):
        if found and n and n - 1 not in accepted and found[-1].end == marks[n - 1].end:
            accepted[n - 1] = found[-1]
        content = text[m.start : m.end]
        words = len(content.split())
        if words < 2 and not _split_opening(doc, index, marks, n, lex):
            continue  # one word in marks is a term, not speech
        if m.closed and _epithet(doc, index, m):
            continue  # 'fans dubbed the moment the "invisible cup"': a name given
        if _scare(text, m.open_at, lex):
            # 'which the Times called "..."' is the Times's words; 'a song called "..."' a name
            att = _characterising(doc, index, m, lex) if m.closed else None
            if att is not None and not _is_title(content):
                new = [Found(a, b, "direct", att) for a, b in (m.pieces or ((m.start, m.end),))]
                found.extend(new)
                last = (m, new[-1])
            continue
        if _is_title(content) and not _sentence_like(doc, index, m) and not _tribute(
            doc, index, marks, n, lex
        ):
            continue  # 'Radio Control Law', 'Smith vs. Jones': a name in marks
        prev_end = marks[n - 1].outer_end if n else 0
        next_open = marks[n + 1].open_at if n + 1 < len(marks) else len(text)
        para_start = starts[bisect.bisect_right(starts, m.open_at) - 1]
        opens_paragraph = not text[para_start : m.open_at].strip()
        after_cue = _after(doc, index, m, next_open, lex)
        before_cue = None if opens_paragraph else _before(doc, index, m, prev_end, lex)
        cue, is_after = (after_cue, True) if after_cue is not None else (before_cue, False)
        if before_cue is not None and (_introduces(doc, index, m, before_cue) or (
            after_cue is not None and _subordinate_after(doc, index, m, before_cue, after_cue)
        )):
            cue, is_after = before_cue, False  # 'Peers said, "..."' beats a later participle
        pieces = m.pieces or ((m.start, m.end),)
        # '..., who called the stance "a problem for the whole Union," Peskov said: "..."': a
        # cue that announces the next quotation with its colon is not this fragment's; the
        # verb that characterised it before is
        announced = after_cue is not None and is_after and _announces(after_cue) and m.closed
        characterised = _characterising(doc, index, m, lex) if announced else None
        if characterised is not None:
            new = [Found(a, b, "direct", characterised) for a, b in pieces]
            found.extend(new)
            last = (m, new[-1])
            continue
        embedded = _embedded_report(doc, index, m, lex) if is_after and before_cue is None else None
        if embedded is not None:
            # 'X, who told TV that the states "will never return", she paused': words quoted
            # inside the clause a speech verb reports are that verb's, not the later cue's
            new = [Found(a, b, "direct", attribute(embedded, lex), inner=True) for a, b in pieces]
            found.extend(new)
            last = (m, new[-1])
            continue
        if cue is not None and (words >= _SHORT or _adjacent(doc, index, m, cue, is_after)):
            src = according_to(cue) if cue.lower_ == "according" else None
            att = _outside(cue_attribution(cue, lex), m, marks) if src is None else None
            if att is not None and cue.lemma_.lower() in lex.characterising:
                att = _not_characterised(att)
            new = [Found(a, b, "direct", att, source=src) for a, b in pieces]
            found.extend(new)
            last = (m, new[-1])
            continue
        prev = accepted.get(n - 1)
        if prev is not None and m.closed and _coordinated(
            text[marks[n - 1].outer_end : m.open_at]
        ):
            # 'talked of his "countless discoveries" and "his global leadership"': a fragment
            # coordinated with a quotation is the same speaker's words
            found.extend(
                Found(a, b, "direct", prev.attribution, prev.floating, prev.source, prev.label)
                for a, b in pieces
            )
            accepted[n] = found[-1]
            continue
        if not m.closed and not opens_paragraph:
            continue
        if last is not None and last[1].attribution is not None and _continues(last, m, starts):
            # '"A," she said. "B."' -- B belongs to the speaker who said A
            found.extend(Found(a, b, "direct", last[1].attribution) for a, b in pieces)
            continue
        label = _label(doc, index, m, para_start) if not opens_paragraph else None
        if label is not None:
            att = Attribution(label, label, "", None)
            found.extend(Found(a, b, "direct", att) for a, b in pieces)
            continue
        if words >= 2 and not content.istitle() and m.closed:
            hit = _characterised(doc, index, m, lex)
            if hit is not None:
                verb, inner = hit
                new = [
                    Found(a, b, "direct", attribute(verb, lex), inner=inner) for a, b in pieces
                ]
                found.extend(new)
                last = (m, new[-1])
                continue
            att = _characterising(doc, index, m, lex)
            if att is not None:
                new = [Found(a, b, "direct", att) for a, b in pieces]
                found.extend(new)
                last = (m, new[-1])
                continue
        if (opens_paragraph and words >= _SHORT or words >= _LONG) and (
            _sentence_like(doc, index, m) or (opens_paragraph and _whole_sentences(text, m))
        ):
            found.extend(Found(a, b, "direct", None, floating=True) for a, b in pieces)
    return found


_COORDINATED = re.compile(r"\s*,?\s*(and|or)\s+((a|an|the|his|her|its|their)\s+)?$")


def _coordinated(between: str) -> bool:
    """Is the text between two quotations just a coordinator ('" and "', '" or a "')?"""
    return _COORDINATED.fullmatch(between) is not None


def _split_opening(
    doc: Doc, index: TokenIndex, marks: list[MarkSpan], n: int, lex: Lexicon
) -> bool:
    """'"Overall," he continued, "the presence of water ..."': the first part of a quotation
    split by its attribution is speech however short it is. It opens its sentence, and the
    attribution (a cue right after the closing mark) is all that stands between it and the
    next opening mark, ending with a comma."""
    m = marks[n]
    if m.close_at is None or n + 1 >= len(marks):
        return False
    content = doc_text(doc)[m.start : m.end].rstrip()
    between = doc_text(doc)[m.outer_end : marks[n + 1].open_at]
    if not (content.endswith(",") or between.startswith(",")) or len(between) > 60:
        return False
    if "\n" in between or any(c in between for c in ".!?;:") or not between.rstrip().endswith(","):
        return False
    sent = sent_of(doc[index.at(m.open_at)])
    if doc_text(doc)[sent.start_char : m.open_at].strip():
        return False  # 'The name "Hope," she said, "was ..."': a word quoted mid-sentence
    return _after(doc, index, m, marks[n + 1].open_at, lex) is not None


def _tribute(doc: Doc, index: TokenIndex, marks: list[MarkSpan], n: int, lex: Lexicon) -> bool:
    """'"RIP Big Man," tweeted the club's captain', '"Best of luck," says X': words that
    open their sentence, close with a comma inside the marks and are followed straight away
    by a cue are someone's words (a tribute, a slogan they wrote), however capitalised (the
    title test sees only 'Best of' there: 'luck,' with its comma is no word to it); a title
    in marks stands inside a sentence ('played "Hey Jude," said ...') or ends without the
    comma."""
    m = marks[n]
    if m.close_at is None or not doc_text(doc)[m.start : m.end].rstrip().endswith(","):
        return False
    sent = sent_of(doc[index.at(m.open_at)])
    if doc_text(doc)[sent.start_char : m.open_at].strip():
        return False
    limit = marks[n + 1].open_at if n + 1 < len(marks) else len(doc_text(doc))
    cue = _after(doc, index, m, limit, lex)
    return cue is not None and _adjacent(doc, index, m, cue, True)


def _not_characterised(att: Attribution) -> Attribution:
    """'Orban, speaking at a rally, called the plan "a betrayal"' with 'Orban' misparsed (no
    subject for 'called'): the object of a characterising verb is what is characterised,
    never the speaker. The name opening the sentence before a comma-closed aside speaks
    instead; with none, nobody the parse shows."""
    sp, cue = att.speaker, att.cue
    if sp is None or sp.head.i != cue.i or sp.dep_ not in ("dobj", "oprd") or sp.i < cue.i:
        return att
    doc = cue.doc
    first = doc[sent_of(cue).start]
    opener = None
    if first.text[:1].isupper() and first.i + 1 < cue.i and first.pos_ != "DET":
        k = first.i
        while k + 1 < cue.i and doc[k + 1].text[:1].isupper() and not doc[k + 1].is_punct:
            k += 1  # the last word of a multi-word name
        if doc[k + 1].text == "," and doc[cue.i - 1].text == ",":
            opener = doc[k]
    return Attribution(cue, opener, att.cue_text, att.via)


def _outside(att: Attribution, m: MarkSpan, marks: Sequence[MarkSpan]) -> Attribution:
    """A speaker found inside quoted words is a parse error ('"A lot of people think
    that," said a protester'): take the noun after an inverted cue instead.

    Every quotation counts, not only ``m``: for the second half of '"... and all that," Day
    said, "so ..."' the parser may pick a word of the FIRST half as the subject.
    """
    sp = att.speaker
    if sp is None or not any(k.open_at <= sp.idx < k.outer_end for k in (m, *marks)):
        return att
    doc = att.cue.doc
    for tok in doc[att.cue.i + 1 : min(len(doc), att.cue.i + 5)]:
        if tok.pos_ in ("NOUN", "PROPN") and tok.idx >= m.outer_end:
            head = tok
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            return Attribution(att.cue, head, att.cue_text, att.via)
    return Attribution(att.cue, None, att.cue_text, att.via)


def _continues(last: tuple[MarkSpan, Found], m: MarkSpan, starts: list[int]) -> bool:
    """Is ``m`` the second half after '"...," she said.' in the same paragraph?"""
    prev, f = last
    if f.attribution is None or bisect.bisect_right(starts, prev.open_at) != bisect.bisect_right(
        starts, m.open_at
    ):
        return False
    cue = f.attribution.cue
    if not prev.outer_end <= cue.idx < m.open_at:
        return False
    gap = doc_text(cue.doc)[prev.outer_end : m.open_at].rstrip()
    # a long attribution ('said X, the AU's envoy for Sudan, who co-chairs the talks with
    # ... mediators.') is still one sentence before the second half; a sentence of the
    # narrator's own between the halves may bring in someone else
    return len(gap) < 120 or (len(gap) < 250 and not _SENTENCE_BREAK.search(gap[:-1]))
