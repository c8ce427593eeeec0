"""A later mention links to the person already named: a described surname, a double-barrelled
name the tagger called a body, and a role subject that takes the next pronoun.

Sentences written for Communique in the shapes of wire and broadsheet copy.
"""

from __future__ import annotations

from .helpers import Run, speaker_of


def test_described_surname_is_the_person_named_before(run: Run) -> None:
    # 'Surname, 63, a former X, says': the apposition made a new person of the bare surname
    text = (
        "BEIRUT — Walid Haddad has run the port authority for six years. Sitting in his "
        "office, he is calm.\n\n"
        "Haddad, 58, a former customs officer, says the cranes will be repaired by spring."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "cranes will be repaired") == "Walid Haddad"


def test_double_barrelled_name_after_a_title_is_a_person(run: Run) -> None:
    # the tagger reads 'Mayor Tomas Ward-Pryce' as a body; the hyphen made it four words
    text = (
        "Mayor Tomas Ward-Pryce, speaking on a morning radio show, went further. He said the "
        "council was \"not in the business of closing libraries\" but had no money left.\n\n"
        "\"We are broke, and everyone knows it,\" Ward-Pryce told the station."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "not in the business") == "Tomas Ward-Pryce"
    assert speaker_of(quotes, "We are broke") == "Tomas Ward-Pryce"


def test_role_subject_keeps_the_next_pronoun_from_the_last_name(run: Run) -> None:
    # 'The judge was unpersuaded. The city, she found, ...': the judge, not the mayor named
    # last, and the mayor's gender is not muddled by a 'she' that was never his
    text = (
        "In a long judgment, Judge Amara Osei held that the eviction notices were unlawful.\n\n"
        "Mayor Daniel Brooks, speaking on local radio, disagreed. He said the council had "
        "acted within its powers.\n\n"
        "\"We followed every rule,\" Brooks told the station.\n\n"
        "The judge was unpersuaded by that argument in court. The council, she found, had "
        "served no notice on any of the families.\n\n"
        "\"We will appeal,\" he said."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "served no notice") == "Amara Osei"
    assert speaker_of(quotes, "We will appeal") == "Daniel Brooks"
