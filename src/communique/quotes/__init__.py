"""Quotation extraction with speaker resolution (``communique.quotes.v1``).

``extract_quotes(doc)`` runs on a parsed article (paragraphs joined by blank lines) and returns
the quotations in document order plus one ``Speaker`` per person or body quoted. Stages:
``marks`` pairs quotation marks, ``direct`` keeps the spans that are speech and finds their cue,
``indirect`` reads reported speech from the parse, ``transcript`` reads interview answers,
``names`` indexes the people and bodies of the article, ``speakers`` resolves every speaker
mention to the fullest name the article gives, ``relays`` names the agency that passed the
words on.
Everything is a token-level pass over the existing parse: no re-parsing, no model calls.
"""

from __future__ import annotations

import bisect
import gc
import logging
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from communique.nlp.build import doc_text, doc_tokens, paragraph_of, paragraph_starts, sent_of
from communique.quotes.cues import Lexicon, lexicon
from communique.quotes.direct import Found, find_direct
from communique.quotes.indirect import find_indirect
from communique.quotes.marks import find_marks, paragraph_bounds
from communique.quotes.people import find_word
from communique.quotes.relays import outlet_name
from communique.quotes.signatures import signature_below
from communique.quotes.speakers import Cast, Resolved
from communique.quotes.transcript import find_answers, is_wire_chrome
from communique.records import Quote, Speaker

__all__ = ["extract_quotes", "VERSION"]

VERSION = "communique.quotes.v1"
log = logging.getLogger(__name__)


_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself)\b|\bI['\u2019](?:m|ve|d|ll)\b")


def _is_person(cast: Cast, name: str | None) -> bool:
    """Is a speaker's name a person's in this article (not a body's)?"""
    return name is not None and any(
        p.is_person and p.name == name for p in cast.people.values()
    )


def _resolve(found: Found, cast: Cast) -> tuple[Resolved | None, str | None]:
    """Speaker of one quotation (None for a floating one) and its role."""
    if found.label is not None:
        entity = cast.by_label(found.label)
        name = entity.name if entity else (found.label if len(found.label) > 1 else None)
        mention = found.label if len(found.label) > 1 else None
        res = Resolved(entity, name, mention or "", -1, -1)
        return res, entity.role if entity and entity.is_person else None
    tok = found.source if found.source is not None else (
        found.attribution.speaker if found.attribution else None
    )
    if tok is None:
        return None, None
    res = cast.resolve(tok)
    if res.entity is None and found.attribution is not None and found.attribution.cue is tok:
        # a heading's label ('Bessent: "..."'), its holder named before or in the entry below
        holder = cast.label_holder(tok)
        if holder is not None:
            res = Resolved(holder, holder.name, res.mention, res.start, res.end)
    via = found.attribution.via if found.attribution else _via_source(tok)
    told = found.attribution is not None and found.attribution.cue.lemma_ == "tell"
    if res.name is None and via and not told:
        # 'according to the mayor via news agency Interfax', 'SPA quoted an official as
        # saying': an unnamed source reaches the reader only through the outlet, which is the
        # one on record ('told Reuters' by 'a source' stays unknown: the source chose to speak)
        return Resolved(None, _written_outlet(tok, via, cast.lex), res.mention, res.start,
                        res.end), None
    if res.entity is not None and res.entity.is_person and _names_in_third_person(
        doc_text(tok.doc)[found.start : found.end], res.entity.name, found.kind == "direct"
    ) and (other := cast.pronoun_besides(tok, res.entity)) is not None:
        # '"Yuliana was always more patient than me," she says': a pronoun's speaker is
        # not the person her own words name
        cast.besides[tok.i] = other
    if (other := cast.besides.get(tok.i)) is not None:
        res = Resolved(other, other.name, res.mention, res.start, res.end)
    if res.entity is None and (later := cast.named_later(tok) or cast.named_next(tok)):
        res = Resolved(later, later.name, res.mention, res.start, res.end)
    role = res.entity.role if res.entity and res.entity.is_person else None
    return res, role


def _names_in_third_person(words: str, name: str, own_words: bool) -> bool:
    """Do quoted words name a person by a word of their name ('Yuliana was always ...')?
    People do not speak of themselves by name, so such words are someone else's. Reported
    speech is the writer's paraphrase, which may name the speaker ('that Witkoff had what
    Ross and his generation never had'), so there only a name opening a clause the cue
    interrupts counts ('Ley, she said, was ...'): of himself, a speaker is reported as
    'he'."""
    if not own_words:
        first = words.split(" ", 1)[0]
        if not first.endswith(","):
            return False
        words = first
    return any(
        len(w) > 2 and w[:1].isupper()
        and find_word(words, w, also="-") >= 0
        for w in name.split()
    )


def _written_outlet(tok: Token, via: str, lex: Lexicon) -> str:
    """The outlet's name as the sentence writes it, when that is a longer form of the
    canonical name ('Anadolu Agency quoted a diplomatic source' speaks as 'Anadolu Agency',
    the fullest name the article gives; ``Quote.via`` keeps the canonical 'Anadolu')."""
    sent = sent_of(tok).text
    low = sent.lower()
    best = via
    for alias, name in lex.relays.items():
        if name == via and len(alias) > len(best) and (at := low.find(alias)) >= 0:
            best = sent[at : at + len(alias)]
    return best


def _relayed_person(doc: Doc, f: Found, res: Resolved, cast: Cast) -> Resolved | None:
    """'Any seizure would be "theft," spokeswoman Maria Zakharova said, RIA Novosti
    reported': the outlet only relays; the named person whose speech verb closes the
    relayed words is the speaker. Returns that person (the outlet becomes the relay)."""
    if res.name is None or res.entity is None or res.entity.is_person or f.kind == "direct":
        return None
    if res.name not in set(cast.lex.relays.values()) and not any(
        w in cast.lex.outlet_words for w in res.name.lower().split()
    ):
        return None
    idx = [t.idx for t in doc_tokens(doc)]
    lo = bisect.bisect_right(idx, f.start) - 1
    # the relayed words run up to the outlet's mention when it follows them ('..., X said,
    # RIA Novosti reported'), else to the end of the span ('RIA Novosti reported ..., X said')
    hi = bisect.bisect_left(idx, res.start if res.start >= f.end else f.end)
    if lo < 0 or hi <= lo:
        return None
    first = doc[lo]
    for verb in doc[sent_of(first).start : hi]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("say", "tell", "add", "state"):
            continue
        closes = verb.i >= lo and not any(not t.is_punct for t in doc[verb.i + 1 : hi])
        # '..., X said, TASS reported' or 'X said <words>, TASS reported'
        opens = verb.i < lo and verb.left_edge.i <= lo <= verb.right_edge.i
        if not (closes or opens):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or (closes and subj.idx < f.start) or (opens and subj.i > lo):
            continue
        person = cast.resolve(subj)
        if person.entity is not None and person.entity.is_person:
            return person
    return None


def _relayed_again(cue: Token) -> bool:
    """Is the cue an agentless passive 'was quoted as saying' (the outlet left unsaid)?"""
    return cue.lemma_.lower() == "quote" and any(c.dep_ == "auxpass" for c in cue.children) and (
        not any(c.dep_ == "agent" for c in cue.children)
    )


def _via_source(source: Token) -> str | None:
    """The outlet of 'according to X via news agency Interfax' (a 'via' phrase hung on
    'according' or on the source)."""
    lex = lexicon()
    for host in (source.head.head, source):
        for prep in host.children:
            if prep.dep_ == "prep" and prep.lower_ == "via":
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and (name := outlet_name(pobj, lex)):
                    return name
    return None


def _speech_ancestor(verb: Token, start: int, lex: Lexicon) -> Token | None:
    """The subject of a speech verb above a subordinate clause, both before the quote."""
    for up in verb.ancestors:
        if up.pos_ == "VERB" and up.idx < start and up.lemma_.lower() in lex.direct:
            return next(
                (c for c in up.children if c.dep_ == "nsubj" and c.idx < start), None
            )
    return None


def _host_subject(doc: Doc, start: int) -> Token | None:
    """The subject of the clause a cue-less quotation continues, when it opens mid-sentence.

    'The government issued a statement agreeing ...: "..."' or 'He expressed a desire to
    work with her to "..."': no cue verb takes the quote, but the quote hangs (through the
    parse) from a verb whose subject stands before it; that subject is speaking. A document
    on the way up ('an order by X directing ... to "..."') speaks for its author instead.
    """
    i = index_at(doc, start)
    if i >= len(doc):
        return None
    tok = doc[i]
    sent = sent_of(tok)
    if sent.start_char >= start - 2 or "\n\n" in doc_text(doc)[sent.start_char : start]:
        return None  # the quote opens its sentence (or paragraph): a true floating quote
    t = tok
    lex = lexicon()
    for _ in range(12):
        if t.pos_ == "NOUN" and t.lemma_.lower() in lex.documents and t.idx < start:
            return t  # 'announced an order by X directing units to "..."': the order speaks
        if t.pos_ in ("VERB", "AUX") and t.idx < start:
            subj = next(
                (c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx < start),
                None,
            )
            if subj is not None and t.dep_ in ("relcl", "advcl", "acl"):
                # 'The actress recalled her season with <show>, when they were the "..."':
                # the subject of a subordinate clause is not speaking; the teller is
                teller = _speech_ancestor(t, start, lex)
                if teller is not None:
                    return teller
            if subj is not None:
                return subj if subj.dep_ == "nsubj" else None
        if t.head.i == t.i:
            break
        t = t.head
    # 'X issued a statement: "..."' parsed with the quote as the root: the highest verb of
    # the words before the quote, with its own subject there
    before = [
        v for v in sent
        if v.idx < start and v.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "nsubj" and c.idx < start for c in v.children)
    ]
    if not before:
        return None
    top = min(before, key=lambda v: len(list(v.ancestors)))
    return next(c for c in top.children if c.dep_ == "nsubj")


def _beat_subject(doc: Doc, start: int, starts: list[int]) -> Token | None:
    """'She laughs. "He thinks I am too angry."': a cue-less quotation right after a short
    sentence opening its paragraph, in which a person ('she', 'Ochoa') does something other
    than speak, is that person's: features set a speaker's gesture before their words the
    way wire copy sets a cue after them."""
    i = index_at(doc, start)
    if i <= 0 or i >= len(doc):
        return None
    para = paragraph_of(starts, start)
    lo = index_at(doc, starts[para]) if para < len(starts) else 0
    opening = i - 1
    while opening > lo and doc[opening].is_quote:
        opening -= 1  # the mark before the words
    words = doc[lo : opening + 1]
    if not 2 <= len(words) <= 8 or doc[opening].text not in (".", "!") or any(
        t.is_quote for t in words
    ):
        return None  # not one short sentence opening the paragraph right before the quote
    verbs = [t for t in words if t.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.i >= lo for c in t.children
    )]
    if len(verbs) != 1 or verbs[0].lemma_.lower() in lexicon().indirect:
        return None  # ('She said.': a cue, read elsewhere)
    subj = next(c for c in verbs[0].children if c.dep_ == "nsubj")
    if not (subj.lower_ in ("he", "she") or subj.ent_type_ == "PERSON"):
        return None
    return subj


def index_at(doc: Doc, char: int) -> int:
    """Index of the token at (or just before) a character offset."""
    span = doc.char_span(char, char, alignment_mode="expand")
    return span.start if span is not None else len(doc)


class _Sentences:
    """Sentence bounds of a doc in characters, read once (``Token.sent`` rescans the doc)."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc_text(doc)
        sents = doc.sents if doc.has_annotation("SENT_START") else []
        self.bounds = [(s.start_char, s.end_char) for s in sents]
        self.starts = [a for a, _ in self.bounds]

    def at(self, char: int) -> tuple[int, int]:
        k = max(bisect.bisect_right(self.starts, char) - 1, 0)
        return self.bounds[k] if self.bounds else (0, len(self.text))

    def evidence(self, start: int, end: int, res: Resolved | None) -> str:
        """The sentence(s) an analyst reads as evidence: those holding the quote and its cue.

        The speaker mention widens the span when it sits in a neighbouring sentence of the
        same paragraph ('Peskov said. "..."'); a mention farther away (a pronoun chain) does
        not.
        """
        lo = self.at(start)[0]
        hi = self.at(max(end - 1, start))[1]
        if res is not None and res.start >= 0:
            near = self.at(res.start)
            between = self.text[min(near[0], lo) : max(near[1], hi)]
            if "\n\n" not in between.strip() and len(between) < 1200:
                lo, hi = min(lo, near[0]), max(hi, near[1])
        return self.text[lo:hi].strip()


_QUESTION_LABEL = re.compile(r"(?:Q|Question)\s*[:.\u2014-]\s")


_OPENING_MARKS = "\"\u201c\u00ab\u2018'"


def _bare_question(text: str, para: tuple[int, int]) -> bool:
    """Is a paragraph an interviewer's question written without a label ('How bad is the
    funding situation?'): one that ends with a question mark and quotes no one?"""
    body = text[para[0] : para[1]].strip()
    # (an apostrophe is no quotation mark: "What's next?" is still a question)
    return body.endswith("?") and not any(m in body for m in '"\u201c\u201d\u2018\u00ab')


def _question_answer_shaped(text: str, bounds: list[tuple[int, int]]) -> bool:
    """Is the article a question-and-answer write-up whose questions carry no label? Two
    or more bare questions, each followed by a paragraph that opens with a quotation mark,
    make it one; a rhetorical question in ordinary copy does not."""
    pairs = sum(
        1 for k in range(len(bounds) - 1)
        if _bare_question(text, bounds[k])
        and text[bounds[k + 1][0] : bounds[k + 1][1]].lstrip()[:1] in _OPENING_MARKS
    )
    return pairs >= 2


def _after_question_label(
    text: str, bounds: list[tuple[int, int]], starts: list[int], char: int, bare: bool = False
) -> bool:
    """Does the paragraph at ``char`` follow one that opens with an interviewer's label
    ('Q:', 'Question:'), or, in a write-up whose questions carry no label (``bare``), a bare
    question? Then it answers that question."""
    k = bisect.bisect_right(starts, char) - 1
    if k < 1 or k - 1 >= len(bounds):
        return False
    lo, hi = bounds[k - 1]
    return bool(_QUESTION_LABEL.match(text[lo:hi].strip())) or (
        bare and _bare_question(text, (lo, hi))
    )


def _asks(text: str, para: tuple[int, int]) -> bool:
    """Is a paragraph an interviewer's question ('Q: Many people say ... Are they right?')?
    Words reported inside it are part of the question, and the quote paragraphs after it
    are the interviewee's answer."""
    body = text[para[0] : para[1]].strip()
    return bool(_QUESTION_LABEL.match(body)) or body.endswith("?")


def extract_quotes(
    doc: Doc, skip: Sequence[tuple[int, int]] = ()
) -> tuple[list[Quote], list[Speaker]]:
    """All quotations in ``doc`` with resolved speakers, and the speakers with their quotes.

    ``skip`` are character spans of page furniture (``clean.page_chrome``): no quotation
    starts there, since their headlines quote other stories.

    The cyclic garbage collector is paused while one article is read: the readers make and
    drop hundreds of thousands of short-lived Token objects, which set off collections that
    find nothing (5% of the stage's time); reference counting frees them all the same, and
    the collector runs again as soon as the article is done."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _extract_quotes(doc, skip)
    finally:
        if paused:
            gc.enable()


def _extract_quotes(
    doc: Doc, skip: Sequence[tuple[int, int]]
) -> tuple[list[Quote], list[Speaker]]:
    lex = lexicon()
    text = doc_text(doc)
    starts = paragraph_starts(text)
    marks = find_marks(text, starts)
    bounds = paragraph_bounds(text, starts)
    answers = [
        Found(a.start, a.end, "direct", None, label=a.label) for a in find_answers(text, bounds)
    ]
    # wire credit lines ('(Reporting by A; Editing by B)') name staff, they quote nobody
    chrome = [(lo, hi) for lo, hi in bounds if is_wire_chrome(text[lo:hi])]
    chrome += list(skip)  # the page furniture the caller found ('Latest from' headline lists)
    marks = [m for m in marks if not any(a.start <= m.start < a.end for a in answers)]
    direct = find_direct(doc, marks, starts, lex)
    inside = [(f.start, f.end) for f in direct + answers]
    indirect, absorbed = find_indirect(doc, direct, marks, inside, lex)
    found = [d for k, d in enumerate(direct) if k not in absorbed] + indirect + answers
    found = [f for f in found if not any(lo <= f.start < hi for lo, hi in chrome)]
    for f in found:
        # no quotation runs on into furniture ('says she sits in her coat (Image: Supplied)')
        f.end = min([f.end] + [lo for lo, _ in chrome if f.start < lo < f.end])
        while f.end > f.start and text[f.end - 1].isspace():
            f.end -= 1
    found.sort(key=lambda f: (f.start, -f.end))
    cast = Cast(doc, lex, sorted(inside), chrome)
    sents = _Sentences(doc)
    quotes: list[Quote] = []
    speakers: dict[str, Speaker] = {}
    last: Quote | None = None
    answered: Quote | None = None  # the last quotation outside an interviewer's question
    interviewee: Resolved | None = None  # who answered the first 'Q:' of an interview
    bare_questions = _question_answer_shaped(text, bounds)

    def sents_para(char: int) -> tuple[int, int]:
        k = max(bisect.bisect_right(starts, char) - 1, 0)
        return bounds[k] if k < len(bounds) else (0, len(text))

    for f in found:
        if quotes and f.start < quotes[-1].end:
            continue  # overlapping finds: the earlier (outer) one stands
        res, role = _resolve(f, cast)
        after_q = f.floating and _after_question_label(
            text, bounds, starts, f.start, bare_questions
        )
        if res is None and after_q and interviewee is not None:
            # 'Q: What worries you most?' then a quote paragraph: the interviewee answers,
            # whoever else the write-up quoted between two questions
            res = interviewee
            role = res.entity.role if res.entity and res.entity.is_person else None
        if res is None and after_q and bare_questions and (lede := cast.lede_subject()):
            # the first answer of a write-up whose questions carry no label: the person the
            # write-up opens with
            res = Resolved(lede, lede.name, "", -1, -1)
            role = lede.role
        if res is None and f.floating:
            signed = signature_below(
                doc, cast, text, bounds, paragraph_of(starts, f.start), f.end
            )
            if signed is not None:
                res, role = signed
        # the clause the quotation continues, else the gesture set before it
        hosts = (_host_subject(doc, f.start), _beat_subject(doc, f.start, starts)) if (
            res is None and f.floating
        ) else ()
        for host in hosts:
            named = cast.resolve(host) if host is not None else None
            if named is not None and named.name is not None:
                res = named
                role = res.entity.role if res.entity and res.entity.is_person else None
                break
        if res is None and f.floating:
            # A quote paragraph with no cue: the person introduced since the last quotation,
            # else the previous speaker. Reported words inside an interviewer's question
            # ('Q: Many people say ...?') are not the last quotation the answer follows
            if last is not None and _asks(text, sents_para(last.start)):
                last = answered
            since = index_at(doc, last.end) if last is not None else 0
            entity = cast.salient(index_at(doc, f.start), since)
            if entity is not None:
                res = Resolved(entity, entity.name, "", -1, -1)
                role = entity.role if entity.is_person else None
        att = f.attribution
        via = att.via if att else None
        relayed = _relayed_person(doc, f, res, cast) if res is not None else None
        if relayed is not None and res is not None:
            via, res = res.name, relayed
            role = relayed.entity.role if relayed.entity else None
        if (
            res is not None and res.name is None and att is not None
            and _relayed_again(att.cue) and last is not None and last.speaker
            and (last.cue or "").startswith("quoted")
        ):
            # 'SPA quoted an official as saying ... "...," the official was quoted as
            # saying': the unnamed source is still on record through the same outlet
            res = Resolved(None, last.speaker, res.mention, res.start, res.end)
        quote = Quote(
            text=text[f.start : f.end],
            start=f.start,
            end=f.end,
            kind=f.kind,
            cue="according to" if f.source is not None else (att.cue_text if att else None),
            via=via,
            paragraph=paragraph_of(starts, f.start),
            floating=res is None,
            sentence=sents.evidence(f.start, f.end, res),
        )
        if res is not None:
            quote.speaker = res.name
            quote.speaker_role = role
            if res.start >= 0:
                quote.speaker_mention = res.mention
                quote.speaker_start, quote.speaker_end = res.start, res.end
            quote.floating = f.floating
        elif last is not None:
            quote.speaker, quote.speaker_role = last.speaker, last.speaker_role
            if _FIRST_PERSON.search(quote.text) and not _is_person(cast, last.speaker):
                # 'THE GOVERNOR IN HIS OWN WORDS / On the rand: "... I would not advise ..."'
                # after a body's statement: a floating 'I' is the person who spoke last
                prior = next((q for q in reversed(quotes) if _is_person(cast, q.speaker)), None)
                if prior is not None:
                    quote.speaker, quote.speaker_role = prior.speaker, prior.speaker_role
        if after_q and interviewee is None and quote.speaker:
            entity = res.entity if res is not None else next(
                (p for p in cast.people.values() if p.name == quote.speaker), None
            )  # (an answer going on from the last speaker has only the name)
            interviewee = Resolved(entity, quote.speaker, "", -1, -1)
        if after_q and interviewee is not None and interviewee.entity is not None:
            # the answer puts the interviewee back in focus: 'He said ...' after it is his
            cast.note_speaker(doc[index_at(doc, f.start)], interviewee.entity)
        quotes.append(quote)
        last = quote
        if not _asks(text, sents_para(quote.start)):
            answered = quote
        if quote.speaker:
            sp = speakers.setdefault(quote.speaker, Speaker(quote.speaker, quote.speaker_role))
            sp.role = sp.role or quote.speaker_role
            sp.quotes.append(len(quotes) - 1)
    log.debug("%d quotations, %d speakers", len(quotes), len(speakers))
    return quotes, list(speakers.values())
