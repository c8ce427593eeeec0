"""Speaker rules of session 17: Gulf names with two titles or a capitalised particle ('H.E.
Dr. Saif bin Rashid Al Nuaimi', 'Hamdan Al Ketbi'), courtesy titles of African and Spanish
usage ('Mzee', 'Inkosi', 'Don' before a given name), a title whose hyphen the parse made a
subject ('The Vice-Chairperson ..., Ms X, said'), two surnames joined by a hyphen ('the
Ruto-Samia call') that are no one, a description that names a body only in lower case
("Oman's official news agency" is not 'the official'), a capital-letter dateline the tagger
called a body, a name the tagger knows as a noun set in apposition to an office, and an
office with its place and holder hung on 'for' ('US senior adviser for Africa X').

Sentences written for Communique.
"""

from __future__ import annotations

import pytest

from .helpers import Run, quote_holding, speaker_of

FORMS = [
    # two titles before a Gulf name the tagger took for a body; the surname later
    (
        "H.E. Dr. Thani bin Saif Al Nuaimi, Minister of State, said: \"The corridor will "
        'carry cargo next year."\n\nDr. Al Nuaimi said the two ports would share customs '
        "data.",
        "share customs data",
        "Thani bin Saif Al Nuaimi",
    ),
    # four untagged words with a capitalised particle are one name
    (
        "The forum closed on Thursday.\n\nClosing remarks\n\nH.E. Hamdan Saeed Al Ketbi, "
        "Assistant Under-Secretary for Trade Promotion, said the two sides had agreed on a "
        "timetable for the next round.",
        "agreed on a timetable",
        "Hamdan Saeed Al Ketbi",
    ),
    # a given name the tagger read as a verb, before a capitalised particle
    (
        "The council met in Dubai.\n\nRashed Al Suwaidi, Co-Chair of the Joint Business "
        'Council, said investors were "ready to move".',
        "ready to move",
        "Rashed Al Suwaidi",
    ),
    # 'Mzee' and 'Inkosi' are courtesy titles, not given names
    (
        "Elders led by Mzee Joseph Kamau Njoroge, the chairman of the council of elders, "
        'called for calm.\n\n"The land belongs to our children," Mzee Njoroge said.',
        "belongs to our children",
        "Joseph Kamau Njoroge",
    ),
    (
        "Inkosi Bhekani Zulu, who chairs the committee of traditional leaders, said the "
        "councils would host voter education sessions.",
        "host voter education sessions",
        "Bhekani Zulu",
    ),
    # the Spanish 'Don' before a known given name is a courtesy title ...
    (
        '"Nobody comes here to look at the dry canals," said Don Ramiro Ochoa Fuentes, a '
        "64-year-old walnut grower.",
        "look at the dry canals",
        "Ramiro Ochoa Fuentes",
    ),
    # ... and after it the age description goes on with him
    (
        '"Nobody comes here to look at the dry canals," said Don Ramiro Ochoa Fuentes, a '
        "64-year-old walnut grower.\n\nThe 64-year-old said the blockade would continue.",
        "blockade would continue",
        "Ramiro Ochoa Fuentes",
    ),
    # a title's hyphen parsed as a subject: the holder set off after the office speaks
    (
        "The Vice-Chairperson of the Authority, Ms Thandi Love, said the Authority was "
        "'deeply concerned' by reports of threats.\n\n'No one should risk their life for a "
        "council seat,' she said.",
        "risk their life",
        "Thandi Love",
    ),
    # two surnames joined by a hyphen in a headline are a pair, not a person
    (
        "Australia, New Zealand to align visa rules after Albanese-Luxon phone call\n\n"
        "CANBERRA - Australia and New Zealand will align the rules after Prime Minister "
        "Anthony Albanese and New Zealand Prime Minister Christopher Luxon spoke by "
        'telephone on Nov 12.\n\nIn a post on X after the call, Mr Luxon said he and Mr '
        'Albanese had reviewed "the steady progress" in the partnership.',
        "reviewed",
        "Christopher Luxon",
    ),
    # a capital-letter dateline tagged a body: the spokesman after the dash speaks
    (
        "BUJUMBURA, Nov 4, 2026 (AFP) - Burundi's government spokesman Jérôme Niyonzima on "
        'Wednesday accused the rebels of "deliberately wrecking" the Doha talks.',
        "deliberately wrecking",
        "Jérôme Niyonzima",
    ),
    # a name the tagger knows as a noun, set in apposition to an office
    (
        "The incumbent mayor, the ANC's Dada Khumalo, says the city has 'turned the corner' "
        "on revenue.\n\n'We live here,' Khumalo told the paper.",
        "turned the corner",
        "Dada Khumalo",
    ),
    # an office with its place and holder hung on 'for', the place tagged a person
    (
        "US senior adviser for Africa Peter Pham, who flew in for the opening session, told "
        'reporters Washington was "cautiously encouraged" by the first day.',
        "cautiously encouraged",
        "Peter Pham",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), FORMS)
def test_session_seventeen_forms(run: Run, text: str, words: str, speaker: str | None) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker


def test_a_lower_case_description_in_a_body_name_is_no_office(run: Run) -> None:
    quotes, _ = run(
        "Oman's official news agency ONA quoted Badr Albusaidi as saying in a meeting with "
        'Ajit Doval that the two states shared "a common interest in a stable Gulf".\n\nA '
        "senior Indian official, speaking on condition of anonymity, said New Delhi wanted "
        'no sanctions.\n\n"Nobody wants a repeat of 2019," the official said.'
    )
    assert speaker_of(quotes, "Nobody wants a repeat") is None


def test_a_hyphenated_title_is_one_role(run: Run) -> None:
    quotes, _ = run(
        "Amira Haddad, Vice-President of the Chamber of Commerce, said exporters were "
        "waiting for the new rules."
    )
    assert quote_holding(quotes, "exporters were waiting").speaker_role == (
        "Vice-President of the Chamber of Commerce"
    )


def test_don_before_a_surname_is_a_given_name(run: Run) -> None:
    quotes, _ = run("Don Pettigrew said the show would return in the spring.")
    assert speaker_of(quotes, "show would return") == "Don Pettigrew"


def test_a_lone_given_name_keeps_its_courtesy_title(run: Run) -> None:
    quotes, _ = run(
        "A fruit seller who gave her name only as Doña Lucía said she had queued for "
        "three hours."
    )
    assert speaker_of(quotes, "queued for three hours") == "Doña Lucía"


def test_an_initialled_name_runs_on_over_a_surname_tagged_a_place(run: Run) -> None:
    quotes, _ = run(
        '"Every summit produces a working group," said R. Srinivasa Raghunathan, a former '
        "ambassador.\n\nHe said India's best chance lay in pharmaceuticals."
    )
    found = quote_holding(quotes, "working group")
    assert (found.speaker, found.speaker_mention) == (
        "R. Srinivasa Raghunathan", "R. Srinivasa Raghunathan"
    )


def test_an_indefinite_description_after_the_lede_is_not_a_holder_named_later(
    run: Run,
) -> None:
    quotes, _ = run(
        "Fighting resumed around El Fasher on Sunday, the army said.\n\nThe army said "
        "the convoy had been attacked on Sunday morning near the town of El Obeid in North "
        "Kordofan.\n\nAn adviser to RSF commander Mohamed Hamdan Dagalo, speaking to Al "
        "Jazeera, said the group would agree to a truce if the army did the same.\n\nLater "
        "in the day, US senior adviser for Africa Massad Boulos welcomed the announcement "
        'on X, writing that "the people of Sudan have waited too long".'
    )
    assert speaker_of(quotes, "agree to a truce") is None
    assert speaker_of(quotes, "waited too long") == "Massad Boulos"


RELAYED = [
    # an agency quoting an unnamed source is the one on record, though its name was parsed
    # as an adverb after 'state news agency'
    (
        "Chad's state news agency ATPE quoted an unnamed foreign ministry official as saying "
        'the government "welcomes any effort that respects its sovereignty".',
        "welcomes any effort",
        "ATPE",
    ),
    # an agency opening its paragraph before a comma is no date line
    (
        "Moscow has promised a response.\n\nTASS, citing an unnamed diplomatic source, "
        'reported that a list of countermeasures "has already been drawn up".',
        "list of countermeasures",
        "TASS",
    ),
    # a news site known by its web address relays its anonymous source
    (
        "Fontanka.ru reported its source said the governor would resign before the winter.",
        "governor would resign",
        "Fontanka.ru",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), RELAYED)
def test_the_relay_speaks_for_an_anonymous_source(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker


def test_a_description_owned_by_a_continent_is_no_body_name(run: Run) -> None:
    quotes, _ = run(
        "Africa's top public health agency has warned that the continent faces its worst "
        "measles season in a decade, as officials confirmed new cases."
    )
    assert speaker_of(quotes, "worst measles season") is None


def test_the_noun_before_a_participle_after_with_is_its_subject(run: Run) -> None:
    quotes, _ = run(
        "India and Oman on Tuesday agreed to set up a joint task force on the Duqm port "
        "project, with visiting Omani Foreign Minister Badr Albusaidi insisting that the "
        'port "will not be held hostage" to sanctions.'
    )
    assert speaker_of(quotes, "held hostage") == "Badr Albusaidi"


def test_an_office_with_a_remit_is_not_a_holder_of_another_named_later(run: Run) -> None:
    quotes, _ = run(
        "The border crossing at Torkham stayed shut for a fourth day on Sunday after heavy "
        'overnight exchanges of fire, the army said.\n\n"Pakistan has shown maximum '
        'restraint," the Foreign Office spokesperson said at the weekly briefing.\n\nHe said '
        "Islamabad had shared evidence with the authorities in Kabul.\n\nIn Kabul, Taliban "
        "government spokesman Zabihullah Mujahid accused Pakistani forces of starting the "
        "clashes."
    )
    assert speaker_of(quotes, "maximum restraint") != "Zabihullah Mujahid"
    assert speaker_of(quotes, "shared evidence") != "Zabihullah Mujahid"


def test_an_untagged_body_name_goes_on_after_of(run: Run) -> None:
    quotes, _ = run(
        "Families say they cannot afford to heat their homes.\n\nThe Fraternal Order of "
        "Police, which represents rank-and-file officers, said in a statement that none of "
        "the detectives had been found guilty of misconduct."
    )
    assert speaker_of(quotes, "found guilty") == "Fraternal Order of Police"


# the review's near misses: each rule above must leave these alone
NEAR_MISSES = [
    ("Virginia House Speaker Don Scott said the budget would pass.", "budget would pass",
     "Don Scott"),
    ("Chilean television host Don Francisco said the show would return.", "show would return",
     "Don Francisco"),
    ("A spokesperson for Kenya Moore said the reality star would not return to the show.",
     "would not return", None),
    ("A spokesman for Jordan Bardella said the National Rally leader would not attend.",
     "would not attend", None),
    ("Union Pacific said on Thursday that it would hire 2,000 train crew members.",
     "hire 2,000", "Union Pacific"),
    ("Alliance Boots said it would close 300 pharmacies across the country.",
     "close 300 pharmacies", "Alliance Boots"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NEAR_MISSES)
def test_session_seventeen_near_misses(
    run: Run, text: str, words: str, speaker: str | None
) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker


def test_an_envoy_to_a_country_keeps_the_country_in_the_role(run: Run) -> None:
    quotes, _ = run(
        "US special envoy to Ukraine Keith Kellogg said on Monday that a ceasefire could be "
        "agreed within weeks."
    )
    found = quote_holding(quotes, "ceasefire could be agreed")
    assert (found.speaker, found.speaker_role) == ("Keith Kellogg", "US special envoy to Ukraine")
