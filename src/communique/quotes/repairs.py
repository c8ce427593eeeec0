"""Repairs for the names the small NER model gets wrong, shared by ``NameIndex``.

Real articles break the model's entities in recurring ways: a person merged into an
organisation ('Amnesty International Man-kei Tam', 'the United Nations Nikki Haley'), a place
glued to a name after 'of' ('First Minister of Scotland Nicola Sturgeon'), a body cut at 'and'
('the High Court of England and Wales'), a short form that needs the article's fullest name.
Each repair reads the parse and the word tables (titles, role nouns, body nouns, given names);
none is tied to one article.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from communique.quotes.cues import Lexicon
from communique.quotes.people import (
    DETS,
    PLACE,
    Person,
    country_of_word,
    fold,
    gazetteer_places,
    in_order,
    is_initial,
    known_name_from,
    name_hyphen,
    name_particles,
    name_words,
    written_particle,
)
from communique.resources import load_table, load_words

# how far after a subject its pronoun is looked for, and the pronouns that only a person takes
_PRONOUN_REACH = 30
_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})

# Surnames that end like an occupation noun ('Lindqvist', 'Sundquist') are names.
_NAME_ENDINGS = ("quist", "qvist", "kvist", "vist")


def _occupation(low: str) -> bool:
    """Is a word an '-ist' occupation noun ('ecologist', 'guitarist', 'pianist')?

    Trades and sciences coin these freely, so no table lists them all; the suffix does.
    Short words ('Christ') and Nordic surnames are left alone.
    """
    return (
        len(low) >= 7 and low.endswith("ist") and low.isalpha()
        and not low.endswith(_NAME_ENDINGS)
    )


def _initials_of(short: list[str], long: list[str]) -> bool:
    """Does a name with initials stand for the longer name word for word ('U.S. Geological
    Survey' for 'United States Geological Survey', 'N.Y. Fire Department')? Every initial
    opens the word in its place, every other word is the same, and one initial at least."""
    return len(short) == len(long) and any(len(a) == 1 for a in short) and all(
        a == b or (len(a) == 1 and len(b) > 1 and b.startswith(a))
        for a, b in zip(short, long, strict=True)
    )


# Endings of adjectives that open a body's name ('Electoral', 'Federal', 'Democratic').
_ADJECTIVE_ENDINGS = ("al", "ic", "ian", "ive", "ary", "ous", "ese", "ish")

# Endings of agent nouns ('midfielder', 'firefighter', 'astronaut', 'billionaire').
_AGENT_ENDINGS = ("er", "or", "ist", "aut", "aire")


def agent_noun(low: str) -> bool:
    """Is a word shaped like an agent noun (a trade or description of a person)?"""
    return len(low) >= 6 and low.isalpha() and low.endswith(_AGENT_ENDINGS)


def _place_kind_words() -> frozenset[str]:
    """Nouns that end the name of a place ('Springs', 'Beach'), ``quote_place_kinds.csv``."""
    return load_words("quote_place_kinds.csv", "word")


@lru_cache(maxsize=1)
def _given_name_roles() -> dict[str, str]:
    """Role words that are also given names (``quote_given_name_roles.csv``: 'sultan',
    'dean'), with what must follow for the word to be the given name."""
    return {
        r["word"].lower(): r["given_before"] for r in load_table("quote_given_name_roles.csv")
    }


def _lone_surname_after(tok: Token) -> bool:
    """Is ``tok`` followed by one capitalised name word and no more ('Dean Morris said',
    'coach, Dean Kowalski, 52')? A title before a lone surname is rare in news copy ('Dean
    Jane Roe' names the holder in full), a given name before it common."""
    doc = tok.doc
    k = tok.i + 1
    if k >= len(doc) or doc[k].pos_ != "PROPN" or not doc[k].is_title or doc[k].ent_type_ not in (
        "", "PERSON"
    ):
        return False
    if tok.i > 0 and doc[tok.i - 1].lower_ in ("the", "a", "an"):
        return False  # 'the Dean Smith Center': a description
    return k + 1 >= len(doc) or not (doc[k + 1].pos_ == "PROPN" and doc[k + 1].is_title)


def _family_after(tok: Token) -> bool:
    """Does a family or father's name follow the word ``tok`` ('Sultan' + 'Al Jaber', + 'bin
    Salman', + 'Ahmed Al Jaber')? A title precedes a given name, so the word is a given name."""
    doc = tok.doc
    k = tok.i + 1
    if k + 1 < len(doc) and written_particle(doc[k]) and doc[k + 1].text[:1].isupper():
        return True
    return (
        k + 2 < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title
        and written_particle(doc[k + 1], True) and doc[k + 2].text[:1].isupper()
    )


class EntityRepairs:
    """Mixin: needs ``doc``, ``lex``, ``people``, ``_surname``, ``_token_entity``,
    ``_shown_gender`` and ``_role_words``."""

    doc: Doc
    toks: list[Token]  # ``list(doc)``, made once (see ``NameIndex``)
    ents: list[Span]  # ``list(doc.ents)``, made once (see ``NameIndex``)
    lex: Lexicon
    people: dict[str, Person]
    _surname: dict[str, Person]
    _token_entity: dict[int, Person]
    _shown_gender: dict[int, str]
    _role_words: dict[int, bool]  # see role_word

    def role_word(self, tok: Token) -> bool:
        """A title or role noun ('Senator', 'Legislator', 'Voter') that is never a name part.
        Read once per token of the article: the name readers ask it of the same words often."""
        if tok.doc is not self.doc:
            return self._read_role_word(tok)
        known = self._role_words.get(tok.i)
        if known is None:
            known = self._role_words[tok.i] = self._read_role_word(tok)
        return known

    def _read_role_word(self, tok: Token) -> bool:
        low = tok.lower_
        given = _given_name_roles().get(low)
        if given is not None and tok.is_title and (
            _family_after(tok) if given == "family" else _lone_surname_after(tok)
        ):
            return False  # 'Sultan Al Jaber', 'Dean Morris': the given name, not a title
        if low in self.lex.titles:
            return True
        if tok.is_title and low in load_words("quote_military_ranks.csv", "word") and (
            tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN"
            and tok.doc[tok.i + 1].lower_ not in self.lex.titles
        ):
            return True  # 'Private Taras Melnyk' ('the private secretary' is no rank)
        if _occupation(low) and fold(tok.text) not in self.lex.first_names:
            return True  # 'Ecologist Jane Roe', 'Physicist John Doe': the -ist nouns of trades
        if tok.is_title and low in self.lex.roles and known_name_from(tok):
            return False  # 'Marine Le Pen': a well-known name, not a marine
        # a role word joined by a hyphen is a name part ('Man-kei')
        return low in self.lex.roles and bool(tok.whitespace_) and not (
            tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_
        )

    def hyphen_role_start(self, s: int) -> int:
        """Start of a hyphenated role description glued before the name at ``s`` ('co-author',
        'vice-president', 'ex-minister', 'then-governor', 'self-described activist'), or ``s``
        when there is none. The parser often cuts such a word at its hyphen and makes the
        prefix ('co') the subject of the verb; the prefix and role then stand for the person
        they describe, so the speaker is the name, never a fragment like 'study co'."""
        toks = self.toks
        j = s - 1
        if j < 2 or not toks[j].is_alpha or not (
            self.role_word(toks[j]) or toks[j].lemma_.lower() in self.lex.roles
            or agent_noun(toks[j].lower_)
        ):
            return s

        def glued(k: int) -> bool:  # a hyphen written inside one word
            return (
                k >= 1 and toks[k].text == "-" and not toks[k].whitespace_
                and not toks[k - 1].whitespace_ and toks[k - 1].is_alpha
            )

        start = s
        while True:
            if glued(j - 1):
                j -= 2  # 'co-' + 'author'
            elif j >= 3 and toks[j - 1].is_lower and toks[j - 1].is_alpha and glued(j - 2):
                j -= 3  # 'self-described' + 'activist'
            else:
                break
            start = j
        if any(toks[k].ent_type_ for k in range(start, s)):
            return s  # 'Saudi-born activist X': a place or body of its own, not the person
        return start

    def describes(self, tok: Token, nxt: Token) -> bool:
        """Is ``tok`` a description glued before a given name ('Midfielder Maria Lopez',
        'Firefighter John Doe')? An agent-shaped word that is no given name itself, right
        before a known given name, describes the person; 'Jean Claude' or 'Om Prakash' (no
        agent shape) stay names."""
        return (
            fold(nxt.text) in self.lex.first_names
            and fold(tok.text) not in self.lex.first_names
            and agent_noun(tok.lower_)
        )

    def _after_place(self, s: int, e: int) -> int:
        """Skip the place in a 'Title from/of Place First Last' chain."""
        toks = self.toks
        while e - s > 1 and toks[s].ent_type_ in PLACE:
            s += 1
        if e - s >= 3:
            # 'Ohio John Smith' tagged as one PERSON: the name starts at the first given name
            for j in range(s + 1, e - 1):
                if fold(toks[j].text) in self.lex.first_names:
                    return j
            places = {ent.text for ent in self.ents if ent.label_ in PLACE}
            if toks[s].text in places:  # the place is tagged as a place elsewhere
                return s + 1
        return s

    def _longer_body(self, key: str) -> Person | None:
        """The one organisation whose longer name ends with this one ('Court of Justice' ->
        'European Court of Justice'); places never ('Korea' is not 'North Korea')."""
        words = name_words(key)
        n = len(words)
        found = [
            p for p in self.people.values()
            if not p.is_person and not p.place
            and len(w := name_words(p.name)) >= n and w != words
            and (w[-n:] == words if len(w) > n else _initials_of(words, w))
        ]
        if not found and n == 1:
            # 'the Commission' after 'the Commission on Elections (Comelec)': a one-word
            # body is the head of a longer name that goes on with 'on', 'of' or 'for'
            found = [
                p for p in self.people.values()
                if not p.is_person and not p.place
                and len(w := name_words(p.name)) > 2 and w[0] == words[0]
                and w[1] in ("on", "of", "for")
            ]
        if len(found) > 1:
            # 'the Ministry' after 'MINISTRY OF HEALTH' (a letterhead), 'the Ministry of Health'
            # and 'Ministry of Health, Afya House' (a contact line): one body written three
            # ways, each longer form starting with the shortest
            short = min(found, key=lambda p: (len(name_words(p.name)), p.name.isupper()))
            head = name_words(short.name)
            if all(name_words(p.name)[: len(head)] == head for p in found):
                return short
        return found[0] if len(found) == 1 else None

    def _coordinated(self, s: int, e: int) -> int:
        """'the High Court of England and Wales': a body 'of' a place coordinated with a second
        one-word place keeps both; 'the ACLU of Montana and the Native American Rights Fund'
        (a determiner after 'and') is two speakers."""
        doc = self.doc
        toks = self.toks
        remit_end = self._remit_conjunct(s, e)
        if remit_end is not None:
            return remit_end
        if e + 1 >= len(doc) or toks[e].lower_ != "and" or not any(
            t.lower_ == "of" for t in doc[s:e]
        ):
            return e
        nxt = toks[e + 1]
        after = toks[e + 2] if e + 2 < len(doc) else None
        if (
            nxt.pos_ == "PROPN" and nxt.is_title and nxt.ent_type_ in ("GPE", "LOC", "ORG")
            and toks[e - 1].ent_type_ in ("GPE", "LOC", "ORG") and toks[e - 1].pos_ == "PROPN"
            and (after is None or after.pos_ != "PROPN")
        ):
            return e + 2
        return e

    def _remit_conjunct(self, s: int, e: int) -> int | None:
        """'the Centre for Volcanology and Geological Hazard Mitigation' tagged as two bodies
        split at 'and': a body named for a remit ('for', 'of') followed by 'and' and a second
        tagged name with no body noun of its own, which the parse joins to the remit, is the
        rest of the first name (the end of the whole name; None when it is not so)."""
        toks = self.toks
        n = len(toks)
        if e + 1 >= n or toks[e].lower_ != "and" or not any(
            t.lower_ in ("for", "of") for t in toks[s:e]
        ):
            return None
        nxt = toks[e + 1]
        if nxt.ent_type_ != "ORG" or nxt.ent_iob_ != "B" or not nxt.is_title:
            return None
        end = e + 2
        while end < n and toks[end].ent_iob_ == "I":
            end += 1
        root = self.doc[e + 1 : end].root
        if root.dep_ != "conj" or not s <= root.head.i < e or any(
            t.lemma_.lower() in self.lex.bodies for t in toks[e + 1 : end]
        ):
            return None
        return end

    def _place_seat(self, s: int, e: int) -> int:
        """'the ACLU of Montana': a one-word organisation 'of' a named place."""
        doc = self.doc
        toks = self.toks
        if e + 1 < len(doc) and toks[e].lower_ == "of" and toks[s].ent_type_ == "ORG" and (
            toks[e + 1].ent_iob_ == "B" and toks[e + 1].ent_type_ == "GPE"
        ):
            k = e + 2
            while k < len(doc) and toks[k].ent_iob_ == "I":
                k += 1
            return k
        return e

    def _containing(self, words: list[str]) -> Person | None:
        """The one person whose longer name holds these name words: as a run ('Maria Lopez' in
        'Maria Lopez Garcia') or as first and last name around a middle name."""
        n = len(words)
        found = []
        for p in self.people.values():
            w = name_words(p.name) if p.is_person else []
            if len(w) <= n:
                continue
            if any(w[k : k + n] == words for k in range(len(w) - n + 1)) or (
                w[0] == words[0] and w[-1] == words[-1] and in_order(words, w)
            ):
                found.append(p)
        return found[0] if len(found) == 1 else None

    def _split_org_person(self, orgs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'Amnesty International Man-kei Tam' tagged as one ORG: the organisation (named
        alone elsewhere in the article) and the person after it are two names."""
        doc = self.doc
        names = {e.text for e in self.ents if e.label_ == "ORG" and len(e) > 1}
        out = []
        for s, e in orgs:
            cut = next(
                (k for k in range(e - 1, s, -1) if doc[s:k].text in names and k - s < e - s), None
            )
            if cut is None and self._after_role(s) and not self._role_held(s):
                cut = self._name_tail(s, e)
                if cut is not None and not self._personal_tail(doc[s:cut], doc[cut:e]):
                    cut = None  # 'head of Electoral Observation Mission': one body's name
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

    def _personal_tail(self, body: Span, tail: Span) -> bool:
        """Is the end of an organisation after a role ('director of the FBI Christopher
        Wray') a person? Not when all that would be left of the body is adjectives of its
        name ('head of Electoral Observation Mission', 'National', 'Federal'): the words
        after them are the body's own name, unless the first is a known given name."""
        if fold(tail[0].text) in self.lex.first_names:
            return True
        if body[-1].lower_ == "and" and tail[0].lower_.endswith(_ADJECTIVE_ENDINGS):
            return False  # 'Minister of Health and [Social Welfare]': the rest of a remit
        words = [t for t in body if t.lower_ not in DETS]
        return not words or not all(
            t.lower_.endswith(_ADJECTIVE_ENDINGS) and t.is_alpha for t in words
        )

    def _is_name_tail(self, tail: Span) -> bool:
        """Two to four capitalised words (hyphen parts allowed: 'Man-kei') naming a person,
        with no organisation, outlet or plural word among them."""
        toks = self.toks
        shaped = all(
            (t.text[:1].isupper() and t.pos_ == "PROPN") or t.text == "-"
            or (t.i > tail.start and toks[t.i - 1].text == "-" and t.is_alpha)
            for t in tail
        )
        return shaped and tail[0].text[:1].isupper() and (
            2 <= sum(t.text != "-" for t in tail) <= 4
        ) and not any(
            t.tag_ == "NNPS" or t.lemma_.lower() in self.lex.bodies
            or t.lower_ in self.lex.outlet_words for t in tail
        )

    def _initialled_person(self, ent: Span) -> bool:
        """'Leader of the Opposition in the Legislative Assembly R. Ashoka' tagged ORG: an
        entity that ends in an initial and a capitalised surname after words of an office
        is a person whose name the tagger ran into the office ('J.P. Morgan', with nothing
        before the initials, stays a bank)."""
        if ent.label_ != "ORG" or len(ent) < 3:
            return False
        last, initial = ent[-1], ent[-2]
        return (
            is_initial(initial) and last.pos_ == "PROPN" and last.is_title
            and last.lemma_.lower() not in self.lex.bodies
            and any(t.is_alpha and t.is_title for t in ent[:-2])
        )

    def _looks_personal(self, ent: Span) -> bool:
        """'Nikki Haley' tagged ORG: two or three capitalised words opening with a known given
        name (or right after another organisation's name), none of them an organisation or
        outlet word, name a person."""
        doc = self.doc
        toks = self.toks
        if ent.label_ != "ORG" and not (
            ent.label_ in ("GPE", "FAC", "LOC") and self._given_named_place(ent)
        ):  # ('Aleksandar Vučić opened a zone' tagged a building)
            return False
        inner = max(
            (t.i for t in ent[:-2] if self.role_word(t) and t.lower_ in self.lex.roles),
            default=-1,
        )  # a person noun ('Representative'), not a title adjective ('National')
        if inner >= 0:  # 'United States Representative Elijah Cummings'
            ent = doc[inner + 1 : ent.end]
        # lower-case particles join the name words ('María de los Santos' tagged ORG): they
        # neither count as words nor break the capitalised shape
        words = [
            t for t in ent if t.lower_ not in DETS and not name_hyphen(t)
            and not (
                t.text.islower() and t.lower_ in name_particles()
                and ent.start < t.i < ent.end - 1
            )
        ]
        before = ent.start - 1
        if before > 0 and toks[before].text == ",":
            before -= 1  # 'His wife, Maya Rockeymoore Cummings'
        return (
            2 <= len(words) <= 3 and ent[0].lower_ not in DETS
            and (
                fold(words[0].text) in self.lex.first_names
                # straight after another organisation's name: 'the United Nations Nikki Haley'
                or (ent.start > 0 and self.toks[ent.start - 1].ent_type_ == "ORG")
                # with a role: 'commissioner Gáspár Maróth', 'Gáspár Maróth, the commissioner'
                or inner >= 0 or (before >= 0 and self.role_word(toks[before]))
                or any(
                    c.dep_ == "appos" and c.lemma_.lower() in self.lex.roles
                    for c in ent.root.children
                )
                or self._personal_pronoun_after(ent)
            )
            and all(t.pos_ == "PROPN" and t.is_title and t.tag_ != "NNPS" for t in words)
            and not any(
                t.lemma_.lower() in self.lex.bodies or t.lower_ in self.lex.outlet_words
                for t in words
            )
        )

    def _personal_pronoun_after(self, ent: Span) -> bool:
        """'Rosalba Díaz Hernández was sweeping water out of the store she has run': a
        subject the tagger called a body whose next pronoun in the paragraph, before anyone
        or anything else is named, is 'she' or 'he' (a body is 'it' or 'they')."""
        set_off = ent.start > 0 and self.toks[ent.start - 1].text == ","
        verb_next = ent.end < len(self.doc) and self.toks[ent.end].pos_ in ("VERB", "AUX")
        if ent.root.dep_ not in ("nsubj", "nsubjpass") and not (
            ent.root.dep_ == "appos" and set_off and verb_next
        ):  # ('On Calle X, Rosalba ... was sweeping' with the name set on the place)
            return False
        if fold(ent.text) in gazetteer_places() or country_of_word(ent.text) is not None:
            return False  # ('..., from Bahraich, Uttar Pradesh, shared her story')
        for t in self.doc[ent.end : min(ent.end + _PRONOUN_REACH, len(self.doc))]:
            if "\n" in t.text or t.ent_type_ in ("PERSON", "ORG", "NORP"):
                return False
            if t.lower_ in _PERSONAL_PRONOUNS:
                gender = "f" if t.lower_ in ("she", "her", "hers", "herself") else "m"
                for k in range(ent.start, ent.end):
                    self._shown_gender[k] = gender
                return True
            if t.lower_ in ("it", "its", "they", "them", "their"):
                return False
        return False

    def _given_named_place(self, ent: Span) -> bool:
        """'Kemi Badenoch accused ...' tagged a place: two or three words opening with a known
        given name, which no gazetteer knows as a place and which end in no place noun
        ('Alice Springs', 'Virginia Beach' stay places)."""
        return (
            2 <= len(ent) <= 3 and fold(ent[0].text) in self.lex.first_names
            and fold(ent.text) not in gazetteer_places() and country_of_word(ent.text) is None
            and ent[-1].lower_ not in _place_kind_words()
        )

    def _role_held(self, s: int) -> bool:
        """Is the role before the entity at ``s`` set in apposition to a person already
        ('Dr. Wanjiru Kamau, Head of Disaster Risk Management at KRCS'), so the words after
        it are the remit, not its holder's name?"""
        j = s - 1
        while j >= 0 and self.toks[j].lower_ in ("the", "of", "to", "for", "at"):
            j -= 1
        role = self.toks[j] if j >= 0 else None
        return role is not None and role.dep_ == "appos" and role.head.ent_type_ == "PERSON" and (
            role.head.i < role.i
        )

    def _after_role(self, s: int) -> bool:
        """Is the entity at ``s`` the object of a role ('director of X', 'Ambassador to X')?"""
        toks = self.toks
        j = s - 1
        if j >= 0 and toks[j].lower_ == "the":
            j -= 1
        if j < 1 or toks[j].lower_ not in ("of", "to", "for", "at"):
            return False
        parts = [toks[j - 1]]  # 'Ambassador-at-Large of the ...': any part of a hyphened role
        k = j - 1
        while k >= 2 and toks[k - 1].text == "-":
            k -= 2
            parts.append(toks[k])
        return any(self.role_word(t) or t.lemma_.lower() in self.lex.roles for t in parts)

    def _name_tail(self, s: int, e: int) -> int | None:
        """Where a person's name starts inside an organisation entity ('the United Nations
        Nikki Haley'): the last two name words, three when the first is a known given name."""
        toks = self.toks
        starts = [k for k in range(s + 1, e) if toks[k - 1].text != "-" and toks[k].text != "-"]
        if len(starts) < 2:
            return None
        cut = starts[-2]
        if len(starts) >= 4 and fold(toks[starts[-3]].text) in self.lex.first_names:
            cut = starts[-3]
        return cut
