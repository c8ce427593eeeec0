"""A name hyphened to a stance word ('pro-Russian', 'EU-backed') says whom a thing favours or
who sponsors it, not whose it is: it codes no actor."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.actors import code_actors
from communique.actors.gazetteer import gazetteer_for


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Voters rejected the mayor's pro-Chinese policies.", "CHN"),
        ("Anti-French protesters marched in Bamako.", "FRA"),
        ("The UN-backed government took office in Tripoli.", "UN"),
        ("Turkey-backed fighters entered the town.", "TUR"),
    ],
)
def test_a_stance_marked_name_codes_no_actor(nlp: Language, text: str, absent: str) -> None:
    doc = nlp(text)
    assert all(entry.code != absent for _, _, entry in gazetteer_for(doc.vocab).match(doc))
    assert all(a.country != absent for a in code_actors(doc))


def test_ownership_compounds_still_code_the_owner(nlp: Language) -> None:
    """'a Greek-flagged tanker' is Greece's: ownership suffixes are not stance words."""
    doc = nlp("Pirates boarded a Greek-flagged tanker.")
    assert any(entry.code == "GRC" for _, _, entry in gazetteer_for(doc.vocab).match(doc))
