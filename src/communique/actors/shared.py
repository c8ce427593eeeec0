"""Bodies named with a name many countries share ('the House of Representatives', 'the
Democratic Party'): the country the sentence gives beats the table's default.

The gazetteer gives such a name its best-known country (the US House, Britain's Labour Party),
which is right in stories about that country and wrong elsewhere: 'Albania's opposition
Democratic Party boycotted parliament' is Albania's party; 'Indonesian students demanded that
the House of Representatives scrap the allowance' names Indonesia's House. A human coder reads
the country off the name's own modifiers first, then off the one country the sentence gives,
but not off what the body acts on ('the House passed a bill sanctioning Russia' is still the
US House).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from communique.actors.gazetteer import Entry, country_names
from communique.resources import load_table

_PLACE_KINDS = frozenset({"country", "capital", "demonym", "place"})
# prepositions that place the clause ('In Jakarta, the House ...') rather than say whom it hits
_PLACING = frozenset({"in", "at", "across", "throughout", "inside", "outside", "near", "within"})
_OWNING = frozenset({"poss", "amod", "compound", "nmod"})


@cache
def shared_names() -> frozenset[str]:
    """Names of bodies many countries have (``actors_shared_names.csv``)."""
    return frozenset(r["phrase"] for r in load_table("actors_shared_names.csv"))


def _country_at(gaz_at: dict[int, tuple[int, int, Entry]], i: int) -> str | None:
    hit = gaz_at.get(i)
    if hit is None or hit[2].kind not in _PLACE_KINDS:
        return None
    code = hit[2].code
    return code if code in country_names() else None


def _own_country(doc: Doc, s: int, e: int, gaz_at: dict[int, tuple[int, int, Entry]]) -> str | None:
    """A country the name carries: a possessor or adjective before it in its noun phrase
    ('Albania's opposition Democratic Party'), or an 'of'/'in' phrase right after it ('the
    Democratic Party of Kosovo')."""
    root = doc[s:e].root
    for i in range(root.left_edge.i, s):
        code = _country_at(gaz_at, i)
        if code:
            return code
    if e < len(doc) and doc[e].lower_ in ("of", "in") and doc[e].head.i == root.i:
        for obj in doc[e].children:
            if obj.dep_ == "pobj":
                for i in range(obj.left_edge.i, obj.i + 1):
                    code = _country_at(gaz_at, i)
                    if code:
                        return code
    return None


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause the token is in."""
    tok = token
    for _ in range(40):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _counts_for(doc: Doc, name_root: Token, verb: Token | None, i: int) -> bool:
    """Whether the country word at ``i`` tells where the body named at ``name_root`` is: it
    lies outside the body's clause (a governing clause: 'Indonesian students demanded that
    ...'), or in it only as the place of the act or the nationality of its subject; what the
    clause acts on ('a bill sanctioning Russia') says nothing about the body."""
    if verb is None or not (verb.left_edge.i <= i <= verb.right_edge.i):
        return True
    tok = doc[i]
    while tok.head.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
    if tok.head.i != verb.i:
        return True
    if tok.dep_ == "prep" and tok.lower_ in _PLACING:
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.i != name_root.i:
        # 'Indonesian students urged the House': their nationality, not a country acting
        return doc[i].dep_ in _OWNING
    return False


def localise_shared_names(doc: Doc, gaz_at: dict[int, tuple[int, int, Entry]]) -> None:
    """Give each shared name the country its sentence gives it (see module docstring)."""
    names = shared_names()
    done: set[int] = set()
    for _i, (s, e, entry) in sorted(gaz_at.items()):
        if s in done or doc[s:e].text not in names:
            continue
        done.add(s)
        code = _own_country(doc, s, e, gaz_at)
        if code is None:
            root = doc[s:e].root
            verb = _clause_verb(root)
            found: set[str] = set()
            for j in range(root.sent.start, root.sent.end):
                if s <= j < e or j not in gaz_at or gaz_at[j][0] != j:
                    continue
                c = _country_at(gaz_at, j)
                if c and _counts_for(doc, root, verb, j):
                    found.add(c)
            code = found.pop() if len(found) == 1 else None
        if code is None or code == entry.code:
            continue
        local = Entry(code, entry.sector, doc[s:e].text, entry.kind)
        for j in range(s, e):
            gaz_at[j] = (s, e, local)
