"""Events from evaluative statements: a quotation that condemns or praises someone.

Human coders code a statement whose *content* condemns, criticises or blames a target as ACCUSE
(CAMEO 11, mode disapprove) and one whose content praises, thanks or defends a target as SUPPORT
(CAMEO 05), whatever its reporting verb: a judge "said the defendant 'showed no respect for
decent behaviour'", a minister "said the opposition's plan 'is a disgrace'". The trigger lexicon
(``lexicon.py``) only sees verbs such as 'criticised' or 'praised', so this module reads the
content of each quotation the coder left without an event.

The rule, for a quotation in a sentence with no coded event:

* find an *evaluative predication* in the quoted words: a linking verb's complement ('the plan
  is a disgrace'), the object complement of a describing verb ('called the move reckless'), or
  a clause's verb with its object ('showed no respect');
* score only those predicate words (not the whole sentence, which in news is full of wars and
  deaths that judge nobody) with the VADER lexicon, flipping negated words ('no respect',
  'nowhere near enough') and strengthening boosted ones, as VADER does;
* the target is who is evaluated: the subject (or its possessor: 'the opposition's plan'), or
  the object of the describing verb; a named act with no doer ('the measure') still counts,
  a circumstance ('the situation is tense', 'relations are at rock bottom') does not, and
  neither does the speaker judging its own side ('we are a reliable partner');
* a prediction ('would be a disaster') is a pessimistic remark, not a verdict: no event.

Thresholds and word classes live in ``data/event_appraisal.csv``; valences in VADER's
``vader_lexicon.txt``, read once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token
from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer

from communique.events.actors_in import FIRST_PERSON, THIRD_PERSON, THIRD_THING, DocActors, resolve
from communique.events.modifiers import clause_chain, flags_for
from communique.events.participants import is_agentive, same_side, uncoded
from communique.events.scores import plover_types
from communique.events.setting import date_of, location_of
from communique.records import ActorRef, Event
from communique.records import Span as TextSpan
from communique.resources import load_table

_SUBJECTS = ("nsubj", "nsubjpass")
# Words that name nothing by themselves: a subject 'this' or 'there' points at a situation.
_VAGUE_SUBJECTS = frozenset({"this", "that", "these", "those", "there", "it", "everything"})
# Dependents that belong to a predicate's own wording; prepositional objects, relative and
# adverbial clauses say what it is about or when, not how it is judged.
_CORE_DEPS = frozenset(
    "amod advmod neg det compound acomp attr dobj xcomp oprd npadvmod quantmod prt conj cc"
    " predet nummod".split()
)
# Personal pronouns that, as the subject judged, stand for people named before.
_JUDGED_PRONOUNS = frozenset({"he", "she", "they"})
_MODAL = frozenset({"would", "could", "might", "may", "will", "shall", "'ll", "'d"})


@dataclass(frozen=True)
class Settings:
    """The appraisal table, parsed: thresholds, modes and word classes."""

    accuse_at: float
    support_at: float
    negation: float
    booster: float
    modes: dict[str, str | None]
    copulas: frozenset[str]
    describe: frozenset[str]
    conduct: frozenset[str]
    sympathy: frozenset[str]
    feelings: frozenset[str]
    marks: frozenset[str]
    act_nouns: frozenset[str]
    ignore: frozenset[str]
    extra: dict[str, float]
    adequacy: dict[str, float]
    negators: frozenset[str]


@cache
def settings() -> Settings:
    """``data/event_appraisal.csv``, read once per process."""
    rows = load_table("event_appraisal.csv")

    def words(kind: str) -> frozenset[str]:
        return frozenset(r["word"].lower() for r in rows if r["kind"] == kind)

    nums = {r["word"]: float(r["value"]) for r in rows if r["kind"] == "setting"}
    return Settings(
        accuse_at=nums["accuse_at"],
        support_at=nums["support_at"],
        negation=nums["negation"],
        booster=nums["booster"],
        modes={r["word"].upper(): r["value"] or None for r in rows if r["kind"] == "mode"},
        copulas=words("copula"),
        describe=words("describe"),
        conduct=words("conduct"),
        sympathy=words("sympathy"),
        feelings=words("feeling"),
        marks=words("mark"),
        act_nouns=words("act_noun"),
        ignore=words("ignore"),
        extra={r["word"].lower(): float(r["value"]) for r in rows if r["kind"] == "lexicon"},
        adequacy={r["word"].lower(): float(r["value"]) for r in rows if r["kind"] == "adequacy"},
        negators=words("negator"),
    )


@cache
def valences() -> dict[str, float]:
    """VADER's word valences (-4..+4), with the table's news words added."""
    table = dict(SentimentIntensityAnalyzer().lexicon)
    table.update(settings().extra)
    return table


@dataclass(frozen=True)
class Appraisal:
    """One evaluative predication found in a quotation."""

    head: Token  # the clause head the judgement hangs from (for flags, date and place)
    words: tuple[Token, ...]  # the predicate words that carry the judgement
    subject: Token | None  # what is judged (subject, or the describing verb's object)
    cue: Token | None  # the reporting or describing verb outside the judged clause


def appraise(ctx: DocActors, events: list[Event], published: str | None) -> list[Event]:
    """The coder's ``events`` plus one ACCUSE/SUPPORT event per sentence with no event whose
    quotation condemns or praises a target (see module docstring)."""
    if not ctx.quotes:
        return events
    busy = [(e.evidence.start, e.evidence.end) for e in events]
    out = list(events)
    done: set[int] = set()
    sents = list(ctx.doc.sents)  # once per doc: Token.sent walks the doc on every call
    for qi, quote in enumerate(ctx.quotes):
        for sent in sents:
            if sent.end_char <= quote.start or sent.start_char >= quote.end:
                continue
            if sent.start in done or any(
                s < sent.end_char and e > sent.start_char for s, e in busy
            ):
                continue
            inside = [t for t in sent if quote.start <= t.idx < quote.end]
            event = _code(ctx, qi, sent, inside, published)
            if event is not None:
                out.append(event)
                done.add(sent.start)
    return out


def _code(
    ctx: DocActors, qi: int, sent: Span, inside: list[Token], published: str | None
) -> Event | None:
    """The event of one quotation in one sentence, or None when it judges no one."""
    conf = settings()
    types = plover_types()
    for found in _predications(inside, conf):
        score, word = _score(found, conf)
        if score <= -conf.accuse_at:
            ptype = types["ACCUSE"]
        elif score >= conf.support_at:
            ptype = types["SUPPORT"]
        else:
            continue
        flags = flags_for(found.head)
        if flags.hypothetical or flags.intended or _modal(found.head):
            continue  # 'would be a disaster': a prediction, not a verdict
        if any(c.dep_ == "mark" and c.lower_ in conf.marks for c in found.head.children):
            continue  # 'if he is fit', 'whether it was legal': an open question
        source = _source(ctx, qi, found)
        if not source:
            continue
        target = _target(ctx, qi, found, source, conf)
        if target is None:
            continue
        if ptype.name == "SUPPORT" and not any(_party(ctx, a) for a in target):
            continue  # praise needs someone praised: 'Linux is free' judges no party
        chain = clause_chain(found.cue if found.cue is not None else found.head)
        date, historical = date_of(chain, published, False)
        negated = found.cue is not None and any(c.dep_ == "neg" for c in found.cue.children)
        return Event(
            type=ptype.name,
            mode=conf.modes.get(ptype.name),
            cameo_root=ptype.cameo_root,
            quad=ptype.quad,
            intensity=ptype.score,
            source=source,
            target=target,
            evidence=TextSpan(sent.start_char, sent.end_char, sent.text),
            negated=negated,
            historical=historical,
            date=date,
            location=location_of(ctx, chain, conf.modes.get(ptype.name)),
            quote=qi,
            trigger=word.text,
        )
    return None


def _predications(inside: list[Token], conf: Settings) -> Iterator[Appraisal]:
    """Evaluative predications with words in the quotation, outermost clause first."""
    quoted = {t.i for t in inside}
    seen: set[int] = set()
    slots = ("acomp", "attr", "oprd", "pobj", "dobj", "npadvmod")
    for t in sorted(
        (t for t in inside if t.dep_ in slots), key=lambda t: sum(1 for _ in t.ancestors)
    ):
        if t.i in seen:
            continue
        head = t.head
        if (
            t.dep_ in ("acomp", "attr")
            and head.lemma_.lower() in conf.copulas
            and _asserted(head, quoted)
        ):
            seen.add(t.i)
            yield Appraisal(head, tuple(_core(t)), _subject(head), _cue(head, quoted))
        elif t.dep_ == "oprd" or (
            t.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in conf.describe
        ):
            verb = head if t.dep_ == "oprd" else head.head
            if verb.lemma_.lower() not in conf.describe:
                continue
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            seen.add(t.i)
            yield Appraisal(verb, tuple(_core(t)), obj, verb)
        elif (
            _object_of(t)
            and head.lemma_.lower() in conf.conduct
            and _asserted(head, quoted)
            and _subject(head) is not None
        ):
            seen.add(t.i)  # 'the defendant showed no respect': the object judges the doer
            yield Appraisal(head, tuple(_core(t)), _subject(head), _cue(head, quoted))


def _object_of(t: Token) -> bool:
    """Whether ``t`` is its verb's object: a direct object, or a noun phrase the parser took
    for an adverbial after an interposed phrase ('perpetuated, on a massive scale, the
    vicious cycle of ...') when the verb has no direct object."""
    if t.dep_ == "dobj":
        return True
    return (
        t.dep_ == "npadvmod"
        and t.pos_ == "NOUN"
        and not any(c.dep_ == "dobj" for c in t.head.children)
    )


def _asserted(head: Token, quoted: set[int]) -> bool:
    """Whether the clause ``head`` heads is what the speaker says, not something embedded in
    it ('the pandemic shows the US is ...', 'to confirm if he is fit ...'): its head is the
    quotation's top (or coordinated with it), hanging from the reporting verb outside."""
    t = head
    # coordinated clauses, and the infinitive of a raising verb ('they "appear not to have
    # shown any respect"'), are asserted with the clause they hang from
    while t.dep_ in ("conj", "xcomp") and t.head.i in quoted and t.head.i != t.i:
        t = t.head
    return t.head.i == t.i or t.head.i not in quoted


def _core(head: Token) -> list[Token]:
    """The predicate's own words: ``head`` and its modifiers, objects and coordinated
    adjectives, not its prepositional phrases or subordinate clauses."""
    out = [head]
    stack = [head]
    while stack:
        x = stack.pop()
        for c in x.children:
            if c.dep_ not in _CORE_DEPS or c.dep_ in _SUBJECTS:
                continue
            if c.dep_ == "conj" and c.pos_ not in ("ADJ", "NOUN", "ADV"):
                continue  # 'X is weak and we said so': a new clause, not more of this one
            out.append(c)
            stack.append(c)
    return out


def _subject(head: Token) -> Token | None:
    """Subject of the clause ``head`` heads (or of the clause its xcomp hangs from)."""
    for t in (head, head.head) if head.dep_ == "xcomp" else (head,):
        for c in t.children:
            if c.dep_ in _SUBJECTS:
                return c
    return None


def _cue(head: Token, quoted: set[int]) -> Token | None:
    """The reporting verb outside the quotation that the judged clause hangs from."""
    t = head
    for _ in range(4):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.i not in quoted and t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _negated(word: Token, top: Token, conf: Settings) -> bool:
    """Whether ``word`` is negated within its predicate: 'no respect', 'is not enough',
    'nowhere near enough'."""
    t: Token | None = word
    while t is not None:
        for c in t.children:
            if c.dep_ == "neg" or (c.lower_ in conf.negators and c.dep_ != "cc"):
                return True
            if any(g.lower_ in conf.negators for g in c.children if g.dep_ == "advmod"):
                return True  # 'nowhere near enough': the negator sits on the modifier
        if t.i == top.i:
            break
        t = (
            t.head if t.head.i != t.i else None
        )  # spaCy makes a new Token per access: compare indices
    return False


def _score(found: Appraisal, conf: Settings) -> tuple[float, Token]:
    """Summed valence of the predicate words (negated ones flipped, boosted ones
    strengthened), and the word weighing most."""
    table = valences()
    total = 0.0
    best: tuple[float, Token] = (0.0, found.words[0])
    top = found.head
    for w in found.words:
        if w.pos_ == "PROPN" or w.lower_ in conf.ignore or w.lemma_.lower() in conf.ignore:
            continue
        if w.lower_ in conf.feelings or w.lemma_.lower() in conf.feelings:
            continue  # 'she is glad', 'he was pained': the subject's feelings, not a verdict
        if w.lower_ in conf.negators:
            continue  # a negator flips its head; it is no judgement of its own
        negated = _negated(w, top, conf)
        v = table.get(w.lower_, table.get(w.lemma_.lower(), 0.0))
        if not v and negated:
            # 'nowhere near enough' criticises; 'enough' alone praises no one
            v = conf.adequacy.get(w.lower_, 0.0)
        if not v:
            continue
        boost = sum(BOOSTER_DICT.get(c.lower_, 0.0) for c in w.children if c.dep_ == "advmod")
        if boost:
            v += conf.booster * (boost / abs(boost)) * (1 if v > 0 else -1)
        if negated:
            v *= -conf.negation
        total += v
        if abs(v) > abs(best[0]):
            best = (v, w)
    return total, best[1]


def _modal(head: Token) -> bool:
    """A modal or future auxiliary on the judged clause: a forecast ('will be a disaster')."""
    return any(c.dep_ == "aux" and c.lower_ in _MODAL for c in head.children)


def _speaker_of(ctx: DocActors, qi: int, found: Appraisal) -> list[ActorRef]:
    speaker = ctx.speakers.get(qi)
    if speaker is not None:
        return [speaker]
    cue = found.cue
    subj = _subject(cue) if cue is not None else None
    if subj is None or subj.lower_ in FIRST_PERSON:
        return []
    refs = resolve(ctx, subj, qi)
    if refs:
        return refs
    return [uncoded(subj)] if is_agentive(subj) else []


def _source(ctx: DocActors, qi: int, found: Appraisal) -> list[ActorRef]:
    """Who judges: the quotation's speaker, else the subject of the reporting verb."""
    return [a for a in _speaker_of(ctx, qi, found) if a.sector != "JRN"]


def _target(
    ctx: DocActors, qi: int, found: Appraisal, source: list[ActorRef], conf: Settings
) -> list[ActorRef] | None:
    """Who is judged, [] for a named act whose doer is not named, None for nothing judged
    (a circumstance, a vague 'this', the speaker's own side)."""
    subj = found.subject
    if subj is None:
        return None
    low = subj.lower_
    if subj.pos_ == "NUM" or any(c.dep_ == "nummod" for c in subj.children):
        return None  # '68 people were missing': a count of those affected, not a party judged
    if subj.lemma_.lower() in conf.sympathy or low in conf.sympathy:
        return None  # kind words for victims are sympathy (CAMEO 018), a comment
    if low in ("this", "that") and subj.dep_ != "dobj":
        # 'X is trying to ... - this is deeply irresponsible': 'this' is the act just named,
        # so it judges that clause's doer; with none named it judges a situation
        return _doer_before(ctx, qi, found, source)
    if low in FIRST_PERSON or low in _VAGUE_SUBJECTS and subj.dep_ != "dobj":
        return None
    if low in THIRD_PERSON and subj.i < found.head.i and _cue_subject_is_person(found.cue):
        return None  # 'Parrikar said he was pained': he is the speaker, telling his feelings
    about = _said_of(ctx, qi, found.cue)
    if low in THIRD_PERSON | THIRD_THING and about:
        refs = about  # 'she said of the police: "they were heroes"'
    else:
        refs = resolve(ctx, subj, qi)
    if not refs and subj.pos_ in ("NOUN", "PROPN"):
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in FIRST_PERSON:
            return None  # 'our response was swift', 'my children': the speaker's own side
        if owner is not None:
            refs = resolve(ctx, owner, qi)
            if not refs and owner.lower_ not in FIRST_PERSON and is_agentive(owner):
                refs = [uncoded(owner)]
        if not refs and is_agentive(subj):
            refs = [uncoded(subj)]  # 'the defendant', 'this individual'
    if not refs and low in _JUDGED_PRONOUNS and subj.dep_ in _SUBJECTS:
        # 'the judge said they "showed no respect"': the pronoun stands for people named
        # earlier in the article (not the speaker: that case returned above)
        refs = [uncoded(subj)]
    if refs:
        others = [a for a in refs if not same_side(ctx, a, source)]
        return others or None
    if subj.lemma_.lower() in conf.act_nouns or subj.lower_ in conf.act_nouns:
        return []
    return None


def _doer_before(
    ctx: DocActors, qi: int, found: Appraisal, source: list[ActorRef]
) -> list[ActorRef] | None:
    """The named doer of the clause just before a judging 'this' in the same sentence."""
    quote = ctx.quotes[qi]
    for t in reversed(list(found.head.sent)):
        if t.i >= found.head.i or t.dep_ not in _SUBJECTS or t.idx < quote.start:
            continue
        if t.head.i == found.head.i:
            continue
        refs = [a for a in resolve(ctx, t, qi) if not same_side(ctx, a, source)]
        if refs and t.lower_ not in FIRST_PERSON | THIRD_PERSON | THIRD_THING:
            return refs
    return None


def _party(ctx: DocActors, ref: ActorRef) -> bool:
    """A person, or an actor the tables code to a country or organisation (not a thing the
    parser took for a name)."""
    people = {ctx.actors[i].name for i in ctx.persons}
    return ref.name in people or ref.country is not None


def _cue_subject_is_person(cue: Token | None) -> bool:
    """Whether the reporting verb's subject is a person (or a pronoun for one)."""
    subj = _subject(cue) if cue is not None else None
    return subj is not None and (subj.ent_type_ == "PERSON" or subj.lower_ in THIRD_PERSON)


def _said_of(ctx: DocActors, qi: int, cue: Token | None) -> list[ActorRef]:
    """Actors named by 'of'/'about' on the reporting verb ('said of the police')."""
    if cue is None:
        return []
    return [
        a
        for p in cue.children
        if p.dep_ == "prep" and p.lower_ in ("of", "about")
        for o in p.children
        if o.dep_ == "pobj"
        for a in resolve(ctx, o, qi)
    ]
