"""Names of the people and bodies in one article, with their roles and gender evidence.

The small English model misses or mislabels many names (places tagged PERSON, people tagged
ORG or WORK_OF_ART, first names left outside the entity), so names come from three sources:
the entities (cleaned of titles and possessors), runs of capitalised proper nouns, and
unlabelled proper-noun subjects. Each person or body gets one ``Person`` keyed by its fullest
form, with a surname index ('Peskov' -> 'Dmitry Peskov', also 'Erdogan' -> 'Erdoğan'), name
parts for surname-first and double-barrelled names, acronyms ('FSB' -> 'Federal Security
Service') and a role from pre-modifiers or an apposition.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Sequence
from functools import cache, cached_property

from spacy.tokens import Doc, Span, Token

from communique.errors import CommuniqueError
from communique.nlp import make_nlp
from communique.nlp.build import doc_memo, doc_text, doc_tokens
from communique.nlp.columns import token_groups, tokens_in, tokens_of, tokens_where
from communique.quotes.cues import Lexicon
from communique.quotes.party_tags import bracket_tag_tokens
from communique.quotes.people import (
    DETS,
    NOT_NAMES,
    PLACE,
    QUALIFIERS,
    Person,
    Resolved,
    aged,
    country_of_word,
    country_openers,
    find_word,
    fold,
    gazetteer_places,
    in_order,
    is_initial,
    is_place,
    name_hyphen,
    name_words,
    written_particle,
)
from communique.quotes.people import name_particles as _particles
from communique.quotes.relays import alone_entity, name_number_end
from communique.quotes.repairs import EntityRepairs
from communique.resources import load_table, load_words
from communique.settings import load_settings

__all__ = [
    "DETS", "NOT_NAMES", "PLACE", "QUALIFIERS", "NameIndex", "Person", "Resolved", "fold",
]

# An Irish or Scottish surname with its elided particle ('O'Connor', 'D'Arcy'), which the
# tagger often reads as a common noun.
_ELIDED_NAME = re.compile(r"(?:O|D)['\u2019][A-Z][a-z]+")
_WORD_RUN = re.compile(r"\w+")  # a run of letters and digits, as a word of a name starts
# small words inside a body's full name ('Ministry of Culture, Arts and Sports')
_NAME_LINKS = frozenset({
    "of", "for", "and", "the", "on", "in", "to", "de", "du", "des", "la", "le", "et", "del", "da",
    "do", "di", "y", "e",
})
_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir"})

# Lower-case nouns after a party's name ('the Georgian Dream party')
_PARTY_KINDS = frozenset({"party", "movement", "bloc", "coalition", "faction"})

# Kinds that describe a body and seldom open its name ('Charity National Energy Action');
# 'Union Pacific', 'Brand Finance', 'Alliance Boots' and 'Studio Ghibli' begin with others
# plurals for people without an 's' (tagged as names inside a title): 'Women's Federation'
_PEOPLE_PLURALS = frozenset({"women", "men", "children", "people", "youth"})
_PLAIN_KINDS = frozenset({"charity", "consultancy", "pollster", "thinktank", "campaigner"})


@cache
def _generations() -> frozenset[str]:
    """Generational suffixes ('Jr.', 'Sr', 'III') from ``actors_name_suffixes.csv``, the
    table the actor coder reads too, compared lower case without full stops."""
    rows = load_table("actors_name_suffixes.csv")
    return frozenset(r["word"].lower().replace(".", "") for r in rows)


@cache
def _royal_titles() -> frozenset[str]:
    """Royal titles ('King', 'Princess'), stripped only from the front of a name: see the
    table for why they are not in ``quote_titles.csv``."""
    return frozenset(r["word"].lower() for r in load_table("quote_royal_titles.csv"))


@cache
def _unit_nouns() -> frozenset[str]:
    """Head nouns of numbered units and offices ('Headquarters', 'Brigade'), see the table."""
    return frozenset(r["noun"].lower() for r in load_table("quote_unit_nouns.csv"))


@cache
def _military_ranks() -> frozenset[str]:
    """Ranks that name a grade, not a post ('Colonel'), ``quote_military_ranks.csv``."""
    return load_words("quote_military_ranks.csv", "word")


@cache
def _mission_nouns() -> frozenset[str]:
    """Head nouns of bodies whose seat is part of their name ('Embassy'), see the table."""
    return frozenset(r["noun"].lower() for r in load_table("quote_mission_nouns.csv"))


@cache
def _long_titles(titles: frozenset[str]) -> dict[int, tuple[str, ...]]:
    """The titles of eight letters or more by length (a slip changes it by one at most)."""
    by: dict[int, list[str]] = {}
    for t in titles:
        if len(t) >= 8:
            by.setdefault(len(t), []).append(t)
    return {n: tuple(ts) for n, ts in by.items()}


@cache
def _near_title(low: str, titles: frozenset[str]) -> bool:
    """Is a word one slip away from a long title (cached: names recur in an article)?"""
    by = _long_titles(titles)
    return any(_one_edit(low, t) for n in (len(low) - 1, len(low), len(low) + 1)
               for t in by.get(n, ()))


def _holds_name(words: list[str], name: str) -> bool:
    """Does the person's name hold all these name words? In names built of particles the
    order matters: 'Abdulaziz bin Salman Al Saud' is the son, not part of 'Mohammed bin
    Salman bin Abdulaziz Al Saud', though every word of it is in the longer name."""
    full = name_words(name)
    if not set(words) <= set(full):
        return False
    return not (set(full) & _particles()) or in_order(words, full)


def _capital_word(text: str) -> bool:
    """Is a word a short one in capitals ('US', 'U.S.', 'UK'), which an acronym spells out
    letter by letter rather than by its initial?"""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()


def _generation(tok: Token) -> bool:
    return tok.text.replace(".", "").lower() in _generations()


def _one_edit(a: str, b: str) -> bool:
    """Are two words one typing slip apart (a letter dropped, added, changed, or two
    neighbours swapped)? 'Represenative' for 'Representative'."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    k = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[k:] == long[k + 1 :]


def _clean_name(span: Span) -> tuple[int, int]:
    """Token bounds of a name without leading titles/determiners or trailing possessives."""
    s, e = span.start, span.end
    doc = span.doc
    while s < e - 1 and (
        doc[s].lower_ in _TITLES or doc[s].lower_ in DETS or doc[s].is_punct
        or _courtesy_before_given(doc, s) or _courtesy_before_full_name(doc, s, e)
    ):
        s += 1
    while e > s + 1 and (doc[e - 1].tag_ == "POS" or doc[e - 1].is_punct):
        e -= 1
    return s, e


def _courtesy_before_full_name(doc: Doc, s: int, e: int) -> bool:
    """'Maître Aïda Gueye-Sall', 'Haji Mohamad bin Haji Hasan': a courtesy word (no initial
    like 'M.') before a capitalised given name and at least one more word of the name is no
    part of it."""
    return e - s >= 3 and len(doc[s].text.rstrip(".")) > 1 and is_honorific(doc[s]) and (
        doc[s + 1].is_title and doc[s + 1].pos_ == "PROPN"
    )


def _courtesy_before_given(doc: Doc, s: int) -> bool:
    """'Ibu Ratna' after 'Ratna Kusumawardhani': a courtesy word before a given name the
    article gives in full elsewhere is no part of the name. Without that full name the
    word stays ('Doña Marta' is all the article calls her; 'M. Govinda Rao' keeps his
    initial)."""
    if s + 1 >= len(doc) or not is_honorific(doc[s]):
        return False
    given = doc[s + 1].text
    return any(
        e.label_ == "PERSON" and len(e) >= 2 and e.start != s and e[0].text == given
        for e in doc.ents
    )


@cache
def _capitals() -> frozenset[str]:
    """Capital cities (``actors_countries.csv``): 'Manila's Department of Foreign Affairs'
    uses the capital as a stand-in for the government, so it is no part of the body's name
    (a country owner, 'Ethiopia's Ministry of Foreign Affairs', names which ministry)."""
    return frozenset(_capital_countries())


@cache
def _capital_countries() -> dict[str, str]:
    """Capital (folded) -> its country's first alias in ``actors_countries.csv`` (every row
    with capitals has an alias; the keys are ``_capitals``)."""
    out: dict[str, str] = {}
    for r in load_table("actors_countries.csv"):
        country = (r.get("aliases") or "").split("|")[0].strip()
        if not country:
            continue
        for c in (r.get("capitals") or "").split("|"):
            if c.strip():
                out.setdefault(fold(c.strip()), country)
    return out


def country_of_capital(name: str) -> str | None:
    """'Beijing said' is China speaking: a capital that speaks stands for its country's
    government, and the gold files such a source under the country's name ('China',
    'Hungary'), so the same source is not split between 'Beijing' and 'China'."""
    return _capital_countries().get(fold(name.strip()))


@cache
def naming_verbs() -> frozenset[str]:
    """Verbs giving a person's name ('identified only as Karim'), see the table."""
    return frozenset(r["lemma"].lower() for r in load_table("quote_naming_verbs.csv"))


@cache
def place_kinds() -> frozenset[str]:
    """Head nouns of named streets, waters and facilities ('Street', 'Firth'), see the table."""
    return frozenset(
        r["word"].lower() for r in load_table("quote_place_kinds.csv")
        if r["position"] in ("last", "")
    )


@cache
def leading_place_kinds() -> frozenset[str]:
    """Street words that open a name in other languages ('Calle', 'Rue', 'Jalan')."""
    return frozenset(
        r["word"].lower() for r in load_table("quote_place_kinds.csv") if r["position"] == "first"
    )


@cache
def kin_nouns() -> frozenset[str]:
    """Kinship and life-stage nouns used as labels before a name ('Gran'), see the table."""
    return frozenset(r["word"].lower() for r in load_table("quote_kin_nouns.csv"))


@cache
def _lemma_index(pos: str) -> frozenset[str]:
    """The words of one part of speech ('noun', 'adj') in the pipeline's own lexicon (the
    lemmatizer's index, built from WordNet). The pipeline is the one the article was parsed
    with (built once per process); without the index the set is empty and nothing that
    needs it is stripped."""
    try:
        lemmatizer = make_nlp(load_settings()).get_pipe("lemmatizer")
        table = lemmatizer.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
        return frozenset(str(w) for w in table.get(pos, ()))
    except (CommuniqueError, KeyError, ValueError, AttributeError, OSError):
        return frozenset()


_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})
ROLE_MENTIONS = 3  # an untagged person's role is looked for at this many first mentions


def common_nouns() -> frozenset[str]:
    """The English common nouns: 'Hero', 'Cop', 'Grandee' capitalised before a name are
    nouns of the language, which a given name like 'Kemi' or 'Leanne' is not."""
    return _lemma_index("noun")


def common_adjectives() -> frozenset[str]:
    """The English adjectives ('legislative', 'federal'): words of an office title."""
    return _lemma_index("adj")


def name_like(tok: Token) -> bool:
    """Is a token a proper noun, or a noun the parse called common that is no word of the
    language ('Thérèse' read as a common noun is still a name)?"""
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and not common_word(tok.lower_))


_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]+(?:['\u2019][a-z]+)+")
_MAC_NAME = re.compile(r"Ma?c[A-Z][a-z]+")
_NUMERIC = frozenset({"CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "TIME"})
_INITIAL = re.compile(r"[A-Z]\.")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def title_cased(tok: Token) -> bool:
    """Is a word written like a name? spaCy's ``is_title`` says no to "Nyakang'o" and
    "Ng'ang'a" (a small letter after the apostrophe), names East African copy spells so,
    and to 'McCartan' and 'MacNeill', Irish and Scottish surnames with a second capital."""
    return tok.is_title or (
        ("'" in tok.text or "\u2019" in tok.text) and bool(_APOSTROPHE_NAME.fullmatch(tok.text))
    ) or bool(_MAC_NAME.fullmatch(tok.text))


def common_word(low: str) -> bool:
    """Is a lower-cased word a noun (singular or regular plural: 'ports', 'communities') or
    an adjective of the language? The remits of a body's name are such words."""
    nouns = common_nouns()
    return low in nouns or low in common_adjectives() or (
        low.endswith("s") and low[:-1] in nouns
    ) or (low.endswith("ies") and low[:-3] + "y" in nouns)


@cache
def _label_heads() -> frozenset[str]:
    """Person nouns that end a coined label ('-mum', '-star', '-cop'), see the tables."""
    return kin_nouns() | frozenset(r["word"].lower() for r in load_table("quote_label_heads.csv"))


def noun_compound(low: str) -> bool:
    """Is a word a label coined from a common noun and a person noun ('supermum',
    'rockstar')? Tabloid labels coin such words freely; each part has three letters at least.
    Unless the word is itself a noun of the language, the second part must name a person:
    any two dictionary nouns would take given names too ('Mariela' splits into 'mari' and
    'ela')."""
    nouns = common_nouns()
    # a noun of the language itself made of two ('landlord', 'supervisor') needs no person head
    heads = nouns if low in nouns else _label_heads()
    return len(low) >= 7 and low.isalpha() and any(
        low[:k] in nouns and low[k:] in heads for k in range(3, len(low) - 2)
    )


@cache
def _months() -> frozenset[str]:
    """Month names and their short forms (English, from the standard library), which open
    dates, not names."""
    names = list(calendar.month_name[1:]) + list(calendar.month_abbr[1:]) + ["Sept"]
    return frozenset(m.lower() for m in names)


def is_month(word: str) -> bool:
    """Is ``word`` a month's name or short form ('Nov', 'Nov.', 'November')?"""
    return word.lower().rstrip(".") in _months()


@cache
def kind_nouns() -> frozenset[str]:
    """Nouns for a kind of organisation that refer back to the one just named ('the union
    said' after 'the Professional Footballers' Association'), see the table."""
    return frozenset(r["noun"].lower() for r in load_table("quote_kind_nouns.csv"))


@cache
def kind_noun_holds() -> dict[str, str]:
    """The word a body's name must hold for a kind noun to point back to it ('majority' ->
    'court'), see ``quote_kind_nouns.csv``."""
    return {
        r["noun"].lower(): r["holds"].lower() for r in load_table("quote_kind_nouns.csv")
        if r["holds"]
    }


@cache
def public_kind_nouns() -> frozenset[str]:
    """Kind nouns that name public bodies too ('the watchdog' after 'the Office for Budget
    Responsibility'), see ``quote_kind_nouns.csv``."""
    return frozenset(
        r["noun"].lower() for r in load_table("quote_kind_nouns.csv") if r["public"] == "yes"
    )


@cache
def _gazetteer_bodies() -> tuple[str, ...]:
    """Names of two words or more of the bodies and parties the actor coder knows, longest
    first; only proper names ('Human Rights Watch', 'Bank of England', 'Reform UK'), not the
    descriptions the tables also list ('UN children's agency'), which resolve through the
    article's own names."""
    tables = ("actors_orgs.csv", "igos.csv", "actors_parties.csv")  # 'Reform UK' read as 'UK'
    phrases = {
        r["phrase"] for t in tables for r in load_table(t)
        if len(r["phrase"].split()) >= 2 and all(
            w[:1].isupper() or w in ("of", "for", "the", "and", "on", "de", "des", "du")
            for w in r["phrase"].split()
        )
    }
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def _gazetteer_bodies_by_first() -> tuple[tuple[str, str], ...]:
    """``_gazetteer_bodies`` in the same order, each with the run of letters and digits it
    opens with ('Human' of 'Human Rights Watch', 'Al' of 'Al-Shabaab Movement')."""
    out = []
    for phrase in _gazetteer_bodies():
        first = _WORD_RUN.match(phrase)
        out.append((phrase, first.group() if first else ""))
    return tuple(out)


@cache
def _gazetteer_bodies_grouped() -> dict[str, tuple[int, ...]]:
    """Positions in ``_gazetteer_bodies_by_first`` of the names opening with each word, so an
    article is searched only for the names whose first word it writes."""
    out: dict[str, list[int]] = {}
    for k, (_, first) in enumerate(_gazetteer_bodies_by_first()):
        out.setdefault(first, []).append(k)
    return {first: tuple(at) for first, at in out.items()}


@cache
def _gazetteer_single_bodies() -> frozenset[str]:
    """One-word proper names of bodies and parties the actor coder knows ('Greenpeace',
    'Eurofer', 'Labour'), as written."""
    return frozenset(
        r["phrase"] for t in ("actors_orgs.csv", "igos.csv", "actors_parties.csv")
        for r in load_table(t)
        if len(r["phrase"].split()) == 1 and r["phrase"][:1].isupper()
    )


@cache
def _is_clock(tok: Token) -> bool:
    """A clock time of a live-blog stamp: '21.47', '4.10pm', '10am', or the 'p.m.' the
    tokenizer split from '4:10'."""
    if _CLOCK.fullmatch(tok.text):
        return True
    return (
        tok.lower_ in _HALF_DAY
        and tok.i > 0
        and re.fullmatch(r"\d{1,2}(?:[.:]\d\d)?", tok.doc[tok.i - 1].text) is not None
    )


def _given_abbreviations() -> frozenset[str]:
    """Given names written abbreviated ('Ma.' for María), see the table."""
    return frozenset(r["word"].lower() for r in load_table("quote_given_abbreviations.csv"))


@cache
def _known_orgs() -> frozenset[str]:
    """Folded short names of the bodies the actor coder knows (``actors_orgs.csv``)."""
    return frozenset(fold(r[k]) for r in load_table("actors_orgs.csv") for k in ("name", "phrase"))


@cache
def epithet_verbs() -> dict[str, bool]:
    """Verbs that give something or someone a name ('dubbed', 'nicknamed') -> whether they
    only name (else they may characterise too), see ``quote_epithet_verbs.csv``."""
    return {
        r["lemma"].lower(): r["always"].strip().lower() == "yes"
        for r in load_table("quote_epithet_verbs.csv")
    }


@cache
def honorifics() -> frozenset[str]:
    """Courtesy titles and honorifics before a name ('Hon.', 'Shri', 'Sheikh'), the table the
    actor coder reads too."""
    return frozenset(
        r["word"].lower() for r in load_table("actors_honorifics.csv") if not r["before_given"]
    )


@cache
def _given_honorifics() -> frozenset[str]:
    """Courtesy titles only before a given name ('Don Alvaro', not 'Don Lemon')."""
    return frozenset(
        r["word"].lower() for r in load_table("actors_honorifics.csv") if r["before_given"]
    )


@cache
def _given_names() -> frozenset[str]:
    return frozenset(fold(r["name"]) for r in load_table("quote_first_names.csv"))


def is_honorific(tok: Token) -> bool:
    """Is this token a courtesy title before a name? 'Sri' is one ('Sri Ram Kumar'), except
    where it opens a country's name: 'the Sri Lankan foreign ministry' is not the 'Lankan
    foreign ministry' with a courtesy title."""
    if tok.lower_ in _given_honorifics():
        # 'Don Álvaro Loya Chávez': a given name and a surname follow ('Don Scott' and the
        # stage name 'Don Francisco' are names; a surname would stand alone after the word)
        doc = tok.doc
        return tok.is_title and tok.i + 2 < len(doc) and (
            fold(doc[tok.i + 1].text) in _given_names() and doc[tok.i + 2].is_title
            and doc[tok.i + 2].pos_ == "PROPN"
        ) and not (tok.i > 0 and doc[tok.i - 1].lower_ in _TITLES)  # ('Dr Don Francis')
    if tok.lower_ not in honorifics():
        return False
    if tok.i + 1 < len(tok.doc):
        return (fold(tok.text), fold(tok.doc[tok.i + 1].text)) not in country_openers()
    return True


def seat_titles() -> frozenset[str]:
    """Titles of elected members who sit 'for' a seat ('Member', 'MP', 'TD'), see
    ``quote_seat_titles.csv``."""
    return load_words("quote_seat_titles.csv", "title")


@cache
def region_words() -> frozenset[str]:
    """Last words of continents and world regions ('Africa', 'Sahel', 'East'), see
    ``quote_world_regions.csv``."""
    return frozenset(r.split()[-1] for r in load_words("quote_world_regions.csv", "region"))


# A clock time ('21.47', '09:05'), after which capitals are a time zone
_CLOCK = re.compile(r"\d{1,2}[.:]\d\d(?:[ap]\.?m\.?)?|\d{1,2}[ap]\.?m\.?", re.IGNORECASE)
# The half-day word the tokenizer may split from its clock ('4:10 p.m.', '10 am')
_HALF_DAY = frozenset({"am", "pm", "a.m.", "p.m."})

# A brand written with a small first letter and a capital inside ('easyJet', 'eBay')
_CAMEL = re.compile(r"[a-z]{1,4}[A-Z][A-Za-z]+")

# Words in a role after which, or which themselves, speak of another person ('sister of
# leader Kim', 'Her neighbour'), so tell nothing of the role holder's gender
_ROLE_OWNERS = frozenset({"of", "to", "for", "at", "in", "from", "with", "and"})
_POSSESSIVES = frozenset({"his", "her", "hers", "their"})

# Labels the tagger gives people it mistakes for places, bodies or works ('Kemi Badenoch' GPE)
_MISTAKEN = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def _strip_brackets(text: str) -> str:
    return " ".join(text.replace("(", " ").replace(")", " ").split()).strip(" ,;:-")



# Day names, with ``_months``: a date's own words, never the rest of a name tagged a date
_DAYS = frozenset(w.lower() for w in (*calendar.day_name, *calendar.day_abbr))


class NameIndex(EntityRepairs):
    """Per-article index of named people and bodies (built once, read by ``Cast``)."""

    def __init__(
        self, doc: Doc, lex: Lexicon, furniture: Sequence[tuple[int, int]] = ()
    ) -> None:
        self.doc = doc
        # page furniture (character spans) that runs names together with no comma between
        # ('Tags: Cambodia Thailand border JBC ASEAN Observer Team'): the tagger joins
        # neighbouring names into one, which is never the story's fuller name for a body
        # (a contact line, 'Media Relations, Department of National Defence', keeps its
        # commas and its names)
        text = doc_text(doc)
        self._furniture = [(lo, hi) for lo, hi in furniture if "," not in text[lo:hi]]
        # the tokens made once: ``doc[i]`` and ``for t in doc`` build a new Token object on
        # every access, and the index reads each token dozens of times (a quarter of the
        # quotation stage went on making them)
        self.toks: list[Token] = doc_tokens(doc)
        # the entities made once too: ``doc.ents`` builds every Span again on each access
        self.ents: list[Span] = list(doc.ents)
        self._shapes: dict[tuple[int, int, str, bool], list[Token] | None] = {}  # _name_shaped
        self._bounds_memo: dict[tuple[int, int, bool], tuple[int, int]] = {}  # see _bounds
        self._role_words: dict[int, bool] = {}  # see role_word
        self.lex = lex
        self.people: dict[str, Person] = {}
        self._surname: dict[str, Person] = {}
        self._part: dict[str, Person] = {}  # non-final name words -> person
        self._acronyms: dict[str, Person] = {}
        self._token_entity: dict[int, Person] = {}
        self._surname_uses: dict[str, list[int]] | None = None  # see _person_surnames
        self._epithets: set[int] = set()  # tokens of a nickname given in marks
        self._kind_places: frozenset[str] | None = None  # see kind_places
        self._first_cache: set[str] = set()  # see _first_words
        self._first_seen = -1
        self._ins: list[int] | None = None  # see _in_positions
        self._folded: dict[str, list[int]] | None = None  # see _folded_uses
        self._contexts: tuple[frozenset[str], frozenset[str]] | None = None  # _place_contexts
        self._chains = self._build_chains()
        # entity tokens whose next pronoun showed a person and the gender it gave
        # (``EntityRepairs._personal_pronoun_after``)
        self._shown_gender: dict[int, str] = {}
        self._build_names()
        self._build_roles()

    def _furniture_token(self, i: int) -> bool:
        """Does token ``i`` stand in a line of page furniture ('Tags: Cambodia Thailand border
        JBC ASEAN Observer Team')?"""
        idx = self.toks[i].idx
        return any(lo <= idx < hi for lo, hi in self._furniture)

    def _bounds(self, ent: Span, person: bool) -> tuple[int, int]:
        """Name tokens of an entity: no possessor before it, no leading titles for people.
        Read once per entity (the name and role passes both ask)."""
        key = (ent.start, ent.end, person)
        found = self._bounds_memo.get(key)
        if found is None:
            found = self._bounds_memo[key] = self._read_bounds(ent, person)
        return found

    def _read_bounds(self, ent: Span, person: bool) -> tuple[int, int]:
        doc = self.doc
        toks = self.toks
        s, e = _clean_name(ent)
        while not person and s < e - 1 and toks[s].is_lower and toks[s].is_alpha and (
            toks[s].pos_ in ("NOUN", "ADJ", "VERB") and toks[s + 1].is_title
        ):
            s += 1  # 'The jihadist Group' + 'for the Support of ...' tagged: a description
        for i in range(e - 1, s, -1):
            if toks[i].tag_ == "POS" or toks[i].lower_ in ("'s", "\u2019s"):
                if not person and self._office_possessive(toks[i - 1]):
                    break  # "Sheriff's Office", "People's Party": the 's is part of the name
                s = i + 1
                break
        if not person and s >= 2 and e - s >= 3 and toks[s + 1].tag_ == "POS" and (
            self._office_possessive(toks[s])
        ):
            # 'The Quintana Roo Attorney' + "General's Office" tagged: the office's holder is
            # named in full by the capitalised words after the article
            k = s
            while k > 0 and s - k < 4 and toks[k - 1].is_title and toks[k - 1].pos_ == "PROPN" and (
                not toks[k - 1].is_sent_start
            ):
                k -= 1
            if k < s and toks[k - 1].lower_ == "the":
                s = k
        for i in range(s + 1, e):
            if toks[i].text == "(":  # 'World Health Organization (WHO'
                e = i
                break
        if e - s > 1 and toks[e - 1].lower_ in ("of", "for") and e < len(doc):
            # 'The Supreme Court of' + 'India': the entity stopped short of its place
            k = e
            if toks[k].ent_iob_ == "B" and toks[k].ent_type_ in ("GPE", "LOC", "ORG"):
                k += 1
                while k < len(doc) and toks[k].ent_iob_ == "I":
                    k += 1
            e = k if k > e else e - 1
        if not person and e - s >= 4 and toks[s].is_sent_start and toks[s].is_title and (
            toks[s].lower_ in _PLAIN_KINDS
        ) and all(t.is_title and t.lemma_.lower() not in (
            self.lex.bodies | self.lex.companies | kind_nouns()
        ) for t in toks[s + 1 : e]):
            s += 1  # 'Charity National Energy Action said': the kind, capitalised as the
            # sentence's first word, is no part of the name
        if not person and e + 1 < len(doc) and toks[e].lower_ == "of" and (
            toks[e + 1].ent_iob_ == "B" and toks[e + 1].ent_type_ == "GPE"
        ) and toks[s].lemma_.lower() in self.lex.bodies and any(
            t.lower_ == "of" for t in toks[s + 1 : e]
        ):
            # 'The Ministry of Foreign Affairs of' + 'Turkmenistan': a body named by its remit
            # is told from its namesakes by the country after it
            e += 2
            while e < len(doc) and toks[e].ent_iob_ == "I":
                e += 1
        if not person:
            e = max(e, name_number_end(toks[e - 1]))  # 'France' tagged, '24' left out
            if e - s > 2 and toks[e - 1].lower_ == "and":
                e -= 1  # 'the Ministry of Foreign Affairs and' + 'International Cooperation'
            e = self._across_and(s, e)
            while e - s > 1 and toks[e - 1].lower_ in ("in", "at", "on", "from", "to", "the"):
                e -= 1  # 'the ECOWAS Council of Ministers in' + 'Abuja': a place follows
            if e - s > 1 and toks[e - 1].text == "party" and toks[e - 2].text[:1].isupper():
                e -= 1  # 'his Georgian Dream party': the lowercase noun only says what it is
        if person:
            e = self._with_generation(e)
            comma = max((i for i in range(s, e - 1) if toks[i].text in (",", "\u2014", "\u2013")),
                        default=-1)
            tail = [t.text.replace(".", "").lower() for t in doc[comma + 1 : e]] if (
                comma >= 0
            ) else []  # (no comma: nothing to read, and doc[0:e] would be the whole prefix)
            if comma >= 0 and any(t.pos_ == "PROPN" for t in doc[comma + 1 : e]) and not all(
                w in _generations() or w in self.lex.postnominals for w in tail
            ):  # 'Martin Luther King, Jr.' keeps its first part
                s = comma + 1  # 'Wagah crossing, Imran Qureshi' tagged as one person
            e = self._before_letters(s, e)  # 'Kama Melly QC' -> 'Kama Melly'
            # strip through the last title or role word: 'Senate Minority Whip Dick Durbin' ->
            # 'Dick Durbin', 'Legislator Jane Roe' -> 'Jane Roe'
            last_title = max(
                (i for i in range(s, e - 1) if self.role_word(toks[i])
                 or toks[i].lower_ in self.lex.outlet_words  # 'Broadcaster Piers Morgan'
                 or toks[i].lower_ in ("of", "from", "for", "to")
                 or (toks[i].lower_ in _given_honorifics() and is_honorific(toks[i]))
                 or (i == s and self._front_title(i, e))),
                default=s - 1,
            )
            s = last_title + 1
            if s > 0 and toks[s - 1].lower_ in ("for", "of") and s >= 2 and (
                self.role_word(toks[s - 2])
            ):
                while e - s >= 3 and common_word(toks[s].lower_) and (
                    fold(toks[s].text) not in self.lex.first_names
                ):  # 'Commissioner for [Human Rights Dmytro Lubinets]': the remit
                    s += 1
            while e - s > 1 and not (name_like(toks[s]) and (
                toks[s].pos_ == "PROPN" or toks[s].is_title
            )):  # ('Thérèse' read as a common noun stays)
                s += 1
            while (
                e < len(doc) and (toks[e].pos_ == "PROPN" or _ELIDED_NAME.match(toks[e].text))
                and toks[e].is_title
                and not toks[e].ent_type_ and not self.role_word(toks[e]) and (
                    toks[e - 1].head.i == e or _ELIDED_NAME.match(toks[e].text)
                    # 'Chris' tagged alone, the parse broken after a live-blog time stamp
                    or (e - s == 1 and fold(toks[s].text) in self.lex.first_names)
                )
            ):
                e += 1  # 'Graciano' tagged, 'Mijares' left out: the surname the first name modifies
            e = self._after_particles(e)
            while e + 1 < len(doc) and name_hyphen(toks[e]) and toks[e + 1].is_alpha and (
                toks[e + 1].text[:1].islower()
            ):
                e += 2  # 'Park Yoon' + '-joo': the lower-case end of a hyphenated given name
            if e + 1 < len(doc) and name_hyphen(toks[e]) and toks[e + 1].is_title and (
                toks[e + 1].pos_ == "PROPN" and not toks[e + 1].ent_type_
                and (e + 2 >= len(doc) or not name_hyphen(toks[e + 2]))
                and country_of_word(toks[e + 1].text) is None
                and fold(toks[e + 1].text) not in gazetteer_places()
            ):
                e += 2  # 'Ibrahima Kandji' tagged, '-Ndiaye' left out: a double-barrelled surname
            chained = last_title >= 0 and toks[last_title].lower_ in ("of", "from", "for", "to")
            if not chained and s >= 2 and toks[s - 1].lower_ in ("of", "from", "for", "to"):
                chained = self.role_word(toks[s - 2])  # 'First Minister of [Scotland Nicola ...]'
            if chained:
                s = self._after_place(s, e)  # 'Senator from Ohio John Smith' -> 'John Smith'
            if e - s >= 3 and self.describes(toks[s], toks[s + 1]):
                s += 1  # 'Defender Maria Lopez' tagged as one PERSON
            s = self._after_office_tail(s, e)
            s = self._after_labels(s, e)
            while True:
                if (
                    s > 0 and self._name_word(toks[s - 1]) and s <= toks[s - 1].head.i < e
                    and not self.role_word(toks[s - 1]) and not self.describes(toks[s - 1], toks[s])
                    and not self._front_title(s - 1, e) and not is_honorific(toks[s - 1])
                    and not (  # 'envoy for Africa' + 'Peter Pham': a place, not a given name
                        (country_of_word(toks[s - 1].text) is not None
                         or toks[s - 1].lower_ in region_words())
                        and fold(toks[s - 1].text) not in self.lex.first_names
                    )
                    # 'Chief of Cabinet' + 'Manuel Adorni': a body noun ends an office, it
                    # never opens a person's name
                    and toks[s - 1].lemma_.lower() not in self.lex.bodies
                    # 'Supermum' + 'Leanne Collins': a noun of the language the tagger left
                    # out of a full name is a label, not a given name
                    and not (e - s >= 2 and self._label_before(s))
                    # 'Security' + 'Policy' + 'Kaja Kallas': the end of an office title
                    and self._after_office_tail(s - 1, e) == s - 1
                    and not self._after_qualifier(s - 1)  # 'Foreign' + 'Affairs' + 'Helen'
                    and not self._party_label(toks[s - 1])  # 'Conservative' + 'Michael Di'
                ):
                    s -= 1  # 'Om' in 'Om Prakash' when the entity starts late
                elif self._given_cut_off(s - 1):
                    s -= 1  # 'Priti' + 'Patel' after a live-blog heading broke the parse
                elif s > 1 and name_hyphen(toks[s - 1]) and toks[s - 2].is_title and (
                    toks[s - 2].is_alpha
                ):
                    s -= 2  # 'Jean-' + 'Pierre Lacroix': a hyphenated given name
                elif s > 0 and toks[s - 1].ent_type_ == "NORP" and self._given_tagged_norp(
                    toks[s - 1], toks[s]
                ):
                    s -= 1  # 'Therese' tagged a nationality before 'Kayikwamba Wagner'
                elif s > 1 and toks[s - 1].ent_type_ not in ("", "PERSON") and (
                    toks[s - 2].ent_iob_ == "B" and toks[s - 1].ent_iob_ == "I"
                    and (toks[s - 2].lower_ in _TITLES or is_honorific(toks[s - 2]))
                    and name_like(toks[s - 1]) and toks[s - 1].is_title
                    and s <= toks[s - 1].head.i < e and toks[s - 1].lower_ not in self.lex.titles
                    and not is_honorific(toks[s - 1])  # 'H.E. Dr.' + 'Omar ...'
                ):
                    s -= 1  # '[Ms Thérèse]' tagged a body before 'Kayikwamba Wagner'
                elif (k := self._before_particles(s)) < s:
                    s = k  # 'Moza bint' before 'Nasser', 'Ursula von der' before 'Leyen'
                elif self._initial_before(s):
                    s -= 1  # 'D. John Sauer' with the initial tagged a group
                else:
                    break
        return s, e

    def _seat_holder(self, ent: Span) -> tuple[int, int] | None:
        """'Member for Townsville Adam Baillie', 'MP for Bristol West Thangam Debbonaire': an
        elected member's title, 'for' and the seat, with seat and holder tagged as one entity
        (a person, a body or a building). The holder's name starts at the first known given
        name after the seat's first word, else it is the entity's last two words."""
        s = ent.start
        while s > 1 and ent.start - s < 3 and self.toks[s - 1].is_title and (
            self.toks[s - 1].is_alpha and self.toks[s - 2].lower_ != "for"
        ):
            s -= 1  # 'Member for Mount' + 'Alexander Jane Harrington' tagged a person
        if s > 1 and self.toks[s - 1].is_title and self.toks[s - 2].lower_ == "for":
            s -= 1
        start = self._seat_name_start(s, ent.end)
        return (start, ent.end) if start > s else None

    def _seat_name_start(self, s: int, e: int) -> int:
        """Where the holder's name starts in ``doc[s:e]`` when it is a seat and a name after
        an elected member's title and 'for' (see ``_seat_holder``), else ``s``."""
        toks = self.toks
        title = toks[s - 2] if s >= 2 else None
        if e - s < 3 or title is None or toks[s - 1].lower_ != "for" or (
            title.lower_ not in seat_titles()
        ) or not all(t.is_alpha and t.is_title for t in toks[s:e]) or (
            title.is_lower or (s >= 3 and toks[s - 3].lower_ in DETS)
        ):  # ('a representative for Universal Music Group', 'the member for X, Y,')
            return s
        # the last known given name opens the name: 'Mount Alexander' + 'Jane Harrington'
        given = [j for j in range(s + 1, e - 1) if fold(toks[j].text) in self.lex.first_names]
        return given[-1] if given else e - 2

    def _remit_office_start(self, start: int) -> int:
        """Start of a capitalised office whose remit ends right before a name ('Deputy
        Foreign Minister for Legal and International Affairs Kazem Gharibabadi'), or
        ``start`` when the words before the name hold no title."""
        doc = self.doc
        toks = self.toks
        k = start
        while k > 0 and start - k < 10 and k - 1 not in self._token_entity and (
            toks[k - 1].is_title or toks[k - 1].lower_ in ("of", "for", "and")
        ):
            k -= 1
        while k < start and not toks[k].is_title:
            k += 1
        words = doc[k:start]
        if not any(self.role_word(t) for t in words) or not any(
            t.lower_ in ("of", "for") for t in words
        ):
            return start
        return k

    def _party_label(self, tok: Token) -> bool:
        """Is a capitalised word a party's member label ('Conservative', 'Labour', 'Tory')
        the parties table knows, as written or as its plural ('Conservatives')? Written
        before a name it describes the person, as 'Conservative candidate' would."""
        bodies = _gazetteer_single_bodies()
        return tok.is_title and (tok.text in bodies or tok.text + "s" in bodies)

    def _after_office_tail(self, s: int, e: int) -> int:
        """Start of a person's name after the last words of a long office title that the
        tagger took into the name: 'High Representative for Foreign Affairs and Security
        [Policy Kaja Kallas]', 'Leader of the Opposition in the [Legislative Assembly R.
        Ashoka]'. The words stripped are nouns or adjectives of the language, not given names,
        and the capitalised run they continue goes back to a title ('Representative',
        'Leader') through connectors or other capitalised words. A title right before the
        name strips nothing here ('President Bola Ahmed Tinubu': 'bola' is a noun too)."""
        doc = self.doc
        toks = self.toks
        if s == 0 or self.role_word(toks[s - 1]) or toks[s - 1].lower_ in self.lex.titles:
            return s
        k = s
        while k < e - 2 and self._office_word(toks[k]):
            k += 1
        if k == s or not all(t.pos_ == "PROPN" or is_initial(t) for t in doc[k:e]):
            return s
        b = s - 1
        while b >= 0 and b > s - 12:
            t = toks[b]
            if self.role_word(t) or t.lower_ in self.lex.titles:
                return k if t.is_title or t.is_upper else s
            if not (t.is_title or t.lower_ in ("of", "for", "and", "in", "the", "on")):
                return s
            b -= 1
        return s

    def _after_qualifier(self, i: int) -> bool:
        """Is the capitalised noun at ``i`` the second word of an office opened by a
        qualifying title ('Foreign Affairs', 'Home Affairs', 'Interior Ministry'), so that it
        never opens a name that follows? A qualifier ('foreign', 'interior') is a title that is
        no role on its own, unlike 'President' before 'Bola Ahmed Tinubu'."""
        toks = self.toks
        if i < 1 or not self._office_word(toks[i]):
            return False
        prev = toks[i - 1]
        return prev.is_title and prev.lower_ in self.lex.titles and (
            prev.lower_ not in self.lex.roles
        )

    def _office_word(self, tok: Token) -> bool:
        """Is a capitalised word a noun or adjective of the language ('Policy', 'Legislative',
        'Assembly'), not a given name?"""
        low = tok.lower_
        if not tok.is_title or not tok.is_alpha or len(low) < 3 or (
            fold(tok.text) in self.lex.first_names
        ):
            return False
        lemma = tok.lemma_.lower()  # 'Services': the index lists the singular
        # ('Sports', 'Fisheries': a proper noun's lemma keeps the plural)
        return common_word(low) or lemma in common_nouns()

    def _label_word(self, tok: Token) -> bool:
        """Is a capitalised word a common noun or a party word, not a given name ('Hero',
        'Cop', 'Tory', 'Grandee', 'Supermum'), so that before a full name it is a label?"""
        low = tok.lower_
        if not (tok.is_title or tok.is_upper) or not tok.is_alpha or len(low) < 3 or (
            fold(tok.text) in self.lex.first_names or low in _particles()
        ):
            return False
        return (
            low in common_nouns() or low in kin_nouns() or noun_compound(low)
            or country_of_word(tok.text) is not None
        )

    def _label_before(self, s: int) -> bool:
        """Is the word before a name the tagger started at ``s`` a label rather than a given
        name it missed: a kinship noun or noun compound ('Mum', 'Supermum'), or the last of two
        label words ('Hero Cop')? A single noun may be a name the lexicon also lists
        ('Ferdinand', 'Bart'), so it is left to the name."""
        toks = self.toks
        prev = toks[s - 1]
        if not self._label_word(prev):
            return False
        return prev.lower_ in kin_nouns() or noun_compound(prev.lower_) or (
            s >= 2 and self._label_word(toks[s - 2]) and toks[s - 2].head.i >= s - 1
        )

    def _after_labels(self, s: int, e: int) -> int:
        """Start of a person's name after title-case labels the tagger kept in it ('Tory
        Grandee Ken Hart', 'Hero Cop Jim Bell', 'Gran Edna Smith'): two label words, or one
        kinship noun or noun compound, before two or more name words. A single ordinary noun
        stays ('Bola Ahmed Tinubu': 'bola' is a noun too), and so does any known given name."""
        doc = self.doc
        toks = self.toks
        if e - s == 2 and toks[s].lower_ in kin_nouns() and toks[s].is_title and (
            toks[s + 1].is_title and fold(toks[s + 1].text) in self.lex.first_names
        ):
            return s + 1  # 'Daughter Emily, 9,': a kinship label before a known given name
        k = s
        while k < e - 2 and self._label_word(toks[k]):
            k += 1
        if k == s or not all(t.pos_ == "PROPN" and t.is_title for t in doc[k:e]):
            return s
        if toks[k].lower_ in common_nouns() and fold(toks[k].text) not in self.lex.first_names:
            return s  # 'World Wonder Ring Stardom': the words after are nouns too, a body's name
        b = s  # labels the tagger left outside ('Hero' + 'Cop Jim Bell') count as well
        while b > 0 and self._label_word(toks[b - 1]) and s <= toks[b - 1].head.i < e and not (
            self.role_word(toks[b - 1]) or toks[b - 1].lower_ in self.lex.titles
        ):  # a title before the name is stripped already ('President Ferdinand Marcos Jr')
            b -= 1
        if sum(not _generation(t) for t in doc[k:e]) < 2:
            return s
        if k - b >= 2 or toks[s].lower_ in kin_nouns() or noun_compound(toks[s].lower_):
            return k
        return s

    def _with_generation(self, e: int) -> int:
        """End of a name with its generational suffix: 'Martin Luther King, Jr.' (the NER
        stops at the comma, and a bare 'Jr.' would then be taken for the speaker) and 'John
        Doe Sr.' (the tokenizer split the full stop off 'Sr')."""
        doc = self.doc
        toks = self.toks
        if e + 1 < len(doc) and toks[e].text == "," and _generation(toks[e + 1]):
            e += 2
        if e < len(doc) and toks[e].text == "." and _generation(toks[e - 1]) and (
            not toks[e - 1].whitespace_ and not toks[e - 1].is_upper  # 'III.' ends a sentence
        ):
            e += 1
        return e

    def _particle_at(self, i: int) -> bool:
        """Is token ``i`` a name particle as written ('von', 'dos', 'bin'; 'Al' and 'El'
        capitalised too), and not the start of an organisation's name ('Al Jazeera')?"""
        tok = self.toks[i]
        return written_particle(tok) and not (tok.ent_iob_ == "B" and tok.ent_type_ == "ORG")

    def _after_particles(self, e: int) -> int:
        """End of a name that goes on through particles after the entity stopped: 'Ursula
        von der' + 'Leyen' (tagged apart, even as a place), 'Mohammed bin Abdulrahman' +
        'bin Jassim Al Thani'. A particle always joins two name words, so a capitalised
        proper noun after it belongs to the same name."""
        doc = self.doc
        toks = self.toks
        while e < len(doc):
            j = e
            while j < len(doc) and self._particle_at(j):
                j += 1
            if j == e and not (toks[e - 1].text.islower() and toks[e - 1].lower_ in _particles()):
                return e
            if j >= len(doc) or not (
                toks[j].pos_ == "PROPN" and toks[j].text[:1].isupper()
                and not self.role_word(toks[j])
                and toks[j].ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")
            ):
                return e
            e = j + 1
            while e + 1 < len(doc) and toks[e].text == "-" and not toks[e].whitespace_ and (
                not toks[e - 1].whitespace_ and toks[e + 1].text[:1].isupper()
            ):
                e += 2  # 'bin Abdul-Aziz'
        return e

    def _front_title(self, i: int, e: int) -> bool:
        """Is token ``i``, opening the name that ends at ``e``, a title the main title table
        cannot hold: a royal one, a misspelt one, or one that is a title only after another
        honorific?"""
        return self._royal_title(i, e) or self._misspelt_title(self.toks[i]) or (
            self._context_title(i)
        )

    def _context_title(self, i: int) -> bool:
        """'YB Tuan Anthony Loke Siew Fook': a word that is a title only after another
        honorific (``quote_context_titles.csv``)."""
        toks = self.toks
        titles = load_words("quote_context_titles.csv", "word")
        return i > 0 and toks[i].is_title and toks[i].lower_ in titles and (
            is_honorific(toks[i - 1])
        )

    def _royal_title(self, i: int, e: int) -> bool:
        """Is token ``i`` a royal title before the name that ends at ``e`` ('King Maha
        Vajiralongkorn')? Before a single given name ('Queen Margrethe', 'Queen Elizabeth
        II') the title stays, since title and given name are what the monarch is known by,
        unless the article gives a longer name with that word ('Princess Ubolratana' after
        'Princess Ubolratana Mahidol'), which the bare word then finds. Never as a surname
        before a suffix ('Martin Luther King Jr.')."""
        doc = self.doc
        toks = self.toks
        if toks[i].lower_ not in _royal_titles() or not toks[i].is_title:
            return False
        tail = [t for t in doc[i + 1 : e] if not t.is_punct]
        names = [t for t in tail if not _generation(t) and t.lower_ not in _particles()]
        if len(names) == 1 and len(tail) == 1:
            chains: dict[str, tuple[int, int]] = getattr(self, "_chains", {})
            return fold(names[0].text) in chains
        return len(names) >= 2

    def _misspelt_title(self, tok: Token) -> bool:
        """'Represenative Adam Schiff': a long capitalised word one typing slip away from a
        title, opening a name, is that title misspelt (news copy has typos; a given name
        is never that close to 'Representative' or 'Commissioner')."""
        low = tok.lower_
        if len(low) < 8 or not tok.is_title or fold(tok.text) in self.lex.first_names:
            return False
        return _near_title(low, self.lex.titles)

    def _abbreviated_title(self, ent: Span) -> bool:
        """'EAM Jaishankar' tagged ORG: an upper-case title abbreviation the titles table
        lists ('EAM' for External Affairs Minister) before one or two capitalised words that
        name no kind of body is a titled person, not an organisation."""
        if ent.label_ != "ORG" or not 2 <= len(ent) <= 3:
            return False
        first, rest = ent[0], ent[1:]
        return (
            first.is_upper and len(first.text) > 1 and first.lower_ in self.lex.titles
            and all(
                t.pos_ == "PROPN" and t.is_title and t.lower_ not in self.lex.bodies
                and t.lower_ not in self.lex.org_suffixes and t.lower_ not in self.lex.titles
                and t.lower_ not in self.lex.outlet_words
                for t in rest
            )
        )

    def _before_particles(self, s: int) -> int:
        """Start of a given name joined to a name at ``s`` by lower-case particles ('Moza
        bint' + 'Nasser', 'Ursula von der' + 'Leyen'), or ``s`` when there is none."""
        toks = self.toks
        k = s - 1
        while k >= 0 and toks[k].lower_ in _particles() and toks[k].text.islower():
            k -= 1
        if k < 0 or k == s - 1:
            return s
        first = toks[k]
        if (
            first.pos_ == "PROPN" and first.is_title
            and (
                first.ent_type_ in ("", "PERSON") or fold(first.text) in self.lex.first_names
                or (first.ent_iob_ == "B" and toks[first.i + 1].ent_iob_ != "I")
            )  # 'Joana' tagged alone as a body before 'dos Santos': the particle decides
            and first.lower_ not in self.lex.titles and not self.role_word(first)
        ):
            return k
        return s

    def _description(self, ent: Span) -> bool:
        """'the Hartlepool MP', 'the Ohio senator' tagged as a person: a definite phrase
        ending in a role noun describes the person in focus by seat or party; its proper
        words are a place or a party, not a name."""
        toks = self.toks
        s = ent.start
        det = toks[s] if toks[s].lower_ in ("the", "this", "that") else (
            toks[s - 1] if s > 0 else None
        )
        if ent.label_ != "PERSON" or det is None or det.lower_ not in ("the", "this", "that") or (
            len(ent) > 4
        ):
            return False
        last = ent[-1]
        return last.i > det.i + 1 and (
            self.role_word(last) or last.lower_ in self.lex.roles
        ) and not any(fold(t.text) in self.lex.first_names for t in ent)

    def _who_follows(self, ent: Span) -> bool:
        """'Nkechi Adeyemi, who runs a shelter, ...' tagged ORG: two or three capitalised
        words followed by ', who' are a person ('which' would follow a body); so is one
        word that no table knows as a body, outlet or country ('Hendri, who heads ...')."""
        doc, e = self.doc, ent.end
        if e + 3 < len(doc) and doc[e].text == "," and doc[e + 1].like_num and (
            doc[e + 2].text == ","
        ):
            e += 2  # 'Rab Isbister, 52, who saw the ship'
        lone = len(ent) == 1 and ent.label_ == "ORG" and not ent.text.isupper() and (
            ent.text not in _gazetteer_single_bodies()
        ) and ent.text.lower() not in self.lex.relays and country_of_word(ent.text) is None and (
            fold(ent.text) not in gazetteer_places()
        )
        return (
            ent.label_ in ("ORG", "GPE", "NORP") and (2 <= len(ent) <= 3 or lone)
            and all(t.pos_ == "PROPN" and t.is_title for t in ent)
            and not any(t.lemma_.lower() in self.lex.bodies for t in ent)
            and e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ == "who"
        )

    def _which_follows(self, s: int, e: int) -> bool:
        """'National Grid Electricity Distribution, which runs the network, said': a run of
        capitals the NER left untagged, holding a noun of the language and ending before ',
        which', is a body's name ('who' follows a person). A person's name is never such a
        run; 'the memoir by Helga Brandt, which describes' has its 'which' for the memoir."""
        doc = self.doc
        toks = self.toks
        return e + 1 < len(doc) and toks[e].text == "," and toks[e + 1].lower_ == "which" and any(
            self._office_word(t) for t in doc[s:e]
        )

    def _place_as_person(self, ent: Span) -> bool:
        """'the Moray Firth', 'the Menai Bridge' tagged a person: a name ending in a street,
        water or facility noun (``quote_place_kinds.csv``) that the article writes with 'the'
        somewhere is a place; people are not named with 'the' ('Michael Bay' keeps his name,
        never written 'the Michael Bay')."""
        if ent.label_ == "PERSON" and self._gazetteer_town(ent):
            return True  # 'Khan Younis', 'Ankara' tagged a person
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].lower_ in leading_place_kinds():
            return True  # 'On Calle Cuauhtémoc, ...' tagged a person
        if ent.label_ == "PERSON" and len(ent) == 1 and country_of_word(ent.text) is not None and (
            fold(ent.text) not in self.lex.first_names
        ) and not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == ent.text
                      for e in self.ents):
            return True  # 'The Gabon-flagged tanker' ('Tom Holland' ... 'Holland said' stays)
        if ent.label_ != "PERSON" or len(ent) < 2 or ent[-1].lower_ not in place_kinds():
            return False
        words = [t.lower_ for t in ent if t.lower_ != "the"]
        doc, n = self.doc, len(words)
        return any(
            [t.lower_ for t in doc[i : i + n]] == words and i > 0 and doc[i - 1].lower_ == "the"
            for i in tokens_in(doc, "lower", words[:1]) if i <= len(doc) - n
        )

    def _gazetteer_town(self, ent: Span) -> bool:
        """'a nurse at the hospital in Khan Younis' with 'Khan Younis' tagged a person: a
        name of two or more words that the gazetteer lists as a city, or a capital
        ('officials in Ankara ... Ankara had passed on proposals'), that the article writes
        after 'in', 'near' or 'from' somewhere is that place, never a speaker."""
        capital = country_of_capital(ent.text) is not None
        if fold(ent.text) not in gazetteer_places() and not capital:
            return False
        after_in, after_name = self._place_contexts()
        if len(ent) < 2 and (not capital or ent.text in after_name):
            return False  # one word: only a capital ('Ankara'), never after a given name
        if len(ent) > 3:
            return False
        if ent.text.lower() in after_in:
            return True
        # 'Kyiv', 'Tamil Nadu' tagged a person and never written after 'in': a capital, or a
        # place of several words, that opens with no given name and follows no name of a
        # person ('Lewis Hamilton') is the place all the same
        return ent.text not in after_name and fold(ent[0].text) not in self.lex.first_names and (
            capital or len(ent) >= 2
        )

    def _place_contexts(self) -> tuple[frozenset[str], frozenset[str]]:
        """Two readings of the article for ``_gazetteer_town``, made once: the runs of one to
        three words written after 'in', 'near' or 'from', and the words written after a
        proper noun or a title."""
        if self._contexts is not None:
            return self._contexts
        doc = self.doc
        toks = self.toks
        after_in = {
            doc[i : i + n].text.lower()
            for i in (j + 1 for j in tokens_in(doc, "lower", ("in", "near", "from")))
            for n in (1, 2, 3) if i + n <= len(doc)
        }
        after_name = {
            toks[j + 1].text
            for j in tokens_in(doc, "pos", ("PROPN",)) + tokens_in(doc, "lower", _TITLES)
            if j + 1 < len(toks)
        }
        self._contexts = (frozenset(after_in), frozenset(after_name))
        return self._contexts

    def _place_name(self, span: Span) -> bool:
        """Is a name a country, city or region: tagged so, or tagged a body but written as a
        city or region of the gazetteer ('White Plains officials said', tagged ORG), with no
        body word in it? 'The city said' can then point back to it."""
        if span[0].lemma_.lower() in self.lex.bodies and span[0].is_title:
            return False  # 'Embassy of India in Riyadh' names places but is a body
        if is_place(span):
            return True
        if span[-1].text in self.kind_places():
            return True  # 'the town of Um Rawaba', tagged a body: 'the group said' is no town
        if fold(span.text) not in gazetteer_places():
            return False
        if len(span) == 1 and not any(
            t.dep_ == "compound" or (
                t.dep_ == "pobj" and t.head.lower_ in ("in", "from", "near")
            ) for t in (self.toks[k] for k in tokens_of(self.doc, "text", span[0].text))
        ):
            return False  # 'Paramount said' may be the company; 'from Omsk' is the city
        return not any(
            t.lemma_.lower() in self.lex.bodies or t.lower_.rstrip(".") in self.lex.org_suffixes
            for t in span
        )

    def kind_places(self) -> frozenset[str]:
        """Words the article names as a place of some kind ('the town of Um Rawaba' gives
        'Rawaba'), found once per article."""
        if self._kind_places is None:
            self._kind_places = frozenset(
                t.text for t in (self.toks[k] for k in tokens_in(self.doc, "dep", ("pobj",)))
                if t.head.lower_ == "of" and t.head.head.is_lower
                and t.head.head.lemma_.lower() in place_kinds()
            )
        return self._kind_places

    def named_place(self, tok: Token) -> bool:
        """Does a token name a place, whatever the tagger called it ('White Plains' tagged
        ORG is the city)? For readers of the index that look for the place a definite 'the
        city' re-names."""
        if tok.ent_type_ == "GPE":
            return True
        entity = self._token_entity.get(tok.i)
        return entity is not None and entity.place

    def _name_shaped(self, ent: Span, titled: bool = False) -> list[Token] | None:
        """The words of a one- to three-word entity the tagger called a place or body that
        could be a person's name: capitalised proper nouns (not a plural, not written all in
        capitals), none a body, outlet, company, role or place-kind word ('Moray Firth').
        Read once per span: the name readers ask it of the same entity many times."""
        key = (ent.start, ent.end, ent.label_, titled)
        if key not in self._shapes:
            self._shapes[key] = self._read_name_shape(ent, titled)
        return self._shapes[key]

    def _read_name_shape(self, ent: Span, titled: bool) -> list[Token] | None:
        if ent.label_ not in _MISTAKEN:
            return None
        words = [t for t in ent if t.lower_ not in DETS and not name_hyphen(t) and not (
            titled and t.is_lower and t.lower_ in _particles()  # 'Mohamad bin Haji Hasan'
        )]
        # a plural tag on the last word is a surname's '-s' after a known given name
        # ('Natalia Cifuentes', 'Ana Torres'), else a plural ('the Philippines')
        given = len(words) > 1 and fold(words[0].text) in self.lex.first_names
        if not 1 <= len(words) <= (4 if titled else 3) or not all(
            name_like(t) and title_cased(t) and (
                t.tag_ != "NNPS" or (given and t.i == words[-1].i)
            ) and t.text.replace("-", "").replace("'", "").isalpha()  # no 'U.S.S.'
            for t in words
        ):
            return None
        if any(
            t.lemma_.lower() in self.lex.bodies or t.lower_ in self.lex.outlet_words
            or t.lower_.rstrip(".") in self.lex.org_suffixes or t.lower_ in place_kinds()
            or self.role_word(t) or t.lower_ in self.lex.titles
            or country_of_word(t.text) is not None
            for t in words
        ):
            return None
        text = " ".join(t.text for t in words)
        if fold(text) in gazetteer_places() or country_of_word(text) is not None:
            return None  # 'Puerto Rico', 'United States': a place the gazetteer knows
        if not titled and any(
            t.lower_ in common_nouns() and fold(t.text) not in self.lex.first_names
            for t in words[:-1]
        ):  # (after 'Hon.' or 'Dr' a name it is, though 'Aden' is also a noun)
            return None  # 'Tropical Storm Humberto': a noun of the language before the name
        return words

    def _apposed_person(self, ent: Span) -> bool:
        """'the Conservative leader, Kemi Badenoch,', 'A student, Maksym,', 'Olena, a
        52-year-old nurse,': a name in apposition with a singular person noun (a role noun,
        or a noun given an age) is a person's, whatever the tagger called it; the tagger often
        takes names it does not know for places or bodies. 'Kyiv, the capital' has no person
        noun, and a name after a place preposition ('in Kyiv, a city of ...') is a place. The
        person noun vouches for the name as a title does ('the mayor, Dada Morero', though
        'dada' is a noun of the language)."""
        if self._name_shaped(ent, titled=True) is None:
            return False
        root = ent.root
        if root.dep_ == "pobj" and root.head.lower_ in (
            "in", "at", "from", "to", "near", "into", "across", "outside", "inside"
        ):
            return False
        nouns = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            nouns.append(root.head)
        return any(
            self._person_noun(n) for n in nouns if not ent.start <= n.i < ent.end
        )

    def _party_named(self, ent: Span) -> bool:
        """'the ruling Georgian Dream party': two or more capitalised words right before a
        lower-case 'party' or 'movement' name a political body wherever the article uses
        them, whatever the tagger called them (one word may be its leader's: 'the Trump
        movement')."""
        doc, e = self.doc, ent.end
        return len(ent) >= 2 and e < len(doc) and doc[e].lower_ in _PARTY_KINDS and (
            doc[e].is_lower and ent.root.head.i == e
        )

    def _aged(self, ent: Span) -> bool:
        """'Ndèye Fatou Mbaye, 63, said' tagged a building: a name followed by an age set off
        in commas is a person's; bodies and places are not given ages in news copy. Two words
        at least, name-shaped, so that 'Kyiv, 2023,' or a lone word stays what it was."""
        doc, e = self.doc, ent.end
        if len(ent) < 2 or e + 2 >= len(doc) or self._name_shaped(ent) is None:
            return False
        age = doc[e + 1]
        return doc[e].text == "," and doc[e + 2].text == "," and age.text.isdigit() and (
            len(age.text) <= 2 and int(age.text) >= 10
        )

    def _person_noun(self, noun: Token) -> bool:
        """Is a noun a description of one person: a singular role noun ('leader', 'nurse') or
        a noun given an age ('a 52-year-old', 'a 40-year-old miner')?"""
        if noun.pos_ != "NOUN" or noun.tag_ in ("NNS", "NNPS"):
            return False
        return aged(noun) or noun.lemma_.lower() in self.lex.roles or (
            noun.lower_ in self.lex.titles
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        )  # 'The head of the disaster agency, Suharyanto,': a title of a body is one person

    def _courtesy_titled(self, ent: Span) -> bool:
        """'Mr Badenoch said', 'Dr Okafor': a name after a courtesy title is a person's,
        though the tagger called the name alone a place or body (a title inside the entity is
        stripped by ``_bounds`` as usual)."""
        first = ent[0]
        if ent.label_ == "ORG" and ent[-1].lemma_.lower() in self.lex.bodies and ent[-1].is_title:
            return False  # 'the Garda National Economic Crime Bureau': a body after a rank
        if len(ent) >= 3 and first.is_title and (
            first.lower_ in _TITLES or is_honorific(first)
        ):  # 'Shri Piyush Goyal' tagged as a body, the title inside it; 'H.E. Dr. Thani bin
            # Ahmed Al Zeyoudi' with two titles before the name
            j = ent.start + 1
            while j < ent.end - 1 and self.toks[j].is_title and (
                self.toks[j].lower_ in _TITLES or is_honorific(self.toks[j])
                or self.toks[j].lower_ in self.lex.titles  # 'Mrs Justice Harcourt'
            ):
                j += 1
            rest = Span(self.doc, j, ent.end, label=ent.label_)
            return self._name_shaped(rest, titled=True) is not None
        k = start = ent.start + (first.lower_ == "the")
        while k < ent.end and (self.toks[k].text[:1].isupper() and (
            self.toks[k].lower_ in self.lex.titles or is_honorific(self.toks[k])
        ) or (  # "Dato’ Seri": the apostrophe the tokenizer split off the honorific
            k > start and self.toks[k].text in ("'", "\u2019") and not self.toks[k - 1].whitespace_
        )):
            k += 1  # 'the Honourable X Y', 'Rear Adm. X Y' tagged as a body
        if k > start and (ent.end - k >= 2 and (
            fold(self.toks[k].text) in self.lex.first_names or k - start >= 2
            or is_honorific(self.toks[start])
        ) or ent.end - k == 1 and k - start == 1 and self.toks[start].lower_ in _TITLES and (
            not any(e.label_ != "PERSON" and e.start != ent.start and self.toks[k].text in (
                t.text for t in e
            ) for e in self.ents)
        )):  # ("Dr Nyakang'o" tagged a body: a surname after a courtesy title, unless the
            # tagger reads the word as a body elsewhere too: 'SHABANA Mahmood' is a person)
            rest = Span(self.doc, k, ent.end, label=ent.label_)
            return self._name_shaped(rest, titled=True) is not None
        words = self._name_shaped(ent, titled=True)
        k = ent.start - 1
        if k > 0 and self.toks[k].text == "." and not self.toks[k - 1].whitespace_:
            k -= 1  # 'Hon. Aden Duale', with the stop split off the honorific
        return words is not None and k >= 0 and (
            self.toks[k].lower_ in _TITLES or is_honorific(self.toks[k])
        ) and self.toks[k].is_title

    def _surname_in_use(self, ent: Span) -> bool:
        """'as Gianni Infantino insisted ...' (tagged a body) and later 'FIFA president
        Infantino' or 'Mr Infantino': a two- or three-word name whose last word the article
        uses alone as a person's (after a title or role word, or tagged a person on its own)
        is that person's full name, before or after the short mention."""
        words = self._name_shaped(ent)
        if words is None or len(words) < 2:
            return False
        doc, last, before = self.doc, fold(words[-1].text), fold(words[-2].text)
        if ent.text in self._runs_after_in(len(words)):
            return False  # 'in Puerto Rico' somewhere: a place, whatever a lone 'Rico' was
        if any(
            not ent.start <= i < ent.end and not (i > 0 and fold(doc[i - 1].text) == before)
            for i in self._person_surnames().get(last, ())
        ):  # a lone use that is the whole name again ('Puerto' + 'Rico' tagged) does not count
            return True
        # 'Amara Diallo said ... Diallo, the WTO's director-general, said': the last word alone
        # as the subject of a speech verb; a body is cut short by its first word, not its last
        return len(words) == 2 and not common_word(words[0].lower_) and any(
            tok.i > ent.end and tok.dep_ == "nsubj"
            and self._speaks(tok.head) and not (
                tok.i > 0 and fold(self.toks[tok.i - 1].text) == before
            ) for tok in (self.toks[k] for k in self._folded_uses().get(last, ()))
        )

    def _folded_uses(self) -> dict[str, list[int]]:
        """Where each word of the article stands, by its folded form ('Müller' and 'Muller'
        together), in reading order; made once per article."""
        if self._folded is None:
            folded: dict[str, list[int]] = {}
            for word, at in token_groups(self.doc, "text").items():
                folded.setdefault(fold(word), []).extend(at)
            self._folded = {word: sorted(at) for word, at in folded.items()}
        return self._folded

    def _given_tagged_apart(self, s: int) -> bool:
        """'[Natalia] [Quintero Arango], of the group ...' with the given name tagged a place
        of its own: a known given name right before a person's name, tagged alone as a
        place or body no gazetteer knows, opens that name."""
        if s < 1:
            return False
        tok = self.toks[s - 1]
        return tok.ent_type_ in ("GPE", "ORG", "LOC", "NORP") and tok.ent_iob_ == "B" and (
            tok.is_title and tok.is_alpha and tok.whitespace_ == " "
            and fold(tok.text) in self.lex.first_names
            and country_of_word(tok.text) is None and fold(tok.text) not in gazetteer_places()
            and (s < 2 or not self.toks[s - 2].is_title)
        )

    def _given_tagged_place(self, tok: Token) -> bool:
        """'Yesenia' of '[Yesenia] Mosquera Palacios keeps a jar ...' tagged a place on its
        own: a one-word place or body tag on a capitalised word compounded onto an untagged
        name, and no place or body the gazetteers know, is the name's given name."""
        return tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.is_title and (
            tok.is_alpha and tok.ent_type_ in ("GPE", "ORG") and tok.ent_iob_ == "B"
        ) and tok.i + 1 < len(self.doc) and self.toks[tok.i + 1].ent_iob_ != "I" and (
            country_of_word(tok.text) is None and fold(tok.text) not in gazetteer_places()
            and tok.lower_ not in region_words() and fold(tok.text) not in _known_orgs()
            and tok.lemma_.lower() not in self.lex.bodies
        )

    def _given_name_in_use(self, ent: Span) -> bool:
        """'Tigist Alemu, 34, runs ...' and later 'What does Tigist tell young women?' with
        the lone given name tagged a body: a profile calls its people by their given names
        (as Ethiopian, Icelandic and many Asian names are used), so one word tagged a body
        that opens a person's full name elsewhere in the article is that person."""
        if len(ent) != 1 or ent.label_ != "ORG" or not ent[0].is_title or (
            ent[0].lemma_.lower() in self.lex.bodies or country_of_word(ent.text) is not None
        ):
            return False
        word = ent.text
        return any(
            other.label_ == "PERSON" and len(other) > 1 and other[0].text == word
            and other.start != ent.start
            for other in self.ents
        )

    def _surname_tagged_place(self, ent: Span) -> bool:
        """'Siobhán McCartan has a habit ...' and later 'invited McCartan to Stormont' or
        'McCartan bristles' with the lone surname tagged a place or body: one capitalised word
        that no gazetteer knows as a place or body and that ends a person's full name
        elsewhere in the article is that person's surname."""
        if len(ent) != 1 or ent.label_ not in ("ORG", "GPE") or not ent.text[:1].isupper() or (
            ent.text.isupper() or not ent[0].is_alpha or ent[0].lemma_.lower() in self.lex.bodies
            or country_of_word(ent.text) is not None or fold(ent.text) in gazetteer_places()
            or ent[0].lower_ in region_words() or fold(ent.text) in _known_orgs()
        ) or (ent.start > 0 and self.toks[ent.start - 1].is_title
              and self.toks[ent.start - 1].pos_ == "PROPN"):
            return False  # ('Eamon McCartan' with the surname alone tagged: a name of its own)
        return self._ends_full_name(ent.text, ent.start)

    def _ends_full_name(self, word: str, at: int) -> bool:
        """Does ``word`` end a person's full name somewhere other than token ``at``, tagged
        or left untagged after a known given name ('Siobhán McCartan has')?"""
        return any(i != at for i in self.full_name_ends.get(word, ()))

    @cached_property
    def full_name_ends(self) -> dict[str, list[int]]:
        """Last words of people's full names, with the positions of every token the name
        covers: tagged names of two words or more, and a word after a known given name."""
        out: dict[str, list[int]] = {}
        for other in self.ents:
            if other.label_ == "PERSON" and len(other) > 1:
                out.setdefault(other[-1].text, []).extend(range(other.start, other.end))
        # (a given name that counts is title-cased, see below: others need no folding)
        given = tokens_where(
            self.doc, "text", lambda w: w[:1].isupper() and fold(w) in self.lex.first_names
        )
        for tok in (self.toks[j + 1] for j in given if j + 1 < len(self.toks)):
            before = self.toks[tok.i - 1]
            if not tok.ent_type_ and before.is_title:
                out.setdefault(tok.text, []).append(tok.i)
        return out

    def _given_then_surname(self, ent: Span) -> bool:
        """'Eamon McCartan tells me' tagged a place in a profile of Siobhán McCartan: a known
        given name before the surname of a person the article names in full is a relative
        of hers, a person of his own."""
        return len(ent) == 2 and ent.label_ in ("GPE", "ORG") and ent[0].is_title and (
            fold(ent[0].text) in self.lex.first_names
        ) and self._name_shaped(ent) is not None and self._ends_full_name(ent[1].text, ent[1].i)

    def _speaks(self, verb: Token) -> bool:
        """Is a verb one of speech, or does it go on in one ('Badenoch opens on hotels,
        asking: ...')? Its subject is then someone who speaks, no place."""
        return verb.lemma_ in self.lex.indirect or any(
            c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_ in self.lex.direct
            for c in verb.children
        )

    def _person_surnames(self) -> dict[str, list[int]]:
        """Folded single words the article uses as a person's surname, with their positions:
        a lone word tagged a person, or a word after a title or role ('president Infantino',
        'Mr Infantino'), not inside a longer entity (built once per article)."""
        if self._surname_uses is not None:
            return self._surname_uses
        toks = self.toks
        found: dict[str, list[int]] = {}
        # (a word with no capital in it is never written like a name)
        for tok in (toks[k] for k in tokens_where(self.doc, "text", lambda w: w != w.lower())):
            if not tok.is_title and not title_cased(tok):
                continue
            # 'Infantino' alone tagged a person
            used = alone_entity(tok) and tok.ent_type_ == "PERSON"
            if not used and tok.i > 0:
                prev = toks[tok.i - 1]  # 'president Infantino', 'Mr Infantino'
                used = prev.text[:1].isalpha() and (
                    prev.lower_ in _TITLES or prev.lower_ in self.lex.titles
                    or self.role_word(prev)
                ) and (  # 'Ms Mahmood' tagged as one body is a surname after a title too
                    tok.ent_iob_ != "I" or (prev.lower_ in _TITLES and prev.ent_iob_ == "B")
                )
            if used:
                found.setdefault(fold(tok.text), []).append(tok.i)
        self._surname_uses = found
        return found

    def _given_as(self, ent: Span) -> bool:
        """'who gave his name only as Karim', 'identified only as Karim': a name a naming
        verb gives after 'as' is a person's, whatever tag the NER gave it."""
        return len(ent) <= 3 and ent.root.pos_ == "PROPN" and ent[0].lower_ != "the" and (
            self.named_after_as(ent.start)
        )  # ('better known as the Middle Corridor': a place or a thing, named with 'the')

    def named_after_as(self, i: int) -> bool:
        """Does token ``i`` follow 'as' after a naming verb or 'name' a few words back ('gave
        his name only as Karim', read either as a phrase or as a clause 'as Karim said')?"""
        doc = self.doc
        toks = self.toks
        if i >= 3 and toks[i - 1].lower_ in _TITLES and toks[i - 2].lower_ == "as":
            i -= 1  # 'gave his name only as Mr Jacobs'
        if i >= 3 and toks[i - 1].text == "," and toks[i - 2].lemma_ == "name" and any(
            t.lemma_ == "give" for t in doc[max(i - 6, 0) : i - 2]
        ):
            return True  # 'who gave only his first name, Reza,'
        if i < 2 or toks[i - 1].lower_ != "as":
            return False
        return any(
            (t.pos_ == "VERB" and t.lemma_.lower() in naming_verbs()) or t.lemma_ == "name"
            for t in doc[max(i - 6, 0) : i - 1]
        )

    def _acronym_after(self, ent: Span) -> bool:
        """Is the entity followed by a bracketed acronym of its initials ('the Electoral
        Observation Mission (MOE)')? Bodies are defined so; people are not."""
        doc, e = self.doc, ent.end
        e = next((t.i for t in ent if t.text == "("), e)  # 'the Civic Election Watch (WEC'
        if not (e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")"):
            return False
        acr = doc[e + 1].text
        initials = sorted(t.text[0] for t in doc[ent.start : e] if t.text[:1].isupper())
        return acr.isupper() and len(acr) >= 2 and initials == sorted(acr)

    def _defined_acronyms(self, orgs: list[tuple[int, int]]) -> None:
        """'the Pakistan Tehreek-e-Insaf (PTI)', 'the United Nations Assistance Mission in
        Iraq (UNAMI)', 'the Electoral Observation Mission (MOE)': an article defines an
        acronym by putting it in brackets after the full name. When the capitalised run
        before the bracket (with 'of', 'for', 'in', 'and' and hyphenated parts inside it)
        has the acronym's letters as its initials, in any order (a translated name keeps
        its own order), the run is one body: the acronym and the run both name it, even
        where the NER cut the name into a place and a fragment. Runs the NER already
        tagged as one organisation keep the ordinary path."""
        doc = self.doc
        toks = self.toks
        for k in (j + 1 for j in tokens_of(doc, "text", "(")):
            if not 2 <= k < len(doc) - 1:
                continue
            acr = toks[k].text
            if toks[k + 1].text != ")" or not (
                acr.isupper() and acr.isalpha() and 2 <= len(acr) <= 7
            ):
                continue
            end = k - 1
            j = end
            while j > 0 and (
                (toks[j - 1].text[:1].isupper() and toks[j - 1].pos_ in ("PROPN", "NOUN", "ADJ"))
                or toks[j - 1].lower_ in ("of", "for", "in", "and", "on")
                or (toks[j - 1].text == "-" and not toks[j - 1].whitespace_)
                or (j - 1 > 0 and toks[j - 2].text == "-" and not toks[j - 2].whitespace_)
                # 'Medicines and Healthcare products Regulatory Agency (MHRA)': a lower-case
                # noun inside the name, between capitalised words
                or (j > 1 and toks[j - 1].pos_ == "NOUN" and toks[j - 1].is_lower
                    and toks[j - 2].text[:1].isupper() and toks[j].text[:1].isupper())
            ):
                j -= 1
            while j < end and not toks[j].text[:1].isupper():
                j += 1
            run = doc[j:end]
            initials = sorted(t.text[0] for t in run if t.text[:1].isupper())
            if initials != sorted(acr) and (spelt := self._spelt_in_lower_case(end, acr)):
                j, run = spelt, doc[spelt:end]  # 'Agence française de développement (AFD)'
                initials = sorted(acr)
            if len(run) < 2 or (j, end) in orgs or initials != sorted(acr):
                continue
            if len(acr) < 3 and any(i in self._token_entity for i in range(j, end)):
                continue  # three initials or more outweigh the tagger ('Medicines' a person)
            name = run.text
            entity = self.people.setdefault(fold(name), Person(name, False))
            self._acronyms[acr] = entity
            for i in range(j, end):
                self._token_entity[i] = entity

    def _spelt_in_lower_case(self, end: int, acr: str) -> int:
        """'the Agence française de développement (AFD)': a name in a language that writes
        its nouns in lower case. The words before the bracket
        (the small words of a name skipped) spell the acronym in order, from a capitalised
        first word. Returns where the name starts, or 0."""
        toks = self.toks
        letters = list(acr.lower())
        k = end
        while letters and k > 0:
            k -= 1
            word = toks[k]
            if word.lower_ in _NAME_LINKS and word.is_lower:
                continue
            if not word.is_alpha or word.lower_[0] != letters[-1]:
                return 0
            letters.pop()
        return k if not letters and k < end - 1 and toks[k].is_title else 0

    def _bracketed_names(self) -> frozenset[str]:
        """Short names an article defines in brackets after a body's name: 'the Department
        for Environment, Food and Rural Affairs (Defra)', 'the Medicines and Healthcare
        products Regulatory Agency (MHRA)'. Wherever else they stand they name the body, even
        when the tagger calls a mixed-case one a person ('Defra said')."""
        doc = self.doc
        toks = self.toks
        out = set()
        for k in (j + 1 for j in tokens_of(doc, "text", "(")):
            if not 2 <= k < len(doc) - 1:
                continue
            tok = toks[k]
            if toks[k + 1].text != ")" or not tok.is_alpha:
                continue
            if not tok.text[:1].isupper() or len(tok.text) < 2 or (
                fold(tok.text) in self.lex.first_names
            ):
                continue
            before = toks[k - 2]
            if before.ent_type_ in ("ORG", "FAC") or before.lemma_.lower() in self.lex.bodies:
                out.add(tok.text)
        return frozenset(out)

    def _acronym_led(self, orgs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'United Nations Educational, Scientific and Cultural Organization (UNESCO)' tagged
        in pieces: a bracketed acronym after a body whose capitals spell only its end extends
        the name leftwards over the capitalised words (and the commas, 'and', 'of' between
        them) that spell the rest, so the speaker is the whole name."""
        doc = self.doc
        toks = self.toks
        grown: dict[tuple[int, int], tuple[int, int]] = {}
        for s, e in orgs:
            if not (e + 2 < len(doc) and toks[e].text == "(" and toks[e + 2].text == ")"):
                continue
            acr = toks[e + 1].text
            if acr.istitle() and acr.isalpha() and len(acr) >= 4:
                acr = acr.upper()  # 'Bemawu', 'Defra': a short name written as a word
            caps = "".join(t.text[0] for t in doc[s:e] if t.text[:1].isupper())
            if not (acr.isupper() and acr.isalpha() and len(acr) > len(caps) > 0
                    and acr.endswith(caps)):
                continue
            need, k = acr[: len(acr) - len(caps)], s - 1
            while k >= 0 and need:
                t = toks[k]
                if t.lower_ in (",", "and", "of", "for", "&"):
                    k -= 1
                elif t.text[:1] == need[-1] and t.pos_ in ("PROPN", "ADJ", "NOUN"):
                    need, k = need[:-1], k - 1
                else:
                    break
            if need:
                continue
            grown[(s, e)] = (k + 1, e)
        out = [grown.get(b, b) for b in orgs]
        return [
            b for b in out
            if not any(g != b and g[0] <= b[0] and b[1] <= g[1] for g in grown.values())
        ]

    def _title_run(self, i: int, step: int) -> int:
        """How far a run of capitalised words goes from token ``i`` (leftward for step -1,
        rightward for +1); returns the last index in the run, or ``i - step`` for none."""
        doc, k = self.doc, i

        def word(j: int) -> bool:
            return 0 <= j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and (
                doc[j].pos_ in ("PROPN", "NOUN", "ADJ") and doc[j].lower_ not in DETS
            )

        while word(k) or (
            # 'Meteorology, Climatology and Geophysics Agency': a list of remits, leftward
            step < 0 and k != i and doc[k].text == "," and word(k - 1)
            and doc[k - 1].lower_ in common_nouns()
        ) or (
            # 'International Federation of Red Cross and ...': leftward over the 'of' of a
            # body named by what it joins
            step < 0 and k != i and doc[k].lower_ == "of" and word(k - 1)
            and doc[k - 1].lemma_.lower() in self.lex.bodies
        ):
            k += step
        return k - step

    def _joined_body(self, ent: Span) -> tuple[int, int] | None:
        """'South Yorkshire Fire and Rescue', 'the Vietnam Disaster and Dyke Management
        Authority', 'Food and Drug Administration': the tagger splits a body's name at its
        'and' (or tags one half a person). When the words joined by that 'and' are nouns of
        the language written with capitals ('Fire' and 'Rescue', not 'Russia' and 'China'
        or 'Wilson' and 'Hawco'), the whole capitalised run is one body's name."""
        doc = self.doc
        toks = self.toks

        def common(tok: Token, titled: bool = False) -> bool:
            low = tok.lower_
            return (common_word(low) or low in self.lex.bodies) and not (
                tok.ent_type_ == "GPE" or fold(tok.text) in self.lex.first_names
                # ('Animal' of 'Animal and Plant Health Agency' tagged a nationality)
                or (tok.ent_type_ == "NORP" and country_of_word(tok.text) is not None)
                # 'Prime Cabinet Secretary and Cabinet ...': a title next to the 'and' joins
                # two offices; further on ('Plant Health Agency') it is a remit
                or (tok.lower_ in self.lex.titles and not titled)
            )

        for k in range(max(ent.start - 1, 1), min(ent.end + 1, len(doc) - 1)):
            if toks[k].lower_ == "and" and country_of_word(
                f"{toks[k - 1].text} and {toks[k + 1].text}"
            ) is not None:
                # 'Shell Trinidad and Tobago Ltd': a country whose name holds 'and' inside a
                # body's name
                s, e = self._title_run(k - 1, -1), self._title_run(k + 1, 1) + 1
                if (s < k - 1 or e > k + 2) and s <= ent.start and e >= ent.end:
                    return s, e
                continue
            if toks[k].lower_ != "and" or not (common(toks[k - 1]) and common(toks[k + 1])):
                continue
            s, e = self._title_run(k - 1, -1), self._title_run(k + 1, 1) + 1
            if not all(common(t, t.i > k + 1) for t in doc[k + 1 : e]) or not (
                s < k - 1 or e > k + 2 or toks[e - 1].lemma_.lower() in self.lex.bodies
            ):
                continue  # 'Fire and Rescue' alone is no name; 'Rescue Service' after it is
            if s <= ent.start + (ent[0].lower_ in DETS) and e >= ent.end:
                return s, e
        return None

    def _across_list(self, s: int, e: int) -> int:
        """'the Ministry of Transport, Ports and Maritime Affairs' tagged as three bodies: a
        body 'of' or 'for' a remit, followed by a comma and more capitalised remits ending
        in an 'and' and its last remit, is one body whose name runs to that last word.
        Every remit is a noun or adjective of the language, so 'the Ministry of Defence,
        Russia and China' is no such list. A list of members closed by a body noun is one
        name too ('Kenya Medical Practitioners, Pharmacists and Dentists Union')."""
        doc = self.doc
        toks = self.toks
        if e + 2 >= len(doc) or toks[e].text != ",":
            return e
        remit = any(t.lower_ in ("of", "for") for t in doc[s:e])
        j, seen_and = e + 1, False
        while j < len(doc):
            t = toks[j]
            if t.lower_ == "and" and not seen_and and j > e + 1:
                seen_and = True
            elif t.text == "," and not seen_and and toks[j - 1].text != ",":
                pass
            elif t.text[:1].isupper() and t.is_alpha and t.ent_type_ not in ("PERSON", "GPE") and (
                common_word(t.lower_)
            ):
                pass
            else:
                break
            j += 1
        if not seen_and or toks[j - 1].lower_ == "and" or toks[j - 1].text == ",":
            return e
        if not remit and toks[j - 1].lemma_.lower() not in self.lex.bodies:
            return e  # without 'of', only a list closed by a body noun is one name
        return j

    def _across_and(self, s: int, e: int) -> int:
        """'the Ministry of Foreign and Diaspora Affairs' tagged as 'Ministry of Foreign' +
        'Diaspora Affairs': when the body's last word modifies a capitalised word after an
        'and' (the parse hangs 'Foreign' on 'Affairs'), the name runs on to that word."""
        doc = self.doc
        toks = self.toks
        if e - s < 2 or e + 1 >= len(doc) or toks[e].lower_ != "and":
            return e
        head = toks[e - 1].head.i
        if head > e and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[e + 1 : head + 1]
        ):
            return head + 1
        # 'Ministry of Foreign and Diaspora Affairs' parsed as a coordinated remit: a
        # capitalised run after 'and' conjoined to the last word of '<body> of <remit>', naming
        # no person, role or second body ('Ministry of Defence and Foreign Ministry')
        conj = next((c for c in toks[e - 1].children if c.dep_ == "conj" and c.i > e), None)
        if conj is None or not any(t.lower_ == "of" for t in doc[s:e]):
            return e
        run = doc[e + 1 : conj.i + 1]
        if all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ != "PERSON"
            and not self.role_word(t) for t in run
        ) and run[-1].lemma_.lower() not in self.lex.bodies:
            return conj.i + 1
        return e

    def _named_possessive(self, s: int) -> int:
        """Start of a body's name that opens with a possessive after 'the' ('The Alzheimer's
        Society', 'the Prince's Trust'): a possessor after an article is part of the name
        (an owner named apart takes no article: 'Turkey's Foreign Ministry')."""
        toks = self.toks
        if s >= 3 and toks[s - 1].tag_ == "POS" and toks[s - 2].pos_ == "PROPN" and (
            toks[s - 3].lower_ == "the" and toks[s - 2].ent_type_ not in PLACE
            and toks[s].lemma_.lower() in self.lex.bodies | self.lex.companies | kind_nouns()
        ):
            return s - 2
        return s

    def _office_possessive(self, tok: Token) -> bool:
        """Is a possessor inside a body's name an office holder or a group ('Sheriff's
        Office', 'Attorney General's Office', 'Children's Hospital') rather than an owner
        named apart ('Turkey's Foreign Ministry')? Owners are places, people and bodies."""
        if tok.ent_type_ in PLACE or tok.ent_type_ == "PERSON":
            return False
        plural = tok.lower_.endswith("s") and tok.i + 1 < len(tok.doc) and (
            tok.doc[tok.i + 1].text in ("'", "\u2019")
        )  # "All India Bank Officers' Confederation": a group's plural possessive
        return self.role_word(tok) or tok.lemma_.lower() in self.lex.roles or tok.tag_ in (
            "NNS", "NNPS"
        ) or plural or tok.lower_ in _PEOPLE_PLURALS  # "Bougainville Women's Federation"


    def _unlabelled_people(self, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Two- or three-word proper names the NER left unlabelled, when they act as people.

        'Anahit Sargsyan, 54, fled ...': a run of capitalised proper nouns with no entity label
        that is the subject of a verb (or in apposition to one) is a person's name.
        """
        doc = self.doc
        toks = self.toks
        taken = {i for s, e in known for i in range(s, e)}
        tagged_other = {e.text for e in self.ents if e.label_ not in ("PERSON", "NORP")}
        businesses = self.described_businesses
        out = []
        for tok in (toks[k] for k in tokens_in(doc, "pos", ("PROPN",))):
            subject = tok.dep_ in ("nsubj", "nsubjpass") or (
                tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass")
            ) or any(  # 'For Carys Pritchard, who has run a shop ...': 'who' is a person's
                c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in _SUBJ_DEPS
                                          for g in c.children)
                for c in tok.children
            )
            mislabelled = tok.ent_type_ in ("GPE", "ORG", "NORP") and tok.i > 0 and (
                toks[tok.i - 1].dep_ == "compound" and not toks[tok.i - 1].ent_type_
            )  # 'Harish Menon' with 'Menon' tagged as a place
            mislabelled = mislabelled or (
                tok.ent_type_ not in ("", "PERSON") and tok.i > 0
                and toks[tok.i - 1].dep_ == "compound" and not toks[tok.i - 1].ent_type_
                and fold(toks[tok.i - 1].text) in self.lex.first_names
            )  # 'Ana Barrios' with 'Barrios' tagged as a product: a known given name before it
            if (tok.ent_type_ and not mislabelled) or not (
                subject or self._after_remit_place(tok) or self._courtesy_given(tok)
            ):
                continue
            s = tok.i
            while True:
                if s > 0 and toks[s - 1].pos_ == "PROPN" and not toks[s - 1].ent_type_ and (
                    toks[s - 1].is_title
                ) and (toks[s - 1].dep_ == "compound" or (
                    # 'Nomvula' + 'Dlamini keeps ...' opening a paragraph, the given name
                    # parsed as a root of its own
                    s == tok.i and fold(toks[s - 1].text) in self.lex.first_names
                )) or (
                    s > 0 and toks[s - 1].is_title and toks[s - 1].dep_ == "compound"
                    and not toks[s - 1].ent_type_ and written_particle(toks[s])
                    and toks[s - 1].is_alpha  # 'Rashed' (parsed a verb) + 'Al Mansoori'
                ):
                    s -= 1
                elif s > 1 and name_hyphen(toks[s - 1]) and toks[s - 2].is_title and (
                    toks[s - 2].pos_ == "PROPN" and not toks[s - 2].ent_type_
                    and len(toks[s - 2]) > 2 and not toks[s].text.endswith(".")
                ):
                    s -= 2  # 'Jean-' + 'Luc Mélenchon' after a live-blog stamp broke the tags
                elif s > 0 and self._given_tagged_place(toks[s - 1]):
                    s -= 1
                else:
                    break
            hyphens = sum(1 for k in range(s, tok.i) if name_hyphen(toks[k]))
            while s < tok.i and (
                (toks[s].lower_ in self.lex.titles and not self._name_qualifier(s, tok.i + 1))
                # 'Director' + '-' + 'General Segun Ajayi-Kadir': the hyphen of a title
                or (name_hyphen(toks[s]) and toks[s + 1].lower_ in self.lex.titles)
                or self._front_title(s, tok.i + 1)
                or (self.role_word(toks[s]) and not self._name_qualifier(s, tok.i + 1))
                # ('Taoiseach Micheál Martin' left untagged; 'National Grid ...' is a name)
            ):
                s += 1
            s = self._seat_name_start(s, tok.i + 1)  # 'Member for [Townsville] Adam Baillie'
            s = self._after_office_tail(s, tok.i + 1)  # 'Security Policy' + 'Maren Holt'
            if tok.lemma_.lower() in self.lex.bodies or tok.lower_ in self.lex.org_suffixes or (
                self._which_follows(s, tok.i + 1)  # 'National Grid ..., which runs'
            ) or tok.lower_ in kind_nouns() or (  # 'The Independent Football Regulator has'
                tok.i + 2 < len(doc) and toks[tok.i + 1].lower_ == "of"
                and toks[tok.i + 2].is_title and toks[tok.i + 2].pos_ == "PROPN"
                and toks[tok.i + 2].lemma_.lower() in self.lex.bodies
            ):  # ('The Fraternal Order of Police said': a body's name goes on after 'of')
                continue  # 'The Emergency Situations Ministry further indicated': a body
            if tok.lower_ in place_kinds() or doc[s : tok.i + 1].text in tagged_other:
                continue  # 'Downing Street said', tagged a body where it is named first
            if tok.lower_ in self.lex.titles or self.role_word(tok):
                continue  # 'The U.S. Commerce Secretary said', 'Labour MP': a title, no name
            if doc[s : tok.i + 1].text in businesses:
                continue  # 'Nour Interconnect, the Franco-Jordanian developer of ...': a
                # business, whatever given name its first word is
            if tok.dep_ == "appos" and self._nickname_marks(s, tok.i + 1):
                continue  # 'Samuel Eto'o, the "Black Panther", said': a nickname, no one new
            words = tok.i + 1 - s - 2 * hyphens
            if (2 <= words <= 3 or words == 4 and any(
                written_particle(toks[k]) for k in range(s + 1, tok.i)
            )) and title_cased(tok) and not any(  # ('Juma Mohammed Al Kait': four with a particle)
                i in taken for i in range(s, tok.i + 1)
            ):
                out.append((s, tok.i + 1))
        return out

    @cached_property
    def described_businesses(self) -> frozenset[str]:
        """Proper names the article itself calls a business: 'Nour Interconnect, the
        Franco-Jordanian developer of power links' or 'Nour Interconnect is a joint venture'.
        An untagged name so described is no person, even where it is a subject on its own."""
        out: set[str] = set()
        nouns = tokens_where(self.doc, "lemma", lambda w: w.lower() in self.lex.companies)
        for tok in (self.toks[k] for k in nouns):
            if tok.pos_ != "NOUN" or not any(
                d.dep_ == "det" for d in tok.children
            ):
                continue
            if tok.dep_ == "appos":
                name = tok.head
            elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
                # ('About X\n\nX is an independent humanitarian organisation' run into one
                # sentence leaves the verb without a subject: the name right before it)
                name = next((c for c in tok.head.children if c.dep_ == "nsubj"),
                            self.toks[tok.head.i - 1] if tok.head.i else tok.head)
            else:
                continue
            if name.pos_ == "PROPN" and name.i != tok.i:
                s = name.i
                while s > 0 and (self.toks[s - 1].dep_ == "compound" or (
                    self.toks[s].ent_iob_ == "I"  # (the entity's first word parsed apart)
                )) and self.toks[s - 1].pos_ == "PROPN":
                    s -= 1
                if s < name.i and fold(self.toks[s].text) in self.lex.first_names and (
                    self.toks[s].ent_type_ == "PERSON"
                ):
                    continue  # 'Ray Ochoa, a crane operator': a person, whatever the noun
                out.add(self.doc[s : name.i + 1].text)
        # the same name tagged in full elsewhere ('About Puentes Mesoamérica' above the
        # sentence 'Puentes Mesoamérica is an ... organisation' whose parse split it)
        out |= {e.text for e in self.ents if any(e.text.endswith(" " + n) for n in out)}
        return frozenset(out)

    def _runs_after_in(self, n: int) -> frozenset[str]:
        """The texts of the runs of ``n`` tokens written right after 'in', read once per
        article and length."""
        memo = doc_memo(self.doc, "runs_after_in")
        found = memo.get(n)
        if found is None:
            doc = self.doc
            found = frozenset(doc[i + 1 : i + 1 + n].text for i in self._in_positions())
            memo[n] = found
        return found

    def _in_positions(self) -> list[int]:
        """Where the word 'in' stands, read once per article (a place follows it)."""
        if self._ins is None:
            self._ins = [i for i in tokens_in(self.doc, "lower", ("in",)) if i < len(self.toks) - 1]
        return self._ins

    def _role_noun_before(self, ent: Span) -> bool:
        """'Samoan environmental lawyer Afamasaga Toleafoa Siaosi Leavasa says' with the name
        tagged a body: a lower-case role noun modifying the name, as a title does, vouches for
        a person's name of up to four words."""
        if ent.label_ not in ("ORG", "GPE", "NORP") or ent.start == 0:
            return False
        noun = self.toks[ent.start - 1]
        return (
            noun.is_lower and noun.pos_ == "NOUN" and noun.tag_ == "NN"
            and self.role_word(noun) and noun.dep_ == "compound"
            and ent.start <= noun.head.i < ent.end
            and self._name_shaped(ent, titled=True) is not None
        )

    def _without_name_pairs(self, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Drop 'Wong-Modi' ('after Wong-Modi phone call') tagged as one person: two
        surnames joined by a hyphen, each the last word of someone else the article names in
        full, modifying a noun, are a pair of people, not a double-barrelled name."""
        toks = self.toks
        surnames = {fold(toks[e - 1].text) for s, e in persons if e - s > 1 and not any(
            name_hyphen(toks[i]) for i in range(s, e)
        )}
        return [(s, e) for s, e in persons if not (
            e - s == 3 and name_hyphen(toks[s + 1])
            and fold(toks[s].text) in surnames and fold(toks[s + 2].text) in surnames
            and self.doc[s:e].root.dep_ in ("compound", "amod", "nmod")
        )]  # ('Biden-Harris released a statement': the ticket speaks as one)

    def _courtesy_given(self, tok: Token) -> bool:
        """'The Vice-Chairperson of the Commission, Ms Janet Love, said' with nothing tagged:
        a courtesy title, a known given name and a capitalised word closing the run name a
        person wherever the parse hangs them ('Love' is a word of the language too)."""
        toks = self.toks
        if tok.dep_ == "compound" or not tok.is_title or tok.i < 2:
            return False
        given, title = toks[tok.i - 1], toks[tok.i - 2]
        return (
            given.dep_ == "compound" and given.head.i == tok.i and given.is_title
            and not given.ent_type_ and fold(given.text) in self.lex.first_names
            and title.lower_ in _TITLES and title.is_title
        )

    def _after_remit_place(self, tok: Token) -> bool:
        """'US Senior Adviser for Africa Massad Boulos', 'UN Personal Envoy for Sudan Ramtane
        Lamamra' with the name left untagged: capitalised words right after an office and the
        place it serves ('Adviser for Africa') close that office with its holder's name."""
        toks = self.toks

        def place(t: Token) -> bool:  # (the tagger often leaves 'Africa' there untagged)
            return t.ent_type_ in ("GPE", "LOC") or country_of_word(t.text) is not None or (
                fold(t.text) in gazetteer_places() or t.lower_ in region_words()
            )

        j = tok.i - 1
        while j > tok.i - 3 and j > 0 and toks[j].pos_ == "PROPN" and not toks[j].ent_type_ and (
            toks[j].is_title and not place(toks[j])
        ):
            j -= 1
        if j == tok.i - 1 or not place(toks[j]) or place(tok):
            return False
        while j > 0 and toks[j].ent_iob_ == "I":
            j -= 1
        return j >= 2 and toks[j - 1].lower_ in ("for", "to", "of") and (
            self.role_word(toks[j - 2])
        )

    def _seated(self, i: int) -> tuple[int, int]:
        """The bounds of a body named by its noun at ``i`` with its remit and seat: 'Embassy
        of India in Riyadh', 'Consulate General in Houston' (one 'of' and one 'in' at most)."""
        e = i + 1
        for _ in range(2):
            if e < len(self.doc) and self.toks[e].lower_ in ("of", "in"):
                e = self._seat(i, e)
        return i, e

    def _untagged_bodies(self, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'The Embassy of India in Riyadh announced ...' with nothing tagged but the places:
        a capitalised body noun after 'the', followed by 'of' or 'in' and a proper name, is a
        body named in full."""
        doc = self.doc
        toks = self.toks
        taken = {i for s, e in known for i in range(s, e)}
        out: list[tuple[int, int]] = []
        # (the two readings start from an acronym, short and in capitals, or a body noun)
        acronyms = tokens_where(doc, "text", lambda w: 2 < len(w) <= 7 and w != w.lower())
        nouns = tokens_where(
            doc, "lemma", lambda w: w.lower() in self.lex.bodies or w.lower() in kind_nouns()
        )
        for tok in (toks[k] for k in sorted(set(acronyms) | set(nouns))):
            i = tok.i
            if i not in taken and self._apposed_acronym(tok):
                out.append((i, i + 1))
                continue
            owned = self._possessive_body_name(i, taken) or self._coded_body(i, taken)
            if owned is not None:
                out.append(owned)
                continue
            if i in taken or i < 1 or i + 2 >= len(doc) or toks[i - 1].lower_ != "the":
                continue
            if not (tok.pos_ == "PROPN" and tok.is_title and tok.lemma_.lower() in self.lex.bodies):
                continue
            if toks[i + 1].lower_ not in ("of", "in") or toks[i + 2].pos_ != "PROPN":
                continue
            bounds = self._seated(i)
            if bounds[1] > i + 2:
                out.append(bounds)
        return out

    def _coded_noun(self, i: int) -> bool:
        """Is token ``i`` a capitalised body noun right after a short name in capitals that
        opens the phrase ('The OSCE Mission', 'U.S. Forces'): a country's or a body's code,
        which the tagger often leaves out of the name?"""
        toks = self.toks
        if i < 1:
            return False
        code, tok = toks[i - 1], toks[i]
        letters = code.text.replace(".", "")
        return (
            2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()
            and code.whitespace_ == " " and tok.pos_ == "PROPN" and tok.is_title
            and (tok.lemma_.lower() in self.lex.bodies or tok.lemma_.lower() in kind_nouns())
            and not (i >= 2 and toks[i - 2].is_title and toks[i - 2].pos_ == "PROPN")
        )

    def _code_before(self, s: int) -> bool:
        """Does the body name starting at ``s`` ('Mission to Moldova') lack the code before
        it ('OSCE'), which belongs to no other name?"""
        return s >= 1 and s not in self._token_entity and s - 1 not in self._token_entity and (
            self._coded_noun(s)
        )

    def _coded_body(self, i: int, taken: set[int]) -> tuple[int, int] | None:
        """'U.S. Forces Korea said', 'The OSCE Mission to Moldova said' with the tagger lost:
        a body noun after a code (``_coded_noun``) and before a place, or 'to', 'in' or 'for'
        and a proper name, is one body's name from the code on (the bounds; None when not
        so). The code and the place may be tagged apart, as a place each: no name of theirs."""
        toks = self.toks
        if i in taken or i + 2 >= len(toks) or not self._coded_noun(i):
            return None
        nxt = toks[i + 1]
        if nxt.pos_ == "PROPN" and nxt.is_title and nxt.ent_type_ in ("GPE", "LOC", "ORG") and (
            toks[i + 2].pos_ != "PROPN"
        ):
            return i - 1, i + 2  # 'U.S. Forces Korea'
        if nxt.lower_ in ("to", "in", "for") and toks[i + 2].pos_ == "PROPN":
            end = self._seat(i - 1, i + 1)
            return (i - 1, end) if end > i + 2 else None  # 'OSCE Mission to Moldova'
        return None

    def _possessive_body_name(self, i: int, taken: set[int]) -> tuple[int, int] | None:
        """'according to a statement from the Aydın Governor's Office' with nothing tagged:
        after 'the', capitalised proper nouns, a possessive and a capitalised body noun
        ('Office', 'Department') are one body's name (the bounds; None when not so). A
        lower-case 'office' after a name ("Albanese's office") is someone's office, no name."""
        toks = self.toks
        tok = toks[i]
        if i in taken or i < 3 or not (
            tok.pos_ == "PROPN" and tok.is_title and tok.lemma_.lower() in self.lex.bodies
        ) or toks[i - 1].tag_ != "POS" or not (
            toks[i - 2].is_title and toks[i - 2].pos_ == "PROPN"
        ):
            return None
        s = i - 2
        while s > 0 and toks[s - 1].is_title and toks[s - 1].pos_ == "PROPN" and (
            not toks[s - 1].is_sent_start and i - s < 5
        ):
            s -= 1
        if s == 0 or toks[s - 1].lower_ != "the" or any(k in taken for k in range(s, i)):
            return None
        return (s, i + 1)

    def _bill_at(self, k: int) -> bool:
        """Is token ``k`` the 'Bill' closing the name of a piece of legislation ('the
        Government's Elections Bill', 'the Bill'), not a man called Bill ('Pensioner Bill')?"""
        if self.toks[k].text != "Bill" or k == 0:
            return False
        before = self.toks[k - 1]
        if before.lower_ in ("the", "this") or before.tag_ == "POS":
            return True  # 'the Bill', "Labour's Bill": the bill named before
        if not before.text[:1].isupper() or fold(before.text) in self.lex.first_names or (
            before.lower_ in self.lex.titles or is_honorific(before)
        ):
            return False
        j = k - 1  # the capitalised words of the bill's name, then what opens the phrase
        while j > 0 and self.toks[j - 1].text[:1].isupper() and self.toks[j - 1].pos_ != "DET":
            j -= 1
        # 'the Elections Bill', "the Government's Elections Bill"; not the tabloid's
        # 'Pensioner Bill, 79, said' or 'Uncle Bill said'
        return j > 0 and (self.toks[j - 1].lower_ in ("the", "this", "its", "their", "a")
                          or self.toks[j - 1].tag_ == "POS")

    def _apposed_acronym(self, tok: Token) -> bool:
        """'COGAT, the Israeli defence ministry body that oversees aid, says', 'according to
        the conflict monitor ACLED': an acronym the tagger left untagged, set in apposition
        with a noun for a kind of organisation, is that organisation's name."""
        if tok.ent_type_ or not (tok.is_upper and tok.is_alpha and 2 < len(tok.text) <= 7):
            return False
        if tok.lower_ in self.lex.titles or tok.lower_ in self.lex.postnominals:
            return False
        nouns = [c for c in tok.children if c.dep_ == "appos"]
        if tok.dep_ == "appos":
            nouns.append(tok.head)
        toks = self.toks
        if tok.i + 2 < len(toks) and toks[tok.i + 1].text == "," and toks[tok.i + 2].lower_ in (
            "the", "a", "an"
        ):  # 'COGAT, the ... body that ..., says' parsed as two subjects
            nouns.append(toks[tok.i + 2].head)
        return any(
            n.pos_ in ("NOUN", "PROPN") and n.i != tok.i and (
                n.lemma_.lower() in self.lex.bodies or n.lemma_.lower() in kind_nouns()
            ) for n in nouns
        )

    def _seat(self, s: int, e: int) -> int:
        """Extend the name of the body ``doc[s:e]`` over its seat or remit: 'Russian Embassy
        in Washington', 'UN Office for the Coordination of Humanitarian Affairs'."""
        doc = self.doc
        toks = self.toks
        if e + 1 >= len(doc) or toks[e].lower_ not in ("in", "for", "of", "to"):
            return e
        if toks[e].lower_ == "in" and not self._seat_in_name(s, e):
            return e  # 'the Ifo Institute in Munich' only says where the institute sits
        j = e + 1
        if toks[j].lower_ == "the":
            j += 1
        k = j
        while k < len(doc) and (
            (toks[k].pos_ == "PROPN" and toks[k].text[:1].isupper()
             and toks[k].ent_type_ not in ("DATE", "TIME"))  # 'in March' is no seat
            or (k == j and _ORDINAL.fullmatch(toks[k].text) is not None and k + 1 < len(doc)
                and toks[k + 1].pos_ == "PROPN")  # 'for the 9th Circuit'
            or (k > j and toks[k].lower_ in ("of", "and", "for") and k + 1 < len(doc)
                and toks[k + 1].pos_ == "PROPN")
        ):
            if toks[k].ent_type_ == "PERSON" and toks[k].ent_iob_ == "B" and k > j:
                # 'Central Bank of Kenya Governor Kamau Thugge': the seat ends before the
                # office and the person who holds it
                while k > j + 1 and (self.role_word(toks[k - 1]) or toks[k - 1].lower_ in (
                    self.lex.titles
                )):
                    k -= 1
                break
            k += 1
        return k if k > j else e

    def _seat_in_name(self, s: int, e: int) -> bool:
        """Is the 'in' after the body named ``doc[s:e]`` part of its name? It is for a mission
        ('Embassy', 'High Commission', 'Embassy of India'), whose seat names it, and for a
        body named for a purpose ('Organization for Security and Co-operation in Europe').
        The head noun may be lower case ('Emirati embassy in London')."""
        toks = self.toks
        for k in range(s, e):
            low = toks[k].lemma_.lower()
            two = f"{toks[k - 1].lower_} {low}" if k > s else low
            if low in _mission_nouns() or two in _mission_nouns() or (
                toks[k].lower_ == "for" and s < k < e - 1
            ):
                return True
        return False

    def _build_chains(self) -> dict[str, tuple[int, int]]:
        """Runs of capitalised proper nouns the NER did not call people ('Om Prakash').

        Maps each name word to the longest run containing it (titles stripped), so a surname
        speaker whose full name the NER missed or mislabelled still gets the full name.
        """
        doc = self.doc
        toks = self.toks
        chains: dict[str, tuple[int, int]] = {}
        i, n = 0, len(doc)
        proper = tokens_in(doc, "pos", ("PROPN",))
        while i < n:
            # a run starts at a proper noun: at any other word the search below stops at once
            # and moves one word on, so go straight to the next proper noun
            k = bisect.bisect_left(proper, i)
            if k == len(proper):
                break
            i = j = proper[k]
            while j < n and (
                (j == i or toks[j].ent_iob_ != "B") and (
                    j == i or toks[j].ent_type_ == toks[j - 1].ent_type_
                    or toks[j].lower_ in _particles()
                ) or (j > i and self._surname_tagged_alone(j))
            ) and (
                (toks[j].pos_ == "PROPN" and toks[j].text[:1].isupper()
                 and toks[j].ent_type_ not in NOT_NAMES)
                or (j > i and toks[j].lower_ in _particles() and j + 1 < n
                    and toks[j + 1].pos_ == "PROPN")
                or (j > i and toks[j].text == "-" and not toks[j - 1].whitespace_
                    and not toks[j].whitespace_)
            ):
                j += 1
            if j - i < 2:  # no run of two words: nothing to record (most tokens)
                i = max(j, i + 1)
                continue
            if j < n and toks[j].ent_type_ == "PERSON" and toks[j].ent_iob_ == "B":
                # 'Commons Speaker Sir' + 'Lindsay Hoyle': the titles before a tagged name
                # are that person's, and what is left before them is no name of its own
                while j > i and (toks[j - 1].lower_ in self.lex.titles or self.role_word(
                    toks[j - 1]
                ) or is_honorific(toks[j - 1])):
                    j -= 1
                if j == i:
                    i += 1
                    continue
            s = i
            while s < j and (
                (toks[s].lower_ in self.lex.titles and not self._name_qualifier(s, j))
                or toks[s].lower_ in _particles() or self._front_title(s, j)
                or toks[s].text == "-"  # 'Vice' + '-President': the hyphen of a title
            ):
                s += 1
            if s >= 2 and toks[s - 1].lower_ == "for":
                s = self._seat_name_start(s, j)  # 'Member for [Barron River] Bree James'
            remit_and = False  # 'Minister of Energy and [Natural Resources Alparslan X]'
            if s >= 4 and toks[s - 1].lower_ == "and":
                k = s - 2
                while k > 0 and toks[k].is_title and s - k <= 5:
                    k -= 1
                remit_and = k >= 1 and k < s - 2 and toks[k].lower_ == "of" and (
                    self.role_word(toks[k - 1])
                )
            if remit_and or (
                s >= 2 and toks[s - 1].lower_ in ("of", "from", "for")
                and self.role_word(toks[s - 2])  # ('Commissioner for [Human Rights] X')
            ):
                if not remit_and:
                    s = self._after_place(s, j)  # 'Senator from [Vermont Bernie Sanders]'
                while j - s >= 3 and common_word(toks[s].lower_) and (
                    fold(toks[s].text) not in self.lex.first_names
                ):  # 'Secretary of [Agriculture] Brooke Rollins', 'Director of [Public
                    s += 1  # Prosecutions] Renson Ingonga': the remit
            s = self._after_labels(s, j)  # 'Hero Cop Jim Bell' left untagged
            last_title = max((
                m for m in range(s, j - 2)
                if self.role_word(toks[m]) and not self._name_qualifier(m, j)
            ), default=-1) if j - s >= 3 else -1
            head = toks[j - 1].lemma_.lower() if j > s else ""
            if last_title >= 0 and head not in self.lex.bodies and head not in kind_nouns():
                s = last_title + 1  # 'Ahmedabad Municipal Commissioner Rakesh Dholakia'
            if j - s >= 3 and head not in self.lex.bodies:
                # 'the Kazakh Foreign Ministry Daniyar Sarsenbayev': the name starts after
                # the body's, two words at least ('Frank Church' keeps its last word)
                s = max([m + 1 for m in range(s, j - 2)
                         if toks[m].lemma_.lower() in self.lex.bodies], default=s)
            while s < j - 1 and is_honorific(toks[s]):
                s += 1  # 'President of [Kenya] Mr Uhuru Kenyatta': the courtesy title after
            if s < j - 1 and toks[s].is_upper and s > 0 and _is_clock(toks[s - 1]):
                s += 1  # 'Around 3pm AEST ASIC said': the clock's zone opens no name
            if j - s >= 2 and toks[j - 1].text != "-" and not self._bill_at(j - 1):
                for k in range(s, j):
                    key = fold(toks[k].text)
                    old = chains.get(key)
                    if old is None or old[1] - old[0] < j - s:
                        chains[key] = (s, j)
            i = max(j, i + 1)
        return chains

    def _rest_of_name_after(self, k: int) -> int:
        """'Prime Minister Alix Didier Fils-Aimé' tagged 'Alix Didier' (a person) and
        'Fils-Aimé' (a body): a double-barrelled surname, two capitalised words joined by a
        hyphen with no space, right after a person's name and modifying it in the parse, is
        the end of that name; so are up to three capitalised words left untagged after it
        ('Alhaji Garba' + 'Lawan Dambatta'). Returns the end of the surname, or 0."""
        toks = self.toks
        if k >= len(toks) or toks[k].ent_type_ == "PERSON" and toks[k].ent_iob_ == "I":
            return 0
        if self.role_word(toks[k - 1]) or toks[k - 1].lower_ in self.lex.titles:
            return 0  # 'Bura MP' tagged a person: an office before the name, which follows
        nick = self._nickname_at(k)
        if nick:
            return nick
        run = k  # 'Alhaji Garba' tagged a person, 'Lawan Dambatta' left untagged
        while run < min(k + 3, len(toks)) and toks[run].pos_ == "PROPN" and (
            toks[run].is_title and not self.role_word(toks[run])
            and (not toks[run].ent_type_ or (  # 'Maria Cristina' + 'Valdez' tagged a date
                toks[run].ent_type_ == "DATE" and toks[run].lower_ not in _months() | _DAYS
                and toks[run].ent_iob_ == "B" and (  # one word alone ('Christmas Day' is none)
                    run + 1 == len(toks) or toks[run + 1].ent_iob_ != "I"
                )
            ) or (  # 'K. Srinivasa' + 'Raghunathan' tagged a place: the surname the name
                # modifies, one word no gazetteer knows as a place
                run == k and toks[run].ent_type_ in ("GPE", "ORG", "NORP")
                and toks[run].ent_iob_ == "B" and toks[k - 1].head.i == k
                and (run + 1 == len(toks) or toks[run + 1].ent_iob_ != "I")
                and country_of_word(toks[run].text) is None
                and fold(toks[run].text) not in gazetteer_places()
            ))
            and toks[run].lower_ not in self.lex.titles
            and toks[run].lemma_.lower() not in self.lex.bodies
        ):
            run += 1
        if run > k and toks[k - 1].head.i in range(k, run) and (
            run == len(toks) or toks[run].pos_ != "PROPN"
        ):
            return run
        if k + 3 > len(toks):
            return 0
        first, dash, last = toks[k], toks[k + 1], toks[k + 2]
        if not (
            dash.text == "-" and not first.whitespace_ and not dash.whitespace_
            and first.pos_ == "PROPN" and last.pos_ == "PROPN"
            and first.text[:1].isupper() and last.text[:1].isupper()
            and toks[k - 1].head.i in (k, k + 2) and first.ent_type_ not in PLACE
            and last.lemma_.lower() not in self.lex.bodies
        ):
            return 0
        return k + 3

    def _nickname_at(self, k: int) -> int:
        """'Rolliansyah "Roy" Soemirat', 'Ferdinand "Bongbong" Marcos': a one-word nickname
        in quotation marks between a given name and the surname is part of the name (the
        tagger ends the person at the mark and calls the rest a title). Returns the end of
        the surname (and of up to two more capitalised words), or 0."""
        toks = self.toks
        if k + 3 >= len(toks) or toks[k - 1].ent_iob_ == "I" or (
            k >= 2 and toks[k - 2].pos_ == "PROPN" and toks[k - 2].is_title
            and not self.role_word(toks[k - 2]) and toks[k - 2].lower_ not in self.lex.titles
        ):
            return 0  # only after a given name alone: 'Maria Lopez "Dangerous"' is complete
        opening, nick, closing, surname = toks[k : k + 4]
        if not (
            opening.is_quote and toks[k - 1].whitespace_ and not opening.whitespace_
            and closing.is_quote and not nick.whitespace_ and closing.whitespace_
            and nick.is_title and nick.is_alpha and surname.is_title and surname.pos_ == "PROPN"
            and not self.role_word(surname) and surname.lower_ not in self.lex.titles
            and surname.lemma_.lower() not in self.lex.bodies
            and surname.ent_type_ not in ("DATE", "TIME")  # ('"Dangerous" Tuesday')
        ):
            return 0
        end = k + 4
        while end < min(k + 6, len(toks)) and toks[end].pos_ == "PROPN" and toks[end].is_title and (
            toks[end].head.i == end or toks[end - 1].head.i == end
        ) and not self.role_word(toks[end]) and toks[end].lemma_.lower() not in self.lex.bodies:
            end += 1
        return end

    def _nickname_marks(self, s: int, e: int) -> bool:
        """Is the run ``s:e`` a nickname set in quotation marks after 'the' or a comma
        ('Shoaib Akhtar, the "Rawalpindi Express"')? Marks round a whole apposition make
        it a byname, not the person's name: the speaker stays the name before it."""
        toks = self.toks
        if e - s > 1 and toks[e - 1].is_quote:
            e -= 1  # ("Desert Hawk'" tagged with its closing mark)
        return 2 <= s and e < len(toks) and toks[s - 1].is_quote and toks[e].is_quote and (
            toks[s - 2].lower_ == "the" or toks[s - 2].text == ","
        )

    def _given_before_nickname(self, ent: Span) -> int | None:
        """'Rolliansyah “Roy” Soemirat' with the nickname and surname tagged a work and the
        given name left untagged: the start of the name, the capitalised word right before
        the opening mark, when the entity is the nickname, the closing mark and a surname."""
        toks = self.toks
        s = ent.start
        if s < 2 or len(ent) != 3 or not toks[s - 1].is_quote or toks[s - 1].whitespace_:
            return None
        given, nick, closing, surname = toks[s - 2], ent[0], ent[1], ent[2]
        if given.ent_type_ or given.pos_ != "PROPN" or not given.is_title or (
            self.role_word(given) or given.lower_ in self.lex.titles
        ) or not closing.is_quote or not nick.is_title or not surname.is_title or (
            surname.pos_ != "PROPN" or surname.ent_type_ in ("DATE", "TIME")
        ):
            return None
        return s - 2

    def _surname_tagged_alone(self, j: int) -> bool:
        """'Jennifer Carroll MacNeill' with 'MacNeill' tagged a body on its own and the given
        names left untagged: a one-word entity that the untagged proper nouns before it
        modify, and that is no place or nation, ends their name."""
        toks = self.toks
        tok, prev = toks[j], toks[j - 1]
        return (
            tok.ent_iob_ == "B" and alone_entity(tok) and tok.pos_ == "PROPN"
            and tok.text[:1].isupper() and prev.pos_ == "PROPN" and not prev.ent_type_
            and prev.dep_ == "compound" and prev.head.i == j
            and country_of_word(tok.text) is None and fold(tok.text) not in gazetteer_places()
            # ('Trade union federation Cosatu': a kind of body before a body's name)
            and prev.lemma_.lower() not in self.lex.bodies
            and prev.lemma_.lower() not in kind_nouns()
        )

    def _name_qualifier(self, s: int, e: int) -> bool:
        """Is the title word at ``s`` an adjective that opens a company's name ('National
        Grid Electricity Distribution') rather than an office ('National Security Adviser
        Jake Sullivan', 'Foreign Affairs Helen McEntee') or a public body ('Foreign
        Ministry', which its body noun names anyway)? It is when no role noun, body noun or
        given name follows it in the run."""
        low = self.toks[s].lower_
        rest = self.doc[s + 1 : e]
        if s > 0 and self.toks[s - 1].lower_ in ("for", "of"):
            return False  # 'Minister for [Foreign Affairs]': the remit of an office
        return low in common_adjectives() and low not in self.lex.roles and not any(
            t.lower_ in self.lex.roles or t.lemma_.lower() in self.lex.bodies
            or fold(t.text) in self.lex.first_names for t in rest
        )

    def _chain_names(self, chain: tuple[int, int], key: str) -> bool:
        """May a capitalised run stand for the word ``key`` in it? Not when the run is a
        street, water or building ('Badenoch Street', 'Moray Firth') and the word is not its
        head: 'Badenoch said' is the person, not the street named after someone."""
        last = self.toks[chain[1] - 1]
        return fold(last.text) == key or last.lower_ not in place_kinds()

    def _known_lone_body(self, ent: Span) -> bool:
        """Is a one-word entity a body the gazetteers know ('Greenpeace'), which the article
        never writes as part of a longer name ('Gautam Adani', 'Therese Kayikwamba Wagner')
        and which is no given name? A news outlet is one ('told Antara')."""
        if len(ent) != 1 or (
            ent.text not in _gazetteer_single_bodies()
            and fold(self.lex.relays.get(ent.text.lower(), "")) != fold(ent.text)
        ):
            return False
        word = ent.text
        if fold(word) in self.lex.first_names:
            return False
        doc = self.doc
        toks = self.toks
        for tok in (toks[k] for k in tokens_of(doc, "text", word)):
            for j in (tok.i - 1, tok.i + 1):
                if 0 <= j < len(doc) and toks[j].pos_ == "PROPN" and toks[j].is_title and (
                    toks[j].ent_type_ in ("", "PERSON")
                ) and not (j < tok.i and self.role_word(toks[j])):
                    return False  # part of a person's name somewhere in the article
        return True

    def _place_object(self, tok: Token) -> bool:
        """Is a one-word name the object of a preposition of place ('in Goma', 'from Goma')
        or of a kind of place ('the cities of Goma')? Then it names a place, whatever its
        tag."""
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ == "to" and (prep.head.lower_ == "according" or (
            prep.head.lemma_ in self.lex.indirect or prep.head.lemma_ in self.lex.direct
        )):
            return False  # 'according to Benali', 'said to Benali': a source, no place
        return prep.lower_ in ("in", "from", "to", "near", "at", "across", "into") or (
            prep.lower_ == "of" and prep.head.lemma_.lower() in place_kinds()
        )

    def _given_tagged_norp(self, tok: Token, nxt: Token) -> bool:
        """Is a word the tagger called a nationality or group ('Therese') the given name of
        the name after it? Only when it names no country or people and is no word of the
        language ('Republican John Smith' keeps his label out), and modifies that name."""
        return (
            tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and tok.whitespace_ == " "
            and country_of_word(tok.text) is None and not common_word(tok.lower_)
            and tok.head.i >= nxt.i and not self.role_word(tok)
        )

    def _given_cut_off(self, i: int) -> bool:
        """Is token ``i`` a given name the parser cut off from the surname tagged after it? A
        known given name the tagger read as an adjective is one ('Amarjit Singh Gill'). After
        a heading ('Patel responds to ruling'), the parser may start a sentence at
        'Priti' and make it a root of its own; a capitalised proper noun of no other kind,
        no word of the language and no title, right before the surname, is still its
        given name."""
        if i < 0:
            return False
        tok = self.toks[i]
        if tok.is_title and tok.is_alpha and tok.whitespace_ == " " and not tok.ent_type_ and (
            fold(tok.text) in self.lex.first_names and tok.pos_ in ("ADJ", "ADV", "VERB")
            and tok.head.i > i and self.toks[tok.head.i].ent_type_ == "PERSON"
        ):
            return True  # 'Amarjit' read as an adjective of 'Singh Gill'
        return (
            tok.is_title and tok.is_alpha and tok.pos_ in ("PROPN", "NOUN")
            and tok.whitespace_ == " " and tok.dep_ == "ROOT"
            and tok.ent_type_ in ("", "PERSON") and not self.role_word(tok)
            and tok.lower_ not in self.lex.titles and not common_word(tok.lower_)
        )

    def _name_word(self, tok: Token) -> bool:
        return (
            name_like(tok) and tok.is_title and tok.lower_ not in self.lex.titles
            and tok.ent_type_ in ("", "PERSON") and tok.dep_ == "compound"
        )

    def _build_names(self) -> None:
        doc = self.doc
        toks = self.toks
        persons: list[tuple[int, int]] = []
        orgs = self._known_bodies()
        orgs += self._remit_bodies(orgs)
        listed, tickers = self._listed_companies()
        orgs += listed
        gazetted = {i for s, e in orgs for i in range(s, e)} | tickers
        bracketed = self._bracketed_names()
        tagged = bracket_tag_tokens(doc)  # '(LP-Abia Central)': a party and a seat, no one
        joined_to = -1  # end of the rest of a name joined to the person before it
        party_named = {ent.text for ent in self.ents if self._party_named(ent)}
        for ent in self.ents:
            if ent.label_ in _NUMERIC:
                continue  # ('three', '40%', '$2bn', '8 pm': counts and amounts name no one)
            ent = self._unprefixed(ent)  # ('Fianna Fáil TD' + the name: the party is known)
            if any(i in gazetted for i in range(ent.start, ent.end)):
                continue  # 'Human Rights Watch' tagged a person: the gazetteer knows the body
            if ent.end <= joined_to:
                continue  # the '-Aimé' of 'Alix Didier' + 'Fils-Aimé', tagged a body
            ent, dated = self._undated(ent)
            if not dated:
                ent, dated = self._unfronted(ent)
            ent = self._unjoined(self._undashed(self._unzoned(ent)))
            if len(ent) == 1 and ent.end + 1 < len(self.doc) and (
                self._abbreviated_given_before(ent.end + 1)
                and self.toks[ent.end + 1].ent_type_ == "PERSON"
            ):
                continue  # 'Ma' of 'Ma. Theresa Lazaro' is no person of its own
            if self._description(ent) or self._clock_zone(ent) or (
                self._common_word_tagged(ent) or self._bare_office(ent)
            ):
                continue  # 'The Hartlepool MP said': a description of someone, no name
            given = self._given_before_nickname(ent)
            if given is not None:
                persons.append((given, ent.end))  # 'Rolliansyah' + '“Roy” Soemirat'
                continue
            if any(t.text in (":", '"', "\u201c", "\u201d") or (
                t.text in ("'", "\u2018") and t.i > 0 and self.toks[t.i - 1].whitespace_
            ) for t in ent):  # (not the apostrophe of 'Supporters' Association')
                continue  # "BST - Huang: 'The age of AI" tagged as one body: no name at all
            if self._nickname_marks(ent.start, ent.end) and ent.root.dep_ == "appos":
                continue  # 'Samuel Eto'o, the "Black Panther"': a byname, no one new
            if len(ent) == 1 and ent.text.isupper() and ent.end < len(doc) and (
                toks[ent.end].lower_ == "of" and ent.text.lower().endswith("s")
                and common_word(ent.text.lower())
            ):
                continue  # 'MILLIONS of families will be hit': a tabloid's capitals, no body
            if ent.label_ == "PERSON" and all(t.is_lower for t in ent if t.is_alpha):
                continue  # 'a 38-year-old boda boda rider' tagged a person: no name at all
            if ent.label_ == "PERSON" and len(ent) == 1 and ent.end < len(doc) and (
                toks[ent.end].ent_iob_ == "B" and toks[ent.end].ent_type_ == "PERSON"
                and ent[0].is_title and (
                    country_of_word(ent.text) is not None or ent[0].lower_ in region_words()
                )
            ):
                continue  # 'envoy for Africa' + 'Peter Pham', the place tagged a person
            if ent.label_ == "PERSON" and self._bill_at(ent[-1].i):
                continue  # 'the Government's Elections Bill' with 'Bill' tagged a person
            if ent.label_ == "PERSON" and ent.root.dep_ in ("compound", "amod") and (
                country_of_word(ent.text) is not None
            ):
                continue  # 'Sri Lankan Foreign Minister X' with 'Sri Lankan' tagged a person
            if ent.label_ == "PERSON" and (self._known_lone_body(ent) or (
                len(ent) > 1 and ent.text.lower() in self.lex.relays
            )):  # 'Greenpeace said', 'spoke to Agência Brasil' tagged a person
                orgs.append((ent.start, ent.end))
                continue
            if len(ent) == 1 and ent.text.replace(".", "").lower() in self.lex.postnominals:
                continue  # 'Jennifer Murnane O'Connor TD': the letters after a name, no body
            if len(ent) == 1 and ent.text in bracketed:
                orgs.append((ent.start, ent.end))  # 'Defra' tagged a person: a body's short name
                continue
            if len(ent) == 1 and ent.start > 0 and self._surname_tagged_alone(ent.start):
                bounds = self._bounds(ent, True)  # 'Jennifer Carroll' + 'MacNeill'
                if doc[bounds[0] : bounds[1]].text in self.described_businesses:
                    orgs.append(bounds)  # 'Puentes' + 'Mesoamérica is an organisation'
                else:
                    persons.append(bounds)
                continue
            seat_holder = self._seat_holder(ent)
            if seat_holder is not None:
                persons.append(seat_holder)  # 'Member for [Townsville Adam Baillie]'
                continue
            retyped = self._retyped(ent)
            if retyped is not None:
                is_person, bounds = retyped
                (persons if is_person else orgs).append(bounds)
                continue
            if self._place_as_person(ent) or (ent.label_ == "GPE" and self._gazetteer_town(ent)):
                # 'the Moray Firth' tagged a person; 'X, Ankara director of the Fund' with
                # the capital read as a name in apposition
                orgs.append(self._bounds(ent, False))
                continue
            company = ent[-1].lower_.rstrip(".") in self.lex.org_suffixes and len(ent) > 1 or (
                ent.text in self.described_businesses  # 'Kestrel Biologics, a biotech company'
            )
            if (
                (ent.label_ == "PERSON" or (
                    self._looks_personal(ent) and not self._acronym_after(ent)
                ) or (dated and self._dated_person(ent)) or self._given_as(ent)
                 or self._who_follows(ent) or self._abbreviated_title(ent)
                 or self._apposed_person(ent) or self._surname_in_use(ent)
                 or self._given_name_in_use(ent) or self._surname_tagged_place(ent)
                 or self._given_then_surname(ent)
                 or self._courtesy_titled(ent) or self._initialled_person(ent)
                 or self._aged(ent)
                 or self._role_noun_before(ent)
                 or (len(ent) == 1 and self._nickname_at(ent.end) > 0))
                and not (ent.text.isupper() and len(ent.text) > 2)
                and not company  # 'Dunaferr Kft' tagged PERSON is a company
                and ent.text not in party_named  # 'Georgian Dream' ('... party' somewhere)
            ):
                bounds = self._bounds(ent, True)  # 'NAIROBI' in a dateline is no one
                if self._abbreviated_given_before(bounds[0]):
                    bounds = (bounds[0] - 2, bounds[1])  # 'Ma. Theresa Lazaro'
                elif self._given_in_office_before(bounds[0]) or (
                    ent.label_ == "PERSON" and self._given_tagged_apart(bounds[0])
                ):
                    bounds = (bounds[0] - 1, bounds[1])
                # ('Brennan SC' tagged, 'Aoife' found before it: the letters still go)
                bounds = (bounds[0], self._before_letters(*bounds))
                tail = self._rest_of_name_after(ent.end) if ent.label_ == "PERSON" else (
                    self._nickname_at(ent.end)
                )
                if tail:
                    bounds, joined_to = (bounds[0], tail), tail
                persons.append(bounds)
            elif ent.label_ in ("ORG", "NORP", "GPE") or company or (
                ent.label_ == "FAC" and ent[-1].lemma_.lower() in self.lex.bodies
            ) or (
                ent.label_ in ("WORK_OF_ART", "PRODUCT")
                and ent[-1].lemma_.lower() in self.lex.bodies | kind_nouns()
            ):  # "the Alachua County Sheriff's Office" is often tagged as a building, "the
                # Football Supporters' Association" as a work
                holder = self._holder_after_body(ent)
                if holder is not None:
                    persons.append((holder, ent.end))
                    ent = Span(doc, ent.start, holder, label=ent.label_)
                orgs.append(self._country_tail_body(ent) or self._bounds(ent, False))
        places = {
            fold(toks[s].text) for s, e in persons
            if e - s == 1 and (self._place_object(toks[s]) or (
                toks[s].dep_ == "conj" and self._place_object(toks[s].head)
            ))  # 'the eastern cities of Goma and Bukavu' tagged as two people
        }
        # 'Voters in Batumi, Georgia's resort city, ...' tagged a place there and a person
        # elsewhere: the word the article sets after 'in' as a place is that place throughout
        places |= {
            fold(ent.text) for ent in self.ents
            if len(ent) == 1 and ent.label_ in ("GPE", "LOC") and self._place_object(ent.root)
            and fold(ent.text) not in self.lex.first_names
        }
        persons = [b for b in persons if not (b[1] - b[0] == 1 and fold(toks[b[0]].text) in places)]
        orgs += self._untagged_bodies(persons + orgs)
        # 'a senior Liberal MP', 'the Labour MP': no body's name ends in a member's letters
        orgs = [b for b in orgs if b[1] - b[0] > 3 or (
            toks[b[1] - 1].text.replace(".", "").lower() not in self.lex.postnominals
        )]
        persons = self._join_particles(persons)
        # (a body of several words found so far holds no person: 'U.S. Forces Korea')
        persons += self._unlabelled_people(persons + [b for b in orgs if b[1] - b[0] > 2])
        persons = self._without_name_pairs(persons)
        if tokens_where(doc, "lemma", lambda w: w.lower() in epithet_verbs()):  # (most name none)
            self._epithets.update(i for i in range(len(doc)) if self._epithet_token(i))
        persons = [b for b in persons if not any(i in gazetted for i in range(*b))
                   and not self._bill_at(b[1] - 1)  # 'the Elections Bill', however found
                   and b[0] not in self._epithets]  # "nicknamed 'Doc Dusty'": no one else
        # Longest names first, so 'Peskov' joins 'Dmitry Peskov', not the other way round.
        first_named: dict[str, tuple[int, int]] = {}  # surname -> (earliest start, end)
        for s, e in persons:
            last = [fold(t.text) for t in toks[s:e] if not t.is_punct]
            if len(last) > 1 and (last[-1] not in first_named or s < first_named[last[-1]][0]):
                first_named[last[-1]] = (s, e)
        bare_started = False
        for s, e in sorted(persons, key=lambda b: -(b[1] - b[0])):
            words = [fold(t.text) for t in toks[s:e] if not t.is_punct]
            if not words or all(i in tagged for i in range(s, e)):
                continue  # (the seat of '(LP-Abia Central)' after a senator's name)
            if len(words) == 1 and s > 0 and toks[s - 1].lower_ == "the" and (
                toks[s].lower_ in self.lex.titles or self.role_word(toks[s])
            ):
                continue  # 'the Treasurer says', 'the Taoiseach' tagged a person: an office,
                # named by the cast
            if len(words) == 2 and words[0] in gazetteer_places() and (
                self._plural_noun_end(e) or toks[e - 1].tag_ == "NNS"
                and toks[e - 1].lemma_.lower() in common_nouns()
            ):
                continue  # 'Also Read: Kursk Residents Still Waiting ...' in title case: the
                # people of a place, no one's name
            if len(words) == 1 and not bare_started:
                bare_started = True
                self._prefer_first_named(first_named)
            if len(words) > 1 and words[-1] in _generations():
                words = words[:-1]  # 'Robert Downey Jr.': the surname is 'Downey'
            entity = self._surname.get(words[-1])
            if entity is not None and len(words) == 1 and s > 0:
                entity = self._namesake_by_title(toks[s - 1], words[0], entity)
            if entity is None and len(words) == 1:
                entity = self._part.get(words[0])  # 'Lin' after 'Lin Chia-hao'
            covered = entity is not None and _holds_name(words, entity.name)
            if len(words) > 1 and not covered:
                # 'Maria Lopez' after 'Maria Lopez Garcia', 'Elijah Cummings' after 'Elijah
                # Eugene Cummings', not 'Ruth Cummings' after 'Robert Cummings'
                entity = self._containing(words) or entity
            if entity is None and len(words) == 1 and country_of_word(words[0]) is not None:
                continue  # 'Türkiye' tagged a person, no one of that name in the article
            if entity is None or not _holds_name(words, entity.name):
                if entity is None or len(words) > 1:
                    name = doc[s:e].text
                    chain = self._chains.get(words[-1])
                    if e - s == 1 and chain is not None and chain[1] - chain[0] > 1 and (
                        self._chain_names(chain, words[-1])
                    ):
                        name = doc[chain[0] : chain[1]].text  # 'Rosselló' -> the full run
                        if self.toks[chain[1] - 1].lower_.rstrip(".") in self.lex.org_suffixes or (
                            name in self.described_businesses
                        ):  # 'Trundl' tagged a person, its run 'Trundl Inc.': the company
                            body = self.people.setdefault(fold(name), Person(name, False))
                            for i in range(s, e):
                                self._token_entity[i] = body
                            continue
                    entity = self.people.setdefault(name, Person(name, True))
                    self._surname.setdefault(words[-1], entity)
            for i in range(s, e):
                self._token_entity[i] = entity
            if len(words) > 1 and e < len(doc) and (
                toks[e].text.replace(".", "").lower() in self.lex.postnominals
            ):
                self._token_entity.setdefault(e, entity)  # 'TD', the parse's head of the name
            for i in range(self.hyphen_role_start(s), s):
                self._token_entity.setdefault(i, entity)  # 'co' of 'study co-author Mia Lund'
            for k, w in enumerate(words[:-1]):
                if len(w) < 2:
                    continue
                old = self._part.setdefault(w, entity)  # 'Rosselló' in 'Ricardo Rosselló Nevares'
                if k == 0 and old is not entity and name_words(old.name)[:1] != [w]:
                    # 'Prince Abdulaziz' is 'Abdulaziz bin Salman', whose given name it is,
                    # not 'Mohammed bin Salman bin Abdulaziz', in whose longer name it is a
                    # father's name
                    self._part[w] = entity
        if not bare_started:
            self._prefer_first_named(first_named)  # for bare surnames the NER left untagged
        self._described_outlets()
        self._camel_brands()
        acronyms = self._acronyms
        orgs = [b for b in orgs if not any(i in self._token_entity for i in range(*b))]
        # a body defined with its acronym ('the Civic Election Watch (WEC)') holds no person
        defined = [b for b in orgs if self._acronym_after(doc[b[0] : b[1]])]
        orgs = self._split_org_person([b for b in orgs if b not in defined]) + defined
        orgs = self._acronym_led(orgs)
        self._defined_acronyms(orgs)
        if self._furniture:
            orgs = [b for b in orgs if not self._furniture_token(b[0])]
        long_first = sorted(orgs, key=lambda b: -(b[1] - b[0]))
        for s, e in [b for b in long_first if b[1] - b[0] > 1]:
            if s > 0 and toks[s - 1].ent_type_ == "NORP" and toks[s - 1].is_title:
                s -= 1  # 'European' + 'Court of Justice', 'Russian' + 'Foreign Ministry'
            elif self._code_before(s):
                s -= 1  # 'OSCE' + 'Mission to Moldova'
            s = self._numbered(s, e)
            known = self._surname.get(fold(toks[e - 1].text))
            if known is not None and all(t.pos_ == "PROPN" or t.is_punct for t in toks[s:e]):
                for i in range(s, e):  # 'Okonjo-Bello' tagged ORG after 'Amina Okonjo-Bello'
                    self._token_entity[i] = known
                continue
            key = fold(doc[s:e].text)
            if s in self._token_entity:
                continue  # already covered by a longer name ('High Court of England and Wales')
            if self._office_of_next(s, e):
                continue  # 'the Minister of Foreign Affairs of ..., H.E. Dr. Gedion Timothewos'

            the = next((k for k in range(s + 1, e - 1) if toks[k].text == "the"), None)
            if the is not None and doc[s:the].text.lower() in self.lex.relays:
                s = the + 1  # 'told AFP the Election Commission must act' tagged as one body
            at = next((k for k in range(s + 1, e - 1) if toks[k].lower_ == "at"), None)
            if at is not None and toks[at - 1].is_title and (
                toks[at - 1].lemma_.lower() not in self.lex.bodies  # 'Brown Institute at ...'
            ) and any(
                toks[j].lemma_.lower() in self.lex.bodies and toks[j].is_title
                for j in range(at + 1, e)
            ):
                e = at  # 'tells The National at the Ministry of Economy' tagged as one body
            own = doc[s:e]  # the body's own words: 'Supreme Court' of Puerto Rico is no place
            if toks[e - 1].lemma_.lower() in self.lex.bodies or any(
                t.lower_ == "for" for t in doc[s + 1 : e - 1]
            ) or self._seat_in_name(s, e) or (
                e < len(doc) and toks[e].lower_ == "for"
                and any(t.lemma_.lower() in self.lex.bodies for t in toks[s:e])
            ):  # 'Organization for Security and Co-operation' + 'in Europe' (a name of
                # purpose; 'Court of Session' + 'in Scotland' only says where the court
                # sits); 'Chinese Consulate General' + 'in Houston'; 'U.S. Court of Appeals'
                # + 'for the 9th Circuit' (a body's remit after 'for')
                e = self._seat(s, e)
            e = self._coordinated(s, e)
            e = self._across_list(s, e)
            e = self._first_conjunct(s, e)
            e = self._spelt_by_acronym(s, e)
            # ('Department' + 'of the Presidential Administration Hikmet Hajiyev': a body's
            # name stops where a person's name starts)
            e = min([e] + [ps for ps, _ in persons if s < ps < e])
            while e - 1 > s and toks[e - 1].is_space:
                e -= 1  # 'Seplat Energy Plc' tagged with the paragraph break after it
            span = doc[s:e]
            name = span.text
            owner = toks[s - 2].text[:4].lower() if s >= 2 else ""
            # a generic body is headed by its body noun ('Foreign Ministry', 'Ministry of
            # Foreign Affairs'); 'National Institute for Space Research' is a full name
            headed = (span[-1].lemma_.lower() in self.lex.bodies or (
                span[0].lemma_.lower() in self.lex.bodies
            )) and span[-1].lemma_.lower() not in kind_nouns()  # ('National Basketball
            # Association' is a name of its own, whoever owns it)
            generic = headed and not any(
                t.text[:4].lower() == owner for t in span
            )  # "Lithuania's Foreign Ministry", but not "Thailand's Thai Raksa Chart Party"
            # A body's own full name ('Ministry of External Affairs', 'Election Commission',
            # 'Department of Health and Social Care') stands without its country: the
            # independent annotators give "India's Ministry of External Affairs" as the
            # ministry's name alone (24 items against 14), and never kept the country with
            # any other titled body; only a portfolio before 'Ministry' ('Foreign Ministry')
            # or a name in lower case ('foreign ministry') is a description the country
            # completes
            generic = generic and (
                any(t.is_lower and t.is_alpha and t.lower_ not in _NAME_LINKS for t in span)
                or (span[-1].lemma_.lower() == "ministry" and span[0].lemma_.lower() != "ministry")
            )
            if generic and toks[s - 1].tag_ == "POS" and (
                toks[s - 2].ent_type_ == "GPE" or country_of_word(toks[s - 2].text) is not None
            ) and fold(toks[s - 2].text) not in _capitals():  # 'Uzbekistan’s' tagged a body
                g = s - 2  # "Lithuania's Foreign Ministry": the owner is part of the name
                while g > 0 and toks[g].ent_iob_ == "I":
                    g -= 1
                if toks[g].lower_ == "the":
                    g += 1
                name = doc[g:e].text
            entity = (
                self.people.get(key) or self._surname_run(span) or self._longer_body(key)
                or self._body_by_first(key)
                or self._inverted_body(key) or self._variant_body(key)
                or self.people.setdefault(key, Person(name, False, place=self._place_name(own)))
            )
            if not entity.is_person and fold(name).startswith(fold(entity.name) + " in "):
                # 'the Chinese Embassy' in a question, then 'the Chinese Embassy in the
                # Philippines': the body's fullest name carries its seat
                entity.name = name
            caps = [t.text[0] for t in span if t.text[:1].isupper()]
            if len(caps) >= 2:
                acronyms.setdefault("".join(caps), entity)
            # 'Inter-American Development Bank' is the IDB: a hyphenated word gives one letter
            heads = [t.text[0] for t in span if t.text[:1].isupper() and not (
                t.i > 0 and name_hyphen(toks[t.i - 1])
            )]
            if 2 <= len(heads) < len(caps):
                acronyms.setdefault("".join(heads), entity)
            # 'US Geological Survey' is the USGS, 'UK Met Office' the UKMO: a short word in
            # capitals gives all its letters
            letters = "".join(
                t.text.replace(".", "") if _capital_word(t.text) else t.text[0]
                for t in span if t.text[:1].isupper()
            )
            if len(letters) > len(caps) >= 2:
                acronyms.setdefault(letters, entity)
            for i in range(s, e):
                self._token_entity[i] = entity
            if e + 2 < len(doc) and toks[e].text == "(" and toks[e + 2].text == ")":
                acronyms[toks[e + 1].text] = entity  # 'Federal Security Service (FSB)'
        for s, e in [b for b in long_first if b[1] - b[0] == 1]:
            if s in self._token_entity:
                continue  # part of a longer name
            word = toks[s].text
            if word.endswith("s") and word[:-1].lower() in self.lex.postnominals and (
                word[:-1].isupper()
            ):
                continue  # 'the MPs' tagged a body: several members, no body of that name
            if toks[s].text.islower() and self._country_body(toks[s]) is not None:
                continue  # "Ukraine's navy" with 'navy' tagged alone: the country's body
            e = self._place_seat(s, e)
            s = self._named_possessive(s)
            span = doc[s:e]
            key = fold(span.text)
            entity = self._surname.get(key) or acronyms.get(span.text) or self._body_by_first(key)
            if entity is None and span[0].pos_ == "PROPN" and key in self._part:
                entity = self._part[key]  # 'Rosselló' tagged ORG after 'Ricardo Rosselló Nevares'
            if entity is None and span[0].is_title and span[0].lemma_.lower() in self.lex.bodies:
                # 'the Court' after 'Puerto Rico Supreme Court' or 'Supreme Court of Puerto Rico'
                entity = self._longer_body(key) or self._headed_body(key)
            if entity is None:
                entity = Person(span.text, False, place=self._place_name(span))
                entity = self.people.setdefault(key, entity)
            for i in range(s, e):
                self._token_entity[i] = entity

    def _listed_companies(self) -> tuple[list[tuple[int, int]], set[int]]:
        """'Safaricom PLC (NSE: SCOM) today announced': a company named before its exchange
        and ticker in brackets. The capitalised words before the bracket are its name (the
        tagger often leaves them untagged and calls the ticker a place); the bracket names
        no one. Returns the names' bounds and the bracket's tokens."""
        toks = self.toks
        names: list[tuple[int, int]] = []
        brackets: set[int] = set()
        text = doc_text(self.doc)
        if "(" not in text or ":" not in text:
            return names, brackets  # (most articles: no ticker at all)
        for k in range(1, len(toks) - 4):
            if toks[k].text != "(" or toks[k + 2].text != ":" or toks[k + 4].text != ")" or not (
                toks[k + 1].text.lower() in load_words("quote_stock_exchanges.csv", "exchange")
                and toks[k + 3].text.replace(".", "").isupper()
            ):
                continue  # ('(PHOTO: FILE)' is a credit, no exchange and ticker)
            s = k
            while s > 0 and k - s < 5 and toks[s - 1].text[:1].isupper() and (
                toks[s - 1].is_alpha or toks[s - 1].text.endswith(".")
            ) and toks[s - 1].ent_type_ not in ("DATE", "TIME", "GPE", "LOC"):
                s -= 1
            if s < k:
                names.append((s, k))
            brackets |= set(range(k, k + 5))
        return names, brackets

    def _known_bodies(self) -> list[tuple[int, int]]:
        """Bodies of the actor gazetteers (``actors_orgs.csv``, ``igos.csv``) written in the
        article by a name of two words or more ('Human Rights Watch', 'Médecins Sans
        Frontières'), where no organisation entity already covers them: the small tagger
        often calls them people or splits them, and the gazetteer knows better."""
        doc, text = self.doc, doc_text(self.doc)
        out: list[tuple[int, int]] = []
        # a name set on the article's words starts with one of them: look only for the names
        # whose first word the article writes somewhere ('Human' of 'Human Rights Watch')
        by_first = _gazetteer_bodies_grouped()
        order = sorted(k for w in set(_WORD_RUN.findall(text)) | {""} for k in by_first.get(w, ()))
        bodies = _gazetteer_bodies_by_first()
        for phrase in (bodies[k][0] for k in order):  # (the gazetteer's order decides overlaps)
            at = text.find(phrase)
            while at >= 0:
                span = doc.char_span(at, at + len(phrase))
                at = text.find(phrase, at + len(phrase))
                if span is None or (span.root.ent_type_ == "ORG" and all(
                    t.ent_type_ == "ORG" for t in span
                )):
                    continue  # (tagged already: its bounds stand, 'Russian' + 'FSB' and all)
                if not any(s < span.end and span.start < e for s, e in out):
                    out.append((span.start, span.end))
        return out

    def _remit_bodies(self, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'The Embassy of the Russian Federation said', 'the Group for the Support of Islam
        and Muslims': a capitalised body noun followed by 'of', 'for' or 'to' and a
        capitalised remit is one body's name, which the small tagger leaves untagged or
        splits (tagging only the country inside). The remit runs over capitalised words
        joined by 'of', 'for', 'and', 'the' and possessives; it stops before 'in' (a seat,
        not the name) and before any lower-case word."""
        toks, n = self.toks, len(self.toks)
        heads = self.lex.bodies | kind_nouns()
        out: list[tuple[int, int]] = []
        for t in (toks[k] for k in tokens_where(self.doc, "lemma", lambda w: w.lower() in heads)):
            if not (t.is_title and t.pos_ == "PROPN" and t.lemma_.lower() in heads) or (
                t.i + 2 >= n or toks[t.i + 1].lower_ not in ("of", "for", "to")
            ) or (t.ent_type_ and not self._lone_tagged_head(t)):
                continue  # (a body the tagger found keeps the bounds it was given)
            s = t.i
            while s > 0 and toks[s - 1].is_title and toks[s - 1].pos_ == "PROPN" and (
                toks[s - 1].lower_ not in DETS and not toks[s - 1].is_sent_start
                and not toks[s - 1].ent_type_
            ):
                s -= 1
            e, k = t.i + 1, t.i + 1
            while k < n:
                if toks[k].lower_ in ("of", "for", "to", "and", "the") or toks[k].tag_ == "POS":
                    k += 1
                    continue
                if toks[k].is_title and toks[k].pos_ == "PROPN":
                    k += 1
                    e = k
                    continue
                break
            if e <= t.i + 1 or any(a < e and s < b for a, b in taken + out):
                continue
            out.append((s, e))
        return out

    def _lone_tagged_head(self, t: Token) -> bool:
        """Is ``t`` a body noun the tagger tagged alone as an organisation ('The Al-Qaeda-linked
        [Group] for the Support of Islam and Muslims', the remit read as two peoples; 'the
        [jihadist Group]', with a lower-case description before it)? Then the tag holds the
        name's head only, and the remit after it is still the name's."""
        toks = self.toks
        if t.ent_type_ != "ORG" or (t.i + 1 < len(toks) and toks[t.i + 1].ent_iob_ == "I"):
            return False
        k = t.i  # the tag's first token; what comes before the head must be no name
        while k > 0 and toks[k].ent_iob_ == "I":
            k -= 1
        return all(w.is_lower or w.lower_ in DETS for w in toks[k : t.i])  # ("The jihadist Group")

    def _epithet_token(self, i: int) -> bool:
        """Is token ``i`` a word of a name in marks a naming verb gives ('Doc Dusty')?"""
        tok = self.toks[i]
        if not tok.is_title or tok.is_quote or not any(
            t.is_quote for t in self.toks[max(0, i - 3) : i]
        ):
            return False
        s = i
        while s > 0 and self.toks[s - 1].is_title and not self.toks[s - 1].is_quote and i - s < 3:
            s -= 1
        e = i + 1
        while e < len(self.toks) and self.toks[e].is_title and e - i < 3:
            e += 1
        return self._epithet_at(s, e)

    def _epithet_at(self, s: int, e: int) -> bool:
        """Is a name in marks one a naming verb gives someone ('Dan - nicknamed "Doc
        Donny" by his comrades')? It is no one else, so no pronoun points to it."""
        toks = self.toks
        if s < 2 or e >= len(toks) or not toks[s - 1].is_quote or not (
            toks[e].is_quote or toks[e - 1].is_quote  # (the tagger may take the mark in)
        ):
            return False
        verb = toks[s - 2]
        if verb.lower_ == "as" and s >= 3:
            verb = toks[s - 3]  # 'known as "Roy"'
        return epithet_verbs().get(verb.lemma_.lower(), False)  # 'known as "Abu Hamza"' names
        # the speaker: no epithet

    def _spelt_by_acronym(self, s: int, e: int) -> int:
        """End of a body's name that goes on past a preposition to the place its short name
        spells: 'United Nations Interim Force' + 'in Lebanon (UNIFIL)', tagged without the
        place. Only when the initials of the longer name, 'in' too, are the bracketed ones."""
        toks = self.toks
        k = e
        if k + 1 >= len(toks) or toks[k].lower_ not in ("in", "for", "of", "on") or not (
            toks[k + 1].is_title
        ):
            return e
        k += 1
        while k < len(toks) and toks[k].is_title and k - e < 5:
            k += 1
        if k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")":
            return e
        short = toks[k + 1].text.lower()
        initials = "".join(t.text[0].lower() for t in toks[s:k] if t.is_alpha)
        return k if short == initials else e

    def _country_tail_body(self, ent: Span) -> tuple[int, int] | None:
        """Bounds of a body whose name ends in a country the tagger took alone: "Alzheimer's
        Research UK", 'US Forces Korea', 'Elections Canada'. The words before the country
        are capitalised common nouns the parse hangs on it as compounds (an owner's
        possessive may open the name)."""
        toks = self.toks
        s = ent.start
        if ent.label_ != "GPE" or len(ent) != 1 or country_of_word(ent.text) is None or s == 0:
            return None
        prev = toks[s - 1]
        if not (prev.is_title and prev.pos_ == "PROPN" and prev.dep_ == "compound"
                and prev.head.i == s and common_word(prev.lower_) and (
                    not prev.is_sent_start or toks[s].dep_ in ("nsubj", "nsubjpass")
                )):  # ('Energy UK, which represents suppliers, warned': the subject's name)
            return None
        k = s - 1
        while k > 0 and toks[k - 1].dep_ in ("compound", "poss", "case") and (
            toks[k - 1].is_title or toks[k - 1].is_upper or toks[k - 1].tag_ == "POS"
        ) and toks[k - 1].head.i in (k, s) or (k > 1 and toks[k - 1].tag_ == "POS"):
            k -= 1
        return k, ent.end

    def _first_words(self) -> set[str]:
        """Folded first words of the bodies named so far with more than one word (kept up
        to date as the article's names are read)."""
        if self._first_seen != len(self.people):
            self._first_cache = {
                fold(e.name.split()[0]) for e in self.people.values()
                if not e.is_person and " " in e.name
            }
            self._first_seen = len(self.people)
        return self._first_cache

    def _body_by_first(self, key: str) -> Person | None:
        """'Northgate said' after 'Northgate Bank Plc', 'Coral Trust' after 'Coral Trust
        Bank': a company called later by the first words of its name, the rest of which is
        only what it does and its legal form. Not a place ('Kenya' is no 'Kenya Power')."""
        if country_of_word(key) is not None or key in gazetteer_places() or key in _known_orgs():
            return None  # ('Shell' after 'Shell Energy Ltd' is the parent the tables know)
        short = key.split()
        n = len(short)
        if not short or short[0] not in self._first_words():
            return None
        for entity in self.people.values():
            words = entity.name.split()
            if entity.is_person or entity.place or len(words) <= n or [
                fold(w) for w in words[:n]
            ] != short:
                continue
            rest = [w.lower().rstrip(".,") for w in words[n:]]
            if all(w in self.lex.org_suffixes or w in self.lex.companies for w in rest):
                return entity  # ('Northgate Bank', 'Northgate Bank Plc'; not 'Amazon Web
                # Services Inc' for 'Amazon', a business of its own)
        return None

    def _party_member(self, s: int, e: int) -> bool:
        """Is a capitalised run a party or group word and a member's letters ('a senior
        Liberal MP', 'the SNP MSP')? A description, not a name."""
        last = self.toks[e - 1].text.replace(".", "").lower()
        if e - s != 2 or last not in self.lex.postnominals:
            return False
        first = self.toks[s]
        return common_word(first.lower_) or first.is_upper or first.ent_type_ in ("NORP", "ORG")

    def _surname_run(self, span: Span) -> Person | None:
        """The person whose full name ends in these words: 'Reyes-Abad says' tagged a body
        after 'Dr. Carmela Reyes-Abad', a two-part surname the tagger read as a firm."""
        if len(span) > 3 or not all(t.is_title or name_hyphen(t) for t in span):
            return None
        holder = self._surname.get(fold(span[-1].text))
        if holder is None or not holder.is_person:
            return None
        full, tail = fold(holder.name), fold(span.text)
        return holder if full != tail and full.endswith(" " + tail) else None

    def _retyped(self, ent: Span) -> tuple[bool, tuple[int, int]] | None:
        """An entity the small tagger typed or bounded wrongly in one of the ways news copy
        shows often, as (is a person, bounds of the name), else None:
        - 'news agency Agencia Brasil', 'broadcaster Rustavi' tagged a person: an outlet;
        - 'The Embassy said' with 'Embassy' tagged a person: the body, with its seat;
        - 'Helen Okafor KC' tagged a place: the person, without the post-nominal;
        - 'Maureen, 71' tagged a date: the person;
        - 'Minister for [the Middle East Hamish Falconer]' tagged a region: the holder;
        - 'South Yorkshire Fire' + 'and' + 'Rescue': one body across the 'and'."""
        doc = self.doc
        toks = self.toks
        if ent.start > 0 and toks[ent.start - 1].lower_ in self.lex.outlet_words and (
            toks[ent.start - 1].is_lower and ent.label_ == "PERSON"
        ):
            return False, self._bounds(ent, False)
        if ent.start > 0 and len(ent) <= 2 and ent.label_ in ("PERSON", "ORG") and (
            toks[ent.start - 1].is_lower and (
                toks[ent.start - 1].head.i in range(ent.start, ent.end)
                or (ent.root.dep_ == "appos" and ent.root.head.i == ent.start - 1)
            )  # ('of the group Huellas Libres', the name apposed to the noun)
            and (toks[ent.start - 1].lemma_.lower() in self.lex.bodies
                 or toks[ent.start - 1].lemma_.lower() in kind_nouns())
        ):  # 'Trade union federation Cosatu': the federation, whatever the tag
            return False, self._bounds(ent, False)
        if len(ent) <= 2 and ent[-1].lemma_.lower() in self.lex.bodies and (
            ent[-1].is_title and ent.label_ == "PERSON"
        ):
            return False, self._seated(ent.end - 1)
        if len(ent) == 1 and ent.label_ == "PERSON" and ent.start > 0 and (
            toks[ent.start - 1].lower_ == "the" and ent[0].is_title
            and ent[0].lower_ not in self.lex.titles and not self.role_word(ent[0])
            and not any(  # (a word used alone as a name elsewhere is a surname after all)
                t.text == ent[0].text and t.ent_type_ == "PERSON" and t.i > 0
                and toks[t.i - 1].lower_ != "the" for t in doc
            )
        ):  # 'an interview with the Inquirer' tagged a person: no one's name takes 'the'
            return False, (ent.start, ent.end)
        if len(ent) >= 3 and ent[-1].lemma_.lower() in self.lex.bodies and (
            ent[-1].is_title and ent.label_ == "PERSON"
            and fold(ent[0].text) not in self.lex.first_names
        ):  # 'the UN-backed Gang Suppression Force' tagged a person ('Margaret Court' stays)
            return False, self._bounds(ent, False)
        if len(ent) >= 3 and ent[-1].text.replace(".", "").lower() in self.lex.postnominals and (
            self._name_shaped(Span(doc, ent.start, ent.end - 1, label="ORG"))
        ):
            return True, self._bounds(Span(doc, ent.start, ent.end - 1, label="PERSON"), True)
        named = self._aged_name(ent) or self._named_after_remit(ent)
        if named is not None:
            return True, named
        joined = self._joined_body(ent)
        return (False, joined) if joined is not None else None

    def _namesake_by_title(self, title: Token, surname: str, entity: Person) -> Person:
        """'Mrs Hartley' in a story about Jayden Hartley and his mother Donna Hartley: when
        the first-named person of the surname has a given name of the other gender, the one
        of the people sharing it whose given name has the courtesy title's gender;
        ``entity`` (the first named) when the title or the given names tell nothing (a
        mother whose name the list lacks keeps 'Mrs X' from a daughter whose name it has)."""
        gender = self.lex.gender.get(title.lower_) if title.lower_ in _TITLES else None
        if gender is None:
            return entity
        sharing = [
            p for p in self.people.values()
            if p.is_person and len(words := name_words(p.name)) > 1
            and fold(words[-1]) == surname
        ]
        given = self.lex.first_names.get(fold(name_words(entity.name)[0]))
        if given is None or given == gender:
            return entity  # only a first-named person whose given name says otherwise yields
        matching = [
            p for p in sharing if self.lex.first_names.get(fold(name_words(p.name)[0])) == gender
        ]
        return matching[0] if len(matching) == 1 else entity

    def _own_body_run(self, tok: Token, known: Person | None) -> Person | None:
        """'The Premier Soccer League said' after 'the Hollywoodbets Super League': a kind
        noun closing a capitalised run the tagger left untagged names the body of that run,
        not the body whose name merely ends with the same noun. None when the run is part
        of the known body's name, or is no run at all."""
        if tok.lemma_.lower() not in kind_nouns() or tok.lemma_.lower() in self.lex.bodies:
            return None  # (a ministry or a government has its own rules: a country before it)
        doc = self.doc
        toks = self.toks
        s = tok.i
        while s > 0 and toks[s - 1].pos_ in ("PROPN", "NOUN") and (
            toks[s - 1].is_title or toks[s - 1].is_upper  # ('Leeds Teaching' read as a noun)
        ) and not toks[s - 1].ent_type_ and toks[s - 1].dep_ == "compound":
            s -= 1
        if s == tok.i:
            return None
        key = fold(doc[s : tok.i + 1].text)
        if known is not None and name_words(fold(known.name))[-(tok.i + 1 - s) :] == (
            name_words(key)
        ):
            return known  # 'Rural Fire Service' of the 'NSW Rural Fire Service' named before
        return self._unit_body(s, tok.i + 1)

    def _bare_office(self, ent: Span) -> bool:
        """'says Solicitor General' or 'the Taoiseach' tagged a body or a person: an office
        written without its holder's name is no name of its own; the cast finds the holder
        by the role ('Solicitor General Tushar Mehta' further down). A body noun ('the
        National Police') keeps its entity."""
        return ent.label_ in ("ORG", "PERSON") and all(
            t.is_title and self.role_word(t) and t.lemma_.lower() not in self.lex.bodies
            for t in ent
        )

    def _common_word_tagged(self, ent: Span) -> bool:
        """'Turnout in last year's elections was about 13%' with 'Turnout' tagged a person:
        one word opening its sentence, read as a common noun by the tagger, a noun of the
        language, the subject of no speech verb and written nowhere else in the article,
        names no one. ('Reyes said' speaks; a real name comes back: 'Mr Reyes'.)"""
        tok = ent[0]
        if len(ent) != 1 or ent.label_ != "PERSON" or not tok.is_sent_start:
            return False
        if tok.pos_ != "NOUN" or tok.lower_ not in common_nouns():
            return False
        if fold(tok.text) in self.lex.first_names or tok.head.lemma_.lower() in self.lex.indirect:
            return False
        return len(tokens_of(self.doc, "text", tok.text)) == 1

    def _aged_name(self, ent: Span) -> tuple[int, int] | None:
        """'Maureen, 71, who has used the library for 40 years, told our reporter', with
        'Maureen, 71' tagged a date: capitalised proper nouns, a comma and an age are a
        person's name and age; the name is the person."""
        if ent.label_ != "DATE" or len(ent) < 3 or not ent[-1].like_num or ent[-2].text != ",":
            return None
        words = ent[:-2]
        if len(words) > 3 or not all(
            t.pos_ == "PROPN" and t.is_title and not self.role_word(t) for t in words
        ):
            return None
        if fold(words[0].text) in _months():
            return None  # 'March 3, 2024'
        return words.start, words.end

    def _named_after_remit(self, ent: Span) -> tuple[int, int] | None:
        """'Minister for the Middle East Hamish Falconer' with the remit and the name tagged
        as one place: after an office ('Minister for', 'Envoy to'), a known given name inside
        a place or body entity starts the holder's name, which runs to the entity's end."""
        doc = self.doc
        toks = self.toks
        if ent.label_ not in ("LOC", "GPE", "ORG", "FAC") or len(ent) < 3:
            return None
        end = ent.end
        if end < len(doc) and toks[end - 1].head.i == end and toks[end].pos_ == "PROPN" and (
            toks[end].is_title and not toks[end].ent_type_
        ):
            end += 1  # 'National Assembly Speaker Moses' tagged a body, 'Wetang'ula' left out
        for k in range(ent.start + 2, end - 1):
            # 'Office of Emergency Management Administrator Rosa Villareal' tagged one body:
            # a title inside it, then a known given name, starts the holder's name
            title, rest = toks[k - 1], doc[k:end]
            if title.is_title and (title.lower_ in self.lex.titles or self.role_word(title)) and (
                fold(toks[k].text) in self.lex.first_names
            ) and len(rest) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in rest):
                return k, end
        j = ent.start - 1
        if j < 1 or toks[j].lower_ not in ("for", "of", "to", "and") or not (
            self.role_word(toks[j - 1]) or self._remit_after_office(j)
        ):
            return None
        for k in range(ent.start + 1, ent.end - 1):
            rest = doc[k : ent.end]
            given = fold(toks[k].text) in self.lex.first_names or (
                ent.label_ == "LOC" and len(rest) == 2  # a region runs on into no name
            ) or (  # '... and [Ocean Resources] Ramalingam Chandrasekar': the remit's words
                # are words of the language, the name's first word is none
                all(self._office_word(t) for t in doc[ent.start : k])
                and not self._office_word(toks[k]) and not common_word(toks[k].lower_)
            )
            if given and len(rest) <= 3 and all(
                t.pos_ == "PROPN" and t.is_title for t in rest
            ):
                return k, ent.end
        return None

    def _remit_after_office(self, j: int) -> bool:
        """Does the connector at ``j`` continue a long remit that goes back to an office
        ('Minister of Fisheries and Aquatic and' + ...), through capitalised words and
        connectors only, within a dozen words?"""
        toks = self.toks
        for b in range(j - 1, max(j - 12, -1), -1):
            t = toks[b]
            if self.role_word(t):
                return t.is_title
            if not (t.is_title or t.lower_ in ("of", "for", "and", "&", ",", "the", "on")):
                return False
        return False

    def _given_in_office_before(self, s: int) -> bool:
        """'Minister of Commerce, Industry and Investment Promotion Qais' + 'bin Mohammed Al
        Yousef': the tagger often ends an office's entity on the given name after it. The
        last word of a body's entity right before a person, written like a name and no
        word of the language (a remit is one: 'Promotion', 'Cooperation'), nor a title or
        courtesy word, is the person's given name."""
        toks = self.toks
        if s < 2:
            return False
        tok = toks[s - 1]
        return tok.ent_type_ == "ORG" and tok.ent_iob_ == "I" and tok.is_title and (
            tok.pos_ == "PROPN" and tok.is_alpha and not common_word(tok.lower_)
            and tok.lower_ not in self.lex.titles and tok.lower_ not in self.lex.roles
            and not is_honorific(tok) and tok.lower_ not in self.lex.bodies
            and toks[s].ent_iob_ == "B"
        )

    def _abbreviated_given_before(self, s: int) -> bool:
        """Does a name starting at ``s`` follow an abbreviated given name ('Ma.' for María
        in Filipino names, 'Wm.', 'Chas.'), which the tokenizer splits from its stop (and
        the parser often ends a sentence at)? See ``quote_given_abbreviations.csv``."""
        toks = self.toks
        if s < 2 or toks[s - 1].text != "." or toks[s - 2].whitespace_:
            return False
        tok = toks[s - 2]
        return tok.is_title and tok.lower_ in _given_abbreviations()

    def _before_letters(self, s: int, e: int) -> int:
        """End of the name ``s:e`` without the letters and honours written after it
        ('QC', 'SC', 'MP', ``quote_postnominals.csv``); a name keeps two words at least."""
        while e - s > 2 and self.toks[e - 1].text.replace(".", "").lower() in (
            self.lex.postnominals
        ):
            e -= 1
        return e

    def _initial_before(self, s: int) -> bool:
        """Does a name starting at ``s`` follow its bearer's first initial ('D. John Sauer',
        'F. Scott Fitzgerald'), which the tagger left out of the name (or called a group)?
        Only after the start of a sentence, punctuation, a lower-case word or a title."""
        toks = self.toks
        if s < 1 or not _INITIAL.fullmatch(toks[s - 1].text) or toks[s - 1].ent_type_ == "PERSON":
            return False
        if s < 2:
            return True
        before = toks[s - 2]
        return before.is_punct or before.is_space or before.is_lower or (
            before.lower_ in self.lex.titles or self.role_word(before)
        )

    def _clock_zone(self, ent: Span) -> bool:
        """'21.47 GMT' in a live blog, with 'GMT' tagged a body: capitals right after a
        clock time are its time zone, no organisation, and so is an entity they open
        ('21:58 BST - CFO on margins': the stamp and its heading)."""
        tok = ent[0]
        if _is_clock(tok) and any(
            t.text in ("-", "\u2013", "\u2014") for t in ent[1:4]
        ):
            return True  # '18:40 WIB - Prabowo' tagged one person: a stamp and its heading
        return (len(ent) == 1 or ent[1].text in ("-", "\u2013", "\u2014")) and (
            tok.is_upper
        ) and tok.i > 0 and _is_clock(self.toks[tok.i - 1])

    def _camel_brands(self) -> None:
        """'British budget airline easyJet said', 'eBay said': a brand written with a small
        first letter and a capital inside is a company's name, which the tagger seldom
        tags; registered, 'The airline said' after it finds it too."""
        for tok in (self.toks[k] for k in tokens_where(self.doc, "text", _CAMEL.fullmatch)):
            known = self._token_entity.get(tok.i)
            if known is not None and known.is_person and known.name == tok.text:
                known.is_person = False  # tagged a person: a brand is a company
            if known is None:
                entity = self.people.setdefault(fold(tok.text), Person(tok.text, False))
                self._token_entity[tok.i] = entity

    def _described_outlets(self) -> None:
        """Outlets introduced by what they are: 'newspaper The Statesman', 'broadcaster The
        Voice', 'the daily The Nation'. An outlet word right before a capitalised 'The' and
        capitalised words is a title with its own article, which the tagger reads as a place,
        a people ('Hindu'), a date ('daily') or nothing. The outlet is named as written, with
        its 'The', and the descriptor and the title both stand for it, so whichever word the
        parser makes the subject of 'reported' gives the outlet."""
        doc = self.doc
        toks = self.toks
        for tok in (toks[k] for k in tokens_in(doc, "lower", self.lex.outlet_words)):
            i = tok.i
            if i + 2 >= len(doc):
                continue
            the = toks[i + 1]
            if the.text != "The" or the.is_sent_start or not tok.whitespace_:
                continue
            e = i + 2
            while e < len(doc) and e - i - 2 < 4 and toks[e].is_title and toks[e].is_alpha and (
                toks[e].pos_ in ("PROPN", "NOUN", "ADJ")
            ):
                e += 1
            if e == i + 2 or any(k in self._token_entity for k in range(i, e)):
                continue
            name = doc[i + 1 : e].text
            key = fold(doc[i + 2 : e].text)
            entity = self.people.get(key) or self.people.setdefault(key, Person(name, False))
            for k in range(i, e):
                self._token_entity[k] = entity

    def _office_of_next(self, s: int, e: int) -> bool:
        """Is this 'organisation' an office held by the person named right after it ('the
        Minister of Foreign Affairs of the Federal Democratic Republic of Ethiopia, H.E. Dr.
        Gedion Timothewos')? An office is headed by a title word, not a body noun; its
        words become that person's role and point to the person, so 'the Minister said'
        later finds the holder rather than a body called 'Minister of ...'."""
        doc = self.doc
        toks = self.toks
        # the head is the word before the remit ('Union [Minister] of Commerce')
        head = next((toks[i - 1] for i in range(s + 1, e) if toks[i].lower_ in ("of", "for")),
                    toks[e - 1])
        if head.lower_ not in self.lex.titles or head.lemma_.lower() not in self.lex.roles or (
            head.lemma_.lower() in self.lex.bodies
        ):
            return False  # 'National Coalition for Men' is headed by no office
        if e >= len(doc):
            return False
        k = e + 1
        if toks[e].text != ",":
            # '... of Commerce' + 'and Industry Shri Piyush Goyal': the rest of the remit
            k = e
            while k < len(doc) and k < e + 4 and (
                toks[k].lower_ == "and" or (toks[k].is_title and self._office_word(toks[k]))
            ):
                k += 1
            if k == e or k >= len(doc) or not (
                toks[k].lower_ in _TITLES or is_honorific(toks[k])
            ):
                return False
        while k < len(doc) and k < e + 8 and (
            toks[k].lower_ in _TITLES or is_honorific(toks[k])
            or (toks[k].text.endswith(".") and len(toks[k].text) <= 5)
        ):
            k += 1  # honorifics: 'H.E.', 'Dr.', 'Hon.', 'Shri'

        last = k
        while last + 1 < len(doc) and toks[last + 1].pos_ == "PROPN" and toks[last + 1].is_title:
            last += 1
        if k >= len(doc) or toks[k].pos_ != "PROPN":
            return False
        person = self._token_entity.get(last) or self.entity_at(toks[last])
        if person is None or not person.is_person:
            return False
        honorific = all(
            w.lower() in self.lex.titles or w.lower() in _TITLES
            for w in (person.role or "").split()
        )  # 'H.E. Dr.' says how to address the person, not what they do
        if honorific:
            person.role = doc[s:e].text
        for i in range(s, e):
            self._token_entity[i] = person
        return True

    def _join_particles(self, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'Sheikh Mohammed bin Abdulrahman' + 'Al Thani' tagged as two people: names that
        touch or overlap where a particle ('bin', 'Al', 'de', 'van') joins them are one
        long name, so the speaker is the whole of it, not its last part."""
        toks = self.toks
        out: list[tuple[int, int]] = []
        for s, e in sorted(persons):
            if out and out[-1][0] < s <= out[-1][1] and e > out[-1][1] and any(
                toks[k].lower_ in _particles() for k in range(max(s - 1, 0), out[-1][1] + 1)
            ):
                out[-1] = (out[-1][0], e)
                continue
            out.append((s, e))
        return out

    def _undated(self, ent: Span) -> tuple[Span, bool]:
        """An entity that swallowed the dateline before it ('MEXICO CITY - Marcelo Ebrard
        has spent ...' tagged as one place): the capitals opening the paragraph up to the
        dash are where the story was filed; the name starts after the dash. Returns the
        entity without its dateline and whether one was cut."""
        doc = self.doc
        toks = self.toks
        s = ent.start
        if not (s == 0 or (toks[s - 1].is_space and "\n" in toks[s - 1].text)):
            return ent, False
        k = s
        while k < ent.end and toks[k].is_upper and len(toks[k].text) > 1:
            k += 1
        if k == s or k + 1 >= ent.end or toks[k].text not in ("-", "\u2014", "\u2013", "--") or (
            not toks[k - 1].whitespace_ or not toks[k].whitespace_
        ):  # 'ABS-CBN Corporation' is one name: a dateline's dash stands apart
            return ent, False
        return Span(doc, k + 1, ent.end, label=ent.label_), True

    def _unfronted(self, ent: Span) -> tuple[Span, bool]:
        """An entity that swallowed the place of a fronted phrase ('At Torkham, Ziaul Haq
        Sarhadi, a senior official, told Reuters' tagged as one body): a comma inside the
        entity, after one or two capitalised words that a preposition governs, ends the
        phrase; the name starts after it. Returns the rest and whether a place was cut."""
        doc = self.doc
        toks = self.toks
        s, e = ent.start, ent.end
        if ent.label_ == "PERSON" or s == 0 or toks[s - 1].pos_ != "ADP":
            return ent, False
        comma = next((k for k in range(s + 1, min(s + 3, e - 2)) if toks[k].text == ","), None)
        if comma is None or not all(t.pos_ == "PROPN" and t.is_title for t in doc[s:comma]):
            return ent, False
        return Span(doc, comma + 1, e, label=ent.label_), True

    def _unprefixed(self, ent: Span) -> Span:
        """'Fianna Fáil TD Séamus Ó Briain' tagged as one person: a member's letters or a
        title inside a person's entity, with a name of two or more words after it, end what
        is the person's description; the name starts after them ('Labour TD Séamus Ó Briain'
        is read that way already, the party apart from the name)."""
        if ent.label_ != "PERSON" or len(ent) < 4:
            return ent
        toks = self.toks
        for k in range(ent.end - 3, ent.start, -1):
            tok = toks[k]
            if tok.is_upper and tok.text.replace(".", "").lower() in self.lex.postnominals and (
                all(t.is_title and t.pos_ == "PROPN" for t in toks[k + 1 : ent.end])
            ):
                return Span(self.doc, k + 1, ent.end, label=ent.label_)
        return ent

    def _undashed(self, ent: Span) -> Span:
        """'By Jane Roe - Reporter at Agência Brasil - Antalya' tagged 'Agência Brasil -
        Antalya' as one person: a dash standing apart between words ends the name (a
        hyphen inside a name has no spaces); what follows is a place or a role. So does the
        slash of a photo credit ('Photo: Joana Lins/Agência Brasil')."""
        toks = self.toks
        for k in range(ent.start + 1, ent.end - 1):
            if toks[k].text == "/" or (
                toks[k].text in ("-", "\u2013", "\u2014") and toks[k - 1].whitespace_
                and toks[k].whitespace_
            ):
                return Span(self.doc, ent.start, k, label=ent.label_)
        return ent

    def _holder_after_body(self, ent: Span) -> int | None:
        """'Head of the Foreign Policy Department of the Presidential Administration Hikmet
        Hajiyev said' tagged the body and the name as one organisation: two or three
        capitalised words after the body noun that ends the title, right before a verb, are
        the holder's name. Returns where the name starts."""
        toks = self.toks
        if ent.label_ != "ORG" or ent.end >= len(toks) or toks[ent.end].pos_ not in (
            "VERB", "AUX"
        ):
            return None
        for size in (2, 3):
            k = ent.end - size
            if k - 1 <= ent.start:
                return None
            body = toks[k - 1]
            name = toks[k : ent.end]
            if body.is_title and body.lemma_.lower() in self.lex.bodies and all(
                t.pos_ == "PROPN" and t.is_title and t.lemma_.lower() not in self.lex.bodies
                and not common_word(t.lower_)  # ('Task Force' + 'Operation Inherent Resolve')
                for t in name
            ):
                return k
        return None

    def _unjoined(self, ent: Span) -> Span:
        """'Landau told the committee the department would ...' tagged 'the committee the
        department' as one body: an article inside a name right after a noun opens a second
        noun phrase (a name's own 'the' follows 'of' or 'and': 'Bank of the South'), so the
        name ends before it."""
        toks = self.toks
        for k in range(ent.start + 1, ent.end - 1):
            if toks[k].lower_ == "the" and toks[k].is_lower and (
                toks[k - 1].pos_ in ("NOUN", "PROPN")
            ):
                return Span(self.doc, ent.start, k, label=ent.label_)
        return ent

    def _unzoned(self, ent: Span) -> Span:
        """'Around 3pm AEST ASIC said' tagged 'AEST ASIC': the capitals right after a clock
        time are its zone, so the name starts after them ('At 10:30am ET OPEC said')."""
        tok = ent[0]
        if len(ent) > 1 and tok.is_upper and tok.i > 0 and _is_clock(self.toks[tok.i - 1]) and (
            ent[1].text not in ("-", "\u2013", "\u2014")
        ):
            return Span(self.doc, ent.start + 1, ent.end, label=ent.label_)
        return ent

    def _dated_person(self, ent: Span) -> bool:
        """Is the name left after a dateline a person's? The tag it shares with the dateline
        says nothing; a known given name does, and so do two or three capitalised words
        acting as the subject ('MEXICO CITY - Marcelo Ebrard has spent ...')."""
        if fold(ent[0].text) in self.lex.first_names:
            return True
        return 2 <= len(ent) <= 3 and ent.root.dep_ in ("nsubj", "nsubjpass") and all(
            t.pos_ == "PROPN" and t.is_title and not self.role_word(t)
            and t.lemma_.lower() not in self.lex.bodies for t in ent
        )

    def _prefer_first_named(self, first_named: dict[str, tuple[int, int]]) -> None:
        """A bare surname shared by relatives ('Vanderbilt' with 'Gloria Vanderbilt' and 'Her
        father, Reginald Claypoole Vanderbilt') is the person the article named first: news
        introduces its subject before the family around them. Names are indexed longest first,
        so without this the longer (later) relative's name would take the surname."""
        for surname, (s, _) in first_named.items():
            entity = self._token_entity.get(s)
            if entity is not None and entity.is_person:
                self._surname[surname] = entity

    def _headed_body(self, key: str) -> Person | None:
        """The one organisation of the article whose name holds this body noun ('the Court'
        -> 'Supreme Court of Puerto Rico'); with two candidates it stays unresolved."""
        found = [
            p for p in self.people.values()
            if not p.is_person and not p.place and len(w := name_words(p.name)) > 1 and key in w
        ]
        return found[0] if len(found) == 1 else None

    def _first_conjunct(self, s: int, e: int) -> int:
        """'the Union of Montana and Native American Rights Fund' tagged as one organisation:
        two bodies, each headed by a body noun, joined by 'and'; the first one is named (and
        speaks). 'Food and Agriculture Organization' or 'Court of England and Wales' stay whole:
        their part before 'and' is not a body."""
        doc = self.doc
        toks = self.toks
        for k in range(s + 1, e - 2):
            if toks[k].lower_ != "and":
                continue
            left, right = doc[s:k], doc[k + 1 : e]
            if any(t.text == "," for t in left):
                continue  # 'Ministry of Housing, Communities and Local Government': one remit list
            if right[-1].lemma_.lower() in self.lex.bodies and any(
                t.lemma_.lower() in self.lex.bodies and t.text[:1].isupper() for t in left
            ) and left[-1].pos_ == "PROPN":
                return k
        return e

    def _inverted_body(self, key: str) -> Person | None:
        """'State Department' after 'United States Department of State': a body noun with its
        remit before it names the body the article gave as '<noun> of <remit>'."""
        words = name_words(key)
        if len(words) < 2 or words[-1] not in self.lex.bodies:
            return None
        run = [words[-1], "of", *words[:-1]]
        n = len(run)
        found = []
        for p in self.people.values():
            w = name_words(p.name)
            if not p.is_person and not p.place and any(
                w[k : k + n] == run for k in range(len(w) - n + 1)
            ):
                found.append(p)
        return found[0] if len(found) == 1 else None

    def _variant_body(self, key: str) -> Person | None:
        """'Emergencies Ministry' after 'Emergency Situations Ministry', 'Defense Ministry'
        after 'Defence Ministry': a shorter body name with the same body noun at its head
        whose other words are spelling or inflection variants (a shared stem of five
        letters) of words of the longer name; only a single candidate counts."""
        words = name_words(key)
        if len(words) < 2 or words[-1] not in self.lex.bodies:
            return None
        found = []
        for p in self.people.values():
            w = name_words(p.name)
            if p.is_person or p.place or len(w) < len(words) or w[-1] != words[-1] or w == words:
                continue
            if all(len(a) >= 5 and any(b[:5] == a[:5] for b in w[:-1]) for a in words[:-1]):
                found.append(p)
        return found[0] if len(found) == 1 else None

    def _apposed_role(self, head: Token) -> str | None:
        """The office set off after a name ('X, spokesman for the army delegation,'): its
        text, '' when the apposition names nothing to keep, None when there is none."""
        doc = self.doc
        toks = self.toks
        for child in head.children:
            if child.dep_ == "appos" and child.ent_type_ != "PERSON":
                sub = list(child.subtree)
                j = sub[-1].i + 1
                while j + 1 < len(doc) and name_hyphen(toks[j]) and (
                    toks[j].head.i == head.i and toks[j + 1].head.i == head.i
                ):  # 'X, Vice-President of the Chamber,' with each part hung on the name
                    sub += [toks[j], *toks[j + 1].subtree]
                    j = sub[-1].i + 1
                if all(t.is_punct or t.text.replace(".", "").lower() in self.lex.postnominals
                       for t in sub):
                    continue  # 'Aden Duale, EGH, said': honours after a name are no role
                if any(t.lower_ == "whose" for t in sub):
                    continue  # 'Kamla Devi, whose son Ravi died': the son's, read as apposed
                own = self._token_entity.get(head.i)
                if own is not None and any(
                    t.i != head.i and self._token_entity.get(t.i) is own for t in sub
                ):
                    continue  # '"Kelvin" - Justice for Kelvin -': a slogan naming him again
                while len(sub) > 2 and sub[1].text == "," and (
                    sub[0].text.replace(".", "").lower() in self.lex.postnominals
                ):  # 'Musalia Mudavadi, EGH, Prime Cabinet Secretary': honours set off first
                    sub = sub[2:]  # ('Mary Jones, MP for Bristol West': an office)
                cut = next((t.i for t in sub if t.i > sub[0].i and t.text == ","), None)
                if cut is not None:  # '..., the sister of X, in which she says ...'
                    sub = [t for t in sub if t.i < cut]
                kept = [t for t in sub if not (t.i == sub[0].i and t.lower_ in DETS)]
                text = doc[kept[0].i : sub[-1].i + 1].text if kept else ""
                if any(t.pos_ in ("NOUN", "PROPN") for t in sub):
                    return _strip_brackets(text)
        return None

    def _role_of(self, head: Token, start: int) -> str | None:
        """Role from pre-modifiers ('Kremlin spokesman') or an apposition ('..., the EU's ...')."""
        doc = self.doc
        toks = self.toks
        first = min(head.left_edge.i, start)
        seat = start - 1
        while seat > 0 and toks[seat].is_title and toks[seat].is_alpha and start - seat < 5:
            seat -= 1  # 'Member for Barron River' + 'Bree James': the seat is in the role
        if seat > 1 and toks[seat].lower_ == "the" and toks[seat - 1].lower_ == "of":
            seat -= 1  # 'Deputy Foreign Minister of the Russian Federation' + 'Sergei Ryabkov'
        if seat > 0 and toks[seat].lower_ == "for" and seat + 1 < start and (
            toks[seat - 1].lower_ in seat_titles()
        ):
            first = min(first, toks[seat - 1].left_edge.i)
        elif seat > 0 and toks[seat].lower_ == "of" and seat + 1 < start and (
            toks[seat - 1].is_title and self.role_word(toks[seat - 1])
            and head.head.i == seat and head.dep_ == "pobj"
        ):  # 'Inspector-General of Police' + 'Douglas Kanja': the name hangs on 'of'
            first = min(first, toks[seat - 1].left_edge.i)
        for k in range(first, start):
            other = self._token_entity.get(k)
            if toks[k].lower_ == "and" and k > first and self.role_word(toks[k - 1]) and (
                self.role_word(toks[k + 1]) or (k + 2 < len(toks) and self.role_word(toks[k + 2]))
            ) and not any(self._token_entity.get(j) for j in range(first, k)):
                continue  # 'Deputy Prime Minister and Foreign Minister X': two offices, one holder
            if toks[k].lower_ == "and" and k > first and k + 1 < start and (
                toks[k - 1].is_title and toks[k + 1].is_title
            ) and any(toks[j].lower_ in ("for", "of") and self.role_word(toks[j - 1])
                      for j in range(first + 1, k)):
                continue  # 'Minister for Road Transport and Highways X': one remit
            if toks[k].lower_ == "and" and k > first and k + 2 < start and (
                toks[k - 1].is_title and toks[k + 1].is_title and not self.role_word(toks[k - 1])
                and common_word(toks[k - 1].lower_) and common_word(toks[k + 1].lower_)
                and not any((e := self._token_entity.get(j)) is not None and e.is_person
                            for j in (k - 1, k + 1))
                and any(self.role_word(toks[j]) for j in range(k + 2, start))
            ):
                continue  # 'Business and Trade Secretary X': two remits of one office
            # (a mark ends one too: '"Order! Order!" bellowed Sir Lindsay' has no role)
            if toks[k].lower_ in ("and", "or", ",", ";", "|") or toks[k].is_quote or (
                toks[k].text in ("-", "--", "\u2013", "\u2014") and toks[k].whitespace_
            ) or (  # 'Mumbai, Nov 12 (PTI) Reserve Bank of India Governor X': so does an
                toks[k].text == ")" and k > first  # agency's bracketed dateline credit
                and toks[k - 1].lower_ in self.lex.relays
            ) or (  # 'Tehran, IRNA - Iran's Deputy Foreign Minister X': a dateline ends
                other is not None and other.is_person
                and other is not self._token_entity.get(start)
            ):
                first = k + 1  # 'Interior Minister Ana Ruiz and Finance Minister Ben Cole'
        # 'Minister of Foreign Affairs and Trade' + 'Nanaia Mahuta', parsed with the name
        # hanging on 'Trade' or on 'of': a remit joined by 'and' is still one office's
        first = min(first, self._remit_office_start(start))
        if first >= start:
            honoured = self._title_before_honorific(start)
            if honoured:
                return honoured
            # 'Minister Ana Ruiz' parsed as a modifier of another noun: the run of title words
            # right before the name
            k = start
            while k > 0 and (self.role_word(toks[k - 1]) and toks[k - 1].text[:1].isupper() and (
                k - 1 not in self._token_entity
            ) or (  # 'Deputy Prime Minister and Foreign Minister X': both offices are his
                k < start and k >= 2 and toks[k - 1].lower_ == "and"
                and self.role_word(toks[k - 2]) and toks[k - 2].text[:1].isupper()
            )):
                k -= 1
            if k == start:
                k = self._remit_office_start(start)
            first = k
        while first < start and (toks[first].lower_ in DETS or toks[first].is_punct and
                                 toks[first].text != "("):
            first += 1
        if first < start:
            stop = start
            while stop - 1 > first and (
                is_honorific(toks[stop - 1]) or self._context_title(stop - 1)
            ):
                stop -= 1  # 'Health Minister Dr John Smith': the courtesy title is no role
            if first >= 2 and toks[first - 1].lower_ in ("for", "to") and (
                self.role_word(toks[first - 2])
            ) and all(t.ent_type_ in PLACE or t.lower_ in region_words()
                      or country_of_word(t.text) is not None for t in doc[first:stop]):
                first = toks[first - 2].left_edge.i  # 'US senior adviser for Africa' + name
            words = doc[first:stop]
            if all(is_honorific(t) or self._context_title(t.i) or t.is_punct or (
                t.lower_ in ("his", "her") and t.i + 1 < start  # 'His Excellency X'
            ) for t in words):
                # 'the Cabinet Secretary for Health, Hon. Aden Duale': the honorific the
                # parse hung on the name is no role ('Mr.' alone is none); the office
                # before the comma is
                honoured = self._title_before_honorific(start)
                if honoured:
                    return honoured
            elif (
                any(t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.is_title) for t in words)
                or (  # 'LABOUR MP Darren Hollis' in tabloid capitals; not a dateline
                    all(t.is_upper or t.is_punct for t in words)
                    and (self.role_word(words[-1]) or words[-1].lower_ in self.lex.postnominals)
                )
                and not any(
                    t.ent_type_ == "PERSON" and not self.role_word(t) and not self._label_word(t)
                    for t in words
                )  # 'Tory Grandee' tagged with the name: labels, not another person
                and not all(t.lower_ in _TITLES for t in words)
            ) and words[-1].pos_ != "ADP" and not all(t.is_stop for t in words):
                # '- Justice for Kelvin -': a slogan, no role; 'Afterwards Mrs Badenoch told'
                # with the adverb tagged a proper noun: no role either
                role = _strip_brackets(words.text)
                if role and all(
                    t.lower_ in _military_ranks() for t in words if not t.is_punct
                ):  # 'Brigadier General X, spokesman for the army delegation,': the post too
                    post = self._apposed_role(head)
                    if post:
                        return f"{role}, {post}"
                return role or None
        apposed = self._apposed_role(head)
        if apposed is not None:
            return apposed or None
        honoured = self._title_before_honorific(start)
        if honoured:
            # 'Speaking at X Stadium, the Cabinet Secretary for Sports, Hon. Salim Mvurya,
            # said' with the name hung on the stadium: the office before the honorific
            return honoured
        noun = None
        if head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN") and (
            head.head.ent_type_ != "PERSON" and head.head.ent_type_ not in PLACE
            and not any(t.is_quote for t in doc[head.head.i : start])
        ):  # ('Tehran, IRNA - ... X says' with the name hung on the dateline's city; the
            # words in marks of '"Order! Order!" bellowed Sir X' are no office)
            noun = head.head
            later = [c for c in noun.conjuncts if noun.i < c.i < start]
            if later and start >= 2 and toks[start - 1].text == ",":
                # 'the Foreign Secretary and Jordan's Deputy Prime Minister and Minister of
                # Foreign Affairs, Ayman Safadi': the name goes with the offices nearest it
                nearest = min(later, key=lambda c: c.i)
                return _strip_brackets(doc[nearest.left_edge.i : start - 1].text) or None
        elif start >= 2 and toks[start - 1].text == "," and toks[start - 2].pos_ == "NOUN" and (
            toks[start - 2].lemma_.lower() in self.lex.roles or self.role_word(toks[start - 2])
        ):
            # 'the El Paso mayor, Dee Margo,' parsed without apposition; a fronted phrase
            # ('On regional matters, Mudavadi said') describes no one
            noun = toks[start - 2]
        if noun is not None:
            cut = max((t.i for t in noun.lefts if t.is_punct and t.text != "-" or (
                t.text == "-" and t.whitespace_
            )), default=-1)  # ('KYIV, Nov. 4 - The presidential spokesman, X': a dateline)
            left = [t for t in noun.lefts if t.lower_ not in DETS and not t.is_punct and t.i > cut]
            words_l = [t.text for t in left] + [noun.text]
            return _strip_brackets(" ".join(words_l)) or None
        return None

    def _plural_noun_end(self, e: int) -> bool:
        """Does a capitalised run end in the plural of a noun of the language ('Diaspora
        Affairs')? A surname that looks plural ('Ives') is no noun."""
        low = self.toks[e - 1].lower_
        return self.toks[e - 1].tag_ == "NNPS" and low.endswith("s") and low[:-1] in common_nouns()

    def _full_name_at(self, entity: Person) -> Span | None:
        """The first place the article writes a person's full name, tagged or not."""
        if " " not in entity.name:
            return None
        at = find_word(doc_text(self.doc), entity.name)
        return self.doc.char_span(at, at + len(entity.name)) if at >= 0 else None

    def _role_as(self, tok: Token) -> str | None:
        """'Ngozi Okonjo-Iweala has spent much of her second term as director-general of
        the World Trade Organization': an office given after 'as' in the clause a person is the
        subject of is that person's role, so 'the director-general' finds her later."""
        doc = self.doc
        toks = self.toks
        while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
            tok = tok.head  # the name's last word heads it
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = tok.head
        if any(c.dep_ in ("dobj", "dative") and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON")
               for c in verb.children):
            return None  # 'Anna Smith named John Brown as chief executive': his office
        for t in verb.subtree:
            if t.i <= tok.i or t.lower_ != "as" or t.dep_ != "prep":
                continue
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if obj is None:
                return None
            words = [w for w in doc[obj.left_edge.i : obj.i + 1] if w.lower_ not in DETS]
            if not words or any(w.ent_type_ == "PERSON" for w in doc[t.i : obj.right_edge.i + 1]):
                return None
            if not any(w.lower_ in self.lex.titles or w.lemma_.lower() in self.lex.roles
                       for w in words):
                return None  # 'as a result', 'as a teenager'
            end = obj.right_edge.i + 1
            stop = next((k for k in range(obj.i, end) if toks[k].text == "," or (
                toks[k].pos_ in ("VERB", "AUX") or toks[k].tag_ in ("WDT", "WP")
            )), end)  # the office only, not what she does in it ('... defending an institution')
            return _strip_brackets(doc[words[0].i : stop].text) or None
        return None

    def _title_before_honorific(self, start: int) -> str | None:
        """'the Prime Cabinet Secretary and Cabinet Secretary for Foreign Affairs, Hon. Jane
        Roe': press releases put the office, a comma and an honorific before the name, and
        the parse often breaks there. The capitalised run before the comma (with 'of',
        'for', 'and' inside it) is the role when it holds a title word."""
        doc = self.doc
        toks = self.toks
        k = start
        while k > 0 and (toks[k - 1].text == "." or toks[k - 1].lower_ in _TITLES or (
            toks[k - 1].lower_ in self.lex.titles and toks[k - 1].text.endswith(".")
        ) or (toks[k - 1].lower_ + "." in self.lex.titles and toks[k].text == ".") or (
            is_honorific(toks[k - 1])  # 'Sheikh', 'His Excellency'
        ) or (toks[k - 1].lower_ in ("his", "her") and is_honorific(toks[k]))):
            k -= 1  # 'Hon.', 'H.E. Dr.'
        if k == start or k < 2:
            return None
        if toks[k - 1].text == ",":
            end = k - 1
        elif toks[k - 1].is_title and toks[k - 1].is_alpha and toks[k - 1].pos_ == "PROPN":
            end = k  # 'Union Minister of Health and Family Welfare Shri X': no comma between
        else:
            return None
        j = end
        commas = 0
        while j > 0 and (
            (toks[j - 1].pos_ == "PROPN" and toks[j - 1].text[:1].isupper())
            or toks[j - 1].lower_ in ("of", "for", "and")
            or (j > 1 and toks[j - 1].lower_ == "the" and toks[j - 2].lower_ in ("of", "for"))
            or (  # 'Cabinet Secretary for Youth Affairs, Creative Economy and Sports, Hon. X'
                toks[j - 1].text == "," and commas == 0 and j > 1
                and toks[j - 2].pos_ == "PROPN" and toks[j - 2].text[:1].isupper()
                and not any(t.lower_ in self.lex.titles for t in doc[j:end])
            )
        ):  # '... Minister of Foreign Affairs of the Federal Democratic Republic of Ethiopia'
            commas += toks[j - 1].text == ","
            j -= 1
        titled = [t.i for t in doc[j:end] if t.lower_ in self.lex.titles]
        if commas and titled and toks[j].lower_ not in self.lex.titles:
            j = titled[0]  # (not the stadium before the office: 'At X Stadium, the ...')
            while j > 0 and toks[j - 1].pos_ == "PROPN" and toks[j - 1].text[:1].isupper():
                j -= 1  # 'Cabinet' + 'Secretary'
        while j < end and toks[j].lower_ in ("of", "for", "and"):
            j += 1
        words = doc[j:end]
        if len(words) < 2 or not titled:
            return None
        return words.text

    def _build_roles(self) -> None:
        for ent in self.ents:
            if ent.label_ != "PERSON":
                continue
            s, e = self._bounds(ent, True)
            entity = self._token_entity.get(s)
            if entity is None:
                continue
            if s > 0 and self._token_entity.get(s - 1) is entity and self._given_tagged_apart(s):
                s -= 1  # ('Natalia' + 'Quintero Arango': the given name is the name's)
            if entity.role:
                other = self._role_of(ent.root, s)
                if other and other != entity.role and other not in entity.other_roles:
                    entity.other_roles.append(other)
                continue
            role = self._role_of(ent.root, s)
            if role:
                entity.role = role
            for g in self._gendername_words(s, entity):
                entity.votes[g] += 3
        # people the NER did not tag PERSON ('Campaigner Ann Lee'): role from their first
        # mentions (a headline's 'Shri X reviews ...' gives none; the lede's 'Union Minister
        # for ... Shri X' does)
        mentions: dict[int, list[int]] = {}
        last: tuple[int, Person | None] = (-2, None)
        for i, entity in sorted(self._token_entity.items()):
            if entity.is_person and not entity.role and not (
                last[0] == i - 1 and last[1] is entity
            ):
                mentions.setdefault(id(entity), []).append(i)
            last = (i, entity)
        for starts in mentions.values():
            for n, i in enumerate(starts[:ROLE_MENTIONS]):
                entity = self._token_entity[i]
                e = i
                while e + 1 < len(self.doc) and self._token_entity.get(e + 1) is entity:
                    e += 1
                prev = self.toks[i - 1] if i > 0 else None
                if n > 0 and not (prev is not None and prev.is_title and (
                    self.role_word(prev) or is_honorific(prev)
                )):
                    continue  # later mentions give a title set right before the name only
                full = self._full_name_at(entity) if n == 0 else None
                if full is not None and full.start < i:
                    # 'remarks by Prime Minister Sanae Takaichi' untagged, 'Ms Takaichi'
                    # tagged later: the role is given where the full name first stands
                    i, e = full.start, full.end - 1
                role = self._role_of(self.toks[e], i)
                if role:
                    entity.role = role
                    break
        for i, entity in sorted(self._token_entity.items()):
            if entity.is_person and not entity.role:
                entity.role = self._role_as(self.toks[i])
        for i, entity in self._token_entity.items():
            prev = self.toks[i - 1] if i > 0 else None
            if entity.is_person and prev is not None and self.toks[i].ent_type_ != "PERSON" and (
                prev.lower_ in _TITLES and prev.lower_ in self.lex.gender
            ):  # 'Ms Mahmood' tagged a body still tells her gender
                entity.votes[self.lex.gender[prev.lower_]] += 3
        for i, gender in self._shown_gender.items():
            shown = self._token_entity.get(i)
            if shown is not None and shown.is_person and not (
                self._shown_gender.get(i - 1) == gender and self._token_entity.get(i - 1) is shown
            ):  # one vote for a name, however many tokens it has ('Gueye-Sall')
                shown.votes[gender] += 2  # 'Rosalba ... was sweeping the store she runs'
        for entity in self.people.values():
            first = fold(entity.name.split()[0]) if entity.is_person else ""
            if first in self.lex.first_names:  # weak prior; the article's own words outvote it
                entity.votes[self.lex.first_names[first]] += 2

    def _gendername_words(self, s: int, entity: Person) -> list[str]:
        out = []
        if s > 0 and self.toks[s - 1].lower_ in self.lex.gender:
            out.append(self.lex.gender[self.toks[s - 1].lower_])
        for w in (entity.role or "").lower().split():
            if w in _ROLE_OWNERS or w in ("who", "whom", "whose", "which", "that"):
                break  # 'the sister of Mr Kim': the words after 'of' are someone else's, and
                # so are a clause's ('a lawyer who lost before a tribunal she chaired')
            if w in self.lex.gender and w not in _POSSESSIVES:
                out.append(self.lex.gender[w])  # 'Her neighbour' is no woman's own word
        return out

    def _numbered(self, s: int, e: int) -> int:
        """Start of a body's name with its ordinal ('the 11th' + 'Regional Coast Guard
        Headquarters', 'the 3rd' + 'Mechanised Brigade'): a numbered unit is named with its
        number, since the number is what tells it from its sister units."""
        toks = self.toks
        last = toks[e - 1]
        if s > 0 and toks[s - 1].ent_type_ == "ORDINAL" and (
            last.lemma_.lower() in self.lex.bodies or last.lower_ in _unit_nouns()
            or last.lemma_.lower() in _unit_nouns()
        ) and toks[s - 1].text[:1].isdigit():
            return s - 1
        return s

    def _unit_body(self, s: int, e: int) -> Person | None:
        """A capitalised run the NER left untagged that ends in a body or unit noun ('11th
        Regional Coast Guard Headquarters') is a body under its whole name: the title words
        that the run for people drops ('Regional', 'National') and the ordinal are part of
        it."""
        doc = self.doc
        toks = self.toks
        last = toks[e - 1]
        if not (
            last.lemma_.lower() in self.lex.bodies or last.lower_ in _unit_nouns()
            or last.lemma_.lower() in _unit_nouns() or last.lemma_.lower() in kind_nouns()
        ):
            return None
        k = s
        while k > 0 and toks[k - 1].pos_ == "PROPN" and toks[k - 1].is_title and (
            toks[k - 1].lower_ in self.lex.titles
        ):
            k -= 1
        if k > 1 and toks[k - 1].pos_ == "NOUN" and toks[k - 1].is_title and (
            toks[k - 2].pos_ == "PROPN" and toks[k - 2].is_title
        ):
            k -= 2  # 'Leeds Teaching' + 'Hospitals NHS Trust': a noun the parse took as common
        k = self._numbered(k, e)
        if self._seat_in_name(k, e):
            e = self._seat(k, e)  # 'The Russian Embassy in London hit back'
        name = doc[k:e].text
        key = fold(name)
        return self.people.get(key) or self._longer_body(key) or self.people.setdefault(
            key, Person(name, False)
        )

    def _country_token(self, tok: Token) -> bool:
        """A country's name, short form or demonym ('Russia', 'UAE', 'Emirati'); a city or
        region owns no body a reader could tell from others by that word alone."""
        return country_of_word(tok.text) is not None

    def _country_body(self, tok: Token) -> Person | None:
        """'The Russian defence ministry said', 'according to the UAE foreign ministry', 'the
        Emirati embassy in London said': a body noun written in lower case after a country
        word and lower-case remit words is named by that whole phrase, with the
        seat that follows it, because a country has one such body. So is one owned by a
        named organisation ("the World Health Organization's regional office for Europe").
        The gold keeps the phrase as written ('Russian defence ministry'), never the bare head
        noun. Companies
        ('a Russian company') are not unique to a country and are left alone."""
        doc = self.doc
        toks = self.toks
        low, lemma = tok.lower_, tok.lemma_.lower()
        if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS") or not (
            low in self.lex.bodies or lemma in self.lex.bodies
        ) or low in self.lex.companies or lemma in self.lex.companies or (
            low in self.lex.outlet_words
        ):
            return None
        if tok.i + 1 < len(doc) and toks[tok.i + 1].pos_ == "PROPN" and toks[tok.i + 1].is_title:
            return None  # "Israel's public broadcaster Kan": the name follows
        k = tok.i
        while k > 0 and toks[k - 1].text.islower() and toks[k - 1].pos_ in ("ADJ", "NOUN") and (
            toks[k - 1].dep_ in ("amod", "compound", "nmod") and k - 1 < toks[k - 1].head.i <= tok.i
        ):
            k -= 1
        c = k - 1
        if c >= 1 and toks[c].tag_ == "POS":
            c -= 1  # "Germany's federal police"
            if not c < toks[c].head.i <= tok.i:
                return None
        elif c < 0 or not c < toks[c].head.i <= tok.i:
            return None
        owned = toks[c].ent_type_ == "ORG" and toks[c + 1].tag_ == "POS"  # "the WHO's"
        if not (self._country_token(toks[c]) or owned) or not toks[c].text[:1].isupper():
            return None
        while c > 0 and toks[c].ent_iob_ == "I":
            c -= 1  # 'United Arab Emirates'
        if toks[c].lower_ == "the":
            c += 1
        e = self._seat(c, tok.i + 1)
        name = doc[c:e].text
        key = fold(name)
        entity = self.people.get(key) or self._longer_body(key) or self.people.setdefault(
            key, Person(name, False)
        )
        self._token_entity[tok.i] = entity
        return entity

    def entity_at(self, tok: Token) -> Person | None:
        """The named entity a token belongs to, via the ents or the surname index."""
        if tok.i in self._epithets:
            return None  # "nicknamed 'Doc Dusty'": no one else
        entity = self._token_entity.get(tok.i)
        if entity is not None and not entity.is_person and " " not in entity.name and (
            tok.ent_type_ in ("GPE", "LOC") and entity.name == tok.text
        ):
            holder = self._surname.get(fold(tok.text))
            if holder is not None and holder.is_person and holder.name != tok.text:
                return holder  # 'Renson Ingonga' met as a run, then 'Ingonga said' tagged a place
        if entity is None and tok.i > 0 and (
            tok.text.replace(".", "").lower() in self.lex.postnominals
            and self.toks[tok.i - 1].pos_ == "PROPN"
            # 'the Hartlepool MP', 'One Red Wall MP': a description, not a name's suffix
            and not any(c.dep_ in ("det", "nummod") for c in tok.children)
        ):
            return self.entity_at(self.toks[tok.i - 1])  # 'Kama Melly QC said': Melly speaks
        # a surname the tagger took for an interjection ('Stamenković et al found') is a name
        if entity is None and tok.text[:1].isupper() and tok.pos_ == "NOUN" and tok.dep_ in (
            "nsubj", "nsubjpass"
        ):
            # 'Radmall conceded that ...': a known surname the tagger took for a common noun
            # (capitalised, not title case: "Sing'oei" has a lower-case letter after the mark)
            found = self._surname.get(fold(tok.text))
            if found is not None and found.is_person:
                return found
        if entity is None and tok.text.islower():
            entity = self._country_body(tok)
        if entity is None and (tok.pos_ == "PROPN" or (tok.is_title and tok.pos_ in ("INTJ", "X"))):
            key = fold(tok.text)
            entity = self._surname.get(key) or self._part.get(key) or self._acronyms.get(tok.text)
            if entity is None or not entity.is_person:
                entity = self._own_body_run(tok, entity) or entity
            if (
                entity is None and key in self._chains
                and self._chain_names(self._chains[key], key)
                and tok.ent_type_ in ("", "PERSON", "ORG", "WORK_OF_ART")  # 'King Maha ...'
                # ('Foreign and Diaspora Affairs': a run ending in a plural is a remit)
                and not self._plural_noun_end(self._chains[key][1])
                and not self.role_word(tok)  # 'The U.S. Commerce Secretary said': no one named
                and not self._party_member(*self._chains[key])
            ):
                s, e = self._chains[key]
                if e + 1 < len(self.doc) and self.toks[e].lower_ == "of" and (
                    self.toks[e + 1].is_title and self.toks[e + 1].pos_ == "PROPN"
                    and self.toks[e + 1].lemma_.lower() in self.lex.bodies
                    and not self.toks[e + 1].ent_type_
                ):
                    e += 2  # 'Fraternal Order' + 'of Police' left untagged: a body's name
                if not any(i in self._token_entity for i in range(s, e)):
                    unit = self._unit_body(s, e)
                    if unit is not None:
                        self._surname.setdefault(key, unit)
                        return unit
                    # 'Florida Highway Patrol described' with the state cut off: the body the
                    # article names in full elsewhere, not a new person 'Highway Patrol'
                    name = self.doc[s:e].text
                    person = self.toks[e - 1].lemma_.lower() not in self.lex.bodies and (
                        not self._which_follows(s, e)  # '..., which runs the network,'
                    ) and name not in self.described_businesses and (
                        self.toks[e - 1].lower_.rstrip(".") not in self.lex.org_suffixes
                    )  # ('Trundl' + 'Inc.': a company's legal suffix ends no person's name)
                    entity = self.people.get(fold(name)) or self._longer_body(fold(name)) or (
                        self.people.setdefault(name, Person(name, person))
                    )  # 'Jordan' + 'Hashemite Charity Organization': the body, no person
                    if entity.is_person and not entity.role:
                        # 'Interior Minister Ana Ruiz' the NER missed: the role of its first
                        # mention, so 'the interior minister' finds her
                        entity.role = self._role_of(self.toks[e - 1], s)
                    self._surname.setdefault(key, entity)
                    if entity.is_person:
                        self._surname.setdefault(fold(self.toks[e - 1].text), entity)
        return entity
