"""Role words (``data/roles.csv``) and anaphors (``data/actor_anaphors.csv``) read per process.

A role word gives a sector ("spokesman" GOV, "troops" MIL, "protesters" CVL); two-word roles
("prime minister", "riot police") are looked up before single words so the head of the phrase
decides ("police officer" is COP, not MIL).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from communique.resources import load_table


@cache
def role_table() -> dict[str, str]:
    """Role phrase (lower case) -> sector."""
    return {r["word"].lower(): r["sector"] for r in load_table("roles.csv")}


@cache
def anaphor_table() -> dict[str, str]:
    """Anaphoric head noun ("bloc") -> kind of actor it points back to ("igo")."""
    return {r["word"].lower(): r["kind"] for r in load_table("actor_anaphors.csv")}


@cache
def party_posts() -> frozenset[str]:
    """Role words that beside a party name are posts in the party ("Labour leader")."""
    return frozenset(r["word"].lower() for r in load_table("actors_party_roles.csv"))


@cache
def member_nouns() -> frozenset[str]:
    """Heads that say "some of" the body before them (``actors_member_nouns.csv``)."""
    return frozenset(r["word"].lower() for r in load_table("actors_member_nouns.csv"))


def role_of(token: Token) -> tuple[str, str] | None:
    """(role phrase, sector) when ``token`` ends a role word or two-word role, else None; a
    member noun under a role compound takes the compound's sector ('gang members' UAF,
    'police reinforcements' COP)."""
    found = _own_role(token)
    if (found is None or found[1] == "UNK") and token.lemma_.lower() in member_nouns():
        for c in token.children:
            if c.dep_ == "compound" and c.i == token.i - 1:
                mod = _own_role(c)
                if mod is not None and mod[1] != "UNK":
                    return f"{c.lower_} {token.lower_}", mod[1]
    return found


def _own_role(token: Token) -> tuple[str, str] | None:
    table = role_table()
    if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    lemma = token.lemma_.lower()
    if token.i > 0:
        prev = token.nbor(-1)
        for key in (f"{prev.lower_} {token.lower_}", f"{prev.lemma_.lower()} {lemma}"):
            if key in table:
                return key, table[key]
    keys = [lemma, token.lower_]
    if token.tag_ == "NNPS" and lemma.endswith("s"):
        keys.append(lemma[:-1])  # the tagger keeps capitalised plurals: "Representatives"
    for key in keys:
        if key in table:
            return key, table[key]
    return None
