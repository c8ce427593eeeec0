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
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from communique.quotes.cues import Lexicon

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
_PERSON_PRON = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_GROUP_PRON = frozenset({"they", "it", "them", "its", "their"})
_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir"})
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
    while s < e - 1 and (doc[s].lower_ in _TITLES or doc[s].lower_ in _DETS):
        s += 1
    while e > s + 1 and (doc[e - 1].tag_ == "POS" or doc[e - 1].is_punct):
        e -= 1
    return s, e


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
        self._token_entity: dict[int, Person] = {}
        self._mentions: list[tuple[int, Person, bool]] = []  # (token i, entity, is_subject)
        self._build_names()
        self._build_roles()
        self._build_salience()

    # -- indexing -------------------------------------------------------------------------
    def inside_quote(self, char: int) -> bool:
        k = bisect.bisect_right(self._q_starts, char) - 1
        return k >= 0 and self._quoted[k][0] <= char < self._quoted[k][1]

    def _build_names(self) -> None:
        persons: list[tuple[int, int]] = []
        orgs: list[tuple[int, int]] = []
        for ent in self.doc.ents:
            s, e = _clean_name(ent)
            if ent.label_ == "PERSON":
                persons.append((s, e))
            elif ent.label_ in ("ORG", "NORP", "GPE"):
                orgs.append((s, e))
        # Longest names first, so 'Peskov' joins 'Dmitry Peskov', not the other way round.
        for s, e in sorted(persons, key=lambda b: -(b[1] - b[0])):
            words = [t.text for t in self.doc[s:e]]
            key = words[-1].lower()
            entity = self._surname.get(key)
            if entity is None or not set(w.lower() for w in words) <= set(
                entity.name.lower().split()
            ):
                if entity is None or len(words) > 1:
                    entity = self.people.setdefault(" ".join(words), Person(" ".join(words), True))
                    self._surname.setdefault(key, entity)
            for i in range(s, e):
                self._token_entity[i] = entity
        for s, e in orgs:
            if any(i in self._token_entity for i in range(s, e)):
                continue
            words = [t.text for t in self.doc[s:e]]
            entity = self._surname.get(words[-1].lower()) if len(words) == 1 else None
            if entity is None:
                name = " ".join(words)
                entity = self.people.setdefault(name, Person(name, False))
            for i in range(s, e):
                self._token_entity[i] = entity

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
        if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.ent_type_ != "PERSON":
            noun = head.head
            left = [t for t in noun.lefts if t.lower_ not in _DETS and not t.is_punct]
            words_l = [t.text for t in left] + [noun.text]
            return _strip_brackets(" ".join(words_l)) or None
        return None

    def _build_roles(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            s, e = _clean_name(ent)
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
            elif tok.lower_ in _PERSON_PRON and last_person is not None:
                if tok.sent.start == sent_of_last or tok.i - last_person[0] < 40:
                    last_person[1].votes[_PERSON_PRON[tok.lower_]] += 1
        self._mention_pos = [m[0] for m in self._mentions]

    # -- resolution -----------------------------------------------------------------------
    def entity_at(self, tok: Token) -> Person | None:
        """The named entity a token belongs to, via the ents or the surname index."""
        entity = self._token_entity.get(tok.i)
        if entity is None and tok.pos_ == "PROPN":
            entity = self._surname.get(tok.text.lower())
        return entity

    def note_speaker(self, tok: Token, entity: Person) -> None:
        """Record a resolved pronoun speaker so later pronouns can chain to it."""
        k = bisect.bisect_left(self._mention_pos, tok.i)
        self._mentions.insert(k, (tok.i, entity, True))
        self._mention_pos.insert(k, tok.i)

    def _pronoun(self, tok: Token) -> Person | None:
        low = tok.lower_
        want_person = low in _PERSON_PRON
        gender = _PERSON_PRON.get(low)
        k = bisect.bisect_left(self._mention_pos, tok.i)
        fallback: Person | None = None
        for pos, entity, subj in reversed(self._mentions[:k]):
            if tok.i - pos > 400:
                break
            if entity.is_person != want_person:
                continue
            if gender and entity.gender and entity.gender != gender:
                continue
            if subj:
                return entity
            if fallback is None:
                fallback = entity
        return fallback

    def _by_role(self, tok: Token) -> Person | None:
        """'the spokesman' / 'the Foreign Minister' / 'the ministry' -> the named holder."""
        words = {t.lower_ for t in tok.lefts if t.pos_ in ("ADJ", "PROPN", "NOUN")}
        head = tok.lemma_.lower()
        best: tuple[int, Person] | None = None
        for entity in self.people.values():
            pool = set((entity.role or "").lower().split())
            if not entity.is_person:
                pool |= set(entity.name.lower().split())
            if head in pool or tok.lower_ in pool:
                score = len(words & pool)
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

    def resolve(self, tok: Token) -> Resolved:
        """Resolve the head token of a speaker mention to the fullest name the article gives."""
        s, e = self.mention_span(tok)
        doc = self.doc
        span = doc[s:e]
        low = tok.lower_
        entity: Person | None = None
        if tok.pos_ == "PRON" or low in _PERSON_PRON or low in _GROUP_PRON:
            entity = self._pronoun(tok) if (low in _PERSON_PRON or low in _GROUP_PRON) else None
            if entity is not None:
                self.note_speaker(tok, entity)
            return Resolved(entity, entity.name if entity else None, span.text, span.start_char,
                            span.end_char)
        entity = self.entity_at(tok)
        if entity is None:
            for child in tok.children:  # 'the Vice President, Mike Pence, said'
                if child.dep_ == "appos" and self.entity_at(child) is not None:
                    entity = self.entity_at(child)
                    break
        if entity is None and tok.pos_ in ("NOUN", "PROPN"):
            entity = self._by_role(tok)
        if entity is not None:
            return Resolved(entity, entity.name, span.text, span.start_char, span.end_char)
        name = span.text
        first = name.split(" ", 1)
        if len(first) == 2 and first[0].lower() in _DETS:
            name = first[1]
        return Resolved(None, name, span.text, span.start_char, span.end_char)
