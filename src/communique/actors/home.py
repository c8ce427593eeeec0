"""A country for groups named without one ('the government', 'protesters', 'President X').

News names a country once and then speaks of "the government" or "police"; a coder reads them
as that country's. A group takes the nearest country, capital, demonym or place in its sentence,
else the article's main country; a titled person only what precedes the title.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from communique.actors.gazetteer import Entry, country_names
from communique.records import Actor
from communique.resources import load_table

if TYPE_CHECKING:  # coder imports this module; the annotation only needs the name
    from communique.actors.coder import ActorIndex

# Sectors whose unnamed groups belong to the country where the story happens.
HOME_SECTORS = frozenset(
    {
        "GOV",
        "COP",
        "JUD",
        "LEG",
        "OPP",
        "CVL",
        "PTY",
        "LAB",
        "EDU",
        "MED",
        "REL",
        "REB",
        "MIL",
        "BUS",
        "JRN",
        "UAF",  # "Gunmen kidnapped worshippers in Kwara state": armed men of that country
    }
)


_PLACE_KINDS = ("country", "capital", "demonym", "place")

# Unarmed groups, placed by where they are rather than by the side of a force named beside them
PLACED_SECTORS = frozenset({"CVL", "MED", "JRN", "EDU", "REL", "REF", "LAB", "BUS"})
_ARMED_SECTORS = frozenset({"MIL", "REB", "PRM", "UAF"})


@cache
def captive_verbs() -> frozenset[str]:
    """Verbs saying where people are kept against their will (``actors_captive_verbs.csv``)."""
    return frozenset(r["lemma"].lower() for r in load_table("actors_captive_verbs.csv"))


def _held_in(doc: Doc, i: int, group: Token) -> bool:
    """Whether the place word at ``i`` only says where captives are held ('relatives of
    hostages held in Gaza': Gaza is where their captors keep the hostages; it places neither
    them nor their relatives), in a clause the group is not part of."""
    tok = doc[i]
    for _ in range(12):
        if tok.dep_ in ("acl", "relcl") and tok.head.i != tok.i:
            if tok.left_edge.i <= group.i <= tok.right_edge.i:
                return False  # the group is in that clause too: it places the group
            return tok.lemma_.lower() in captive_verbs()
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


@cache
def attack_nouns() -> frozenset[str]:
    """Nouns for an armed attack (``actors_attack_nouns.csv``)."""
    return frozenset(r["word"].lower() for r in load_table("actors_attack_nouns.csv"))


def _names_armed_side(doc: Doc, index: ActorIndex, group: int, i: int) -> bool:
    """Whether the country word at ``i`` is part of another actor that is an armed force
    ('Russian drones', 'Houthi missiles') or names who attacks ('an Israeli strike'): it tells
    that side only."""
    other = index.by_token.get(i)
    if other is not None and other != group and index.actors[other].sector in _ARMED_SECTORS:
        return True
    tok = doc[i]
    return (
        tok.dep_ in ("amod", "compound", "poss", "nmod")
        and tok.head.lemma_.lower() in attack_nouns()
    )


@cache
def foreign_nouns() -> frozenset[str]:
    """Nouns a country modifies to say whose they are abroad ('the Chinese embassy')."""
    return frozenset(r["lemma"].lower() for r in load_table("actors_foreign.csv"))


def _abroad(doc: Doc, i: int) -> bool:
    """Whether the country word at ``i`` modifies an embassy, envoy, national or ship."""
    t = doc[i]
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i != t.head.i:
        return t.head.head.lemma_.lower() in foreign_nouns()  # "the embassy of France"
    return t.dep_ in ("amod", "compound", "poss", "nmod") and (
        t.head.lemma_.lower() in foreign_nouns()
    )


# "met to discuss Ukraine", "talks about Syria": what is talked about, not where or whose
_TOPIC_PREPS = frozenset({"about", "over", "regarding", "concerning"})
_TOPIC_VERBS = frozenset({"discuss", "debate"})


def _topic(doc: Doc, i: int) -> bool:
    """Whether the name ending at ``i`` is only the topic of talk ('met to discuss Ukraine',
    'a debate about Syria'): it places no one ('the foreign ministers' are not Ukrainian)."""
    t = doc[i]
    if t.dep_ == "dobj":
        return t.head.lemma_.lower() in _TOPIC_VERBS
    return t.dep_ == "pobj" and t.head.lower_ in _TOPIC_PREPS


# Prepositions that place the act ("In Niger, the junta expelled ..."), not whom it is aimed at
_PLACING_PREPS = frozenset(
    {
        "in",
        "at",
        "across",
        "throughout",
        "through",
        "inside",
        "outside",
        "near",
        "within",
        "around",
        "along",
    }
)


def _acted_on(doc: Doc, subject: Token, i: int) -> bool:
    """Whether token ``i`` lies in what the subject's verb acts on: its object, its recipient
    or a prepositional phrase that does not place the act. 'The senator lauded the French
    government' says whom the senator praised, not where the senator is from (a writer names
    the senator's own government 'the government'); 'In Niger, the junta ...' places it."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subject.head
    # the subject also does what its verb's to-clause says ('The Senate voted to sanction
    # Russia': Russia is whom the Senate sanctions, not the Senate's country)
    verbs = [verb]
    for _ in range(3):
        nxt = next((c for c in verbs[-1].children if c.dep_ == "xcomp"), None)
        if nxt is None:
            break
        verbs.append(nxt)
    for v in verbs:
        tok = doc[i]
        while tok.head.i != v.i and tok.head.i != tok.i:
            tok = tok.head
        if tok.head.i != v.i or tok.i == v.i:
            continue
        if tok.dep_ in ("dobj", "dative", "attr", "oprd", "agent"):
            return True
        if tok.dep_ == "prep" and tok.lower_ not in _PLACING_PREPS:
            return True
    return False


def _is_country_code(code: str | None) -> bool:
    """ISO alpha-3 codes only: an IGO code ('EU', 'UN') is not where a story happens."""
    return code is not None and code in country_names()


# "28-year-old", "a 45-year-old": an age before a name describes a person
_AGE = re.compile(r"\d+[\s-]*years?[\s-]*old$")


def _named_like_a_person(doc: Doc, actor: Actor) -> bool:
    """Whether the actor's first mention reads as a person's name, not a thing NER took for one:
    'the Bosporus' (a determiner) and 'Patriot systems' (a name modifying a common noun) do
    not; 'Warren', 'Warren's endorsement' and 'Elizabeth Warren' do."""
    span = doc.char_span(actor.mentions[0].start, actor.mentions[0].end, alignment_mode="expand")
    if span is None:
        return False
    if span.start > 0 and doc[span.start - 1].pos_ in ("DET", "NUM", "ADJ"):
        if not _AGE.search(doc[max(0, span.start - 5) : span.start].text.lower()):
            return False  # but '28-year-old Usman Khan' is a person named with an age
    root = span.root
    return not (root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN")


def _office_of(doc: Doc, first: Span, gaz_at: dict[int, tuple[int, int, Entry]]) -> str | None:
    """The country in an 'of' phrase right after a titled name: 'Prime Minister Igor Matovic of
    the Slovak Republic', 'President Jane Doe of Ruritania' hold that country's office."""
    end = first.end
    if end >= len(doc) or doc[end].lower_ != "of" or not first.start <= doc[end].head.i < end:
        return None
    for o in doc[end].children:
        if o.dep_ != "pobj":
            continue
        for i in range(o.left_edge.i, o.i + 1):
            if i in gaz_at and gaz_at[i][2].kind in ("country", "demonym"):
                code = gaz_at[i][2].code
                if _is_country_code(code):
                    return code
    return None


def main_country(
    doc: Doc,
    index: ActorIndex,
    gaz_at: dict[int, tuple[int, int, Entry]],
    kinds: tuple[str, ...] = _PLACE_KINDS + ("org", "metonym"),
) -> str | None:
    """The article's single clear country, or None when none or a tie.

    Evidence: every country, capital, demonym and place named (not as someone's embassy or
    envoy abroad), every national body or seat of power ('the Houthis', 'the Kremlin'), and
    every mention of a person whose country is known ('Biden', 'Iranian Foreign Minister X').
    """
    counts: dict[str, int] = {}
    for start, end, entry in set(gaz_at.values()):
        if _abroad(doc, start) or _abroad(doc, end - 1):
            continue
        if entry.sector in ("JRN", "BUS"):
            continue  # 'Al Jazeera reported', 'announced on Facebook': not where the story is
        if entry.kind in kinds and _is_country_code(entry.code):
            counts[entry.code or ""] = counts.get(entry.code or "", 0) + 1
    for idx in index.persons:
        actor = index.actors[idx]
        if _is_country_code(actor.country):
            code = actor.country or ""
            counts[code] = counts.get(code, 0) + len(actor.mentions)
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None  # no single main country
    return max(counts, key=lambda c: counts[c])


def infer_home(doc: Doc, index: ActorIndex, gaz_at: dict[int, tuple[int, int, Entry]]) -> None:
    """Give a country to actors named without one, as a human coder reads them.

    A group ('the government', 'protesters') takes the nearest country, capital, demonym or
    place in its sentence, else the article's main country; a titled person ('Former prime
    minister X') what precedes the title, else the main country; a person named without a
    title the main country (a coder gives 'Warren' in a US story the USA)."""
    main = main_country(doc, index, gaz_at, _PLACE_KINDS + ("org", "metonym", "party"))
    # people whose country the tables or a title gave, before any is guessed from the article
    person_home = {
        i: index.actors[a].country or ""
        for i, a in index.by_token.items()
        if a in index.persons and _is_country_code(index.actors[a].country)
    }
    for idx, actor in enumerate(index.actors):
        if actor.country is not None or not actor.mentions:
            continue
        if idx in index.bodies:
            actor.country = main  # 'RIAA', 'Ford' in a US story: the story's own
            continue
        titled = idx in index.roles
        person = idx in index.persons
        if person and not titled:
            if main is not None and _named_like_a_person(doc, actor):
                actor.country = main
            continue
        if actor.sector not in HOME_SECTORS:
            continue
        first = doc.char_span(
            actor.mentions[0].start, actor.mentions[0].end, alignment_mode="expand"
        )
        if first is None:
            continue
        office = _office_of(doc, first, gaz_at) if titled else None
        if office is not None:
            actor.country = office
            continue
        sent = first.sent
        best: tuple[int, str] | None = None
        armed_side: tuple[int, str] | None = None
        # a titled person is placed by what precedes the title ("Tunisia's largest party
        # accused President Kais Saied"); a group by the nearest mention either side
        stop = first.start if titled else sent.end
        for i in range(sent.start, stop):
            if i in gaz_at and (_abroad(doc, i) or _topic(doc, gaz_at[i][1] - 1)):
                continue  # "the attack on the Chinese embassy": not where the story is
            if i in gaz_at and _held_in(doc, i, first.root):
                continue  # "Relatives of hostages held in Gaza blocked a road in Tel Aviv"
            if not titled and i in gaz_at and _acted_on(doc, first.root, i):
                # "The senator lauded the French government": whom, not whose. A known leader
                # addressed still places the group below ("MPs wrote to Keir Starmer").
                continue
            code = None
            if i in gaz_at and gaz_at[i][2].kind in _PLACE_KINDS:
                code = gaz_at[i][2].code
            elif (
                i in gaz_at
                and gaz_at[i][2].kind == "metonym"
                and gaz_at[i][2].sector in (None, "GOV")
                and _is_country_code(gaz_at[i][2].code)
            ):
                # "The White House said the president had spoken with ...": a seat of
                # government marks its country like a capital does
                code = gaz_at[i][2].code
            elif i in gaz_at and gaz_at[i][2].kind == "party" and not titled:
                code = gaz_at[i][2].code  # "Democratic senators rallied behind the administration"
            elif i in person_home and not titled:
                code = person_home[i]  # "In a letter to Keir Starmer, 200 MPs asked ..."
            dist = abs(i - first.start)
            if code and actor.sector in PLACED_SECTORS and _names_armed_side(doc, index, idx, i):
                # 'five civilians were killed when Russian drones struck a market in Kharkiv':
                # the force's side is not the victims'; they are placed by where they are
                if armed_side is None or dist < armed_side[0]:
                    armed_side = (dist, code)
                continue
            if code and (best is None or dist < best[0]):
                best = (dist, code)
        best = best or armed_side
        actor.country = best[1] if best else main
