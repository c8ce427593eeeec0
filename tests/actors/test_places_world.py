"""Cities and provinces of the world place unnamed groups, but only where NER says 'a place'."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.actors import code_actors
from communique.actors.gazetteer import gazetteer_for, world_places


def _coded(text: str, nlp: Language) -> dict[str, tuple[str | None, str | None]]:
    return {a.text: (a.country, a.sector) for a in code_actors(nlp(text))}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Protesters in Chernihiv clashed with riot police.", "UKR"),
        ("Police in Lublin arrested two men.", "POL"),
        ("Students in Zhuhai marched to the city hall.", "CHN"),
    ],
)
def test_a_city_gives_its_country_to_groups_of_the_sentence(
    nlp: Language, text: str, country: str
) -> None:
    assert country in {c for c, _ in _coded(text, nlp).values()}


def test_town_names_that_are_words_are_not_places_when_ner_says_so(nlp: Language) -> None:
    """'Reading' the verb is not the English town, so police get no country from it."""
    coded = _coded("Reading the statement aloud, the police spokesman said nothing new.", nlp)
    assert all(c is None for c, _ in coded.values())


def test_ambiguous_or_generic_names_are_left_out_of_the_table() -> None:
    places = world_places()
    for name in ("Punjab", "West", "Jupiter", "Victoria"):
        assert name not in places
    assert places["Ryazan"] == "RUS"


def test_a_country_inside_a_seas_name_is_not_that_country(nlp: Language) -> None:
    """'the Sea of Japan', 'the East China Sea': where ships sail, not Japan or China."""
    doc = nlp("Russian ships sailed from the Sea of Japan into the East China Sea.")
    codes = {entry.code for _, _, entry in gazetteer_for(doc.vocab).match(doc)}
    assert codes == {"RUS"}
