"""The table of well-known people (actors_people.csv): valid codes, unique names, behaviour."""

from __future__ import annotations

from collections import Counter

import pycountry
import pytest
from spacy.language import Language

from communique.actors import code_actors
from communique.records import Actor
from communique.resources import load_table

# Surnames too common in international news to stand alone for one person.
COMMON_SURNAMES = frozenset(
    """
    Johnson Lee Kim Li Wang Smith Brown Khan Singh Ali Ahmed Ahmad Mohammed Muhammad Hussein
    Jones Lopez López Garcia García Martin Thomas Williams Miller Davis Wilson Taylor Anderson
    Jackson White Harris Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams
    Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards
    Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward
    Cox Richardson Wood Watson Brooks Gray James Bennett Hughes Price Sanders Myers Long Ross
    Foster Powell Jenkins Perry Russell Sullivan Fisher Henderson Graham Hunt Cohen Levy Katz
    Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Park Choi Jung
    Nguyen Tran Le Pham Rodriguez Rodríguez Martinez Martínez Hernandez Hernández Gonzalez
    González Perez Pérez Sanchez Sánchez Ramirez Ramírez Torres Flores Diaz Díaz Castro
    Fernandez Fernández Silva Santos Costa Oliveira Pereira Rossi Muller Müller Schmidt Schneider
    Fischer Weber Meyer Wagner Becker Hoffmann Schulz Ivanov Smirnov Kuznetsov Popov Petrov
    Sharma Kumar Patel Gupta Shah Rahman Hassan Ibrahim Mahmoud Abdullah Omar Yusuf Said
    Nielsen Jensen Hansen Andersen Larsen Johansson Andersson Karlsson Nilsson Kowalski Nowak
    Tanaka Suzuki Sato Watanabe Yamamoto Nakamura Kobayashi Abe Kato Ito Martins Moreno Ruiz
    """.split()
)


def _rows() -> tuple[dict[str, str], ...]:
    return load_table("actors_people.csv")


def _forms(row: dict[str, str]) -> list[str]:
    return [row["name"], *(a.strip() for a in row["aliases"].split("|") if a.strip())]


def _valid_codes() -> set[str]:
    codes = {c.alpha_3 for c in pycountry.countries}
    codes |= {r["code"] for r in load_table("igos.csv")}
    codes |= {r["code"] for r in load_table("actors_countries.csv")}  # XKX (Kosovo)
    return codes


def _valid_sectors() -> set[str]:
    sectors = {r["sector"] for r in load_table("roles.csv")}
    sectors |= {r["sector"] for r in load_table("actors_orgs.csv")}
    return sectors | {"IGO", "NGO"}


def test_table_is_large_and_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 500
    for row in rows:
        assert row["name"], row
        assert set(row) == {"name", "aliases", "country", "sector"}, row


def test_every_row_has_a_valid_country_and_sector() -> None:
    codes, sectors = _valid_codes(), _valid_sectors()
    bad = [
        (r["name"], r["country"], r["sector"])
        for r in _rows()
        if r["country"] not in codes or r["sector"] not in sectors
    ]
    assert not bad


def test_no_name_or_alias_is_written_twice() -> None:
    counts = Counter(form for row in _rows() for form in _forms(row))
    assert [form for form, n in counts.items() if n > 1] == []


def test_no_common_surname_stands_alone() -> None:
    bad = [(r["name"], form) for r in _rows() for form in _forms(r) if form in COMMON_SURNAMES]
    assert not bad


def _find(actors: list[Actor], name: str) -> Actor:
    for a in actors:
        if a.name == name:
            return a
    raise AssertionError(f"no actor {name!r} in {[a.name for a in actors]}")


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("Barr said the inquiry would continue.", "William Barr", "USA", "GOV"),
        ("Honcharuk resigned on Friday.", "Oleksiy Honcharuk", "UKR", "GOV"),
        ("Guaidó called for new protests.", "Juan Guaido", "VEN", "OPP"),
        ("Stoltenberg met Pelosi in Washington.", "Nancy Pelosi", "USA", "LEG"),
    ],
)
def test_bare_distinctive_surname_codes_the_person(
    nlp: Language, text: str, name: str, country: str, sector: str
) -> None:
    actor = _find(code_actors(nlp(text)), name)
    assert (actor.country, actor.sector) == (country, sector)


def test_full_name_of_common_surname_codes_but_surname_alone_does_not(nlp: Language) -> None:
    actors = code_actors(nlp("Boris Johnson criticised the plan, and Johnson later left."))
    johnson = _find(actors, "Boris Johnson")
    assert (johnson.country, johnson.sector) == ("GBR", "GOV")
    assert not any(
        a.country == "GBR" and a.name != "Boris Johnson" and a.name.endswith("Johnson")
        for a in actors
    )
