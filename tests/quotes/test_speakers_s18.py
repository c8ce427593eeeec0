"""Speaker rules of session 18: a person named in a question put to the speaker ('Asked
whether Putin would attend, he replied') is no antecedent; a role with a hyphen and a
preposition inside it ('Ambassador-at-Large of the ... Ministry X'); a ministry told from
its namesakes by the country after it; a feature that opens on 'she says' and names her
only below, with a byline line of its own above; a person-only modifier ('the former
prosecutor') never finds a body.

Sentences written for Communique.
"""

from __future__ import annotations

import pytest

from .helpers import Run, quote_holding, speaker_of

FORMS = [
    # the person asked about is not the one who answers
    (
        "Kremlin spokesman Dmitry Peskov said the talks would go on. \"Nothing more can be "
        'said now," Peskov told a briefing.\n\nAsked whether Putin would attend the summit '
        'himself, he replied: "There are no such plans."',
        "There are no such plans",
        "Dmitry Peskov",
    ),
    (
        "Prime Minister Anthony Albanese met business leaders in Shenzhen.\n\nAsked whether "
        "he would invite Xi Jinping to visit next year, the Prime Minister said the "
        'invitation "has always been open".\n\n"I said so again today," he said.',
        "I said so again today",
        "Anthony Albanese",
    ),
    # a hyphenated role with a preposition inside it, then the holder's name
    (
        "Kazakhstan expects the five states to sign a deal by 2027, Ambassador-at-Large of "
        "the Kazakh Foreign Ministry Daniyar Sarsenbayev said in an interview.\n\n"
        '"The sea is shrinking before our eyes," the diplomat said.',
        "shrinking before our eyes",
        "Daniyar Sarsenbayev",
    ),
    # a ministry named by its remit keeps the country after it
    (
        "The Ministry of Foreign Affairs of Turkmenistan said in a statement that Ashgabat "
        "backed the plan.",
        "Ashgabat backed the plan",
        "Ministry of Foreign Affairs of Turkmenistan",
    ),
    # a feature names the woman it opens on only after her first words; the byline above
    # is its writer, no antecedent
    (
        "Portrait\n\nMathieu Dufour, Geneva\n\nShe arrives early and takes the table "
        'furthest from the window. "In my job, the photograph is the end of the story," '
        "she says.\n\nHer name is Claire Antille. A former ambassador, she has led a small "
        "unit of the foreign ministry since 2024.",
        "the photograph is the end of the story",
        "Claire Antille",
    ),
    # a formal title re-names no one the article gave another office ('President Xi')
    (
        "Live\n\nAnthony Albanese has arrived at the summit venue in Shenzhen.\n\n7:31pm\n\n"
        "Albanese on a visit by President Xi\n\nThe Prime Minister said the invitation "
        '"has always been open".',
        "has always been open",
        "Anthony Albanese",
    ),
    # 'the Russian envoy' is Russia's ambassador, not its president named without a title
    (
        "Vladimir Putin's spokesman attacked Britain on Tuesday.\n\nRussia's ambassador, "
        "Andrei Kelin, was summoned to the Foreign Office.\n\n\"I was told nothing new,\" "
        "the Russian envoy said.",
        "I was told nothing new",
        "Andrei Kelin",
    ),
    # a run of capitals through a body's name: the person is the two words after it
    (
        "Ambassador-at-Large of the Kazakh Foreign Ministry Daniyar Sarsenbayev spoke to "
        "reporters.\n\nSarsenbayev said the talks would resume in March.",
        "the talks would resume in March",
        "Daniyar Sarsenbayev",
    ),
    # a thing 'better known as the Middle Corridor' is no 'he'
    (
        'Diplomat Daniyar Sarsenbayev said the route "was working".\n\nThe talk turned to '
        "the trans-Caspian route, better known as the Middle Corridor, where cargo has "
        'grown.\n\n"Nobody asks that question now," he said.',
        "Nobody asks that question now",
        "Daniyar Sarsenbayev",
    ),
    # a rank is no other office ('Gen.' holds a post), nor is a prince's title
    (
        "Gen. Jennie Carignan does not seem to mind the mud.\n\n\"Mud is a great teacher,\" "
        "Canada's Chief of the Defence Staff says.",
        "Mud is a great teacher",
        "Jennie Carignan",
    ),
    (
        "His Highness Prince Faisal bin Farhan said the kingdom valued the partnership.\n\n"
        "According to the Saudi Press Agency, the Saudi Foreign Minister also stressed that "
        "security could only come through a political settlement.",
        "security could only come through a political settlement",
        "Faisal bin Farhan",
    ),
    # an acronym set off by 'the ...' is a body in apposition, no dateline; 'the mission'
    # points back to it
    (
        "The truce held on Monday.\n\nUNIFIL, the UN peacekeeping mission in southern "
        "Lebanon, said a shell landed near one of its positions.\n\n\"We remind all sides "
        'of their obligations," the mission said.',
        "We remind all sides of their obligations",
        "UNIFIL",
    ),
    # a describing adjective before a kind noun: the body named just before
    (
        "Doctors said the toll was rising.\n\nThe Sudan Doctors Network said at least 40 "
        "people had been killed.\n\nThe medical group, which tracks casualties, said in a "
        "statement that most of the victims were women.",
        "most of the victims were women",
        "Sudan Doctors Network",
    ),
    # a body named with a country after a common noun, opening its sentence
    (
        "Bills will rise in January.\n\nEnergy UK, which represents suppliers, warned that "
        "customer debt had hit a record.",
        "customer debt had hit a record",
        "Energy UK",
    ),
    # one who declined to give one thing still speaks next
    (
        "Reserve Bank governor Lesetja Kganyago said inflation was back in the target "
        "range.\n\nTrade Minister Parks Tau said talks with Washington were advanced.\n\n"
        "Asked whether the MPC would cut in January, Kganyago declined to give guidance. "
        '"We are data dependent, not date dependent," he said.',
        "We are data dependent",
        "Lesetja Kganyago",
    ),
    # a capital 'He' inside a sentence is a family name the article gives
    (
        "Commerce ministry spokeswoman He Yongqian told a briefing in Beijing that exports "
        'would resume.\n\n"The two matters are not connected," said He, when asked about '
        "the car talks.",
        "The two matters are not connected",
        "He Yongqian",
    ),
    # a remit joined by 'and' before the holder's name is no part of it
    (
        "The deal was signed by Minister of Energy and Natural Resources Alparslan "
        "Bayraktar and the chairman of the state gas company.\n\nSpeaking at the ceremony, "
        'Minister Bayraktar said: "Today we are turning an idea into a commitment."',
        "Today we are turning an idea into a commitment",
        "Alparslan Bayraktar",
    ),
    # a formal title as a main subject puts its holder in focus for the pronoun after
    (
        "Foreign Secretary Yvette Cooper confirmed the loan on Tuesday.\n\nRussian Foreign "
        "Ministry spokeswoman Maria Zakharova said London had crossed a line. She said the "
        "decision would be discussed with partners.\n\nBut the Foreign Secretary was "
        'unmoved. Speaking in the Commons, she said: "Russia started this war."',
        "Russia started this war",
        "Yvette Cooper",
    ),
    # ... but not one named right there in apposition, nor someone named later
    (
        "The Minister of Budget and Economic Planning, Sen. Atiku Bagudu, disclosed this "
        "after the council meeting.\n\nBagudu said the council approved the framework.\n\n"
        '"We are not going to inflate revenue projections," the minister said.\n\nAlso '
        "briefing, the Minister of Finance, Mr Wale Edun, said the economy grew.",
        "We are not going to inflate revenue projections",
        "Atiku Bagudu",
    ),
    # a person-only modifier: the office named after the holder is no speaker
    (
        "Margaret Ellery spent eleven years as a trial lawyer in the Office of the "
        "Prosecutor at the court.\n\n\"The point is to make the next person think twice,\" "
        "the former prosecutor says.",
        "make the next person think twice",
        "Margaret Ellery",
    ),
    # a long description set off after the name puts the cue beyond the usual window
    (
        "UNITED NATIONS, Nov 12 (Reuters) - The United Nations' top relief official on "
        "Thursday urged the Security Council to back a shaky ceasefire in Yemen, warning "
        'that food trucks were still being stopped "at every checkpoint."\n\n"There is a '
        'pause on paper. There is no pause on the road," Tom Fletcher, the U.N. '
        "under-secretary-general for humanitarian affairs, told the 15-member council.",
        "no pause on the road",
        "Tom Fletcher",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), FORMS)
def test_session_eighteen_forms(run: Run, text: str, words: str, speaker: str | None) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker


def test_a_pronoun_after_an_unnamed_speaker_is_no_one_named_later(run: Run) -> None:
    """'"...," the Foreign Office spokesperson said.\\n\\nHe said ...' stays unnamed: the
    opening of a feature may name its subject later, a report's unnamed source is not a man
    named further down."""
    text = (
        "Nadia Rehman\n\nISLAMABAD: Pakistan summoned the Afghan envoy on Monday to protest "
        "against firing from across the border near Chaman.\n\n"
        '"Our patience should not be mistaken for weakness," the Foreign Office '
        "spokesperson said at the weekly briefing.\n\nHe said Islamabad had shared evidence "
        "with Kabul.\n\nIn Kabul, Taliban spokesman Zabihullah Mujahid said the claims were "
        "baseless."
    )
    quotes, _ = run(text)
    assert quote_holding(quotes, "shared evidence with Kabul").speaker is None
    assert speaker_of(quotes, "the claims were baseless") == "Zabihullah Mujahid"
