"""Where and when an event happened: its place from the clause ('in Moscow', a visit's
destination) and its own date from the date expressions attached to it, resolved against the
publication date (``events.dates``)."""

from __future__ import annotations

from spacy.tokens import Token

from communique.events.actors_in import DocActors
from communique.events.dates import is_historical, parse_published
from communique.events.dates import resolve as resolve_date
from communique.events.modifiers import outer_chain
from communique.events.participants import LOCATIVE
from communique.records import Location


def location_of(ctx: DocActors, chain: list[Token], mode: str | None) -> Location | None:
    """Where the event happened: an 'in/at ...' place on the trigger's clause or on its object
    ('captured the village of X in eastern Ukraine'), or a visit's destination."""
    preps = LOCATIVE | ({"to"} if mode == "visit" else set())
    holders = list(chain)
    for t in chain[:1]:
        for c in t.children:
            if c.dep_ in ("dobj", "nsubjpass"):
                holders.append(c)
                holders.extend(o for p in c.children if p.dep_ == "prep" for o in p.children)
    unnamed: Location | None = None
    for t in holders:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for o in c.children:
                    if o.dep_ != "pobj":
                        continue
                    hit = next(
                        (
                            ctx.gaz_at[i]
                            for i in range(o.left_edge.i, o.i + 1)
                            if i in ctx.gaz_at
                            and ctx.gaz_at[i][2].kind in ("country", "capital", "place")
                        ),
                        None,
                    )
                    if hit is not None:  # "in Moscow", "in eastern Ukraine"
                        return Location(ctx.doc[o.left_edge.i : o.i + 1].text, hit[2].code)
                    if o.ent_type_ in ("GPE", "LOC") and unnamed is None:
                        unnamed = Location(o.text, None)
    return unnamed


def date_of(chain: list[Token], published: str | None, future: bool) -> tuple[str | None, bool]:
    """The event's own date (and whether it is historical): dates on its clause first, then on
    the clause reporting it, then the sentence's only date; else the publication day."""
    pub = parse_published(published)
    if pub is None:
        return None, False
    dates = [e for e in chain[0].sent.ents if e.label_ == "DATE"]
    # dates on the trigger's own clause first, then on the clauses that report it
    own = {t.i for t in chain}
    for members in (own, {t.i for t in outer_chain(chain[0])}):
        # a date on the reporting clause ("On Wednesday, X announced it would ...") is past
        ahead = future and members is own
        for ent in dates:
            t = ent.root
            for _ in range(3):
                if t.head.i in members or t.i in members:
                    value = resolve_date(ent.text, pub, ahead)
                    if value:
                        return value, is_historical(value, pub)
                    break
                if t.head.i == t.i:
                    break
                t = t.head
    if len(dates) == 1:  # one date in the sentence, hung where the parse did not look
        value = resolve_date(dates[0].text, pub, future)
        if value:
            return value, is_historical(value, pub)
    return pub.isoformat(), False
