"""Names that code an actor by themselves: countries, demonyms, capitals, metonyms, IGOs, bodies.

The country table is built from pycountry (ISO 3166 names and alpha-3 codes) plus
``data/actors_countries.csv`` for everyday names, demonyms and capitals pycountry lacks;
``metonyms.csv``, ``igos.csv`` and ``actors_orgs.csv`` hold seats of power, international
organisations and named national bodies. All phrases go into one case-sensitive spaCy
PhraseMatcher, built once per vocab and process (names are proper nouns: matching "EU" but
not "eu", "US" but not "us").
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

import pycountry
from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from communique.actors.roles import role_of
from communique.resources import load_table

# When two tables name the same phrase the more specific kind wins.
_PRIORITY = {
    "person": -1,
    "igo": 0,
    "org": 1,
    "party": 1,
    "metonym": 2,
    "country": 3,
    "capital": 4,
    "demonym": 5,
    "place": 6,
}


@dataclass(frozen=True)
class Entry:
    """What a gazetteer phrase codes: code (ISO alpha-3 or IGO code), sector, canonical name.

    ``kind`` says how the name acts: countries, metonyms, IGOs and bodies act themselves;
    capitals act only when they are not a place ("talks in Moscow"); demonyms only modify.
    ``requires``/``fallback``: the code holds only if the article names ``requires`` elsewhere,
    else ``fallback`` (Brussels is the EU in EU contexts, Belgium otherwise).
    ``elsewhere``: other countries where the name means their own body (a party named Labour);
    the article's main country picks among them (``with_home``).
    """

    code: str | None
    sector: str | None
    name: str
    kind: str
    requires: str | None = None
    fallback: str | None = None
    elsewhere: tuple[str, ...] = ()

    def with_home(self, home: str | None) -> Entry:
        """This entry for a story set in ``home``: the home's own party of the same name."""
        if home is None or home not in self.elsewhere:
            return self
        return Entry(home, self.sector, self.name, self.kind)


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


@cache
def country_names() -> dict[str, str]:
    """Canonical short name of each country code (everyday name first, then pycountry's)."""
    names: dict[str, str] = {}
    for row in load_table("actors_countries.csv"):
        aliases = _split(row["aliases"])
        if aliases:
            names[row["code"]] = aliases[0]
    for c in pycountry.countries:
        names.setdefault(c.alpha_3, getattr(c, "common_name", None) or c.name)
    return names


@cache
def phrase_table() -> dict[str, Entry]:
    """Every gazetteer phrase with the entry it codes (read once per process)."""
    found: dict[str, Entry] = {}

    def add(phrase: str, entry: Entry, curated: bool = False) -> None:
        old = found.get(phrase)
        if old is None or _PRIORITY[entry.kind] < _PRIORITY[old.kind]:
            found[phrase] = entry
        elif curated and old.kind == entry.kind:
            # the curated table states everyday usage and beats an ISO short name of the same
            # kind: wire copy's 'Congo' is the DR Congo, though ISO calls Brazzaville 'Congo'
            found[phrase] = entry

    names = country_names()
    for c in pycountry.countries:
        name = names[c.alpha_3]
        entry = Entry(c.alpha_3, "GOV", name, "country")
        for phrase in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if phrase and "," not in phrase and "(" not in phrase:
                add(phrase, entry)
        add(c.alpha_3, entry)
    for row in load_table("actors_countries.csv"):
        code = row["code"]
        name = names.get(code, code)
        for phrase in _split(row["aliases"]):
            add(phrase, Entry(code, "GOV", name, "country"), curated=True)
        for phrase in _split(row["demonyms"]):
            add(phrase, Entry(code, None, name, "demonym"))
        for phrase in _split(row["capitals"]):
            add(phrase, Entry(code, "GOV", name, "capital"))
    for row in load_table("places.csv"):
        add(row["place"], Entry(row["code"], None, row["place"], "place"))
    for row in load_table("metonyms.csv"):
        add(
            row["phrase"],
            Entry(
                row["code"] or None,
                row["sector"] or None,
                row["name"],
                "metonym",
                row.get("requires") or None,
                row.get("fallback") or None,
            ),
        )
    for row in load_table("igos.csv"):
        add(row["phrase"], Entry(row["code"], "IGO", row["name"], "igo"))
    for row in load_table("actors_orgs.csv"):
        add(row["phrase"], Entry(row["code"] or None, row["sector"] or None, row["name"], "org"))
    for row in load_table("actors_parties.csv"):
        elsewhere = tuple(_split(row.get("elsewhere") or ""))
        add(row["phrase"], Entry(row["code"], "PTY", row["name"], "party", elsewhere=elsewhere))
    return found


@cache
def collectives() -> dict[str, tuple[str, ...]]:
    """Informal groups of countries -> member codes (``actors_collectives.csv``)."""
    return {r["phrase"]: tuple(_split(r["members"])) for r in load_table("actors_collectives.csv")}


def collective_at(doc: Doc, token: Token) -> tuple[str, ...] | None:
    """Member codes of the group of countries a noun names ('the E3', 'the Alliance of Sahel
    States', 'the two Koreas'), read from the noun with its left modifiers or its name."""
    table = collectives()
    start = token.left_edge.i
    while start < token.i and doc[start].pos_ == "DET":
        start += 1
    for span in (doc[start : token.i + 1], doc[token.i : token.i + 1]):
        if span.text in table:
            return table[span.text]
    for ent in doc.ents:  # a name the noun heads ('Alliance of Sahel States')
        if ent.start <= token.i < ent.end:
            s = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
            return table.get(doc[s : ent.end].text)
    return None


@cache
def world_places() -> dict[str, str]:
    """Cities and provinces of the world -> country (``places_world.csv``), for places that
    NER finds and no other table names ('police in Chernihiv')."""
    return {r["place"]: r["code"] for r in load_table("places_world.csv")}


@cache
def people_table() -> dict[str, Entry]:
    """Well-known office holders by every written form of the name (``actors_people.csv``)."""
    found: dict[str, Entry] = {}
    for row in load_table("actors_people.csv"):
        entry = Entry(row["country"] or None, row["sector"] or None, row["name"], "person")
        for form in [row["name"], *_split(row.get("aliases", ""))]:
            found.setdefault(form, entry)
    return found


@cache
def person_name_words() -> dict[str, frozenset[str]]:
    """Every word of every written form of each table person, by canonical name.

    Why: "Eric Trump" ends with the table form "Trump" but is not Donald Trump; a first name
    not among the person's own name words shows the surname belongs to someone else.
    """
    words: dict[str, set[str]] = {}
    for row in load_table("actors_people.csv"):
        forms = [row["name"], *_split(row.get("aliases", ""))]
        words.setdefault(row["name"], set()).update(w for f in forms for w in f.split())
    return {name: frozenset(ws) for name, ws in words.items()}


@cache
def person_first_names() -> dict[str, frozenset[str]]:
    """The first word of each written form of each table person, by canonical name."""
    firsts: dict[str, set[str]] = {}
    for row in load_table("actors_people.csv"):
        forms = [row["name"], *_split(row.get("aliases", ""))]
        firsts.setdefault(row["name"], set()).update(f.split()[0] for f in forms if " " in f)
    return {name: frozenset(ws) for name, ws in firsts.items()}


@cache
def people_by_first_and_last() -> dict[tuple[str, str], Entry]:
    """Table people whose own name is two words, by (first, last) word: news adds a middle
    initial the table lacks ("John R. Bolton", "John G. Roberts"). Aliases are left out: the
    table's "George Bush" stands for George W. Bush, and "George H. W. Bush" is his father."""
    found: dict[tuple[str, str], Entry] = {}
    for entry in people_table().values():
        words = entry.name.split()
        if len(words) == 2:
            found.setdefault((words[0], words[1]), entry)
    return found


@cache
def name_suffixes() -> frozenset[str]:
    """Words that close a name without being the surname: generational suffixes ('Jr.', 'III',
    ``actors_name_suffixes.csv``) and post-nominal letters ('QC', 'MP', the quotes layer's
    ``quote_postnominals.csv``), lower case without full stops."""
    words = {r["word"] for r in load_table("actors_name_suffixes.csv")}
    words |= {r["word"] for r in load_table("quote_postnominals.csv")}
    return frozenset(w.lower().replace(".", "") for w in words)


@cache
def honorifics() -> frozenset[str]:
    """Courtesy words before a name ('Mr', 'Dr.'), which are not first names."""
    return frozenset(
        r["word"] for r in load_table("actors_honorifics.csv") if not r["before_given"]
    )  # ('Don' only before a given name: 'Don Lemon' keeps his)


class Gazetteer:
    """A PhraseMatcher over every gazetteer phrase, bound to one vocab."""

    def __init__(self, vocab: Vocab) -> None:
        self.table = phrase_table()
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        self._entries: dict[int, Entry] = {}
        make = English(vocab=vocab).make_doc  # the model's own tokenizer rules
        by_entry: dict[Entry, list[Doc]] = {}
        for phrase, entry in self.table.items():
            if entry.kind == "country" and phrase.isupper() and len(phrase) == 3:
                if vocab[phrase.lower()].is_stop:  # "AND", "ARE": codes that are English words
                    continue
            by_entry.setdefault(entry, []).append(make(phrase))
        for n, (entry, docs) in enumerate(by_entry.items()):
            key = f"communique_gaz_{n}"
            self._entries[vocab.strings.add(key)] = entry
            self.matcher.add(key, docs)

    def match(self, doc: Doc) -> list[tuple[int, int, Entry]]:
        """Longest non-overlapping gazetteer matches as (start token, end token, entry)."""
        hits = self.matcher(doc)
        spans = [doc[s:e] for _, s, e in hits]
        entries = {(s, e): self._entries[k] for k, s, e in hits}
        kept = filter_spans(spans)
        starts = {sp.start for sp in kept}
        ends = {sp.end for sp in kept}
        entries_at = {sp.end - 1: entries[(sp.start, sp.end)].kind for sp in kept}
        out = []
        for sp in kept:
            entry = entries[(sp.start, sp.end)]
            if entry.kind in ("org", "igo", "metonym") and sp.start > 0 and len(sp) == 1:
                prev = doc[sp.start - 1]
                if sp.start in ends:
                    if entries_at.get(sp.start - 1) in ("country", "demonym"):
                        continue  # "United States Commission": a national body of that country
                elif prev.pos_ == "PROPN" and prev.is_title and prev.i not in starts:
                    continue  # "Nigeria Labour Congress", "Election Commission": a longer name
            if (
                entry.kind in ("country", "capital", "place")
                and sp.end < len(doc)
                and sp.end not in starts
            ):
                nxt = doc[sp.end]
                two_word = sp.end + 1 < len(doc) and " " in (role_of(doc[sp.end + 1]) or ("",))[0]
                if nxt.pos_ == "PROPN" and nxt.is_title and role_of(nxt) is None and not two_word:
                    continue  # "Budapest Memorandum", "Washington Post": part of another name
                    # (but "US Attorney General": a two-word role follows)
            if entry.kind == "party" and len(sp) == 1 and not _party_word_alone(doc, sp.start):
                continue
            if stance_marked(doc, sp.start, sp.end):
                continue  # "pro-Russian policies", "an EU-backed roadmap": not theirs
            if entry.kind in ("country", "demonym", "capital", "place") and _in_water_name(
                doc, sp.start, sp.end
            ):
                continue  # "the Sea of Japan", "the South China Sea": the water, not the state
            out.append((sp.start, sp.end, entry))
        taken = {i for s, e, _ in out for i in range(s, e)}
        world = world_places()
        for ent in doc.ents:
            # the world table holds only where NER says the words are a place: 'Reading the
            # report', 'a Nice day' are not the towns; a lookup per entity costs nothing to build
            if ent.label_ not in ("GPE", "LOC") or any(
                i in taken for i in range(ent.start, ent.end)
            ):
                continue
            start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
            code = world.get(doc[start : ent.end].text)
            if code is not None:
                out.append((start, ent.end, Entry(code, None, doc[start : ent.end].text, "place")))
        return sorted(out, key=lambda hit: hit[0])


@cache
def water_words() -> frozenset[str]:
    """Heads of names of seas and straits (``actors_water_words.csv``)."""
    return frozenset(r["word"].lower() for r in load_table("actors_water_words.csv"))


def _in_water_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the words ``start:end`` are inside a sea's or strait's name: 'X Sea' with a
    capital head ('the South China Sea', 'the Irish Sea') or 'Sea of X' ('the Gulf of
    Mexico')."""
    water = water_words()
    if end < len(doc) and doc[end].lower_ in water and doc[end].is_title:
        return True
    return (
        start >= 2
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].lower_ in water
        and doc[start - 2].is_title
    )


@cache
def stance_affixes() -> tuple[frozenset[str], frozenset[str]]:
    """(prefixes, suffixes) a hyphen joins to a name to say the thing is for, against or
    backed by it (``actors_stance_affixes.csv``)."""
    rows = load_table("actors_stance_affixes.csv")
    pre = frozenset(r["word"].lower() for r in rows if r["position"] == "prefix")
    suf = frozenset(r["word"].lower() for r in rows if r["position"] == "suffix")
    return pre, suf


def stance_marked(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at [start, end) is hyphened to a stance word: 'pro-Russian policies'
    are Slovak policies, 'an EU-backed roadmap' is not the EU, 'Iran-backed militias' are not
    Iran's forces. The name then codes nobody; the noun it modifies is someone else's."""
    pre, suf = stance_affixes()
    if (
        start >= 2
        and doc[start - 1].text == "-"
        and doc[start - 2].lower_ in pre
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
    ):
        return True
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].lower_ in suf
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
    )


def _party_word_alone(doc: Doc, i: int) -> bool:
    """Whether a one-word party label ('Democratic', 'Labour') stands for the party here, not
    for part of another name: 'Social Democrats', 'Sweden Democrats', 'Democratic Republic of
    the Congo', 'Republican Guard', 'Labour Day' are other bodies. A chamber or role before it
    ('Senate Republicans') or after it ('Democratic senator') keeps it."""
    if i > 0 and not doc[i].is_sent_start:
        prev = doc[i - 1]
        if prev.is_title and prev.pos_ in ("PROPN", "ADJ", "NOUN") and role_of(prev) is None:
            return False
    if i + 1 < len(doc):
        nxt = doc[i + 1]
        if nxt.pos_ == "PROPN" and nxt.is_title and role_of(nxt) is None:
            return False
    return True


_LOCK = threading.Lock()
_CACHE: dict[int, tuple[Vocab, Gazetteer]] = {}


def gazetteer_for(vocab: Vocab) -> Gazetteer:
    """The process's Gazetteer for this vocab (built on first use, then reused)."""
    with _LOCK:
        hit = _CACHE.get(id(vocab))
        if hit is None or hit[0] is not vocab:
            hit = (vocab, Gazetteer(vocab))
            _CACHE[id(vocab)] = hit
        return hit[1]


class PeopleMatcher:
    """A PhraseMatcher over every written form in ``actors_people.csv``, bound to one vocab.

    Why: NER often cuts a name short ("Van der | Bellen"), splits it at a hyphen
    ("Díaz-Canel") or misses it; matching the table's forms over the whole doc (case-sensitive
    ORTH, the model's own tokenizer for the phrases) finds the full name in linear time.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        make = English(vocab=vocab).make_doc
        self._entries: dict[int, Entry] = {}
        by_entry: dict[Entry, list[Doc]] = {}
        for form, entry in people_table().items():
            by_entry.setdefault(entry, []).append(make(form))
        for n, (entry, docs) in enumerate(by_entry.items()):
            key = f"communique_person_{n}"
            self._entries[vocab.strings.add(key)] = entry
            self.matcher.add(key, docs)

    def match(self, doc: Doc) -> list[tuple[int, int, Entry]]:
        """Longest non-overlapping name matches as (start token, end token, entry)."""
        hits = self.matcher(doc)
        entries = {(s, e): self._entries[k] for k, s, e in hits}
        kept = filter_spans([doc[s:e] for _, s, e in hits])
        return [(sp.start, sp.end, entries[(sp.start, sp.end)]) for sp in kept]


_PEOPLE_CACHE: dict[int, tuple[Vocab, PeopleMatcher]] = {}


def people_matcher_for(vocab: Vocab) -> PeopleMatcher:
    """The process's PeopleMatcher for this vocab (built on first use, then reused)."""
    with _LOCK:
        hit = _PEOPLE_CACHE.get(id(vocab))
        if hit is None or hit[0] is not vocab:
            hit = (vocab, PeopleMatcher(vocab))
            _PEOPLE_CACHE[id(vocab)] = hit
        return hit[1]
