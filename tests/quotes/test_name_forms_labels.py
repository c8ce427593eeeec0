"""A title-case label before a name is a description, not part of the name.

Sentences written for Communique (made-up people). Tabloid copy capitalises descriptions
before a full name ('Hero Cop Jim Bell', 'Gran Edna Smith'); the speaker is the name alone and
the label is the role. Which words are labels comes from the lexicon (common nouns of the
language, kinship nouns, party and country words), so names whose first word is also a noun
('Bola Ahmed Tinubu', 'Sugar Ray Leonard') keep it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.quotes.cues import lexicon
from communique.quotes.names import NameIndex

from .helpers import Run
from .helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"She saved my life," said Supermum Leanne Collins. Collins said the ward was calm.',
         "Leanne Collins"),
        ('"I just did my job," Hero Cop Jim Bell told reporters. Bell added he was proud.',
         "Jim Bell"),
        ('Gran Edna Smith said the council had ignored her. "They never listen," Smith said.',
         "Edna Smith"),
        ('Tory Grandee Ken Hart said the party was doomed. "It is over," Hart said.', "Ken Hart"),
        ('"We were terrified," said Mum Sarah Jones, 34. Jones said the crew came quickly.',
         "Sarah Jones"),
        ('Schoolboy Tom Reed said the bus never came. "It is always late," Reed said.',
         "Tom Reed"),
        ('LABOUR MP Darren Hollis said the bill was a disgrace. "This is shameful," Hollis said.',
         "Darren Hollis"),
    ],
)
def test_a_label_before_a_full_name_is_not_part_of_it(run: Run, text: str, name: str) -> None:
    assert _speakers(run, text) == [name, name]


@pytest.mark.parametrize(
    "name",
    ["Bola Ahmed Tinubu", "Sugar Ray Leonard", "Kwame Anthony Appiah", "Rose Mary Castro"],
)
def test_a_name_opening_with_a_noun_keeps_it(run: Run, name: str) -> None:
    assert _speakers(run, f'"We are ready," said {name}.') == [name]


def test_the_label_is_the_role_and_the_party_role_is_kept(nlp: Language) -> None:
    doc = nlp('"This is shameful," said LABOUR MP Darren Hollis. Tory Grandee Ken Hart agreed.')
    people = NameIndex(doc, lexicon()).people
    assert people["Darren Hollis"].role == "LABOUR MP"
    assert people["Ken Hart"].role == "Tory Grandee"
    assert not any(p.name in ("MP", "Hollis MP") for p in people.values())


def test_a_body_whose_name_is_nouns_keeps_its_words(run: Run) -> None:
    text = '"We are heartbroken," the promotion World Wonder Ring Stardom said in a statement.'
    assert _speakers(run, text) == ["World Wonder Ring Stardom"]
