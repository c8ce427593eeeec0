"""People named in ways NER cuts short, splits or misses are still coded from the people table."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.actors import code_actors


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # multi-word surnames with particles, NER keeps only the last word
        (
            "Austrian leaders met on Monday. Van der Bellen said the cabinet would resign.",
            "Van der Bellen",
            "AUT",
        ),
        (
            "Mexico's economy grew. López Obrador criticised the plan on Tuesday.",
            "López Obrador",
            "MEX",
        ),
        # a hyphenated surname NER tags as an organisation
        ("Díaz-Canel said the island would not yield to pressure.", "Díaz-Canel", "CUB"),
        # NER cuts the name before the last word
        ("Ursula von der Leyen warned the government.", "Ursula von der Leyen", "EU"),
        ("Mohammed bin Salman met the envoy.", "Mohammed bin Salman", "SAU"),
    ],
)
def test_table_names_code_the_full_name(
    nlp: Language, text: str, surface: str, country: str
) -> None:
    actors = code_actors(nlp(text))
    hits = [a for a in actors if any(m.text == surface for m in a.mentions)]
    assert hits, f"{surface!r} not a mention of any actor: {[(a.text, a.name) for a in actors]}"
    assert hits[0].country == country
    # the mention is the text as written, sliced from the doc (no re-joined tokens)
    mention = next(m for m in hits[0].mentions if m.text == surface)
    assert text[mention.start : mention.end] == surface


def test_unlisted_names_are_not_invented(nlp: Language) -> None:
    """A capitalised run not in the table stays uncoded (no country guessed)."""
    actors = code_actors(nlp("Maria van der Berg said the plan was sound."))
    assert all(a.country is None for a in actors if "Berg" in a.text)
