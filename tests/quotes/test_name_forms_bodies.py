"""A body's speaker name is the fullest name the article writes for it, never a bare head noun.

Sentences written for Communique. The convention follows the gold annotations: a country
adjective or a country's possessive stays in the name ('Russian defence ministry',
"Uzbekistan's Foreign Ministry"), so does the seat of an embassy ('Emirati embassy in London')
and the number of a unit ('11th Regional Coast Guard Headquarters').
"""

from __future__ import annotations

import pytest

from .helpers import Run
from .helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Russian defence ministry said in a statement that 40 soldiers had come home.",
            "Russian defence ministry",
        ),
        (
            "The prisoners were freed on Friday, according to the UAE foreign ministry.",
            "UAE foreign ministry",
        ),
        (
            "The Chilean foreign ministry said the ambassador had been recalled.",
            "Chilean foreign ministry",
        ),
        (
            "In a statement, the Emirati embassy in London said the country was not a party to "
            "the conflict.",
            "Emirati embassy in London",
        ),
        (
            "Officers turned back 4,200 people, according to Germany's federal police.",
            "Germany's federal police",
        ),
    ],
)
def test_a_lower_case_body_keeps_its_country_and_seat(run: Run, text: str, name: str) -> None:
    assert _speakers(run, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Uzbekistan\u2019s Foreign Ministry said in a statement that a delegation had "
            "delivered a proposal.",
            "Uzbekistan\u2019s Foreign Ministry",
        ),
        (
            "Ghana's Foreign Ministry said in a statement that the envoy had been summoned.",
            "Ghana's Foreign Ministry",
        ),
    ],
)
def test_a_country_possessive_stays_in_a_generic_body_name(
    run: Run, text: str, name: str
) -> None:
    assert _speakers(run, text) == [name]


def test_a_numbered_unit_keeps_its_number(run: Run) -> None:
    text = (
        "The patrol lasted about 90 minutes, according to the 11th Regional Coast Guard "
        "Headquarters in Naha."
    )
    assert _speakers(run, text) == ["11th Regional Coast Guard Headquarters"]

