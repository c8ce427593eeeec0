"""Event triggers from ``data/event_lexicon.csv``: lemma sequences -> PLOVER type, mode, CAMEO root.

The table is read once per process into a dict keyed by the first lemma, so finding triggers is
one pass over the tokens (no matcher rebuilt per document, no nlp() call). A row may require an
object lemma ("expel diplomats" is SANCTION, "expel migrants" COERCE); such rows win over rows
without, and longer phrases win over shorter ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from communique.resources import load_table

_POS = {"V": ("VERB",), "N": ("NOUN", "PROPN"), "A": ("ADJ", "VERB", "NOUN")}


@dataclass(frozen=True)
class LexEntry:
    """One lexicon row."""

    lemmas: tuple[str, ...]
    pos: str
    objects: frozenset[str]
    type: str
    mode: str | None
    cameo: str
    frame: str | None
    negated_type: str | None = None  # what the event is when negated ("did not give in": REJECT)


@dataclass(frozen=True)
class Trigger:
    """A lexicon hit in a doc: head token index, token range and the row it matched."""

    head: int
    start: int
    end: int
    entry: LexEntry


@cache
def lexicon() -> dict[str, tuple[LexEntry, ...]]:
    """Lexicon rows grouped by first lemma, longest phrases and object-bound rows first."""
    rows: dict[str, list[LexEntry]] = {}
    for r in load_table("event_lexicon.csv"):
        lemmas = tuple(r["lemma"].lower().split())
        objects = frozenset(o.strip().lower() for o in r.get("obj", "").split("|") if o.strip())
        entry = LexEntry(
            lemmas,
            r["pos"] or "*",
            objects,
            r["type"].upper(),
            r.get("mode") or None,
            r["cameo"].zfill(2),
            r.get("frame") or None,
            (r.get("negated") or "").upper() or None,
        )
        rows.setdefault(lemmas[0], []).append(entry)
    return {
        k: tuple(sorted(v, key=lambda e: (-len(e.lemmas), not e.objects))) for k, v in rows.items()
    }


def _lemma(token: Token) -> str:
    """Lower-case lemma; a plural the tagger took for a proper noun keeps its plural 'lemma'
    ('Tributes were paid', 'Protests erupted' at the start of a sentence), so it is
    singularised here."""
    lemma = token.lemma_.lower()
    if token.is_sent_start and token.tag_ == "NNPS" and lemma == token.lower_ and len(lemma) > 4:
        if lemma.endswith("ies"):
            return lemma[:-3] + "y"
        if lemma.endswith("s") and not lemma.endswith(("ss", "us", "is")):
            return lemma[:-1]
    return lemma


def lemma_forms(token: Token) -> tuple[str, ...]:
    """The token's lemma, its lower-case form and, for a past-tense verb, the stems the
    lemmatiser sometimes misses ('staged' is lemmatised 'stag'): stage, stag."""
    forms = [_lemma(token), token.lower_]
    low = token.lower_
    if token.tag_ in ("VBD", "VBN") and low.endswith("ed") and len(low) > 4:
        forms += [low[:-1], low[:-2]]
    return tuple(forms)


def _pos_ok(token: Token, pos: str) -> bool:
    return pos == "*" or token.pos_ in _POS.get(pos, ())


def _pobjs(token: Token) -> list[Token]:
    """Objects of the prepositions hanging off ``token``, through a compound preposition the
    parser splits ('pulled out | of the treaty', 'away from')."""
    return [o for p in token.children if p.dep_ == "prep" for o in _prep_objects(p)]


def _prep_objects(prep: Token) -> list[Token]:
    """Objects of one preposition, or of the preposition it governs ('out | of the treaty')."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    if objs:
        return objs
    return [o for q in prep.children if q.dep_ == "prep" for o in q.children if o.dep_ == "pobj"]


@cache
def _igo_phrases() -> frozenset[str]:
    """Names of international organisations as written (``igos.csv``), lower case."""
    return frozenset(r["phrase"].lower() for r in load_table("igos.csv"))


def _is_igo(token: Token) -> bool:
    """Whether a noun (with its compounds: 'the African Union') names an international body,
    which an ``obj`` condition can ask for as '#igo' (a body is left, joined, quit)."""
    parts = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
    return " ".join(t.text for t in parts).lower() in _igo_phrases()


def _objects(token: Token) -> set[str]:
    """What can satisfy an ``obj`` condition: lemmas of objects, compounds, modifiers and prep
    objects (two levels: "a volume of Russian crude", "the level of combat readiness");
    '@with' for a preposition; '^union' for the subject's lemma."""
    found: set[str] = set()
    # with a 'by' agent the passive subject is the patient ('the officer was questioned by a
    # newspaper'): the agent is the '^' subject then
    agented = any(c.dep_ == "agent" for c in token.children)
    for child in token.children:
        if child.dep_ == "prep":
            found.add("@" + child.lower_)
        if child.dep_ == "nsubj" or child.dep_ == "nsubjpass" and not agented:
            found.update(_subject_marks(child))
            found.update("^" + _lemma(o) for o in _pobjs(child))  # "tens of thousands of workers"
        found.update(_logical_subjects(child))
        if child.dep_ == "dobj" and _is_igo(child):
            found.add("#igo")  # "left ECOWAS": a named international body as the object
        if child.dep_ in (
            "dobj",
            "nsubjpass",
            "attr",
            "compound",
            "amod",
            "nmod",
            "dative",
            "oprd",
        ):
            found.add(_lemma(child))
            found.update(
                _lemma(c) for c in child.children if c.dep_ in ("compound", "amod", "appos")
            )
            found.update(_lemma(o) for o in _pobjs(child))
        if child.dep_ == "prep":
            for obj in _prep_objects(child):
                found.add(_lemma(obj))
                if child.lower_ == "by" and token.pos_ == "NOUN":
                    found.add("^" + _lemma(obj))  # "a strike by teachers": the noun's doer
                found.update(_lemma(c) for c in obj.children if c.dep_ in ("compound", "amod"))
                found.update(_lemma(o) for o in _pobjs(obj))
        if child.dep_ in ("xcomp", "ccomp"):
            found.update(_lemma(c) for c in child.children if c.dep_ in ("dobj", "nsubj"))
    found.update(_lemma(c) for c in _durations(token))
    if token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and token.pos_ in ("NOUN", "PROPN"):
        found.add(_lemma(token.head))
        if token.head.dep_ == "prep":
            found.add(_lemma(token.head.head))
        place = measured(token)  # "teachers began a third day of strikes": as 'began strikes'
        if place.dep_ == "dobj":  # "the union will begin a strike": who does the head verb
            found.update("^" + _lemma(c) for c in place.head.children if c.dep_ == "nsubj")
    if token.dep_ in ("xcomp", "conj", "advcl") and not any(
        c.dep_ == "nsubj" for c in token.children
    ):
        head = token.head
        if head.dep_ == "acomp" and head.pos_ == "ADJ":
            head = head.head  # "police have been unable to question him": the copula's subject
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            found.add("^" + _lemma(subj))
    found.update(_bare(token))
    found.update(_modified_patient(token))
    found.update(conditional_marks(token))
    return found


# Determiners that make a noun any member of its kind: 'to any incursion', 'any attack would be
# met with': the act is a condition, not something that happened.
_FREE_CHOICE = frozenset({"any", "every"})


def conditional_marks(token: Token) -> set[str]:
    """'#any' for a verb whose prepositional object or passive subject is a free-choice noun
    naming a hostile act ('would respond to any incursion', 'any attack would be met with
    force'; 'would respond to any request' is no threat: ``event_hostile_acts.csv``), and
    '#anysubj' when its active subject is a free-choice noun ('any country that attacks will
    face'): a response promised to whatever may come, the shape of a conditional threat."""
    marks = set()
    nouns = [c for c in token.children if c.dep_ == "nsubjpass"]
    nouns += [o for p in token.children if p.dep_ == "prep" for o in _prep_objects(p)]
    if any(free_choice(n) and _lemma(n) in _hostile_acts() for n in nouns):
        marks.add("#any")
    if any(c.dep_ == "nsubj" and free_choice(c) for c in token.children):
        marks.add("#anysubj")  # "any country that attacks Iran will face a response"
    return marks


@cache
def _hostile_acts() -> frozenset[str]:
    """Nouns for a hostile act a promised response answers, ``data/event_hostile_acts.csv``."""
    return frozenset(r["lemma"].lower() for r in load_table("event_hostile_acts.csv"))


def free_choice(noun: Token) -> bool:
    """Whether the noun has a free-choice determiner ('any attack', 'every incursion')."""
    return any(c.dep_ == "det" and c.lower_ in _FREE_CHOICE for c in noun.children)


def _subject_marks(subj: Token) -> set[str]:
    """'^lemma' for a subject, and '^#state' when it names a state or its capital (a GPE):
    'the Philippines protested China's actions' is a government complaining, which a row
    can tell from 'students protested' without listing every country."""
    marks = {"^" + _lemma(subj)}
    if subj.ent_type_ == "GPE":
        marks.add("^#state")
    return marks


def _modified_patient(token: Token) -> set[str]:
    """The noun a passive participle with a 'by' agent modifies is its object: 'intelligence
    supplied by Jordan' is Jordan supplying intelligence, 'weapons sent by Iran' Iran sending
    weapons."""
    if (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in token.children)
    ):
        return {_lemma(token.head)}
    return set()


def _logical_subjects(child: Token) -> set[str]:
    """'^lemma' for the doer a passive names in its 'by' phrase: '^police' holds for "he was
    questioned by state police" as for "police questioned him" (the agent is the logical
    subject, and a row keyed to the doer must not depend on the voice)."""
    if child.dep_ != "agent":
        return set()
    found: set[str] = set()
    verb = child.head
    passive = verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children)
    for obj in (o for o in child.children if o.dep_ == "pobj"):
        if not passive:  # "spoke by telephone": a manner phrase the parser took for an agent
            found.update({"@by", _lemma(obj)})
            continue
        found.add("^" + _lemma(obj))
        found.update("^" + _lemma(c) for c in obj.children if c.dep_ == "compound")
    return found


@cache
def _measure_nouns() -> frozenset[str]:
    """Nouns that count an event ('a third day of strikes'), from event_measure_nouns.csv."""
    return frozenset(r["lemma"].lower() for r in load_table("event_measure_nouns.csv"))


def measured(token: Token) -> Token:
    """The measure noun an event noun stands in for ('began a third day of strikes': 'day'),
    else the noun itself: the measure noun holds the event's place in the clause, so its verb
    and that verb's subject are the event's, as they are in 'began strikes'."""
    prep = token.head
    if (
        token.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ == "of"
        and _lemma(prep.head) in _measure_nouns()
    ):
        return prep.head
    return token


def _durations(token: Token) -> list[Token]:
    """A counted span of time on the verb ('gave the junta one week to ...', '48 hours'), the
    shape of an ultimatum; 'this week' is a date, not a duration."""
    return [
        c
        for c in token.children
        if c.dep_ == "npadvmod" and any(n.dep_ == "nummod" for n in c.children)
    ]


# Dependents that give a verb an argument: without any, an 'obj' of '@none' holds.
_ARGUMENT_DEPS = frozenset({"dobj", "dative", "prep", "xcomp", "ccomp", "attr", "oprd", "agent"})


def _bare(token: Token) -> set[str]:
    """{'@none'} for a verb with no object, prepositional phrase or complement clause: a
    row can then code the verb's absolute use ('the lawyers will appeal' is an appeal against
    a ruling, 'appealed for calm' a request)."""
    if token.pos_ == "VERB" and not any(c.dep_ in _ARGUMENT_DEPS for c in token.children):
        return {"@none"}
    return set()


# Prepositions that place an act in time or circumstance; their objects are not its arguments.
_CIRCUMSTANCE_PREPS = frozenset(
    {"following", "after", "before", "during", "amid", "amidst", "since", "despite", "until"}
)


def _core_objects(token: Token) -> set[str]:
    """The trigger's own object words (direct object, its modifiers and 'of' phrase, the
    subject of a complement clause, prepositions, subject): a row matching these beats one that
    matched a word further away ("sent supplies aboard an air force plane" is aid)."""
    found: set[str] = set()
    agented = any(c.dep_ == "agent" for c in token.children)
    for child in token.children:
        if child.dep_ == "prep":
            found.add("@" + child.lower_)
            if child.lower_ == "by" and token.pos_ == "NOUN":
                found.update("^" + _lemma(o) for o in _prep_objects(child))  # its doer
        if child.dep_ == "nsubj" or child.dep_ == "nsubjpass" and not agented:
            found.update(_subject_marks(child))
        found.update(_logical_subjects(child))
        if child.dep_ in ("dobj", "dative", "attr", "nsubjpass", "oprd"):  # "held X responsible"
            found.add(_lemma(child))
            found.update(_lemma(c) for c in child.conjuncts)  # "tents and medicine"
            # "granted X a full pardon" is parsed with the pardon in apposition to X
            found.update(
                _lemma(c) for c in child.children if c.dep_ in ("compound", "amod", "appos")
            )
            found.update(
                _lemma(o)
                for p in child.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj"
            )
        if child.dep_ in ("ccomp", "xcomp"):
            found.update(_lemma(c) for c in child.children if c.dep_ in ("nsubj", "dobj"))
    found.update(_lemma(c) for c in _durations(token))
    found.update(_bare(token))
    found.update(_modified_patient(token))
    found.update(conditional_marks(token))
    if token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # "rioters looted shops and torched cars": the shared subject is the verb's own
        found.update(
            m for c in token.head.children if c.dep_ == "nsubj" for m in _subject_marks(c)
        )
    if token.pos_ == "VERB" and not any(c.dep_ in ("dobj", "dative") for c in token.children):
        # with no direct object the prepositional object is the verb's own argument
        # ('withdrew from the organisation'), not a word further away; a phrase of time or
        # circumstance ('withdrew from the town following talks') is not an argument
        found.update(
            _lemma(o)
            for p in token.children
            if p.dep_ == "prep" and p.lower_ not in _CIRCUMSTANCE_PREPS
            for o in _prep_objects(p)
        )
    elif token.pos_ == "VERB":
        # 'asked Croatia for forgiveness': what is asked for is the verb's own second argument
        found.update(
            _lemma(o)
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "for"
            for o in _prep_objects(p)
        )
    if token.pos_ in ("NOUN", "PROPN"):
        found.update(_lemma(c) for c in token.children if c.dep_ in ("compound", "amod", "nmod"))
        # an event noun's 'of' phrase is its own argument ('the release of $500 million')
        found.update(
            _lemma(o)
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in _prep_objects(p)
        )
        place = measured(token)  # "began a third day of strikes": as "began strikes"
        if place.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
            found.add(_lemma(place.head))
            if place.dep_ == "dobj":
                found.update("^" + _lemma(c) for c in place.head.children if c.dep_ == "nsubj")
    return found


def _particle(token: Token) -> str | None:
    """The verb particle ('pull ... out', 'call up') as a second lemma, when there is one; a
    particle the parser hung elsewhere in the clause ('handed the officer accused of ... over
    to') still counts when it is tagged RP and depends on something under the verb."""
    for child in token.children:
        if child.dep_ == "prt":
            return child.lower_
    for t in token.doc[token.i + 1 : min(token.i + 16, token.sent.end)]:
        if t.tag_ == "RP" and token in t.ancestors:
            return t.lower_
    return None


def _separated_phrase(token: Token, lemmas: tuple[str, ...]) -> bool:
    """Whether a verb + preposition + noun phrase ('put on hold') is written with the object
    between verb and preposition ('put the law on hold'): the verb has that preposition with
    that noun as its object."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == lemmas[1]
        and any(_lemma(o) == lemmas[2] for o in _prep_objects(p))
        for p in token.children
    )


def find_triggers(doc: Doc) -> list[Trigger]:
    """Every lexicon hit in ``doc``, left to right, at most one per token."""
    table = lexicon()
    hits: list[Trigger] = []
    i, n = 0, len(doc)
    while i < n:
        token = doc[i]
        cands = next((table[f] for f in lemma_forms(token) if f in table), None)
        best = None
        prt = _particle(token) if cands and token.pos_ == "VERB" else None
        if cands:
            objs: set[str] | None = None
            core: set[str] | None = None
            fallback: LexEntry | None = None
            for entry in cands:
                k = len(entry.lemmas)
                if k == 2 and prt == entry.lemmas[1]:
                    k = 1  # separated particle: "pull 1,000 troops out"
                elif k == 3 and _separated_phrase(token, entry.lemmas):
                    k = 1  # separated prepositional phrase: "put the law on hold"
                elif (
                    prt is not None
                    and k == 1
                    and any(len(e.lemmas) == 2 and e.lemmas[1] == prt for e in cands)
                ):
                    continue
                elif i + k > n or any(
                    _lemma(doc[i + j]) != entry.lemmas[j] and doc[i + j].lower_ != entry.lemmas[j]
                    for j in range(1, k)
                ):
                    continue
                # "industrial action": a phrase's part of speech is its head's, not its first word's
                head = doc[i : i + k].root if k > 1 else token
                if not _pos_ok(token, entry.pos) and not (k > 1 and _pos_ok(head, entry.pos)):
                    continue
                if entry.pos == "V" and (
                    token.dep_ == "amod"
                    and token.tag_ != "VBD"  # a finite past verb mis-hung as a modifier
                    or token.dep_ == "acl"
                    and token.tag_ == "VBN"
                    and not any(c.dep_ == "agent" for c in token.children)
                ):
                    continue  # "alleged spying", "an officer accused of crimes": descriptions
                if entry.objects:
                    objs = objs if objs is not None else _objects(token)
                    core = core if core is not None else _core_objects(token)
                    # a phrase's objects may hang from any of its words ('put on hold | the law')
                    inner = doc[i + 1 : i + k]
                    phrase_core = core.union(*(_core_objects(t) for t in inner))
                    if not entry.objects & objs.union(phrase_core):
                        continue
                    if not entry.objects & phrase_core:
                        fallback = fallback or entry  # matched only on a distant word
                        continue
                best = entry
                break
            if best is None and fallback is not None:
                best = fallback
        if best is None:
            i += 1
            continue
        k = (
            len(best.lemmas)
            if i + len(best.lemmas) <= n
            and all(
                _lemma(doc[i + j]) == best.lemmas[j] or doc[i + j].lower_ == best.lemmas[j]
                for j in range(1, len(best.lemmas))
            )
            else 1
        )
        root = doc[i : i + k].root  # "air strikes": the noun, not "air", carries the syntax
        hits.append(Trigger(root.i, i, i + k, best))
        i += k
    return hits
