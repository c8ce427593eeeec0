"""Events whose doer the sentence does not name: PLOVER codes them with an unknown source.

Real wire copy reports much of what happens without a doer: "a minister was stabbed on
Thursday", "twelve people were arrested", "he has been charged with fraud", "clashes broke
out", "a bombing killed a journalist". Dropping these (the coder used to need a source) loses
about half of the events in real news. Three shapes are coded here, each with an empty source
list unless the sentence names the obvious authority:

* an agentless passive whose subject is someone (an actor, a pronoun, a person noun from
  ``data/event_people.csv``): the subject is the target; for arrests, charges, sentences and
  the like the police, court or government named elsewhere in the sentence ("..., police
  said") is the source;
* an agentless passive whose subject is the thing the trigger row asks for ("a curfew was
  imposed", "sanctions were imposed on Russia"): no target from the subject;
* a ban or expulsion done through an instrument ("signed a decree banning the niqab"): the
  one who signed or passed it is the source;
* a rule stated as a predicate ("masks will be compulsory") announced by an authority, which
  is its source;
* an attack in which someone died or was hurt ("five civilians died in the attack"): the
  victims are the target, never the doer;
* a violent or protest event named by a noun that is the clause's subject or root ("clashes
  broke out", "a protest was held") or a violent verb whose subject is such a noun ("a
  shooting killed three people": coded on the verb, the noun then yields nothing).

Types that need a doer to mean anything (AGREE, CONSULT, COOPERATE: an intention, a meeting, a
joint act; "the suspects were linked to the network" is a description) are never coded
without one.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from communique.events.actors_in import FIRST_PERSON, THIRD_PERSON, DocActors, resolve
from communique.events.lexicon import Trigger
from communique.events.participants import (
    agent,
    between,
    is_agentive,
    is_background,
    person_nouns,
    reporter,
    uncoded,
)
from communique.records import ActorRef
from communique.resources import load_table

# Types an unnamed doer can have: a meeting or an intention without anyone is nothing.
_NEEDS_DOER = frozenset({"AGREE", "CONSULT", "COOPERATE"})  # "the suspects were linked to
# Noun events that happen without a named doer ("clashes broke out", "a protest was held").
_HAPPENINGS = frozenset({"ASSAULT", "PROTEST", "COERCE"})
# Sectors that arrest, charge, try, sentence, ban and release: the implied doer of such a
# passive when the sentence names one of them ("he was charged with fraud, prosecutors said").
_AUTHORITY = frozenset({"COP", "JUD", "GOV", "MIL", "SPY", "LEG"})
_AUTHORITY_TYPES = frozenset({"COERCE", "SANCTION", "ACCUSE", "RETREAT", "CONCEDE", "REQUEST"})
_PRONOUNS = THIRD_PERSON | frozenset({"they", "them"})


def is_person(token: Token) -> bool:
    """Whether a noun names people ('twelve people', 'the activist', 'he', 'coup leaders').
    (Also used to tell 'coup leaders' from a coup.)"""
    if token.lower_ in _PRONOUNS:
        return True
    if token.lower_ in FIRST_PERSON or token.lower_ == "it":
        return False
    if token.lemma_.lower() in person_nouns() or token.lower_ in person_nouns():
        return True
    return token.pos_ in ("NOUN", "PROPN") and is_agentive(token)


def _authority(ctx: DocActors, token: Token, quote: int | None) -> list[ActorRef]:
    """The police, court or government that reports or is named beside the event."""
    rep = reporter(token)
    if rep is not None:
        body = _represented(ctx, rep, quote)
        if body:
            return body  # "X, a spokesperson for the National Police, confirmed ... arrested"
        found = [a for a in resolve(ctx, rep, quote) if a.sector in _AUTHORITY]
        if found:
            return found
    for t in token.sent:
        idx = ctx.by_token.get(t.i)
        if idx is None or t.i == token.i or t in token.subtree and t.dep_ != "pobj":
            continue
        actor = ctx.actors[idx]
        if actor.sector in ("COP", "JUD") and t.dep_ in ("nsubj", "pobj", "appos"):
            return [ctx.ref(idx, t)]
    return []


def _represented(ctx: DocActors, rep: Token, quote: int | None) -> list[ActorRef]:
    """The police, court or ministry a reporter speaks for ('Dedi Prasetyo, a spokesperson for
    the National Police'): the body made the arrest, not its spokesperson."""
    for app in rep.children:
        if app.dep_ != "appos":
            continue
        for prep in app.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found = [a for a in resolve(ctx, obj, quote) if a.sector in _AUTHORITY]
                        if found:  # the actor stage may fold the apposition into the person
                            words = ctx.doc[obj.left_edge.i : obj.right_edge.i + 1].text
                            return [ActorRef(words, words, found[0].country, found[0].sector)]
    return []


@cache
def instruments() -> frozenset[str]:
    """Decrees, laws, resolutions: nouns whose issuer does what they do."""
    return frozenset(r["word"].lower() for r in load_table("event_instruments.csv"))


def _issuer(ctx: DocActors, token: Token, quote: int | None) -> list[ActorRef]:
    """Who signed, passed or issued the instrument a trigger describes ('a decree banning')."""
    noun = token.head
    if noun.lemma_.lower() not in instruments() or noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    verb = noun.head
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun.dep_ == "nsubjpass":
        doer = next((o for c in verb.children if c.dep_ == "agent" for o in c.children), None)
    return resolve(ctx, doer, quote) if doer is not None else []


@cache
def content_nouns() -> frozenset[str]:
    """Nouns whose to-clause is what they show, not an act ('evidence to support')."""
    return frozenset(r["lemma"].lower() for r in load_table("event_content_nouns.csv"))


@cache
def harm_verbs() -> frozenset[str]:
    """Verbs whose subject suffers the event in their 'in' phrase ('died in the attack')."""
    return frozenset(r["lemma"].lower() for r in load_table("event_harm_verbs.csv"))


def suffers(token: Token) -> Token | None:
    """The victim subject of 'X died/were killed in the attack' for the nominal trigger
    'attack', or None."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "pobj":
        return None
    prep = token.head
    if prep.lower_ not in ("in", "during", "at") or prep.head.lemma_.lower() not in harm_verbs():
        return None
    verb = prep.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _parties(ctx: DocActors, noun: Token, quote: int | None) -> list[ActorRef]:
    """Both sides of 'clashes between X and Y', the 'between' phrase on the event noun or,
    as the parser often attaches it, on its verb ('clashes broke out between X and Y')."""
    for holder in (noun, noun.head):
        pair = between(holder)
        if pair is not None:
            found = resolve(ctx, pair, quote)
            if len(found) >= 2:
                return found
    return []


def _expeller(ctx: DocActors, token: Token, quote: int | None) -> list[ActorRef]:
    """The country someone was expelled, deported or banned from: it did the expelling."""
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for o in c.children:
                if o.dep_ == "pobj":
                    found = [a for a in resolve(ctx, o, quote) if a.country and a.sector == "GOV"]
                    if found:
                        return found
    return []


# Conjunctions of a clause that says how the victims of a passive died ('were killed when a
# jet bombed the village', 'were wounded as drones struck the market')
_HOW_MARKS = frozenset({"when", "as", "after"})


def _attacker_when(
    ctx: DocActors, token: Token, heads: dict[int, Trigger], quote: int | None
) -> list[ActorRef]:
    """The doer of the attack a 'when' clause tells: 'At least 20 people were killed when a
    junta aircraft bombed a monastery' -> the aircraft's side did the killing."""
    for clause in token.children:
        if clause.dep_ != "advcl" or clause.i not in heads:
            continue
        if heads[clause.i].entry.type != "ASSAULT":
            continue
        if not any(
            c.dep_ in ("advmod", "mark") and c.lower_ in _HOW_MARKS for c in clause.children
        ):
            continue
        doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if doer is not None:
            found = resolve(ctx, doer, quote)
            if found:
                return found
    return []


# Prepositions that place where a weapon went off ('exploded outside a police station').
_BLAST_PREPS = frozenset({"in", "at", "near", "outside", "inside", "on"})


def _blast_place(ctx: DocActors, token: Token, quote: int | None) -> list[ActorRef]:
    """Who a doerless blast hit, by where it went off: 'a car bomb exploded outside a police
    station in Kandahar' -> the actors the place phrase names (Kandahar -> AFG). Empty when
    no place is named: the target may be empty (gold/events/README.md)."""
    for p in token.children:
        if p.dep_ != "prep" or p.lower_ not in _BLAST_PREPS:
            continue
        for t in p.subtree:
            if t.i == p.i:
                continue
            found = [a for a in resolve(ctx, t, quote) if a.country]
            if found:
                return found
    return []


def sourceless(
    ctx: DocActors,
    trig: Trigger,
    token: Token,
    subj: Token | None,
    passive: bool,
    heads: dict[int, Trigger],
    quote: int | None,
) -> tuple[list[ActorRef], list[ActorRef]] | None:
    """(source, target) for an event with no named doer, or None when it is no event."""
    entry = trig.entry
    if entry.type in _NEEDS_DOER or entry.frame in ("self", "solo", "coded_target"):
        return None
    if token.pos_ == "VERB" and token.dep_ == "acl" and not passive:
        issuer = _issuer(ctx, token, quote)
        if issuer:
            return issuer, []  # "signed a decree banning the niqab": the target comes later
    if token.pos_ == "VERB":
        if passive and subj is not None and agent(token) is None and entry.frame != "patient":
            if any(c.dep_ == "prep" and c.lower_ == "since" for c in token.children):
                return None  # "the border has been closed since 1993": a state, not an act
            if entry.type == "MOBILIZE":
                moved = [a for a in resolve(ctx, subj, quote) if a.country]
                if moved:  # "Serbian units were moved to the border": they are the side moving
                    return moved, []
            if entry.objects and subj.lemma_.lower() in entry.objects and not is_person(subj):
                return [], []  # "a curfew was imposed": the target, if any, comes later
            if not is_person(subj) or entry.type == "AID":
                return None  # "the building was evacuated"; "a boy was rescued" from rubble
            if token.lemma_.lower() in harm_verbs() and not any(
                t.entry.type == "ASSAULT"
                and t.head != token.i
                and token.sent.start <= t.head < token.sent.end
                for t in heads.values()
            ):
                return None  # "two people were killed": in a crash or an attack? Only with one
            target = resolve(ctx, subj, quote) or [uncoded(subj)]
            source = _authority(ctx, token, quote) if entry.type in _AUTHORITY_TYPES else []
            if not source and entry.type == "ASSAULT":
                source = _attacker_when(ctx, token, heads, quote)
            if not source and entry.type in ("SANCTION", "COERCE"):
                source = _expeller(ctx, token, quote)  # "was expelled from Kenya"
            return [a for a in source if a not in target], target
        if (
            not passive
            and subj is not None
            and entry.type == "ASSAULT"
            and f"^{subj.lemma_.lower()}" in entry.objects
        ):
            return [], _blast_place(ctx, token, quote)  # "a car bomb exploded outside ..."
        if (
            not passive
            and subj is not None
            and subj.i in heads
            and heads[subj.i].entry.type in _HAPPENINGS
            and entry.type in _HAPPENINGS
        ):
            return _parties(ctx, subj, quote), []  # "a bombing killed a journalist"
        return None
    if entry.frame == "predicate":
        # "the government announced that masks would be compulsory": the announcer imposes it
        found = _authority(ctx, token, quote)
        return (found, []) if found else None
    if entry.type not in _HAPPENINGS or is_background(token):
        return None
    if token.dep_ in ("nsubj", "nsubjpass", "ROOT") and token.head.i not in heads:
        return _parties(ctx, token, quote), []  # "clashes broke out", "a protest was held"
    victim = suffers(token)
    if victim is not None and entry.type == "ASSAULT":
        return [], resolve(ctx, victim, quote) or [uncoded(victim)]  # "died in the attack"
    return None
