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
        self._token_entity: dict[int, Person] = {}
        self._mentions: list[tuple[int, Person, bool]] = []  # (token i, entity, is_subject)
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
        if person:
            while e - s > 1 and doc[s].lower_ in self.lex.titles:
                s += 1
        return s, e

    def _build_names(self) -> None:
        doc = self.doc
        persons: list[tuple[int, int]] = []
        orgs: list[tuple[int, int]] = []
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                persons.append(self._bounds(ent, True))
            elif ent.label_ in ("ORG", "NORP", "GPE"):
                orgs.append(self._bounds(ent, False))
        # Longest names first, so 'Peskov' joins 'Dmitry Peskov', not the other way round.
        for s, e in sorted(persons, key=lambda b: -(b[1] - b[0])):
            words = [_fold(t.text) for t in doc[s:e] if not t.is_punct]
            if not words:
                continue
            entity = self._surname.get(words[-1])
            if entity is None or not set(words) <= set(_fold(entity.name).split()):
                if entity is None or len(words) > 1:
                    name = doc[s:e].text
                    entity = self.people.setdefault(name, Person(name, True))
                    self._surname.setdefault(words[-1], entity)
            for i in range(s, e):
                self._token_entity[i] = entity
        acronyms: dict[str, Person] = {}
        for s, e in sorted(orgs, key=lambda b: -(b[1] - b[0])):
            if any(i in self._token_entity for i in range(s, e)):
                continue
            span = doc[s:e]
            key = _fold(span.text)
            entity = None
            if e - s == 1:
                entity = self._surname.get(key) or acronyms.get(span.text)
            if entity is None:
                entity = self.people.setdefault(key, Person(span.text, False))
                caps = [t.text[0] for t in span if t.text[:1].isupper()]
                if len(caps) >= 2:
                    acronyms.setdefault("".join(caps), entity)
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
            elif tok.lower_ in _PERSON_PRON and last_person is not None:
                if tok.sent.start == sent_of_last or tok.i - last_person[0] < 40:
                    last_person[1].votes[_PERSON_PRON[tok.lower_]] += 1
        self._mention_pos = [m[0] for m in self._mentions]

    # -- resolution -----------------------------------------------------------------------
    def by_label(self, label: str) -> Person | None:
        """A transcript label ('Costa', 'Natasha Gownaris', 'NG', 'A') -> the person."""
        if label.lower() in ("a", "answer"):
            first = min(
                (m for m in self._mentions if m[1].is_person), key=lambda m: m[0], default=None
            )
            return first[1] if first else None
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
            entity = self._surname.get(_fold(tok.text))
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
        for pos, entity, subj in reversed(self._mentions[:k]):
            if pos < since:
                return None
            if subj and entity.is_person:
                return entity
        return None

    def _pronoun_like(self, i: int, gender: str | None, want_person: bool = True) -> Person | None:
        k = bisect.bisect_left(self._mention_pos, i)
        fallback: Person | None = None
        for pos, entity, subj in reversed(self._mentions[:k]):
            if i - pos > 400:
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
        if tok.lemma_.lower() in self.lex.documents and tok.pos_ == "NOUN":
            return self._document(tok, span)
        entity = self.entity_at(tok)
        if entity is None:
            for child in tok.children:  # 'the Vice President, Mike Pence, said'
                if child.dep_ == "appos" and self.entity_at(child) is not None:
                    entity = self.entity_at(child)
                    break
        if entity is None and tok.pos_ in ("NOUN", "PROPN"):
            entity = self._by_role(tok)
        if entity is None and tok.pos_ == "NOUN":
            entity = self._nominal(tok)
        if entity is None and tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON"):
            entity = self._new_person(tok, span)
        if entity is not None:
            self.note_speaker(tok, entity)
            name = entity.name
            if not entity.is_person:
                name = outlet_name(tok, self.lex) or name
            return Resolved(entity, name, span.text, span.start_char, span.end_char)
        proper = tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL")
        text = " ".join(t.text for t in span if t.lower_ not in _DETS) if proper else None
        return Resolved(None, text or None, span.text, span.start_char, span.end_char)

    def _new_person(self, tok: Token, span: Span) -> Person:
        """A proper-noun speaker the NER missed becomes a person of this article."""
        words = [t for t in span if t.pos_ == "PROPN" and t.lower_ not in self.lex.titles]
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
                if target is not None:
                    entity = self.entity_at(target)
                    if entity is not None and not entity.is_person:
                        return entity
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is not None and det.lower_ in ("the", "this", "that") and not tok.tag_.endswith("S"):
            return self._pronoun_like(tok.i, None)
        return None

    def _document(self, tok: Token, span: Span) -> Resolved:
        """'the court's summary', 'data from the Archive': the author speaks, else unknown."""
        for child in tok.children:
            if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
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
