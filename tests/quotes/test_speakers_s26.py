"""Speakers of session 26: profiles, ministries and statements from the Pacific, North
Africa and the Gulf, read after round 57's files K and L arrived.

An unnamed source whose own sentence calls them 'he' is no antecedent of the 'she says' after
them, and a 'she' inside a description's clause ('a lawyer who lost before a tribunal she
chaired') tells nothing of the lawyer's gender; 'Minister of Foreign Affairs and Trade X' holds
the whole office, not 'Trade'; 'according to Benzaki' names a person, not a place; 'the Centre
for Volcanology and Geological Hazard Mitigation', tagged as two bodies split at 'and', is one,
as is "the Izmir Governor's Office" left untagged; in '... and said [clause], according to a
statement carried by Xinhua' the second verb's subject speaks; and 'its petroleum minister
said' is the person the next paragraph names, while 'the presiding judge' is not the court
spokesman named before. Sentences written for Communique; every name is invented.
"""

from __future__ import annotations

from .helpers import Run
from .helpers import speaker_of as _speaker_of


def test_an_unnamed_he_is_no_antecedent_of_she(run: Run) -> None:
    quotes, _ = run(
        "Mereani Tabua has spent a decade on the file. Not everyone is a fan. A senior "
        "official from one island government, who asked not to be named because he was not "
        "authorised to speak, said Tabua sometimes moved \u201cfaster than the capitals\u201d."
        "\n\nTabua shrugs at that. \u201cIf I waited for every capital, we would be under "
        "water,\u201d she says."
    )
    assert _speaker_of(quotes, "If I waited") == "Mereani Tabua"


def test_a_named_person_apposed_to_a_description_keeps_the_pronoun(run: Run) -> None:
    quotes, _ = run(
        "At a diner in Yuma, Dolores Quint, 71, a retired nurse who said she voted for both "
        "parties over the years, said the count had gone smoothly.\n\n"
        "\u201cI checked online that my ballot was counted,\u201d she said."
    )
    assert _speaker_of(quotes, "I checked online") == "Dolores Quint"


def test_a_remit_joined_by_and_is_one_office(run: Run) -> None:
    _, speakers = run(
        "Minister of Foreign Affairs and Trade Hinemoa Tauroa said the talks would continue "
        "in March."
    )
    roles = {s.name: s.role for s in speakers}
    assert roles.get("Hinemoa Tauroa") == "Minister of Foreign Affairs and Trade"


def test_the_minister_is_the_holder_named_by_according_to(run: Run) -> None:
    quotes, _ = run(
        "The agreement was signed in Rabat in the presence of Minister of Energy Transition "
        "and Sustainable Development Leila Benzaki. It is among the first under the "
        "framework.\n\n"
        "Salwa Benkiran, Director of Project Development at the agency, said: \u00abThis "
        "agreement shows that the framework is delivering.\u00bb\n\n"
        "Benkiran said the agency would complete studies for a new connection by mid-2027."
        "\n\nSpeaking at the ceremony, the minister described the project as \u00aba "
        "concrete sign of investor confidence\u00bb. According to Benzaki, the kingdom has "
        "received more than 40 expressions of interest."
    )
    assert _speaker_of(quotes, "concrete sign") == "Leila Benzaki"


def test_a_body_split_at_and_by_the_tagger_is_one(run: Run) -> None:
    quotes, _ = run(
        "The Centre for Volcanology and Geological Hazard Mitigation said further eruptions "
        "were possible at any time."
    )
    assert _speaker_of(quotes, "further eruptions") == (
        "Centre for Volcanology and Geological Hazard Mitigation"
    )


def test_a_second_verb_shares_its_subject_before_according_to(run: Run) -> None:
    quotes, _ = run(
        "The Northern Fleet Command named the drill \u201cIron Tide\u201d and said it was a "
        "\u201cfirm warning\u201d to \u201cseparatist forces\u201d, according to a statement "
        "carried by Xinhua news agency."
    )
    assert _speaker_of(quotes, "firm warning") == "Northern Fleet Command"


def test_a_possessive_office_is_the_person_the_next_paragraph_names(run: Run) -> None:
    quotes, _ = run(
        "Laila Mansour in Cairo\n\n"
        "Petroleum minister promises no power cuts this winter, but analysts warn the "
        "emergency cargoes will strain a fragile budget\n\n"
        "Egypt has signed contracts for up to 40 cargoes of gas for the winter, its "
        "petroleum minister said on Monday, as output from its offshore fields keeps falling."
        "\n\nSpeaking at a briefing in Cairo, Hatem Soliman said the cargoes would be shipped "
        "to two floating terminals."
    )
    assert _speaker_of(quotes, "40 cargoes") == "Hatem Soliman"


def test_a_pronoun_in_a_description_clause_is_not_the_named_persons(run: Run) -> None:
    quotes, _ = run(
        "Nour Al-Saadi has chaired the centre since 2022. She is blunt, and says so.\n\n"
        "A former opposing counsel is less diplomatic. Tariq Bazhair, a construction lawyer "
        "who lost a case before a tribunal she chaired in 2024, calls her \u2018the most "
        "irritating arbitrator in the Gulf\u2019.\n\n"
        "\u2018She asked my expert a question on day one that I had not thought of,\u2019 he "
        "says. \u2018We lost.\u2019"
    )
    assert _speaker_of(quotes, "my expert") == "Tariq Bazhair"


def test_a_capitalised_office_after_a_possessive_is_a_bodys_name(run: Run) -> None:
    quotes, _ = run(
        "Coast guard teams found the migrants in three life rafts early on Thursday, "
        "according to a statement from the Izmir Governor's Office. The statement said two "
        "of them had been treated in hospital for hypothermia."
    )
    assert _speaker_of(quotes, "found the migrants") == "Izmir Governor's Office"
    assert _speaker_of(quotes, "hypothermia") == "Izmir Governor's Office"


def test_the_judge_is_not_the_court_spokesman_named_before(run: Run) -> None:
    quotes, _ = run(
        "The alleged organiser of the crossing received the heaviest sentence, court "
        "spokesman Karim Zouari told AFP.\n\n"
        "\u201cThe court applied the law in full,\u201d Zouari said.\n\n"
        "Reading out the verdict, the presiding judge said the panel had weighed \u201cthe "
        "gravity of the loss of life\u201d."
    )
    assert _speaker_of(quotes, "the panel had weighed") is None
