"""Named national bodies, seats of power and armed groups code their country on their own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.actors import code_actors


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("The Verkhovna Rada voted to extend martial law.", "UKR", "LEG"),
        ("The Tatmadaw bombed a village.", "MMR", "MIL"),
        ("Bankova rejected the proposal.", "UKR", "GOV"),
        ("Kataib Hezbollah claimed the drone attack.", "IRQ", "PRM"),
        ("The Syrian Democratic Forces detained three men.", "SYR", "REB"),
        ("Customs and Border Protection detained the driver.", "USA", "COP"),
    ],
)
def test_named_bodies_code_their_country(
    nlp: Language, text: str, country: str, sector: str
) -> None:
    actors = code_actors(nlp(text))
    assert any((a.country, a.sector) == (country, sector) for a in actors), [
        (a.text, a.country, a.sector) for a in actors
    ]


def test_a_reporting_outlet_does_not_set_the_storys_country(nlp: Language) -> None:
    """An outlet's home is not where the story happens: the police chief belongs to the
    country the sentence is about (Widodo's), not the outlet's."""
    text = "Al Jazeera reported that Widodo had sacked the police chief."
    actors = code_actors(nlp(text))
    chief = [a for a in actors if a.text.endswith("police chief")]
    assert chief and chief[0].country == "IDN", [(a.text, a.country) for a in actors]


def test_european_groups_are_the_eu(nlp: Language) -> None:
    """'European leaders', 'the European powers' act for the EU side; the European Court of
    Human Rights is the Council of Europe's, not the EU's."""
    actors = code_actors(nlp("European ministers criticised the plan."))
    assert any(a.country == "EU" for a in actors), [(a.text, a.country) for a in actors]
    actors = code_actors(nlp("The European Court of Human Rights ruled against Turkey."))
    assert any(a.country == "COE" for a in actors) and not any(a.country == "EU" for a in actors)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Brussels fined Microsoft on Tuesday.", "USA", "BUS"),
        ("Huawei denied the accusation.", "CHN", "BUS"),
        ("The Teamsters called a strike.", "USA", "LAB"),
        ("Haaretz reported the decision.", "ISR", "JRN"),
    ],
)
def test_companies_unions_and_outlets_code_their_home(
    nlp: Language, text: str, country: str, sector: str
) -> None:
    actors = code_actors(nlp(text))
    assert any((a.country, a.sector) == (country, sector) for a in actors), [
        (a.text, a.country, a.sector) for a in actors
    ]


def test_a_platform_does_not_set_the_storys_country(nlp: Language) -> None:
    """'announced on Facebook' says where something was said, not where the story is."""
    actors = code_actors(nlp("The city's police chief announced the arrests on Facebook."))
    assert not any(a.country == "USA" for a in actors if "chief" in a.text), [
        (a.text, a.country) for a in actors
    ]


def test_names_in_a_quoted_work_title_are_not_actors(nlp: Language) -> None:
    """'the documentary "Erdogan's Turkey"' names a film, not Erdogan or Turkey; a quotation
    that is not a title keeps its names."""
    actors = code_actors(nlp('The documentary "Erdogan\'s Turkey" was pulled by Greek TV.'))
    assert not any(a.country == "TUR" for a in actors), [(a.text, a.country) for a in actors]
    actors = code_actors(nlp('"Turkey will respond," Erdogan said.'))
    assert any(a.country == "TUR" for a in actors)
