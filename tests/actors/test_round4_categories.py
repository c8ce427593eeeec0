"""Actor errors of the round-4 blind set, by category, with sentences written for the test:
wire copy's 'Congo', names many countries share, groups named after a country, descriptions of
UN bodies."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.actors import code_actors


def _coded(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {a.text: (a.country, a.sector) for a in code_actors(nlp(text))}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Congo's government accused Rwanda of backing the rebels.", "Congo's government", "COD"),
        ("Congo expelled the Rwandan ambassador on Monday.", "Congo", "COD"),
        ("The Republic of Congo signed a loan deal with China.", "Republic of Congo", "COG"),
        ("Congo-Brazzaville hosted talks with Gabon.", "Congo-Brazzaville", "COG"),
        (
            "The Democratic Republic of Congo recalled its envoy.",
            "Democratic Republic of Congo",
            "COD",
        ),
    ],
)
def test_wire_copy_congo_is_the_dr_congo(nlp: Language, text: str, name: str, country: str) -> None:
    """Reuters, AP and AFP write 'Congo' for Kinshasa; Brazzaville's state is named in full."""
    assert _coded(nlp, text)[name][0] == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Serbia's opposition Democratic Party boycotted the session.", "Democratic Party", "SRB"),
        ("The Democratic Party of Kosovo walked out of the session.", "Democratic Party", "XKX"),
        (
            "Indonesian students demanded that the House of Representatives scrap the allowance.",
            "House of Representatives",
            "IDN",
        ),
        (
            "Thai farmers urged the House of Representatives to reject the import deal.",
            "House of Representatives",
            "THA",
        ),
        # what the body acts on does not say whose it is
        (
            "The House of Representatives passed a bill sanctioning Russia.",
            "House of Representatives",
            "USA",
        ),
        (
            "Russia urged the House of Representatives to drop the bill.",
            "House of Representatives",
            "USA",
        ),
        ("The Democratic Party criticised China over its tariffs.", "Democratic Party", "USA"),
    ],
)
def test_a_shared_name_takes_the_country_the_sentence_gives(
    nlp: Language, text: str, name: str, country: str
) -> None:
    assert _coded(nlp, text)[name][0] == country


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("Fighters of Tehreek-i-Taliban Pakistan raided a police post.", None, "PAK", "REB"),
        ("The Balochistan Liberation Army claimed the train attack.", None, "PAK", "REB"),
        ("The Afghan Taliban denied hosting the militants.", None, "AFG", "REB"),
        ("The UN nuclear watchdog rebuked Tehran.", "UN nuclear watchdog", "IAEA", "IGO"),
        ("The U.N. nuclear watchdog rebuked Tehran.", "U.N. nuclear watchdog", "IAEA", "IGO"),
        ("The UN health agency condemned the strike.", "UN health agency", "WHO", "IGO"),
        ("The UN refugee agency condemned the expulsions.", "UN refugee agency", "UN", "IGO"),
        ("The International Organization for Migration flew the migrants home.", None, "UN", "IGO"),
    ],
)
def test_groups_and_bodies_named_after_a_country_or_the_un(
    nlp: Language, text: str, name: str | None, country: str, sector: str
) -> None:
    coded = _coded(nlp, text)
    if name is not None:
        assert coded[name] == (country, sector), coded
    else:
        assert (country, sector) in coded.values(), coded
