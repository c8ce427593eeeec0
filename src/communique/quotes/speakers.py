"""Who is who in one article: names, roles, genders and a salience list for pronouns.

No coreference model can be shipped, so resolution follows how news prose introduces people:
a full name with a role on first mention ('Kremlin spokesman Dmitry Peskov', 'Josep Borrell, the
EU's High Representative ...'), then a surname ('Peskov'), a role noun ('the spokesman', 'the
Foreign Minister') or a pronoun. ``Cast`` indexes the article once (names, surnames, roles,
organisations, gender evidence from titles and the article's own pronouns) and answers
``resolve(token)`` for the subject of a cue verb. Mentions inside quotation marks count for names
and roles but never for pronouns: the person named inside Borrell's quote is not the 'he' who
added it.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from communique.quotes.cues import Lexicon
from communique.quotes.relays import outlet_name

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
_PERSON_PRON = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_GROUP_PRON = frozenset({"they", "it", "them", "its", "their"})
_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir"})
_PLACE = frozenset({"NORP", "GPE", "LOC"})
_NOT_NAMES = frozenset(
    {"GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "FAC"}
)
_PARTICLES = frozenset(
    {"de", "dela", "del", "da", "di", "van", "von", "bin", "al", "el", "le", "la"}
)
_QUALIFIERS = frozenset({"deputy", "vice", "former", "ex", "acting", "assistant", "junior"})
_DETS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


@dataclass
class Person:
    """One person or body as the article names it (``name`` is the fullest form)."""

    name: str
    is_person: bool
    role: str | None = None
    votes: dict[str, int] = field(default_factory=lambda: {"m": 0, "f": 0})

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
    while s < e - 1 and (doc[s].lower_ in _TITLES or doc[s].lower_ in _DETS or doc[s].is_punct):
        s += 1
    while e > s + 1 and (doc[e - 1].tag_ == "POS" or doc[e - 1].is_punct):
        e -= 1
    return s, e


def _fold(text: str) -> str:
    """Lower case without diacritics: 'Erdoğan' and 'Erdogan' are one surname."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _strip_brackets(text: str) -> str:
    return " ".join(text.replace("(", " ").replace(")", " ").split()).strip(" ,;:-")


class Cast:
    """Per-article index of named people and bodies, with mention-level resolution."""

    def __init__(self, doc: Doc, lex: Lexicon, quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.lex = lex
        self._q_starts = [a for a, _ in quoted]
        self._quoted = quoted
        self.people: dict[str, Person] = {}
        self._surname: dict[str, Person] = {}
        self._part: dict[str, Person] = {}  # non-final name words -> person
        self._acronyms: dict[str, Person] = {}
        self._token_entity: dict[int, Person] = {}
        self._mentions: list[tuple[int, Person, bool]] = []  # (token i, entity, is_subject)
        self._chains = self._build_chains()
        self._build_names()
        self._build_roles()
        self._build_salience()

    # -- indexing -------------------------------------------------------------------------
    def inside_quote(self, char: int) -> bool:
        k = bisect.bisect_right(self._q_starts, char) - 1
        return k >= 0 and self._quoted[k][0] <= char < self._quoted[k][1]

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
            # strip through the last title word: 'Senate Minority Whip Dick Durbin' -> 'Dick Durbin'
            last_title = max(
                (i for i in range(s, e - 1) if doc[i].lower_ in self.lex.titles), default=s - 1
            )
            s = last_title + 1
            while e - s > 1 and doc[s].pos_ != "PROPN":
                s += 1
            while s > 0 and self._name_word(doc[s - 1]) and s <= doc[s - 1].head.i < e:
                s -= 1  # 'Om' in 'Om Prakash' when the entity starts late
        return s, e

    def _unlabelled_people(self, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Two- or three-word proper names the NER left unlabelled, when they act as people.

        'Anahit Sargsyan, 54, fled ...': a run of capitalised proper nouns with no entity label
        that is the subject of a verb (or in apposition to one) is a person's name.
        """
        doc = self.doc
        taken = {i for s, e in known for i in range(s, e)}
        out = []
        for tok in doc:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN" or tok.ent_type_:
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
                 and doc[j].ent_type_ not in _NOT_NAMES)
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
                    key = _fold(doc[k].text)
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
            if ent.label_ == "PERSON" and not (ent.text.isupper() and len(ent.text) > 2):
                persons.append(self._bounds(ent, True))  # 'NAIROBI' in a dateline is no one
            elif ent.label_ in ("ORG", "NORP", "GPE"):
                orgs.append(self._bounds(ent, False))
        places = {
            _fold(doc[s].text) for s, e in persons
            if e - s == 1 and doc[s].dep_ == "pobj"
            and doc[s].head.lower_ in ("in", "from", "to", "near", "at", "across", "into")
        }
        persons = [b for b in persons if not (b[1] - b[0] == 1 and _fold(doc[b[0]].text) in places)]
        persons += self._unlabelled_people(persons)
        # Longest names first, so 'Peskov' joins 'Dmitry Peskov', not the other way round.
        for s, e in sorted(persons, key=lambda b: -(b[1] - b[0])):
            words = [_fold(t.text) for t in doc[s:e] if not t.is_punct]
            if not words:
                continue
            entity = self._surname.get(words[-1])
            if entity is None or not set(words) <= set(_fold(entity.name).split()):
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
        long_first = sorted(orgs, key=lambda b: -(b[1] - b[0]))
        for s, e in [b for b in long_first if b[1] - b[0] > 1]:
            span = doc[s:e]
            key = _fold(span.text)
            name = span.text
            owner = doc[s - 2].text[:4].lower() if s >= 2 else ""
            generic = doc[e - 1].lemma_.lower() in self.lex.bodies and not any(
                t.text[:4].lower() == owner for t in span
            )  # "Lithuania's Foreign Ministry", but not "Thailand's Thai Raksa Chart Party"
            if generic and doc[s - 1].tag_ == "POS" and doc[s - 2].ent_type_ == "GPE":
                g = s - 2  # "Lithuania's Foreign Ministry": the owner is part of the name
                while g > 0 and doc[g].ent_iob_ == "I":
                    g -= 1
                if doc[g].lower_ == "the":
                    g += 1
                name = doc[g:e].text
            entity = self.people.setdefault(key, Person(name, False))
            caps = [t.text[0] for t in span if t.text[:1].isupper()]
            if len(caps) >= 2:
                acronyms.setdefault("".join(caps), entity)
            for i in range(s, e):
                self._token_entity[i] = entity
            if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")":
                acronyms[doc[e + 1].text] = entity  # 'Federal Security Service (FSB)'
        for s, e in [b for b in long_first if b[1] - b[0] == 1]:
            span = doc[s:e]
            key = _fold(span.text)
            entity = self._surname.get(key) or acronyms.get(span.text)
            if entity is None:
                entity = self.people.setdefault(key, Person(span.text, False))
            self._token_entity[s] = entity

    def _role_of(self, head: Token, start: int) -> str | None:
        """Role from pre-modifiers ('Kremlin spokesman') or an apposition ('..., the EU's ...')."""
        doc = self.doc
        first = min(head.left_edge.i, start)
        while first < start and (doc[first].lower_ in _DETS or doc[first].is_punct and
                                 doc[first].text != "("):
            first += 1
        if first < start:
            words = doc[first:start]
            if (
                any(t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.is_title) for t in words)
                and not any(t.ent_type_ == "PERSON" for t in words)
                and not all(t.lower_ in _TITLES for t in words)
            ):
                return _strip_brackets(words.text) or None
        for child in head.children:
            if child.dep_ == "appos" and child.ent_type_ != "PERSON":
                sub = list(child.subtree)
                toks = [t for t in sub if not (t.i == sub[0].i and t.lower_ in _DETS)]
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
            left = [t for t in noun.lefts if t.lower_ not in _DETS and not t.is_punct]
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

    def _gender_words(self, s: int, entity: Person) -> list[str]:
        out = []
        if s > 0 and self.doc[s - 1].lower_ in self.lex.gender:
            out.append(self.lex.gender[self.doc[s - 1].lower_])
        for w in (entity.role or "").lower().split():
            if w in self.lex.gender:
                out.append(self.lex.gender[w])
        return out

    def _build_salience(self) -> None:
        """Mentions outside quotes in order; pronoun votes go to the nearest preceding person."""
        last_person: tuple[int, Person] | None = None
        sent_of_last = -1
        for tok in self.doc:
            if self.inside_quote(tok.idx):
                continue
            entity = self._token_entity.get(tok.i)
            if entity is not None:
                if tok.i + 1 < len(self.doc) and self._token_entity.get(tok.i + 1) is entity:
                    continue  # only the last token of a multi-token name
                subj = tok.dep_ in _SUBJ or (tok.dep_ == "appos" and tok.head.dep_ in _SUBJ)
                self._mentions.append((tok.i, entity, subj))
                if entity.is_person:
                    last_person = (tok.i, entity)
                    sent_of_last = tok.sent.start
            elif tok.lower_ in ("he", "she") and tok.dep_ in _SUBJ and last_person is not None:
                # a subject pronoun right after a person names that person's gender
                if tok.sent.start == sent_of_last or tok.i - last_person[0] < 40:
                    last_person[1].votes[_PERSON_PRON[tok.lower_]] += 1
        self._mention_pos = [m[0] for m in self._mentions]

    # -- resolution -----------------------------------------------------------------------
    def by_label(self, label: str) -> Person | None:
        """A transcript label ('Costa', 'Natasha Gownaris', 'NG', 'A') -> the person."""
        if label.lower() in ("a", "answer"):
            # the interviewee: the first person the article names
            return next((m[1] for m in self._mentions if m[1].is_person), None)
        words = _fold(label).split()
        if not words:
            return None
        entity = self._surname.get(words[-1])
        if entity is not None:
            return entity
        for person in self.people.values():
            initials = "".join(w[0] for w in person.name.split() if w[:1].isupper())
            if person.is_person and initials == label:
                return person
        return None

    def entity_at(self, tok: Token) -> Person | None:
        """The named entity a token belongs to, via the ents or the surname index."""
        entity = self._token_entity.get(tok.i)
        if entity is None and tok.pos_ == "PROPN":
            key = _fold(tok.text)
            entity = self._surname.get(key) or self._part.get(key) or self._acronyms.get(tok.text)
            if entity is None and key in self._chains and tok.ent_type_ in ("", "PERSON", "ORG"):
                s, e = self._chains[key]
                if not any(i in self._token_entity for i in range(s, e)):
                    name = self.doc[s:e].text
                    entity = self.people.setdefault(name, Person(name, True))
                    self._surname.setdefault(key, entity)
        return entity

    def note_speaker(self, tok: Token, entity: Person) -> None:
        """Record a resolved speaker so later pronouns can chain to it."""
        k = bisect.bisect_left(self._mention_pos, tok.i)
        if k < len(self._mentions) and self._mention_pos[k] == tok.i:
            self._mentions[k] = (tok.i, entity, True)
            return
        self._mentions.insert(k, (tok.i, entity, True))
        self._mention_pos.insert(k, tok.i)

    def _pronoun(self, tok: Token) -> Person | None:
        low = tok.lower_
        if low in _PERSON_PRON:
            return self._pronoun_like(tok.i, _PERSON_PRON[low])
        return self._pronoun_like(tok.i, None, want_person=False)

    def salient(self, i: int, since: int) -> Person | None:
        """The person last made a sentence subject between tokens ``since`` and ``i``."""
        k = bisect.bisect_left(self._mention_pos, i)
        named: Person | None = None
        for pos, entity, subj in reversed(self._mentions[:k]):
            if pos < since:
                break
            if subj and entity.is_person:
                return entity
            if named is None and entity.is_person:
                named = entity
        return named

    def _pronoun_like(self, i: int, gender: str | None, want_person: bool = True) -> Person | None:
        k = bisect.bisect_left(self._mention_pos, i)
        fallback: Person | None = None
        unsure: tuple[int, Person] | None = None  # a subject of unknown gender
        for pos, entity, subj in reversed(self._mentions[:k]):
            if i - pos > 400 or (unsure is not None and unsure[0] - pos > 60):
                break
            if entity.is_person != want_person:
                continue
            if gender and entity.gender and entity.gender != gender:
                continue
            if subj:
                if not gender or entity.gender == gender:
                    return entity  # 'she' prefers the woman just named over an unknown
                if unsure is None:
                    unsure = (pos, entity)
                continue
            if fallback is None:
                fallback = entity
        return unsure[1] if unsure is not None else fallback

    def _by_role(self, tok: Token) -> Person | None:
        """'the spokesman' / 'the Foreign Minister' / 'the ministry' -> the named holder.

        Candidates hold a role (or, for bodies, a name) containing the head noun. More shared
        modifiers win; a holder whose role adds 'deputy', 'vice' or 'former' that the mention
        lacks loses ('the governor' is not the deputy governor); then the most recently
        mentioned holder wins.
        """
        words = {t.lower_ for t in tok.lefts if t.pos_ in ("ADJ", "PROPN", "NOUN")}
        head = tok.lemma_.lower()
        last_seen: dict[int, int] = {}
        k = bisect.bisect_left(self._mention_pos, tok.i)
        for pos, entity, _ in self._mentions[:k]:
            last_seen[id(entity)] = pos
        best: tuple[tuple[int, int, int], Person] | None = None
        for entity in self.people.values():
            pool = set((entity.role or "").lower().replace("-", " ").split())
            if not entity.is_person:
                pool |= set(entity.name.lower().split())
            if head in pool or tok.lower_ in pool:
                extra = (pool & _QUALIFIERS) - words
                score = (len(words & pool) - 2 * len(extra), last_seen.get(id(entity), -1), 0)
                if best is None or score > best[0]:
                    best = (score, entity)
        return best[1] if best else None

    def mention_span(self, tok: Token) -> tuple[int, int]:
        """Token bounds of the noun phrase a subject token heads (without clauses after it)."""
        entity = self._token_entity.get(tok.i)
        s = e = tok.i
        if entity is not None:
            while s > 0 and self._token_entity.get(s - 1) is entity:
                s -= 1
            while e + 1 < len(self.doc) and self._token_entity.get(e + 1) is entity:
                e += 1
            return s, e + 1
        for left in tok.lefts:
            if left.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod"):
                s = min(s, left.left_edge.i)
        return s, e + 1

    def resolve(self, tok: Token, depth: int = 0) -> Resolved:
        """Resolve the head token of a speaker mention to the fullest name the article gives."""
        s, e = self.mention_span(tok)
        doc = self.doc
        span = doc[s:e]
        low = tok.lower_
        entity: Person | None = None
        if low in ("which", "who", "that") and tok.head.dep_ == "relcl" and depth < 3:
            res = self.resolve(tok.head.head, depth + 1)  # 'Facebook, which said ...'
            return Resolved(res.entity, res.name, span.text, span.start_char, span.end_char)
        if tok.pos_ == "PRON" or low in _PERSON_PRON or low in _GROUP_PRON:
            entity = self._pronoun(tok) if (low in _PERSON_PRON or low in _GROUP_PRON) else None
            if entity is not None:
                self.note_speaker(tok, entity)
            return Resolved(entity, entity.name if entity else None, span.text, span.start_char,
                            span.end_char)
        if tok.lemma_.lower() in self.lex.documents and tok.pos_ == "NOUN":
            return self._document(tok, span)
        entity = self.entity_at(tok)
        if entity is None:
            for child in tok.children:  # 'the Vice President, Mike Pence, said'
                if child.dep_ == "appos" and self.entity_at(child) is not None:
                    entity = self.entity_at(child)
                    break
        if entity is None and tok.i + 2 < len(doc) and doc[tok.i + 1].text == ",":
            named = self._token_entity.get(doc[tok.i + 2].i)  # 'the mayor, Dee Margo, ...'
            if named is not None and named.is_person:
                entity = named
        if entity is None and tok.lower_ in self.lex.titles:
            # 'Former US Ambassador to the United Nations Nikki Haley wrote'
            for t in tok.subtree:
                if t.i > tok.i and t.ent_type_ == "PERSON" and self.entity_at(t) is not None:
                    entity = self.entity_at(t)
                    break
        if entity is None and tok.pos_ in ("NOUN", "PROPN"):
            entity = self._by_role(tok)
        if entity is None and tok.pos_ == "NOUN":
            entity = self._nominal(tok)
        if (
            entity is None and tok.pos_ == "PROPN" and tok.ent_type_ not in _NOT_NAMES
            and tok.ent_type_ != "ORG" and tok.lower_ not in self.lex.titles and len(tok.text) > 1
            and not tok.is_upper
        ):
            entity = self._new_person(tok, span)
        if entity is not None:
            self.note_speaker(tok, entity)
            name = entity.name
            if not entity.is_person:
                name = outlet_name(tok, self.lex) or name
            return Resolved(entity, name, span.text, span.start_char, span.end_char)
        proper = (
            tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL")
            and len(tok.text) > 1
        )
        named_group = (
            tok.pos_ == "NOUN"
            and tok.lemma_.lower() in self.lex.bodies
            and any(  # 'the Saudi government', 'Northamptonshire police'
                c.dep_ in ("amod", "compound") and (c.pos_ == "PROPN" or c.ent_type_ in _PLACE)
                for c in tok.lefts
            )
        )
        text = None
        if proper or named_group:
            text = " ".join(
                t.text for t in span
                if t.lower_ not in _DETS and (t.dep_ != "poss" or t.ent_type_ == "GPE")
            ).replace(" 's", "'s").replace(" \u2019s", "\u2019s")
        return Resolved(None, text or None, span.text, span.start_char, span.end_char)

    def _new_person(self, tok: Token, span: Span) -> Person:
        """A proper-noun speaker the NER missed becomes a person of this article."""
        last_pos = max((t.i for t in span if t.tag_ == "POS"), default=span.start - 1)
        words = [
            t for t in span
            if t.pos_ == "PROPN" and t.lower_ not in self.lex.titles and t.i > last_pos
        ]
        name = " ".join(t.text for t in words) or tok.text
        entity = self.people.setdefault(name, Person(name, True))
        self._surname.setdefault(_fold(tok.text), entity)
        return entity

    def _nominal(self, tok: Token) -> Person | None:
        """'a spokesman for the ministry' -> the ministry; 'the diplomat' -> the last person.

        A common-noun speaker that names no role holder speaks for the organisation it is
        attached to; a definite one ('the diplomat', 'the 48-year-old') points back like a
        pronoun to the most recent person; an indefinite one ('one MP') stays unknown.
        """
        for child in tok.children:
            if child.dep_ in ("compound", "poss") or (child.dep_ == "prep" and child.lower_ in (
                "for", "of", "at", "from"
            )):
                target = child if child.dep_ != "prep" else next(
                    (c for c in child.children if c.dep_ == "pobj"), None
                )
                if target is not None and target.ent_type_ == "ORG":
                    entity = self.entity_at(target)
                    if entity is not None and not entity.is_person:
                        return entity
        if tok.lemma_.lower() in self.lex.bodies or tok.lower_ in self.lex.bodies:
            return None
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is not None and det.lower_ in ("the", "this", "that") and not tok.tag_.endswith("S"):
            return self._pronoun_like(tok.i, None)
        return None

    def _document(self, tok: Token, span: Span) -> Resolved:
        """'the court's summary', 'data from the Archive': the author speaks, else unknown."""
        for child in tok.children:
            if child.dep_ == "poss" and self.entity_at(child) is not None:
                res = self.resolve(child)
                return Resolved(res.entity, res.name, span.text, span.start_char, span.end_char)
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and self.entity_at(pobj) is not None:
                        res = self.resolve(pobj)
                        return Resolved(
                            res.entity, res.name, span.text, span.start_char, span.end_char
                        )
        return Resolved(None, None, span.text, span.start_char, span.end_char)
