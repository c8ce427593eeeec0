"""Code PLOVER events with provenance: trigger -> type, source, target, flags, date, place.

Rules over the dependency parse, lexicon in ``data/event_lexicon.csv``:

* a trigger nested as the content of another trigger ("accused Russia of attacking",
  "agreed to hold talks", "imposed sanctions") yields only the outer event (``frames.py``);
* with no doer named (agentless passives, 'clashes broke out') the event is still coded, with
  an empty or implied source (``sourceless.py``);
* source = the subject (or passive agent; for nouns the possessor, 'by' phrase or the governing
  verb's subject); a first-person subject inside a quotation is the speaker's side; with no
  subject the source is the quotation's speaker or the subject of the reporting verb;
* target = the passive subject, object or prepositional object (with, against, on, to, ...)
  found below the trigger, else another actor of the sentence (or, in a quotation, of the
  sentence before); places ('in Moscow') are locations, never targets;
* 'allege' triggers ('the EU had ruined the ties') are accusations by whoever reports them;
* retyping: an agreement to a ceasefire is the ceasefire (RETREAT); a refusal to yield is
  REJECT ('has not conceded' stays a negated CONCEDE); readiness to talk is AGREE ('was
  planning to visit' stays an intended CONSULT); harm the speaker's own side would do is
  THREATEN;
* per sentence the main event (asserted, closest to the root) comes first.
"""

from __future__ import annotations

import logging
from functools import cache

from spacy.tokens import Doc, Token

from communique.actors.gazetteer import country_names
from communique.events.actors_in import FIRST_PERSON, DocActors, index_doc, resolve
from communique.events.appraisal import appraise
from communique.events.frames import frame_ok, keep, outer_trigger, speech_ok
from communique.events.lexicon import (
    Trigger,
    conditional_marks,
    find_triggers,
    free_choice,
    lemma_forms,
    lexicon,
    measured,
)
from communique.events.modifiers import Flags, clause_chain, flags_for
from communique.events.participants import (
    agent,
    between,
    is_agentive,
    is_background,
    noun_source,
    reporter,
    same_side,
    sentence_others,
    subject_of,
    targets_below,
    uncoded,
)
from communique.events.scores import plover_types
from communique.events.setting import date_of, location_of
from communique.events.sourceless import instruments, is_person, suffers
from communique.events.sourceless import sourceless as _sourceless
from communique.records import Actor, ActorRef, Event, Quote
from communique.records import Span as TextSpan
from communique.resources import load_table

log = logging.getLogger(__name__)


def code_events(
    doc: Doc, quotes: list[Quote], actors: list[Actor], published: str | None
) -> list[Event]:
    """PLOVER events of one parsed article (pipeline contract; see module docstring)."""
    ctx = index_doc(doc, actors, quotes)
    triggers = [
        t
        for t in find_triggers(doc)
        if (t.entry.type != "NONE" or t.entry.negated_type)
        and speech_ok(ctx, t)
        and frame_ok(t, doc)
    ]
    heads = {t.head: t for t in triggers}
    types = plover_types()
    events: list[tuple[int, tuple[int, int, int, int], Event]] = []
    seen: set[tuple[int, str, tuple[str | None, ...], tuple[str | None, ...]]] = set()
    for trig in triggers:
        token = doc[trig.head]
        if not keep(trig, doc, heads):
            continue
        event = _code_one(ctx, trig, token, published, types, heads)
        if event is None:
            continue
        sent = token.sent
        key = (
            sent.start,
            event.type,
            tuple(a.country or a.name for a in event.source),
            tuple(a.country or a.name for a in event.target),
        )
        if key in seen:
            continue
        seen.add(key)
        events.append((sent.start, _prominence(token, event), event))
    events.sort(key=lambda x: (x[0], x[1]))  # per sentence, the main event first
    # A doerless mention of an event the same sentence codes with a doer is that event again
    # ("Serbians protested; the protest started out against ...").
    sourced = {(s, e.type) for s, _, e in events if e.source}
    return appraise(
        ctx, [e for s, _, e in events if e.source or (s, e.type) not in sourced], published
    )


def _prominence(token: Token, event: Event) -> tuple[int, int, int, int]:
    """Sort key putting a sentence's main event first: asserted before negated, then one
    outside a relative clause ('X, who visited Caracas last year, called for elections': the
    visit is background), then the trigger closest to the sentence root (the main clause),
    then left to right."""
    relative = any(t.dep_ == "relcl" for t in (token, *token.ancestors))
    # a noun event as subject is what the clause's own event reacts to or follows from ('the
    # attack drew condemnation', 'the strike killed five'): the clause's event comes first
    topic = token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass")
    # an event in a clause of time or circumstance ('dropped the tax after thousands
    # protested', 'following mass protests') is what the main event follows from
    after = any(_circumstance(t) for t in (token, *token.ancestors))
    return (
        int(event.negated),
        int(relative or topic or after),
        len(list(token.ancestors)),
        token.i,
    )


# Subordinators and prepositions of time or circumstance.
_CIRCUMSTANCE = frozenset({"after", "as", "following", "amid", "amidst", "since", "before"})


def _circumstance(t: Token) -> bool:
    """Whether ``t`` heads an adverbial clause or phrase of time or circumstance."""
    if t.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE for c in t.children)
    return t.dep_ == "pobj" and t.head.lower_ in _CIRCUMSTANCE and t.head.dep_ == "prep"


# Wanting or being ready to talk is an intention to cooperate (AGREE), not yet a meeting.
_INTENT_HEADS = frozenset(
    {
        "prepared",
        "prepare",
        "ready",
        "willing",
        "offer",
        "propose",
        "want",
        "seek",
        "agree",
        "commit",
        "committed",
        "pledge",
        "promise",
        "plan",
    }
)
# Readiness words (surface forms: 'is preparing to send' is a mobilisation under way, 'is
# prepared to send' an offer) and the material help an offer of which is an AGREE.
_READY = frozenset({"prepared", "ready", "willing", "open"})
_OFFERABLE = frozenset({"MOBILIZE", "AID", "COOPERATE", "CONCEDE"})


@cache
def joint_drills() -> frozenset[str]:
    """Force-posture nouns that two countries doing together makes cooperation, from
    ``data/event_joint_drills.csv``."""
    return frozenset(r["lemma"].lower() for r in load_table("event_joint_drills.csv"))


@cache
def open_waters() -> frozenset[str]:
    """Where a weapons test lands, from ``data/event_open_waters.csv``."""
    return frozenset(r["lemma"].lower() for r in load_table("event_open_waters.csv"))


def _into_water(token: Token) -> bool:
    """Whether a verb of firing sends its weapon into open water ('into the sea')."""
    return token.pos_ == "VERB" and any(
        p.dep_ == "prep"
        and p.lower_ in ("into", "toward", "towards")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in open_waters() for o in p.children)
        for p in token.children
    )


# Types that happen with no one named ('the ruling sparked protests', 'clashes broke out').
_HAPPENINGS = frozenset({"ASSAULT", "PROTEST", "COERCE"})
# Types that need a doer: with none named, a meeting or an intention is nothing.
_NEEDS_DOER = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Conditional force announced by the side that would use it is a threat.
_THREAT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def _claimant(ctx: DocActors, token: Token, quote: int | None) -> list[ActorRef]:
    """Who reports the event: the quotation's speaker or the reporting verb's subject."""
    speaker = ctx.speakers.get(quote) if quote is not None else None
    if speaker is not None:
        return [speaker]
    rep = reporter(token)
    return resolve(ctx, rep, quote) if rep is not None else []


def _earlier_in_quote(
    ctx: DocActors, token: Token, source: list[ActorRef], quote: int
) -> list[ActorRef]:
    """Within a quotation, the other party named in the two sentences before: "... relations
    with the bloc. 'We are ready for cooperation'" is readiness towards the bloc."""
    sent = token.sent
    for _ in range(2):
        if sent.start == 0:
            return []
        sent = ctx.doc[sent.start - 1].sent
        found = [a for a in sentence_others(ctx, sent, source, token, None) if a.country]
        if found:
            return found
    return []


def _complained_of(
    ctx: DocActors, token: Token, source: list[ActorRef], quote: int | None
) -> list[ActorRef]:
    """Coded subject of the clause an accusation verb reports ('complained that X ...')."""
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    inner = (
        None
        if clause is None
        else next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    )
    if inner is None:
        return []
    found = [a for a in resolve(ctx, inner, quote) if a.country]
    return [a for a in found if not any(same_side(ctx, a, [s]) for s in source)]


def _purpose_doer(token: Token, ptype: str) -> Token | None:
    """The subject of the verb a meeting noun is the purpose of: 'leaders gathered in Kazan
    for a summit', 'the minister flew to Beijing for talks' (they meet)."""
    if ptype != "CONSULT" or token.dep_ != "pobj" or token.head.lower_ != "for":
        return None
    verb = token.head.head
    if verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _enactor(token: Token) -> Token | None:
    """Who enacts an instrument named after the event: 'parliament passed an amnesty bill',
    'the president signed a sanctions decree' (the signer grants the amnesty, imposes the
    sanctions)."""
    noun = token.head
    if token.dep_ != "compound" or noun.lemma_.lower() not in instruments():
        return None
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _named_doer(subj: Token, verb: Token) -> bool:
    """Whether an uncoded subject is still someone acting: a proper name doing a material
    act ('the news network RTHK withdrew its reporters'), which the entity tagger missed.
    Only for material acts (quads 2 and 4): with verbal ones an unknown name mostly talks
    ('Khosla talked of his discoveries')."""
    if verb.pos_ != "VERB" or subj.dep_ != "nsubj":
        return False
    if subj.pos_ == "NOUN":
        # "code hosting website GitHub blocked access": the name stands beside its kind
        return _apposed_name(subj) is not None
    return subj.pos_ == "PROPN" and not any(c.dep_ == "nummod" for c in subj.children)


def _document_owner(subj: Token, verb: Token) -> Token | None:
    """Whose statement, notice or report it is that accuses, demands or praises: "RIAA's
    notice alleged ...", "the ministry's statement condemned ..." (the owner speaks through
    it). Only a named or coded owner of a thing (not of a person: "Trump's lawyer said")."""
    if verb.pos_ != "VERB" or subj.dep_ != "nsubj" or subj.pos_ != "NOUN" or is_person(subj):
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN":
        return None
    return owner


# Personal pronouns that stand for someone acting; "it" is left out: it is as often a storm,
# a report or a price as a country, and "I"/"we" are the speaker's side (handled above).
_DOER_PRONOUNS = frozenset({"he", "she", "they"})


@cache
def body_nouns() -> frozenset[str]:
    """Nouns naming a body of people acting as one, from ``data/event_bodies.csv``."""
    return frozenset(r["word"].lower() for r in load_table("event_bodies.csv"))


def _unnamed_doer(subj: Token, verb: Token, quad: int) -> bool:
    """Whether the subject of an event verb that the actor tables cannot resolve is still its
    doer: a personal pronoun ('He threatened to withhold federal funds', 'They stormed the
    embassy': in the article the pronoun points at someone named earlier), or, for verbal acts
    (quads 1 and 3: praising, accusing, charging, demanding), a name the tagger missed ('The
    House passed articles of impeachment'), a body of people ('the embassy declined the
    request', from ``data/event_bodies.csv``) or a nominal adjective standing for one named
    before ('The first charged the president with abuse of power'). Other nouns are mostly
    things ('the evidence supported his account', 'the law condemned women'), and material
    acts by an unknown noun are no actor's doing ('the storm hit the coast')."""
    if verb.pos_ != "VERB" or subj.dep_ != "nsubj":
        return False
    low = subj.lower_
    if low in _DOER_PRONOUNS:
        return True
    if low in FIRST_PERSON or subj.pos_ == "PRON" or quad not in (1, 3):
        return False
    if subj.pos_ == "NOUN":
        return subj.lemma_.lower() in body_nouns() or _apposed_name(subj) is not None
    return subj.pos_ in ("PROPN", "ADJ")


def _apposed_name(subj: Token) -> Token | None:
    """The name set beside a kind noun ('hosting service GitHub', 'the broadcaster RTHK')."""
    return next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


@cache
def noun_hosts() -> dict[tuple[str, str], str]:
    """(verb lemma, preposition or '') -> 'patient' or 'cause', from
    ``data/event_noun_hosts.csv``: verbs whose subject undergoes or provokes the event a noun
    object names, without doing it."""
    return {
        (r["lemma"].lower(), (r.get("prep") or "").lower()): r["role"].lower()
        for r in load_table("event_noun_hosts.csv")
    }


def _host(token: Token) -> tuple[str, Token | None, Token] | None:
    """(role, subject, verb) when a nominal trigger is carried by a verb that does not do it:
    'the minister faces charges' (patient: the minister is charged), 'came under attack',
    'the ruling sparked protests' (cause: the ruling protests nobody)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # "sparked controversy and protests"
    token = measured(token)  # "faced a storm of criticism": as "faced criticism"
    if token.dep_ == "dobj":
        verb, prep = token.head, ""
    elif token.dep_ == "pobj" and token.head.dep_ == "prep":
        verb, prep = token.head.head, token.head.lower_
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    hosts = noun_hosts()
    role = next((hosts[(f, prep)] for f in lemma_forms(verb) if (f, prep) in hosts), None)
    if role is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return role, subj, verb


def _from_party(token: Token, verb: Token | None) -> Token | None:
    """Who a verbal-reaction noun comes from: 'criticism from Beijing', 'drew objections from
    conservatives' (the parser hangs the 'from' phrase on the noun or on its verb)."""
    holders = [token] + ([verb] if verb is not None else [])
    for h in holders:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ == "from" and (h.i == token.i or p.i > token.i):
                obj = next((o for o in p.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return None


def _prep_object(token: Token, prep: str) -> Token | None:
    """The object of a preposition hanging from ``token`` ('withdrawal of troops')."""
    for p in token.children:
        if p.dep_ == "prep" and p.lower_ == prep:
            return next((o for o in p.children if o.dep_ == "pobj"), None)
    return None


def _left_place(token: Token) -> Token | None:
    """The 'from' object of a noun of leaving ('withdrawal from Niger'): the place or body
    left, not the doer, unlike 'aid from the EU'."""
    if token.pos_ != "NOUN":
        return None
    return _prep_object(token, "from")


def _of_agent(token: Token) -> Token | None:
    """The 'of' phrase of a noun whose 'of' names its doer: 'at the request of the prime
    minister', 'at the invitation of the king'."""
    for p in token.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            return next((o for o in p.children if o.dep_ == "pobj"), None)
    return None


def _clause_subject(token: Token) -> Token | None:
    """Subject of the clause a prepositional phrase on ``token`` hangs from ('She did so at
    the request of Trudeau': she)."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return None
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


# Commitments ('vowed to', 'pledged to', 'promised to') whose content is force, coercion or a
# sanction are threats (CAMEO 13: 'vowed to retaliate', 'pledged to punish those responsible').
_VOWS = frozenset({"vow", "pledge", "promise", "swear"})
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})


# Sectors of armed men who use force inside their own country (gangs, rebels, militias):
# the people there are who they attack, unlike a government acting at home.
_ARMED_SECTORS = frozenset({"UAF", "REB", "PRM"})


def _armed_within(source: list[ActorRef], quad: int) -> bool:
    """Whether every source is an armed non-state group using force (quad 4) at home."""
    return quad == 4 and bool(source) and all(a.sector in _ARMED_SECTORS for a in source)


def _vowed_force(trig: Trigger, token: Token, heads: dict[int, Trigger]) -> bool:
    """Whether an AGREE row on a commitment verb has a forceful act as its content."""
    if trig.entry.type != "AGREE" or token.pos_ != "VERB" or token.lemma_.lower() not in _VOWS:
        return False
    return any(
        h.entry.type in _FORCE_TYPES
        and outer_trigger(token.doc[h.head], heads) is trig
        and not any(c.dep_ == "neg" for c in token.doc[h.head].children)
        for h in heads.values()
        if h is not trig
    )  # "pledged not to use force" is a commitment to peace, not a threat


def _promised_force(verb: Token) -> bool:
    """Whether a verb of force in the future or conditional ('will', 'would') has a free-choice
    patient ('any incursion would be repelled', 'would crush any attempt'): not an act but a
    promise of force against whatever may come (CAMEO 13)."""
    return (
        verb.pos_ == "VERB"
        and "#any" in conditional_marks(verb)
        or any(c.dep_ == "dobj" and c.lower_ != "any" and free_choice(c) for c in verb.children)
    ) and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in verb.children
    )


@cache
def _riot_nouns() -> frozenset[str]:
    """Nouns for people who are themselves rioting: the lexicon's self-frame rows of mode
    'riot' ('rioters', 'looters')."""
    return frozenset(
        e.lemmas[0]
        for rows in lexicon().values()
        for e in rows
        if e.frame == "self" and e.mode == "riot" and len(e.lemmas) == 1
    )


def _rioting(verb: Token) -> bool:
    """Whether a verb of force has rioters as its subject (its own or, for a second verb, the
    first one's): violence by rioters is the riot itself, which PLOVER codes as PROTEST."""
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            # "hundreds of rioters", "a group of rioters": the 'of' phrase names who they are
            counted = [
                o
                for p in subj.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj"
            ]
            return any(t.lemma_.lower() in _riot_nouns() for t in (subj, *counted))
    return False


@cache
def _process_nouns() -> frozenset[str]:
    """Nouns for a drawn-out conflict or crisis, from ``data/event_process_nouns.csv``."""
    return frozenset(r["lemma"].lower() for r in load_table("event_process_nouns.csv"))


@cache
def _toll_verbs() -> frozenset[str]:
    """Verbs that count a toll ('has left 1,000 dead'), from ``data/event_toll_verbs.csv``."""
    return frozenset(r["lemma"].lower() for r in load_table("event_toll_verbs.csv"))


def _toll(verb: Token, subj: Token | None) -> bool:
    """Whether a verb reports the running toll of a drawn-out process rather than an act: its
    subject is a process noun ('the war', 'fighting') no actor is named for, and it is told
    in the perfect ('has killed') or over a span ('since April', 'so far'). 'The attack
    killed 12 soldiers' names one act and stays an event (gold/events/README.md)."""
    if subj is None or verb.pos_ != "VERB" or subj.lemma_.lower() not in _process_nouns():
        return False
    if any(c.dep_ in ("poss", "compound", "amod") and c.ent_type_ for c in subj.children):
        return False  # "Russia's war has killed": a named side wages it
    perfect = verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children
    )
    span = any(
        c.dep_ == "prep" and c.lower_ == "since" or c.dep_ == "advmod" and c.lower_ == "far"
        for c in verb.children
    )
    return perfect or span


def _intent_with_content(trig: Trigger, token: Token, heads: dict[int, Trigger]) -> bool:
    """Whether an AGREE of readiness ('ready to', 'ready for') has a coded act as its content
    ('Azerbaijan said it was ready to sign the peace deal'): the willingness is an event even
    with no one named to receive it, as 'ready for the storm' is not."""
    return trig.entry.type == "AGREE" and any(
        h is not trig and outer_trigger(token.doc[h.head], heads) is trig for h in heads.values()
    )


def _intended_talks(token: Token) -> bool:
    """Whether talks are only wanted or offered ('prepared to resume negotiations', 'open to
    talks'): an intention to cooperate (AGREE) needs no second party named, unlike a meeting."""
    return token.pos_ == "VERB" and any(
        t.lemma_.lower() in _INTENT_HEADS or t.lemma_.lower() == "open" and t.pos_ == "ADJ"
        for t in clause_chain(token)[1:]
    )


def _person_noun(token: Token) -> bool:
    """A noun naming people ('some patients', 'the officials'); pronouns are left out: an
    accusation needs the accused named in the sentence."""
    return token.pos_ in ("NOUN", "PROPN") and is_person(token)


def _root_noun_subject(token: Token) -> Token | None:
    """The subject of a finite verb the parser hung on it as a modifier after a relative
    clause ('The Colombian president, who visited Caracas, called for elections': 'called'
    parsed as a modifier of 'president', which became the root)."""
    head = token.head
    if (
        token.dep_ == "acl"
        and token.tag_ == "VBD"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < token.i
    ):
        return head
    return None


def _name_as_adverb(ctx: DocActors, token: Token, quote: int | None) -> Token | None:
    """The subject of a finite verb that the parser took for an adverb: an unfamiliar name
    opening the sentence ('Yoon defied a summons': 'Yoon' tagged RB, the verb left without a
    subject). Only a capitalised first word that the actor tables know, so 'Later defied ...'
    or 'Meanwhile' stay adverbs."""
    if token.pos_ != "VERB" or token.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in token.children):
        return None
    first = token.sent[0]
    if first.dep_ != "advmod" or first.head.i != token.i or not first.is_title:
        return None
    if first.i + 1 != token.i and not all(
        t.dep_ in ("aux", "neg", "advmod") for t in token.doc[first.i + 1 : token.i]
    ):
        return None
    return first if resolve(ctx, first, quote) else None


@cache
def _opening_words() -> dict[str, frozenset[str]]:
    """Lemmas by kind ('verb', 'place') from ``data/event_opening_places.csv``."""
    kinds: dict[str, set[str]] = {}
    for r in load_table("event_opening_places.csv"):
        kinds.setdefault(r["kind"].strip().lower(), set()).add(r["word"].strip().lower())
    return {k: frozenset(v) for k, v in kinds.items()}


def _opening_place(token: Token, subj: Token) -> bool:
    """Whether the subject of an intransitive open/close verb is a place that is opened or
    closed ('girls' schools could reopen', 'the border closed'), not who does it."""
    words = _opening_words()
    return (
        token.pos_ == "VERB"
        and token.lemma_.lower() in words.get("verb", frozenset())
        and subj.dep_ == "nsubj"
        and subj.lemma_.lower() in words.get("place", frozenset())
        and not any(c.dep_ == "dobj" for c in token.children)
        and reporter(token) is not None
    )


def _planner(token: Token) -> Token | None:
    """Whose plan, decision or offer a to-clause on a noun is: 'the US announced plans to
    remove the troops', 'Germany's decision to send tanks' (the possessor, else the subject of
    the verb the noun is the object of)."""
    if token.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    noun = token.head
    own = next((c for c in noun.children if c.dep_ == "poss"), None)
    if own is not None:
        return own
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return None


def _code_one(
    ctx: DocActors,
    trig: Trigger,
    token: Token,
    published: str | None,
    types: dict,
    heads: dict[int, Trigger],
) -> Event | None:
    entry = trig.entry
    if entry.type == "NONE":
        # a row that is an event only when negated: not seeking re-election is stepping down
        if not entry.negated_type or not flags_for(token, frozenset(entry.lemmas)).negated:
            return None
        if token.dep_ == "pcomp":
            return None  # "a tradition of not seeking a third term" describes, nobody acts
        ptype = types[entry.negated_type]
    else:
        ptype = types[entry.type]
    vowed = _vowed_force(trig, token, heads)
    if vowed:
        ptype = types["THREATEN"]  # "vowed to retaliate", "pledged to punish those responsible"
    # "any incursion would be repelled with force": force promised against whatever may come
    # is a conditional threat, made by whoever says so
    promised = ptype.name in _THREAT_TYPES and _promised_force(token)
    if promised:
        ptype = types["THREATEN"]
    if ptype.name == "ASSAULT" and token.pos_ == "VERB" and _rioting(token):
        ptype = types["PROTEST"]  # "rioters attacked a mosque": a riot (PLOVER PROTEST)
    quote = ctx.quote_of(token.idx)
    speaker = ctx.speakers.get(quote) if quote is not None else None
    source: list[ActorRef] = []
    target: list[ActorRef] = []
    skip: set[int] = set()
    subj, passive = subject_of(token)
    if subj is None:
        subj = _root_noun_subject(token) or _name_as_adverb(ctx, token, quote)
    host = (
        _host(token)
        if entry.frame not in ("self", "recipient", "allege") and ptype.name not in _NEEDS_DOER
        else None
    )
    if host is not None:
        # "Toronto police face allegations", "the ruling sparked protests", "drew criticism
        # from Beijing": the verb's subject undergoes or provokes the event; its doer, if
        # named at all, is the 'from' phrase
        role, carrier, verb = host
        party = _from_party(token, verb)
        if party is not None:
            source = resolve(ctx, party, quote) or ([uncoded(party)] if is_agentive(party) else [])
            skip.add(party.i)
        if carrier is not None:
            skip.add(carrier.i)
            if role == "patient":
                target = resolve(ctx, carrier, quote) or (
                    [uncoded(carrier)] if is_person(carrier) else []
                )
        if not source and not target and ptype.quad != 3 and ptype.name not in _HAPPENINGS:
            return None  # "the fire triggered an evacuation": no one acts, no one is acted on
    elif entry.frame == "self":
        if token.dep_ != "nsubj":
            return None  # "police arrested protesters": the protesters are not protesting here
        source = resolve(ctx, token, quote) or [uncoded(token)]
    elif entry.frame == "recipient":
        holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
        giver = next(
            (
                o
                for h in holders
                for p in h.children
                if p.dep_ == "prep" and p.lower_ == "from"
                for o in p.children
                if o.dep_ == "pobj"
            ),
            None,
        )  # "received jets from Denmark", "received a loan from Romania"
        if giver is None or subj is None:
            return None  # "Ukraine received jets from Denmark": Denmark gives, Ukraine receives
        source, target = resolve(ctx, giver, quote), resolve(ctx, subj, quote)
        skip.update({giver.i, subj.i})
        if not source:
            return None
    elif entry.frame == "allege":
        doer = resolve(ctx, subj, quote) if subj is not None and not passive else []
        if not doer and subj is not None and not passive and _person_noun(subj):
            doer = [uncoded(subj)]  # "claiming some patients deceived him"
        if not doer or subj is not None and subj.lower_ in FIRST_PERSON:
            return None
        rep = reporter(token)
        claim = resolve(ctx, rep, quote) if rep is not None else []
        source = [speaker] if speaker is not None and not claim else claim
        if not source:
            return None
        target = doer
        ptype = types["ACCUSE"]
    else:
        pair = between(token) if token.pos_ in ("NOUN", "PROPN") else None
        if pair is not None:
            source = resolve(ctx, pair, quote)
            skip.update(t.i for t in pair.subtree)
            if len(source) < 2:
                source = []
        left = _left_place(token) if ptype.name == "RETREAT" else None
        if left is not None:
            # "the withdrawal of French troops from Mali": the 'from' phrase is what is left
            # (the target), the 'of' phrase, if any, who leaves
            target = resolve(ctx, left, quote) or target
            skip.add(left.i)
            leaver = _prep_object(token, "of")
            if leaver is not None and not any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in leaver.children
            ):  # "France withdrew its troops": the clause's subject owns them
                source = resolve(ctx, leaver, quote)
                skip.add(leaver.i)
        if (
            not source
            and left is None
            and token.pos_ in ("NOUN", "PROPN")
            and entry.frame != "self"
        ):
            coded = [a for a in resolve(ctx, token, quote, of_is_patient=True) if a.country]
            if coded and token.i not in ctx.by_token:
                source = coded  # "Israeli air strikes", "EU sanctions", "US aid"
        if not source and left is not None and token.pos_ in ("NOUN", "PROPN"):
            # "the US withdrawal from Afghanistan": the 'from' place is what is left, the
            # noun's own country modifier who leaves
            mods = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
            if any(c.i < token.i for c in mods) and token.i not in ctx.by_token:
                source = [
                    a
                    for a in resolve(ctx, token, quote, of_is_patient=True)
                    if a.country and a not in target
                ]
        if not source and token.pos_ in ("NOUN", "PROPN"):
            own = noun_source(token) or _enactor(token)
            if own is None and entry.frame == "of_agent":
                own = _of_agent(token)  # "at the request of the prime minister"
                asked = _clause_subject(token) if own is not None else None
                if asked is not None:
                    target = resolve(ctx, asked, quote) or (
                        [uncoded(asked)] if is_person(asked) else []
                    )
                    skip.add(asked.i)
            purpose = _purpose_doer(token, ptype.name) if own is None else None
            if purpose is not None and any(a.country for a in resolve(ctx, purpose, quote)):
                own = purpose  # only a coded party: 'a company paid for trips' meets nobody
            if own is not None and own.dep_ == "poss" and entry.frame == "poss_target":
                target = resolve(ctx, own, quote)  # "his arrest": he is arrested
                skip.add(own.i)
                own = None
            if own is not None:
                source = resolve(ctx, own, quote)
                if not source and is_agentive(own) and own.lower_ not in FIRST_PERSON:
                    source = [uncoded(own)]
                skip.add(own.i)
        if not source and passive:
            by_tok = agent(token)
            if by_tok is not None:
                source = resolve(ctx, by_tok, quote)
            if by_tok is None and (entry.frame == "content" or promised):
                # "warned that any attack would be met with force": the one who says so is
                # who will respond; the passive subject is only the condition
                source = _claimant(ctx, token, quote)
            if subj is not None and by_tok is None and entry.frame == "patient":
                source = resolve(ctx, subj, quote) or [uncoded(subj)]
            elif subj is not None:
                target = resolve(ctx, subj, quote)
            if subj is not None:
                skip.add(subj.i)
        elif not source and subj is not None and getattr(suffers(token), "i", -1) == subj.i:
            skip.add(subj.i)  # "five soldiers died in the attack": victims, not doers
        elif not source and subj is not None and _opening_place(token, subj):
            # "officials suggested that girls' schools could reopen": the schools are opened,
            # the reporter's side opens them
            rep = reporter(token)
            source = resolve(ctx, rep, quote) if rep is not None else []
            skip.add(subj.i)
        elif not source and subj is not None:
            source = resolve(ctx, subj, quote)
            if not source and (
                subj.pos_ in ("NOUN", "PROPN")
                and is_agentive(subj)
                or ptype.quad in (2, 4)
                and _named_doer(subj, token)
            ):
                source = [uncoded(_apposed_name(subj) or subj)]
            if not source and ptype.quad in (1, 3):
                owner = _document_owner(subj, token)
                if owner is not None:
                    source = resolve(ctx, owner, quote) or [uncoded(owner)]
                    skip.add(owner.i)
            skip.add(subj.i)
        nominal = token.pos_ in ("NOUN", "PROPN")
        if (
            nominal
            and is_background(token)
            or nominal
            and token.dep_ in ("nsubj", "nsubjpass")
            and ptype.quad != 3
        ):
            pass  # 'despite the sanctions', 'a deal could be reached': no doer to borrow
        elif not source and speaker is not None and (subj is None or subj.lower_ in FIRST_PERSON):
            source = [speaker]
        elif not source and (
            nominal
            and ptype.quad == 3
            or subj is not None
            and subj.lower_ in ("he", "she", "it", "they")
        ):
            # "Lavrov said the blame rested on Brussels"; "X said he would not bow to ..."
            rep = reporter(token)  # "Lavrov said the blame rested on Brussels"
            if rep is not None:
                source = resolve(ctx, rep, quote)
    if (
        not source
        and subj is not None
        and not passive
        and entry.frame not in ("self", "recipient", "allege")
        and _unnamed_doer(subj, token, ptype.quad)
    ):
        # "He threatened to withhold funds": the act is still done
        source = [uncoded(_apposed_name(subj) or subj)]
    if not source and subj is None and token.pos_ == "VERB":
        planner = _planner(token)
        if planner is not None:
            source = [a for a in resolve(ctx, planner, quote) if a.country]
    if (
        not source
        and subj is None
        and token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.head.lemma_.lower() in entry.objects  # the row's own object, not 'a show'
    ):
        by_tok = agent(token)  # "intelligence supplied by Jordan led police to ...": Jordan's act
        if by_tok is not None:
            source = resolve(ctx, by_tok, quote)
            skip.add(by_tok.i)
    if (
        not source
        and (entry.frame == "content" or promised)
        and subj is not None
        and not passive
        and free_choice(subj)
    ):
        # "any country that attacks Iran will face a devastating response": the one who
        # says so will respond; 'any country' is only the condition
        source = _claimant(ctx, token, quote)
        skip.add(subj.i)
    if not source and host is None and _toll(token, subj):
        return None  # "the fighting has killed thousands since April": a running toll
    if (
        not source
        and token.dep_ == "nsubj"
        and token.head.lemma_.lower() in _toll_verbs()
        and _toll(token.head, token)
    ):
        return None  # "the fighting has left 1,000 people dead since April": the same toll
    found = None
    if not source and host is None:
        found = _sourceless(ctx, trig, token, subj, passive, heads, quote)
        if found is None:
            return None
        source, target = found
    # the subject of an agentless passive is who it happened to, coded or not
    patient_fixed = bool(target) and (found is not None or not source)
    side = {a.country for a in source if a.country} | {a.name for a in source}
    if entry.frame == "solo":
        pass  # a resignation has no target
    elif not target and ptype.name == "ACCUSE" and token.pos_ == "VERB":
        # "officials complained that Ethiopia did not deliver aid": the complaint is about
        # the subject of what is complained of, before anything named further down
        target = _complained_of(ctx, token, source, quote) or targets_below(
            ctx, token, skip, quote, source
        )
    elif not target:
        target = targets_below(ctx, token, skip, quote, source)
    mutual = len([a for a in source if a.country]) >= 2  # "Ethiopia and Somalia restored ties"
    if (
        (not target or not any(a.country for a in target))
        and entry.frame not in ("self", "solo")
        and not mutual
        and not patient_fixed
        and source  # with no doer named, another actor of the sentence is a guess
    ):
        target = sentence_others(ctx, token.sent, source, token, quote) or target
    if (
        not any(a.country for a in target)
        and quote is not None
        and entry.frame != "solo"
        and not patient_fixed
    ):
        target = _earlier_in_quote(ctx, token, source, quote) or target
    if entry.mode == "visit" and not any(a.country for a in target) and not mutual:
        # "the Indian prime minister arrived in Moscow for a two-day visit": a visit to a
        # country's capital or city is a visit to that country
        place = location_of(ctx, clause_chain(token), entry.mode)
        if place is not None and place.country and place.country not in side:
            name = country_names().get(place.country, place.name)
            target = [ActorRef(place.name, name, place.country, None)]
    coded_sources = [a for a in source if a.country]
    if (
        entry.frame == "coded_target"
        and not any(a.country for a in target)
        and len(coded_sources) < 2
        and not (coded_sources and _intent_with_content(trig, token, heads))
    ):
        return None  # "helping out fixing things" is not aid to anyone
    if entry.frame == "targeted" and not target:
        return None  # "thanked everyone for coming": thanks with no one thanked is politeness
    if (
        ptype.name == "CONSULT"
        and not target
        and len(source) < 2
        and entry.mode != "multilateral"
        and not _intended_talks(token)
    ):
        group = (
            token.pos_ == "VERB"
            and subj is not None
            and (subj.tag_ in ("NNS", "NNPS") or any(a.sector == "IGO" for a in source))
        )
        if not group:
            return None  # one cannot meet alone: "the talks were constructive" is a comment
    chain = clause_chain(token)
    planned = (
        token.pos_ == "VERB"
        and any(  # "was planning to visit": a visit intended
            t.lemma_.lower() == "plan" and t.pos_ == "VERB" for t in chain[1:2]
        )
    )
    if (
        ptype.name == "CONSULT"
        and not planned
        and any(
            t.lemma_.lower() in _INTENT_HEADS or t.lemma_.lower() == "open" and t.pos_ == "ADJ"
            for t in chain[1:]
        )
    ):
        ptype = types["AGREE"]  # "prepared to hold peace talks", "open to resuming talks"
    if (
        ptype.name in _OFFERABLE
        and token.pos_ == "VERB"
        and any(t.lower_ in _READY and (t.lower_ != "open" or t.pos_ == "ADJ") for t in chain[1:3])
    ):
        # "Poland is prepared to send troops if necessary": readiness to help or to yield
        # ('prepared to lift the curfew') is an offer (CAMEO 03, intent to cooperate), not
        # the help or the concession itself; a release offered stays the release the gold
        # codes ('would be prepared to free the detained Americans if ...')
        ptype = types["AGREE"]
    if (
        ptype.name == "ASSAULT"
        and not any(a.country and a.country not in side for a in target)
        and _into_water(token)
    ):
        ptype = types["MOBILIZE"]  # "fired two missiles into the sea": a test, not an attack
    if ptype.name == "MOBILIZE" and mutual and entry.lemmas[0] in joint_drills():
        ptype = types["COOPERATE"]  # "navies from India and France began exercises"
    location = location_of(ctx, chain, entry.mode)
    if (
        not any(a.country for a in target)
        and location is not None
        and location.country
        and (ptype.quad == 4 or ptype.name == "AID")
        and (location.country not in side or _armed_within(source, ptype.quad))
    ):
        # "jets bombed hideouts in Afghanistan": force used in a country is used against it;
        # "gang members stormed a town in central Haiti": armed men of that country attack
        # its people, so the target is the country's civilians
        home = location.country in side
        target = [
            ActorRef(
                location.name,
                country_names().get(location.country, location.name),
                location.country,
                "CVL" if home else None,
            )
        ]
    flags = flags_for(token, frozenset(entry.lemmas))
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
    if flags.negated and entry.type == "NONE":
        # "will not seek re-election" announces a stepping down (intended), not a non-event
        flags = Flags(False, flags.hypothetical, flags.intended, flags.historical_word)
    elif flags.negated and entry.negated_type and not perfect:
        # "has not conceded" reports that it did not happen (a negated CONCEDE), not a refusal
        ptype = types[entry.negated_type]  # refusing to yield ("would not bow") is a rejection
        flags = Flags(False, False, False, flags.historical_word)
    if ptype.name == "THREATEN" and flags.hypothetical:
        # "threatened to strike Beirut if ...": the condition is the threat's content; the
        # threat itself was made
        flags = Flags(flags.negated, False, flags.intended, flags.historical_word)
    if ptype.name == "THREATEN" and (entry.frame == "content" or vowed or promised):
        # '"We will respond decisively"': the future is the threat's content; saying it is
        # the threat, made now
        flags = Flags(flags.negated, flags.hypothetical, False, flags.historical_word)
    if ptype.name == "AGREE" and flags.intended:
        # an AGREE is itself a statement of intent: only a future tense makes it 'intended'
        future = any(
            c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll")
            for t in chain
            for c in t.children
        )
        flags = Flags(flags.negated, flags.hypothetical, future, flags.historical_word)
    reported_would = flags.intended and any(
        c.dep_ == "aux" and c.lower_ == "would" for t in chain for c in t.children
    )
    if (
        ptype.name in _THREAT_TYPES
        and (flags.hypothetical or reported_would)
        and not flags.negated
        and entry.frame != "predicate"  # an announced rule is decided, not threatened
    ):
        if any(same_side(ctx, a, _claimant(ctx, token, quote)) for a in source):
            ptype = types["THREATEN"]  # "Russia could strike Britain if ...", Putin warned
            flags = Flags(False, False, False, flags.historical_word)
    date, historical = date_of(chain, published, flags.intended)
    sent = token.sent
    return Event(
        type=ptype.name,
        mode=entry.mode
        if ptype.name == entry.type
        else ("allege" if ptype.name == "ACCUSE" else None),
        cameo_root=entry.cameo if ptype.name == entry.type else ptype.cameo_root,
        quad=ptype.quad,
        intensity=ptype.score,
        source=source,
        target=target,
        evidence=TextSpan(sent.start_char, sent.end_char, sent.text),
        negated=flags.negated,
        hypothetical=flags.hypothetical,
        intended=flags.intended and not historical,
        historical=historical or flags.historical_word,
        date=date,
        location=location,
        quote=quote,
        trigger=ctx.doc[trig.start : trig.end].text,
    )
