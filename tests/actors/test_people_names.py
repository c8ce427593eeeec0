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


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a relative or namesake of a table person: another first name is another person
        ("Eric Trump opened a golf course near the coast on Friday.", "Eric Trump"),
        ("The historian Cyrus R. Vance wrote a memoir about his years abroad.", "Cyrus R. Vance"),
    ],
)
def test_another_first_name_is_another_person(nlp: Language, text: str, surface: str) -> None:
    actors = code_actors(nlp(text))
    hits = [a for a in actors if any(m.text == surface for m in a.mentions)]
    assert hits, f"{surface!r} not coded: {[(a.text, a.name) for a in actors]}"
    assert hits[0].name == surface
    assert hits[0].sector is None


@pytest.mark.parametrize(
    "text",
    [
        "Donald J. Trump signed the order on Monday.",
        "Mr. Trump signed the order on Monday.",
    ],
)
def test_own_first_name_or_courtesy_title_keeps_the_person(nlp: Language, text: str) -> None:
    actors = code_actors(nlp(text))
    assert any(a.name == "Donald Trump" and a.country == "USA" for a in actors), [
        (a.text, a.name) for a in actors
    ]


def test_bare_surname_means_the_person_named_in_full(nlp: Language) -> None:
    """News names the well-known person in full, then a relative, then the bare surname: the
    bare surname is still the well-known person, not the relative named last."""
    text = (
        "Donald Trump held a rally in Ohio. His niece Mary Trump published a book in July. "
        "Trump called the book false."
    )
    doc = nlp(text)
    actors = code_actors(doc)
    donald = next(a for a in actors if a.name == "Donald Trump")
    last = text.rindex("Trump called")
    assert any(m.start == last for m in donald.mentions)
    mary = next(a for a in actors if a.name == "Mary Trump")
    assert mary.sector is None


def test_bare_surname_shared_without_the_full_name_is_not_guessed(nlp: Language) -> None:
    """Only a relative is named in full: a bare 'Trump' may be either, so no office is given."""
    text = "Trump spoke to reporters. Later, Mary Trump said the family was divided."
    actors = code_actors(nlp(text))
    assert not any(a.name == "Donald Trump" for a in actors), [(a.text, a.name) for a in actors]


def test_surname_the_tagger_takes_for_a_verb(nlp: Language) -> None:
    """'Trump lauded Cain': the parser reads 'Trump' as a verb inside an ORG span; a table
    name followed by a past verb is the subject, so the person is still coded."""
    actors = code_actors(nlp('Trump lauded Cain as a "powerful voice of freedom."'))
    assert any(a.name == "Donald Trump" for a in actors), [(a.text, a.name) for a in actors]


def test_middle_initial_keeps_a_two_word_table_name(nlp: Language) -> None:
    """'John R. Bolton' is the table's John Bolton; a longer table name is not widened:
    'George H. W. Bush' is not the table's George W. Bush."""
    actors = code_actors(nlp("John R. Bolton said the talks had failed."))
    assert any(a.name == "John Bolton" and a.country == "USA" for a in actors)
    actors = code_actors(nlp("George H. W. Bush said the talks had failed."))
    assert not any(a.name == "George W. Bush" for a in actors)


def test_a_listed_relative_does_not_take_the_bare_surname(nlp: Language) -> None:
    """Both are in the people table, but 'Biden' alone names Joe Biden, even after his son."""
    text = "Joe Biden spoke in Ohio. Hunter Biden did not attend. Biden promised new jobs."
    actors = code_actors(nlp(text))
    joe = next(a for a in actors if a.name == "Joe Biden")
    assert any(m.start == text.rindex("Biden promised") for m in joe.mentions)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Joseph R. Biden Jr. said the talks had failed.", "Joe Biden", "USA"),
        ("Ferdinand Marcos Jr. said the talks had failed.", "Ferdinand Marcos Jr", "PHL"),
    ],
)
def test_a_generational_suffix_keeps_the_table_person(
    nlp: Language, text: str, name: str, country: str
) -> None:
    """'Jr.' closes the name without being the surname: the person is the table's."""
    actors = code_actors(nlp(text))
    assert any(a.name == name and a.country == country for a in actors), [
        (a.text, a.name, a.country) for a in actors
    ]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Jonas Weber was sworn in as Prime Minister of Austria on Monday.", "Jonas Weber", "AUT"),
        (
            "Amara Diallo, who was elected president of Senegal, criticised Mali.",
            "Amara Diallo",
            "SEN",
        ),
    ],
)
def test_an_office_the_persons_own_verb_names_gives_its_country(
    nlp: Language, text: str, surface: str, country: str
) -> None:
    """'X was sworn in as Prime Minister of Austria': the office and its country are X's."""
    actors = code_actors(nlp(text))
    assert any(a.text == surface and a.country == country for a in actors), [
        (a.text, a.country) for a in actors
    ]


def test_an_ambassador_to_a_country_is_not_of_it(nlp: Language) -> None:
    """The office's country must be its own ('of X', 'X's'), not where it is held."""
    text = "Jonas Weber served as ambassador to France and later to Spain."
    actors = code_actors(nlp(text))
    assert not any(a.text == "Jonas Weber" and a.country for a in actors), [
        (a.text, a.country) for a in actors
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg, a senior adviser to Emmanuel Macron, criticised Iran.",
        "Anna Berg, Emmanuel Macron's senior adviser, criticised Iran.",
    ],
)
def test_an_aide_takes_the_country_of_the_person_served(nlp: Language, text: str) -> None:
    """The person named inside an apposition keeps their own actor, and an aide, adviser or
    spokesman of a known office holder is of that office holder's country."""
    actors = code_actors(nlp(text))
    assert any(a.name == "Emmanuel Macron" and a.mentions for a in actors)
    assert any(a.text == "Anna Berg" and a.country == "FRA" for a in actors), [
        (a.text, a.country) for a in actors
    ]


def test_an_outlet_named_like_a_table_person_is_the_outlet(nlp: Language) -> None:
    """'Bloomberg reported' is the news outlet; after 'Michael Bloomberg' the surname is him."""
    actors = code_actors(nlp("Bloomberg reported that the talks had failed."))
    assert not any(a.name == "Michael Bloomberg" for a in actors)
    assert any(a.sector == "JRN" for a in actors)
    text = "Michael Bloomberg spoke in Ohio. Bloomberg criticised the plan."
    person = next(a for a in code_actors(nlp(text)) if a.name == "Michael Bloomberg")
    assert len(person.mentions) == 2
