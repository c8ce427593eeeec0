"""Who is who in one article: names, roles, genders and a salience list for pronouns.

No coreference model can be shipped, so resolution follows how news prose introduces people:
a full name with a role on first mention ('Kremlin spokesman Dmitry Peskov', 'Josep Borrell, the
EU's High Representative ...'), then a surname ('Peskov'), a role noun ('the spokesman', 'the
Foreign Minister') or a pronoun. ``Cast`` extends the article's ``NameIndex`` (names, surnames,
roles, organisations, see ``names.py``) with gender evidence from the article's own pronouns and a
salience list of mentions, and answers ``resolve(token)`` for the subject of a cue verb.
Mentions inside quotation marks count for names and roles but never for pronouns: the person
named inside Borrell's quote is not the 'he' who added it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache, cached_property

from spacy.tokens import Doc, Span, Token

from communique.nlp.build import doc_text, doc_tokens, joined_titles, sent_of, sentence_opener
from communique.nlp.columns import tokens_in, tokens_of, tokens_where
from communique.quotes.cues import Lexicon
from communique.quotes.names import (
    DETS,
    NOT_NAMES,
    PLACE,
    QUALIFIERS,
    NameIndex,
    Person,
    Resolved,
    common_adjectives,
    common_nouns,
    common_word,
    country_of_capital,
    fold,
    gazetteer_places,
    honorifics,
    kin_nouns,
    kind_noun_holds,
    kind_nouns,
    leading_place_kinds,
    naming_verbs,
    place_kinds,
    public_kind_nouns,
    seat_titles,
)
from communique.quotes.party_tags import PARTIES, party_tags, state_forms
from communique.quotes.people import aged, country_of_holder, country_of_word, name_words
from communique.quotes.relays import (
    name_number_end,
    outlet_as_written,
    outlet_name,
    publication_words,
)
from communique.quotes.repairs import agent_noun
from communique.resources import load_table, load_words

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
_BREAKS = frozenset({"\u2014", "\u2013", "--", "\u2022", ":", ",", ";", "|"})
_PERSON_PRON = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_GROUP_PRON = frozenset({"they", "it", "them", "its", "their"})
_PLURAL_PRON = frozenset({"they", "them", "their"})
# adjectives that make 'figures' people, not numbers
_RANKED_PEOPLE = frozenset({"senior", "leading", "prominent"})
_PLACE_PREPOSITIONS = frozenset({"near", "between", "towards", "outside"})
# prepositions a tagger reads as adjectives when they open a sentence ('Outside court, X said')
_FRONTED_PLACES = frozenset({"outside", "inside", "near", "behind", "beside", "across", "back"})




@cache
def _body_kinds() -> dict[str, str]:
    """Body noun -> its kind ('army' and 'military' are both armed forces), see the table."""
    return {r["noun"].lower(): r["kind"].lower() for r in load_table("quote_body_kinds.csv")}


@cache
def _place_nouns() -> frozenset[str]:
    """Nouns for a place acting through its government ('the city said'), see the table."""
    return frozenset(r["noun"].lower() for r in load_table("quote_place_nouns.csv"))


@cache
def _partitives() -> frozenset[str]:
    """Nouns for a part of a document ('Part of the statement reads'), see the table."""
    return frozenset(r["noun"].lower() for r in load_table("quote_partitive_nouns.csv"))


@cache
def _proxies() -> dict[str, str]:
    """Nouns for someone speaking on a body's behalf ('spokesman') -> 'voice' for one who
    only speaks for it, 'staff' for one whose written work it publishes, see the table."""
    return {r["noun"].lower(): r["kind"].lower() for r in load_table("quote_proxy_nouns.csv")}


def _voice_noun(tok: Token) -> bool:
    """Is a noun one for someone who only speaks for a body ('spokesman', 'spokesperson')?"""
    return _proxies().get(tok.lemma_.lower(), _proxies().get(tok.lower_)) == "voice"


@cache
def _pair_nouns() -> frozenset[str]:
    """Nouns for people named together ('the couple', 'the pair'), see the table."""
    return frozenset(r["word"].lower() for r in load_table("quote_pair_nouns.csv"))


@cache
def _attendants() -> frozenset[str]:
    """Nouns for someone serving another person ('the aide', 'the lawyer'), see the table."""
    return frozenset(r["noun"].lower() for r in load_table("quote_attendant_nouns.csv"))


@cache
def _channels() -> frozenset[str]:
    """Channels through which something is said ('posted on Telegram', 'on X'), the table the
    event coder reads too (``event_media.csv``): never the body 'the group' points back to."""
    return frozenset(r["word"].lower() for r in load_table("event_media.csv"))


@cache
def _any_body_nouns() -> frozenset[str]:
    """Business nouns that fit any kind of body ('group', 'organisation'), so a public body
    that just spoke is the one meant (``quote_company_nouns.csv``, column ``any_body``)."""
    return frozenset(
        r["noun"].lower() for r in load_table("quote_company_nouns.csv") if r["any_body"] == "yes"
    )


@cache
def _commentators() -> frozenset[str]:
    """Nouns for outside commentators ('analyst', 'economist'), see the table."""
    return frozenset(r["noun"].lower() for r in load_table("quote_commentator_nouns.csv"))


@cache
def _silence() -> dict[str, str]:
    """Verbs saying someone did not speak ('could not be reached'), see the table."""
    return {r["lemma"].lower(): r["kind"] for r in load_table("quote_silence_verbs.csv")}


@cache
def _offices() -> dict[str, tuple[str, ...]]:
    """Word -> the office it names under any spelling ('spokeswoman' and 'spokesperson' ->
    spokesperson, 'PM' -> prime minister), see ``quote_office_variants.csv``."""
    return {
        r["word"].lower(): tuple(r["office"].lower().split())
        for r in load_table("quote_office_variants.csv")
    }


@cache
def _rank_titles() -> frozenset[str]:
    """Titles of birth or courtesy that hold no office ('Prince', 'His Highness'), see
    ``quote_rank_titles.csv``."""
    return load_words("quote_rank_titles.csv", "word")


@cache
def _role_sectors() -> dict[str, str]:
    """One-word role -> its sector ('president' -> GOV, 'general' -> MIL), see ``roles.csv``:
    political offices exclude each other, a rank and a post do not."""
    return {r["word"]: r["sector"] for r in load_table("roles.csv") if " " not in r["word"]}


# Sectors of professions a politician does not hold on the side (``roles.csv``)
_PROFESSIONS = frozenset({"JUD", "COP", "MED", "EDU", "REL"})


def _role_words(person: Person, others: bool = False) -> set[str]:
    """The lower-case words of the role the article gave a person ('Deputy Prime Minister'
    -> deputy, prime, minister; 'vice-president' -> vice, president), to match a role noun
    that re-names them against one set; with ``others``, those of the roles given at their
    other mentions too."""
    roles = [person.role or "", *(person.other_roles if others else [])]
    return set(" ".join(roles).lower().replace("-", " ").split())


_ROLE_PREPOSITIONS = frozenset({"of", "to", "for", "at", "in", "on", "with", "from", "about"})


def _role_heads(person: Person, others: bool = False) -> set[str]:
    """The role words that may name the office itself: those before a preposition in each
    coordinated part ('Secretary of State' -> secretary; 'Republican strategist and frequent
    critic of the governor' -> republican, strategist, frequent, critic). The object of 'of'
    is someone else's office: the critic of the governor is no governor."""
    heads: set[str] = set()
    inside = False
    roles = " , ".join([person.role or "", *(person.other_roles if others else [])])
    for w in roles.lower().replace("-", " ").replace(",", " , ").split():
        if w in _ROLE_PREPOSITIONS:
            inside = True
        elif w in ("and", ","):
            inside = False
        elif not inside:
            heads.add(w)
    return heads


def _role_head_nouns(person: Person) -> set[str]:
    """The last word before any preposition of each coordinated office the person was given
    ('court spokesman' -> spokesman, 'Secretary of State and party leader' -> secretary,
    leader): the calling itself, without the words that say where it is exercised."""
    nouns: set[str] = set()
    roles = " , ".join([person.role or "", *person.other_roles])
    for part in re.split(r"\s(?:and|,)\s", roles.lower().replace("-", " ").replace(",", " , ")):
        words: list[str] = []
        for w in part.split():
            if w in _ROLE_PREPOSITIONS:
                break
            words.append(w)
        if words:
            nouns.add(words[-1])
    return nouns


@cache
def _party_names() -> frozenset[str]:
    """Names of the parties the actor coder knows (``actors_parties.csv``), folded: a later
    'the party' re-names one though its name lacks the word ('Sinn Féin', 'Fianna Fáil')."""
    return frozenset(
        fold(r["phrase"]) for r in load_table("actors_parties.csv") if r["phrase"][:1].isupper()
    )


_QUANTIFIERS = frozenset({"some", "many", "several", "few", "most", "other", "more", "two"})


def _places_in(words: set[str]) -> set[str]:
    """The countries and states the words of a role name ('Florida Governor' -> Florida,
    'French minister' and 'minister of France' -> FRA): a mention naming another place
    names another office."""
    states = state_forms()
    found = {country_of_word(w) or states.get(w.title()) for w in words}
    return {p for p in found if p}


def _titled_body(name: str, word: str) -> bool:
    """Is a body named with a role word inside its proper name ('Financial Ombudsman
    Service' for 'the ombudsman')? Not a name that opens with the word ('Minister of
    Finance' is an office) or a lower-case description ('official WAM news agency', "Iran's
    official news agency"): the word is capitalised as part of the name."""
    words = name.split()
    at = next((k for k, w in enumerate(words) if k and fold(w) == word and w[:1].isupper()), None)
    # ('Office of the Deputy Prime Minister of the Republic of Armenia' is the minister's
    # office: the word after an 'of' names the holder the body serves, who is 'the minister')
    return bool(words) and words[0][:1].isupper() and fold(words[0]) != word and (
        at is not None and "of" not in (w.lower() for w in words[:at])
    )


def _office_parts(tok: Token) -> tuple[str, frozenset[str]]:
    """The office a role noun names and the ranks joined to it by a hyphen: 'vice-president'
    (one token, ``nlp_joined_titles.csv``) -> president, {vice}, as a role read from 'Vice
    President' splits; any other noun is its own head."""
    lemma = tok.lemma_.lower()
    if "-" not in lemma or tok.lower_ not in joined_titles():
        return lemma, frozenset()
    *ranks, head = lemma.split("-")
    return head, frozenset(ranks)


def _holds(pool: set[str], word: str, named: frozenset[str] = frozenset()) -> bool:
    """Does a role (its words, ``pool``) hold the office a role noun names? The word itself,
    or any spelling of the same office: 'Commission spokesperson' holds 'spokeswoman',
    'Prime Minister' holds 'PM'. ``named`` are the mention's proper modifiers, which a
    generic head ('chief') needs the role to share."""
    if word in pool:
        return True
    office = _offices().get(word)
    if office is None:
        return False
    if office == ("*",):
        # 'UN chief', 'WHO boss': the head of the body its modifiers name, whatever the title
        return bool(named) and named <= pool
    variants = {w for w, o in _offices().items() if o == office}
    return all(w in pool for w in office) or bool(variants & pool)


def _silent(verb: Token) -> bool:
    """Does this verb say its subject did not speak ('X could not be reached for comment',
    'X declined to comment')? Such a subject is no antecedent for the next 'he said'."""
    kind = _silence().get(verb.lemma_.lower())
    if kind == "negated":
        return any(c.dep_ == "neg" for c in verb.children)
    if kind == "declining":
        # 'declined to comment' is silence; 'declined to say whether X would ...' is a
        # spokesman who spoke, if not to that question, and is still the one in focus
        # ('declined to give guidance' withheld one thing and still speaks: "...," he said)
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in _silence() and not any(
            g.dep_ == "ccomp" for g in c.children
        ) for c in verb.children)
    return False


EMBEDDED, MAIN, SPEAKER = 1, 2, 3
# a short name defined in brackets: '«the Company»', '"Acme"', '“the Bank”'
_DEFINED = re.compile(
    r"[\"\u201c\u00ab\u2018']\s*(?:the\s+)?([A-Z][\w&.\- ]{0,40}?)\s*[\"\u201d\u00bb\u2019']"
)
# How far back (in tokens, about a paragraph) the person who just spoke is still the one a
# description right after their quote re-names
JUST_SPOKE = 120
_HEADING_WORDS = 8  # a section heading inside a story is short
# verbs that go on with what the last speaker said ('he added', 'she continued')
_GOING_ON = frozenset({"add", "continue"})
_WENT_ON = 300  # tokens back to that speaker's mention: a long quote may stand between
# a description that withholds the speaker's name on purpose
_ANONYMOUS = re.compile(
    r"\b(?:anonymity|anonymously|(?:name|identity) (?:not )?(?:be )?"
    r"(?:withheld|published|used|given|disclosed|revealed|printed)|"
    r"not (?:to )?be (?:named|identified)|declined to be (?:named|identified)|"
    r"(?:not|n't|declined to|refused to) (?:want to |wish to )?(?:give|provide|share|reveal) "
    r"(?:his|her|their) (?:full |last |real |sur)?name)\b",
    re.IGNORECASE,
)
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "xcomp", "pcomp", "csubj"})


@cache
def _body_documents() -> frozenset[str]:
    """Documents only an organisation produces ('investigation', 'audit'), see the table."""
    return frozenset(
        r["noun"].lower() for r in load_table("quote_document_nouns.csv") if r["author"] == "body"
    )


@cache
def _everyday_people() -> frozenset[str]:
    """Nouns that describe an ordinary person, not an office ('shop worker'), see the table."""
    return frozenset(r["noun"].lower() for r in load_table("quote_everyday_people.csv"))


@cache
def _person_descriptors() -> frozenset[str]:
    """Nouns that describe a person in front of a name ('official', 'campaigner'), see
    ``quote_role_words.csv``: alone after 'the' they are a person, never a body."""
    return frozenset(r["word"].lower() for r in load_table("quote_role_words.csv"))


@cache
def _reporter_nouns() -> frozenset[str]:
    """Nouns for an outlet's own reporters ('correspondent'), see the table."""
    return frozenset(r["noun"].lower() for r in load_table("quote_reporter_nouns.csv"))


def _past_office(tok: Token) -> bool:
    """Does a role noun name an office its holder has left ('the former Estonian prime
    minister', 'the ex-president')?"""
    return any(c.lower_ in ("former", "ex") for c in tok.lefts)


def _reports(person: Person) -> bool:
    """Is the person the outlet's own reporter by role ('Anadolu's Geneva correspondent')?
    A quote paragraph with no cue is never the reporter's: the reporter asks."""
    return any(w in _reporter_nouns() for w in (person.role or "").lower().split())


def _interviewer(subject: Token) -> bool:
    """Is a subject the outlet's own reporter ('Our correspondent Hani Ali', 'Our reporter')?
    The person such a subject spoke to is the source; the reporter only asks."""
    head = subject.head if subject.dep_ == "appos" else subject
    words = list(head.subtree)
    return any(t.lower_ == "our" and t.dep_ == "poss" for t in words) or any(
        t.lemma_.lower() in _reporter_nouns() and t.i <= head.i for t in words
    )


def _interviewee(tok: Token) -> bool:
    """Is a name the one an interviewer spoke to ('Our correspondent X spoke to Amal Y, a
    nurse')? Her words follow, so she is in focus, not the reporter."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "with"):
        return False
    verb = tok.head.head
    if verb.lemma_.lower() not in ("speak", "talk"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and _interviewer(subj)


def _subject_phrase_end(tok: Token) -> Token | None:
    """'Rwanda's ambassador to the UN, Ernest Rwamucyo, rejects ...': the parse hangs the
    name on the last noun of the subject's phrase ('UN'); a name closing the subject phrase
    right before its verb is in apposition to the subject itself. Returns that subject."""
    doc = tok.doc
    if any(t.text in ("(", "[") for t in doc[max(tok.left_edge.i - 1, 0) : tok.i]):
        return None  # 'Comic artist Jenn St-Onge (Nancy Drew, ...) told': her titles
    end = tok.right_edge.i
    while end + 1 < len(doc) and doc[end + 1].is_punct and doc[end + 1].text != ".":
        end += 1
    if end + 1 >= len(doc):
        return None
    verb = doc[end + 1]
    while verb.dep_ in ("aux", "auxpass", "neg", "advmod") and verb.head.i > verb.i:
        verb = verb.head  # 'has rejected', 'also says'
    subject = next((c for c in verb.children if c.dep_ in _SUBJ and c.i < tok.i), None)
    if subject is None or not any(a.i == subject.i for a in tok.ancestors):
        return None
    return subject


# Spelling variants of one remit share their first letters ('defense' / 'Defence',
# 'presidential' / 'President'): remit words are compared on this many
_STEM = 5


def _place_of(name: str) -> bool:
    """Is a name the kind of place it is and the place ('County of Cork', 'City of
    London')? Such a council area is no company, whatever 'the company' said after it."""
    words = fold(name).split()
    return len(words) > 2 and words[1] == "of" and words[0] in place_kinds() | leading_place_kinds()


def _stem(word: str) -> str:
    return word[:_STEM]


def _remit_nouns(tok: Token) -> list[Token]:
    """The lower-case nouns before a role or body noun that say what it does ('the
    communication office', 'the economy secretary')."""
    return [
        t for t in tok.subtree
        if t.i < tok.i and t.pos_ == "NOUN" and t.dep_ == "compound" and t.is_lower
    ]


def _in_clause_of(tok: Token, head: Token) -> bool:
    """Is ``tok`` inside a clause hung on ``head`` (a relative or participle clause: 'the
    governor, who was nominated by X', 'the envoy appointed by X'), where the people named
    are others than the one ``head`` describes?"""
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl", "advcl") and tok.lemma_.lower() not in naming_verbs():
            return True  # ('a commander known as Abu Hamza' names the commander himself)
        tok = tok.head
    return False


def _question_put(verb: Token) -> bool:
    """Is ``verb`` putting a question to its object ('asked Youssouf whether ...', 'pressed
    her on the deadline', 'questioned the minister about ...')?"""
    if verb.lemma_ not in ("ask", "press", "question", "quiz"):
        return False
    return any(
        (c.dep_ in ("ccomp", "advcl") and any(
            g.dep_ == "mark" and g.lower_ in ("whether", "if") or g.tag_ in ("WDT", "WP", "WRB")
            for g in c.children
        )) or (c.dep_ == "prep" and c.lower_ in ("about", "on", "over"))
        for c in verb.children
    )


def _byline(tok: Token) -> bool:
    """Is a name in a byline ('By Farah Adam, Africa correspondent'): a sentence opening with
    'By' and holding no verb?"""
    first = sentence_opener(tok)
    if first is not None and first.text == "By" and first.i < tok.i and not any(
        t.pos_ in ("VERB", "AUX") for t in sent_of(tok)
    ):
        return True
    return _name_line(tok)


# A byline sits in the first few paragraphs, after at most a headline and a standfirst
_BYLINE_PARAGRAPHS = 5
_BYLINE_STANDFIRST = 40


def _name_line(tok: Token) -> bool:
    """Is a name the start of a short line of its own above the story ('Mathieu Berthoud,
    Geneva', a feature's byline without 'By')? Its writer is never the 'she' of the lede;
    a dateline's city or a caption has a verb or comes after the story has begun."""
    text = doc_text(tok.doc)
    start = text.rfind("\n\n", 0, tok.idx) + 1
    end = text.find("\n\n", tok.idx)
    line = text[start : end if end >= 0 else len(text)].strip()
    if not line or len(line.split()) > 6 or line[-1] in ".?!:\"'\u201d\u2019":
        return False
    head = [p for p in text[:start].split("\n\n") if p.strip()]
    if len(head) > _BYLINE_PARAGRAPHS or any(len(p.split()) >= _BYLINE_STANDFIRST for p in head):
        return False  # the story has begun: a name alone now is a subhead or a caption
    toks = doc_tokens(tok.doc)  # the line's tokens, found from the name outwards
    lo, hi = tok.i, tok.i
    while lo > 0 and toks[lo - 1].idx >= start:
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1].idx < start + len(line):
        hi += 1
    words = [t for t in toks[lo : hi + 1] if start <= t.idx < start + len(line) and not t.is_space]
    return all(t.pos_ == "PROPN" and t.is_title for t in words if t.i <= tok.i) and not any(
        t.pos_ in ("VERB", "AUX") for t in words
    )  # (the name opens the line: 'Interview | Ana Lima' is a heading)


# How far after a pronoun with no antecedent its person may first be named (tokens: about
# two paragraphs of a feature's opening)
_CATAPHORA_SPAN = 150

# Adjectives that make a kind noun another body than the one named before ('the rival union')
_OTHER_BODY = frozenset({"rival", "other", "new", "second", "smaller", "larger", "breakaway",
                         "opposing", "separate", "different", "sister", "parent"})

# Modifiers only a person takes: 'the former prosecutor' is never a body
_PERSON_ONLY = frozenset({"former", "retired", "late", "veteran", "ex", "then"})

# words that make a role noun a different, higher office ('Chief Minister', 'Prime Minister',
# 'First Minister'): a bare 'the minister' names neither
_OFFICE_RANKS = frozenset({"chief", "prime", "first"})


def _ranked_only(person: Person, head: str) -> bool:
    """Is every use of the office noun ``head`` in the person's roles right after a rank word
    ('Chief Minister of Meghalaya'), so that the bare noun names some other office?"""
    uses = [
        (words[k - 1] if k else "")
        for r in _roles_of(person)
        for words in [r.lower().split()]
        for k, w in enumerate(words) if w == head
    ]
    return bool(uses) and all(prev in _OFFICE_RANKS for prev in uses)


def _roles_of(person: Person) -> list[str]:
    return [r for r in [person.role, *person.other_roles] if r]


def _office_initials(role: str, acronym: str) -> bool:
    """Does ``acronym`` write the office of ``role``: its last word ('Interior CS'), the
    initials of the whole role ('Inspector-General of Police' -> IGP) or the initials ending
    the office before its remit ('Chief Minister of Meghalaya' -> CM)? An organisation named
    in the role is no office ('WHO Director-General' is not 'the WHO')."""
    words = role.replace("-", " ").split()
    if any(w.lower() in QUALIFIERS for w in words):
        return False  # 'the PM' is not the Deputy PM
    office: list[str] = []
    for w in words:
        if w.lower() in ("of", "for", "in", "at", "to"):
            break
        office.append(w)
    if office and office[-1] == acronym:
        return True
    initials = "".join(w[0] for w in words if w[:1].isupper())
    head = "".join(w[0] for w in office if w[:1].isupper())
    return len(acronym) >= 2 and (acronym == initials or head.endswith(acronym))


def _set_on_fronted_place(tok: Token) -> bool:
    """'On Calle Cuauhtémoc, Rosalba Díaz was sweeping ...': the parse sets the name in
    apposition to the fronted place, and its verb has no subject; the name is the subject."""
    place = tok.head
    if tok.dep_ != "appos" or place.dep_ != "pobj" or place.i > tok.i:
        return False
    prep = place.head
    verb = prep.head
    first = sent_of(tok).start
    while first < tok.i and tok.doc[first].is_space:
        first += 1
    return prep.dep_ == "prep" and prep.i == first and verb.pos_ in ("VERB", "AUX") and (
        verb.i > tok.i and not any(c.dep_ in _SUBJ for c in verb.children)
        and tok.doc[tok.left_edge.i - 1].text == ","
    )


def _name_on_misread_verb(tok: Token) -> bool:
    """'..., Kim laughs and reaches for the phone': the present-tense verb right after a name
    read as a plural noun the name modifies ('Kim laughs' as one noun), with the verb joined
    to it a real one. The name is the subject of both."""
    head = tok.head
    return tok.dep_ == "compound" and tok.pos_ == "PROPN" and head.i == tok.i + 1 and (
        head.tag_ == "NNS" and head.dep_ in ("ROOT", "conj", "ccomp")
    ) and any(c.dep_ == "conj" and c.tag_ == "VBZ" for c in head.children)


@cache
def _spellings() -> dict[str, str]:
    """A body's head word in the other spelling ('center' <-> 'centre'), see
    ``quote_spelling_variants.csv``."""
    out: dict[str, str] = {}
    for row in load_table("quote_spelling_variants.csv"):
        out[row["american"]] = row["british"]
        out[row["british"]] = row["american"]
    return out


def _rank(tok: Token) -> int:
    """How salient a name mention is for a later pronoun (see ``Cast._mentions``)."""
    if _interviewee(tok):
        return MAIN
    subj = tok.dep_ in _SUBJ or (tok.dep_ == "appos" and tok.head.dep_ in _SUBJ)
    if not subj and tok.dep_ == "appos" and (holder := _subject_phrase_end(tok)) is not None:
        tok = holder  # 'Rwanda's ambassador to the UN, Ernest Rwamucyo, rejects ...'
        subj = True
    if subj and _interviewer(tok) and any(
        c.dep_ == "prep" and any(_interviewee(g) for g in c.children)
        for c in (tok.head if tok.dep_ in _SUBJ else tok.head.head).children
    ):
        return 0  # the reporter who spoke to someone asks; the one spoken to answers
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        return MAIN  # 'One is Denis Kovalchuk, a student': the copula puts him in focus
    if not subj and _set_on_fronted_place(tok):
        return MAIN
    if not subj and _name_on_misread_verb(tok):
        return MAIN
    if not subj:
        return 0
    verb = tok.head if tok.dep_ in _SUBJ else tok.head.head
    if _silent(verb):
        return 0  # 'Hayes could not be reached': named, but not the one who speaks next
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return EMBEDDED if verb.dep_ in _CLAUSES else MAIN


def _span_mask(spans: Sequence[tuple[int, int]], size: int) -> bytearray:
    """One flag per character: is it inside the span that starts last at or before it
    (``spans`` sorted by start)? The readers ask this of every token of the article, so the
    answer is laid out once instead of searched for each time. Where spans nest, the last one
    to start decides, as a search of the starts would."""
    mask = bytearray(size + 1)
    for k, (a, b) in enumerate(spans):
        nxt = spans[k + 1][0] if k + 1 < len(spans) else b
        hi = min(b, nxt, size + 1)
        if a < hi:
            mask[a:hi] = b"\x01" * (hi - a)
    return mask


class Cast(NameIndex):
    """Names of the article plus a salience list, resolving speaker mentions in order."""

    def __init__(
        self, doc: Doc, lex: Lexicon, quoted: list[tuple[int, int]],
        furniture: Sequence[tuple[int, int]] = (),
    ) -> None:
        super().__init__(doc, lex, furniture)
        self._titled_outlets: set[int] = set()  # outlets met as 'The National newspaper'
        # where the article's first quotation starts (None without one)
        self._first_quote = min((a for a, _ in quoted), default=None)
        size = len(doc_text(doc))
        self._quote_mask = _span_mask(quoted, size)
        # page furniture ('Also Read- Bayramov receives delegation ...'): another story's
        # headline puts no one in focus for the story's next 'he'
        self._furniture_mask = _span_mask(sorted(furniture), size)
        # 'the prime minister' -> the person an office written as a title first re-named
        self._offices_held: dict[str, Person] = {}
        # (token i, entity, rank): rank SPEAKER for a resolved speaker, MAIN for the subject of
        # a main clause, EMBEDDED for the subject of a reported or subordinate clause, 0 else
        self._mentions: list[tuple[int, Person, int]] = []
        self._body_tags: dict[int, bool] = {}
        # (token i, author) of the last definite document that spoke ('the statement said'),
        # so an 'it' after it is the same document ('It also warned')
        self._last_document: tuple[int, Person] | None = None
        # document noun lemma -> (token i, author) of the last such document that spoke, so
        # 'the communique said' far below 'said the communique of ASEAN' is ASEAN's again
        self._documents_spoke: dict[str, tuple[int, Person]] = {}
        self._lede_end: int | None = None  # see _in_lede
        # pronoun token i -> whom it points to when its first quote named the nearer
        # candidate ('"Dewi was calmer than me," she says. "She never ..."': both halves)
        self.besides: dict[int, Person] = {}
        self._described_names()
        # id(person) -> (person, party word, state) from 'Sen. Chris Murphy, D-Conn.'
        self._party_tags: dict[int, tuple[Person, str, str]] = {}
        for k, (party, state) in party_tags(doc).items():
            tagged = self.entity_at(self.toks[k])
            if tagged is not None and tagged.is_person:
                self._party_tags[id(tagged)] = (tagged, party, state)
        self._build_salience()
        self._role_subjects()
        self._unnamed_subjects()
        self._interviewer_addressees()

    def _in_furniture(self, char: int) -> bool:
        return 0 <= char < len(self._furniture_mask) and bool(self._furniture_mask[char])

    def inside_quote(self, char: int) -> bool:
        return 0 <= char < len(self._quote_mask) and bool(self._quote_mask[char])


    def _described_names(self) -> None:
        """'Taras, a 40-year-old miner, shrugged': a proper-noun subject the NER left unnamed
        (or took for a place) that an indefinite apposition describes as a person (a role
        noun, or an age) is a person of the article. Vox pops often give a given name only,
        and that name is the fullest the article has; unregistered, the 'he said' after it
        went to an official quoted earlier."""
        for tok in (self.toks[k] for k in tokens_in(self.doc, "pos", ("PROPN",))):
            if tok.dep_ not in _SUBJ or not tok.is_title:
                continue
            known = self._token_entity.get(tok.i)
            if (known is not None and not known.place) or self.inside_quote(tok.idx):
                continue
            if not any(self._describes_person(c) for c in tok.children if c.dep_ == "appos"):
                continue
            s = tok.i
            while s > 0 and self.toks[s - 1].pos_ == "PROPN" and self.toks[s - 1].dep_ == (
                "compound"
            ) and self.toks[s - 1].head.i == tok.i and self.toks[s - 1].is_title:
                s -= 1
            if any(self.role_word(t) for t in self.doc[s : tok.i + 1]):
                continue  # 'Mayor Ortega, a lawyer': a titled name NameIndex already knows
            name = self.doc[s : tok.i + 1].text
            known = self._surname.get(fold(tok.text)) if s == tok.i else None
            if known is None and s == tok.i:
                # 'Jade, a nursery nurse from Stockport,' after 'Jade Whitlock, 29,': the
                # given name of the one person named in full with it, as tabloids write
                known = self._part.get(fold(tok.text))
                if known is not None and known.name.split()[0] != tok.text:
                    known = None
            if known is not None and known.is_person:
                # 'Safadi, 63, a former journalist' after 'Ayman Safadi': the surname of a
                # person already named, not a new one
                self._token_entity[tok.i] = known
                continue
            person = self.people.setdefault(name, Person(name, True))
            for t in self.doc[s : tok.i + 1]:
                self._token_entity[t.i] = person
            self._surname.setdefault(fold(tok.text), person)

    def _describes_person(self, noun: Token) -> bool:
        """Is an apposition an indefinite description of one person ('a 40-year-old miner',
        'a nurse')? A person noun of the name index (a role noun, or an age) with 'a'/'an'
        says so; 'a city of 3 million' does not."""
        return self._person_noun(noun) and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children
        )

    def _build_salience(self) -> None:
        """Mentions outside quotes in order; pronoun votes go to the person in focus."""
        last_person: tuple[int, Person] | None = None
        last_subject: tuple[int, Person] | None = None
        sent_of_last = -1
        role_at = -1  # the last 'the judge' subject: a pronoun after it may be the judge's
        asked = self._question_spans()
        # (only names, nouns and the pronouns below can be mentions or votes: the rest of the
        # article's tokens are passed over without being read)
        doc = self.doc
        steps = sorted(
            set(self._token_entity) | set(tokens_in(doc, "pos", ("PROPN", "NOUN")))
            | set(tokens_in(doc, "lower", ("he", "she", "his", "her")))
        )
        for tok in (self.toks[k] for k in steps):
            if self.inside_quote(tok.idx) or tok.i in asked or self._in_furniture(tok.idx):
                continue
            entity = self._token_entity.get(tok.i)
            if entity is None and tok.pos_ == "NOUN" and tok.tag_ == "NN" and (
                tok.dep_ in _SUBJ and tok.lemma_.lower() in self.lex.roles
            ):
                role_at = tok.i
            if entity is None and tok.pos_ in ("PROPN", "NOUN") and tok.dep_ in _SUBJ:
                entity = self.entity_at(tok)  # 'Rusu has spoken again': a known surname
                if entity is not None and not entity.is_person and (
                    entity.name not in self.described_businesses  # (the article's company)
                ):
                    entity = None
                if entity is None and tok.dep_ == "nsubj" and self._is_named_group(tok):
                    # 'The Montreal team ... used data ... They found': a named group in
                    # focus is what a later 'they' or 'it' points back to
                    entity = self._org_modifier(tok) or self._named_group(tok)
            if entity is None and tok.dep_ not in _SUBJ and self._fronted_name(tok):
                entity = self.entity_at(tok)  # 'Beshear, a Democrat who ..., has become'
                if entity is not None and not entity.is_person:
                    entity = None
            if entity is not None and _byline(tok):
                continue  # 'By Farah Adam, Africa correspondent': the writer is no antecedent
            if entity is not None:
                if tok.i + 1 < len(self.doc) and self._token_entity.get(tok.i + 1) is entity:
                    continue  # only the last token of a multi-token name
                rank = self._name_rank(tok, entity)
                if not rank and self._fronted_name(tok):
                    rank = MAIN
                entity, rank = self._joint_subject(tok, entity, rank)
                self._mentions.append((tok.i, entity, rank))
                if entity.is_person and not entity.plural:
                    last_person = (tok.i, entity)
                    sent_of_last = sent_of(tok).start
                    if rank >= MAIN:
                        last_subject = (tok.i, entity)
            elif tok.lower_ in ("he", "she") and tok.dep_ in _SUBJ and last_person is not None:
                # a subject pronoun right after a person names that person's gender: the
                # subject of this or the previous sentence if there is one ('Judge Lee cut off
                # the defendant Park. ... she said': the judge), else the nearest person
                voted = last_person
                if last_subject is not None and self._near_sentence(last_subject[0], tok):
                    voted = last_subject
                rival = any(  # 'Kim Yo Jong, sister of Kim Jong Un, in which she says'
                    m[1] is not voted[1] and m[1].is_person
                    and m[1].gender == _PERSON_PRON[tok.lower_]
                    for m in self._mentions[-6:] if m[0] >= sent_of(tok).start
                )
                if (sent_of(tok).start == sent_of_last or tok.i - voted[0] < 40) and (
                    role_at < voted[0]
                ) and not rival:
                    voted[1].votes[_PERSON_PRON[tok.lower_]] += 1
            elif tok.lower_ in ("his", "her") and tok.dep_ == "poss" and (
                last_subject is not None and last_subject == last_person
                and last_subject[0] >= sent_of(tok).start and role_at < last_subject[0]
            ):
                # 'Prime Minister Kristen Michal hit back, saying his country would ...': a
                # possessive in the clause of the only person named in it is theirs, and
                # tells their gender as the article writes it (against a given name's prior)
                last_subject[1].votes[_PERSON_PRON["he" if tok.lower_ == "his" else "she"]] += 1
        self._mention_pos = [m[0] for m in self._mentions]

    def _question_spans(self) -> frozenset[int]:
        """Tokens of a fronted question put to the speaker: 'Asked whether Putin could attend,
        he replied: "..."' and 'When asked if he would invite Xi Jinping, the Prime Minister
        said ...'. A person named in the question is whom it is about, never who answers, so
        no pronoun after it points back to them."""
        out: set[int] = set()
        # only sentences holding 'asked' (walking every sentence built all its tokens again)
        asked = tokens_in(self.doc, "lower", ("asked",))
        starts = sorted({sent_of(self.toks[k]).start for k in asked})
        for start in starts:
            sent = sent_of(self.toks[start])
            words = [t for t in self.toks[sent.start : sent.end]
                     if not t.is_space and not t.is_punct or t.text == ","]
            if len(words) < 4:
                continue
            k = 1 if words[0].lower_ in ("when", "after", "once") else 0
            if words[k].lower_ != "asked" or words[k + 1].lower_ in (",", "to"):
                continue
            for t in words[k + 1 :]:
                if t.text == ",":
                    out.update(range(words[k].i, t.i))
                    break
        return frozenset(out)

    def _role_subjects(self) -> None:
        """'When a reporter asked ..., the chancellor paused. "...," he said': a definite
        role noun that is a main-clause subject re-names the holder the article gave that
        role (``_by_role``), who is then in focus for the pronoun after, as a name would be.
        Added after the names, since finding the holder reads the salience list."""
        found: list[tuple[int, Person, int]] = []
        roles = tokens_where(self.doc, "lemma", lambda w: w.lower() in self.lex.roles)
        for tok in (self.toks[k] for k in roles):
            if not (tok.pos_ == "NOUN" and tok.tag_ == "NN" or (
                tok.pos_ == "PROPN" and tok.tag_ == "NNP" and tok.is_title  # 'the Foreign
            )) or tok.dep_ not in _SUBJ or (  # Secretary was unmoved'
                tok.lemma_.lower() not in self.lex.roles
            ) or tok.i in self._token_entity or self.inside_quote(tok.idx):
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                continue
            if _rank(tok) < MAIN or any(c.dep_ == "appos" for c in tok.children) or any(
                t.ent_type_ == "PERSON" and t.dep_ in ("appos", "conj")
                for t in self.doc[tok.i + 1 : tok.right_edge.i + 1]
            ):
                continue  # ('The Minister of Budget, Sen. Atiku Bagudu, disclosed': named;
                # 'The Minister of Foreign Affairs, Trade and Worship ..., Pablo Quirno,
                # welcomed' with the name parsed as one more conjunct of the remit)
            if any(c.dep_ == "prep" and c.lower_ == "according" for c in tok.head.children):
                continue  # 'According to Wu, the governor had been "very open"': a clause
                # Wu reports, in which the office is Wu's reference, not the story's subject
            holder = self._by_role(tok)
            if holder is not None and holder.is_person and holder.name:
                found.append((tok.i, holder, MAIN))
                self._vote_after_role(tok, holder)
        self._insert_mentions(found)

    def _insert_mentions(self, found: list[tuple[int, Person, int]]) -> None:
        """Add mentions found after the salience pass, keeping the list in text order."""
        for mention in found:
            k = bisect.bisect_left(self._mention_pos, mention[0])
            self._mentions.insert(k, mention)
            self._mention_pos.insert(k, mention[0])

    def _interviewer_addressees(self) -> None:
        """'I ask her whether the deal would survive ... She pauses', 'McCartan bristles when I
        put this to her': in a first-person profile, the one the writer asks or puts things
        to is the person the profile is about, whoever was named last; she is back in focus
        for the pronouns after. That person is the one of the pronoun's gender the article
        speaks of most often (at least three times, more than any other of that gender)."""
        found: list[tuple[int, Person, int]] = []
        for tok in (self.toks[k] for k in tokens_in(self.doc, "lower", ("her", "him"))):
            if tok.tag_ != "PRP" or self.inside_quote(tok.idx):
                continue
            verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else tok.head
            if tok.dep_ not in ("dobj", "dative", "pobj") or verb.pos_ != "VERB" or (
                verb.lemma_.lower() not in load_words("quote_put_to_verbs.csv", "lemma")
            ) or not any(
                c.dep_ == "nsubj" and c.lower_ == "i" for c in verb.children
            ):
                continue
            person = self._most_named(_PERSON_PRON["he" if tok.lower_ == "him" else "she"])
            if person is not None:
                found.append((tok.i, person, MAIN))
        self._insert_mentions(found)

    def _most_named(self, gender: str) -> Person | None:
        """The person of ``gender`` the article speaks of most often, if clearly so: names
        and the pronouns that were read as theirs ('..., she says' after her name) count."""
        counts: dict[int, tuple[int, Person]] = {}
        for _, entity, _ in self._mentions:
            if entity.is_person and not entity.plural and entity.name and entity.gender == gender:
                n, _ = counts.get(id(entity), (entity.votes[gender], entity))
                counts[id(entity)] = (n + 1, entity)
        ranked = sorted(counts.values(), key=lambda c: -c[0])
        if not ranked or ranked[0][0] < 3 or (len(ranked) > 1 and ranked[1][0] >= ranked[0][0]):
            return None
        return ranked[0][1]

    def _unnamed_subjects(self) -> None:
        """'A retired nurse at the next table disagreed. "...," she said': an indefinite
        person made the subject of a main clause, whatever the verb, is someone new and
        unnamed in focus, so the pronoun after is no one named before (a cue verb already
        notes such a speaker; a verb like 'disagreed' or 'hit back' did not)."""
        found: list[tuple[int, Person, int]] = []
        lede_end = doc_text(self.doc).find("\n\n")  # (-1: the whole text is one paragraph)
        for tok in (self.toks[k] for k in tokens_in(self.doc, "dep", ("nsubj",))):
            if tok.pos_ != "NOUN" or tok.tag_ != "NN" or (
                tok.i in self._token_entity or self.inside_quote(tok.idx)
            ) or _rank(tok) < MAIN or not self._indefinite(tok):
                continue
            sex = self.lex.gender.get(tok.lower_)
            if not (self._person_noun(tok) or sex in ("m", "f") or tok.lower_ in self.lex.titles):
                continue
            if any(c.dep_ == "appos" for c in tok.children):
                continue  # 'a nurse, Mary Doe,': named after all
            verb = tok.head
            if verb.lemma_.lower() == "ask" or any(
                t.lower_ in ("him", "her", "them") for t in verb.subtree if t.i > tok.i
            ):
                continue  # 'A police officer stopped her': the named person stays in focus
            if lede_end < 0 or tok.idx < lede_end:
                continue  # a lede's 'A British aid worker ...' is the person named next
            unnamed = Person("", True)
            if sex in ("m", "f"):
                unnamed.votes[sex] += 1
            else:
                self._own_pronoun_vote(tok, unnamed)
            found.append((tok.i, unnamed, MAIN))
        for mention in found:
            k = bisect.bisect_left(self._mention_pos, mention[0])
            if k < len(self._mentions) and self._mention_pos[k] == mention[0]:
                continue
            self._mentions.insert(k, mention)
            self._mention_pos.insert(k, mention[0])

    def _own_pronoun_vote(self, tok: Token, unnamed: Person) -> None:
        """'A senior official, who asked not to be named because he was not authorised,
        said ...': a subject pronoun later in the unnamed person's own sentence, before
        anyone is named, is theirs and tells their gender, so a 'she says' after them
        passes them by."""
        if tok.dep_ == "appos" and self._token_entity.get(tok.head.i) is not None:
            return  # 'Linda Carver, 67, a retired teacher who said she ...': named after all
        for t in self.toks[tok.i + 1 : sent_of(tok).end]:
            if (named := self._token_entity.get(t.i)) is not None and named.is_person:
                return
            if t.lower_ in ("he", "she") and t.dep_ in _SUBJ and not self.inside_quote(t.idx):
                unnamed.votes[_PERSON_PRON[t.lower_]] += 1
                return

    def _vote_after_role(self, role: Token, holder: Person) -> None:
        """'The judge was unpersuaded. The city, she found, ...': the first subject pronoun
        after a role subject, before anyone else is named, is the holder's and tells the
        holder's gender (``_build_salience`` gave it to no one, a role being no name)."""
        for tok in self.doc[role.i + 1 : min(role.i + 40, len(self.doc))]:
            if self._token_entity.get(tok.i) is not None:
                return
            if tok.lower_ in ("he", "she") and tok.dep_ in _SUBJ and not self.inside_quote(
                tok.idx
            ):
                holder.votes[_PERSON_PRON[tok.lower_]] += 1
                return

    def _fronted_name(self, tok: Token) -> bool:
        """Is a proper noun the first word of its sentence, set off by a comma ('Beshear, a
        Democrat who won twice in a state that Donald Trump carried, has become ...')? In
        news prose that is the sentence's subject, whatever the parse made of it (here the
        root, with Trump read as the subject of 'become'), so it is the person in focus."""
        if tok.pos_ != "PROPN" or tok.i + 1 >= len(self.doc) or self.toks[tok.i + 1].text != ",":
            return False
        first = next((t for t in sent_of(tok) if not (t.is_space or t.is_quote)), tok)
        return first.i == tok.i or (
            first.i < tok.i and all(self._token_entity.get(t.i) is not None or (
                t.pos_ == "PROPN" and t.dep_ == "compound"
            ) for t in self.doc[first.i : tok.i])
        )

    def _joint_subject(self, tok: Token, entity: Person, rank: int) -> tuple[Person, int]:
        """At the last of two named people who are one subject ('Cherie and Sean O'Donnell
        held a session'), the salience list holds them together, so that a later 'the
        couple' or 'they' finds them; elsewhere the mention stays as it is."""
        if tok.dep_ != "conj" or not entity.is_person or any(
            c.i > tok.i for c in tok.conjuncts
        ):
            return entity, rank
        head = tok.head
        while head.dep_ == "conj":
            head = head.head
        first = self._token_entity.get(head.i) or self.entity_at(head)
        if head.dep_ not in _SUBJ or first is None or not first.is_person:
            return entity, rank
        joint = self._joint(head, first)
        return (joint, self._name_rank(head, first)) if joint.plural else (entity, rank)

    def _near_sentence(self, pos: int, tok: Token) -> bool:
        """Is token ``pos`` in the sentence of ``tok`` or the one right before it?"""
        sent = sent_of(tok)
        if pos >= sent.start:
            return True
        return sent.start > 0 and pos >= sent_of(self.toks[sent.start - 1]).start

    def _name_rank(self, tok: Token, entity: Person) -> int:
        """Salience of a (multi-token) name ending at ``tok``: the best rank of its tokens,
        and MAIN for a name the parse buried inside the main clause's subject phrase
        ('Presiding Judge Lee Mi-sun cut off ...' read with 'Presiding' as a clausal subject
        and the name as its object: a participle title, 'Acting', 'Outgoing', misread as a
        clausal subject). Other names inside a subject phrase stay below."""
        s = tok.i
        while s > 0 and self._token_entity.get(s - 1) is entity:
            s -= 1
        run = self.doc[s : tok.i + 1]
        rank = max(_rank(t) for t in run)
        if rank or not entity.is_person:
            return rank
        head = next((t for t in run if not (s <= t.head.i <= tok.i) or t.head.i == t.i), tok)
        prep = head.head if head.dep_ == "pobj" else None
        title = prep.head if prep is not None and prep.lower_ in ("of", "for") else None
        remit = prep is not None and prep.lower_ == "for" and title is not None and (
            title.lemma_.lower() in self.lex.roles or self.role_word(title)
            or title.lower_ in seat_titles()  # 'Member for X'
        ) and not any(t.lower_ in DETS for t in self.doc[prep.i + 1 : s])
        if title is not None and prep is not None and (
            (prep.lower_ == "of" and title.text[:1].isupper() and title.lower_ in self.lex.titles
             and not any(c.dep_ in ("det", "poss") for c in title.children))
            or (prep.lower_ == "of" and any(self.role_word(t) for t in self.doc[prep.i + 1 : s]))
            or remit  # 'Cabinet member for finance Karen McCarthy opens the debate'
        ):
            # 'Chief of Cabinet Manuel Adorni dismissed ...', 'Law Society of Kenya president
            # Faith Odhiambo said': the parse makes the title or the body the subject and
            # hangs the name on its 'of'; the holder is the one in focus ('the mother of Ana
            # Ruiz' is not)
            return _rank(title)
        if head.dep_ == "dobj" and _question_put(head.head):
            # 'Reporters asked Youssouf whether the AU would consider sanctions. He said ...':
            # the one a question is put to answers it; the next 'he' is theirs
            return MAIN
        up = head
        for _ in range(3):
            if up.dep_ == "csubj":
                verb = up.head
                return MAIN if verb.dep_ == "ROOT" and verb.i > tok.i else 0
            if up.dep_ not in ("dobj", "compound") or up.head.i == up.i:
                return 0
            up = up.head
        return 0

    # -- resolution -----------------------------------------------------------------------
    def by_label(self, label: str) -> Person | None:
        """A transcript label ('Costa', 'Natasha Gownaris', 'NG', 'A') -> the person."""
        if label.lower() in ("a", "answer"):
            # the interviewee: the first person the introduction makes a main-clause subject
            # ('In an interview with John Hale, Foreign Minister Ana Ruiz spoke about ...'),
            # else the first person the article names
            people = [m for m in self._mentions if m[1].is_person and m[1].name]
            return next((m[1] for m in people if m[2] >= MAIN), None) or next(
                (m[1] for m in people), None
            )
        words = fold(label).split()
        if not words:
            return None
        entity = self._surname.get(words[-1])
        if entity is None and words[-1] in self._chains:
            s, e = self._chains[words[-1]]
            name = self.doc[s:e].text
            entity = self.people.setdefault(name, Person(name, True))
        if entity is not None:
            return entity
        for person in self.people.values():
            initials = "".join(w[0] for w in person.name.split() if w[:1].isupper())
            if person.is_person and initials == label:
                return person
        return None

    def note_speaker(self, tok: Token, entity: Person) -> None:
        """Record a resolved speaker so later pronouns can chain to it."""
        k = bisect.bisect_left(self._mention_pos, tok.i)
        if k < len(self._mentions) and self._mention_pos[k] == tok.i:
            self._mentions[k] = (tok.i, entity, SPEAKER)
            return
        self._mentions.insert(k, (tok.i, entity, SPEAKER))
        self._mention_pos.insert(k, tok.i)

    def _namesake_for_title(self, title: Token, entity: Person) -> Person:
        """'Mrs Hartley said' where the surname first went to her son Jayden, whom the
        article calls 'he': a courtesy title of the other gender than the person the surname
        found ('Mrs' for a man the pronouns made male) names the one namesake of its own
        gender. Nothing changes while the person's gender is unknown or agrees."""
        want = self.lex.gender.get(title.lower_) if title.lower_ in self.lex.titles else None
        if want is None or entity.gender in (None, want):
            return entity
        surname = fold(name_words(entity.name)[-1])
        others = [
            p for p in self.people.values()
            if p is not entity and p.is_person and len(words := name_words(p.name)) > 1
            and fold(words[-1]) == surname and (
                p.gender == want or (p.gender is None and self.lex.first_names.get(
                    fold(words[0])) == want)
            )
        ]
        return others[0] if len(others) == 1 else entity

    def _of_body(self, tok: Token, known: Person | None) -> Person | None:
        """'Transport for London said', 'Gift of the Givers said', 'The Fraternal Order of
        Police said': a capitalised noun that is no name, title or role, followed by 'of' or
        'for' and a capitalised name, is one body named by the whole phrase (the tagger
        often left it untagged or stopped before 'of'). ``known`` is what the name index
        found for the noun: it gives way when it is only the words before 'of'."""
        doc = self.doc
        toks = self.toks
        if tok.dep_ not in ("nsubj", "nsubjpass") or not tok.is_title:
            return None
        if tok.pos_ not in ("NOUN", "PROPN") or self.role_word(tok) or (
            tok.lower_ in self.lex.titles or fold(tok.text) in self.lex.first_names
        ) or tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ == "PERSON" or (
            fold(tok.text) in self._surname  # ('Smith of Oxford' after 'Jane Smith')
        ):
            return None  # ('Members of Parliament said': several people)
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1
                     and c.lower_ in ("of", "for")), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if prep is None or pobj is None or not pobj.is_title or pobj.pos_ != "PROPN" or not all(
            t.lower_ == "the" or (t.is_title and t.pos_ == "PROPN")
            for t in doc[prep.i + 1 : pobj.i + 1]
        ) or pobj.right_edge.i > pobj.i:
            return None
        start = tok.i
        while start > 0 and toks[start - 1].dep_ == "compound" and toks[start - 1].is_title and (
            toks[start - 1].head.i == tok.i
        ):
            start -= 1
        if known is not None and fold(known.name) != fold(doc[start : tok.i + 1].text):
            return None  # a body the index knows under another name
        if any((found := self._token_entity.get(t.i)) is not None and found.is_person
               for t in doc[start : pobj.i + 1]):
            return None  # a person inside the phrase ('Director of X Jane Roe')
        name = doc[start : pobj.i + 1].text
        key = fold(name)
        return self.people.get(key) or self._longer_body(key) or self.people.setdefault(
            key, Person(name, False)
        )

    def label_holder(self, tok: Token) -> Person | None:
        """The person a live-blog heading's label names ('Starmer: "..."', 'Bessent: "..."',
        'DNC chair: "..."'): one the article named before by that surname, else one named in
        the entry under the heading by that name word or holding that role ('Treasury
        Secretary Scott Bessent told CNBC ...')."""
        key = fold(tok.text)
        if tok.text[:1].isupper():
            known = self._surname.get(key)
            if known is not None and known.is_person and known.name:
                return known
        text = doc_text(self.doc)
        here = text.find("\n\n", tok.idx)
        end = text.find("\n\n", here + 2) if here >= 0 else -1
        end = len(text) if end < 0 else end
        k = bisect.bisect_right(self._mention_pos, tok.i)
        for pos, entity, _ in self._mentions[k:]:
            if self.toks[pos].idx >= end:
                break
            if not entity.is_person or not entity.name:
                continue
            if key in {fold(w) for w in entity.name.split()} or (
                tok.pos_ == "NOUN" and tok.lower_ in _role_words(entity)
            ):
                return entity
        return None

    def _pronoun(self, tok: Token) -> Person | None:
        low = tok.lower_
        if tok.text == "He" and not tok.is_sent_start:
            # '"...," said He': a capital 'He' inside a sentence is the surname of a person
            # the article names ('He Yongqian', 'He Lifeng'), not the pronoun
            named = self._surname.get("he") or self._part.get("he")  # (family name first)
            if named is not None and named.is_person:
                return named
        owner = self._what_clause_owner(tok)
        if owner is not None:
            return owner
        if low in _PERSON_PRON:
            found = self._pronoun_like(tok.i, _PERSON_PRON[low])
            if found is None and self._pronoun_like_any(tok.i, _PERSON_PRON[low]) is None:
                found = self._named_after(tok, _PERSON_PRON[low])
            went_on = self._went_on(tok, found)
            return went_on if went_on is not None else found
        if low in _PLURAL_PRON and (group := self._plural_before(tok.i)) is not None:
            return group if group.name else None
        if low == "it" and (author := self._document_before(tok.i)) is not None:
            return author
        # 'it said' / 'they said': an organisation before a country or city
        return self._pronoun_like(tok.i, None, want_person=False, bodies_only=True) or (
            self._pronoun_like(tok.i, None, want_person=False)
        )

    def pronoun_besides(self, tok: Token, person: Person) -> Person | None:
        """Whom a personal pronoun points back to when it cannot be ``person``: '"Yuliana
        was always more patient than me," she says' is not Yuliana, named just before, who
        would not speak of herself by name."""
        gender = _PERSON_PRON.get(tok.lower_)
        if gender is None:
            return None
        return self._pronoun_like(tok.i, gender, skip=person)

    def named_later(self, tok: Token) -> Person | None:
        """'..., says a former trade negotiator who sat across the table ...\n\nThe
        negotiator, Faith Moloi, who now teaches ...': a speaker first described with 'a'
        is the person the next use of the same noun names in apposition. The next use
        decides: 'the negotiator' with no name after it leaves the source unnamed."""
        if tok.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children
        ):
            return None
        lemma = tok.lemma_.lower()
        for t in self.toks[tok.i + 1 : tok.i + _CATAPHORA_SPAN]:
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or self.inside_quote(t.idx):
                continue
            det = next((c for c in t.children if c.dep_ == "det"), None)
            if det is None or det.lower_ != "the":
                return None
            name = next((c for c in t.children if c.dep_ == "appos" and c.i > t.i
                         and c.ent_type_ == "PERSON"), None)
            entity = self.entity_at(name) if name is not None else None
            return entity if entity is not None and entity.is_person and entity.name else None
        return None

    def _named_after(self, tok: Token, gender: str) -> Person | None:
        """'She arrives early ... "...," she says.\n\nHer name is Béatrice Roulin.': a
        feature may name the person it opens on only after her first words; a pronoun
        with no one before it is the first person of its gender named in what follows."""
        k = bisect.bisect_left(self._mention_pos, tok.i)  # (the same cue's earlier quote
        # noted its speaker at the pronoun: '«...,» she says. «...»')
        if any(m[1].is_person for m in self._mentions[:k]):
            return None  # someone came before: an unnamed 'spokesperson' is no one later
        text = doc_text(self.doc)
        para = text.rfind("\n\n", 0, tok.idx) + 1
        if self._first_quote is not None and self._first_quote < para:
            return None  # ('"...," the spokesperson said.\n\nHe said ...': one spoke before)
        for pos, entity, _rank in self._mentions[k:]:
            if pos - tok.i > _CATAPHORA_SPAN:
                break
            if entity.is_person and not entity.plural and entity.name and (
                entity.gender == gender
            ) and not entity.weak and not _byline(self.toks[pos]):
                return entity
        return None

    def _went_on(self, tok: Token, found: Person | None) -> Person | None:
        """'He added: "..."' goes on with the person who spoke last, not a man named since
        ('Oleksandr, 22, lost his left foot. He added: ...' after Dan Whitlock's quote): the
        last speaker of the pronoun's gender, within a few paragraphs."""
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _GOING_ON:
            return None
        last = self._last_speaker(tok.i, _WENT_ON)
        if last is None or last is found or last.plural or (
            last.gender not in (None, _PERSON_PRON[tok.lower_])
        ):
            return None
        k = self._last_pos(found, tok.i) if found is not None else -1
        between = self.doc[sent_of(self.toks[k]).start : sent_of(tok).start] if k >= 0 else None
        if between is not None and self._communicates(between):
            return None  # 'Streeting praised the staff. He added': the man named since spoke
        return last

    def _communicates(self, sent: Span) -> bool:
        """Does a sentence report someone communicating ('praised', 'was asked', 'wrote:',
        'His response was blunt:')?"""
        lex = self.lex
        return any(c in sent.text for c in ":\"\u201c\u201d") or any(
            t.pos_ == "VERB" and (
                t.lemma_.lower() in lex.direct or t.lemma_.lower() in lex.indirect
                or t.lemma_.lower() in lex.characterising or t.lemma_.lower() == "ask"
            ) for t in sent
        )

    def _what_clause_owner(self, tok: Token) -> Person | None:
        """'The union condemned what it called "..."', 'Ramos denounced what he described as
        "..."': the pronoun of a 'what' clause is the subject of the verb the clause is the
        object of, not the last name before it (a dateline's agency, a person in the clause
        before). None when the sentence gives no such subject, or one of the other gender."""
        verb = tok.head
        if tok.dep_ != "nsubj" or not any(
            c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children
        ):
            return None
        outer = verb
        for _ in range(3):
            if outer.dep_ == "pcomp" and outer.head.dep_ == "prep" and (
                outer.head.head.pos_ in ("VERB", "AUX")
            ):
                outer = outer.head  # 'Egypt lodged a protest over what it called ...'
            if outer.dep_ not in ("ccomp", "advcl", "xcomp", "conj", "prep") or (
                outer.head is outer
            ):
                return None
            outer = outer.head
            subj = next((c for c in outer.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            if subj.lower_ in ("who", "which", "that") and outer.dep_ == "relcl":
                subj = outer.head  # 'The Conservatives, who opposed what they called ...'
            if subj.pos_ == "PRON":
                return None
            entity = self.resolve(subj).entity
            gender = _PERSON_PRON.get(tok.lower_)
            if entity is None or not entity.name or entity.plural:
                return None
            if gender is None and tok.lower_ == "it" and entity.is_person:
                return None
            if gender and (not entity.is_person or entity.gender not in (None, gender)):
                return None
            return entity
        return None

    def _document_before(self, i: int) -> Person | None:
        """'"...," the statement said. It also warned ...': an 'it' right after a document
        that spoke (within a short paragraph or two, no body the subject of a clause since)
        is that document, so its author speaks again."""
        if self._last_document is None or i - self._last_document[0] > 80:
            return None
        pos, author = self._last_document
        k = bisect.bisect_left(self._mention_pos, i)
        for m_pos, entity, subj in reversed(self._mentions[:k]):
            if m_pos <= pos:
                break
            if subj and not entity.is_person and entity is not author:
                return None
        return author

    def _plural_before(self, i: int, named: bool = False) -> Person | None:
        """The group a 'they' at token ``i`` points back to: people who spoke together
        ('Sam Wilson and Nick Hawco found ... They said') or an unnamed group ('Researchers
        from the university reported ... They found'), unless a body was the subject of a
        clause since ('Officials said ... The ministry said ... They added': the ministry).
        Without this, 'they' went to the nearest organisation: the researchers' university.
        ``named``: only people named together ('both men' skips 'Two officials said')."""
        k = bisect.bisect_left(self._mention_pos, i)
        for pos, entity, subj in reversed(self._mentions[:k]):
            if i - pos > 250:
                break
            if entity.plural and (entity.name or not named):
                return entity
            if subj and not entity.is_person and not entity.place:
                return None
        return None

    def _joint(self, tok: Token, entity: Person) -> Person:
        """'Sam Wilson and Nick Hawco found ...': two or more named people joined by 'and'
        as one subject speak together, and the speaker is all of them as the article names
        them ('Sam Wilson and Nick Hawco'), not the first alone. One person stays one person
        ('Wilson and his team found': the team is no name). Bodies do not join: for 'The
        Investigative Committee and the FSB said' the independent annotators of our real
        gold (two of two) named the first body only."""
        if not entity.is_person:
            return entity
        tok = next((  # 'The study's authors, Maria Lopez and David Chen, found'
            c for c in tok.children if c.dep_ == "appos" and c.conjuncts
            and self.entity_at(c) is entity
        ), tok)
        names = [entity.name]
        for conj in tok.conjuncts:
            if conj.i < tok.i or conj.dep_ != "conj":
                continue
            other = self.entity_at(conj)
            if other is None or other.is_person != entity.is_person or other.place:
                return entity
            if other.name not in names:
                names.append(other.name)
        if len(names) < 2 or not any(
            c.dep_ == "cc" and c.lower_ == "and" for t in [tok, *tok.conjuncts] for c in t.children
        ):
            return entity
        joint = ", ".join(names[:-1]) + " and " + names[-1]
        return Person(joint, entity.is_person, plural=True)

    def salient(self, i: int, since: int) -> Person | None:
        """The person last made a sentence subject between tokens ``since`` and ``i``."""
        k = bisect.bisect_left(self._mention_pos, i)
        named: Person | None = None
        for pos, entity, subj in reversed(self._mentions[:k]):
            if pos < since:
                break
            if entity.is_person and _reports(entity):
                continue  # 'He spoke to Anadolu's correspondent Beyza Nur Aydin': she asks
            if subj and entity.is_person:
                return entity if entity.name else None
            if named is None and entity.is_person and entity.name and self._introduced(
                self.toks[pos]
            ):
                named = entity
        return named

    def lede_subject(self) -> Person | None:
        """The first named person the article makes a main-clause subject: in an interview
        write-up ('Tom Fletcher has spent much of his year ...'), the one who answers."""
        for _, entity, subj in self._mentions:
            if subj >= MAIN and entity.is_person and entity.name and not _reports(entity):
                return entity
        return None

    def _introduced(self, tok: Token) -> bool:
        """Is a name mentioned as someone who may speak next ('According to eyewitness X,')
        rather than as an owner or object ('the character Tasha Yar's station', 'a film by
        X')?"""
        if tok.dep_ == "poss":
            return False
        if tok.dep_ == "pobj":
            return tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
        return True

    def _pronoun_like(
        self,
        i: int,
        gender: str | None,
        want_person: bool = True,
        subjects_only: bool = False,
        bodies_only: bool = False,
        skip: Person | None = None,
    ) -> Person | None:
        """The person or body a pronoun-like mention at token ``i`` points back to; None
        when it is the unnamed person in focus ('The mother of one, who asked that her name
        not be published, said ... "...," she said'). ``skip`` is one it cannot be."""
        found = self._pronoun_like_any(i, gender, want_person, subjects_only, bodies_only, skip)
        if found is not None and not found.name and gender is not None:
            # 'A SAFA spokesperson said ...\n\nAfter the World Cup\n\n..., he says': a
            # section heading ends the unnamed source's turn; 'he' goes back to whoever the
            # piece was about before it
            pos = self._last_pos(found, i)
            if pos >= 0 and self._heading_between(pos, i):
                found = self._pronoun_like_any(pos, gender, want_person, subjects_only,
                                               bodies_only, skip)
        return found if found is None or found.name else None

    def _heading_between(self, a: int, b: int) -> bool:
        """Is there a heading line (a short paragraph with no closing stop) between tokens
        ``a`` and ``b``?"""
        text = doc_text(self.doc)
        start, end = self.toks[a].idx, self.toks[b].idx
        for para in text[start:end].split("\n\n")[1:-1]:
            line = para.strip()
            if line and len(line.split()) <= _HEADING_WORDS and (
                line[-1] not in ".?!:\"'\u201d\u2019,;"
            ):
                return True
        return False

    def _pronoun_like_any(
        self,
        i: int,
        gender: str | None,
        want_person: bool = True,
        subjects_only: bool = False,
        bodies_only: bool = False,
        skip: Person | None = None,
    ) -> Person | None:
        k = bisect.bisect_left(self._mention_pos, i)
        fallback: Person | None = None
        fallback_pos = -1
        unsure: tuple[int, Person] | None = None  # a subject of unknown gender
        unsure_spoke = False  # ... who is the resolved speaker of a reporting verb
        match: Person | None = None  # a person of the wanted gender beside the fallback
        for pos, entity, subj in reversed(self._mentions[:k]):
            if i - pos > 400 or (unsure is not None and unsure[0] - pos > 60):
                break
            if entity is skip:
                continue
            if gender and subj == SPEAKER and unsure is None and (
                self._given_name_speaker(entity) == gender
            ):
                return entity  # 'Oksana said ... "...," she said' with Oksana tagged a body
            if entity.plural or entity.is_person != want_person or (
                bodies_only and entity.place
            ):
                continue  # a group is 'they' only (see _plural_before)
            if gender and entity.weak and entity.gender is None:
                continue  # 'he' wants a known person, not a guessed one
            if gender and entity.gender is None and self._tagged_body(entity):
                continue  # 'she said' is never 'Caucasus Rights Watch'
            if gender and entity.gender and entity.gender != gender:
                continue
            if subj:
                if not gender or entity.gender == gender:
                    if gender and fallback is not None and self._in_focus_before(
                        fallback, fallback_pos, gender, i
                    ):
                        return fallback
                    if unsure is not None and self._paragraph_before(pos, unsure[0]):
                        # 'Spokeswoman Yelena Markova said ...\n\nPrime Minister Milica
                        # Jovanovic told reporters ... "...," she said': the subject of the
                        # paragraph in focus beats a woman named in an earlier paragraph
                        return unsure[1]
                    if subj == EMBEDDED and want_person:
                        # 'X said Y did Z ... he added': he is X, the speaker, not Y
                        return self._speaker_over(pos, entity, gender)
                    return entity  # 'she' prefers the woman just named over an unknown
                if unsure is None:
                    if subj == EMBEDDED and want_person:
                        # 'the president said Gogiashvili had ...': the one in focus is the
                        # speaker above the reported clause, not its subject
                        over = self._speaker_over(pos, entity, gender)
                        if over is not entity:
                            return over
                    unsure = (pos, entity)
                    unsure_spoke = subj == SPEAKER
                continue
            if fallback is None:
                fallback, fallback_pos = entity, pos
            elif gender and match is None and entity.gender == gender and (
                sent_of(self.toks[pos]).start == sent_of(self.toks[fallback_pos]).start
            ):
                match = entity  # 'Kim Yo Jong, the sister of Kim Jong Un, in which she says'
        if gender and unsure is None and match is not None and fallback is not None and (
            fallback.gender is None
        ):
            return match
        if subjects_only:
            return unsure[1] if unsure is not None else None
        if gender and fallback is not None and fallback.gender == gender and (
            not fallback.weak and len(fallback.name.split()) > 1  # a full name, no guess
        ) and (unsure is None or self._last_pos(fallback, i) > unsure[0]) and not (
            unsure is not None and unsure_spoke and self._reported_by(unsure[0], fallback_pos)
        ):
            # 'Actor Brendan Fraser's appearance ... He quipped': a nearer man named in any
            # role beats an earlier subject whose gender the article never showed, unless
            # he was named inside what that subject reported ('X, a political scientist,
            # said Fujimori's showing ... "...," she said': X goes on speaking)
            return fallback
        if gender and fallback is not None and fallback.gender is None and unsure is not None and (
            not unsure[1].name and not fallback.weak and len(fallback.name.split()) > 1
            and self._paragraph_before(unsure[0], fallback_pos)
            and not self._paragraph_before(fallback_pos, i)
        ):  # 'An Israeli official ... went further.\n\nFor Farnaz Rahimi, an analyst, the
            # venue was a message. "...," she said': the one named in her own paragraph, not
            # the unnamed subject of the paragraph before
            return fallback
        return unsure[1] if unsure is not None else fallback

    def _tagged_body(self, entity: Person) -> bool:
        """Is an entity of several words, with no role and no gender shown, one whose
        every name token the tagger labelled an organisation ('Caucasus Rights Watch', read
        as a person elsewhere)? Such a name is a body's for 'he' and 'she'."""
        if entity.role or " " not in entity.name:
            return False
        key = id(entity)
        if key not in self._body_tags:
            own = sorted(i for i, e in self._token_entity.items() if e is entity)
            tags = [self.toks[i].ent_type_ for i in own]  # the first mention's tags
            # ('Datuk Khairul Shahril Idrus' tagged a body: a title before a name is a
            # person's)
            titled = bool(own) and own[0] > 0 and self.toks[own[0] - 1].lower_ in self.lex.titles
            self._body_tags[key] = bool(tags) and not titled and all(
                t == "ORG" for t in tags[: len(entity.name.split())]
            )
        return self._body_tags[key]

    def _given_name_speaker(self, entity: Person) -> str | None:
        """The gender of a speaker the tagger took for a body or place whose whole name is
        one common given name ('Oksana said'): vox pops give a first name only, and the
        'she said' after it is hers. Names of bodies are never given names alone, so 'she'
        still never points to a body ('Natural Resources Wales')."""
        if entity.is_person or entity.place or " " in entity.name:
            return None  # 'Jordan said' of the country keeps 'it'

        return self.lex.first_names.get(fold(entity.name))

    def _in_focus_before(self, person: Person, pos: int, gender: str, i: int) -> bool:
        """'For Gwen Lloyd, who has run a bakery ..., the wait has been exhausting. "...,"
        she said': a person named in any role in the sentence right before a pronoun cue,
        when no person is that sentence's subject, is the one the article has turned to; an
        older speaker of the same gender is not. A fully named person of a known or
        unshown gender only (a guessed name needs more)."""
        if self.toks[i].head.lemma_ == "add":
            return False  # 'he added' goes on with the speaker of the quote before
        if person.weak or not (person.gender == gender or (
            person.gender is None and len(person.name.split()) > 1
        )):
            return False
        named = self.toks[pos]
        if named.dep_ in _SUBJ or (named.dep_ == "appos" and named.head.dep_ in _SUBJ):
            return False  # 'Hayes could not be reached': a subject that did not speak
        sent = sent_of(named)
        if sent.root.pos_ not in ("VERB", "AUX") and not any(
            t.pos_ in ("VERB", "AUX") for t in sent
        ):
            # a caption or heading line ('Josep Borrell') turns to no one; a sentence whose
            # verb the tagger took for a noun ('Birol shrugs when ...') still does
            return False
        if sent_of(self.toks[i]).start == sent.start:
            return False  # 'Speaking to Martin Smith of PBS, he said': the pronoun's own
            # sentence names whom the speaker addressed
        if any(
            not self.inside_quote(t.idx) and not t.is_punct and not t.is_space
            for t in self.doc[sent.end : sent_of(self.toks[i]).start]
        ):
            return False  # only the sentence just before (quoted sentences between are fine)
        k = bisect.bisect_left(self._mention_pos, sent.start)
        return not any(
            rank >= MAIN and other.is_person
            for p, other, rank in self._mentions[k:]
            if p < sent.end
        ) and not any(
            t.dep_ in _SUBJ and t.i < i and not self.inside_quote(t.idx) and (
                t.lower_ in _PERSON_PRON or (t.pos_ == "NOUN" and t.head.i == sent.root.i and (
                    t.lemma_.lower() in self.lex.roles or t.lower_ in self.lex.titles
                ))
            )  # 'She praised X', 'The minister thanked X': the subject is still a person
            for t in sent
        )

    def _reported_by(self, speaker: int, pos: int) -> bool:
        """Is the mention at ``pos`` part of what the speaker subject at ``speaker`` reports:
        after it in its own sentence?"""
        return pos > speaker and sent_of(self.toks[pos]).start == sent_of(self.toks[speaker]).start

    def _paragraph_before(self, a: int, b: int) -> bool:
        """Is token ``a`` in an earlier paragraph than token ``b``?"""
        return "\n\n" in doc_text(self.doc)[self.toks[a].idx : self.toks[b].idx]

    def _speaker_over(self, pos: int, entity: Person, gender: str | None) -> Person:
        """A speaker or main-clause subject earlier in the sentence of an embedded subject."""
        sent_start = sent_of(self.toks[pos]).start
        k = bisect.bisect_left(self._mention_pos, pos)
        for other_pos, other, rank in reversed(self._mentions[:k]):
            if other_pos < sent_start:
                break
            if rank >= MAIN and other.is_person and other is not entity and (
                not gender or other.gender in (None, gender)
            ):
                return other
        return entity

    def _by_role(self, tok: Token) -> Person | None:
        """'the spokesman' / 'the Foreign Minister' / 'the ministry' -> the named holder.

        Candidates hold a role (or, for bodies, a name) containing the head noun. More shared
        modifiers win; a holder whose role adds 'deputy', 'vice' or 'former' that the mention
        lacks loses ('the governor' is not the deputy governor); then a holder named before
        the mention beats one named after it, and the most recently mentioned holder wins.
        Spellings of one office count as one ('spokeswoman' for a spokesperson, 'PM').
        """
        # every modifier on the left, not only the head's own: 'External Affairs Minister'
        # hangs 'External' on 'Affairs', and both tell which minister
        words = {
            t.lower_ for t in tok.subtree if t.i < tok.i and t.pos_ in ("ADJ", "PROPN", "NOUN")
        }
        # lower-case nouns that say what the body does ('communication' office)
        remit = {_stem(t.lower_) for t in _remit_nouns(tok)}
        head, ranks = _office_parts(tok)
        words |= ranks  # 'the vice-president': 'vice' tells which president
        last_seen: dict[int, int] = {}
        k = bisect.bisect_left(self._mention_pos, tok.i)
        for pos, entity, _ in self._mentions[:k]:
            last_seen[id(entity)] = pos
        best: tuple[tuple[int, int, int, int], Person] | None = None
        body = head in self.lex.bodies or tok.lower_ in self.lex.bodies or (
            tok.lemma_.lower() in kind_nouns() and tok.lemma_.lower() not in self.lex.roles
        )  # 'the regulator' is the body, not its chairman
        if not body and tok.tag_ in ("NNS", "NNPS"):
            return None  # 'officials said' are several people, not the one official named
        # 'Northamptonshire police' is no body whose name lacks 'Northamptonshire'
        proper = {  # ('the Burkinabe armed forces' are not the Malian Armed Forces)
            t.lower_ for t in tok.lefts
            if t.dep_ in ("compound", "amod") and (
                t.pos_ == "PROPN" or t.ent_type_ in PLACE
                or (t.is_title and country_of_word(t.text) is not None)
            )
        } if body else set()
        if body and tok.tag_ in ("NNS", "NNPS") and tok.lower_ != head and not proper and not any(
            c.dep_ in ("det", "poss") for c in tok.children
        ):
            return None  # 'Aid agencies warned': several unnamed bodies, not the last named
        named = frozenset(  # 'UN chief'; 'WHO chief' with 'WHO' read as a pronoun
            t.lower_ for t in tok.lefts
            if t.dep_ not in ("det", "punct", "poss")
            and (t.pos_ == "PROPN" or t.ent_type_ or (t.is_upper and len(t.text) > 1))
        )
        # (a lede's 'A Brazilian Supreme Court justice' may still be the judge named below)
        remit_named = frozenset(
            w for w in named if country_of_word(w) is None
        ) if not self._in_lede(tok) else frozenset()
        # 'the minister' with someone named before it points back: a holder the article
        # names only later is no antecedent (a lede's description before any name still
        # finds one, and so does a heading without 'the')
        anaphoric = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and any(
            entity.is_person and entity.name for _, entity, _ in self._mentions[:k]
        )
        places = _places_in(words)  # 'the California governor': which state's governor
        # a relative of a named person ("Lapitski's daughter") is that person's: the owner's
        # surname must be in the role a candidate was given
        owned = self._kin_owner(tok)
        kin = fold(name_words(owned.name)[-1]) if owned is not None else None
        bare = not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in tok.lefts)
        later: list[Person] = []  # holders first named after an anaphoric mention
        # the roles given at a holder's other mentions ('Ambassador X' after 'COP30 President
        # X') count only when no holder's first role fits: the first role is the one the
        # article goes on using
        for others in (False, True):
            if (best is not None and best[0][1]) or later:
                break  # (a holder under another spelling of the office may still lose to
                # one whose other mention gives the very word: 'Ambassador X' for 'the
                # ambassador' over a special envoy)
            for entity in self.people.values():
                if body and entity.is_person:
                    continue  # 'police said' is the force, not its named chief
                if not body and not entity.is_person and tok.is_lower and (
                    tok.lemma_.lower() in self.lex.roles or tok.lower_ in self.lex.titles
                ) and (not _titled_body(entity.name, tok.lower_) or any(
                    t.lower_ in _PERSON_ONLY for t in tok.lefts
                )):
                    continue  # 'According to the ambassador, Rosatom has ...': no body; 'the
                    # former prosecutor' is no 'Office of the Prosecutor'

                unseen = anaphoric and entity.is_person and id(entity) not in last_seen
                if entity.is_person and self._other_office(tok, entity):
                    continue  # 'the economy secretary' is not the Commerce Secretary
                if entity.is_person and kin is not None and kin not in fold(entity.role or ""):
                    continue  # "Lapitski's daughter" is not 'Daughter Emily' of someone else
                pool = _role_words(entity, others) | self._tag_words(entity)
                if not entity.is_person:
                    pool |= set(entity.name.lower().split())
                    pool |= {_spellings()[w] for w in pool if w in _spellings()}
                    if bare and fold(entity.name) in _party_names():
                        pool.add("party")  # 'Sinn Féin has issued a statement. The party says'
                        # (not 'the Socialist party', which names its own)
                if proper - pool:
                    continue
                if entity.is_person and pool and (words & QUALIFIERS) - pool:
                    continue  # 'the deputy minister' is not the Foreign Minister
                if entity.is_person and places and _places_in(pool) and not (
                    places & _places_in(pool)
                ):
                    continue  # 'the California governor' is not the Florida Governor
                if body and not entity.is_person and last_seen.get(id(entity), -1) < 0 and (
                    remit
                ) and not remit & {_stem(w) for w in pool}:
                    continue  # 'the presidential communication office' is no office named later
                if entity.is_person and last_seen.get(id(entity), -1) < 0 and (
                    remit_named
                ) and not remit_named & pool:
                    continue  # 'the Foreign Office spokesperson' is not the Taliban's
                    # spokesman named after it: a holder first named later must share the
                    # mention's proper remit
                own = named if entity.is_person else frozenset()  # the UN has no 'UN chief'
                heads = _role_heads(entity, others) if entity.is_person else pool
                # 'his Belarusian counterpart Maxim Ryzhenkov ... The Belarusian minister': a
                # counterpart holds the office of the person he meets, which the mention names;
                # its country word must be the counterpart's own
                counterpart = "counterpart" in pool and bool(
                    {w for w in words if country_of_word(w) is not None} & pool
                ) and entity.is_person and any(  # someone in the article holds the office
                    other is not entity and other.is_person and head in _role_words(other)
                    for other in self.people.values()
                )
                if counterpart or _holds(heads, head, own) or _holds(heads, tok.lower_, own):
                    if unseen:
                        later.append(entity)
                        continue
                    # ('the minister' is not the Chief Minister or the Prime Minister beside him,
                    # but 'Minister Assisting the Prime Minister' is a minister)
                    ranked = _OFFICE_RANKS if entity.is_person and _ranked_only(
                        entity, head
                    ) else frozenset()
                    extra = (pool & (QUALIFIERS | ranked)) - words
                    seen = last_seen.get(id(entity), -1)
                    # among holders sharing as many of the mention's words, one named before it
                    # beats one named after it: 'the spokeswoman' re-names the spokesperson
                    # already quoted, not one who comes later ('Ukrainian foreign minister:' over
                    # a live-blog entry still finds the foreign minister its body names)
                    # (a holder titled with the mention's own word beats one whose title is
                    # another spelling of the office: 'the ambassador' is the ambassador
                    # before the special envoy)
                    exact = int(head in heads or tok.lower_ in heads)
                    score = (len(words & pool) - 2 * len(extra), exact, int(seen >= 0), seen)
                    if best is None or score > best[0]:
                        best = (score, entity)
        if best is None and len(later) == 1 and tok.is_title and not body and not any(
            rank == SPEAKER for _, _, rank in self._mentions[:k]
        ):
            # 'The Taoiseach has rejected ...' in a story that names only a reporter and
            # an opponent before 'Taoiseach Micheál Martin': an office written as a proper
            # noun, which one person of the article holds, is that person (once someone
            # has spoken, 'The Minister noted' is more likely the one in focus)
            return later[0]
        return best[1] if best else None

    def _other_office(self, tok: Token, person: Person) -> bool:
        """Does a role noun name an office other than the one this person holds?

        Same head noun, different office: the mention's remit words ('the economy secretary',
        'the Prime Minister') share none with the holder's remit ('Commerce Secretary',
        'Defence Minister'), or the holder's role adds a rank the mention lacks ('Deputy
        Prime Minister' for 'the Prime Minister'). Spelling variants share a stem ('defense'
        / 'Defence'). Only noun modifiers name a remit: an adjective may just describe ('a
        federal judge' for a District Judge). A mention with no remit ('the minister') fits
        any holder of the noun.
        """
        if self._foreign_holder(tok, person):
            return True  # 'the French president' is not Ukrainian President Zelensky
        role = [
            w.strip("'\u2019").removesuffix("'s").removesuffix("\u2019s")
            for w in (person.role or "").lower().replace("-", " ").split()
        ]
        head, ranks = _office_parts(tok)
        if head not in role and tok.lower_ not in role:
            return False
        mention = {
            c.lower_ for c in tok.lefts
            if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
            and c.ent_type_ not in PLACE and c.lower_ not in QUALIFIERS
        } | {  # 'the Minister of Investment': a capitalised remit after 'of' or 'for' (the
            # 'mum of a teenager' names no office)
            t.lower_ for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("of", "for")
            for t in c.subtree if t.pos_ in ("NOUN", "PROPN") and t.is_title
            and t.ent_type_ not in PLACE and t.lower_ not in QUALIFIERS
        }
        if (set(role) & QUALIFIERS) - {c.lower_ for c in tok.lefts} - ranks:
            return True
        remit = [
            w for w in role
            if w not in (head, tok.lower_) and w not in ranks and w not in QUALIFIERS
            and w not in DETS and w not in ("of", "for", "and", "to", "on") and len(w) > 2
        ]
        if not mention or not remit:
            return False
        # a stem or a clipped form ('defense' / 'Defence', 'Lib Dem' / 'Liberal Democrat': a
        # capitalised clipping of three letters, so 'Home' is no 'Homeland')
        clipped = {c.lower_ for c in tok.lefts if c.is_title and len(c.text) == 3}
        return not any(
            _stem(a) == _stem(b) or (a in clipped and b.startswith(a))
            for a in mention for b in remit
        )

    def _holder_named_before(self, tok: Token) -> bool:
        """Was a body whose name holds the noun named before it ('Channel 4 News' before
        'the channel')?"""
        k = bisect.bisect_left(self._mention_pos, tok.i)
        return any(
            not e.is_person and tok.lower_ in fold(e.name).split() for _, e, _ in self._mentions[:k]
        )

    def _business(self, tok: Token) -> Person | None:
        """'The company said' / 'the agency said' -> the business or body the article named.

        Only a definite, singular, unmodified business noun points back ('a company', 'the
        two firms', 'the state company' do not). The antecedent is the most recently
        mentioned organisation (within a few sentences) that is no place, no news outlet and
        whose name declares no other kind of body ('Ministry of Health', 'Essex Police'): a
        company's name seldom says it is a company ('Pacific Gas and Electric', 'NASA').
        """
        if tok.lemma_.lower() not in self.lex.companies or tok.tag_.endswith("S"):
            return None
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the" or any(
            c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") for c in tok.lefts
        ):
            return None
        k = bisect.bisect_left(self._mention_pos, tok.i)
        public = self.lex.bodies - self.lex.companies
        nearest: Person | None = None
        for pos, entity, rank in reversed(self._mentions[:k]):
            if tok.i - pos > 250:
                break
            if self._no_business(pos, entity):
                continue
            if any(c.dep_ == "appos" and c.lemma_.lower() == tok.lemma_.lower()
                   for t in self._name_tokens(pos, entity) for c in t.children):
                return entity  # 'The Alliance for North American Aluminum («ANAA»), an
                # industry group, called ... the group said': what the article called it
            if not rank and sent_of(tok).start != sent_of(self.toks[pos]).start:
                subject = self._business_subject(pos, public)
                if subject is not None:
                    return subject  # 'Nour Interconnect ... announced an agreement with
                    # Jordan's National Electric Power Company ... the company said': the
                    # company its sentence was about, not one it named on the way
            if public & set(fold(entity.name).split()) or self._employer_of_source(pos, entity):
                if rank == SPEAKER and tok.lemma_.lower() in _any_body_nouns() and (
                    public & set(fold(entity.name).split())
                ) and not any(  # (the Israel Defense Forces are a state's army, no group)
                    country_of_word(w) is not None for w in entity.name.split()
                ):
                    return entity  # 'The RSF ... said ... the group described': an armed
                    # group whose name says 'Forces' speaks as 'the group' when it just spoke,
                    # and 'The International Committee of the Red Cross said ... the
                    # organisation added' as 'the organisation'
                continue
            if fold(entity.name) in _channels():
                continue  # 'In a statement posted on Telegram, the group said': a channel
            head = self.toks[pos]
            while head.dep_ == "conj" and head.head.i < head.i:
                head = head.head  # ('dates of birth and NHS numbers': a modifier too)
            if rank or head.dep_ not in ("compound", "amod", "nmod") or (
                sent_of(head).start == sent_of(tok).start  # 'A CBP spokesperson said the agency'
            ):
                return entity
            # 'NHS numbers' only modifies a noun: a company the clause before made its
            # subject ('Halden Health Systems ... said') is the one meant, else this one
            nearest = nearest or entity
        return nearest

    def _name_tokens(self, pos: int, entity: Person) -> list[Token]:
        """The tokens of the name mentioned at ``pos`` and the head it hangs on ('Alliance'
        of 'The Alliance for North American Aluminum («ANAA»)' for the acronym)."""
        toks = [t for t in self.toks[max(pos - 8, 0) : pos + 1]
                if self._token_entity.get(t.i) is entity]
        return toks + [self.toks[pos].head]

    def _no_business(self, pos: int, entity: Person) -> bool:
        """Is the mention at ``pos`` one 'the company' cannot point back to: a person, a
        known place, a news outlet, a name used as a place, or a council area?"""
        return entity.is_person or self._known_place(entity) or (
            entity.name.lower() in self.lex.relays
        ) or self._where(self.toks[pos], loose=entity.place) or _place_of(entity.name)

    def _business_subject(self, pos: int, public: frozenset[str]) -> Person | None:
        """The organisation that is the main subject of the sentence of the mention at
        ``pos`` (before it), when it is a business 'the company' can point back to."""
        lo = bisect.bisect_left(self._mention_pos, sent_of(self.toks[pos]).start)
        for other_pos, other, rank in self._mentions[lo:]:
            if other_pos >= pos:
                break
            if rank < MAIN or self._no_business(other_pos, other) or other.place or (
                other.plural or not other.name or public & set(fold(other.name).split())
            ):
                continue
            return other
        return None

    def _employer_of_source(self, pos: int, entity: Person) -> bool:
        """Is the name at ``pos`` only where a commentator works ('Jessica Caldwell, a markets
        strategist at Hargreaves Lansdown, says')? The company the story is about is not the
        analyst's firm, so 'The company says' skips it. Only commentators count
        (``quote_commentator_nouns.csv``): a chief executive's firm is his own."""
        prep = self._employer_prep(pos)
        if prep is None:
            return False
        noun = prep.head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _commentators() or not (
            noun.dep_ == "appos" or any(c.dep_ == "appos" for c in noun.children)
        ):
            return False
        # a firm the story also names on its own ('Pfizer reported ... a scientist at
        # Pfizer') is the story's, whoever works there
        text = doc_text(self.doc)
        for m in re.finditer(rf"\b{re.escape(entity.name)}\b", text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and span.start != pos and self._employer_prep(span.start) is None:
                return False
        return True

    def _employer_prep(self, pos: int) -> Token | None:
        """The 'at' or 'with' whose object is the name at ``pos`` ('a strategist at
        Hargreaves Lansdown'), or None."""
        tok = self.toks[pos]
        while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
            tok = tok.head
        return tok.head if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "with") else None

    def _known_place(self, entity: Person) -> bool:
        """Is an entity a place the gazetteers know ('Kenya', 'Lagos')? The tagger calls some
        companies places ('Nvidia' as a country); those stay companies for 'the company'."""
        return entity.place and (
            fold(entity.name) in gazetteer_places() or country_of_word(entity.name) is not None
            or country_of_capital(entity.name) is not None or self._kind_of_place(entity)
        )

    @staticmethod
    def _where(tok: Token, loose: bool) -> bool:
        """Is a name used as a place ('the highway between Kosti and El Obeid', 'fighting
        near Babanusa')? A company the tagger called a place is seldom so; ``loose`` (a name
        tagged a place) counts 'in', 'from' and 'to' too ('invested in Nvidia' does not)."""
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        return tok.dep_ == "pobj" and (tok.head.lower_ in _PLACE_PREPOSITIONS or (
            loose and tok.head.lower_ in ("in", "from", "to", "into", "across")
        ))

    def _kind_of_place(self, entity: Person) -> bool:
        """Does the article call the name a place of some kind ('the town of Um Rawaba')?"""
        return entity.name.split()[-1] in self.kind_places()

    def _kind_back(self, tok: Token) -> Person | None:
        """'The Professional Footballers' Association (PFA) ... The union said', 'Greenpeace
        International ... the campaign group said': a definite singular noun for a kind of
        organisation (``quote_kind_nouns.csv`` and the business nouns), alone or after
        lower-case nouns saying what the body does, points back to the organisation named
        most recently (within a few paragraphs) whose name declares no other kind of public
        body ('Ministry of Health', 'Essex Police'), unless the kind names public bodies too
        ('the watchdog'), and whose name holds any word the table asks for ('the majority'
        -> a court). A modifier of the noun found in the body's name ('the consumer
        watchdog') makes up for a mention that is no subject. Tried after every reading
        that finds a body holding the noun in its name or role."""
        low = tok.lemma_.lower()
        if tok.tag_ != "NN" or (low not in kind_nouns() and low not in self.lex.companies):
            return None
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None:  # "the doctors' group": the article opens the plural possessor
            poss = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "NNS"
                         and c.is_lower), None)
            det = next((c for c in poss.children if c.dep_ == "det"), None) if poss else None
        modifiers = [t for t in self.doc[tok.left_edge.i : tok.i]
                     if t.i != det.i and t.tag_ != "POS"] if det is not None else []
        # a describing adjective says what the body is ('the paramilitary group', 'the
        # medical group'); 'rival', 'other' and 'new' say it is another one
        described = [t for t in modifiers if t.pos_ == "ADJ" and t.is_lower
                     and not t.ent_type_ and t.lower_ not in _OTHER_BODY]
        # a count of its members describes it too ('the 11-member bloc', 'the 27-nation bloc')
        counted = [t for k, t in enumerate(modifiers) if t.like_num or t.text == "-" or (
            k >= 2 and modifiers[k - 1].text == "-" and modifiers[k - 2].like_num
        )]
        described += counted
        modifiers = [t for t in modifiers if t not in described]
        if det is None or det.lower_ != "the" or any(
            t.pos_ != "NOUN" or not t.is_lower or t.ent_type_ for t in modifiers
        ):
            return None  # 'the rival union', 'the Unite union' name another body
        k = bisect.bisect_left(self._mention_pos, tok.i)
        public = self.lex.bodies - self.lex.companies - kind_nouns()
        for pos, entity, rank in reversed(self._mentions[:k]):
            if tok.i - pos > 250:
                break
            if entity.is_person or entity.place or entity.plural or not entity.name or (
                entity.name.lower() in self.lex.relays
            ):
                continue
            words = set(fold(entity.name).split())
            if low in self.lex.companies and _place_of(entity.name):
                continue  # 'the Mayor of the County of Cork': a county is no company
            if kind_noun_holds().get(low, "") not in ("", *words):
                continue  # 'the majority wrote' is a court's, never a pollster's
            # 'the consumer watchdog' after 'ACCC chair Gina Cass-Gottlieb': the noun's own
            # modifier in the body's name makes up for a mention that is no subject
            matched = bool({t.lower_ for t in modifiers} & words)
            if (not rank and not matched) or (public & words and low not in public_kind_nouns()):
                continue  # 'Amazon workers walked out. The union said': Amazon only modifies
            if modifiers and low not in self.lex.companies and not matched:
                return None  # 'the fire service' is no hotel named before; 'the campaign
                # group' may be any body, a 'fire service' only one named for fire
            return entity
        return None

    def _set_off_name(self, tok: Token) -> Person | None:
        """'COGAT, the Israeli defence ministry body that coordinates aid, says' parsed with
        both as subjects: a description set off right after the body's name that opens the
        sentence describes that body, which speaks."""
        toks = self.toks
        lead = tok.left_edge.i
        if lead < 2 or toks[lead - 1].text != "," or toks[lead].lower_ not in ("the", "a", "an"):
            return None
        name = self._token_entity.get(lead - 2)
        if name is None or name.is_person or name.place or not name.name:
            return None
        opener = sentence_opener(toks[lead - 2])
        first = self._token_entity.get(opener.i) if opener is not None else None
        return name if first is name else None

    def _premodifier_back(self, tok: Token) -> Person | None:
        """'the paramilitary Rapid Support Forces (RSF) ... the paramilitary said': a word the
        article wrote right before a body's name, to say what kind of body it is, stands
        for that body when it comes back alone after 'the' (the latest body it went with,
        within a few paragraphs). Tried after every reading of the word as a role; only
        words of the roles table count ('the populist' or 'the conservative' after a party is
        more often a person), and a word that describes people ('the official') and an
        outlet ('the official IRNA news agency') are left out."""
        low = tok.lower_
        if not tok.is_lower or low in _person_descriptors() or low not in self.lex.roles or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ) or any(c.i < tok.i and c.dep_ != "det" for c in tok.children):
            return None
        toks = self.toks
        for k in range(tok.i - 1, max(tok.i - 400, 0), -1):
            if toks[k].lower_ != low or k + 1 >= len(toks):
                continue
            body = self._token_entity.get(k + 1)
            if body is not None and not body.is_person and not body.place and (
                k not in self._token_entity and body.name
                and body.name.lower() not in self.lex.relays
                and outlet_name(toks[k + 1], self.lex) is None
            ):
                return body
        return None

    def _outlet_back(self, tok: Token) -> Person | None:
        """'The Aviation Herald reported ... The industry publication stated': a definite,
        singular outlet noun ('the newspaper', 'the broadcaster') points back to the news
        outlet the article named last, within a few sentences."""
        low = tok.lemma_.lower()
        if low not in self.lex.outlet_words or low in ("media", "press", "news") or (
            tok.tag_.endswith("S")
        ):
            return None
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None or det.lower_ not in ("the", "this"):
            return None
        k = bisect.bisect_left(self._mention_pos, tok.i)
        for pos, entity, _ in reversed(self._mentions[:k]):
            if tok.i - pos > 250:
                break
            if entity.is_person or entity.place:
                continue
            words = set(fold(entity.name).split())
            if entity.name.lower() in self.lex.relays or words & self.lex.outlet_words or (
                id(entity) in self._titled_outlets
            ):
                return entity
        return None

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
        # a dateline's dash, a timestamp or a bullet the parse hung on the phrase is no part
        # of it ('KYIV — Ukraine's prime minister', '09:12 — ...', '• ...')
        cut = max(
            (k for k in range(s, tok.i) if self.toks[k].text in _BREAKS or (
                self.toks[k].text == "-" and self.toks[k].whitespace_  # 'KYIV - ', not 'Vice-'
            )),
            default=s - 1,
        )
        s = cut + 1
        while s < tok.i and (self.toks[s].is_punct or self.toks[s].is_space):
            s += 1
        k = tok.i + 1
        if tok.pos_ == "PROPN" and tok.is_title and not self.role_word(tok) and (
            k + 1 < len(self.doc) and self.toks[k].lower_ == "of"
            and self.toks[k + 1].is_title and self.toks[k + 1].pos_ == "PROPN"
            and self.toks[k + 1].head.i == k and self.toks[k + 1].lemma_.lower() in self.lex.bodies
            and not self.toks[k + 1].ent_type_
        ):
            e = k + 1  # 'The Fraternal Order of Police said' left untagged: the whole name
        return s, e + 1

    def _officer_of(self, tok: Token) -> Person | None:
        """'African Export-Import Bank president Okey Oramah said', 'said University of
        California, San Diego's chancellor, Pradeep Khosla': the parse makes the body the
        subject and hangs the named officer on it (directly, or on a role noun conjoined to
        it, or on a role noun in apposition); the person speaks, not the body."""
        for child in tok.children:
            hosts = [child]
            if child.dep_ in ("conj", "appos") and child.pos_ == "NOUN" and (
                child.lower_ in self.lex.titles or child.lemma_.lower() in self.lex.roles
            ):
                hosts = [c for c in child.children if c.dep_ == "appos"]
            elif child.dep_ == "prep" and child.lower_ == "of" and child.i == tok.i + 1:
                # 'Football Association of [Singapore (FAS) president Forrest Li] said':
                # the parse hung the officer on the body's 'of'
                hosts = [c for c in child.children if c.dep_ == "pobj" and any(
                    g.dep_ == "compound" and self.role_word(g) for g in c.lefts
                )]
            elif child.dep_ != "appos" or child.i < tok.i:
                continue
            for host in hosts:
                if host.pos_ != "PROPN" or host.i < tok.i:
                    continue
                named = self.entity_at(host)
                if named is not None and named.is_person and any(
                    self.role_word(t) for t in self.doc[tok.i : host.i]
                ):
                    return named
        return None

    def _appositive_person(self, tok: Token) -> Person | None:
        """The named person in apposition to a title, or to a word standing for one of
        several ('Another, Clive Lewis, the MP for Norwich South, said'): the person speaks,
        not the office or the count."""
        if tok.lower_ not in self.lex.titles and tok.lower_ not in self.lex.roles and (
            tok.pos_ not in ("DET", "PRON", "NUM")
        ) and tok.lemma_.lower() not in _attendants() and (  # ('Counsel for the BMC, Name,')
            tok.ent_type_ != "NORP"  # 'The top Democrat on the committee, Jeanne Shaheen,'
        ):
            roles = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and (
                c.lemma_.lower() in self.lex.roles or c.lower_ in self.lex.titles
            )] if tok.pos_ == "NOUN" else []
            for role in roles:
                # "Tsintsadze's only registered opponent, the independent candidate Nino
                # Abashidze, said": the name set in the apposed role's own apposition
                apposed = [self.entity_at(c) for c in role.children
                           if c.dep_ == "appos" and c.pos_ == "PROPN"]
                found = next((p for p in apposed if p is not None and p.is_person), None)
                if found is not None:
                    return found
            return self._titled_holder(tok)
        counted = tok.pos_ in ("DET", "PRON", "NUM")  # ('Another, Clive Lewis,' read as a list)
        named_all = [
            (child, named) for child in tok.children
            if (child.dep_ == "appos" or (counted and child.dep_ == "conj"))
            and child.pos_ == "PROPN"
            and (named := self.entity_at(child)) is not None and named.is_person
        ]
        # 'the Director General of Africa CDC, Dr. Jean Kaseya,': of two names in
        # apposition, the one the tagger calls a person holds the title
        if not named_all and not counted:
            # 'The chairperson of the African Union Commission, Mahmoud Ali Youssouf,' with
            # the name hung on the body: a person set off after the office's 'of' object
            # ('A trader at the Old Market, Mrs Ladi Yusuf,': likewise after a place)
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in (
                "of", "at", "in", "from"
            )):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    named_all = [
                        (child, named) for child in pobj.children
                        if child.dep_ == "appos" and child.pos_ == "PROPN"
                        and self.toks[child.left_edge.i - 1].text == ","
                        and (named := self.entity_at(child)) is not None and named.is_person
                    ]
        if named_all:
            return min(named_all, key=lambda cn: cn[0].ent_type_ != "PERSON")[1]
        if _voice_noun(tok) and any(
            c.dep_ == "prep" and c.lower_ in ("for", "of") and any(
                g.dep_ == "pobj" and g.pos_ == "NOUN" and (
                    g.lemma_.lower() in self.lex.roles or g.lower_ in self.lex.titles
                ) for g in c.children
            ) for c in tok.children
        ):
            # 'A spokesperson for the attorney general, Deb Frecklington,': the name is the
            # office holder's ('A spokesman for Vance, Taylor Van Kirk,' is the spokesman)
            return None
        # 'The delegate to the House of Representatives, Jane Roe, told ...': the parse hangs
        # the name off the last noun of the title; a person closing the phrase is its holder
        if any(c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children)
               for c in tok.children):
            return None  # 'Democrats, led by the ranking member, Jeanne Shaheen, said': the
            # one who leads them is no holder of what the subject names
        words = [t for t in tok.subtree if not t.is_punct]
        last = words[-1] if words else tok
        # ('Counsel for the BMC, senior advocate Rajesh Kulkarni,': a second object of 'for')
        # ('Counsel for the NMC, senior advocate Meera Joshi,': the body read as a modifier)
        inner = {t.i for t in last.subtree}
        k = last.i
        while k - 1 > tok.i and k - 1 in inner and self.toks[k - 1].text != ",":
            k -= 1
        set_off = last.dep_ == "pobj" and k - 1 > tok.i and self.toks[k - 1].text == ","
        if last.i > tok.i and (last.dep_ == "appos" or set_off) and last.pos_ == "PROPN":
            named = self.entity_at(last)
            if named is not None and named.is_person:
                return named
        return None

    def _titled_holder(self, tok: Token) -> Person | None:
        """'Office of Civil Defense Administrator Ariel Nepomuceno said': a body whose name the
        tagger ran on into a title, with the title holder's name closing the subject, is no
        speaker; the person named right after the title is."""
        if tok.lemma_.lower() not in self.lex.bodies:
            return None
        words = [t for t in tok.subtree if not t.is_punct]
        last = words[-1] if words else tok
        named = self.entity_at(last) if last.i > tok.i and last.pos_ == "PROPN" else None
        if named is None or not named.is_person:
            return None
        first = last.i
        while first - 1 > tok.i and self._token_entity.get(first - 1) is named:
            first -= 1
        title = self.toks[first - 1]
        if first - 1 <= tok.i or not (self.role_word(title) or title.lower_ in self.lex.titles):
            return None
        # the title stands in the body's own name, not after 'led by', 'under', a comma or a
        # relative clause ('The Justice Department, led by Attorney General Pam Bondi, said'
        # is the department's statement)
        if not all(
            t.lower_ in ("of", "for", "and", "the", "&") or (t.pos_ == "PROPN" and t.is_title)
            for t in self.doc[tok.i + 1 : first - 1]
        ):
            return None
        return named

    def _title_as_name(self, tok: Token) -> Person | None:
        """The person a definite title stands for, written as the initials of their office
        ('the IGP' for the Inspector-General of Police, 'the CS' for 'Interior CS X') or as
        the honorific set before their name ('the Maulana'): the one most recently named so
        before the mention. None when no one in the article holds it."""
        if tok.i == 0 or self.toks[tok.i - 1].lower_ != "the" or not tok.is_alpha:
            return None
        if not tok.is_title and not tok.is_upper:
            return None  # 'the barrister for the accused' describes someone; 'the Maulana' names
        acronym = tok.text.isupper() and 2 <= len(tok.text) <= 4 and (
            tok.text not in self._acronyms  # 'the WHO' is the body its name spells
            and not any(not p.is_person and p.name == tok.text for p in self.people.values())
        )
        honorific = tok.lower_ in honorifics() and not any(
            c.dep_ in ("prep", "relcl", "acl") for c in tok.rights
        )  # ('The Barrister for the petitioners, X,' is a description with its own holder)
        if not acronym and not honorific:
            return None
        found: Person | None = None
        for i, entity in sorted(self._token_entity.items()):
            if i >= tok.i:
                break
            if not entity.is_person:
                continue
            if honorific and i > 0 and self.toks[i - 1].lower_ == tok.lower_:
                found = entity
            elif acronym and any(_office_initials(r, tok.text) for r in _roles_of(entity)):
                found = entity
        return found

    def _seat_holder_of(self, tok: Token) -> Token | None:
        """'Member for Barron River Bree James said', 'Labour MP for Bristol West Thangam
        Debbonaire said': the parse makes the member's title the subject and hangs seat and
        name on 'for'; the person named there speaks."""
        if tok.lower_ not in seat_titles() or tok.is_lower:
            return None  # ('a member for Manchester United Supporters Trust' is no seat)
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        found = self.entity_at(pobj) if pobj is not None else None
        if prep is None or pobj is None or found is None or not found.is_person:
            return None
        start = pobj.i
        while start > 0 and self._token_entity.get(start - 1) is found:
            start -= 1
        # the seat's words come first ('The member for Lismore, Janelle Saffin, said' has no
        # name on 'for')
        return pobj if start > prep.i + 1 else None

    def _as_mention(self, tok: Token, res: Resolved) -> Resolved:
        """``res`` found through another token, reported at the mention ``tok`` heads."""
        s, e = self.mention_span(tok)
        return Resolved(res.entity, res.name, self.doc[s:e].text, self.toks[s].idx,
                        self.toks[e - 1].idx + len(self.toks[e - 1].text))

    @cached_property
    def defined_terms(self) -> dict[str, tuple[int, Person]]:
        """Short names a release defines for a body in brackets after its full name:
        'Boréalis Aluminium Inc. (TSX: BRL) («Boréalis» or «the Company»)', 'Acme Corp. (the
        "Company")'. Each capitalised short name (its last word) then stands for that body
        wherever it comes back; maps it to (position of the definition, body)."""
        out: dict[str, tuple[int, Person]] = {}
        text = doc_text(self.doc)
        for tok in (self.toks[k] for k in tokens_of(self.doc, "text", "(")):
            if tok.i == 0:
                continue
            k = tok.i - 1
            while k > 0 and self.toks[k].text == ")":  # '(TSX: BRL) («Boréalis» ...)'
                k = next((j - 1 for j in range(k, max(k - 8, 0), -1)
                          if self.toks[j].text == "("), 0)
            owner = self._token_entity.get(k)
            if owner is None or owner.is_person or not owner.name:
                continue
            close = next((t.i for t in self.toks[tok.i + 1 : tok.i + 16] if t.text == ")"), None)
            if close is None:
                continue
            inside = text[tok.idx : self.toks[close].idx]
            for m in _DEFINED.finditer(inside):
                word = m.group(1).split()[-1]
                if word[:1].isupper() and word not in out:
                    out[word] = (close, owner)
        return out

    def resolve(self, tok: Token, depth: int = 0) -> Resolved:
        """Resolve the head token of a speaker mention to the fullest name the article gives."""
        doc = self.doc
        toks = self.toks
        lead = toks[tok.left_edge.i]
        if lead.lower_ in _FRONTED_PLACES and lead.i <= tok.i and lead.is_sent_start and (
            depth < 3 and not (tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN")
        ):  # ('Back in Hull, Liam's mum Janet Kerrigan, 61, said' with 'Back' the subject;
            # with the name itself the subject, the name speaks)
            # 'Outside court, Miss Barnes's mother, Lorraine Barnes, said': the parse took the
            # fronted place for the subject and the speaker for its conjunct
            real = next((c for c in tok.children if c.dep_ in ("conj", "appos") and (
                toks[c.left_edge.i - 1].text == ","
            )), None)
            if real is None:
                # 'Back home in Kalgoorlie, Kessler's father, Gary Kessler, said': the person
                # set off inside the fronted place's phrase
                real = next((c for c in reversed(list(tok.subtree)) if c.dep_ == "appos"
                             and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"
                             and (toks[c.left_edge.i - 1].text == "," or (
                                 c.i + 1 < len(toks) and toks[c.i + 1].text == ","
                                 and toks[c.left_edge.i - 1].pos_ == "NOUN"
                             ))), None)  # ('..., Liam's mum Janet Kerrigan, 61,')
            if real is not None:
                return self.resolve(real, depth + 1)
        if depth < 3 and (tok.lower_ in self.lex.titles or self.role_word(tok)):
            # 'General Motors Chair and CEO Mary Barra said': two titles joined by 'and',
            # the second followed by the name that holds both
            holder = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                           and (found := self.entity_at(c)) is not None and found.is_person
                           and c.i > tok.i), None)
            if holder is not None:
                return self.resolve(holder, depth + 1)
        if depth < 3 and tok.lower_ in honorifics():
            # 'His Excellency the Prime Minister and Minister of Foreign Affairs said': the
            # office set after the honorific tells whose excellency speaks
            office = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and (
                c.lower_ in self.lex.titles or self.role_word(c)
            )), None)
            holder_name = next((t for t in tok.subtree if t.i > tok.i and t.ent_type_ == "PERSON"
                                and t.dep_ in ("appos", "conj") and t.pos_ == "PROPN"), None)
            # ('His Excellency the President of Uganda, Yoweri Museveni, said': the name)
            target = holder_name if holder_name is not None else office
            if office is not None and target is not None:
                res = self.resolve(target, depth + 1)
                if res.name:
                    return self._as_mention(tok, res)
        seated = self._seat_holder_of(tok) if depth < 3 else None
        if seated is not None:
            return self.resolve(seated, depth + 1)  # 'Member for Barron River Bree James'
        if depth < 3 and tok.pos_ == "NUM" and tok.i >= 4 and [
            t.text for t in doc[tok.i - 3 : tok.i]
        ] == ["-", "of", "-"] and toks[tok.i - 4].lemma_.lower() in _everyday_people():
            # 'the mum-of-three told the Mirror', the parse heading the phrase by its number:
            # the person the story was just about, as for 'the shop worker'
            s, e = self.mention_span(tok)
            noun = toks[tok.i - 4]
            found = self._pronoun_like(tok.left_edge.i, None)
            if found is not None and self._recently_in_focus(noun, found):
                self.note_speaker(tok, found)
                return Resolved(found, found.name, doc[s:e].text, toks[s].idx,
                                toks[e - 1].idx + len(toks[e - 1].text))
        campus = self._campus_holder(tok) if depth < 3 else None
        if campus is not None:
            # 'Jo Anne Van Tilburg of the University of California, Los Angeles disagreed':
            # the parser made the campus town the subject; the scholar speaks
            return self.resolve(campus, depth + 1)
        body_name = self._apposed_body_name(tok) if depth < 3 else None
        if body_name is not None:
            # "Mexico's foreign ministry, the Secretaría de Relaciones Exteriores (SRE),
            # said": the body's own name, set off after its description, is its fullest name
            return self._as_mention(tok, self.resolve(body_name, depth + 1))
        s, e = self.mention_span(tok)
        span = doc[s:e]
        low = tok.lower_
        entity: Person | None = None
        defined = self.defined_terms.get(tok.text)
        if defined is not None and defined[0] < tok.i:
            self.note_speaker(tok, defined[1])  # '... Inc. («Boréalis» or «the Company»)'
            return Resolved(defined[1], defined[1].name, span.text, span.start_char, span.end_char)
        if self._capital_acronym(tok):
            # 'WHO said', 'IT said': a function word written in capitals is a body's acronym
            entity = self._acronyms.get(tok.text) or self.entity_at(tok)
            if entity is not None:
                self.note_speaker(tok, entity)
            return Resolved(entity, entity.name if entity else tok.text, span.text,
                            span.start_char, span.end_char)
        titled = self._title_as_name(tok)
        if titled is not None:
            # 'the IGP told journalists' after 'Inspector-General of Police Douglas Kanja',
            # 'the Maulana said' after 'Maulana Fazlur Rehman'
            self.note_speaker(tok, titled)
            return Resolved(titled, titled.name, span.text, span.start_char, span.end_char)
        owner = self._acronym_document(tok)
        if owner is not None and depth < 3:
            # 'According to the official WHO report': the tagger read 'WHO report' as a
            # relative clause on 'official'; the report is the body's
            res = self.resolve(owner, depth + 1)
            whole = doc[s : max(e, owner.head.i + 1)]
            return Resolved(res.entity, res.name, whole.text, whole.start_char, whole.end_char)
        if low in ("which", "who", "that") and tok.head.dep_ == "relcl" and depth < 3:
            ante = tok.head.head
            if low == "who" and ante.ent_type_ in ("GPE", "LOC"):
                # 'Brandon Kelley, 44, from Austin, Texas, who was at the club,': the clause
                # hung on the home town is about the person the town belongs to
                ante = next((a for a in ante.ancestors if a.ent_type_ == "PERSON"
                             or (a.pos_ == "PROPN" and a.ent_type_ not in ("GPE", "LOC"))), ante)
            res = self.resolve(ante, depth + 1)  # 'Facebook, which said ...'
            return Resolved(res.entity, res.name, span.text, span.start_char, span.end_char)
        if tok.pos_ == "PRON" or low in _PERSON_PRON or low in _GROUP_PRON:
            # ('Another, Clive Lewis, ... said' with 'Another' read as a pronoun: the name)
            entity = self._pronoun(tok) if (low in _PERSON_PRON or low in _GROUP_PRON) else (
                self._appositive_person(tok)
            )
            if entity is not None:
                self.note_speaker(tok, entity)
            return Resolved(entity, entity.name if entity else None, span.text, span.start_char,
                            span.end_char)
        if low == "old" and tok.i >= 2 and toks[tok.i - 1].text == "-" and (
            toks[tok.i - 2].lower_ in ("year", "years")
            and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)
        ):
            # 'The 48-year-old ... told a rally' split into tokens: an age points back to the
            # person last named, like 'the diplomat' does
            entity = self._pronoun_like(tok.left_edge.i, None)
            if entity is not None:
                self.note_speaker(tok, entity)
            return Resolved(entity, entity.name if entity else None, span.text,
                            span.start_char, span.end_char)
        if tok.pos_ == "NOUN" and _ANONYMOUS.search(
            doc[tok.left_edge.i : tok.right_edge.i + 1].text
        ):
            # 'The mother of one, who asked that her name not be published, said': the
            # article withholds the name on purpose, so no one named earlier is meant; she
            # stays in focus, so the 'she said' after her is no named person either
            self._note_unnamed(tok)
            return Resolved(None, None, span.text, span.start_char, span.end_char)
        if self._dateline(tok):
            real = self._subject_after_dateline(tok) if depth < 3 else None
            if real is not None:
                # 'NAIROBI, Kenya (Reuters) - The Electoral Commission said': the parser made
                # the dateline the subject; the speaker opens the story after the dash
                return self.resolve(real, depth + 1)
            return Resolved(None, None, span.text, span.start_char, span.end_char)  # dateline
        if self._plural_people(tok, span) or self._some_members(tok):
            self.note_speaker(tok, Person("", True, plural=True))
            return Resolved(None, None, span.text, span.start_char, span.end_char)
        if self._pair_noun(tok):
            group = self._plural_before(tok.i, named=True) or self._pair_named_before(tok)
            if group is not None and group.name:
                self.note_speaker(tok, group)
                return Resolved(group, group.name, span.text, span.start_char, span.end_char)
        if tok.lemma_.lower() in _partitives() and depth < 3:
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if pobj is not None:  # 'Part of the judge's statement reads'
                res = self.resolve(pobj, depth + 1)
                return Resolved(res.entity, res.name, span.text, span.start_char, span.end_char)
        if (
            tok.lemma_.lower() in self.lex.documents or tok.lower_ in self.lex.documents
        ) and tok.pos_ in ("NOUN", "PROPN") and (
            tok.pos_ == "NOUN" or self.entity_at(tok) is None
        ) and not any(c.lower_ in _RANKED_PEOPLE for c in tok.lefts):
            # 'figures from the Central Bank of Kenya': the table lists the plural only
            # ('Senior Fianna Fáil figures believe' are people, unnamed)
            return self._document(tok, span)
        member = self._member_label(tok)
        if member is not None:
            self.note_speaker(tok, member)
            return Resolved(member, member.name, span.text, span.start_char, span.end_char)
        if tok.lower_ in self.lex.titles and tok.text[:1].isupper() and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children
        ):
            # 'His Highness said', 'Her Majesty told': a style of address stands for the
            # person just named, as a pronoun would, unless it names him there ('His
            # Highness Prince Faisal bin Farhan, Minister of Foreign Affairs, said')
            entity = next((
                found for c in tok.children if c.dep_ == "appos"
                and (found := self.entity_at(c)) is not None and found.is_person
            ), None) or self._pronoun_like(tok.left_edge.i, None)
            if entity is not None:
                self.note_speaker(tok, entity)
            return Resolved(entity, entity.name if entity else None, span.text,
                            span.start_char, span.end_char)
        entity = self._appositive_person(tok)  # 'Kenya's Principal Secretary, Grace Wanjiru,'
        entity = entity or self._initialled_office(tok)  # 'EAM said' for the External Affairs
        entity = entity or self.entity_at(tok)
        if entity is None or not entity.is_person:
            entity = self._of_body(tok, entity) or entity  # 'Transport for London said'
        if entity is not None and not entity.is_person and self._indefinite(tok) and any(
            c.dep_ in ("appos", "compound", "conj") and c.i > tok.i  # ('conj': a misparse)
            and _voice_noun(c) and not any(g.dep_ == "cc" for g in c.head.children
                                           if c.dep_ == "conj" and g.i < c.i and g.i > tok.i
                                           and g.head.i == tok.i)
            for c in tok.children
        ):
            # 'A Department of Health and Social Care spokesperson said' parsed with the
            # body as the subject: an unnamed spokesperson, as 'A Home Office spokesman'
            self._note_unnamed(tok)
            return Resolved(None, None, span.text, span.start_char, span.end_char)
        if entity is not None and self._role_as_surname(tok, entity):
            entity = None
        if entity is not None and not entity.is_person:
            entity = self._officer_of(tok) or entity
        if entity is None and (tok.pos_ == "NOUN" or tok.lower_ == "one"):
            entity = self._named_as(tok)  # 'a driver, identified only as Karim, said'
        if entity is None:
            for child in tok.children:  # 'the Vice President, Mike Pence, said'
                if child.dep_ == "appos" and self.entity_at(child) is not None:
                    entity = self.entity_at(child)
                    break
        if entity is None and tok.pos_ == "NOUN":
            entity = self._given_name_after(tok)
        if entity is None and tok.i + 2 < len(doc) and toks[tok.i + 1].text == ",":
            named = self._token_entity.get(toks[tok.i + 2].i)  # 'the mayor, Dee Margo, ...'
            if named is not None and named.is_person:
                entity = named
        if entity is None and self._anonymous_proxy(tok):
            # 'A Home Office spokesman said', 'a spokeswoman for the ministry said': the
            # article presents an unnamed person, whom readers (and our annotators) do not
            # file under the body; 'the ministry said' and a named spokesman still resolve.
            # She stays in focus: '..., she added' is hers, not the last named speaker's
            self._note_unnamed(tok)
            return Resolved(None, None, span.text, span.start_char, span.end_char)
        if entity is None and tok.lower_ in self.lex.titles:
            # 'Former US Ambassador to the United Nations Nikki Haley wrote'
            for t in tok.subtree:
                found = self.entity_at(t) if t.i > tok.i and t.pos_ == "PROPN" else None
                if found is not None and _in_clause_of(t, tok):
                    continue  # 'The governor, who was nominated by President Lula, said'
                if t.dep_ == "pobj" and t.head.head.i == tok.i and found is not None and (
                    len(found.name.split()) == 1
                ):
                    continue  # 'the mayor of Yartsevo': a one-word name after 'of' is a place
                if found is not None and found.is_person:
                    entity = found
                    break
            if entity is None:
                entity = self._titled_name(tok)
        if entity is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.roles:
            entity = self._described_person(tok)
        if entity is None and tok.pos_ in ("NOUN", "PROPN"):
            entity = (
                self._country_holder(tok) or self._titled_office(tok)
                # 'the city of White Plains ... The city said' before any 'New York City'
                or (self._place_named_before(tok) if tok.pos_ == "NOUN" else None)
                # a bare 'the channel' re-names the outlet named last, before any body whose
                # name holds the noun ('Channel 12', named later) can take it
                or (self._outlet_back(tok) if [c.lower_ for c in tok.lefts] == ["the"] and not (
                    self._holder_named_before(tok)
                ) else None)
                # "Tokayev's office said" is his office's, not the last body with 'Office'
                # in its name
                or (self._owned_office(tok) if tok.pos_ == "NOUN" else None)
                or (self._by_role(tok) if not self._plain_name_word(tok) else None)
            )
            if entity is None and self._kin_owner(tok) is not None:
                # "Lapitski's daughter told The Sun ... she said": the relative, left unnamed,
                # is in focus for the pronoun after, not the owner
                self._note_unnamed(tok)
            if entity is not None and entity.is_person and self._indefinite(tok) and (
                self._last_pos(entity, tok.i) >= 0 or any(
                    c.dep_ == "det" and c.lower_ == "another" for c in tok.children
                ) or not self._in_lede(tok)
            ):
                # 'A US State Department spokesperson said': an indefinite description
                # introduces someone new, never the spokesman the article named before (a
                # lede's 'a Kenyan scholar has said' may still be the scholar named later;
                # 'An adviser to the commander' further down is not the adviser named after)
                entity = None
        known = outlet_name(tok, self.lex) if entity is None and tok.pos_ == "NOUN" and (
            tok.lower_ in self.lex.outlet_words
        ) else None
        if known is not None and (
            known in self.lex.relays.values() or tok.lower_ in publication_words()
        ):
            # 'the dpa news agency reported': an agency the tagger did not tag, known by
            # name; 'The National newspaper reported': a paper named by its title
            entity = self.people.setdefault(fold(known), Person(known, False))
            self._titled_outlets.add(id(entity))  # ('the newspaper' later is this one)
        if entity is None and tok.pos_ == "NOUN":
            entity = self._business(tok) or self._outlet_back(tok)
        if entity is None and tok.pos_ == "NOUN":
            entity = self._office_of_person(tok) or self._owned_office(tok)  # "Ebrard's office"
        seat = self._place_of(tok) if entity is None else None
        if seat is not None:  # 'the government of American Samoa'
            return Resolved(None, doc_text(doc)[tok.idx : seat.end_char], span.text,
                            span.start_char, span.end_char)
        if entity is None and (
            tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and (
                tok.lower_ in self.lex.titles or tok.lower_ in self.lex.roles
            ))
        ):
            # 'The Prime Minister', 'the MP, who sits on ...' tagged as a proper noun
            entity = self._nominal(tok)
        if entity is None and tok.pos_ == "NOUN":
            entity = self._family(tok) or self._named_before(tok)
        if entity is None and (tok.pos_ == "NOUN" or (
            tok.pos_ == "PROPN" and tok.lower_ in self.lex.titles
        )):  # ('The Taoiseach has insisted ...' with the office read as a name)
            entity = self._lede_cataphor(tok)  # (the place named before was tried above)
        if entity is None and tok.pos_ == "NOUN":
            entity = self._kind_back(tok) or self._set_off_name(tok)
        if entity is None and tok.pos_ in ("NOUN", "ADJ"):
            entity = self._premodifier_back(tok)  # 'the paramilitary said'
        if entity is None:
            entity = self._remit_body(tok)  # 'The unification ministry said'
        if (
            entity is None and (tok.pos_ == "PROPN" or self._name_as_noun(tok))
            and tok.ent_type_ not in NOT_NAMES
            and tok.ent_type_ != "ORG" and tok.lower_ not in self.lex.titles and len(tok.text) > 1
            and not tok.is_upper and not (self.role_word(tok) and self._indefinite(tok))
        ):
            entity = self._new_person(tok, span)
        if entity is not None and entity.name and not entity.plural:
            entity = self._joint(tok, entity)
        if entity is not None and entity.is_person and tok.pos_ == "PROPN" and tok.i > 0:
            entity = self._namesake_for_title(toks[tok.i - 1], entity)
        if entity is not None:
            self.note_speaker(tok, entity)
            name = entity.name
            outlet = outlet_name(tok, self.lex) if not entity.is_person else None
            if outlet and self._acronyms.get(tok.text) is entity and (
                self.lex.relays.get(entity.name.lower()) != outlet
            ):
                outlet = None  # 'the Pakistan Tehreek-e-Insaf (PTI)': not the news agency PTI
            fuller = self.lex.relays.get(entity.name.lower()) == outlet and (
                len(entity.name) > len(outlet or "")
            )  # 'NBC News' stays when the article writes it; 'Guardian' -> 'The Guardian'
            if outlet and len(entity.name) > len(outlet) and entity.name.endswith(outlet):
                fuller = True  # 'Lagos Flood and Erosion Control Agency', no outlet cut short
            if outlet and not fuller:
                name = outlet_as_written(tok, self.lex) or outlet
            return Resolved(entity, name, span.text, span.start_char, span.end_char)
        proper = (
            tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL")
            and len(tok.text) > 1 and (not self.role_word(tok) or (  # 'One MP', 'a Senator'
                tok.lower_ not in self.lex.roles and not tok.ent_type_ and any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1
                    and not self.role_word(c) and not c.ent_type_ for c in tok.lefts
                )  # 'Fraser Health says': a portfolio word ending an untagged body's name
            ))
            and not self._lower_body(tok)
            and not (  # 'A senior Liberal MP said': a member described, no one named
                tok.text.replace(".", "").lower() in self.lex.postnominals and self._indefinite(tok)
            )
        )
        misread = not proper and self._misread_name(tok)
        proper = proper or misread or self._acronym_read_as_noun(tok)
        # 'U.N. agencies warned': several bodies under a named one, none of them named
        # ('police' is plural in form only; 'Chinese authorities' keep their country)
        named_group = self._is_named_group(tok) and not (
            tok.tag_ == "NNS" and tok.lemma_.lower() != tok.lower_
            and any(c.ent_type_ == "ORG" for c in tok.lefts)
        )
        text = None
        described = self._described_body(tok) if not proper else None
        if described is not None:
            self.note_speaker(tok, described)
            return Resolved(described, described.name, span.text, span.start_char,
                            span.end_char)
        if misread:
            # 'Elering, the Estonian transmission system operator, said': a body named by a
            # word the tagger took for a noun; 'the company said' later points back to it
            name = self._proper_run(tok)
            named = self.people.setdefault(fold(name), Person(name, False))
            self.note_speaker(tok, named)
            return Resolved(named, named.name, span.text, span.start_char, span.end_char)
        if proper:
            text = self._proper_run(tok)
        elif named_group and (org := self._org_modifier(tok)) is not None:
            return Resolved(org, org.name, span.text, span.start_char, span.end_char)
        elif named_group and (group := self._named_group(tok)) is not None:
            # the group becomes a body of the article: a later bare 'the government' or
            # 'police' finds it
            self.note_speaker(tok, group)
            return Resolved(group, group.name, span.text, span.start_char, span.end_char)
        if text is None and tok.tag_ == "NNS" and self._group_noun(tok):
            # 'Researchers from the university reported ...': an unnamed group, which a
            # later 'they found' still means
            self.note_speaker(tok, Person("", True, plural=True))
        elif text is None and tok.tag_ == "NN" and self._indefinite(tok) and (
            self._person_noun(tok) or tok.lower_ in self.lex.titles  # 'One ... chairman'
            or (agent_noun(tok.lower_) and tok.lemma_.lower() not in self.lex.documents
                and tok.lower_ != "number")  # 'A tea seller told TOI', not 'A letter said'
        ):
            # 'A woman who had travelled overnight said ... "...," she said': someone new
            # and unnamed is in focus, so her 'she' is no one named before
            self._note_unnamed(tok)
        if text is None:
            body = self._body_by_form(tok)
            if body is not None:
                self.note_speaker(tok, body)
                return Resolved(body, body.name, span.text, span.start_char, span.end_char)
        return Resolved(None, text or None, span.text, span.start_char, span.end_char)

    def _apposed_body_name(self, tok: Token) -> Token | None:
        """The proper name set off by commas after a body's lower-case description ('the UN's
        humanitarian coordination office, OCHA,'), when the name is a body of the article."""
        if tok.pos_ != "NOUN" or not tok.is_lower or not (
            tok.lemma_.lower() in self.lex.bodies or tok.lemma_.lower() in kind_nouns()
        ):
            return None
        for c in tok.rights:
            if c.dep_ not in ("appos", "conj") or self.toks[c.left_edge.i - 1].text != "," or not (
                c.pos_ == "PROPN" or (c.is_title and c.ent_type_ == "ORG")
            ):  # ('Migraciones' tagged a body but parsed as a common noun)
                continue
            if self._lone_body_name(c):
                return c
            entity = self.entity_at(c)
            if entity is not None and not entity.is_person and not entity.place:
                return c
        return None

    def _lone_body_name(self, c: Token) -> bool:
        """Register a one-word name set off after a body's description as that body ("Nicaragua's
        disaster agency, Sinapred, said"): the tagger leaves such names untagged, and a run of
        proper nouns no one tagged is otherwise guessed to be a person. A word the tagger
        read as a person or a place, a nationality and a known given name stay as they
        are."""
        if c.left_edge.i != c.i or c.right_edge.i != c.i or c.ent_type_ not in (
            "", "ORG", "NORP"
        ) or (
            not (c.is_title or c.is_upper) or not c.is_alpha or common_word(c.lower_)
            or fold(c.text) in self.lex.first_names
            or country_of_word(c.text) is not None  # ('Nigeria's ministry, Nigerian, ...')
        ):
            return False
        key = fold(c.text)
        body = self.people.get(key)
        if body is None or body.is_person or body.place:  # ('Sinaprev' tagged a people)
            old, body = body, Person(c.text, False)
            self.people[key] = self._surname[key] = body
            if old is not None:  # its other uses point to the body now ('a Sinaprev statement')
                for i in [i for i, known in self._token_entity.items() if known is old]:
                    self._token_entity[i] = body
        self._token_entity[c.i] = body
        return True

    def _body_by_form(self, tok: Token) -> Person | None:
        """Bodies the tagger read as common nouns: an agency written in lower case ('dpa
        also reported'), a party named by a proper adjective before its noun ('The
        Socialist party said'), and a name no dictionary knows set beside what kind of body
        it is ('Junts, the Catalan separatist party, said')."""
        known = self.lex.relays.get(tok.lower_)
        if known is not None and known == tok.text and (  # ('dpa', never 'app' or 'spa')
            tok.pos_ in ("NOUN", "PROPN", "X") or tok.dep_ in _SUBJ
        ):
            return self.people.setdefault(fold(known), Person(known, False))
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.bodies and not (
            tok.tag_.endswith("S")
        ) and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            res = self._qualified_body(tok)
            return res.entity if res is not None else None
        if tok.text[:1].isupper() and tok.is_alpha and not common_word(tok.lower_) and any(
            c.dep_ == "appos" and c.lemma_.lower() in self.lex.bodies for c in tok.children
        ):
            return self.people.setdefault(fold(tok.text), Person(tok.text, False))
        return None

    def _pair_noun(self, tok: Token) -> bool:
        """Does a mention refer back to people named together: 'the couple', 'the pair',
        'the two leaders', 'both men'? 'Two officials said' (no article) brings new people."""
        pairs = _pair_nouns()
        if tok.lower_ in pairs and tok.pos_ in ("NOUN", "NUM", "PRON", "DET"):
            return True
        if tok.tag_ != "NNS" or not any(c.lower_ in pairs for c in tok.children):
            return False
        return any(c.lower_ in ("the", "both", "these") for c in tok.children)

    def _pair_named_before(self, tok: Token) -> Person | None:
        """'Foreign Minister Penny Wong and Defence Minister Richard Marles arrived ... The
        two ministers said': the parse often loses the 'and' between two titled names, so
        'the two ministers' (or 'the couple') are the two people, and only two, named in
        this sentence or the one before."""
        sent = sent_of(tok)
        start = sent_of(self.toks[sent.start - 1]).start if sent.start > 0 else sent.start
        k = bisect.bisect_left(self._mention_pos, tok.i)
        found: list[Person] = []
        for pos, entity, _subj in self._mentions[:k]:
            if pos >= start and entity.is_person and entity.name and not entity.plural and (
                entity not in found
            ):
                found.append(entity)
        if len(found) != 2:
            return None
        return Person(f"{found[0].name} and {found[1].name}", True, plural=True)

    def _group_noun(self, tok: Token) -> bool:
        """Is a plural noun a group of people by role ('researchers', 'officials')?"""
        low = tok.lemma_.lower()
        return low in self.lex.roles or tok.lower_[:-1] in self.lex.roles

    def _capital_acronym(self, tok: Token) -> bool:
        """Is a function word ('who', 'it', 'us', 'one', 'can') written in capitals an
        acronym ('WHO said', 'IT said')? The tagger reads the word, not the capitals, so a
        body's acronym turns into a pronoun or a determiner and would resolve to the last
        body named, or to nothing. Capitals mean an acronym unless the whole line is in
        capitals (a headline, where every word is) or the word is a one-letter 'I'/'A'."""
        text = tok.text
        if len(text) < 2 or not text.isalpha() or not text.isupper():
            return False
        if tok.pos_ not in ("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "ADV", "NUM"):
            return False  # a proper-noun acronym is resolved as a name already
        doc = self.doc
        start = doc_text(doc).rfind("\n", 0, tok.idx) + 1
        end = doc_text(doc).find("\n", tok.idx)
        line = doc_text(doc)[start : end if end >= 0 else len(doc_text(doc))]
        return any(w.isalpha() and not w.isupper() for w in line.split())

    def _acronym_document(self, tok: Token) -> Token | None:
        """The acronym owning a document the tagger misread as a relative clause: in 'the
        official WHO report' the capitals 'WHO' became a relative pronoun and 'report' its
        verb, leaving 'the official' as the mention. A bare document word right after a
        capitalised function word, with no object or clause of its own (a date or a
        prepositional phrase may follow: 'the WHO report yesterday'), is that body's
        document."""
        for c in tok.children:
            if c.dep_ != "relcl" or c.i != tok.i + 2 or not (
                c.lower_ in self.lex.documents or c.lemma_.lower() in self.lex.documents
            ):
                continue
            acr = self.toks[tok.i + 1]
            if acr.head.i == c.i and acr.dep_ == "nsubj" and self._capital_acronym(acr) and all(
                k.i == acr.i or k.dep_ in ("punct", "npadvmod", "prep", "advmod")
                for k in c.children
            ):
                return acr
        return None

    def _lede_cataphor(self, tok: Token) -> Person | None:
        """"Iran's top diplomat says Tehran is ready ...\n\n... Foreign Minister Abbas
        Araghchi said": a lede's singular role description, with no one named before it,
        is the titled person the next paragraph makes a subject (news ledes hold the name
        back). An indefinite one ('a scholar') introduces someone the article may never
        name, and a plural is several people."""
        indefinite = self._indefinite(tok)
        if not self._near_lede(tok) or tok.tag_ not in ("NN", "NNP") or (
            tok.lemma_.lower() not in self.lex.roles and tok.lower_ not in self.lex.titles
            and tok.lower_ not in PARTIES.values()  # 'said the committee's top Democrat'
            # ('A BRIT bride has told how ...': a tabloid's ordinary person, named next)
            and not (indefinite and tok.lemma_.lower() in _everyday_people())
        ):  # ('the head of the NHS has warned': a title word as the role)
            return None
        if any(
            e.is_person and not self._dateline(self.toks[p])  # ('MANILA —' tagged a person)
            and not _reports(e) and not _byline(self.toks[p])  # (nor the story's reporter)
            for p, e, _ in self._mentions if p < tok.i
        ):
            return None
        return self._answered_next(tok, indefinite)

    def named_next(self, tok: Token) -> Person | None:
        """'Speaking at the same meeting, the energy minister said ...\n\n"...," Sergei
        Tsivilev said.': a definite role noun that re-names no one the article met before is
        the person the next paragraph names for the first time, with no role of their own,
        as its subject; the writer holds the name back a paragraph, as a lede does."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or (
            tok.lemma_.lower() not in self.lex.roles and tok.lower_ not in self.lex.titles
        ) or not any(
            c.dep_ == "det" and c.lower_ == "the"
            # ('its petroleum minister said', 'according to his lawyer': as definite)
            or c.dep_ == "poss" and c.lower_ in ("its", "his", "her", "their")
            for c in tok.children
        ) or (
            _voice_noun(tok)  # ('the spokesperson added': the body's voice, left unnamed)
        ):
            return None
        lemma = tok.lemma_.lower()
        if any(t.lemma_.lower() == lemma and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children
        ) for t in self.toks[: tok.i]):
            return None  # 'A lawyer ..., asking not to be named ... the lawyer said'
        if _ANONYMOUS.search(doc_text(self.doc)[tok.left_edge.idx : tok.right_edge.idx + 20]):
            return None  # 'Her neighbour, a fisherman who asked not to be named,': no one
        if tok.lemma_.lower() in self.lex.bodies:
            return None  # 'the party said': a body, not the person named next
        found = self._answered_next(tok, False)
        if found is None or not found.name:
            return None
        remit = {c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound")}
        if found.role not in (None, self._held_back_role(tok)) and (
            self._last_pos(found, tok.i) >= 0 or not remit <= _role_words(found)
        ):
            return None  # (one named before with another office, or one whose office is
            # not the remit held back: 'the local health minister' is not 'Indian Prime
            # Minister Narendra Modi'; 'The head of ...' is 'the commissioner, X' first met)
        return found

    def _held_back_role(self, tok: Token) -> str:
        """The role a lede's description gives the person named after it ('energy
        minister')."""
        words = [t.lower_ for t in tok.lefts if t.dep_ in ("amod", "compound")]
        return " ".join([*words, tok.lower_])

    def _answered_next(self, tok: Token, indefinite: bool) -> Person | None:
        """The person the paragraph after ``tok``'s names as its subject, for a description
        held back for a name (see ``_lede_cataphor``)."""
        # the first sentence of the paragraph after the lede (after a closing quotation the
        # description's own paragraph may still hold: '... said the committee's top
        # Democrat, who ... "I would like to know why."')
        text = doc_text(self.doc)
        brk = text.find("\n\n", tok.idx)
        if brk < 0:
            return None
        rest = self.doc.char_span(tok.idx, brk, alignment_mode="expand")
        if rest is None or not all(
            self.inside_quote(t.idx) or t.is_quote or t.is_punct or t.is_space
            for t in rest if t.i >= sent_of(tok).end
        ):
            return None
        nxt = next((t for t in self.doc[rest.end :] if not t.is_space), None)
        if nxt is None:
            return None
        sent = sent_of(nxt)
        end = sent.end
        closing = self.toks[end - 1].text
        if closing == "." and end >= 2:
            closing = self.toks[end - 2].text + "."
        if end < len(self.doc) and closing[:1].isupper() and len(closing) <= 4 and (
            self.toks[end].pos_ == "PROPN"
        ):  # 'Foreign Affairs Secretary Ma. Theresa Lazaro': the split at an abbreviated
            end = sent_of(self.toks[end]).end  # given name is no sentence end
        while end < len(self.doc) and sent.text.lstrip()[:1] in ('"', "\u201c", "'", "\u2018") and (
            "\n\n" not in text[self.toks[end - 1].idx : self.toks[end].idx + 1]
        ):
            # '"We have written letters, we have marched." ... NLC President Joe Ajaero
            # told a news conference': a quotation opening the paragraph is split into
            # sentences before its cue names the speaker; read on to the paragraph's end
            end = sent_of(self.toks[end]).end
        k = bisect.bisect_left(self._mention_pos, sent.start)
        for pos, entity, rank in self._mentions[k:]:
            if pos >= end:
                break
            if not entity.is_person or rank < MAIN:
                continue
            first = pos
            while first > 0 and self._token_entity.get(first - 1) is entity:
                first -= 1
            if indefinite:
                # 'A heroic British medic has told how ...\n\nChloe Brennan, 29, from
                # Sunderland, was ...': the tabloid's lede describes the one whose name, set
                # off by a comma, opens the next paragraph; else an indefinite lede may be
                # someone the story never names
                opener = sentence_opener(self.toks[pos])
                set_off = pos + 1 < len(self.doc) and self.toks[pos + 1].text == ","
                while opener is not None and opener.i < first and (  # 'Second officer Liam ...'
                    self.role_word(opener) or opener.lower_ in self.lex.titles
                    or (opener.is_title and opener.pos_ in ("ADJ", "NOUN"))
                ):
                    opener = self.toks[opener.i + 1]
                return entity if opener is not None and opener.i == first and set_off else None
            titled = first > 0 and self.role_word(self.toks[first - 1])
            # 'Japan's finance minister has warned ...\n\nSatsuki Katayama told reporters':
            # a bare name first met here (only the lede itself, once resolved, may have named
            # the person before) holds the lede's office, whatever role the article gives
            # the name further down ('Dr Tedros, the WHO's director-general' still answers
            # 'The head of the WHO')
            last = self._last_pos(entity, first)
            unmet = last < 0 or last == tok.i
            bare = unmet and not any(c.dep_ == "appos" for c in self.toks[pos].children)
            # 'Sir Jim Mackey, the chief executive of NHS England, said': first met here
            # with a role of his own, in a paragraph that answers the lede
            described = unmet and any(
                c.dep_ == "appos" and any(
                    d.lower_ == "the" or d.dep_ == "poss" for d in c.children
                ) for c in self.toks[pos].children
            )  # an office ('the chief executive of X'), not 'a bank clerk'
            if bare and not titled and entity.role is None:
                # the lede's office is hers from now on: 'the home secretary acknowledged'
                # further down is the same Shabana Mahmood
                entity.role = self._held_back_role(tok)
            return entity if titled or bare or described else None  # 'Foreign Minister ...'
        return None

    def _plural_people(self, tok: Token, span: Span) -> bool:
        """'Neighbours said they heard screaming', 'Witnesses told police ...': a plural
        role noun alone, capitalised only because it opens the sentence, is an unnamed group
        of people, whatever the tagger made of the capital (a body, a new name)."""
        if len(span) != 1 or not tok.is_title or not tok.is_sent_start and not (
            tok.i > 0 and self.toks[tok.i - 1].is_quote
            and self.toks[tok.i - 1].is_sent_start
        ):
            return False
        if any(not c.is_punct for c in tok.children):
            return False  # 'Analysts at Capital Economics said': they speak for the firm
        low = tok.lower_
        singular = {low[:-1], low[:-2]} if low.endswith("es") else {low[:-1]}
        return low.endswith("s") and any(w in self.lex.roles for w in singular) and (
            low not in self.lex.roles
        )

    @staticmethod
    def _some_members(tok: Token) -> bool:
        """'some Republicans in Tallahassee grumbled', 'Several Democrats said': a counted or
        quantified plural of a party or nationality is some of its members, unnamed, not the
        party speaking."""
        return tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS") and any(
            c.dep_ in ("det", "amod", "nummod") and (
                c.lower_ in _QUANTIFIERS or c.pos_ == "NUM"
            ) for c in tok.children
        )

    def _foreign_holder(self, tok: Token, person: Person) -> bool:
        """Does a role noun with a country modifier ('the French president', 'the US
        president') name a country other than the one this person is known to serve? A title
        narrowed by a country only fits a holder of that country; a person whose country the
        article and the people table leave open may still hold it."""
        if not (tok.lemma_.lower() in self.lex.roles or tok.lower_ in self.lex.titles):
            return False
        named = {
            code for c in tok.lefts
            if c.dep_ in ("amod", "compound", "nmod", "poss")
            and (code := country_of_word(c.text)) is not None
        }
        if not named:
            return False
        held = country_of_holder(person)
        # a bloc's official ('European commissioner', code 'EU' where states have ISO alpha-3
        # codes) still has a nationality: 'the Slovak commissioner' may be the EU's
        return held is not None and len(held) == 3 and held not in named

    def _country_holder(self, tok: Token) -> Person | None:
        """'the French president said' after 'a press conference with Emmanuel Macron': a
        definite singular title narrowed by a country points back to the person last named
        who serves that country (by their own title in the article, else the people table)
        and may hold the title: one whose role has the title's noun, or, for a bare 'the
        <country> <title>', one the article gives no role at all."""
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the" or tok.tag_.endswith("S") or not (
            tok.lemma_.lower() in self.lex.roles or tok.lower_ in self.lex.titles
        ):
            return None
        named: set[str] = set()
        other = False
        for c in tok.lefts:
            if c.dep_ in ("det", "punct"):
                continue
            code = country_of_word(c.text)
            if code is not None and c.dep_ in ("amod", "compound", "nmod"):
                named.add(code)
            else:
                other = True
        if not named:
            return None
        k = bisect.bisect_left(self._mention_pos, tok.i)
        for pos, entity, _ in reversed(self._mentions[:k]):
            if tok.i - pos > 600:
                break
            if not entity.is_person or country_of_holder(entity) not in named:
                continue
            role = _role_words(entity)
            if (not role and not other) or (
                role and (_holds(role, tok.lower_) or _holds(role, tok.lemma_.lower()))
                and not self._other_office(tok, entity)  # ('the Russian envoy': its ambassador)
            ):
                return entity
        return None

    def _in_lede(self, tok: Token) -> bool:
        """Is the token in the first paragraph of the story? What comes before it, if
        anything, is a headline, a byline, a date line or a caption: none of them is a
        sentence of a dozen words or more ('Published Nov. 12, 2026, 7:15 p.m.' ends with a
        stop all the same)."""
        if self._lede_end is None:
            self._lede_end = len(doc_text(self.doc))
            at = 0
            for para in doc_text(self.doc).split("\n\n"):
                at += len(para) + 2
                if para.strip().endswith((".", "!", "?", '"', "\u201d")) and (
                    len(para.split()) >= 12
                ):
                    self._lede_end = at - 2  # the first paragraph written as a sentence
                    break
        return tok.idx <= self._lede_end

    def _near_lede(self, tok: Token) -> bool:
        """Is the token in the lede or the paragraph right after it? A story that opens on
        the scene ('Senators pressed an official on Wednesday ...') gives its first quote,
        from a description held back for a name, in the second paragraph."""
        if self._in_lede(tok):
            return True
        text = doc_text(self.doc)
        assert self._lede_end is not None  # set by _in_lede
        return "\n\n" not in text[self._lede_end + 2 : tok.idx]

    def _indefinite(self, tok: Token) -> bool:
        """Is a role noun introduced by an indefinite determiner ('a', 'an', 'another') or
        the count word 'one' ('One Red Wall MP')? Such a phrase presents a new, unnamed
        person, so it cannot point back to a holder named earlier in the article."""
        return any(
            (c.dep_ == "det" and c.lower_ in ("a", "an", "another"))
            or (c.dep_ == "nummod" and c.lower_ == "one")  # 'One Red Wall MP told The Sun'
            for c in tok.children
        )

    def _given_name_after(self, tok: Token) -> Person | None:
        """'Another rider, a retired firefighter who would give only his first name, Tom,
        was blunter': a given name set off as the apposition of a description of the
        speaker (or of its own apposition) is the fullest name the article gives."""
        for first in (c for c in tok.children if c.dep_ == "appos"):
            named = [g for g in first.subtree if g.dep_ == "appos" and (
                g.head.i == first.i or g.head.lemma_.lower() == "name"  # 'his first name, Tom'
            )]
            for c in [first, *named]:
                if c.pos_ == "PROPN" and c.is_title and c.ent_type_ not in NOT_NAMES and (
                    c.ent_type_ != "ORG" and not self.role_word(c)
                    and fold(c.text) in self.lex.first_names
                ):
                    return self.entity_at(c) or self._new_person(c, self.doc[c.i : c.i + 1])
        return None

    def _note_unnamed(self, tok: Token) -> None:
        """Put an unnamed speaker in focus, with the gender its noun shows ('spokeswoman'),
        so that the pronoun after it is no named person either."""
        unnamed = Person("", True)
        sex = self.lex.gender.get(tok.lower_) or self.lex.gender.get(tok.lemma_.lower())
        if sex in ("m", "f"):
            unnamed.votes[sex] += 1
        else:
            self._own_pronoun_vote(tok, unnamed)
        self.note_speaker(tok, unnamed)

    def _anonymous_proxy(self, tok: Token) -> bool:
        """Is the mention an indefinite spokesperson ('a spokesman', 'A Downing Street
        spokeswoman', 'a spokesperson for the ministry')? An indefinite article introduces
        someone new whom the article leaves unnamed: the words are that person's, not a
        statement of the body (which the article would attribute to the body itself)."""
        voice = _voice_noun(tok)
        # 'A Department of Health and Social Care spokesman': the parse may hang the
        # article on the body's name, which still opens the phrase, or cut that name at its
        # list ('A Department for Culture, Media and Sport spokeswoman')
        if voice and tok.pos_ == "NOUN" and tok.tag_ == "NNS" and not any(
            c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in tok.children
        ):
            return True  # 'Representatives of the State Revenue Committee said': unnamed people
        return voice and tok.pos_ == "NOUN" and not tok.tag_.endswith("S") and (
            self._indefinite(tok) or self._indefinite(tok.left_edge.head)
            or self._article_before_body(tok.left_edge.i)
        )

    def _article_before_body(self, i: int) -> bool:
        """Does an indefinite article open the body name whose tokens end at ``i``?"""
        body = self._token_entity.get(i)
        if body is None or body.is_person:
            return False
        while i > 0 and self._token_entity.get(i - 1) is body:
            i -= 1
        return i > 0 and self.toks[i - 1].lower_ in ("a", "an")

    def _role_as_surname(self, tok: Token, entity: Person) -> bool:
        """'the MP said' found 'Conservative MP' through its last word: a definite role noun
        is a description pointing back to someone ('the MP' is the MP named before), never
        the surname of a 'name' made of a party and the role."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return False
        low = tok.lower_
        return (low in self.lex.roles or low in self.lex.titles) and (
            fold(entity.name.split()[-1]) == low
        )

    def _initialled_office(self, tok: Token) -> Person | None:
        """'EAM said' after 'External Affairs Minister S. Jaishankar': an upper-case speaker
        word spelling the initials of a named person's title (capitalised title words in a
        row) is that person, as 'the minister' would be; the most recently named holder wins.
        The NER often takes such initials for an organisation."""
        text = tok.text
        if not (tok.is_upper and tok.is_alpha and 2 <= len(text) <= 5) or any(
            c.dep_ == "compound" for c in tok.children
        ):
            return None
        # 'Palestinian PM' is no other country's prime minister: the mention's own
        # modifiers must be in the role
        mods = {t.lower_ for t in tok.lefts if t.pos_ in ("ADJ", "PROPN", "NOUN")}
        best: tuple[int, Person] | None = None
        # 'According to NEMA' after 'the Director-General of the National Emergency
        # Management Agency, Zubaida Umar': the body whose initials (or bracketed acronym)
        # the article gave, not the head whose role mentions it
        body = self._acronyms.get(text)
        if body is not None and not body.is_person and not mods:
            return body
        for person in self.people.values():
            if not person.is_person or not person.role:
                continue
            words = [w for w in person.role.replace("-", " ").split() if w[:1].isupper()]
            initials = "".join(w[0] for w in words if not w.endswith("."))
            if text not in initials or fold(text) == fold(person.name) or (
                mods - _role_words(person)
            ):
                continue
            seen = self._last_pos(person, tok.i)
            if seen >= 0 and (best is None or seen > best[0]):
                best = (seen, person)
        return best[1] if best else None

    def _titled_office(self, tok: Token) -> Person | None:
        """"the Israeli Prime Minister's Office said": a capitalised body noun owned by an
        office title (no name) is that body under its own name, 'Israeli Prime Minister's
        Office', not some other office of the article ('UN Office for the Coordination of
        Humanitarian Affairs') that shares the word."""
        if tok.lemma_.lower() not in self.lex.bodies or not tok.is_title:
            return None
        poss = next((c for c in tok.lefts if c.dep_ == "poss"), None)
        if poss is None or not poss.is_title or not (
            self.role_word(poss) or poss.lower_ in self.lex.titles
        ) or self.entity_at(poss) is not None:
            return None
        start = poss.left_edge.i
        while start < poss.i and self.toks[start].pos_ == "DET":
            start += 1
        text = doc_text(self.doc)[self.toks[start].idx : tok.idx + len(tok.text)]
        return self.people.setdefault(fold(text), Person(text, False))

    def _kin_owner(self, tok: Token) -> Person | None:
        """The named person a kinship noun belongs to ("Lapitski's daughter" -> Lapitski),
        or None for any other mention."""
        if tok.lemma_.lower() not in kin_nouns():
            return None
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        owned = self.entity_at(owner) if owner is not None else None
        return owned if owned is not None and owned.is_person and owned.name else None

    def _plain_name_word(self, tok: Token) -> bool:
        """Is a proper noun a name of its own, no office, title or body word ('Gazprom', not
        'Commission' or 'Treasurer')? 'Gazprom said' is Gazprom, not the 'Gazprom Transgaz
        Belarus' named after it: a name is found by name, not as an office held."""
        low = tok.lower_
        if tok.pos_ != "PROPN" or not tok.is_title or len(low) < 3 or (
            low in self.lex.roles or low in self.lex.titles or tok.lemma_.lower() in self.lex.bodies
            or low in self.lex.bodies or low in kind_nouns() or self.role_word(tok)
        ) or any(c.dep_ in ("compound", "amod", "det", "poss") for c in tok.children):
            return False
        key = fold(tok.text)
        names = [[fold(w) for w in name_words(p.name)] for p in self.people.values() if p.name]
        # a body named by its first word only ('Gazprom' beside 'Gazprom Transgaz Belarus');
        # the last word of a name still stands for it ('City' for 'Manchester City'), and so
        # does the first when the rest only says what the body is ('Salling Group')
        kinds = self.lex.org_suffixes | self.lex.companies
        return any(len(w) > 1 and w[0] == key and not all(
            x.rstrip(".") in kinds for x in w[1:]
        ) for w in names) and not any(w and w[-1] == key for w in names)

    def _office_of_person(self, tok: Token) -> Person | None:
        """'The office of Prime Minister Bart De Wever said', "President Alexander Lukashenko's
        press service said": a person's own office or press service speaks for that person,
        who is the speaker (as the independent annotators give it, 5 items of 5)."""
        low = tok.lower_
        if low == "office" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        elif low == "service" and any(c.dep_ == "compound" and c.lower_ == "press"
                                      for c in tok.lefts):
            owner = next((c for c in tok.lefts if c.dep_ == "poss"), None)
        else:
            return None
        if owner is None or owner.pos_ != "PROPN":
            return None
        person = self.entity_at(owner)
        return person if person is not None and person.is_person else None

    def _owned_office(self, tok: Token) -> Person | None:
        """"Ebrard's office said", "Duda's campaign said": a bare body noun owned by a named
        person is a body of its own under the article's words (the person did not speak;
        the gold keeps the form the article gives)."""
        if tok.lemma_.lower() not in self.lex.bodies or tok.tag_ != "NN" or any(
            c.dep_ in ("amod", "compound", "det", "nummod") for c in tok.lefts
        ):
            return None
        poss = next((c for c in tok.lefts if c.dep_ == "poss"), None)
        if poss is None or poss.pos_ != "PROPN":
            return None
        owner = self.entity_at(poss)
        if owner is None or not owner.is_person:
            return None
        # the office is named from its owner's name on: "Israeli Prime Minister Benjamin
        # Netanyahu's office" is "Benjamin Netanyahu's office" (the title is not its name)
        start = poss.i
        while start > poss.left_edge.i and (
            self._token_entity.get(start - 1) is owner or (
                self.toks[start - 1].pos_ == "PROPN" and self.toks[start - 1].head.i == poss.i
                and not self.role_word(self.toks[start - 1])
                and self.toks[start - 1].ent_type_ in ("", "PERSON")
            )
        ):
            start -= 1
        text = doc_text(self.doc)[self.toks[start].idx : tok.idx + len(tok.text)]
        return self.people.setdefault(fold(text), Person(text, False))

    def _named_as(self, tok: Token) -> Person | None:
        """'A shopkeeper who gave his name only as Karim said', 'a driver, identified only as
        Karim, said': a clause on the speaker noun that gives a name after 'as' (with a
        naming verb, ``quote_naming_verbs.csv``) names the speaker."""
        appos = [c for c in tok.children if c.dep_ == "appos"]
        if any(c.pos_ == "PROPN" for c in appos):
            appos = []  # 'His rival, Mohamed Dagalo, the commander known as Hemedti': named
        hosts = [tok, *(c for c in appos if c.pos_ == "NOUN")]
        for clause in (c for h in hosts for c in h.children):
            # 'One of them, a student who gave her name as Elif, said': the apposition's too
            if clause.dep_ not in ("acl", "relcl") or clause.i < tok.i:
                continue
            for t in clause.subtree:
                if t.pos_ == "PROPN" and t.lower_ not in self.lex.titles and (
                    self.named_after_as(t.i)
                ):
                    found = self.entity_at(t)
                    if found is None and t.is_title and not t.ent_type_:
                        # 'gave only his first name, Reza': a given name no tagger knows
                        found = self.people.setdefault(t.text, Person(t.text, True))
                    if found is not None and found.is_person:
                        return found
        return None

    def _family(self, tok: Token) -> Person | None:
        """'his family said', 'the family said' -> the '<Surname> family'.

        A family the article names as one ('the Imus family', anywhere in the text) speaks
        as one body under that name: the possessor ('his family': whoever 'his' points back
        to) or, for 'the family', the person in focus gives the surname. A family never
        named so stays unnamed, like any unnamed relative."""
        if tok.lemma_.lower() != "family" or tok.tag_ != "NN" or any(
            c.dep_ in ("amod", "compound", "nummod") for c in tok.lefts
        ):
            return None
        det = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
        if det is None or det.lower_ not in ("the", "his", "her", "their"):
            return None
        person: Person | None = None
        if det.lower_ in ("his", "her"):
            person = self._pronoun(det)
        elif det.lower_ == "the":
            person = self._pronoun_like(tok.i, None)
        if person is None or not person.is_person:
            return None
        named = f"{person.name.split()[-1]} family"
        if named not in doc_text(self.doc):
            return None  # a family the article never names as one stays unnamed
        return self.people.setdefault(fold(named), Person(named, False))

    def _described_body(self, tok: Token) -> Person | None:
        """'The VDA auto industry association said': a body's own name (an organisation or
        an acronym) followed by lower-case words saying what kind of body it is names the
        body; the description is no part of the name. So does an outlet's name before the
        kind of outlet it is ('N1 television reported', 'Rustavi 2 channel said'), with or
        without 'the'."""
        outlet = tok.lower_ in self.lex.outlet_words
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not outlet and not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ):
            return None
        s, _ = self.mention_span(tok)
        words = [t for t in self.doc[s : tok.i] if t.lower_ not in DETS]
        k = 0
        while k < len(words) and words[k].pos_ == "PROPN" and not self.role_word(words[k]):
            k += 1
        rest = words[k:]
        if not k or not (rest or outlet) or any(
            t.pos_ != "NOUN" or not t.is_lower or t.dep_ != "compound" for t in rest
        ):
            return None
        name = self.doc[words[0].i : words[k - 1].i + 1]
        bare_outlet = outlet and not rest
        if bare_outlet:
            owner = self.entity_at(name[-1])
            if name[-1].i + 1 < tok.i or name.root.ent_type_ not in ("", "ORG") or (
                owner is not None and owner.is_person
            ):
                return None  # 'Iran television said': a place's station keeps its reading
        elif not (name.root.ent_type_ == "ORG" or (len(name) == 1 and name[0].is_upper)):
            return None  # only a body's name: 'the Biden campaign team' names no body
        found = self.entity_at(name[-1])
        if found is not None and not found.is_person:
            return found
        return self.people.setdefault(fold(name.text), Person(name.text, False))

    def _remit_body(self, tok: Token) -> Person | None:
        """'The unification ministry said', 'the presidential communication office said':
        a definite body noun whose remit is written in lower-case nouns before it, and which
        no body named in the article holds, is a body of its own, named by that phrase as
        written ('unification ministry'), and 'the ministry' after it points back to it. A
        bare adjective ('the foreign ministry', 'the new agency') names no remit."""
        low, lemma = tok.lower_, tok.lemma_.lower()
        if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ not in ("NN", "NNP") or not (
            tok.is_lower
        ) or not (
            low in self.lex.remit_bodies or lemma in self.lex.remit_bodies
        ):
            return None
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the":
            return None
        words = self.doc[det.i + 1 : tok.i]
        if not words or any(
            not t.is_lower or t.pos_ not in ("ADJ", "NOUN") or t.dep_ not in ("amod", "compound")
            or not det.i < t.i < tok.i or t.head.i > tok.i
            for t in words
        ) or not any(det.i < t.i for t in _remit_nouns(tok)):
            return None
        name = self.doc[det.i + 1 : tok.i + 1].text
        return self.people.setdefault(fold(name), Person(name, False))

    def _place_named_before(self, tok: Token) -> Person | None:
        """'The city said' after 'the city of Springfield' or 'White Plains officials': a
        bare definite place noun (``quote_place_nouns.csv``) speaks for the place the
        article last named with it: the place after 'of' the same noun, or a place modifying
        the officials or authorities that act for it."""
        low = tok.lemma_.lower()
        if low not in _place_nouns() or tok.tag_ != "NN" or any(
            c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in tok.children
        ) or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        acting = self.lex.roles | self.lex.bodies  # who acts for a place: built once, not per token
        for j in range(tok.i - 1, max(tok.i - 400, 0) - 1, -1):
            t = self.toks[j]
            if not self.named_place(t) or not t.is_title or self.inside_quote(t.idx):
                continue  # 'White Plains officials', with the city tagged a body, counts too
            head = t.head
            while head.dep_ == "compound" and self.named_place(head) and head.i != head.head.i:
                head = head.head
            named = (
                t.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == low
            ) or (
                t.dep_ in ("compound", "amod") and head.pos_ == "NOUN" and head.tag_ == "NNS"
                and head.lemma_.lower() in acting
            )
            if not named:
                continue
            known = self._token_entity.get(j)
            if known is not None:
                return known
            ent = next((e for e in self.ents if e.start <= j < e.end), None)
            if ent is None:
                return None
            return self.people.setdefault(fold(ent.text), Person(ent.text, False, place=True))
        return None

    def _named_before(self, tok: Token) -> Person | None:
        """'the Iranian military ... The army said': a bare definite body noun points back to
        the body the article named earlier with the same noun or one of its kind
        (``quote_body_kinds.csv``) and a proper or national modifier, when that body was
        never a speaker (so no entity holds it yet). Only the nearest such phrase counts."""
        low = tok.lemma_.lower()
        if low not in self.lex.bodies or tok.tag_ != "NN" or any(
            c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.lefts
        ):
            return None
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the":
            return None
        kinds = _body_kinds()
        kind = kinds.get(low, low)
        for j in range(tok.i - 1, max(tok.i - 400, 0) - 1, -1):
            t = self.toks[j]
            if t.pos_ != "NOUN" or kinds.get(t.lemma_.lower(), t.lemma_.lower()) != kind:
                continue
            if self.inside_quote(t.idx):
                continue
            if self._is_named_group(t):
                return self._named_group(t)
        return None

    def _name_as_noun(self, tok: Token) -> bool:
        """"Governor H.E. Gideon Mung'aro, who ...": a capitalised surname the tagger took for
        a common noun (no noun of the language) after a proper noun it is the head of."""
        return (
            tok.pos_ == "NOUN" and tok.text[:1].isupper() and not tok.is_upper  # "Mung'aro"
            and tok.i > sent_of(tok).start
            and tok.lower_ not in common_nouns() and tok.lemma_.lower() not in common_nouns()
            and self.toks[tok.i - 1].pos_ == "PROPN" and self.toks[tok.i - 1].head.i == tok.i
            and not self.role_word(tok)
        )

    def _acronym_read_as_noun(self, tok: Token) -> bool:
        """'Independent monitor PAFFREL said': a body's short name in capitals the tagger
        took for a common noun, set after a description of what it is."""
        return (
            tok.pos_ == "NOUN" and tok.is_upper and tok.is_alpha and 4 <= len(tok.text) <= 10
            and not common_word(tok.lower_) and any(
                c.dep_ == "compound" and c.i == tok.i - 1 and c.is_lower for c in tok.lefts
            )
        )

    def _misread_name(self, tok: Token) -> bool:
        """'Airfleets, a database of aircraft, states ...': a capitalised word opening its
        sentence that the tagger took for a common noun is a name when an indefinite
        apposition says what it is (a common noun would carry its own article instead)."""
        if tok.pos_ != "NOUN" or not tok.text[:1].isupper() or tok.is_upper:
            return False
        start = sent_of(tok).start
        if tok.i != start and not self.toks[tok.i - 1].is_space and not all(
            t.is_punct or t.is_space or t.like_num or t.text.replace(":", "").isdigit()
            for t in self.toks[start : tok.i]
        ):  # ('08:12 – Elering, ...': a live blog's timestamp opens the entry)
            return False
        unknown = tok.lower_ not in common_nouns() and tok.lemma_.lower() not in common_nouns()
        return any(
            c.dep_ == "appos" and c.i > tok.i and any(
                d.dep_ == "det" and (d.lower_ in ("a", "an") or (
                    # 'Elering, the Estonian transmission system operator,': a word of no
                    # dictionary described by the kind of body it is
                    d.lower_ == "the" and unknown and (
                        c.lemma_.lower() in self.lex.companies
                        or c.lemma_.lower() in self.lex.bodies
                    )
                )) for d in c.children
            )
            for c in tok.children
        )

    def _member_label(self, tok: Token) -> Person | None:
        """'the Social Democrat told MPs', 'the Texan said': a definite, singular label of
        belonging (a party, a nationality, tagged NORP) describes one person, the one in
        focus, as 'the diplomat' does; it names no body and no one new."""
        if tok.pos_ != "ADJ" and any(
            (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in tok.children
        ):
            tagged = self._tagged_member(tok)
            if tagged is None and tok.lower_ in PARTIES.values() and not any(
                c.dep_ == "appos" for c in tok.children
            ):
                tagged = self._lede_cataphor(tok)  # 'said the committee's top Democrat'
            if tagged is not None:
                return tagged
        if tok.ent_type_ != "NORP" or tok.tag_ not in ("NNP", "NN") or tok.pos_ == "ADJ":
            return None
        known = self._token_entity.get(tok.i)
        if known is not None and not known.place:
            return None  # 'newspaper The Hindu': a name the article gives, no label
        if tok.lower_.endswith("s") or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ):
            return None
        named = self._appositive_person(tok)
        if named is not None:
            return named  # 'The top Democrat on the committee, Jeanne Shaheen,': named there
        found = self._pronoun_like(tok.left_edge.i, None)
        return found if found is not None and found.is_person else None

    def _tagged_member(self, tok: Token) -> Person | None:
        """'the Connecticut Democrat said' after 'Sen. Chris Murphy, D-Conn.': the one lawmaker
        whose party-and-state tag the label repeats (a bare 'the Democrat' only when one
        Democrat is tagged; otherwise the one in focus, as before)."""
        if tok.lower_ not in PARTIES.values():
            return None
        fits = [
            person for person, party, state in self._party_tags.values()
            if party == tok.lower_ and self._state_words(tok) <= set(state.lower().split())
        ]
        if len(fits) > 1 and self._in_lede(tok):
            # "the committee's top Democrat calling the plan ..." in a lede: the first tagged
            # Democrat the story names after it
            first = {
                id(p): min((pos for pos, e, _ in self._mentions if e is p and pos > tok.i),
                           default=len(self.doc))
                for p in fits
            }
            return min(fits, key=lambda p: first[id(p)])
        return fits[0] if len(fits) == 1 else None

    @staticmethod
    def _state_words(tok: Token) -> set[str]:
        """The proper words before a label or role noun ('the New Hampshire senator')."""
        return {
            t.lower_ for t in tok.subtree
            if t.i < tok.i and t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "")
        }

    def _tag_words(self, person: Person) -> set[str]:
        """The words of a person's party-and-state tag ('democrat', 'connecticut'), which a
        role noun may repeat to tell one senator from another ('the Connecticut senator')."""
        tag = self._party_tags.get(id(person))
        return {tag[1], *tag[2].lower().split()} if tag is not None else set()

    def _lower_body(self, tok: Token) -> bool:
        """A body noun written in lower case that the tagger still called a proper noun
        ('The Bavarian health ministry'): the article does not write it as a name, so it
        is a common noun named by its modifiers, not a one-word name 'ministry'."""
        return tok.pos_ == "PROPN" and tok.text.islower() and (
            tok.lemma_.lower() in self.lex.bodies or tok.lower_ in self.lex.bodies
        )

    def _is_named_group(self, tok: Token) -> bool:
        """A body noun named by a proper or place modifier: 'the Saudi government',
        'Northamptonshire police', 'The Montreal team'."""
        return (
            (tok.pos_ == "NOUN" or self._lower_body(tok) or (
                tok.pos_ == "PROPN" and not tok.ent_type_  # 'Queensland Police' untagged
            ))
            and tok.lemma_.lower() in self.lex.bodies
            and any(
                (c.dep_ in ("amod", "compound") and (c.pos_ == "PROPN" or c.ent_type_ in PLACE))
                or (c.dep_ == "poss" and c.ent_type_ in PLACE)
                for c in tok.lefts
            )
        )

    def _named_group(self, tok: Token) -> Person | None:
        """The body a named group noun stands for, under the words the article gives it."""
        s, e = self.mention_span(tok)
        dropped = {t.i for t in self.doc[s:e] if t.dep_ == "poss" and t.ent_type_ != "GPE"}
        kept = [
            t for t in self.doc[s:e]
            if t.lower_ not in DETS and t.i not in dropped
            and not (t.dep_ == "case" and t.head.i in dropped)  # (nor its "'s")
        ]
        if not any(t.text[:1].isupper() for t in kept):
            return None  # "Africa's top public health agency": a description, no name
            return None
        text = doc_text(self.doc)[kept[0].idx : self.toks[e - 1].idx + len(self.toks[e - 1].text)]
        return self.people.setdefault(fold(text), Person(text, False))

    def _place_of(self, tok: Token) -> Span | None:
        """The place a body noun belongs to through 'of' ('the government of Peru'): the body
        is named by the whole phrase, as 'the Peruvian government' is."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.lex.bodies:
            return None
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "LOC", "ORG") and (
                        pobj.pos_ == "PROPN"
                    ):
                        ent = next((e for e in self.ents if e.start <= pobj.i < e.end), None)
                        return ent
        return None

    def _org_modifier(self, tok: Token) -> Person | None:
        """'the Georgian Dream party': a lower-case body noun after an organisation's own
        name adds nothing to it ('Biden campaign' and 'Saudi government' keep theirs)."""
        if tok.text[:1].isupper():
            return None
        for child in tok.lefts:
            if child.dep_ == "compound" and child.ent_type_ == "ORG":
                entity = self.entity_at(child)
                if entity is not None and not entity.is_person and not entity.place:
                    return entity
        return None

    def _described_person(self, tok: Token) -> Person | None:
        """'said actor and director Jane Roe': the parse makes the first role noun the
        subject and hangs the name off it by 'and' or apposition; the person named right in
        that description (not inside a 'for/of' phrase or a possessor) is the speaker."""
        for t in tok.subtree:
            if t.i <= tok.i or t.pos_ != "PROPN":
                continue
            up, direct = t, True
            while up.i != tok.i:
                if up.dep_ not in ("conj", "appos", "compound", "cc"):
                    direct = False
                    break
                up = up.head
            found = self.entity_at(t) if direct else None
            if found is not None and found.is_person:
                return found
        return None

    def _titled_name(self, tok: Token) -> Person | None:
        """The person named right after a title the parse left detached.

        'Senator from Ohio John Smith said': the title, its 'from/of Place' and the name form
        one chain of words; the first person entity in it is the speaker.
        """
        toks = self.toks
        for j in range(tok.i + 1, min(tok.i + 9, sent_of(tok).end)):
            t = toks[j]
            if t.pos_ not in ("PROPN", "ADP", "DET") and t.text != "-":
                return None
            found = self.entity_at(t) if t.pos_ == "PROPN" else None
            if found is not None and len(found.name.split()) == 1 and toks[j - 1].pos_ == "ADP":
                continue  # 'the mayor of Yartsevo': a one-word name after 'of' is a place
            if found is not None and found.is_person:
                return found
        return None

    def _proper_run(self, tok: Token) -> str:
        """The proper-noun name a speaker token ends: 'state-owned news agency Fars' -> 'Fars'.

        Descriptive words before the name (adjectives, role nouns, outlet words) are not part
        of it; the name is the run of proper nouns ending at the head, without leading titles.
        """
        doc = self.doc
        toks = self.toks
        s = tok.i
        while s > 0 and (
            toks[s - 1].pos_ == "PROPN" or (toks[s - 1].text == "-" and not toks[s - 1].whitespace_)
            or (toks[s - 1].ent_type_ in PLACE and toks[s - 1].text[:1].isupper())  # 'Syrian'
        ) and toks[s - 1].lower_ not in self.lex.outlet_words:
            s -= 1
        while s < tok.i and (self.role_word(toks[s]) or toks[s].text == "-"):
            s += 1
        last = toks[name_number_end(tok) - 1]  # 'News 12', 'Channel 7'
        return doc_text(doc)[toks[s].idx : last.idx + len(last.text)]

    def _subject_after_dateline(self, tok: Token) -> Token | None:
        """The last noun before the cue verb, when a dash after the dateline opens the story
        and the cue verb follows ('NAIROBI, Kenya - The Electoral Commission (IEBC) said')."""
        doc, verb = self.doc, tok.head
        if verb.i <= tok.i:
            return None
        dash = next((t.i for t in doc[tok.i + 1 : min(tok.i + 10, verb.i)]
                     if t.text in ("-", "\u2014", "\u2013", "--")), None)
        if dash is None:
            return None
        return next((t for t in reversed(doc[dash + 1 : verb.i])
                     if t.pos_ in ("NOUN", "PROPN") and not self._dateline(t)), None)

    def _campus_holder(self, tok: Token) -> Token | None:
        """The person before '<Name> of the University of California, Los Angeles' when the
        subject token is the campus place after the comma ('Los Angeles disagreed')."""
        toks = self.toks
        found = self.entity_at(tok) if tok.pos_ == "PROPN" else None
        k = tok.left_edge.i - 1
        if found is None or k < 2 or toks[k].text != ",":
            return None
        if not found.place and fold(found.name) not in gazetteer_places():
            return None  # ('Austin' may be tagged a person)
        org = toks[k - 1]
        if org.ent_type_ != "ORG":
            return None
        while org.dep_ != "pobj" and org.head.i != org.i and org.head.ent_type_ == "ORG":
            org = org.head  # 'California' -> 'University'
        while org.dep_ == "pobj" and org.head.lower_ == "of" and org.head.head.ent_type_ == "ORG":
            org = org.head.head  # 'of California' -> 'University'
        if org.dep_ != "pobj" or org.head.lower_ != "of":
            return None
        holder = org.head.head
        person = self.entity_at(holder) if holder.pos_ == "PROPN" else None
        return holder if person is not None and person.is_person else None

    def _dateline(self, tok: Token) -> bool:
        """'NAIROBI, Kenya \u2014 ...': the place a story was filed from opens its paragraph."""
        doc = self.doc
        toks = self.toks
        if not (tok.is_upper and len(tok.text) > 2) or tok.i + 1 >= len(doc):
            return False
        opens = tok.i == 0 or (toks[tok.i - 1].is_space and "\n" in toks[tok.i - 1].text)
        if not opens or toks[tok.i + 1].text not in (",", "\u2014", "\u2013", "-"):
            return False
        if tok.i + 2 < len(doc) and toks[tok.i + 1].text == "," and toks[tok.i + 2].lower_ in (
            "the", "a", "an", "which", "who"
        ):
            return False  # 'UNIFIL, the UN peacekeeping mission ..., said': an apposition
        known = self._acronyms.get(tok.text)  # 'INEC, in a statement, said': a body, no place
        if tok.lower_ in self.lex.relays:
            return False  # 'TASS, citing an unnamed source, reported': the agency, no place
        if known is None and self._apposed_acronym(tok):
            return False  # 'COGAT, the Israeli defence ministry body that ..., says'
        return known is None or known.place

    def _new_person(self, tok: Token, span: Span) -> Person:
        """A proper-noun speaker the NER missed becomes a person of this article, or a body
        when its last word is a kind of body ('Leeds Teaching Hospitals NHS Trust')."""
        last_pos = max((t.i for t in span if t.tag_ == "POS"), default=span.start - 1)
        titled = self._titled_phrase(tok, span)
        if titled is not None:
            name = doc_text(self.doc)[self.toks[titled[0]].idx : self.toks[titled[1] - 1].idx
                                      + len(self.toks[titled[1] - 1].text)]
            return self.people.setdefault(fold(name), Person(name, False))
        if tok.lemma_.lower() in kind_nouns() | self.lex.bodies and tok.is_title:
            first = tok.i
            while first > span.start and self.toks[first - 1].is_title and (
                self.toks[first - 1].pos_ in ("PROPN", "NOUN", "ADJ")
            ) and first - 1 > last_pos:
                first -= 1
            end = tok.i + 1
            if self._seat_in_name(first, end):
                end = self._seat(first, end)  # 'The Russian Embassy in London hit back'
            last = self.toks[end - 1]
            name = doc_text(self.doc)[self.toks[first].idx : last.idx + len(last.text)]
            if first < tok.i:
                return self.people.setdefault(fold(name), Person(name, False))
        last_pos = max(
            [last_pos] + [
                t.i for t in span
                if t.i < tok.i and (self.role_word(t) or t.lower_ in self.lex.titles)
                # a qualifier ('National') is a title only before a role: 'National Grid
                # Electricity Distribution' is a name of its own ('Speaker' is one alone)
                and not (t.lower_ not in self.lex.roles and (
                    t.lower_ in common_adjectives() or t.lemma_.lower() in self.lex.bodies
                ) and not any(
                    self.toks[j].lower_ in self.lex.roles for j in range(t.i + 1, tok.i + 1)
                ))
            ]
        )  # "Kilifi Governor H.E. Gideon Mung'aro": the name follows the titles
        words = [
            t for t in span
            if t.pos_ == "PROPN" and not self.role_word(t) and t.i > last_pos and t.i <= tok.i
            and any(ch.isalnum() for ch in t.text)  # ('Vice' '-' 'President': no name in '-')
        ]
        if words:  # 'Economic Security Policy Maren Holt': the end of an office title
            k = self._after_office_tail(words[0].i, tok.i + 1)
            words = [t for t in words if t.i >= k]
        numbered = name_number_end(tok) > tok.i + 1  # 'News 12', 'Channel 7': a station
        last = self.toks[name_number_end(tok) - 1]
        name = doc_text(self.doc)[(words[0] if words else tok).idx : last.idx + len(last.text)]
        if numbered or name in self.described_businesses:  # ('Nour Interconnect, the developer')
            body = self.people.setdefault(fold(name), Person(name, False))
            self._surname.setdefault(fold(tok.text), body)
            return body
        # without a given name or a title before it, 'Photographs said' may be no person at all
        cue = (words and fold(words[0].text) in self.lex.first_names) or (
            span.start > 0 and self.role_word(self.toks[span.start - 1])
        ) or any(self.role_word(t) for t in span)
        entity = self.people.setdefault(name, Person(name, True, weak=not cue))
        self._surname.setdefault(fold(tok.text), entity)
        return entity

    def _titled_phrase(self, tok: Token, span: Span) -> tuple[int, int] | None:
        """'The General Staff of the Armed Forces of Ukraine said', 'Canadian Employers for
        Skilled Immigration said', left untagged: two capitalised words or more, then 'of',
        'for' or 'to' and more capitalised words, make a body's name (a person is never
        named so; 'Jane Roe of Reuters' is tagged a person, and given names are known).
        Returns the name's token bounds, or None."""
        toks = self.toks
        end = tok.i + 1
        while end + 1 < len(toks) and toks[end].lower_ in ("of", "for", "to") and (
            toks[end].head.i in (tok.i, end - 1)
        ):
            k = end + 1 + (toks[end + 1].lower_ == "the")
            run = k
            while run < len(toks) and toks[run].is_title and toks[run].pos_ == "PROPN":
                run += 1
            if run == k:
                break
            end = run
        if end == tok.i + 1 or not tok.is_title:
            return None
        first = tok.i
        while first > span.start and first - 1 >= 0 and (
            toks[first - 1].is_title or toks[first - 1].is_upper
        ) and toks[first - 1].pos_ in ("PROPN", "ADJ", "NOUN") and toks[first - 1].is_alpha:
            first -= 1
        if first == tok.i or fold(toks[first].text) in self.lex.first_names or any(
            t.ent_type_ == "PERSON" for t in toks[first:end]
        ) or self.role_word(tok) or tok.lower_ in self.lex.titles:
            return None  # ('The Attorney General of Ukraine said': an office, held by someone)
        return first, end

    def _nominal(self, tok: Token) -> Person | None:
        """'a spokesman for the ministry' -> the ministry; 'the diplomat' -> the last person.

        A spokesman (``quote_proxy_nouns.csv``) who names no role holder speaks for the
        organisation he is attached to; an official, a scientist or a mayor of a body is a
        member speaking for themself, unknown when unnamed ('an official from TfL'). A
        definite singular one ('the diplomat', 'the 48-year-old') points back like a pronoun
        to the most recent person; an indefinite one ('one MP') stays unknown.
        """
        proxy = tok.lemma_.lower() in _proxies() or tok.lower_ in _proxies()
        for child in tok.children if proxy else ():
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
        if proxy:
            # 'a Ministry of Defence spokesman': the body named anywhere in the pre-modifiers
            for t in tok.subtree:
                entity = self._token_entity.get(t.i) if t.i < tok.i else None
                if entity is not None and not entity.is_person and not entity.place:
                    return entity
        if tok.lemma_.lower() in self.lex.bodies or tok.lower_ in self.lex.bodies:
            return None
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if det is None and owner is not None and (country_of_word(owner.text) is not None or (
            owner.lemma_.lower() in load_words("quote_polity_nouns.csv", "noun")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children)
        )):  # "Brazil's foreign minister", "the country's top diplomat": a country has one,
            det = owner  # like 'the'
        personal = (
            tok.lemma_.lower() in self.lex.roles or tok.lower_ in self.lex.titles
            or tok.lemma_.lower() in _everyday_people()
            or tok.lower_.endswith("-old")  # 'the 48-year-old'
            or aged(tok)  # 'the 31-year-old defender'
        ) and tok.lemma_.lower() not in kind_nouns()  # 'the majority wrote': the court
        # ('the city', 'the report' never point back to a person)
        if (
            det is not None and (det.lower_ in ("the", "this", "that") or det is owner)
            and not tok.tag_.endswith("S") and personal
        ):
            if self._unnamed_before(tok):
                return None  # 'A senior official said ... According to the official, ...'
            # the antecedent precedes the phrase: 'the mayor of Yartsevo' is not Yartsevo
            found = self._pronoun_like(tok.left_edge.i, None)
            phrase = doc_text(self.doc)[tok.left_edge.idx : tok.idx + len(tok.text)].lower()
            before_held = self._offices_held.get(phrase) if tok.is_title else None
            if found is not None and before_held is not None and found is not before_held and (
                self._addressed_office(tok, found)
            ):
                return before_held  # 'He urged the Prime Minister ...': not him, the one
                # the article called the Prime Minister before
            if found is not None and tok.is_title:
                self._offices_held.setdefault(phrase, found)
            if found is not None and tok.lemma_.lower() in _offices() and not any(
                c.dep_ in ("amod", "compound") for c in tok.lefts
            ):
                # 'Mr Justice Richard Ellery ... Defending, Simon Aske KC said ... But the
                # judge said': the one person introduced with the title beats the person
                # named last, unless that person's own role holds the office
                office = set(_offices()[tok.lemma_.lower()])
                titled = self._title_holder_before(tok)
                if titled is not None and titled is not found and not any(
                    office & {w for r in _role_words(p) for w in _offices().get(r, (r,))}
                    for p in self.people.values() if p is not titled and p.is_person
                ):  # (someone else whose role holds the office: the usual search decides)
                    return titled
            if found is None and not any(c.dep_ in ("amod", "compound") for c in tok.lefts):
                found = self._title_holder_before(tok)  # 'Prof. X ...' ... 'The professor'
                if found is not None:
                    return found
            if found is not None and det is owner and len(found.name.split()) < 2:
                return None  # "Congo's foreign minister" is no lone word taken for a name
            if found is not None and _past_office(tok) and not self._office_held(tok):
                # 'Kaja Kallas, the EU's foreign policy chief ... the former Estonian prime
                # minister argued': a past office no one in the article holds re-names the
                # person in focus, whatever her present office
                return found
            before = tok.left_edge.i
            for _ in range(3):
                if found is None or not (
                    self._other_office(tok, found) or self._portfolio_elsewhere(tok, found)
                    or self._other_title(tok, found)
                ):
                    break
                # 'The Prime Minister' after 'Deputy Prime Minister Ana Ruiz': the person
                # named before her, whose office may fit
                before = self._last_pos(found, before)
                found = self._pronoun_like(before, None) if before >= 0 else None
            if found is not None and not self._may_hold(tok, found):
                return None  # 'Mayor Luis Ortega ... The campaign manager said': someone else
            if found is not None and self._office_of_other(tok, found):
                # 'The head of the police's internal investigators told the court': a new,
                # unnamed person, in focus for the 'She also said' after
                self._note_unnamed(tok)
                return None
            return found
        return None

    def _other_title(self, tok: Token, person: Person) -> bool:
        """Does a formal title ('the Prime Minister', capitalised) name an office other than
        the one the article gave this person ('President Xi')? The heading 'Albanese on a Xi
        visit' puts Xi last, but 'the Prime Minister said' is the man no title was given."""
        if not tok.is_title or not person.role:
            return False
        head, _ = _office_parts(tok)
        sectors = _role_sectors()
        if sectors.get(head) != "GOV":
            return False  # ('Canada's Chief of the Defence Staff' after 'Gen. X': a rank fits)
        words = {w for r in _role_heads(person, True) for w in _offices().get(r, (r,))}
        return any(  # (a royal or courtesy title is rank: 'Prince Faisal' may be a minister)
            sectors.get(w) == "GOV" and w not in _rank_titles() for w in words
        ) and head not in words and (
            tok.lower_ not in words
        )

    def _title_holder_before(self, tok: Token) -> Person | None:
        """The one person the article introduced with this title written before the name
        ('Prof. Funmilayo Adeyemi' for 'the professor', 'Gen. X' for 'the general'), when
        the nearest person in focus is someone unnamed. Two holders of the title: None."""
        word = tok.lower_
        holders: list[Person] = []
        for i, entity in sorted(self._token_entity.items(), key=lambda item: item[0]):
            if i >= tok.i or i == 0 or not entity.is_person or not entity.name:
                continue
            if self._token_entity.get(i - 1) is entity:
                continue
            for t in (self.toks[i - 1], self.toks[i]):
                if t.i + 1 < len(self.doc) and self.toks[t.i + 1].lower_ in ("for", "of"):
                    continue  # a slogan's 'Justice for Kelvin' gives Kelvin no title
                if t.i == i and self._token_entity.get(i + 2) is not entity and (
                    t.lower_ not in self.lex.titles
                ):
                    continue  # 'Justice Mensah, a trader': a given name, a title only before
                    # a full name ('Justice Catherine Rowe')
                title = t.lower_.rstrip(".")
                shaped = t.text.endswith(".") or t.lower_ in self.lex.titles or (
                    t.is_title and title in _offices()
                )
                same = word.startswith(title) or (  # 'Justice X' for 'the judge'
                    title in _offices() and _offices().get(title) == _offices().get(word)
                )
                if shaped and len(title) >= 3 and same and entity not in holders:
                    holders.append(entity)  # (the title may be read into the mention)
        if len(holders) < 2:
            return holders[0] if holders else None
        # of two holders, the one the article is about: named far more often ('Prof. X',
        # the interviewee, over 'Prof. Y', the minister quoted once)
        counts = sorted(
            ((sum(1 for _, e, _ in self._mentions if e is h), h) for h in holders),
            key=lambda c: -c[0],
        )
        return counts[0][1] if counts[0][0] >= 2 * counts[1][0] + 2 else None

    def _office_of_other(self, tok: Token, person: Person) -> bool:
        """Does a role noun name its office by what it heads ('the head of the police's
        internal investigators') when the person found has no role that says so and is not
        the one who just spoke? Then the phrase introduces the office holder, not the person
        named last ('The head of the Kazakh diplomatic service also stressed', right after
        the minister's quote, is still the minister)."""
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if obj is None or obj.pos_ != "NOUN":
            return False
        role = _role_words(person)
        if obj.lower_ in role or obj.lemma_.lower() in role:
            return False
        return self._last_speaker(tok.i, JUST_SPOKE) is not person

    def _addressed_office(self, tok: Token, person: Person) -> bool:
        """'He urged the Prime Minister to publish the review ... The Prime Minister replied':
        since the person in focus was last named, they addressed the office as someone else
        (its noun the object of their verb), so the office's holder is not them."""
        lemma = tok.lemma_.lower()
        last = self._last_pos(person, tok.i)
        if last < 0:
            return False
        for t in self.toks[last + 1 : tok.left_edge.i]:
            if t.lemma_.lower() != lemma or t.dep_ not in ("dobj", "dative", "pobj") or (
                self.inside_quote(t.idx)
            ):
                continue
            verb = t.head.head if t.dep_ == "pobj" else t.head
            subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
            if subj is not None and (
                subj.lower_ in ("he", "she") or self.entity_at(subj) is person
            ):
                return True
        return False

    def _may_hold(self, tok: Token, person: Person) -> bool:
        """Can a definite role noun point back to this person? A role that serves someone
        else ('the aide', 'the lawyer') or one narrowed by a noun ('the campaign manager',
        'the party treasurer') names a different, unnamed person unless the person's own role
        holds those words; plain descriptions ('the diplomat', 'the veteran politician')
        point back to the last person named."""
        if self._other_office(tok, person):
            return False  # 'the Prime Minister' is not the Deputy Prime Minister named last
        if _reports(person) and tok.lemma_.lower() not in _reporter_nouns():
            return False  # 'Aoife Brennan, Political Correspondent' holds no office she reports
        if self._other_profession(tok, person):
            return False  # 'the prosecutor' is not the former minister on trial
        if aged(tok) and self._fresh_description(tok, person):
            # 'Darboe told a rally ... "...," the 78-year-old lawyer said': the article
            # introduces a new person as 'a 78-year-old'; 'the' with an age re-names the one
            # in focus, whatever the noun
            return True
        role = _role_words(person)
        careers = load_words("quote_career_modifiers.csv", "word")  # ('the career diplomat')
        narrowing = [c.lower_ for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"
                     and c.lower_ not in careers]
        attendant = tok.lemma_.lower() in _attendants() or tok.lower_ in _attendants()
        if attendant and tok.lower_ not in role and tok.lemma_.lower() not in role:
            # a portfolio adjective is a remit too ('the foreign secretary', 'the interior
            # minister'), unlike one that says whom the attendant serves ('private')
            narrowing += [
                c.lower_ for c in tok.lefts if c.dep_ == "amod" and c.lower_ in self.lex.titles
                and c.lower_ not in QUALIFIERS
            ]
            # 'The economy secretary describes ...' right after 'Marcelo Ebrard has spent
            # ...': a remit makes the noun an office, re-naming the person in focus whose
            # office the article had not yet given; 'the secretary' alone serves someone
            portfolio = any(c.dep_ == "amod" and c.lower_ in narrowing for c in tok.lefts)
            # a portfolio the article gives no one else ('the foreign secretary said' after
            # 'Yvette Cooper has told MPs ...' and her quotes) re-names the untitled person in
            # focus even a paragraph later; a noun remit ('the campaign manager') still needs
            # that person to be the subject just before
            return bool(narrowing) and person.role is None and (
                self._topic_before(tok, person) or (portfolio and not self._office_held(tok))
            )
        if not attendant and tok.lemma_.lower() in _everyday_people():
            # 'Kelly Brannigan collapsed ...\n\nThe shop worker said': a description of an
            # ordinary person re-names the one in focus, unless it names the other party
            fresh = self._fresh_description(tok, person)
            if fresh and self._recently_in_focus(tok, person):
                return True
            if tok.lemma_.lower() not in self.lex.roles:
                return False  # (a role noun goes on to the tests below, as it always did)
        if person.role is None and self._office_of_named_body(tok) and self._aged_private(person):
            return False  # 'The head of the National Civil Police' is not the widow quoted
        if all(w in role for w in narrowing):
            return True
        return not attendant and person.role is None and self._topic_before(tok, person)

    def _office_of_named_body(self, tok: Token) -> bool:
        """Is a role noun the office of a body the article names ('the head of the National
        Civil Police')?"""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > tok.i:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                return pobj is not None and pobj.pos_ == "PROPN" and pobj.ent_type_ not in (
                    "GPE", "LOC", "NORP"
                )
        return False

    def _aged_private(self, person: Person) -> bool:
        """Was the person introduced as wire copy introduces a private person, by name and
        age with no office ('Mirna Coyoy, 38, whose husband drove a bus')?"""
        toks = self.toks
        for pos, entity, _ in self._mentions:
            if entity is person:
                return pos + 2 < len(toks) and toks[pos + 1].text == "," and (
                    toks[pos + 2].like_num
                )
        return False

    def _other_profession(self, tok: Token, person: Person) -> bool:
        """Does a role noun of a profession apart from politics (court, police, medicine,
        school, church: ``roles.csv`` sectors), used for the first time in the article, name
        someone other than a person whose own role the article gave in other sectors only?
        'Former minister X ... the prosecutor told the court' is a new, unnamed person; 'The
        Archbishop of Bamenda and president of the bishops' conference, X, ... the
        archbishop said' used the noun for him before."""
        lemma = tok.lemma_.lower()
        sector = _role_sectors().get(lemma)
        if sector not in _PROFESSIONS or not person.role or any(
            t.lemma_.lower() == lemma for t in self.toks[: tok.left_edge.i]
        ):
            return False
        # (by the head noun of each office: a 'court spokesman' is a spokesman, whom 'the
        # presiding judge' does not re-name)
        theirs = {_role_sectors().get(w) for w in _role_head_nouns(person)} - {None}
        return bool(theirs) and sector not in theirs

    def _fresh_description(self, tok: Token, person: Person) -> bool:
        """May an everyday description re-name this person? Not when it is narrowed after
        the noun ('the teenager riding the scooter'), when its gender is not the person's,
        or when its words were used before for something else ('hit by a lorry ... The
        lorry driver said', 'found by his carer ... The carer said'): then it names the other
        party of the story."""
        if any(c.dep_ in ("acl", "relcl") and not (
            c.dep_ == "relcl" and self.toks[c.left_edge.i - 1].text == ","
        ) or (c.dep_ == "prep" and not (
            c.lower_ == "of" and any(g.pos_ == "NUM" for g in c.children)  # 'of four'
        )) for c in tok.children):
            return False  # ('The dad-of-two, who has volunteered since 2024, told': a
            # relative clause set off by commas narrows nothing)
        sex = self.lex.gender.get(tok.lower_) or self.lex.gender.get(tok.lemma_.lower())
        if sex and person.gender and sex != person.gender:
            return False
        words = {tok.lemma_.lower()} | {
            c.lemma_.lower() for c in tok.lefts if c.dep_ == "compound"
        }
        return not any(t.lemma_.lower() in words for t in self.doc[: tok.left_edge.i])

    def _recently_in_focus(self, tok: Token, person: Person) -> bool:
        """Was the person named as the subject of a main clause (or as a speaker) within the
        two paragraphs before ``tok``, with no other named person made a subject since?"""
        text = doc_text(self.doc)
        k = bisect.bisect_left(self._mention_pos, tok.left_edge.i)
        for pos, entity, rank in reversed(self._mentions[:k]):
            if text.count("\n\n", self.toks[pos].idx, tok.idx) > 2:
                return False
            if rank < MAIN or not entity.is_person or not entity.name:
                continue
            return entity is person
        return False

    def _portfolio(self, tok: Token) -> bool:
        """Is a role noun an attendant noun with a portfolio adjective ('the foreign
        secretary', 'the interior minister'): an office, not someone's servant?"""
        attendant = tok.lemma_.lower() in _attendants() or tok.lower_ in _attendants()
        return attendant and any(
            c.dep_ == "amod" and c.lower_ in self.lex.titles and c.lower_ not in QUALIFIERS
            for c in tok.lefts
        )

    def _portfolio_elsewhere(self, tok: Token, person: Person) -> bool:
        """'Sir Iain Duncan Smith, the former Conservative leader, asked ... The foreign
        secretary said': a portfolio office is not a person the article gives another role;
        the holder is someone named before."""
        role = _role_words(person)
        return self._portfolio(tok) and bool(role) and not (
            tok.lower_ in role or tok.lemma_.lower() in role
        )

    def _office_held(self, tok: Token) -> bool:
        """Does any named person of the article hold the office a role noun names (its head
        noun and modifiers, and no rank the mention lacks)?"""
        words = {c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound")}
        for person in self.people.values():
            role = _role_words(person)
            if person.is_person and tok.lower_ in role and words <= role and not (
                (role & QUALIFIERS) - words  # 'the shadow foreign secretary' is another office
            ):
                return True
        return False

    def _topic_before(self, tok: Token, person: Person) -> bool:
        """Is the person the main-clause subject of the sentence right before, in the same
        paragraph? 'Marcelo Ebrard has spent two years ... The economy secretary describes
        the job': a description opening the next sentence re-names the person in focus,
        whose office the article had not yet given."""
        sent = sent_of(tok)
        if sent.start == 0:
            return False
        prev = sent_of(self.toks[sent.start - 1])
        if "\n\n" in doc_text(self.doc)[prev.start_char : sent.start_char + 1]:
            return False
        k = bisect.bisect_left(self._mention_pos, sent.start)
        for pos, entity, rank in reversed(self._mentions[:k]):
            if pos < prev.start:
                break
            if entity is person and rank >= MAIN:
                return True
        return False

    def _unnamed_before(self, tok: Token) -> bool:
        """Does a definite role noun ('the official') repeat an indefinite one the article
        left unnamed ('A senior British official, speaking on condition of anonymity, said')?
        The nearest earlier use of the noun outside quotation marks decides: 'a/an/one'
        introduced someone new, who stays unknown, not the last person named."""
        lemma = tok.lemma_.lower()
        for j in range(tok.i - 1, max(tok.i - 250, 0) - 1, -1):
            t = self.toks[j]
            if t.lemma_.lower() != lemma or t.pos_ not in ("NOUN", "PROPN") or (
                self.inside_quote(t.idx)
            ):  # ('One Labour MP' is tagged a proper noun)
                continue
            det = next((c for c in t.children if c.dep_ in ("det", "nummod")), None)
            return det is not None and det.lower_ in ("a", "an", "one", "another") and not any(
                c.dep_ == "appos" or (c.dep_ == "compound" and c.ent_type_ == "PERSON")
                for c in t.children
            ) and self._token_entity.get(j + 1) is None and not (
                t.dep_ == "appos" and self.entity_at(t.head) is not None
            )  # 'Lord Frost, a Conservative peer, ...': the noun describes a named person
        return False

    def _document(self, tok: Token, span: Span) -> Resolved:
        """'the court's summary', 'data from the Archive': the author speaks, else unknown.

        The author is named on the document itself (``_author``) or, for a definite document
        ('the statement', 'their statement'), on its antecedent: 'X issued a statement ...
        The statement also said' or 'X said in a statement ... the statement said'.
        """
        def found(res: Resolved) -> Resolved:
            if res.entity is not None:
                self._last_document = (tok.i, res.entity)
                self._documents_spoke[tok.lemma_.lower()] = (tok.i, res.entity)
            return Resolved(res.entity, res.name, span.text, span.start_char, span.end_char)

        own = self._author(tok)
        if own is not None and own.name:
            return found(own)
        det = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
        if det is None and tok.dep_ == "compound":  # 'The warning read' read as one noun
            det = next((c for c in tok.head.children if c.dep_ == "det" and c.i < tok.i), None)
        if det is not None and det.lower_ in ("a", "an"):
            # 'Presidential physician Sean Conley issued a statement saying ...': the
            # document introduced here is its issuer's
            res = self._issuer(tok)
            if res is not None and res.name:
                return found(res)
        if det is not None and det.lower_ in ("the", "this", "that", "its", "their", "his", "her"):
            prior = self._antecedent(tok)
            if prior is not None:
                cited = prior.dep_ == "pobj" and prior.head.lower_ == "to" and (
                    prior.head.head.lower_ == "according"
                )  # ('"...," Wang said, according to the readout': Wang only cites it)
                res = self._author(prior) or (
                    self._chained_author(prior) if cited else None
                ) or self._issuer(prior)
                if res is not None and res.name:
                    return found(res)
            spoke = self._documents_spoke.get(tok.lemma_.lower())
            if spoke is not None and spoke[0] <= tok.i and spoke[1].name and (
                not spoke[1].is_person and tok.lemma_.lower() not in self.lex.outlet_words
            ):  # '... said the communique of ASEAN. ... the communique said:': a body's
                # document spoke before, whoever was named in between (a person's 'study'
                # may be a co-author's; 'the website' re-names the outlet in focus)
                return found(Resolved(spoke[1], spoke[1].name, "", -1, -1))
            res = self._other_document_before(tok)
            if res is not None:
                return found(res)  # 'X published its review ... The report found'
            if det.dep_ == "poss":  # 'Their statement': whoever 'their' points back to
                entity = self._pronoun(det)
                if entity is not None:
                    return found(Resolved(entity, entity.name, "", -1, -1))
            # 'the statement said': the document just introduced, issued by the person last
            # in focus or the body that spoke last; a body merely made the subject of a
            # sentence near it ('the Postal Service does not cover ... The complaint notes')
            # did not issue it
            # an outlet's own noun ('the website reported') re-names the outlet in focus
            outlet = tok.lemma_.lower() in self.lex.outlet_words
            by_body = tok.lemma_.lower() in _body_documents()
            authors = [
                a for a in (
                    None if by_body else self._pronoun_like(tok.i, None, subjects_only=True),
                    self._pronoun_like(tok.i, None, want_person=False, subjects_only=True)
                    if outlet else self._last_speaker(tok.i, 80, people=False),
                ) if a is not None and a.name.lower() not in self.lex.relays
            ]  # a news outlet cited for a fact did not issue the document
            author = max(authors, key=lambda a: self._last_pos(a, tok.i), default=None)
            if author is not None and tok.i - self._last_pos(author, tok.i) < 80:
                return found(Resolved(author, author.name, "", -1, -1))
            issuer = self._announcer_before(tok)
            if issuer is not None:
                return found(Resolved(issuer, issuer.name, "", -1, -1))
        return Resolved(None, None, span.text, span.start_char, span.end_char)

    def _announcer_before(self, tok: Token) -> Person | None:
        """'The State Ministry of Health confirmed a case ... The man is isolated, the
        report said': a definite document with nothing it could re-name was issued by the
        body the sentence before made the subject of an announcing verb ('confirmed',
        'announced', 'reported'). Only a body, and only the sentence just before, in the
        same paragraph: 'the study found' after people did things names no issuer."""
        sent = sent_of(tok)
        if sent.start == 0:
            return None
        prev = sent_of(self.toks[sent.start - 1])
        root = prev.root
        if "\n" in doc_text(self.doc)[root.idx : sent.start_char]:
            return None  # a paragraph break between them
        if root.lemma_.lower() not in self.lex.indirect:
            return None
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        entity = self.entity_at(subj)
        return entity if entity is not None and not entity.is_person and entity.name else None

    def _last_speaker(self, i: int, window: int, people: bool = True) -> Person | None:
        """The resolved speaker mentioned last within ``window`` tokens before ``i`` (a
        person or, with ``people`` false, a body)."""
        k = bisect.bisect_left(self._mention_pos, i)
        for pos, entity, rank in reversed(self._mentions[:k]):
            if i - pos >= window:
                break
            if rank == SPEAKER and entity.is_person == people:
                return entity if entity.name else None
        return None

    def _chained_author(self, tok: Token) -> Resolved | None:
        """'According to a readout issued by the Foreign Ministry, ... "...," Wang said,
        according to the readout. The Chinese readout said': the document's earlier mentions,
        back to the one that names its author (whoever spoke beside a later mention only
        cited it)."""
        for _ in range(3):
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                return None
            prior = self._antecedent(tok)
            if prior is None:
                return None
            res = self._author(prior)
            if res is None and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                   for c in prior.children):
                res = self._issuer(prior)  # 'X said in a statement ... According to the
                # statement, Y "..."': the mention that introduced it names its issuer
            if res is not None and res.name:
                return res
            tok = prior
        return None

    def _author(self, tok: Token) -> Resolved | None:
        """The author a document noun names itself: 'a memo posted by Senator X', 'the court's
        summary', 'a NATO press release', 'a report from the Mexican government'."""
        # ('a statement from the British Chambers of Commerce carried by the PA news agency':
        # the agency that carried it is the author only when no one else is named)
        carried = any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in tok.children)
        for child in tok.children:
            if child.dep_ == "acl" and child.lemma_.lower() not in load_words(
                "quote_reader_verbs.csv", "lemma"
            ) and not (carried and child.lemma_.lower() in load_words(
                "quote_carrying_verbs.csv", "lemma"
            )):
                # ('a letter seen by the Guardian': the outlet read it)
                for agent in child.children:
                    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                    if agent.dep_ == "agent" and pobj is not None:
                        res = self._named_party(pobj)
                        if res is not None:
                            return res
        for child in tok.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                res = self._named_party(child)
                if res is not None:
                    return res
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        res = self._named_party(pobj)
                        if res is not None:
                            return res
        if tok.dep_ in ("dobj", "obj"):
            # 'KCNA carried a statement from Kim Yo Jong', with 'from' hung on the verb
            prep = next((
                c for c in tok.head.children
                if c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i == tok.right_edge.i + 1
            ), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            res = self._named_party(pobj) if pobj is not None else None
            if res is not None:
                return res
        # 'a NATO press release', 'a Foreign Office press release' (the body hung on 'press'),
        # 'a Sinapred statement' (the body's one-word name read as an adjective)
        lefts = [c for c in tok.lefts if c.dep_ in ("compound", "nmod", "amod")]
        lefts += [g for c in lefts if c.pos_ == "NOUN" for g in c.lefts if g.dep_ == "compound"]
        for child in lefts:
            if child.dep_ == "amod":
                body = self.entity_at(child) if child.pos_ == "PROPN" else None
                body = body or self._surname.get(fold(child.text))
                if child.is_title and body is not None and not body.is_person and not body.place:
                    return Resolved(body, body.name, "", -1, -1)
                continue
            if child.dep_ in ("compound", "nmod") and (child.pos_ == "PROPN" and (
                child.ent_type_ != "NORP" or self._token_entity.get(child.i) is not None
            )):  # ('The Chinese readout': a nationality, which the readout's issuer tells)
                entity = self.entity_at(child) or self._surname.get(fold(child.text))
                if entity is None and child.lemma_.lower() in self.lex.bodies:
                    # 'A Japanese Foreign Ministry readout' with the body left untagged
                    name = self._proper_run(child)
                    entity = self.people.setdefault(fold(name), Person(name, False))
                if entity is not None and not entity.place:
                    return Resolved(entity, entity.name, "", -1, -1)
        return None

    def _named_party(self, tok: Token) -> Resolved | None:
        """A proper name, a named body ('the court', 'the Mexican government') or a possessor
        ('Erdogan's office') standing for a document's author."""
        if self.entity_at(tok) is not None:
            return self.resolve(tok)
        if tok.pos_ == "NOUN" and (
            tok.lemma_.lower() in self.lex.bodies or tok.lower_ in self.lex.bodies
        ):
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and self.entity_at(poss) is not None:
                return self.resolve(poss)  # 'Erdogan's office'
            res = self.resolve(tok)
            if res.name:
                return res
            return self._qualified_body(tok)
        if tok.pos_ == "PROPN" and tok.text.isupper() and tok.is_alpha and len(tok) >= 3 and (
            not any(c.dep_ in ("compound", "amod", "nmod") for c in tok.lefts)
        ):  # 'data compiled by LSEG', the initials tagged a person or left untagged
            entity = self.people.setdefault(fold(tok.text), Person(tok.text, False))
            return Resolved(entity, entity.name, "", -1, -1)
        if tok.pos_ == "NOUN" and (
            tok.lemma_.lower() in self.lex.roles or tok.lower_ in self.lex.titles
        ):
            res = self.resolve(tok)  # 'the judge's statement'
            return res if res.name else None
        return None

    def _qualified_body(self, noun: Token) -> Resolved | None:
        """'figures from the Valparaiso regional government': a body noun that no earlier
        body stands for, qualified by a proper name of its own, is named by the words from
        that name to the noun. Without such a name ('the government') it stays unknown."""
        mods = [c for c in noun.lefts if c.dep_ in ("compound", "nmod", "amod")]
        first = next((c for c in mods if c.text[:1].isupper() and not c.is_sent_start and (
            c.pos_ == "PROPN" or (c.pos_ == "ADJ" and noun.lemma_.lower() == "party")
            or country_of_word(c.text) is not None
        )), None)  # ('the Socialist party', 'the Burkinabe armed forces')
        while first is not None and first.i > 0 and (
            self.toks[first.i - 1].head.i == first.i
            and self.toks[first.i - 1].dep_ in ("compound", "nmod")
            and self.toks[first.i - 1].text[:1].isupper()
        ):  # 'the Sri Lankan foreign ministry': the name's first word hangs on its second
            first = self.toks[first.i - 1]
        if first is None or any(self.toks[k].pos_ not in ("PROPN", "ADJ", "NOUN")
                                for k in range(first.i, noun.i)):
            return None
        name = self.doc[first.i : noun.i + 1].text
        entity = self.people.setdefault(fold(name), Person(name, False))
        return Resolved(entity, entity.name, "", -1, -1)

    def _antecedent(self, tok: Token) -> Token | None:
        """The earlier mention of the same document noun ('a statement' ... 'the statement'),
        outside quotation marks, within a few sentences."""
        lemma = tok.lemma_.lower()
        for j in range(tok.i - 1, max(tok.i - 160, 0) - 1, -1):
            t = self.toks[j]
            if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and not self.inside_quote(t.idx):
                return t
        return None

    def _other_document_before(self, tok: Token) -> Resolved | None:
        """'The Electoral Commission published its review on Thursday. The report found ...':
        a definite document whose own noun the article has not used before stands for the
        document another noun introduced in the sentence just before, by its issuer ('X
        published its review') or the body its 'its' points to."""
        sent = sent_of(tok)
        if sent.start == 0:
            return None
        prev = sent_of(self.toks[sent.start - 1])
        for t in prev:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in self.lex.documents or (
                self.inside_quote(t.idx) or t.lemma_ == tok.lemma_
            ):
                continue
            res = self._author(t) or self._issuer(t)
            if res is not None and res.name and res.entity is not None:
                return res
        return None

    def _issuer(self, doc_tok: Token) -> Resolved | None:
        """Who issued a document mentioned earlier: the subject of the verb it is the object of
        ('X issued a statement') or of the verb it is a means of ('X said in a statement')."""
        verb = doc_tok.head
        if doc_tok.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        elif doc_tok.dep_ not in ("dobj", "obj"):
            return None
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or (subj.dep_ == "nsubjpass"):
            return None
        if subj.lemma_.lower() in self.lex.documents:
            return None
        return self.resolve(subj)

    def _last_pos(self, entity: Person, before: int) -> int:
        k = bisect.bisect_left(self._mention_pos, before)
        for pos, other, _ in reversed(self._mentions[:k]):
            if other is entity:
                return pos
        return -10_000
