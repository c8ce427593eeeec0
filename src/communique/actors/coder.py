"""Code who acts in an article: countries, seats of power, IGOs, bodies, role groups and people.

One pass over gazetteer matches, named PERSON entities and role words:

* a person takes the country and sector of the title around the name, on the left
  ("Kremlin spokesman Dmitry Peskov", "(Russian Foreign) Minister Sergei Lavrov") or in an
  apposition ("Josep Borrell, the EU's High Representative ..."); an IGO in the title gives
  sector IGO; later surname mentions ("Peskov") and bare role mentions ("the spokesman") join
  the same actor so a quotation's speaker can be matched to it;
* a role word heads a group actor ("Russian authorities", "protesters in Minsk" -> BLR CVL);
* a country, metonym, IGO or body named on its own is an actor; a capital or country that is
  only a place ("talks in Moscow") is not;
* an anaphor ("the bloc") points back to the latest IGO.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from communique.actors.gazetteer import (
    Entry,
    collective_at,
    country_names,
    gazetteer_for,
    honorifics,
    name_suffixes,
    people_by_first_and_last,
    people_matcher_for,
    people_table,
    person_first_names,
    person_name_words,
)
from communique.actors.home import infer_home, main_country
from communique.actors.roles import anaphor_table, party_posts, role_of
from communique.actors.shared import localise_shared_names
from communique.records import Actor
from communique.records import Span as TextSpan
from communique.resources import load_table

LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout"})
_TITLE_PUNCT = frozenset({"(", ")", "-", "'s", "’s", "'", "&", "."})
_RELATIVE = frozenset({"who", "which", "that", "whose", "whom", "where", "when"})
_CONTEXT_PREPS = frozenset({"in", "of", "from", "at", "for"})


@dataclass
class ActorIndex:
    """Actors of one doc with the token -> actor map the event coder reads."""

    actors: list[Actor] = field(default_factory=list)
    by_token: dict[int, int] = field(default_factory=dict)
    persons: set[int] = field(default_factory=set)
    roles: dict[int, str] = field(default_factory=dict)  # person actor -> role phrase
    bodies: set[int] = field(default_factory=set)  # named bodies no table knows ('the RIAA')


class _Builder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.index = ActorIndex()
        self.titles: set[int] = set()  # tokens of quoted work titles, which name nobody
        self._keys: dict[tuple[str, str | None, str | None], int] = {}

    def add(self, start: int, end: int, name: str, country: str | None, sector: str | None) -> int:
        key = (name, country, sector)
        idx = self._keys.get(key)
        if idx is None:
            span = self.doc[start:end]
            idx = len(self.index.actors)
            self._keys[key] = idx
            self.index.actors.append(Actor(_strip_det(span).text, name, country, sector))
        return self.mention(idx, start, end)

    def mention(self, idx: int, start: int, end: int) -> int:
        span = self.doc[start:end]
        free = [i for i in range(start, end) if i not in self.index.by_token]
        if not free:
            return idx
        self.index.actors[idx].mentions.append(TextSpan(span.start_char, span.end_char, span.text))
        for i in free:
            self.index.by_token[i] = idx
        return idx


def _strip_det(span: Span) -> Span:
    start = span.start
    while start < span.end - 1 and span.doc[start].pos_ in ("DET", "PUNCT"):
        start += 1
    end = span.end
    while end > start + 1 and span.doc[end - 1].lower_ in ("'s", "’s", ",", ")"):
        end -= 1
    return span.doc[start:end]


def _left_title(doc: Doc, start: int, floor: int) -> int:
    """Start of the title run left of ``start``: "the EU's High Representative", "Kremlin
    spokesman"."""
    j = start - 1
    limit = max(floor, start - 9)
    while j >= limit:
        t = doc[j]
        if t.ent_type_ == "PERSON" and not role_of(t) or t.is_space:
            break
        if t.pos_ == "DET":
            return j
        if t.pos_ in ("PROPN", "NOUN", "ADJ", "NUM") or t.text in _TITLE_PUNCT:
            j -= 1
            continue
        if t.lower_ == "of" and j - 1 >= limit and role_of(doc[j - 1]):
            j -= 1  # "Secretary of State", "Minister of Foreign Affairs"
            continue
        break
    return j + 1


def _appositive(doc: Doc, end: int, sent_end: int) -> tuple[int, int] | None:
    """Token range of ", <title>," after a name when it holds a role word."""
    if end >= sent_end or doc[end].text != ",":
        return None
    k = end + 1
    if k < sent_end and doc[k].lower_ in _RELATIVE:
        return None
    stop = min(sent_end, k + 16)
    j = k
    while j < stop and doc[j].text not in (",", ";", ":", "\u201c", '"') and not doc[j].is_space:
        if doc[j].pos_ in ("VERB", "AUX", "PRON") and doc[j].lower_ not in ("'s", "’s"):
            return None
        j += 1
    if any(role_of(doc[i]) for i in range(k, j)):
        return k, j
    return None


def _role_in(doc: Doc, start: int, end: int) -> tuple[str, str] | None:
    """The head (rightmost) role in a token range."""
    found = None
    for i in range(start, end):
        r = role_of(doc[i])
        if r:
            found = r
    return found


def _code_in(gaz_at: dict[int, tuple[int, int, Entry]], start: int, end: int) -> Entry | None:
    """The first gazetteer entry inside a token range."""
    for i in range(start, end):
        if i in gaz_at:
            return gaz_at[i][2]
    return None


def _sector(entry: Entry | None, role: tuple[str, str] | None) -> str | None:
    if entry is not None and entry.kind == "party":
        # "Labour leader" is a party post; "Democratic mayor", "Tory MP" keep their office
        if role is None or role[0].split()[-1] in party_posts():
            return "PTY"
        return role[1]
    if entry is not None and (
        entry.kind in ("igo", "org")
        or entry.kind == "metonym"
        and entry.sector not in (None, "GOV")
    ):
        return entry.sector
    if role:
        return role[1]
    return entry.sector if entry is not None and entry.kind != "demonym" else None


def _is_place(token: Token) -> bool:
    """A name that is only where something happens: the object of 'in', 'at', ..., or a name
    joined to one ('talks in Paris and Berlin': Berlin is a place too, not an actor)."""
    for _ in range(6):
        if token.dep_ != "conj" or token.head.i >= token.i:
            break
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE


def build_actors(doc: Doc) -> ActorIndex:
    """Code every actor in ``doc`` and map its tokens (see module docstring for the rules)."""
    gaz = gazetteer_for(doc.vocab)
    present = {e.code for _, _, e in gaz.match(doc) if e.kind in ("igo", "country", "org")}
    gaz_at: dict[int, tuple[int, int, Entry]] = {}
    for s, e, entry in gaz.match(doc):
        if entry.requires and entry.requires not in present and entry.fallback in present:
            code = entry.fallback or ""
            entry = Entry(code, "GOV", country_names().get(code, code), "capital")
        for i in range(s, e):
            gaz_at[i] = (s, e, entry)
    titles = _work_titles(doc)
    for i in titles:  # 'the film "Putin's Revenge"': a title names nobody
        gaz_at.pop(i, None)
    if any(entry.elsewhere for _, _, entry in gaz_at.values()):
        home = main_country(doc, ActorIndex(), gaz_at)  # Labour in a New Zealand story
        for i, (s, e, entry) in list(gaz_at.items()):
            gaz_at[i] = (s, e, entry.with_home(home))
    localise_shared_names(doc, gaz_at)  # 'Albania's opposition Democratic Party'
    b = _Builder(doc)
    b.titles = titles
    _code_people(doc, b, gaz_at)
    _code_roles(doc, b, gaz_at)
    _code_names(doc, b, gaz_at)
    _code_unknown_bodies(doc, b, gaz_at)
    infer_home(doc, b.index, gaz_at)
    for actor in b.index.actors:
        actor.mentions.sort(key=lambda m: m.start)
    return b.index


def _person_spans(
    doc: Doc,
    gaz_at: dict[int, tuple[int, int, Entry]] | None = None,
    people_hits: list[tuple[int, int, Entry]] | None = None,
) -> list[tuple[int, int]]:
    """PERSON entities, plus known office holders NER missed ("Putin" tagged as a place), plus
    unknown names NER mislabelled or missed that an appositive gives a role ("Ricardo
    Rossello, Puerto Rico's governor," tagged ORG; "Museveni, Uganda's president,")."""
    people = people_table()
    gaz_at = gaz_at or {}
    spans = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    other = [(x.start, x.end) for x in doc.ents if x.label_ != "PERSON"]
    for s, e, _entry in people_hits or []:
        # a table name overlapping NER spans widens them to the full name ("Van der | Bellen");
        # one NER missed is taken when it spans several tokens ("Díaz-Canel") or is a proper
        # noun, but not inside a longer name of another kind ("Nelson Mandela Foundation")
        over = [(a, z) for a, z in spans if a < e and s < z]
        if not over and any(
            a <= s and e <= z and z - a > e - s and _reads_as_name(doc[a:z]) for a, z in other
        ):
            continue
        if (
            not over
            and e - s == 1
            and not (doc[s].is_title and (doc[s].pos_ in ("PROPN", "NOUN") or _subject_of(doc, s)))
        ):
            continue
        spans = [sp for sp in spans if sp not in over]
        spans.append((min([s, *(a for a, _ in over)]), max([e, *(z for _, z in over)])))
    covered = {i for s, e in spans for i in range(s, e)}
    for t in doc:
        if t.i not in covered and t.pos_ in ("PROPN", "NOUN") and t.is_title and t.text in people:
            spans.append((t.i, t.i + 1))
            covered.add(t.i)
    i = 0
    while i < len(doc):  # runs of capitalised proper nouns followed by ", <role>,"
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title and j not in covered:
            j += 1
        if j > i and not any(k in gaz_at for k in range(i, j)):
            if not any(role_of(doc[k]) for k in range(i, j)) and (
                _appositive(doc, j, doc[i].sent.end)
                or j - i > 1
                and _office_by_verb(doc, i, j, gaz_at) is not None
            ):
                spans.append((i, j))  # also "Ricardo Rossello resigned as the governor of X"
        i = max(j, i + 1)
    return sorted(spans)


_NAME_GLUE = frozenset({"DET", "ADP", "CCONJ", "PART", "PUNCT", "NUM"})
_FINITE = frozenset({"VBD", "VBZ", "VBN", "MD"})


def _reads_as_name(span: Span) -> bool:
    """Whether an entity span reads as one name ("Nelson Mandela Foundation", "Bank of
    England"): only capitalised words and glue. A lowercase content word shows NER ran a name
    into the clause ("Trump lauded Cain" tagged ORG), so it hides no longer name."""
    return all(t.is_title or t.is_upper or t.pos_ in _NAME_GLUE or not t.is_alpha for t in span)


def _subject_of(doc: Doc, i: int) -> bool:
    """Whether a capitalised table name the tagger took for a verb is the subject of the verb
    right after it ("Trump lauded ...", "Trump will ..."): a plain verb followed by a past or
    finite verb does not start a clause (an auxiliary does: "Have lauded"), so it is a name."""
    t = doc[i]
    return (
        i + 1 < len(doc)
        and doc[i + 1].tag_ in _FINITE
        and t.tag_ not in _FINITE
        and t.pos_ != "AUX"
    )


def _listing_group(doc: Doc, start: int, end: int) -> int | None:
    """The plural role noun a name is listed under, if any: "Two Democratic Representatives,
    Collin Peterson and Jeff Van Drew," or "three lawmakers, A, B and C," (the parser links
    the names to the group as apposition or conjunction). Each name is one of the group, so
    it shares the group's country and sector."""
    r = doc[start:end].root
    for _ in range(6):
        if r.dep_ not in ("conj", "appos"):
            return None
        h = r.head
        if h.i >= r.i:
            return None
        if (
            h.i < start
            and h.tag_ in ("NNS", "NNPS")
            and role_of(h) is not None
            and h.i + 1 < len(doc)
            and doc[h.i + 1].text in (",", ":")
        ):
            return h.i
        r = h
    return None


def _code_people(doc: Doc, b: _Builder, gaz_at: dict[int, tuple[int, int, Entry]]) -> None:
    by_name: dict[str, int] = {}
    by_surname: dict[str, int] = {}
    people = people_table()
    hits = people_matcher_for(doc.vocab).match(doc)
    hit_at = {i: (s, e, entry) for s, e, entry in hits for i in range(s, e)}
    spans = [
        (s, e)
        for s, e in _person_spans(doc, gaz_at, hits)
        if not any(i in b.titles for i in range(s, e))
    ]
    # a table surname another person of the article bears ("Mary Trump") is nobody's for sure
    # when written alone, unless the table's person is named in full too: news then means the
    # well-known one by the bare surname ("Donald Trump ... his niece Mary Trump ... Trump said")
    named_in_full = {
        people[doc[a:z].text].name for a, z in spans if z - a > 1 and doc[a:z].text in people
    }
    contested = {
        doc[z - 1].text
        for a, z in spans
        if z - a > 1
        and doc[z - 1].text in people
        and people[doc[z - 1].text].name not in named_in_full
        and people.get(doc[a:z].text) is None
        and _another_person(doc, a, z - 1, people[doc[z - 1].text])
    }
    for start, end in spans:
        while start < end - 1 and (role_of(doc[start]) or start in gaz_at):
            if start in hit_at and hit_at[start][0] == start:
                break  # the table's name starts here ("Kim Jong Un", "Jordan ...")
            start += 1
        while end > start + 1 and doc[end - 1].lower_ in ("'s", "’s"):
            end -= 1
        for extra in (3, 2, 1):  # NER cut the name short: "Ursula von | der Leyen"
            if end + extra <= len(doc) and doc[start : end + extra].text in people:
                end += extra
                break
        name = doc[start:end].text
        # "Joseph R. Biden Jr.", "Kama Melly QC": the person is found by the name without
        # the suffix (unless the table writes it: "Robert F. Kennedy Jr.")
        core = end
        while name not in people and core > start + 1 and _is_name_suffix(doc[core - 1]):
            core -= 1
        table_hit = hit_at.get(core - 1)
        listed = (
            table_hit[2]
            if table_hit is not None and table_hit[0] >= start and table_hit[1] == core
            else None
        )
        if all(i in gaz_at for i in range(start, end)) and name not in people and listed is None:
            continue  # a country or body NER took for a person ("Boko Haram")
        sent = doc[start].sent
        left = _left_title(doc, start, sent.start)
        appos = _appositive(doc, end, sent.end)
        served: Entry | None = None
        cut: int | None = None  # where another person's name starts inside the apposition
        if appos:
            # "John Smith, a former aide to Donald Trump,": Trump is his own actor, and the
            # one served gives the aide's country
            inner = [(a, z) for a, z in spans if appos[0] <= a < appos[1]]
            if inner:
                a, z = inner[0]
                while z > a + 1 and doc[z - 1].lower_ in ("'s", "’s"):
                    z -= 1  # "Donald Trump's former aide"
                served = people.get(doc[a:z].text) or people.get(doc[z - 1].text)
                cut = a
        known = by_name.get(name)
        if known is None and end - start == 1:
            known = by_surname.get(name)
        if known is None and end - start == 1 and _names_an_outlet(gaz_at, start):
            continue  # "Bloomberg reported": the news outlet, unless the person was named

        role = _role_in(doc, left, start)
        if role is None and end - start == 1:
            role = role_of(doc[start])  # a title used as the name: "the Queen", "the Pope"
        entry = _code_in(gaz_at, left, start)
        if appos:
            role = role or _role_in(doc, *appos)
            entry = entry or _code_in(gaz_at, *appos)
            if entry is None and role and served is not None and served.code:
                entry = Entry(served.code, "GOV", served.code, "country")
        if (
            entry is None
            and role
            and end + 1 < len(doc)
            and doc[end].lower_ in ("of", "from")
            and end + 1 in gaz_at
        ):
            entry = gaz_at[end + 1][2]  # "Foreign Minister Anna Novak of Poland"
            appos = appos or (end, gaz_at[end + 1][1])
        if entry is None and known is None:
            office = _office_by_verb(doc, start, end, gaz_at)
            if office is not None:  # "X resigned as the governor of Puerto Rico"
                role, entry = role or office[0], office[1]
                appos = appos or office[2]
        if known is not None and not (entry and role):
            b.mention(known, left if role or entry else start, end)
            if appos:
                _mention_upto(b, known, appos, cut)
            continue
        title_start = left if (role or entry) else start
        group = _listing_group(doc, start, end) if not (role or entry) else None
        if group is not None:  # "Two Democratic Representatives, Collin Peterson and ..."
            g_left = _left_title(doc, group, sent.start)
            role = role_of(doc[group])
            entry = _code_in(gaz_at, g_left, group)
        country = entry.code if entry else None
        sector = _sector(entry, role)
        known_person = (
            people.get(name)
            or people.get(doc[start:core].text)
            or _with_middle_initials(doc, start, core)
        )
        if known_person is None:
            # the table form is only the end of the name: "Donald J. Trump" is the table's
            # person, "Eric Trump" is not
            form_start = table_hit[0] if listed is not None and table_hit else core - 1
            known_person = listed or people.get(doc[core - 1].text)
            if known_person is not None and _another_person(doc, start, form_start, known_person):
                known_person = None
        elif core - start == 1 and name in contested:
            known_person = None  # another person of the article bears the surname: "Mary Trump"
        if known_person is not None and (
            country is None
            or entry is not None
            and entry.kind == "demonym"
            and entry.code == known_person.code
        ):
            name, country = known_person.name, known_person.code
            sector = sector if role and sector != "GOV" else known_person.sector
        idx = b.add(title_start, end, name, country, sector)
        if appos:
            _mention_upto(b, idx, appos, cut)
        b.index.persons.add(idx)
        if role:
            b.index.roles[idx] = role[0]
        by_name[name] = idx
        surname = doc[core - 1].text
        held = by_surname.get(surname)
        bare = people.get(surname)  # whom the surname alone names ("Trump": Donald Trump)
        if (
            held is None
            or bare is None
            or b.index.actors[held].name != bare.name
            or b.index.actors[idx].name == bare.name
        ):
            # a relative named later ("Ivanka Trump", "Hunter Biden") does not take the
            # bare surname over from the well-known person it names
            by_surname[surname] = idx
    for token in doc:  # surnames NER missed ("Lavrov said")
        if token.pos_ == "PROPN" and token.i not in b.index.by_token and token.text in by_surname:
            if token.i not in gaz_at:
                b.mention(by_surname[token.text], token.i, token.i + 1)


_OPEN_QUOTES = frozenset({'"', "\u201c"})
_CLOSE_QUOTES = frozenset({'"', "\u201d"})


@cache
def work_nouns() -> frozenset[str]:
    """Words introducing a quoted work title (``actors_work_nouns.csv``)."""
    return frozenset(r["word"].lower() for r in load_table("actors_work_nouns.csv"))


def _work_titles(doc: Doc) -> set[int]:
    """Tokens inside a quoted title of a film, book, report ...: 'the film "Putin's Revenge"',
    'her book, "Inside the Kremlin",'. The names in a title are no actors; a quotation
    (anything not introduced by a work noun) is left alone."""
    found: set[int] = set()
    i = 0
    while i < len(doc):
        if doc[i].text not in _OPEN_QUOTES:
            i += 1
            continue
        close = next(
            (
                k
                for k in range(i + 1, min(len(doc), i + 14))
                if doc[k].text in _CLOSE_QUOTES or doc[k].is_sent_start
            ),
            None,
        )
        if close is None or doc[close].text not in _CLOSE_QUOTES:
            i += 1
            continue
        j = i - 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        if j >= 0 and (doc[j].lemma_.lower() in work_nouns() or doc[j].lower_ in work_nouns()):
            found.update(range(i + 1, close))
        i = close + 1
    return found


def _names_an_outlet(gaz_at: dict[int, tuple[int, int, Entry]], i: int) -> bool:
    """Whether a one-word name is also a news outlet in the tables ('Bloomberg')."""
    hit = gaz_at.get(i)
    return hit is not None and hit[1] - hit[0] == 1 and hit[2].sector == "JRN"


def _mention_upto(b: _Builder, idx: int, appos: tuple[int, int], cut: int | None) -> None:
    """Map an apposition to the person it describes, short of another person named in it
    ('a former aide to Donald Trump': Trump keeps his own tokens)."""
    start, end = appos
    if cut is not None and start <= cut < end:
        end = cut
    if end > start:
        b.mention(idx, start, end)


def _office_by_verb(
    doc: Doc, start: int, end: int, gaz_at: dict[int, tuple[int, int, Entry]]
) -> tuple[tuple[str, str], Entry, tuple[int, int]] | None:
    """The office a person's own verb names with its country: 'X resigned as the governor of
    Puerto Rico', 'X was sworn in as Iraq's prime minister', 'X was elected president of
    Peru'. The country must be the office's own ('of X', 'X's', a country adjective): an
    'ambassador to France' is not French."""
    head = doc[start:end].root
    verbs = [  # "X, who was elected president of Peru, ..."
        c
        for c in head.children
        if c.dep_ == "relcl"
        and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == "who" for s in c.children)
    ]
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.i != head.i:
        verbs.append(head.head)
    offices = [c for v in verbs for c in v.children if c.dep_ in ("oprd", "attr")]
    for prep in (c for v in verbs for c in v.children):
        if prep.dep_ == "prep" and prep.lower_ == "as":
            offices += [o for o in prep.children if o.dep_ == "pobj"]
    for office in offices:
        role = role_of(office)
        if role is None:
            continue
        entry = _code_in(gaz_at, office.left_edge.i, office.i)
        last = office.i + 1
        for prep in office.children:
            if entry is None and prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        entry = _code_in(gaz_at, obj.left_edge.i, obj.right_edge.i + 1)
                        last = obj.right_edge.i + 1
        if entry is not None and entry.kind != "place":
            return role, entry, (office.left_edge.i, last)
    return None


def _is_name_suffix(token: Token) -> bool:
    """Whether a word closing a name is a generational suffix or post-nominal letters ('Jr.',
    'III', 'QC'): not the surname, so not what later bare mentions of the person repeat."""
    return token.lower_.replace(".", "") in name_suffixes()


def _with_middle_initials(doc: Doc, start: int, end: int) -> Entry | None:
    """The table person a name with added middle initials is ("John R. Bolton" for John
    Bolton): the first and last words match a two-word table form and every word between is
    an initial. A longer table form is never widened ("George H. W. Bush" is not George W.)."""
    if end - start < 3:
        return None
    if not all(
        len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "."
        for t in doc[start + 1 : end - 1]
    ):
        return None
    return people_by_first_and_last().get((doc[start].text, doc[end - 1].text))


def _another_person(doc: Doc, start: int, form_start: int, person: Entry) -> bool:
    """Whether the words before a table form name someone else: a capitalised first name that
    is not one of the table person's own name words ("Eric Trump", "Mary L. Trump"). Titles,
    courtesy words ("Mr", "Dr."), initials and spelling variants sharing the first two letters
    of one of the person's names ("Joseph"/"Joe", "Sergey"/"Sergei") do not count."""
    own = person_name_words().get(person.name, frozenset())
    firsts = [
        t.text
        for t in doc[start:form_start]
        if t.is_alpha
        and t.is_title
        and len(t.text) > 1
        and t.lower_ not in honorifics()
        and role_of(t) is None
    ]
    if not firsts:
        return False
    first = person_first_names().get(person.name, frozenset())
    return not any(w in own or any(w[:2] == o[:2] for o in first) for w in firsts)


def _code_roles(doc: Doc, b: _Builder, gaz_at: dict[int, tuple[int, int, Entry]]) -> None:
    anaphors = anaphor_table()
    last_person_by_role: dict[str, int] = {}
    last_igo: int | None = None
    last_country: int | None = None
    for token in doc:
        if token.i in b.titles:
            continue
        idx = b.index.by_token.get(token.i)
        if idx is not None:
            if idx in b.index.roles:
                last_person_by_role[b.index.roles[idx].split()[-1]] = idx
            if b.index.actors[idx].sector == "IGO" and idx not in b.index.persons:
                last_igo = idx
            continue
        if token.i in gaz_at and gaz_at[token.i][2].kind in ("country", "capital"):
            s0, e0, ent0 = gaz_at[token.i]
            if token.i == s0 and not _is_place(token):
                last_country = b.add(s0, e0, ent0.name, ent0.code, ent0.sector)
                continue
        if token.i in gaz_at:
            s, e, hit = gaz_at[token.i]
            if hit.kind == "igo" and token.i == s:
                last_igo = b.add(s, e, hit.name, hit.code, hit.sector)
            continue
        role = role_of(token)
        kind = anaphors.get(token.lower_)
        if kind and token.pos_ == "NOUN" and any(c.lower_ == "the" for c in token.children):
            target = last_igo if kind == "igo" else last_country
            if target is not None:
                b.mention(
                    target,
                    token.i - 1 if doc[token.i - 1].lower_ == "the" else token.i,
                    token.i + 1,
                )
                continue
        if role is None or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if (
            token.dep_ == "compound"
            and token.head.pos_ in ("NOUN", "PROPN")
            and token.head.i > token.i
        ):
            continue  # "government forces": the head decides
        sent = token.sent
        left = _left_title(doc, token.i, sent.start)
        end = token.i + 1
        entry = _code_in(gaz_at, left, token.i)
        if entry is None:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in _CONTEXT_PREPS and child.i == end:
                    for obj in child.children:
                        if obj.dep_ != "pobj":
                            continue
                        # "protesters in Minsk", "a delegation of EU ambassadors"
                        found = _code_in(gaz_at, obj.left_edge.i, obj.i + 1)
                        if found is not None:
                            entry = found
                            end = max(obj.i + 1, gaz_at[obj.i][1] if obj.i in gaz_at else 0)
        if entry is None:  # "Boko Haram fighters" when NER took the name for a person
            for child in token.children:
                if child.dep_ in ("compound", "poss", "amod", "nmod") and child.i in gaz_at:
                    entry = gaz_at[child.i][2]
                    left = min(left, gaz_at[child.i][0])
                    break
        if entry is None:  # "the Trump administration", "Putin's government"
            near = [c.i for c in token.children if c.dep_ in ("compound", "poss")]
            for i in [*range(left, token.i), *near]:
                idx = b.index.by_token.get(i)
                if idx is not None and idx in b.index.persons and b.index.actors[idx].country:
                    person_actor = b.index.actors[idx]
                    entry = Entry(
                        person_actor.country, "GOV", person_actor.country or "", "country"
                    )
                    break
        if entry is None:
            person = last_person_by_role.get(role[0].split()[-1])
            if person is not None and doc[left].pos_ == "DET":
                b.mention(person, left, end)
                continue
            # a possessor acts too: "against the government's decision", "the agency's demand"
            if token.dep_ not in (
                "nsubj",
                "nsubjpass",
                "dobj",
                "pobj",
                "conj",
                "dative",
                "appos",
                "poss",
            ):
                continue
        country = entry.code if entry else None
        name = _strip_det(doc[left:end]).text
        if entry is not None and entry.kind in ("igo", "org", "metonym", "party"):
            name = f"{entry.name} {doc[token.i].text}" if token.i >= left else entry.name
        b.add(left, end, name, country, _sector(entry, role))


def _code_names(doc: Doc, b: _Builder, gaz_at: dict[int, tuple[int, int, Entry]]) -> None:
    seen: set[int] = set()
    for _i, (s, e, entry) in sorted(gaz_at.items()):
        if s in seen or any(j in b.index.by_token for j in range(s, e)):
            continue
        seen.add(s)
        head = doc[s:e].root
        if entry.kind in ("demonym", "party"):
            if head.dep_ in ("amod", "compound", "nmod") or head.pos_ not in ("NOUN", "PROPN"):
                continue  # "Russian gas", "Democratic votes": an adjective, not an actor
            if entry.kind == "party":
                start = s - 1 if s > 0 and doc[s - 1].lower_ == "the" else s
                b.add(start, e, entry.name, entry.code, entry.sector)
                continue
            b.add(s, e, entry.name, entry.code, None)
            continue
        if entry.kind == "place" or entry.kind in ("country", "capital") and _is_place(head):
            continue  # places locate events and groups; they do not act
        start = s - 1 if s > 0 and doc[s - 1].lower_ == "the" else s
        b.add(start, e, entry.name, entry.code, entry.sector)


# Where a named body takes part in a clause: it acts, is acted on, or is listed with those
# ("RIAA's notice alleged": a possessor acts through what it owns)
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "dative", "appos", "poss"})


def _owner_country(
    root: Token, gaz_at: dict[int, tuple[int, int, Entry]]
) -> tuple[int, str] | None:
    """(first token, country) of a country, demonym, place or known body that owns, modifies or
    holds a name ('Estonia's ...', 'the Chinese ...', 'the People's Liberation Army's ...',
    '... County in Florida')."""
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ == "in":  # "Palm Beach County in Florida"
            c = next((o for o in c.children if o.dep_ == "pobj"), c)
        elif c.dep_ not in ("poss", "amod", "compound", "nmod"):
            continue
        for i in range(c.left_edge.i, c.i + 1):
            if i in gaz_at and gaz_at[i][2].code in country_names():
                return gaz_at[i][0], gaz_at[i][2].code or ""
    return None


def _code_unknown_bodies(doc: Doc, b: _Builder, gaz_at: dict[int, tuple[int, int, Entry]]) -> None:
    """Named organisations no table knows ('the RIAA', 'Ford', 'the Watch Tower') that take
    part in a clause are actors too, so that home inference gives them the story's country as
    a coder does; a body the tables know, or a work's title, is left to the rules above."""
    for ent in doc.ents:
        # a county or city no table knows acts as its local government when it is the subject
        # ('Palm Beach County issued an evacuation order'); elsewhere it is a place
        local = ent.label_ == "GPE" and ent.root.dep_ == "nsubj"
        if not local and (ent.label_ != "ORG" or ent.root.dep_ not in _PARTY_DEPS):
            continue
        if any(
            i in b.index.by_token or i in gaz_at or i in b.titles for i in range(ent.start, ent.end)
        ):
            continue
        if ent.root.pos_ != "PROPN":
            continue  # an ORG tag on a common noun is the tagger's guess, not a name
        if collective_at(doc, ent.root) is not None:
            continue  # 'the E3', 'the AES': its members act (events/actors_in.py)
        start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else ent.start
        sector = "GOV" if local else "UNK"  # a company's or group's kind is unknown
        owner = _owner_country(ent.root, gaz_at)
        if owner is not None:  # "Estonia's Internal Security Service": that country's body
            b.add(min(start, owner[0]), ent.end, ent.text, owner[1], sector)
            continue
        b.index.bodies.add(b.add(start, ent.end, ent.text, None, sector))


def code_actors(doc: Doc) -> list[Actor]:
    """Actors of ``doc`` (pipeline contract): text, name, country/IGO code, sector, mentions."""
    return build_actors(doc).actors
