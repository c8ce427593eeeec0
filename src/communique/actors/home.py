"""A country for groups named without one ('the government', 'protesters', 'President X').

News names a country once and then speaks of "the government" or "police"; a coder reads them
as that country's. A group takes the nearest country, capital, demonym or place in its sentence,
else the article's main country; a titled person only what precedes the title.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from communique.actors.gazetteer import Entry
from communique.resources import load_table

if TYPE_CHECKING:  # coder imports this module; the annotation only needs the name
    from communique.actors.coder import ActorIndex

# Sectors whose unnamed groups belong to the country where the story happens.
HOME_SECTORS = frozenset(
    {
        "GOV",
        "COP",
        "JUD",
        "LEG",
        "OPP",
        "CVL",
        "PTY",
        "LAB",
        "EDU",
        "MED",
        "REL",
        "REB",
        "MIL",
        "BUS",
        "JRN",
    }
)


@cache
def foreign_nouns() -> frozenset[str]:
    """Nouns a country modifies to say whose they are abroad ('the Chinese embassy')."""
    return frozenset(r["lemma"].lower() for r in load_table("actors_foreign.csv"))


def _abroad(doc: Doc, i: int) -> bool:
    """Whether the country word at ``i`` modifies an embassy, envoy, national or ship."""
    t = doc[i]
    return t.dep_ in ("amod", "compound", "poss", "nmod") and (
        t.head.lemma_.lower() in foreign_nouns()
    )


def infer_home(doc: Doc, index: ActorIndex, gaz_at: dict[int, tuple[int, int, Entry]]) -> None:
    """Give a country to group actors named without one ('the government', 'protesters'):
    the nearest country, capital or demonym in their sentence, else the article's main country.
    People are left alone: a name without a title says nothing about nationality."""
    counts: dict[str, int] = {}
    for start, end, entry in set(gaz_at.values()):
        if _abroad(doc, start) or _abroad(doc, end - 1):
            continue
        if entry.kind in ("country", "capital", "demonym", "place") and entry.code:
            counts[entry.code] = counts.get(entry.code, 0) + 1
    main = max(counts, key=lambda c: counts[c]) if counts else None
    if main is not None and sorted(counts.values())[-2:] == [counts[main]] * 2 and len(counts) > 1:
        main = None  # no single main country
    for idx, actor in enumerate(index.actors):
        titled = idx in index.roles
        if actor.country is not None or idx in index.persons and not titled or not actor.mentions:
            continue
        if actor.sector not in HOME_SECTORS:
            continue
        first = doc.char_span(
            actor.mentions[0].start, actor.mentions[0].end, alignment_mode="expand"
        )
        if first is None:
            continue
        sent = first.sent
        best: tuple[int, str] | None = None
        # a titled person is placed by what precedes the title ("Tunisia's largest party
        # accused President Kais Saied"); a group by the nearest mention either side
        stop = first.start if titled else sent.end
        for i in range(sent.start, stop):
            if i in gaz_at and _abroad(doc, i):
                continue  # "the attack on the Chinese embassy": not where the story is
            if i in gaz_at and gaz_at[i][2].kind in ("country", "capital", "demonym", "place"):
                code = gaz_at[i][2].code
                dist = abs(i - first.start)
                if code and (best is None or dist < best[0]):
                    best = (dist, code)
        actor.country = best[1] if best else (None if titled else main)
