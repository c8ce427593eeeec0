"""The lexical tables quotation finding relies on, read once per process from ``data/``.

Cue verbs (``cue_verbs.csv``), relaying agencies (``quote_relays.csv``), outlet words, scare-quote
announcers, gender words and statement nouns are data, not code: a newsroom with another house
style extends the CSV files, not this module. ``Lexicon`` is immutable, so the per-process cache
cannot make one article's result depend on another's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from communique.nlp.build import joined_titles
from communique.resources import load_table


@dataclass(frozen=True)
class Lexicon:
    """Every word list the quote stage uses, keyed for O(1) lookups on lower-cased lemmas."""

    direct: frozenset[str]  # cue lemmas that attribute a quotation in marks
    indirect: frozenset[str]  # cue lemmas that take a reported clause without 'that'
    indirect_that: frozenset[str]  # cue lemmas that need an explicit 'that'
    objects: frozenset[str]  # cue lemmas whose direct object is the content ('stressed the need')
    relays: dict[str, str]  # lower-cased alias -> canonical agency/outlet name
    outlet_words: frozenset[str]
    scare: tuple[tuple[str, ...], ...]  # word sequences announcing a title or term
    gender: dict[str, str]  # word -> 'm' | 'f'
    cue_nouns: frozenset[str]
    titles: frozenset[str]  # title words stripped from the front of person names
    documents: frozenset[str]  # nouns for documents that speak for their author
    bodies: frozenset[str]  # nouns for organisations ('the ministry', 'the government')
    first_names: dict[str, str]  # common first name -> 'm' | 'f' (weak gender prior)
    roles: frozenset[str] = frozenset()  # role nouns ('legislator', 'voter') never in a name
    org_suffixes: frozenset[str] = frozenset()  # 'Ltd', 'Kft': a name ending so is a company
    postnominals: frozenset[str] = frozenset()  # 'QC', 'MP', 'OBE' after a name, not of it
    companies: frozenset[str] = frozenset()  # 'the company', 'the airline': a named business
    views: frozenset[str] = frozenset()  # 'In his view, ...': nouns of a point of view
    characterising: dict[str, bool] = field(default_factory=dict)  # 'called it "..."' verbs
    remit_bodies: frozenset[str] = frozenset()  # 'the unification ministry': a remit names one


def _yes(value: str) -> bool:
    return value.strip().lower() == "yes"


@cache
def lexicon() -> Lexicon:
    """Load (once per process) and index the quote tables."""
    verbs = load_table("cue_verbs.csv")
    direct = frozenset(r["lemma"].lower() for r in verbs if _yes(r["direct"]))
    indirect = frozenset(r["lemma"].lower() for r in verbs if _yes(r["indirect"]))
    that = frozenset(r["lemma"].lower() for r in verbs if r["indirect"].lower() in {"yes", "that"})
    objects = frozenset(r["lemma"].lower() for r in verbs if _yes(r["object"]))
    relays = {r["alias"].lower(): r["name"] for r in load_table("quote_relays.csv")}
    outlet = frozenset(r["word"].lower() for r in load_table("quote_outlet_words.csv"))
    scare = tuple(
        tuple(r["phrase"].lower().split()) for r in load_table("quote_scare_cues.csv")
    )
    gender = {r["word"].lower(): r["gender"] for r in load_table("quote_gender.csv")}
    nouns = frozenset(r["noun"].lower() for r in load_table("quote_cue_nouns.csv"))
    titles = frozenset(r["word"].lower() for r in load_table("quote_titles.csv"))
    documents = frozenset(r["noun"].lower() for r in load_table("quote_document_nouns.csv"))
    bodies = frozenset(r["noun"].lower() for r in load_table("quote_body_nouns.csv"))
    first = {r["name"].lower(): r["gender"] for r in load_table("quote_first_names.csv")}
    # One-word role nouns of the shared role table plus our own: a capitalised role before a
    # name ('Legislator Jane Roe', 'Voter John Doe') is a description, not part of the name.
    roles = frozenset(
        w for w in (r["word"].lower() for r in load_table("roles.csv")) if " " not in w
    ) | frozenset(r["word"].lower() for r in load_table("quote_role_words.csv")) | joined_titles()
    suffixes = frozenset(
        r["suffix"].lower().rstrip(".") for r in load_table("quote_org_suffixes.csv")
    )
    return Lexicon(
        direct, indirect, that, objects, relays, outlet, scare, gender, nouns, titles, documents,
        bodies, first, roles - _NAME_LIKE_ROLES - bodies - outlet - _GROUP_ROLES, suffixes,
        frozenset(r["word"].lower() for r in load_table("quote_postnominals.csv")),
        frozenset(r["noun"].lower() for r in load_table("quote_company_nouns.csv")),
        frozenset(r["noun"].lower() for r in load_table("quote_view_nouns.csv")),
        {
            r["lemma"].lower(): _yes(r["needs_as"])
            for r in load_table("quote_characterising_verbs.csv")
        },
        frozenset(
            r["noun"].lower() for r in load_table("quote_body_nouns.csv") if _yes(r["remit"])
        ),
    )


# Role words that are also common name parts; never stripped as roles.
_NAME_LIKE_ROLES = frozenset({"king", "queen", "prince", "people", "state", "side", "force"})
# Role-table words for institutions and things, not people: 'firm Dunaferr' names a company.
_GROUP_ROLES = frozenset({
    "company", "firm", "business", "bank", "hospital", "university", "church", "union",
    "agency", "department", "committee", "commission", "council", "congress", "senate",
    "coalition", "junta", "militia", "party", "group", "family", "families", "crowd", "gang",
    "warplane", "jet", "drone", "warship", "missile", "tank", "artillery", "thousand",
    "hundred", "dozen", "million", "regime", "delegation", "legislature", "assembly",
    "parliament", "tribunal", "judiciary", "court", "cabinet", "administration",
    "government", "authority", "ministry", "army", "military", "navy", "police",
    "intelligence", "opposition", "media", "newspaper", "leadership", "troop",
})
