"""Who did it to whom: source and target of a trigger, read off the dependency parse.

Source: the subject (or passive agent; for nominal triggers the possessor, a 'by' phrase, or
'between X and Y'); a first-person subject inside a quotation is the speaker's side; with no
subject, the quotation's speaker or the subject of the reporting verb. Target: the passive
subject, object or prepositional object below the trigger (objects and strong prepositions
first, coded actors before uncoded groups), else another actor of the sentence. Places
('talks in Moscow') are locations, never targets.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from communique.actors.gazetteer import country_names, phrase_table
from communique.actors.roles import role_of
from communique.events.actors_in import DocActors, resolve
from communique.events.lexicon import lemma_forms
from communique.events.modifiers import clause_chain
from communique.records import ActorRef
from communique.resources import load_table

STRONG_PREPS = frozenset(
    {
        "with",
        "against",
        "on",
        "to",
        "toward",
        "towards",
        "into",
        "upon",
        "between",
        "among",
    }
)
# 'at' and 'over' name a target less often ('filed a case against Israel at the ICJ')
MIDDLE_PREPS = STRONG_PREPS | {"at", "over"}
TARGET_PREPS = MIDDLE_PREPS | {"for", "of", "from", "about"}
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout"})
SUBJECTS = frozenset({"nsubj", "csubj"})
CLIMB_FOR_SUBJECT = frozenset(
    {
        "xcomp",
        "acomp",
        "pcomp",
        "prep",
        "pobj",
        "dobj",
        "attr",
        "conj",
        "advcl",
        "compound",
        "amod",
        "oprd",
        "nmod",
        "ccomp",
        "npadvmod",
        "advmod",
    }
)


# "fired rockets at Israel": after these verbs 'at' names the target, not the place.
AIM_VERBS = frozenset(
    {
        "fire",
        "shoot",
        "aim",
        "launch",
        "hurl",
        "throw",
        "direct",
        "point",
        "lob",
        "strike",
        "swipe",
        "lash",
    }
)


@cache
def facility_nouns() -> frozenset[str]:
    """Facilities and stretches of ground or water (``event_facility_nouns.csv``)."""
    return frozenset(r["word"].lower() for r in load_table("event_facility_nouns.csv"))


def is_facility_end(token: Token) -> bool:
    """Where a motion ends or starts ('into Egypt's El Arish airport', 'to the border'): the
    object of into/to/from headed by a facility noun or a facility name."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in ("into", "to", "from")
        and (token.lemma_.lower() in facility_nouns() or token.ent_type_ == "FAC")
    )


def is_place(ctx: DocActors, token: Token) -> bool:
    """A name that only says where ('talks in Moscow'), so it is a location, not a target."""
    if is_facility_end(token):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "at":
        verb = token.head.head
        if verb.lemma_.lower() in AIM_VERBS or verb.head.lemma_.lower() in AIM_VERBS:
            return False
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in LOCATIVE
        and (
            token.i in ctx.gaz_at
            and ctx.gaz_at[token.i][2].kind in ("country", "capital")
            or token.ent_type_ in ("GPE", "LOC", "FAC")
        )
    )


@cache
def support_verbs() -> frozenset[str]:
    """Verbs whose subject does the event a nominal object names (``event_support_verbs.csv``)."""
    return frozenset(r["lemma"].lower() for r in load_table("event_support_verbs.csv"))


def _governor(token: Token) -> Token | None:
    """The verb a nominal trigger hangs from ('held talks', 'took part in talks')."""
    t = token
    for _ in range(4):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.dep_ not in ("dobj", "pobj", "prep", "attr", "compound", "conj", "appos", "npadvmod"):
            return None
    return None


def subject_of(token: Token) -> tuple[Token | None, bool]:
    """(subject token, passive?) of the clause the trigger heads or hangs from. A nominal
    trigger only borrows the subject of a support verb ('Israel launched an airstrike', not
    'Trump referred to the riots')."""
    t = token
    if is_background(token):
        return None, False
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("nsubj", "nsubjpass"):
        gov = _governor(token)
        during = token.dep_ == "pobj" and token.head.lower_ in ("during", "in", "at")
        # "the prime minister is on a visit to Pakistan", "workers are on strike": the one who
        # is on the act does it (only with 'be': "commented on the attack" is no doer's)
        during = during or (
            token.dep_ == "pobj"
            and token.head.lower_ == "on"
            and gov is not None
            and gov.lemma_ == "be"
            and token.head.head.i == gov.i
        )
        if gov is None or support_verbs().isdisjoint(lemma_forms(gov)) and not during:
            return None, False
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass"):
        return None, False
    # "Turkey is under sanctions and was condemned by ...": a passive verb sharing another
    # clause's subject still has it as its patient
    own_passive = token.pos_ in ("VERB", "AUX") and any(c.dep_ == "auxpass" for c in token.children)
    # "X is accused of shooting two people", "X was ordered to leave": an active verb below a
    # passive one is done by the passive's subject
    active = token.pos_ == "VERB" and token.tag_ != "VBN" and not own_passive
    came_from: Token | None = None
    for _ in range(6):
        if t is not token and t.pos_ in ("VERB", "AUX"):
            ctrl = _controller(t, came_from)
            if ctrl is not None:
                return ctrl, False
        for c in t.children:
            if c.dep_ in SUBJECTS:
                return _doer_of_act(c), own_passive and t is not token
        for c in t.children:
            if c.dep_ == "nsubjpass":
                return c, not (active and t is not token)
        if t.dep_ == "relcl":
            return t.head, False
        if t is not token and t.dep_ == "nsubjpass":
            return agent(t.head), False  # "$1m in aid was approved by the ministry"
        if t.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            t = t.head  # "the opportunity to have a dialogue": whoever has the opportunity
            continue
        if t.dep_ not in CLIMB_FOR_SUBJECT or t.head.i == t.i:
            break
        came_from = t
        t = t.head
    return None, False


def _controller(verb: Token, came_from: Token | None) -> Token | None:
    """The object of an object-control verb that the infinitive below it is done by: 'told
    Washington to stop pressuring Greenland', 'ordered the police to release him' (Washington
    and the police act, not the subject who told or ordered)."""
    if came_from is None or came_from.dep_ != "xcomp" or came_from.head.i != verb.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in came_from.children):
        return None
    if verb.lemma_.lower() in command_verbs():
        return None  # "ordered Al Jazeera to close its offices": the order's giver imposes it
    for c in verb.children:
        if c.dep_ == "dobj" and c.i < came_from.i and c.pos_ in ("PROPN", "NOUN", "PRON"):
            if any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children):
                return None  # "ordered his staff to delay aid": his own people, his act
            return c
    return None


@cache
def command_verbs() -> frozenset[str]:
    """Lemmas of command ('order', 'force'), from ``event_command_verbs.csv``."""
    return frozenset(r["lemma"].lower() for r in load_table("event_command_verbs.csv"))


def commanded(token: Token) -> Token | None:
    """The object a command verb imposes the trigger's act on ('ordered Al Jazeera to close
    its offices' -> Al Jazeera), for a trigger in the command's 'to' infinitive."""
    t = token
    for _ in range(3):
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return None
        verb = t.head
        if verb.lemma_.lower() in command_verbs() and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in t.children
        ):
            return next((c for c in verb.children if c.dep_ == "dobj" and c.i < t.i), None)
        t = verb
    return None


# "an attack blamed on X", "the bombing, claimed by X,": the act's doer, named on the act noun
_DOER_OF_ACT = {"blame": "on", "claim": "by", "carry": "by", "conduct": "by", "perpetrate": "by"}


def _doer_of_act(subj: Token) -> Token:
    """The doer an act-noun subject names ('A drone attack blamed on the RSF killed 40'):
    the subject is the attack; who attacked is in its 'blamed on'/'carried out by' phrase."""
    if subj.pos_ != "NOUN" or is_agentive(subj):
        return subj
    for c in subj.children:
        prep = _DOER_OF_ACT.get(c.lemma_.lower()) if c.dep_ == "acl" else None
        if prep is None:
            continue
        for p in c.children:
            if p.dep_ in ("prep", "agent") and p.lower_ == prep:
                for o in p.children:
                    if o.dep_ == "pobj":
                        return o
    return subj


def is_background(token: Token) -> bool:
    """A nominal trigger in 'despite the sanctions', 'amid the fighting': not the clause's act."""
    return (
        token.pos_ in ("NOUN", "PROPN")
        and token.dep_ == "pobj"
        and token.head.lower_ in NO_CLIMB_PREPS
    )


def between(token: Token) -> Token | None:
    """First object of 'between'/'among' on a nominal trigger ('talks between X and Y')."""
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in ("between", "among"):
            for o in c.children:
                if o.dep_ == "pobj":
                    return o
    return None


@cache
def person_nouns() -> frozenset[str]:
    """Nouns naming people, from ``data/event_people.csv``."""
    return frozenset(
        r["word"].lower() for r in load_table("event_people.csv") if r["kind"] == "person"
    )


@cache
def group_nouns() -> frozenset[str]:
    """Nouns naming a body of people or fighters ('forces', 'militia'), ``event_people.csv``."""
    return frozenset(r["word"].lower() for r in load_table("event_people.csv"))


def is_agentive(token: Token) -> bool:
    """Whether an uncoded noun can be a doer: a named person, body or people, or a role or
    group word ('the families', 'rebels'); not 'the accident' or 'the tariffs'."""
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or role_of(token) is not None:
        return True
    if token.pos_ == "NOUN" and token.lemma_.lower() in person_nouns():
        return True
    # plural agent nouns: "dockworkers", "activists", "residents", "participants"
    low = token.lower_
    return token.tag_ == "NNS" and low.endswith(("ers", "ors", "ists", "ants", "ents"))


def uncoded(token: Token) -> ActorRef:
    """An actor the tables do not know, named by its noun phrase ('the families of hostages')."""
    text = token.doc[token.left_edge.i : token.i + 1].text
    role = role_of(token)
    return ActorRef(text, text, None, role[1] if role else None)


uncoded_ref = uncoded  # for functions whose local lists are called 'uncoded'


def agent(token: Token) -> Token | None:
    """The 'by' agent of a passive verb, also when it is written on the statement or act the
    verb was done in ('was condemned in a joint statement by Egypt and Greece')."""
    for c in token.children:
        if c.dep_ == "agent":
            for o in c.children:
                if o.dep_ == "pobj":
                    return o
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "through", "via"):
            for o in c.children:
                if o.dep_ == "pobj" and o.pos_ == "NOUN":
                    found = by_object(o)
                    if found is not None:
                        return found
    return None


def by_object(token: Token) -> Token | None:
    for c in token.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            for o in c.children:
                if o.dep_ == "pobj":
                    return o
    return None


def _patient_by(token: Token) -> Token | None:
    """The 'by' phrase the parser hangs on a nominal trigger's 'of' object: in 'the expulsion
    of five diplomats by Poland' or 'the arrest of two reporters by the police' the 'by'
    phrase names who expelled or arrested, not something done to the diplomats. A date ('by
    Friday') is a deadline, not a doer."""
    for c in token.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for o in c.children:
            if o.dep_ != "pobj":
                continue
            found = by_object(o)
            if found is not None and found.ent_type_ not in ("DATE", "TIME"):
                return found
    return None


@cache
def mover_nouns() -> frozenset[str]:
    """Event nouns whose 'of' phrase names who moves (``actors_mover_nouns.csv``)."""
    return frozenset(r["word"].lower() for r in load_table("actors_mover_nouns.csv"))


def _mover(token: Token) -> Token | None:
    """The people or force in the 'of' phrase of a movement noun: 'the deployment of North
    Korean troops to Russia' is North Korea's deployment; 'the visit of the Chinese
    president' is his."""
    if token.lemma_.lower() not in mover_nouns() or token.dep_ in ("dobj", "dative"):
        return None  # "Maduro ordered the mobilisation of militia": the one ordering does it
    for p in token.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj" and (
                    role_of(o) is not None
                    or o.ent_type_ in ("PERSON", "NORP")
                    or o.lemma_.lower() in group_nouns()
                ):
                    return o
    return None


def noun_source(token: Token) -> Token | None:
    """Possessor or 'by' phrase of a nominal trigger ('Borrell's visit', 'the attack conducted
    by the Taliban', 'criticism was voiced by the ministers'), or the mover of a movement noun
    ('the deployment of North Korean troops')."""
    for c in token.children:
        if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME"):
            return c  # not "Saturday's bombing": a day does nothing
    found = by_object(token)
    if found is not None:
        return found
    found = _patient_by(token)
    if found is not None:
        return found
    found = _mover(token)
    if found is not None:
        return found
    doer = _doer_of_act(token)
    if doer is not token:
        return doer  # "the drone attack, blamed on the RSF,"
    if token.dep_ == "nsubjpass" and token.head.lemma_.lower() == "blame":
        for p in token.head.children:  # "the bombing was blamed on the Islamic State"
            if p.dep_ == "prep" and p.lower_ == "on":
                return next((o for o in p.children if o.dep_ == "pobj"), None)
    for c in token.children:
        if c.dep_ == "acl" and c.lemma_.lower() in DOER_VERBS:
            found = by_object(c)
            if found is not None:
                return found
    if token.dep_ == "nsubjpass":
        return by_object(token.head)
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        # the parser often hangs "..., conducted by the Taliban" on the clause's verb instead
        # of the noun just before it ("Dozens died in the attack, reportedly conducted by ...")
        verb = token.head.head
        for c in verb.children:
            if (
                c.dep_ in ("advcl", "acl")
                and c.i > token.i
                and c.lemma_.lower() in DOER_VERBS
                and all(t.is_punct or t.pos_ == "ADV" for t in token.doc[token.i + 1 : c.i])
            ):
                return by_object(c)
    return None


# "the attack conducted by X": X did it; "a ceasefire brokered by X": X did not.
DOER_VERBS = frozenset(
    {
        "conduct",
        "carry",
        "launch",
        "stage",
        "claim",
        "perpetrate",
        "commit",
        "mount",
        "order",
        "impose",
        "lead",
        "organise",
        "organize",
        "hold",
        "issue",
        "make",
        "announce",
        "give",
        "provide",
        "send",
        "deliver",
    }
)

# A nominal trigger in these phrases is background, not something the clause's subject did
# ('the economy grew despite the sanctions').
NO_CLIMB_PREPS = frozenset(
    {
        "despite",
        "amid",
        "over",
        "against",
        "about",
        "after",
        "before",
        "following",
        "since",
        "under",
        "like",
        "than",
        "without",
    }
)


def reporter(token: Token) -> Token | None:
    """Subject of the reporting verb that governs the trigger's clause ('Lavrov said that ...')."""
    chain = clause_chain(token)
    t = chain[-1]
    for _ in range(4):
        if t.dep_ not in ("ccomp", "parataxis", "conj") or t.head.i == t.i:
            return None
        t = t.head
        for c in t.children:
            if c.dep_ in SUBJECTS:
                return c
    return None


def same_side(ctx: DocActors, ref: ActorRef, source: list[ActorRef]) -> bool:
    """Whether ``ref`` is the source itself: the same actor, or the same country and sector
    for bodies ('Moscow' after 'Russia'); a person is never the same side as a body, so
    domestic dyads stay ('Turkish authorities detained Istanbul's mayor')."""
    people = {ctx.actors[i].name for i in ctx.persons}
    for s in source:
        if ref.name == s.name:
            return True
        if ref.name in people:
            continue  # a person acted on by a body of the same country is another party
        if ref.country is not None and (ref.country, ref.sector) == (s.country, s.sector):
            return True
        if (
            ref.country is not None
            and ref.country == s.country
            and {ref.sector, s.sector} <= {"GOV", "MIL", None}
            and not (_named_group(ref) or _named_group(s))
        ):
            return True  # a government and its own forces ('Venezuela deployed troops')
    return False


@cache
def _known_names() -> tuple[frozenset[str], frozenset[str]]:
    """(canonical names of the tables' bodies, single words of country names, demonyms and
    capitals), to tell a state's own forces from a named armed group of the same country."""
    table = phrase_table()
    kinds = ("country", "demonym", "capital", "igo")
    national = {w for p, e in table.items() if e.kind in kinds for w in p.split()}
    return frozenset(e.name for e in table.values()), frozenset(national)


def _named_group(ref: ActorRef) -> bool:
    """Whether an actor is a group with a name of its own that the tables do not know ('the
    Syrian Democratic Forces', 'Tigrayan forces'), not a state's forces ('Venezuelan troops',
    'the Israel Defense Forces'): such a group is another party even in its own country."""
    known, national = _known_names()
    head = ref.name.split()[-1].lower() if ref.name.split() else ""
    if ref.name in known or (head not in group_nouns() and head.rstrip("s") not in group_nouns()):
        return False  # "24 Rafale jets" are a state's equipment, not a group
    words = re.findall(r"[A-Z][\w.]*", re.sub(r"['\u2019]s\b", "", ref.name))
    return any(w not in national and w not in ("The", "Of") for w in words)


def targets_below(
    ctx: DocActors, token: Token, skip: set[int], quote: int | None, source: list[ActorRef]
) -> list[ActorRef]:
    """Actors in object slots under the trigger: objects and strong prepositions first, coded
    actors before uncoded groups, never the source's own side."""
    uncoded: list[ActorRef] = []
    dest = _destination(ctx, token, skip, quote, source)
    if dest:
        return dest
    ordered = commanded(token) if token.pos_ == "VERB" else None
    if ordered is not None and ordered.i not in skip:
        refs = [r for r in resolve(ctx, ordered, quote) if not same_side(ctx, r, source)]
        if refs:
            return refs  # "ordered Al Jazeera to close its offices": Al Jazeera is coerced
    forums: list[ActorRef] = []
    for preps in (STRONG_PREPS, MIDDLE_PREPS, TARGET_PREPS):
        found = search_below(ctx, token, skip, quote, preps, source, forums)
        if any(a.country for a in found):
            return found
        uncoded = uncoded or found
    if forums:
        return forums
    return _placed_people(ctx, token, uncoded, source) or uncoded or held(ctx, token, quote, source)


def one_country(ctx: DocActors, sent: Span) -> str | None:
    """The only country a sentence names (as a country, capital, demonym or place), if one."""
    codes = {
        e.code
        for s, _, e in ctx.gaz_at.values()
        if sent.start <= s < sent.end
        and e.kind in ("country", "capital", "demonym", "place")
        and e.code in country_names()
    }
    return next(iter(codes)) if len(codes) == 1 else None


def _placed_people(
    ctx: DocActors, token: Token, refs: list[ActorRef], source: list[ActorRef]
) -> list[ActorRef]:
    """Unnamed people acted on in a sentence that names one country and no other party ('A
    court in Moscow sentenced a theatre director'): a coder reads them as of that country.
    With another party named ('Israel called up 300,000 reservists after the Hamas attack')
    the people are the doer's own and the other party is the counterpart."""
    if not refs or any(r.country for r in refs):
        return []
    for t in token.sent:
        idx = ctx.by_token.get(t.i)
        if idx is not None and ctx.actors[idx].country:
            if not same_side(ctx, ctx.ref(idx, t), source):
                return []
    country = one_country(ctx, token.sent)
    if country is None:
        return []
    sent = token.sent
    if any(
        e.code and e.code != country
        for s, _, e in ctx.gaz_at.values()
        if sent.start <= s < sent.end
    ):
        return []  # "... if the European powers dropped their resolution": another party
    return [ActorRef(r.text, r.name, country, r.sector or "CVL") for r in refs]


@cache
def destination_verbs() -> frozenset[str]:
    """Lemmas of sending ('extradite', 'deport'), from ``event_destination_verbs.csv``."""
    return frozenset(r["lemma"].lower() for r in load_table("event_destination_verbs.csv"))


def _destination(
    ctx: DocActors, token: Token, skip: set[int], quote: int | None, source: list[ActorRef]
) -> list[ActorRef]:
    """Where a person or thing is sent, when that is a coded party ('extradited the suspect
    to Germany', 'the deportation of migrants to Rwanda'): the destination is the counterpart,
    the one sent is only the patient. Facilities ('to the border crossing') are not."""
    if token.lemma_.lower() not in destination_verbs():
        return []
    sent = [c for c in token.children if c.dep_ == "dobj"]
    if any(_nationals(ctx, c) for c in sent):
        return []  # "deported 200 Venezuelans to El Salvador": the nationals are the party
    holders = [token, *sent]
    for h in holders:
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ not in ("to", "into"):
                continue
            for o in p.children:
                if o.dep_ != "pobj" or o.i in skip or is_facility_end(o):
                    continue
                refs = [r for r in resolve(ctx, o, quote) if not same_side(ctx, r, source)]
                if refs and all(r.country for r in refs):
                    return refs
    return []


def _nationals(ctx: DocActors, token: Token) -> bool:
    """Whether a noun names people by their nationality ('Venezuelans', 'Afghan refugees'):
    their own country, not the destination, is then the party a removal is done to."""
    return any(
        t.i in ctx.gaz_at and ctx.gaz_at[t.i][2].kind == "demonym"
        for t in ctx.doc[token.left_edge.i : token.i + 1]
    )


# "filed a complaint at the WTO over China's duties": the body or court a case is brought at
# is the forum; the counterpart is whoever else the case names
FORUM_PREPS = frozenset({"at", "before"})


@cache
def case_nouns() -> frozenset[str]:
    """Nouns of a case brought to a body ('complaint'), from ``event_case_nouns.csv``."""
    return frozenset(r["word"].lower() for r in load_table("event_case_nouns.csv"))


def _is_forum(token: Token, refs: list[ActorRef]) -> bool:
    """Whether an object slot is the forum something is done at: an international body or a
    court after 'at'/'before' ('at the WTO', 'before the ICJ'), or after 'with' on a case
    ('filed a complaint with the WTO')."""
    if token.dep_ != "pobj" or not refs or any(r.sector not in ("IGO", "JUD") for r in refs):
        return False
    prep = token.head
    if prep.lower_ in FORUM_PREPS:
        return True
    if prep.lower_ != "with":
        return False
    holder = prep.head
    return holder.lemma_.lower() in case_nouns() or any(
        c.dep_ == "dobj" and c.lemma_.lower() in case_nouns() for c in holder.children
    )


def _forum_prep(ctx: DocActors, prep: Token, quote: int | None) -> bool:
    """A 'before' phrase naming a body or court ('brought a case before the ICJ'): searched
    like the other forums, though 'before' is otherwise a time."""
    if prep.lower_ != "before":
        return False
    return any(o.dep_ == "pobj" and _is_forum(o, resolve(ctx, o, quote)) for o in prep.children)


def held(ctx: DocActors, token: Token, quote: int | None, source: list[ActorRef]) -> list[ActorRef]:
    """Who a state-of-custody noun holds: 'there were suspects in custody', 'protesters under
    arrest' (the noun is the trigger, the people it is said of are its target)."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ not in HELD_PREPS:
        return []
    who = token.head.head
    if who.pos_ not in ("NOUN", "PROPN", "PRON") or not is_agentive(who):
        return []
    found = [r for r in resolve(ctx, who, quote) if not same_side(ctx, r, source)]
    return found or ([] if who.pos_ == "PRON" else [uncoded_ref(who)])


# "suspects in custody", "protesters under arrest", "the journalist in detention"
HELD_PREPS = frozenset({"in", "into", "under"})


@cache
def media_words() -> frozenset[str]:
    """Channels something is said through ('on Twitter'), from ``data/event_media.csv``."""
    return frozenset(r["word"].lower() for r in load_table("event_media.csv"))


def _is_medium(token: Token, refs: list[ActorRef]) -> bool:
    """Whether an object slot names the channel or outlet something was said through: a
    platform ('on Twitter'), or a news outlet spoken to ('told Reuters', 'said to the BBC')."""
    via = token.dep_ == "pobj" and token.head.lower_ in ("on", "via", "in", "to", "through")
    if (via or token.dep_ == "dative") and token.lower_ in media_words():
        return True
    spoken_to = token.dep_ in ("dative", "dobj") and token.head.lemma_.lower() in ("tell", "say")
    return (via or spoken_to) and bool(refs) and all(r.sector == "JRN" for r in refs)


def _named_party(
    ctx: DocActors, token: Token, preps: frozenset[str], source: list[ActorRef], quote: int | None
) -> bool:
    """Whether an object slot the tables cannot code still names someone: a person or body
    by name, or a people noun ('detained the man', 'sued Pierluisi'); not the doer's own
    ('put its defence force on alert', 'recalled their ambassadors')."""
    if token.dep_ == "pobj" and token.head.lower_ not in (preps & STRONG_PREPS):
        return False
    if token.dep_ not in ("dobj", "dative", "pobj"):
        return False
    for c in token.children:
        if c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "my"):
            owner = resolve(ctx, c, quote)
            if not owner or any(same_side(ctx, r, source) for r in owner):
                return False
    if token.pos_ == "PROPN":
        return token.ent_type_ in ("PERSON", "ORG", "NORP")
    return token.pos_ == "NOUN" and is_agentive(token)


def search_below(
    ctx: DocActors,
    token: Token,
    skip: set[int],
    quote: int | None,
    preps: frozenset[str],
    source: list[ActorRef],
    forums: list[ActorRef] | None = None,
) -> list[ActorRef]:
    """Breadth-first, shallow search of object slots under the trigger; an actor with a
    country or IGO code wins over an uncoded group found first ('extradited a commander to
    the United States'). Forums ('at the WTO') go to ``forums``, a last resort."""
    uncoded: list[ActorRef] = []
    patient: Token | None = None
    frontier = [token]
    if (
        token.pos_ in ("NOUN", "PROPN")
        and token.dep_ in ("dobj", "attr", "nsubj", "nsubjpass")
        and token.head.pos_ in ("VERB", "AUX")
    ):
        # "imposed sanctions on Russia", "the blame rested on Brussels": the verb holds the prep
        frontier.append(token.head)
    # an event noun that is its clause's subject: its verb's object is someone the event
    # affects, not its target ('the deployment of troops to Russia alarmed Seoul')
    said_of = token.head.i if token.pos_ in ("NOUN", "PROPN") and token.dep_ in SUBJECTS else -1
    for _depth in range(4):
        nxt: list[Token] = []
        for t in frontier:
            for c in t.children:
                if (
                    c.i in skip
                    or c.dep_ in SUBJECTS
                    or c.dep_ in ("relcl", "advcl", "ccomp", "conj", "nsubj")
                    or t.i == said_of
                    and c.dep_ in ("dobj", "dative", "attr", "oprd", "xcomp", "npadvmod")
                ):
                    continue
                if c.dep_ == "prep" and c.lower_ not in preps and not _forum_prep(ctx, c, quote):
                    if c.lower_ not in LOCATIVE or preps is not TARGET_PREPS:
                        continue  # 'in/at' phrases are searched last, for non-place actors
                if c.dep_ == "pobj" and c.lower_ == "behalf":
                    continue  # "on behalf of the Senate": whom the doer acts for
                if c.dep_ in (
                    "dobj",
                    "dative",
                    "pobj",
                    "nsubjpass",
                    "attr",
                    "compound",
                    "amod",
                    "poss",
                    "npadvmod",
                    "appos",
                    "oprd",
                ) and not is_place(ctx, c):
                    coded = resolve(ctx, c, quote)
                    refs = [r for r in coded if not same_side(ctx, r, source)]
                    if _is_medium(c, refs):
                        continue  # "on Twitter", "told Reuters": where it was said
                    if forums is not None and _is_forum(c, refs):
                        forums.extend(r for r in refs if r not in forums)
                        nxt.append(c)  # "before the ICJ over Israel's conduct": look on
                        continue
                    if not coded and not refs:
                        refs = _role_owner(ctx, c, source)  # "accepted an opposition demand"
                    if not coded and _named_party(ctx, c, preps, source, quote):
                        refs = [uncoded_ref(c)]  # "filed a lawsuit against Pierluisi"
                        if c.dep_ == "dobj" and c.pos_ == "NOUN" and patient is None:
                            patient = c
                    if refs and any(r.country for r in refs):
                        if patient is not None and _locative(c):
                            return [_placed(patient, refs)]
                        return refs
                    uncoded = uncoded or refs
                if c.dep_ in (
                    "prep",
                    "dobj",
                    "pobj",
                    "pcomp",
                    "xcomp",
                    "dative",
                    "acomp",
                    "compound",
                ) and not is_facility_end(c):  # "into Egypt's airport": not Egypt either
                    nxt.append(c)
        frontier = nxt
    return uncoded


def _role_owner(ctx: DocActors, token: Token, source: list[ActorRef]) -> list[ActorRef]:
    """The body a role word before an object noun names as its owner ('accepted an opposition
    demand', 'rejected a union proposal'): that body is the counterpart, placed in the one
    country the sentence names, if just one."""
    if token.dep_ != "compound" or token.pos_ != "NOUN" or token.head.dep_ not in ("dobj", "pobj"):
        return []
    role = role_of(token)
    if role is None or role[1] in ("UNK", "CVL"):
        return []
    ref = ActorRef(token.text, token.text, one_country(ctx, token.sent), role[1])
    return [] if same_side(ctx, ref, source) else [ref]


def _locative(token: Token) -> bool:
    """Whether a noun only says where ('at a church in Kwara state', 'in a village')."""
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE


def _placed(patient: Token, where: list[ActorRef]) -> ActorRef:
    """The people acted on, placed in the country of where it happened ('kidnapped 20
    worshippers at a church in Kwara state': the worshippers, Nigerian, not the church)."""
    ref = uncoded_ref(patient)
    country = next(r.country for r in where if r.country)
    return ActorRef(ref.text, ref.name, country, ref.sector or "CVL")


def _attribution(token: Token) -> bool:
    """Whether a noun only says who reports or is represented ('according to officials', 'on
    behalf of the Senate'): such a phrase names no party to the event."""
    t = token
    for _ in range(4):
        if t.dep_ != "pobj" or t.head.i == t.i:
            return False
        prep = t.head
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            return True
        if prep.lower_ == "of" and prep.head.lower_ == "behalf":
            return True
        t = prep.head  # "according to a report by the ministry"
        while t.dep_ in ("compound", "amod") and t.head.i != t.i:
            t = t.head
    return False


def _apposed_to(ctx: DocActors, token: Token, source: list[ActorRef], quote: int | None) -> bool:
    """Whether a noun is an apposition of the source or has the source as apposition
    ('The city's security chief, Abdullah X, announced ...'): the same person, not a target."""
    names = {a.name for a in source} | {a.text for a in source}
    pairs = [token.head] if token.dep_ == "appos" else []
    pairs += [c for c in token.children if c.dep_ == "appos"]
    for other in pairs:
        if any(r.name in names or r.text in names for r in resolve(ctx, other, quote)):
            return True
        if ctx.doc[other.left_edge.i : other.i + 1].text in names:
            return True
    return False


def sentence_others(
    ctx: DocActors, sent: Span, source: list[ActorRef], token: Token, quote: int | None
) -> list[ActorRef]:
    """Nearest actor in the sentence not on the source side (and not a place or a newsroom),
    with the actors coordinated with it ('signed by Ethiopia and Eritrea')."""
    best: tuple[int, Token] | None = None
    # an event noun that is its clause's subject: whom its verb affects is no party to it
    nominal = token.pos_ in ("NOUN", "PROPN") and token.dep_ in SUBJECTS
    reacting = token.head.i if nominal and token.head.pos_ == "VERB" else -1
    for t in sent:
        idx = ctx.by_token.get(t.i)
        if idx is None:
            # a country adjective on an uncoded noun: "an unprovoked Indian attack"
            hit = ctx.gaz_at.get(t.i)
            if hit is None or hit[2].kind != "demonym" or t.dep_ not in ("amod", "compound"):
                continue
            refs = resolve(ctx, t.head, quote)
            if not refs or any(same_side(ctx, r, source) for r in refs):
                continue
            dist = abs(t.i - token.i)
            if best is None or dist < best[0]:
                best = (dist, t.head)
            continue
        if is_place(ctx, t):
            continue
        if ctx.actors[idx].sector == "JRN" or same_side(ctx, ctx.ref(idx, t), source):
            continue
        if t.lower_ in media_words():
            continue  # "on Twitter": a channel, not a party
        head = t
        if t.i in ctx.text_of:  # "al-Jahafi": the mention's head, not its hyphen
            s, e = ctx.text_of[t.i]
            head = ctx.doc[s:e].root
        while head.dep_ in ("amod", "compound", "poss", "det", "case") and head.head.i != head.i:
            head = head.head
        if (
            head.i != t.i
            and head.i in ctx.by_token
            and ctx.actors[ctx.by_token[head.i]].name in {s.name for s in source}
        ):
            continue  # "Mozambique's ruling Frelimo party": a name inside the source's own
        if (
            reacting >= 0
            and head.head.i == reacting
            and head.dep_ in ("dobj", "dative", "attr", "oprd", "npadvmod")
        ):
            continue  # "Russia's withdrawal from the deal alarmed Turkey": Turkey only reacts
        if head.dep_ == "nsubj" and head.head.lemma_ in ctx.speech_verbs and head.head.i != token.i:
            continue  # the one reporting the event ("..., the Israeli military said") is no target
        if _attribution(head) or _apposed_to(ctx, head, source, quote):
            continue  # "according to officials"; "the city's security chief, Abdullah X,"
        dist = abs(t.i - token.i)
        if best is None or dist < best[0]:
            best = (dist, t)
    if best is None:
        return []
    first = best[1]
    if first.i in ctx.text_of:
        root = ctx.doc[ctx.text_of[first.i][0] : ctx.text_of[first.i][1]].root
        if ctx.by_token.get(root.i) == ctx.by_token.get(first.i):
            first = root  # the mention's head word, which carries its coordination
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "if the United States and South Korea went ahead": both of them
    if first.i not in ctx.by_token and first.pos_ not in ("NOUN", "PROPN"):
        first = best[1]
    return [r for r in resolve(ctx, first, quote) if not same_side(ctx, r, source)]
