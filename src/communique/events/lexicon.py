"""Event triggers from ``data/event_lexicon.csv``: lemma sequences -> PLOVER type, mode, CAMEO root.

The table is read once per process into a dict keyed by the first lemma, so finding triggers is
one pass over the tokens (no matcher rebuilt per document, no nlp() call). A row may require an
object lemma ("expel diplomats" is SANCTION, "expel migrants" COERCE); such rows win over rows
without, and longer phrases win over shorter ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from communique.resources import load_table

_POS = {"V": ("VERB",), "N": ("NOUN", "PROPN"), "A": ("ADJ", "VERB", "NOUN")}


@dataclass(frozen=True)
class LexEntry:
    """One lexicon row."""

    lemmas: tuple[str, ...]
    pos: str
    objects: frozenset[str]
    type: str
    mode: str | None
    cameo: str
    frame: str | None


@dataclass(frozen=True)
class Trigger:
    """A lexicon hit in a doc: head token index, token range and the row it matched."""

    head: int
    start: int
    end: int
    entry: LexEntry


@cache
def lexicon() -> dict[str, tuple[LexEntry, ...]]:
    """Lexicon rows grouped by first lemma, longest phrases and object-bound rows first."""
    rows: dict[str, list[LexEntry]] = {}
    for r in load_table("event_lexicon.csv"):
        lemmas = tuple(r["lemma"].lower().split())
        objects = frozenset(o.strip().lower() for o in r.get("obj", "").split("|") if o.strip())
        entry = LexEntry(
            lemmas, r["pos"] or "*", objects, r["type"].upper(), r.get("mode") or None,
            r["cameo"].zfill(2), r.get("frame") or None,
        )
        rows.setdefault(lemmas[0], []).append(entry)
    return {
        k: tuple(sorted(v, key=lambda e: (-len(e.lemmas), not e.objects)))
        for k, v in rows.items()
    }


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _pos_ok(token: Token, pos: str) -> bool:
    return pos == "*" or token.pos_ in _POS.get(pos, ())


def _objects(token: Token) -> set[str]:
    """Lemmas that can satisfy an ``obj`` condition: objects, compounds, modifiers, prep objects."""
    found: set[str] = set()
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "compound", "amod", "nmod", "dative"):
            found.add(_lemma(child))
            found.update(_lemma(c) for c in child.children if c.dep_ in ("compound", "amod"))
        if child.dep_ == "prep":
            found.update(_lemma(c) for c in child.children if c.dep_ == "pobj")
        if child.dep_ == "xcomp":
            found.update(_lemma(c) for c in child.children if c.dep_ == "dobj")
    if token.dep_ in ("dobj", "pobj", "nsubj") and token.pos_ in ("NOUN", "PROPN"):
        found.add(_lemma(token.head))
    return found


def find_triggers(doc: Doc) -> list[Trigger]:
    """Every lexicon hit in ``doc``, left to right, at most one per token."""
    table = lexicon()
    hits: list[Trigger] = []
    i, n = 0, len(doc)
    while i < n:
        token = doc[i]
        cands = table.get(_lemma(token)) or table.get(token.lower_)
        best = None
        if cands:
            objs: set[str] | None = None
            for entry in cands:
                k = len(entry.lemmas)
                if i + k > n:
                    continue
                if any(_lemma(doc[i + j]) != entry.lemmas[j] and doc[i + j].lower_ != entry.lemmas[j]
                       for j in range(1, k)):
                    continue
                if not _pos_ok(token, entry.pos):
                    continue
                if entry.pos == "V" and token.dep_ == "amod":
                    continue  # "alleged spying", "wounded soldiers": participles as adjectives
                if entry.objects:
                    objs = objs if objs is not None else _objects(token)
                    if not entry.objects & objs:
                        continue
                best = entry
                break
        if best is None:
            i += 1
            continue
        hits.append(Trigger(i, i, i + len(best.lemmas), best))
        i += len(best.lemmas)
    return hits
