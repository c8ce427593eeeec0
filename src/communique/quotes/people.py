"""The records a speaker resolves to, and the name helpers every quote module shares.

``Person`` is one person or body of an article under its fullest name; ``Resolved`` is a speaker
mention resolved to it. ``fold`` makes 'Erdoğan' and 'Erdogan' one key.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from communique.resources import load_table

PLACE = frozenset({"NORP", "GPE", "LOC"})
NOT_NAMES = frozenset(
    {"GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "FAC"}
)
QUALIFIERS = frozenset({
    "deputy", "vice", "former", "ex", "acting", "assistant", "junior", "elect", "designate",
    "shadow", "incoming",
})
DETS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


@lru_cache(maxsize=1)
def particle_cases() -> dict[str, bool]:
    """Name particles (``quote_name_particles.csv``) -> may they be written capitalised
    inside a name ('Al Thani') as well as in lower case ('von der Leyen')?"""
    return {
        r["word"].lower(): (r.get("cased") or "").strip() == "any"
        for r in load_table("quote_name_particles.csv")
    }


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    """Words that join the parts of one name ('von', 'dos', 'bin', 'ul'), lower case."""
    return frozenset(particle_cases())


def written_particle(tok: Token, capitalised_only: bool = False) -> bool:
    """Is ``tok`` a name particle as written: lower case ('bin', 'de'), or capitalised when the
    particle table allows it ('Al', 'El')? One test for every reader of names, so the name
    index and the entity repairs agree on what joins the parts of a name."""
    cased = particle_cases().get(tok.lower_)
    if cased is None:
        return False
    if tok.text.islower():
        return not capitalised_only
    return cased and tok.is_title


def name_hyphen(tok: Token) -> bool:
    """Is a token the hyphen inside a double-barrelled name ('Hill-Lewis'), which spaCy
    splits into three tokens? It is no word of its own when a name's words are counted."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not (
        tok.doc[tok.i - 1].whitespace_
    )


def aged(noun: Token) -> bool:
    """Is a noun described by an age ('a 52-year-old', 'the 31-year-old defender', 'an old
    man')? Only a person is."""
    return any(t.lower_ == "old" or t.lower_.endswith("-old") for t in noun.lefts)


def is_initial(tok: Token) -> bool:
    """Is a token a name initial ('R.', 'J.P.')?"""
    return bool(re.fullmatch(r"(?:[A-Z]\.){1,3}", tok.text))


@dataclass
class Person:
    """One person or body as the article names it (``name`` is the fullest form)."""

    name: str
    is_person: bool
    role: str | None = None
    # roles given at other mentions ('COP30 President X' in a caption, 'Ambassador X' in the
    # story): 'the ambassador' re-names the holder of either
    other_roles: list[str] = field(default_factory=list)
    votes: dict[str, int] = field(default_factory=lambda: {"m": 0, "f": 0})
    place: bool = False  # a country or city: 'it' and 'they' prefer organisations
    weak: bool = False  # a proper noun guessed to be a person: 'he'/'she' need more evidence
    plural: bool = False  # a group: 'Sam Wilson and Nick Hawco', unnamed 'researchers'

    @property
    def gender(self) -> str | None:
        m, f = self.votes["m"], self.votes["f"]
        return "m" if m > f else "f" if f > m else None


@dataclass(frozen=True)
class Resolved:
    """A speaker as resolved from a mention: canonical entity (or None) and the surface form."""

    entity: Person | None
    name: str | None
    mention: str
    start: int
    end: int


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without diacritics: 'Erdoğan' and 'Erdogan' are one surname. Kept for the
    words seen last: the readers fold the same names tens of thousands of times an article."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _word_char(c: str, also: str) -> bool:
    return c.isalnum() or c == "_" or c in also


def find_word(text: str, word: str, also: str = "") -> int:
    """Where ``word`` first stands in ``text`` as a whole word (no word character, nor one
    of ``also``, touching it on either side), or -1. A plain search: the readers look for
    hundreds of different names an article, and a pattern compiled for each costs more
    than the search itself."""
    if not word:
        return -1
    at = text.find(word)
    end = len(word)
    while at >= 0:
        if (at == 0 or not _word_char(text[at - 1], also)) and (
            at + end >= len(text) or not _word_char(text[at + end], also)
        ):
            return at
        at = text.find(word, at + 1)
    return -1


def is_place(span: Span) -> bool:
    """Is this entity a country, city or people ('it said' prefers organisations)?"""
    return span[-1].ent_type_ in ("GPE", "LOC", "NORP")


def name_words(name: str) -> list[str]:
    """Folded words of a name, hyphenated parts apart ('Solberg-Haug' -> solberg, haug)."""
    return list(_name_words(name))


@lru_cache(maxsize=16384)
def _name_words(name: str) -> tuple[str, ...]:
    """``name_words`` kept for the names seen last (the resolver splits the same few names
    thousands of times an article)."""
    return tuple(re.findall(r"\w+", fold(name)))


def in_order(short: list[str], long: list[str]) -> bool:
    """Are the words of ``short`` a subsequence of ``long`` (a middle name left out)?"""
    it = iter(long)
    return all(w in it for w in short)


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Folded country names, short forms and demonyms -> ISO code (data/actors_countries.csv):
    'French', 'France' -> FRA; 'US', 'American' -> USA."""
    words: dict[str, str] = {}
    for row in load_table("actors_countries.csv"):
        for value in (row.get("aliases") or "").split("|") + (row.get("demonyms") or "").split("|"):
            if value.strip():
                words.setdefault(fold(value.strip()), row["code"])
    return words


@lru_cache(maxsize=1)
def country_openers() -> frozenset[tuple[str, ...]]:
    """First two words of the country names and demonyms of more than one word ('sri
    lanka', 'sri lankan', 'saint lucia'): after an honorific-looking word they open a
    country's name, not a person's."""
    return frozenset(tuple(k.split()[:2]) for k in _country_words() if " " in k)


@lru_cache(maxsize=1)
def _people_countries() -> dict[str, str]:
    """Folded names and aliases of well-known office holders -> their country
    (data/actors_people.csv), for people the article names without a country."""
    found: dict[str, str] = {}
    for row in load_table("actors_people.csv"):
        country = (row.get("country") or "").strip()
        if not country:
            continue
        for value in [row.get("name") or ""] + (row.get("aliases") or "").split("|"):
            if value.strip():
                found.setdefault(fold(value.strip()), country)
    return found


def known_name_from(tok: Token) -> bool:
    """Does a well-known person's full name (data/actors_people.csv) start at ``tok``
    ('Marine Le Pen')? Its first word is then a given name, even one that is also a role
    word ('Marine')."""
    if tok.lower_ not in _people_first_words():
        return False  # (most role words open no known name: no folding needed)
    doc = tok.doc
    for n in (2, 3, 4):
        if tok.i + n <= len(doc) and fold(doc[tok.i : tok.i + n].text) in _people_countries():
            return True
    return False


@lru_cache(maxsize=1)
def _people_first_words() -> frozenset[str]:
    """First words of the well-known names, lower case, to skip most lookups at once."""
    return frozenset(name.split()[0].lower() for name in _people_countries() if " " in name)


def country_of_word(word: str) -> str | None:
    """The country a modifier word names ('French' -> FRA, 'U.S.' -> USA), or None."""
    return _country_words().get(fold(word))


def country_of_holder(person: Person) -> str | None:
    """The country a person serves: from a country word in the title the article gave them
    ('Ukrainian President') or else from the table of well-known office holders."""
    for word in (person.role or "").replace("-", " ").split():
        code = country_of_word(word.removesuffix("'s").removesuffix("\u2019s"))
        if code is not None:
            return code
    if not person.is_person:
        return None
    return _people_countries().get(fold(person.name))


@lru_cache(maxsize=1)
def gazetteer_places() -> frozenset[str]:
    """Folded names of cities and regions (``places.csv``, ``places_world.csv``, the tables
    the actor coder reads), to know a place the tagger called a body ('White Plains') or a
    dateline written like a transcript label ('ISLAMABAD:')."""
    return frozenset(
        fold(r["place"]) for t in ("places.csv", "places_world.csv") for r in load_table(t)
    )
