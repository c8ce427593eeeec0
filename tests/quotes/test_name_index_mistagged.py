"""People the small tagger calls places or bodies are still people of the article.

Sentences written for Communique (made-up people, or public figures in made-up sentences).
The tagger often takes a name it does not know ('Kemi Badenoch', 'Olena', 'Maksym') for a
place or an organisation; an apposition with a person noun, a title, or the article's own use
of the surname after a role word says it is a person, and a later surname or pronoun then
finds the full name.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.quotes.cues import lexicon
from communique.quotes.names import NameIndex

from .helpers import Run
from .helpers import speakers as _speakers


def test_a_name_apposed_to_a_role_in_a_clause_is_the_surname_later(run: Run) -> None:
    text = (
        "Reeves insisted her budget was fair after the Conservative leader, Kemi Badenoch, "
        'accused her of breaking a promise. "It is a betrayal," Badenoch said.'
    )
    assert _speakers(run, text)[-1] == "Kemi Badenoch"


def test_a_surname_after_a_role_makes_the_lede_name_a_person(run: Run) -> None:
    text = (
        "Fans complained about ticket prices as Gianni Infantino insisted the game was "
        'affordable.\n\nFIFA president Infantino hit back. "Football is for everyone," '
        "Infantino said."
    )
    assert _speakers(run, text)[-1] == "Gianni Infantino"


@pytest.mark.parametrize(
    "text",
    [
        'Olena, a 52-year-old nurse, said the shelling had not stopped. "We sleep in the '
        'corridor," she said.',
        'A student, Olena, said the university had closed. "We have nowhere to go," she '
        "added.",
    ],
)
def test_a_given_name_described_as_a_person_is_the_pronoun_later(run: Run, text: str) -> None:
    assert _speakers(run, text) == ["Olena", "Olena"]


def test_a_student_given_name_is_a_person(run: Run) -> None:
    text = 'A student, Maksym, said the university had closed. "We have nowhere to go," he added.'
    assert _speakers(run, text) == ["Maksym", "Maksym"]


def test_a_courtesy_title_makes_a_name_a_person(nlp: Language) -> None:
    doc = nlp('Protesters gathered on Badenoch Street. "We will fight this," Mr Badenoch said.')
    index = NameIndex(doc, lexicon())
    person = index.people.get("Badenoch")
    assert person is not None and person.is_person
    assert "Badenoch Street" not in index.people


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kyiv, the Ukrainian capital, was hit overnight.", "Kyiv"),
        ("Chernihiv, a city of 280,000, was shelled overnight.", "Chernihiv"),
        ("The talks were held in Victoria, the state capital.", "Victoria"),
    ],
)
def test_a_place_with_a_place_apposition_stays_a_place(
    nlp: Language, text: str, place: str
) -> None:
    index = NameIndex(nlp(text), lexicon())
    assert not any(p.is_person and p.name == place for p in index.people.values())


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("White Plains officials said the water was safe.", "White Plains", True),
        ("Goldman Sachs officials said the deal was done.", "Goldman Sachs", False),
        ("Springfield Police Department officials said the road was shut.",
         "Springfield Police Department", False),
    ],
)
def test_a_city_tagged_as_a_body_is_still_a_place(
    nlp: Language, text: str, name: str, place: bool
) -> None:
    doc = nlp(text)
    index = NameIndex(doc, lexicon())
    found = [p for p in index.people.values() if p.name == name]
    assert found and found[0].place is place
    assert index.named_place(doc[0]) is place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A spokesman for Downing Street said talks were going well. Downing Street said "
         "the talks would go on.", "Downing Street"),
        ("Fishermen said the Moray Firth had been overfished. Moray Firth said nothing.",
         "Moray Firth"),
    ],
)
def test_a_street_or_water_is_never_a_person(nlp: Language, text: str, name: str) -> None:
    index = NameIndex(nlp(text), lexicon())
    assert not any(p.is_person and p.name == name for p in index.people.values())


def test_a_person_whose_surname_is_a_place_noun_stays_a_person(run: Run) -> None:
    text = '"The film is done," Michael Bay told reporters. Bay said it would open in May.'
    assert _speakers(run, text) == ["Michael Bay", "Michael Bay"]


@pytest.mark.parametrize(
    "text",
    [
        "Puerto Rico needs stability, officials in Puerto Rico said. Rico is a short form.",
        "The United States senator Robert Reyes said the bill was dead.",
    ],
)
def test_places_and_countries_are_not_made_people(nlp: Language, text: str) -> None:
    index = NameIndex(nlp(text), lexicon())
    names = {p.name for p in index.people.values() if p.is_person}
    assert not names & {"Tropical Storm Humberto", "Puerto Rico", "United States"}
