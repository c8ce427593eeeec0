"""Speaker rules of session 11: forms that recur in business copy, election coverage,
tabloids and reports that quote ordinary people (an author named on the data an
'according to' cites, an unnamed passer-by who keeps the pronoun after them).

Sentences written for Communique.
"""

from __future__ import annotations

import pytest

from .helpers import Run, speaker_of

CASES = [
    # the data's compiler speaks: initials the tagger took for a person, or left untagged
    (
        "Traders now see a cut in March as likely, according to data compiled by LSEG.",
        "cut in March as likely",
        "LSEG",
    ),
    # a body noun qualified by a proper name of its own, named nowhere before
    (
        "At least 60 homes have burned, according to figures from the Cusco regional "
        "government.",
        "60 homes have burned",
        "Cusco regional government",
    ),
    # ... but a bare 'the government' with no name stays unknown
    (
        "At least 60 homes have burned, according to figures from the government.",
        "60 homes have burned",
        None,
    ),
    # an unnamed passer-by keeps the 'he' after him: not the minister named before
    (
        "The minister, Dario Bellini, said the line would open in May. \"We are on "
        "schedule,\" he said.\n\nA tea seller near the station told the paper he was "
        "\"hopeful but tired of the dust\".\n\n\"They have dug up this road three times,\" "
        "he laughed.",
        "dug up this road",
        None,
    ),
    # a witness who would not give a name: the pronoun after them is no named person
    (
        "Fire chief Rosa Mendel said crews had contained the blaze. \"It was close,\" she "
        "said.\n\nHer neighbour, a nurse who did not want to give her name, said she had "
        "packed the car. \"We waited for hours and nobody came,\" she said.",
        "nobody came",
        None,
    ),
    # 'the Treasurer' tagged a person alone is the office, held by the Treasurer named before
    (
        "The bank's cuts drew a rebuke from Treasurer Alan Birch.\n\n\"People are entitled "
        "to ask questions,\" the Treasurer says.",
        "entitled to ask",
        "Alan Birch",
    ),
    # titles the tagger kept inside a body it made of the name
    (
        "\"Workers did not start this dispute,\" said the Honourable Marie-Claude Tremblay, "
        "Minister of Industry.",
        "did not start this dispute",
        "Marie-Claude Tremblay",
    ),
    (
        "At the weekly briefing, spokesperson Rear Adm. Okan Demirel said the fleet was ready.",
        "fleet was ready",
        "Okan Demirel",
    ),
    # a party label before a name is no given name
    (
        "The Liberal held the seat ahead of Conservative Michael Dinatale.\n\nDinatale "
        "conceded. He told reporters turnout had hurt his party.",
        "turnout had hurt",
        "Michael Dinatale",
    ),
    # the pronoun of a 'what' clause is the subject of the verb it is the object of
    (
        "The Chinese coast guard fired water cannon at a supply boat on Sunday.\n\nThe US "
        "embassy in Manila condemned what it called the \"reckless and unlawful\" attack.",
        "reckless and unlawful",
        "US embassy in Manila",
    ),
    # an agency quoting unnamed sources is the speaker on record
    (
        "WAFA quoted medical sources at the hospital as saying that three of the injured "
        "were in a critical condition.",
        "three of the injured",
        "WAFA",
    ),
    # a preposition the tagger took into a body's name before a place
    (
        "Speaking at a session of the ECOWAS Council of Ministers in Abuja, delegates were "
        "cautious.\n\nIn a communique, the council said it would meet again in March.",
        "meet again in March",
        "ECOWAS Council of Ministers",
    ),
    # Irish names: the elided particle and the letters after the name ('TD')
    (
        "Minister of State for Public Health and Wellbeing, Niamh Kelleher O\u2019Connor TD, "
        "said: \u201cThe vaccine is free.\u201d\n\nShe said clinics would open on Saturday.",
        "clinics would open",
        "Niamh Kelleher O\u2019Connor",
    ),
    # a heading before the paragraph left the office as the root of a verbless parse, the
    # holder's name hung on the body
    (
        "The talks collapsed on Friday.\n\nAU offers talks\n\nThe chairperson of the "
        "African Union Commission, Mahmoud Ali Youssouf, called on both countries to "
        "\u201cexercise restraint\u201d and said the AU was ready to host talks.",
        "AU was ready",
        "Mahmoud Ali Youssouf",
    ),
    # an indefinite office holder ('One Premier League chairman') is someone new
    (
        "Club owners reacted angrily to the ruling by regulator chief Nia Forde. One "
        "Championship chairman told reporters the rules were \"unworkable\".\n\n\"We never "
        "asked for this,\" he said.",
        "never asked for this",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES)
def test_session_eleven_forms(run: Run, text: str, words: str, speaker: str | None) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker


def test_a_percent_sign_ends_the_reported_clause(run: Run) -> None:
    # the sign was trimmed off as punctuation: 'rose to 5.2' is not what was reported
    quotes, _ = run("Unemployment rose to 5.2%, according to the statistics office.")
    assert [q.text for q in quotes] == ["Unemployment rose to 5.2%"]
