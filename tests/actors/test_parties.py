"""Party labels code their country; a name listed under a titled group shares its coding."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.actors import code_actors


def _coded(text: str, nlp: Language) -> dict[str, tuple[str | None, str | None]]:
    return {a.text: (a.country, a.sector) for a in code_actors(nlp(text))}


@pytest.mark.parametrize(
    ("text", "actor", "country", "sector"),
    [
        ("The Republican governor vetoed the bill.", "Republican governor", "USA", "GOV"),
        ("Tory MPs voted against the plan.", "Tory MPs", "GBR", "LEG"),
        ("Labour leader Ann Kay spoke.", "Labour leader Ann Kay", "GBR", "PTY"),
        ("Democrats said the plan would fail.", "Democrats", "USA", "PTY"),
    ],
)
def test_party_word_gives_country_and_sector(
    nlp: Language, text: str, actor: str, country: str, sector: str
) -> None:
    assert _coded(text, nlp)[actor] == (country, sector)


def test_labour_in_a_new_zealand_story_is_new_zealand_labour(nlp: Language) -> None:
    coded = _coded("In Wellington, New Zealand, the Labour leader attacked the budget.", nlp)
    assert ("NZL", "PTY") in coded.values()
    assert all(c != "GBR" for c, _ in coded.values())


@pytest.mark.parametrize(
    "text",
    [
        "The Social Democrats won the vote.",
        "Soldiers of the Republican Guard were deployed.",
        "Shops closed for Labour Day.",
    ],
)
def test_party_word_inside_another_name_is_not_the_us_or_uk_party(nlp: Language, text: str) -> None:
    assert all(c not in ("USA", "GBR") for c, _ in _coded(text, nlp).values())


def test_names_listed_under_a_titled_group_share_its_coding(nlp: Language) -> None:
    coded = _coded("Three Kenyan lawmakers, Amina Odhiambo and John Kamau, walked out.", nlp)
    assert coded["Amina Odhiambo"] == ("KEN", "LEG")
    assert coded["John Kamau"] == ("KEN", "LEG")
