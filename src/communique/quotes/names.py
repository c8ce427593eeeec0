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

import re
import unicodedata
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from communique.quotes.cues import Lexicon

_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir"})
PLACE = frozenset({"NORP", "GPE", "LOC"})
NOT_NAMES = frozenset(
    {"GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "FAC"}
)
_PARTICLES = frozenset(
    {"de", "dela", "del", "da", "di", "van", "von", "bin", "al", "el", "le", "la"}
)
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
QUALIFIERS = frozenset({"deputy", "vice", "former", "ex", "acting", "assistant", "junior"})
DETS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


@dataclass
class Person:
    """One person or body as the article names it (``name`` is the fullest form)."""

    name: str
    is_person: bool
    role: str | None = None
    votes: dict[str, int] = field(default_factory=lambda: {"m": 0, "f": 0})
    place: bool = False  # a country or city: 'it' and 'they' prefer organisations

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


def _clean_name(span: Span) -> tuple[int, int]:
    """Token bounds of a name without leading titles/determiners or trailing possessives."""
    s, e = span.start, span.end
    doc = span.doc
    while s < e - 1 and (doc[s].lower_ in _TITLES or doc[s].lower_ in DETS or doc[s].is_punct):
        s += 1
    while e > s + 1 and (doc[e - 1].tag_ == "POS" or doc[e - 1].is_punct):
        e -= 1
    return s, e


def fold(text: str) -> str:
    """Lower case without diacritics: 'Erdoğan' and 'Erdogan' are one surname."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _is_place(span: Span) -> bool:
    return span[-1].ent_type_ in ("GPE", "LOC", "NORP")


def _words(name: str) -> list[str]:
    """Folded words of a name, hyphenated parts apart ('Solberg-Haug' -> solberg, haug)."""
    return re.findall(r"\w+", fold(name))


def _in_order(short: list[str], long: list[str]) -> bool:
    """Are the words of ``short`` a subsequence of ``long`` (a middle name left out)?"""
    it = iter(long)
    return all(w in it for w in short)


def _strip_brackets(text: str) -> str:
    return " ".join(text.replace("(", " ").replace(")", " ").split()).strip(" ,;:-")



class NameIndex:
    """Per-article index of named people and bodies (built once, read by ``Cast``)."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.people: dict[str, Person] = {}
        self._surname: dict[str, Person] = {}
        self._part: dict[str, Person] = {}  # non-final name words -> person
        self._acronyms: dict[str, Person] = {}
        self._token_entity: dict[int, Person] = {}
        self._chains = self._build_chains()
        self._build_names()
        self._build_roles()

    def _bounds(self, ent: Span, person: bool) -> tuple[int, int]:
        """Name tokens of an entity: no possessor before it, no leading titles for people."""
        doc = self.doc
        s, e = _clean_name(ent)
        for i in range(e - 1, s, -1):
            if doc[i].tag_ == "POS" or doc[i].lower_ in ("'s", "\u2019s"):
                s = i + 1
                break
        for i in range(s + 1, e):
            if doc[i].text == "(":  # 'World Health Organization (WHO'
                e = i
                break
        if person:
            while e - s > 2 and doc[e - 1].text.replace(".", "").lower() in self.lex.postnominals:
                e -= 1  # 'Kama Melly QC' -> 'Kama Melly'
            # strip through the last title or role word: 'Senate Minority Whip Dick Durbin' ->
            # 'Dick Durbin', 'Legislator Jane Roe' -> 'Jane Roe'
            last_title = max(
                (i for i in range(s, e - 1) if self.role_word(doc[i])
                 or doc[i].lower_ in self.lex.outlet_words  # 'Broadcaster Piers Morgan'
                 or doc[i].lower_ in ("of", "from", "for")),
                default=s - 1,
            )
            s = last_title + 1
            while e - s > 1 and doc[s].pos_ != "PROPN":
                s += 1
            while (
                e < len(doc) and doc[e].pos_ == "PROPN" and doc[e].is_title
                and not doc[e].ent_type_ and doc[e - 1].head.i == e and not self.role_word(doc[e])
            ):
                e += 1  # 'Graciano' tagged, 'Mijares' left out: the surname the first name modifies
            chained = last_title >= 0 and doc[last_title].lower_ in ("of", "from", "for")
            if not chained and s >= 2 and doc[s - 1].lower_ in ("of", "from", "for"):
                chained = self.role_word(doc[s - 2])  # 'First Minister of [Scotland Nicola ...]'
            if chained:
                s = self._after_place(s, e)  # 'Senator from Ohio John Smith' -> 'John Smith'
            while (
                s > 0 and self._name_word(doc[s - 1]) and s <= doc[s - 1].head.i < e
                and not self.role_word(doc[s - 1])
            ):
                s -= 1  # 'Om' in 'Om Prakash' when the entity starts late
        return s, e

    def role_word(self, tok: Token) -> bool:
        """A title or role noun ('Senator', 'Legislator', 'Voter') that is never a name part."""
        low = tok.lower_
        if low in self.lex.titles:
            return True
        # a role word joined by a hyphen is a name part ('Man-kei')
        return low in self.lex.roles and bool(tok.whitespace_) and not (
            tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_
        )

    def _after_place(self, s: int, e: int) -> int:
        """Skip the place in a 'Title from/of Place First Last' chain."""
        doc = self.doc
        while e - s > 1 and doc[s].ent_type_ in PLACE:
            s += 1
        if e - s >= 3:
            # 'Ohio John Smith' tagged as one PERSON: the name starts at the first given name
            for j in range(s + 1, e - 1):
                if fold(doc[j].text) in self.lex.first_names:
                    return j
            places = {ent.text for ent in doc.ents if ent.label_ in PLACE}
            if doc[s].text in places:  # the place is tagged as a place elsewhere
                return s + 1
        return s

    def _unlabelled_people(self, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Two- or three-word proper names the NER left unlabelled, when they act as people.

        'Anahit Sargsyan, 54, fled ...': a run of capitalised proper nouns with no entity label
        that is the subject of a verb (or in apposition to one) is a person's name.
        """
        doc = self.doc
        taken = {i for s, e in known for i in range(s, e)}
        out = []
        for tok in doc:
            subject = tok.dep_ in ("nsubj", "nsubjpass") or (
                tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass")
            )
            mislabelled = tok.ent_type_ in ("GPE", "ORG", "NORP") and tok.i > 0 and (
                doc[tok.i - 1].dep_ == "compound" and not doc[tok.i - 1].ent_type_
            )  # 'Harish Menon' with 'Menon' tagged as a place
            if not subject or tok.pos_ != "PROPN" or (tok.ent_type_ and not mislabelled):
                continue
            s = tok.i
            while s > 0 and doc[s - 1].dep_ == "compound" and doc[s - 1].pos_ == "PROPN" and (
                not doc[s - 1].ent_type_ and doc[s - 1].is_title
            ):
                s -= 1
            while s < tok.i and doc[s].lower_ in self.lex.titles:
                s += 1
            if 2 <= tok.i + 1 - s <= 3 and tok.is_title and not any(
                i in taken for i in range(s, tok.i + 1)
            ):
                out.append((s, tok.i + 1))
        return out

    def _seat(self, e: int) -> int:
        """Extend a body's name over its seat or remit: 'Russian Embassy in Washington',
        'UN Office for the Coordination of Humanitarian Affairs'."""
        doc = self.doc
        if e + 1 >= len(doc) or doc[e].lower_ not in ("in", "for", "of", "to"):
            return e
        j = e + 1
        if doc[j].lower_ == "the":
            j += 1
        k = j
        while k < len(doc) and (
            (doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper())
            or (k > j and doc[k].lower_ in ("of", "and", "for") and k + 1 < len(doc)
                and doc[k + 1].pos_ == "PROPN")
        ):
            k += 1
        return k if k > j else e

    def _build_chains(self) -> dict[str, tuple[int, int]]:
        """Runs of capitalised proper nouns the NER did not call people ('Om Prakash').

        Maps each name word to the longest run containing it (titles stripped), so a surname
        speaker whose full name the NER missed or mislabelled still gets the full name.
        """
        doc = self.doc
        chains: dict[str, tuple[int, int]] = {}
        i, n = 0, len(doc)
        while i < n:
            j = i
            while j < n and (j == i or doc[j].ent_iob_ != "B") and (
                j == i or doc[j].ent_type_ == doc[j - 1].ent_type_ or doc[j].lower_ in _PARTICLES
            ) and (
                (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()
                 and doc[j].ent_type_ not in NOT_NAMES)
                or (j > i and doc[j].lower_ in _PARTICLES and j + 1 < n
                    and doc[j + 1].pos_ == "PROPN")
                or (j > i and doc[j].text == "-" and not doc[j - 1].whitespace_
                    and not doc[j].whitespace_)
            ):
                j += 1
            s = i
            while s < j and (doc[s].lower_ in self.lex.titles or doc[s].lower_ in _PARTICLES):
                s += 1
            if j - s >= 2 and doc[j - 1].text != "-":
                for k in range(s, j):
                    key = fold(doc[k].text)
                    old = chains.get(key)
                    if old is None or old[1] - old[0] < j - s:
                        chains[key] = (s, j)
            i = max(j, i + 1)
        return chains

    def _name_word(self, tok: Token) -> bool:
        return (
            tok.pos_ == "PROPN" and tok.is_title and tok.lower_ not in self.lex.titles
            and tok.ent_type_ in ("", "PERSON") and tok.dep_ == "compound"
        )

    def _build_names(self) -> None:
        doc = self.doc
        persons: list[tuple[int, int]] = []
        orgs: list[tuple[int, int]] = []
        for ent in doc.ents:
            company = ent[-1].lower_.rstrip(".") in self.lex.org_suffixes and len(ent) > 1
            if (
                (ent.label_ == "PERSON" or self._looks_personal(ent))
                and not (ent.text.isupper() and len(ent.text) > 2)
                and not company  # 'Dunaferr Kft' tagged PERSON is a company
            ):
                persons.append(self._bounds(ent, True))  # 'NAIROBI' in a dateline is no one
            elif ent.label_ in ("ORG", "NORP", "GPE") or company:
                orgs.append(self._bounds(ent, False))
        places = {
            fold(doc[s].text) for s, e in persons
            if e - s == 1 and doc[s].dep_ == "pobj"
            and doc[s].head.lower_ in ("in", "from", "to", "near", "at", "across", "into")
        }
        persons = [b for b in persons if not (b[1] - b[0] == 1 and fold(doc[b[0]].text) in places)]
        persons += self._unlabelled_people(persons)
        # Longest names first, so 'Peskov' joins 'Dmitry Peskov', not the other way round.
        for s, e in sorted(persons, key=lambda b: -(b[1] - b[0])):
            words = [fold(t.text) for t in doc[s:e] if not t.is_punct]
            if not words:
                continue
            if len(words) > 1 and words[-1] in _GENERATIONS:
                words = words[:-1]  # 'Robert Downey Jr.': the surname is 'Downey'
            entity = self._surname.get(words[-1])
            if entity is None and len(words) == 1:
                entity = self._part.get(words[0])  # 'Lin' after 'Lin Chia-hao'
            if len(words) > 1 and (entity is None or not set(words) <= set(_words(entity.name))):
                # 'Maria Lopez' after 'Maria Lopez Garcia', 'Elijah Cummings' after 'Elijah
                # Eugene Cummings', not 'Ruth Cummings' after 'Robert Cummings'
                entity = self._containing(words) or entity
            if entity is None or not set(words) <= set(_words(entity.name)):
                if entity is None or len(words) > 1:
                    name = doc[s:e].text
                    chain = self._chains.get(words[-1])
                    if e - s == 1 and chain is not None and chain[1] - chain[0] > 1:
                        name = doc[chain[0] : chain[1]].text  # 'Rosselló' -> the full run
                    entity = self.people.setdefault(name, Person(name, True))
                    self._surname.setdefault(words[-1], entity)
            for i in range(s, e):
                self._token_entity[i] = entity
            for w in words[:-1]:
                if len(w) >= 2:
                    self._part.setdefault(w, entity)  # 'Rosselló' in 'Ricardo Rosselló Nevares'
        acronyms = self._acronyms
        orgs = [b for b in orgs if not any(i in self._token_entity for i in range(*b))]
        orgs = self._split_org_person(orgs)
        long_first = sorted(orgs, key=lambda b: -(b[1] - b[0]))
        for s, e in [b for b in long_first if b[1] - b[0] > 1]:
            if s > 0 and doc[s - 1].ent_type_ == "NORP" and doc[s - 1].is_title:
                s -= 1  # 'European' + 'Court of Justice', 'Russian' + 'Foreign Ministry'
            known = self._surname.get(fold(doc[e - 1].text))
            if known is not None and all(t.pos_ == "PROPN" or t.is_punct for t in doc[s:e]):
                for i in range(s, e):  # 'Okonjo-Bello' tagged ORG after 'Amina Okonjo-Bello'
                    self._token_entity[i] = known
                continue
            key = fold(doc[s:e].text)
            if s in self._token_entity:
                continue  # already covered by a longer name ('High Court of England and Wales')
            if doc[e - 1].lemma_.lower() in self.lex.bodies:
                e = self._seat(e)
            e = self._coordinated(s, e)
            span = doc[s:e]
            name = span.text
            owner = doc[s - 2].text[:4].lower() if s >= 2 else ""
            # a generic body is headed by its body noun ('Foreign Ministry', 'Ministry of
            # Foreign Affairs'); 'National Institute for Space Research' is a full name
            headed = span[-1].lemma_.lower() in self.lex.bodies or (
                span[0].lemma_.lower() in self.lex.bodies
            )
            generic = headed and not any(
                t.text[:4].lower() == owner for t in span
            )  # "Lithuania's Foreign Ministry", but not "Thailand's Thai Raksa Chart Party"
            if generic and doc[s - 1].tag_ == "POS" and doc[s - 2].ent_type_ == "GPE":
                g = s - 2  # "Lithuania's Foreign Ministry": the owner is part of the name
                while g > 0 and doc[g].ent_iob_ == "I":
                    g -= 1
                if doc[g].lower_ == "the":
                    g += 1
                name = doc[g:e].text
            entity = self.people.get(key) or self._longer_body(key) or self.people.setdefault(
                key, Person(name, False, place=_is_place(span))
            )
            caps = [t.text[0] for t in span if t.text[:1].isupper()]
            if len(caps) >= 2:
                acronyms.setdefault("".join(caps), entity)
            for i in range(s, e):
                self._token_entity[i] = entity
            if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")":
                acronyms[doc[e + 1].text] = entity  # 'Federal Security Service (FSB)'
        for s, e in [b for b in long_first if b[1] - b[0] == 1]:
            if s in self._token_entity:
                continue  # part of a longer name
            e = self._place_seat(s, e)
            span = doc[s:e]
            key = fold(span.text)
            entity = self._surname.get(key) or acronyms.get(span.text)
            if entity is None and span[0].pos_ == "PROPN" and key in self._part:
                entity = self._part[key]  # 'Rosselló' tagged ORG after 'Ricardo Rosselló Nevares'
            if entity is None and span[0].is_title and span[0].lemma_.lower() in self.lex.bodies:
                entity = self._longer_body(key)  # 'the Court' after 'Puerto Rico Supreme Court'
            if entity is None:
                entity = Person(span.text, False, place=_is_place(span))
                entity = self.people.setdefault(key, entity)
            for i in range(s, e):
                self._token_entity[i] = entity

    def _longer_body(self, key: str) -> Person | None:
        """The one organisation whose longer name ends with this one ('Court of Justice' ->
        'European Court of Justice'); places never ('Korea' is not 'North Korea')."""
        words = _words(key)
        n = len(words)
        found = [
            p for p in self.people.values()
            if not p.is_person and not p.place
            and len(w := _words(p.name)) > n and w[-n:] == words
        ]
        return found[0] if len(found) == 1 else None

    def _coordinated(self, s: int, e: int) -> int:
        """'the High Court of England and Wales': a body 'of' a place coordinated with a second
        one-word place keeps both; 'the ACLU of Montana and the Native American Rights Fund'
        (a determiner after 'and') is two speakers."""
        doc = self.doc
        if e + 1 >= len(doc) or doc[e].lower_ != "and" or not any(
            t.lower_ == "of" for t in doc[s:e]
        ):
            return e
        nxt = doc[e + 1]
        after = doc[e + 2] if e + 2 < len(doc) else None
        if (
            nxt.pos_ == "PROPN" and nxt.is_title and nxt.ent_type_ in ("GPE", "LOC", "ORG")
            and doc[e - 1].ent_type_ in ("GPE", "LOC", "ORG") and doc[e - 1].pos_ == "PROPN"
            and (after is None or after.pos_ != "PROPN")
        ):
            return e + 2
        return e

    def _place_seat(self, s: int, e: int) -> int:
        """'the ACLU of Montana': a one-word organisation 'of' a named place."""
        doc = self.doc
        if e + 1 < len(doc) and doc[e].lower_ == "of" and doc[s].ent_type_ == "ORG" and (
            doc[e + 1].ent_iob_ == "B" and doc[e + 1].ent_type_ == "GPE"
        ):
            k = e + 2
            while k < len(doc) and doc[k].ent_iob_ == "I":
                k += 1
            return k
        return e

    def _containing(self, words: list[str]) -> Person | None:
        """The one person whose longer name holds these name words: as a run ('Maria Lopez' in
        'Maria Lopez Garcia') or as first and last name around a middle name."""
        n = len(words)
        found = []
        for p in self.people.values():
            w = _words(p.name) if p.is_person else []
            if len(w) <= n:
                continue
            if any(w[k : k + n] == words for k in range(len(w) - n + 1)) or (
                w[0] == words[0] and w[-1] == words[-1] and _in_order(words, w)
            ):
                found.append(p)
        return found[0] if len(found) == 1 else None

    def _split_org_person(self, orgs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'Amnesty International Man-kei Tam' tagged as one ORG: the organisation (named
        alone elsewhere in the article) and the person after it are two names."""
        doc = self.doc
        names = {e.text for e in doc.ents if e.label_ == "ORG" and len(e) > 1}
        out = []
        for s, e in orgs:
            cut = next(
                (k for k in range(e - 1, s, -1) if doc[s:k].text in names and k - s < e - s), None
            )
            if cut is None and self._after_role(s):
                cut = self._name_tail(s, e)
            if cut is None or not self._is_name_tail(doc[cut:e]):
                out.append((s, e))
                continue
            tail = doc[cut:e]
            out.append((s, cut))
            entity = self.people.setdefault(tail.text, Person(tail.text, True))
            entity.role = entity.role or doc[s:cut].text
            self._surname.setdefault(fold(tail[-1].text), entity)
            for i in range(cut, e):
                self._token_entity[i] = entity
        return out

    def _is_name_tail(self, tail: Span) -> bool:
        """Two to four capitalised words (hyphen parts allowed: 'Man-kei') naming a person,
        with no organisation, outlet or plural word among them."""
        doc = self.doc
        shaped = all(
            (t.text[:1].isupper() and t.pos_ == "PROPN") or t.text == "-"
            or (t.i > tail.start and doc[t.i - 1].text == "-" and t.is_alpha)
            for t in tail
        )
        return shaped and tail[0].text[:1].isupper() and (
            2 <= sum(t.text != "-" for t in tail) <= 4
        ) and not any(
            t.tag_ == "NNPS" or t.lemma_.lower() in self.lex.bodies
            or t.lower_ in self.lex.outlet_words for t in tail
        )

    def _looks_personal(self, ent: Span) -> bool:
        """'Nikki Haley' tagged ORG: two or three capitalised words opening with a known given
        name (or right after another organisation's name), none of them an organisation or
        outlet word, name a person."""
        doc = self.doc
        if ent.label_ != "ORG":
            return False
        inner = max(
            (t.i for t in ent[:-2] if self.role_word(t) and t.lower_ in self.lex.roles),
            default=-1,
        )  # a person noun ('Representative'), not a title adjective ('National')
        if inner >= 0:  # 'United States Representative Elijah Cummings'
            ent = doc[inner + 1 : ent.end]
        words = [t for t in ent if t.lower_ not in DETS]
        before = ent.start - 1
        if before > 0 and doc[before].text == ",":
            before -= 1  # 'His wife, Maya Rockeymoore Cummings'
        return (
            2 <= len(words) <= 3 and ent[0].lower_ not in DETS
            and (
                fold(words[0].text) in self.lex.first_names
                # straight after another organisation's name: 'the United Nations Nikki Haley'
                or (ent.start > 0 and self.doc[ent.start - 1].ent_type_ == "ORG")
                # with a role: 'commissioner Gáspár Maróth', 'Gáspár Maróth, the commissioner'
                or inner >= 0 or (before >= 0 and self.role_word(doc[before]))
                or any(
                    c.dep_ == "appos" and c.lemma_.lower() in self.lex.roles
                    for c in ent.root.children
                )
            )
            and all(t.pos_ == "PROPN" and t.is_title and t.tag_ != "NNPS" for t in words)
            and not any(
                t.lemma_.lower() in self.lex.bodies or t.lower_ in self.lex.outlet_words
                for t in words
            )
        )

    def _after_role(self, s: int) -> bool:
        """Is the entity at ``s`` the object of a role ('director of X', 'Ambassador to X')?"""
        doc = self.doc
        j = s - 1
        if j >= 0 and doc[j].lower_ == "the":
            j -= 1
        return j >= 1 and doc[j].lower_ in ("of", "to", "for", "at") and (
            self.role_word(doc[j - 1]) or doc[j - 1].lemma_.lower() in self.lex.roles
        )

    def _name_tail(self, s: int, e: int) -> int | None:
        """Where a person's name starts inside an organisation entity ('the United Nations
        Nikki Haley'): the last two name words, three when the first is a known given name."""
        doc = self.doc
        starts = [k for k in range(s + 1, e) if doc[k - 1].text != "-" and doc[k].text != "-"]
        if len(starts) < 2:
            return None
        cut = starts[-2]
        if len(starts) >= 4 and fold(doc[starts[-3]].text) in self.lex.first_names:
            cut = starts[-3]
        return cut

    def _role_of(self, head: Token, start: int) -> str | None:
        """Role from pre-modifiers ('Kremlin spokesman') or an apposition ('..., the EU's ...')."""
        doc = self.doc
        first = min(head.left_edge.i, start)
        while first < start and (doc[first].lower_ in DETS or doc[first].is_punct and
                                 doc[first].text != "("):
            first += 1
        if first < start:
            words = doc[first:start]
            if (
                any(t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.is_title) for t in words)
                and not any(t.ent_type_ == "PERSON" and not self.role_word(t) for t in words)
                and not all(t.lower_ in _TITLES for t in words)
            ):
                return _strip_brackets(words.text) or None
        for child in head.children:
            if child.dep_ == "appos" and child.ent_type_ != "PERSON":
                sub = list(child.subtree)
                toks = [t for t in sub if not (t.i == sub[0].i and t.lower_ in DETS)]
                text = doc[toks[0].i : sub[-1].i + 1].text if toks else ""
                if any(t.pos_ in ("NOUN", "PROPN") for t in sub):
                    return _strip_brackets(text) or None
        noun = None
        if head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN") and (
            head.head.ent_type_ != "PERSON"
        ):
            noun = head.head
        elif start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ == "NOUN":
            noun = doc[start - 2]  # 'the El Paso mayor, Dee Margo,' parsed without apposition
        if noun is not None:
            left = [t for t in noun.lefts if t.lower_ not in DETS and not t.is_punct]
            words_l = [t.text for t in left] + [noun.text]
            return _strip_brackets(" ".join(words_l)) or None
        return None

    def _build_roles(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            s, e = self._bounds(ent, True)
            entity = self._token_entity.get(s)
            if entity is None or entity.role:
                continue
            role = self._role_of(ent.root, s)
            if role:
                entity.role = role
            for g in self._gender_words(s, entity):
                entity.votes[g] += 3
        # people the NER did not tag PERSON ('Campaigner Ann Lee'): role from their first mention
        firsts: dict[int, int] = {}
        for i, entity in sorted(self._token_entity.items()):
            if entity.is_person and not entity.role and id(entity) not in firsts:
                firsts[id(entity)] = i
        for i in firsts.values():
            entity = self._token_entity[i]
            e = i
            while e + 1 < len(self.doc) and self._token_entity.get(e + 1) is entity:
                e += 1
            role = self._role_of(self.doc[e], i)
            if role:
                entity.role = role
        for entity in self.people.values():
            first = fold(entity.name.split()[0]) if entity.is_person else ""
            if first in self.lex.first_names:  # weak prior; the article's own words outvote it
                entity.votes[self.lex.first_names[first]] += 2

    def _gender_words(self, s: int, entity: Person) -> list[str]:
        out = []
        if s > 0 and self.doc[s - 1].lower_ in self.lex.gender:
            out.append(self.lex.gender[self.doc[s - 1].lower_])
        for w in (entity.role or "").lower().split():
            if w in self.lex.gender:
                out.append(self.lex.gender[w])
        return out

    def entity_at(self, tok: Token) -> Person | None:
        """The named entity a token belongs to, via the ents or the surname index."""
        entity = self._token_entity.get(tok.i)
        if entity is None and tok.i > 0 and (
            tok.text.replace(".", "").lower() in self.lex.postnominals
            and self.doc[tok.i - 1].pos_ == "PROPN"
        ):
            return self.entity_at(self.doc[tok.i - 1])  # 'Kama Melly QC said': Melly speaks
        if entity is None and tok.pos_ == "PROPN":
            key = fold(tok.text)
            entity = self._surname.get(key) or self._part.get(key) or self._acronyms.get(tok.text)
            if entity is None and key in self._chains and tok.ent_type_ in ("", "PERSON", "ORG"):
                s, e = self._chains[key]
                if not any(i in self._token_entity for i in range(s, e)):
                    name = self.doc[s:e].text
                    entity = self.people.setdefault(name, Person(name, True))
                    self._surname.setdefault(key, entity)
        return entity
