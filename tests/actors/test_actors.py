"""Actor coding: countries, metonyms, IGOs, roles and people, as the ontology defines them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.actors import build_actors, code_actors
from communique.records import Actor


def _find(actors: list[Actor], name: str) -> Actor:
    for a in actors:
        if a.name == name:
            return a
    raise AssertionError(f"no actor {name!r} in {[a.name for a in actors]}")


def _codes(actors: list[Actor]) -> set[tuple[str | None, str | None]]:
    return {(a.country, a.sector) for a in actors}


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Germany summoned the ambassador.", "DEU", "GOV"),
        ("The Russian Federation said it would respond.", "RUS", "GOV"),
        ("The USA and the UAE signed a pact.", "USA", "GOV"),
        ("The Kremlin dismissed the report.", "RUS", "GOV"),
        ("Washington imposed new tariffs.", "USA", "GOV"),
        ("The White House declined to comment.", "USA", "GOV"),
        ("Beijing protested strongly.", "CHN", "GOV"),
        ("NATO held a meeting.", "NATO", "IGO"),
        ("The African Union suspended the country.", "AU", "IGO"),
        ("The UN Security Council met on Friday.", "UN", "IGO"),
        ("The IMF approved a loan.", "IMF", "IGO"),
    ],
)
def test_names_code_countries_and_organisations(
    nlp: Language, text: str, country: str, sector: str
) -> None:
    assert (country, sector) in _codes(code_actors(nlp(text)))


def test_role_person_takes_title_country_and_sector(nlp: Language) -> None:
    doc = nlp("Kremlin spokesman Dmitry Peskov told reporters that Peskov had no comment.")
    peskov = _find(code_actors(doc), "Dmitry Peskov")
    assert (peskov.country, peskov.sector) == ("RUS", "GOV")
    assert [m.text for m in peskov.mentions] == ["Kremlin spokesman Dmitry Peskov", "Peskov"]
    for m in peskov.mentions:
        assert doc.text[m.start : m.end] == m.text


def test_igo_official_in_apposition_is_igo(nlp: Language) -> None:
    doc = nlp("Josep Borrell, the EU's High Representative for Foreign Affairs, flew to Ankara.")
    borrell = _find(code_actors(doc), "Josep Borrell")
    assert (borrell.country, borrell.sector) == ("EU", "IGO")


def test_title_with_demonym_and_parenthesis(nlp: Language) -> None:
    doc = nlp("He met (Russian Foreign) Minister Sergei Lavrov in Geneva.")
    lavrov = _find(code_actors(doc), "Sergei Lavrov")
    assert (lavrov.country, lavrov.sector) == ("RUS", "GOV")


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("Protesters in Minsk chanted slogans for hours.", "Protesters in Minsk", "BLR", "CVL"),
        ("Nigerian troops entered the town.", "Nigerian troops", "NGA", "MIL"),
        ("The Turkish parliament approved the bill.", "Turkish parliament", "TUR", "LEG"),
        ("Belarusian police detained a journalist.", "Belarusian police", "BLR", "COP"),
    ],
)
def test_role_groups_take_country_and_role_sector(
    nlp: Language, text: str, name: str, country: str, sector: str
) -> None:
    actor = _find(code_actors(nlp(text)), name)
    assert (actor.country, actor.sector) == (country, sector)


def test_places_and_adjectives_are_not_actors(nlp: Language) -> None:
    actors = code_actors(nlp("The talks in Moscow were about Russian gas prices."))
    assert actors == []


def test_places_listed_after_a_place_are_places_too(nlp: Language) -> None:
    """'cases in Thailand, Vietnam and Japan': every country of the list only locates."""
    actors = code_actors(nlp("New cases were reported in Thailand, Vietnam and Japan."))
    assert actors == []
    actors = code_actors(nlp("Chile and Peru signed a trade deal on Monday."))
    assert {a.country for a in actors} == {"CHL", "PER"}


def test_brussels_is_the_eu_in_eu_context(nlp: Language) -> None:
    doc = nlp("The EU summit ended. Brussels warned Minsk on Friday.")
    assert _find(code_actors(doc), "European Union").mentions[-1].text == "Brussels"


def test_brussels_is_belgium_when_only_belgium_is_in_context(nlp: Language) -> None:
    doc = nlp("Belgium's budget is tight. Brussels announced new taxes on Monday.")
    actors = code_actors(doc)
    assert all(a.country != "EU" for a in actors)
    assert ("BEL", "GOV") in _codes(actors)


def test_bare_role_and_anaphor_join_earlier_actors(nlp: Language) -> None:
    doc = nlp(
        "Foreign Minister Anna Novak of Poland arrived. The minister met NATO officials. "
        "The alliance promised help."
    )
    actors = code_actors(doc)
    novak = _find(actors, "Anna Novak")
    assert novak.country == "POL"
    assert "The minister" in [m.text for m in novak.mentions]
    nato = _find(actors, "NATO")
    assert any(m.text.endswith("alliance") for m in nato.mentions)


def test_known_office_holder_without_title(nlp: Language) -> None:
    actors = code_actors(nlp("Erdogan spoke for an hour."))
    erdogan = _find(actors, "Recep Tayyip Erdogan")
    assert (erdogan.country, erdogan.sector) == ("TUR", "GOV")


def test_unnamed_group_takes_the_country_of_its_sentence(nlp: Language) -> None:
    index = build_actors(nlp("In Caracas, the government banned the rally."))
    assert ("VEN", "GOV") in _codes(index.actors)


def test_part_of_a_longer_name_is_not_the_body(nlp: Language) -> None:
    actors = code_actors(
        nlp("The Kenya Human Rights Commission and the Election Commission spoke.")
    )
    assert all(a.country != "EU" for a in actors)


def test_places_below_country_level_locate_groups_but_do_not_act(nlp: Language) -> None:
    actors = code_actors(nlp("Police in Mumbai questioned the Texas governor."))
    assert ("IND", "COP") in _codes(actors)
    assert ("USA", "GOV") in _codes(actors)
    assert all(a.name not in ("Mumbai", "Texas") for a in actors)


@pytest.mark.parametrize(
    ("text", "name", "later", "country"),
    [
        (
            "Ricardo Rossello, Puerto Rico's governor, resigned. Rossello said he would leave.",
            "Ricardo Rossello",
            "Rossello",
            "PRI",
        ),
        (
            "Okello Mabior, Uganda's foreign minister, met the envoy. Mabior praised the talks.",
            "Okello Mabior",
            "Mabior",
            "UGA",
        ),
    ],
)
def test_name_mislabelled_by_ner_takes_its_appositive_role(
    nlp: Language, text: str, name: str, later: str, country: str
) -> None:
    """NER often tags an unknown official's name as ORG or a place; the appositive role
    ('Puerto Rico's governor') still makes it a person with that country, and the bare surname
    later in the article links to it."""
    person = _find(code_actors(nlp(text)), name)
    assert (person.country, person.sector) == (country, "GOV")
    assert later in [m.text for m in person.mentions][1:]


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("US Attorney General Marta Quinn resigned.", "USA", "JUD"),
        ("Philippine Solicitor General Jose Alcala filed a petition.", "PHL", "JUD"),
        ("Russian General Ivan Petrov visited the front.", "RUS", "MIL"),
    ],
)
def test_general_in_a_two_word_office_is_not_military(
    nlp: Language, text: str, country: str, sector: str
) -> None:
    """'Attorney General' and 'Solicitor General' are law officers, not generals; a country
    before a two-word office still codes it."""
    actors = code_actors(nlp(text))
    assert (actors[0].country, actors[0].sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Thames Valley Police arrested two men.", "GBR", "COP"),
        ("Kenosha police arrested a teenager.", "USA", "COP"),
        ("Tigray forces attacked the town.", "ETH", "MIL"),
    ],
)
def test_bodies_named_after_a_region_or_city_take_its_country(
    nlp: Language, text: str, country: str, sector: str
) -> None:
    actor = code_actors(nlp(text))[0]
    assert (actor.country, actor.sector) == (country, sector)


def test_a_foreign_embassy_does_not_give_its_country_to_local_groups(nlp: Language) -> None:
    """'the Chinese embassy' says whose embassy it is, not where the story happens."""
    actors = code_actors(nlp("Police said the attack on the Chinese embassy was planned."))
    police = _find(actors, "Police")
    assert police.country != "CHN"
