"""Who an event's source and target tokens stand for: coded actors, pronouns, speakers, modifiers.

The event coder asks one question many times: "which actor does this token refer to?" The answer
comes from the actor mentions (``communique.actors``), from the quotation a token sits in
('we' -> the speaker's side), from a short look back for 'he'/'it', from a relative clause's
head ('which'), or from a country word modifying an uncoded noun ('Russian jets' -> RUS).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Token

from communique.actors.gazetteer import (
    Entry,
    collective_at,
    country_names,
    gazetteer_for,
    people_table,
)
from communique.actors.roles import role_of
from communique.records import Actor, ActorRef, Quote
from communique.resources import load_table

FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ours", "myself", "ourselves"})
THIRD_PERSON = frozenset({"he", "him", "his", "she", "her", "hers"})
THIRD_THING = frozenset({"it", "its", "they", "them", "their"})
RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
_DERIVED_PREPS = frozenset({"of", "from"})


@cache
def speech_verbs() -> frozenset[str]:
    """Lemmas of speech verbs (the quotation stage's shared ``cue_verbs.csv``, read only)."""
    return frozenset(r["lemma"].lower() for r in load_table("cue_verbs.csv"))


@dataclass
class DocActors:
    """Token -> actor map and quote context for one doc."""

    doc: Doc
    actors: list[Actor]
    by_token: dict[int, int] = field(default_factory=dict)
    text_of: dict[int, tuple[int, int]] = field(default_factory=dict)  # token -> mention tokens
    persons: set[int] = field(default_factory=set)
    gaz_at: dict[int, tuple[int, int, Entry]] = field(default_factory=dict)
    quotes: list[Quote] = field(default_factory=list)
    speakers: dict[int, ActorRef | None] = field(default_factory=dict)
    speech_verbs: frozenset[str] = field(default_factory=frozenset)

    def ref(self, idx: int, token: Token | None = None) -> ActorRef:
        """The actor as an ActorRef carrying the words that name it at ``token``."""
        actor = self.actors[idx]
        text = actor.text
        if token is not None and token.i in self.text_of:
            s, e = self.text_of[token.i]
            text = self.doc[s:e].text
        return ActorRef(text, actor.name, actor.country, actor.sector)

    def quote_of(self, char: int) -> int | None:
        """Index of the quotation holding character ``char``, if any (quotes are few)."""
        for qi, q in enumerate(self.quotes):
            if q.start <= char < q.end:
                return qi
        return None


@cache
def person_names() -> frozenset[str]:
    """Canonical names of the office holders in ``actors_people.csv``: always persons."""
    return frozenset(e.name for e in people_table().values())


def index_doc(doc: Doc, actors: list[Actor], quotes: list[Quote]) -> DocActors:
    """Map actor mentions back to tokens and resolve each quotation's speaker to an actor."""
    ctx = DocActors(doc, actors, quotes=list(quotes), speech_verbs=speech_verbs())
    for idx, actor in enumerate(actors):
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                ctx.by_token.setdefault(t.i, idx)
                ctx.text_of.setdefault(t.i, (span.start, span.end))
            if span[-1].ent_type_ == "PERSON" or actor.name in person_names():
                ctx.persons.add(idx)  # the parser misses "Trump's": the people table knows
    for s, e, entry in gazetteer_for(doc.vocab).match(doc):
        for i in range(s, e):
            ctx.gaz_at[i] = (s, e, entry)
    for qi, q in enumerate(ctx.quotes):
        ctx.speakers[qi] = _speaker_ref(ctx, q)
    return ctx


def _speaker_ref(ctx: DocActors, q: Quote) -> ActorRef | None:
    if q.speaker_start is not None and q.speaker_end is not None:
        span = ctx.doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
        if span is not None:
            for t in reversed(span):
                if t.i in ctx.by_token:
                    ref = ctx.ref(ctx.by_token[t.i])
                    return ActorRef(q.speaker or ref.text, ref.name, ref.country, ref.sector)
    if q.speaker:
        last = q.speaker.split()[-1]
        for idx, actor in enumerate(ctx.actors):
            if actor.name == q.speaker or (idx in ctx.persons and actor.name.split()[-1] == last):
                return ActorRef(q.speaker, actor.name, actor.country, actor.sector)
        return ActorRef(q.speaker, q.speaker, None, None)
    return None


def _look_back(
    ctx: DocActors, token: Token, want_person: bool, skip: str | None
) -> ActorRef | None:
    """Most recent actor before ``token`` (same or previous sentence) of the wanted kind,
    preferring one that was a subject ('Russia is ..., but it opposes' -> Russia), except for
    a possessive, which takes the nearest ('cut ties with Israel over its offensive')."""
    prefer_subject = token.dep_ != "poss"
    floor = token.sent.start
    if floor > 0:
        floor = ctx.doc[floor - 1].sent.start
    fallback: ActorRef | None = None
    for i in range(token.i - 1, floor - 1, -1):
        idx = ctx.by_token.get(i)
        if idx is None or (idx in ctx.persons) != want_person:
            continue
        if ctx.actors[idx].sector == "JRN" or ctx.actors[idx].name == skip:
            continue
        t = ctx.doc[i]
        if t.dep_ in ("nsubj", "nsubjpass") or not prefer_subject:
            return ctx.ref(idx, t)
        fallback = fallback or ctx.ref(idx, t)
    return fallback


def resolve(
    ctx: DocActors, token: Token, quote: int | None, depth: int = 0, of_is_patient: bool = False
) -> list[ActorRef]:
    """Actors a subject/object token stands for (conjuncts included: 'Russia and China';
    'Russian and Chinese warships'; 'tens of thousands of Georgians')."""
    out: list[ActorRef] = []
    pair = _pair_of(ctx, token)
    if pair:
        return pair
    group = _collective_refs(ctx, token)
    if group:
        return group  # "the E3 condemned Iran": Britain, France and Germany did
    if token.lower_ in PLURAL_THING:
        shared = _plural_antecedent(ctx, token)
        if shared:
            return shared  # "Mali, Burkina Faso and Niger announced their withdrawal"
    for t in _members(ctx, token):
        refs = _included(ctx, t, quote) if depth < 2 else []
        if refs:  # "world leaders including Iran's foreign minister and Britain's premier"
            out.extend(r for r in refs if all(r.name != o.name for o in out))
            continue
        refs = _modifier_refs(ctx, t)
        if not refs:
            ref = _resolve_one(ctx, t, quote, of_is_patient)
            refs = [ref] if ref is not None else []
            obj = _derived_object(ctx, t, of_is_patient) if ref is not None else None
            if (
                ref is not None
                and obj is not None
                and ref.name == ctx.ref(ctx.by_token[obj.i]).name
            ):
                # "the nations of Bahrain and Kosovo", "the independence of Estonia, Latvia and
                # Lithuania": every country listed, not the first
                refs = [
                    ref,
                    *(ctx.ref(ctx.by_token[c.i], c) for c in obj.conjuncts if c.i in ctx.by_token),
                ]
        if len(refs) == 1 and not refs[0].country and not of_is_patient:
            listed = _listed_members(ctx, t)
            if listed:  # "the Alliance of Sahel States of Mali, Burkina Faso and Niger"
                refs = listed
        if (
            not refs
            and depth < 2
            and not of_is_patient
            and t.pos_ in ("NOUN", "NUM", "PRON", "ADJ")
        ):
            for child in t.children:  # "tens of thousands of Georgians", "families of hostages"
                if child.dep_ == "prep" and child.lower_ == "of":
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            refs = (
                                resolve(ctx, obj, quote, depth + 1)
                                if obj.pos_ != "PROPN" or obj.i in ctx.by_token
                                else []
                            )
        if refs and t.i in ctx.by_token and t.pos_ == "NOUN":
            refs = refs + _group_members(ctx, t, quote)
        for ref in refs:
            if all(ref.name != r.name for r in out):
                out.append(ref)
    return out


PLURAL_THING = frozenset({"they", "them", "their"})


def _is_country(ctx: DocActors, token: Token) -> bool:
    hit = ctx.gaz_at.get(token.i)
    return hit is not None and hit[2].kind in ("country", "capital")


def _members(ctx: DocActors, token: Token) -> list[Token]:
    """The token and what is coordinated with it after it. A list of countries is often
    parsed as an apposition ('Mali, Burkina Faso and Niger': Faso apposed to Mali, Niger its
    conjunct); one country is never another's apposition, so such a chain is a list too."""
    out = [token, *[c for c in token.conjuncts if c.i > token.i]]
    if _is_country(ctx, token):
        for c in token.children:
            if c.dep_ == "appos" and c.i > token.i and _is_country(ctx, c):
                out += [c, *[x for x in c.conjuncts if x.i > c.i]]
    return out


def _plural_antecedent(ctx: DocActors, token: Token) -> list[ActorRef]:
    """'they'/'their' after a subject listing two or more coded actors in the same sentence
    ('Mali, Burkina Faso and Niger announced their withdrawal', 'American and Japanese
    warships held their first drill') stands for all of them, not for the last one named."""
    for i in range(token.i - 1, token.sent.start - 1, -1):
        t = ctx.doc[i]
        if t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        refs = [r for r in resolve(ctx, t, None, depth=2) if r.country]
        return refs if len(refs) >= 2 else []
    return []


@cache
def pair_nouns() -> frozenset[str]:
    """Nouns that 'the two'/'both' turn into a pair anaphor (``actors_pair_nouns.csv``)."""
    return frozenset(r["word"].lower() for r in load_table("actors_pair_nouns.csv"))


def _counted_pair(token: Token) -> bool:
    """'the two countries', 'both sides', 'the two leaders': a pair named before."""
    if token.lemma_.lower() not in pair_nouns() or token.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.lower_ in ("two", "both") and c.i < token.i for c in token.children)


def _pair_of(ctx: DocActors, token: Token) -> list[ActorRef]:
    """The coordinated actors a pair anaphor stands for: 'Turkey and Greece agreed ..., and
    the leaders of the two countries will meet' -> Turkey and Greece; 'the two sides ...,
    according to a statement by Ankara and Yerevan'. The nearest coordination of two or more
    coded actors before the anaphor (this or the previous sentence), else after it in the
    sentence; none -> no answer."""
    anaphor = token if _counted_pair(token) else None
    if anaphor is None and token.pos_ in ("NOUN", "PROPN"):
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                anaphor = next(
                    (o for o in prep.children if o.dep_ == "pobj" and _counted_pair(o)), None
                )
    if anaphor is None:
        return []
    sent = anaphor.sent
    floor = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    before = range(anaphor.i - 1, floor - 1, -1)
    after = range(anaphor.i + 1, sent.end)
    for i in [*before, *after]:
        t = ctx.doc[i]
        if i not in ctx.by_token or t.dep_ == "conj":
            continue
        members = [t, *(c for c in t.conjuncts if c.i > t.i)]
        refs: list[ActorRef] = []
        for m in members:
            idx = ctx.by_token.get(m.i)
            if idx is None or not ctx.actors[idx].country:
                continue
            ref = ctx.ref(idx, m)
            if all(ref.name != r.name for r in refs):
                refs.append(ref)
        if len(refs) >= 2:
            return refs
    return []


def _included(ctx: DocActors, token: Token, quote: int | None) -> list[ActorRef]:
    """The coded members a plural group noun lists with 'including' ('officials, including X
    and Y'): the named members say who acted better than the group word."""
    if token.tag_ not in ("NNS", "NNPS"):
        return []
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "including":
            for o in c.children:
                if o.dep_ == "pobj":
                    members = resolve(ctx, o, quote, depth=2)
                    if members and all(m.country for m in members):
                        return members
    return []


def _collective_refs(ctx: DocActors, token: Token) -> list[ActorRef]:
    """The member countries of an informal group of countries a noun names ('the E3', 'the
    AES'), which acts through them (``actors_collectives.csv``)."""
    if token.pos_ not in ("NOUN", "PROPN") or token.i in ctx.by_token:
        return []
    members = collective_at(ctx.doc, token)
    if not members:
        return []
    names = country_names()
    text = ctx.doc[token.left_edge.i : token.i + 1].text
    return [ActorRef(text, names.get(code, code), code, "GOV") for code in members]


def _listed_members(ctx: DocActors, token: Token) -> list[ActorRef]:
    """The member countries a collective no table codes lists in an 'of' phrase ('the Alliance
    of Sahel States of Mali, Burkina Faso and Niger', 'the E3 of Britain, France and Germany'):
    the group acts through them. The list may hang on any noun of the name, so 'of' phrases are
    followed down two levels; two or more coded countries are needed."""
    heads = [token]
    for _ in range(3):
        nxt: list[Token] = []
        for h in heads:
            for prep in h.children:
                if prep.dep_ != "prep" or prep.lower_ != "of":
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    refs: list[ActorRef] = []
                    for m in _members(ctx, obj):
                        idx = ctx.by_token.get(m.i)
                        if idx is not None and ctx.actors[idx].country and _is_country(ctx, m):
                            ref = ctx.ref(idx, m)
                            if all(ref.name != r.name for r in refs):
                                refs.append(ref)
                    if len(refs) >= 2:
                        return refs
                    nxt.append(obj)
        heads = nxt
    return []


def _group_members(ctx: DocActors, token: Token, quote: int | None) -> list[ActorRef]:
    """The other countries of 'diplomats from the US, Britain and France': a group noun whose
    'from/of' phrase lists several actors stands for all of them."""
    out: list[ActorRef] = []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for c in obj.conjuncts:
                if c.i in ctx.by_token:
                    out.append(ctx.ref(ctx.by_token[c.i], c))
    return out


def _modifier_refs(ctx: DocActors, token: Token) -> list[ActorRef]:
    """Countries named by coordinated demonyms on an uncoded noun ('Greek and Egyptian forces')."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    mods = [
        c
        for c in token.children
        if c.dep_ in ("amod", "compound", "nmod")  # "US and Chinese negotiators": nmod
        and c.i in ctx.gaz_at
        and ctx.gaz_at[c.i][2].kind in ("demonym", "country")
    ]
    if not mods:
        return []
    joined = _hyphen_chain(ctx, mods[-1])
    if len(joined) > 1:  # "an Egyptian-Qatari proposal", "US-Israeli strikes"
        role = role_of(token)
        return [
            ActorRef(
                ctx.doc[joined[0][0] : token.i + 1].text if n == 0 else ctx.doc[a:z].text,
                entry.name,
                entry.code,
                role[1] if role else None,
            )
            for n, (a, z, entry) in enumerate(joined)
        ]
    first = mods[0]
    role = role_of(token)
    out = []
    members = [first, *first.conjuncts]
    if len(members) == 1 and any(c.dep_ == "cc" for c in first.children):
        members = mods  # "US and Chinese negotiators" parsed as two modifiers of the noun
    if len(mods) > 1 and any(c.dep_ == "cc" for m in mods for c in m.children):
        # "French, German and Italian jets": French and German both modify the noun, Italian
        # is German's conjunct
        members = sorted(
            {x.i: x for m in mods for x in (m, *m.conjuncts)}.values(), key=lambda x: x.i
        )
    for m in members:
        if m.i not in ctx.gaz_at:
            continue
        entry = ctx.gaz_at[m.i][2]
        out.append(
            ActorRef(
                ctx.doc[m.i : token.i + 1].text if m is first else m.text,
                entry.name,
                entry.code,
                role[1] if role else None,
            )
        )
    return out if len(out) > 1 else []


def _hyphen_chain(ctx: DocActors, last: Token) -> list[tuple[int, int, Entry]]:
    """Country names hyphened into one modifier ending at ``last`` ('Egyptian-Qatari',
    'US-Israeli', 'Russian-Ukrainian'), left to right; distinct codes only."""
    hit = ctx.gaz_at.get(last.i)
    if hit is None:
        return []
    chain = [hit]
    start = hit[0]
    doc = ctx.doc
    while start >= 2 and doc[start - 1].text == "-":
        if doc[start - 2].whitespace_ or doc[start - 1].whitespace_:
            break
        prev = ctx.gaz_at.get(start - 2)
        if prev is None or prev[2].kind not in ("demonym", "country"):
            break
        chain.insert(0, prev)
        start = prev[0]
    out: list[tuple[int, int, Entry]] = []
    for a, z, entry in chain:
        if entry.code and all(entry.code != e.code for _, _, e in out):
            out.append((a, z, entry))
    return out


def _resolve_one(
    ctx: DocActors, token: Token, quote: int | None, of_is_patient: bool = False
) -> ActorRef | None:
    if token.i in ctx.by_token:
        return ctx.ref(ctx.by_token[token.i], token)
    low = token.lower_
    speaker = ctx.speakers.get(quote) if quote is not None else None
    if low in FIRST_PERSON:
        return speaker
    if low in THIRD_PERSON:
        return _look_back(ctx, token, True, speaker.name if speaker else None)
    if low in THIRD_THING:
        return _look_back(ctx, token, False, None)
    if low in RELATIVE and token.head.dep_ == "relcl":
        return _resolve_one(ctx, token.head.head, quote)
    if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in premises_nouns():
        owner = _of_owner(ctx, token)
        if owner is not None:  # "raided the Baku office of Sputnik": Sputnik, not Baku
            return ctx.ref(ctx.by_token[owner.i], owner)
    if token.pos_ in ("NOUN", "PROPN"):
        for i in range(token.i - 1, token.left_edge.i - 1, -1):  # "Israeli air strikes"
            t = ctx.doc[i]
            if t.i in ctx.gaz_at and (
                t.dep_ in ("amod", "compound", "poss", "nmod") or _hyphen_owner(t, token)
            ):
                entry = ctx.gaz_at[t.i][2]
                role = role_of(token)
                sector = role[1] if role else (entry.sector if entry.kind == "igo" else None)
                return ActorRef(ctx.doc[t.i : token.i + 1].text, entry.name, entry.code, sector)
            if t.i in ctx.by_token and t.dep_ in ("amod", "compound", "poss"):
                ref = ctx.ref(ctx.by_token[t.i], t)
                if t.dep_ != "poss":  # "the Biden campaign" is the campaign, not Biden
                    ref.text = ctx.doc[token.left_edge.i : token.i + 1].text
                return ref
    obj = _derived_object(ctx, token, of_is_patient)
    return ctx.ref(ctx.by_token[obj.i], obj) if obj is not None else None


@cache
def premises_nouns() -> frozenset[str]:
    """Nouns for a body's premises (``actors_premises_nouns.csv``)."""
    return frozenset(r["word"].lower() for r in load_table("actors_premises_nouns.csv"))


def _of_owner(ctx: DocActors, token: Token) -> Token | None:
    """The coded actor in the 'of' phrase of a premises noun ('the office of Sputnik')."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.i in ctx.by_token:
                    return obj
    return None


def _hyphen_owner(t: Token, noun: Token) -> bool:
    """A country hyphened to a participle on the noun ('a Portuguese-flagged ship', 'a
    Berlin-based charity'): the parser hangs it on the participle, but it says whose the
    thing is (stance words, 'Moscow-backed', never reach here: the gazetteer drops them)."""
    return (
        t.dep_ in ("npadvmod", "compound", "amod", "nmod")
        and t.head.i != noun.i
        and t.head.head.i == noun.i
        and t.head.dep_ == "amod"
        and t.i + 1 < len(t.doc)
        and t.doc[t.i + 1].text == "-"
        and not t.doc[t.i].whitespace_
    )


def _derived_object(ctx: DocActors, token: Token, of_is_patient: bool) -> Token | None:
    """The coded actor a noun belongs to or comes from ('troops from Chad'), unless 'of' names
    its patient ('the arrest of a citizen': the citizen is arrested, not arresting). An
    event noun with a possessor has its doer there ('their withdrawal from ECOWAS': ECOWAS is
    what is left, not who leaves)."""
    if of_is_patient and any(c.dep_ == "poss" for c in token.children):
        return None
    for child in token.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in _DERIVED_PREPS
            and not (of_is_patient and child.lower_ == "of")
        ):
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i in ctx.by_token:
                    return obj
    return None
