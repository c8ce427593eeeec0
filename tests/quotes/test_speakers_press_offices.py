"""Offices as government press releases and national papers write them: abbreviated titles
with a stop ('Hon.', 'Usec.', 'Cpl.'), honours after a name ('EGH', 'CBS'), an office before a
comma and an honorific ('the Cabinet Secretary for Health, Hon. Jane Roe'), remits listed
before a title ('Trade, Industry and Competition Minister ...') and bodies whose remits run
over an 'and' the tagger cut.

Sentences written for Communique in the shapes of Kenyan, Philippine, Indian and South
African government copy.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .helpers import Run, speaker_of

CASES = [
    # an abbreviated title ends no sentence, and honours after the name are no role: 'the
    # Cabinet Secretary' finds the holder named with both
    (
        "Launching the campaign at Mbagathi Primary School in Nairobi, the Cabinet Secretary "
        "for Health, Hon. Aden Duale, EGH, said the drive would close immunity gaps.\n\n"
        '"No mother should travel for a day to give birth," said the Cabinet Secretary.',
        "travel for a day",
        "Aden Duale",
    ),
    # 'Undersecretary' is a title, not a first name
    (
        "DPWH Undersecretary Carlo M. Reyes, who heads the Project Monitoring Task Force, "
        "explained that every flood control project will carry a QR code.\n\n"
        '"We will publish every report," Reyes said.',
        "publish every report",
        "Carlo M. Reyes",
    ),
    # 'the PS' after 'The Principal Secretary ..., Ms. Mary Wanjiku Kamau, CBS,'
    (
        "The Principal Secretary for Public Health and Professional Standards, Ms. Mary "
        "Wanjiku Kamau, CBS, said the Ministry had distributed 6.1 million doses.\n\n"
        '"We have trained over 18,000 health workers," said the PS.',
        "18,000 health workers",
        "Mary Wanjiku Kamau",
    ),
    # the office before an honorific, with 'of the' inside it, names the holder
    (
        "The talks were co-chaired by the Cabinet Secretary for Trade, Hon. Lee Kinyanjui, and "
        "the Minister of Foreign Affairs of the Federal Democratic Republic of Ethiopia, H.E. "
        "Dr. Gedion Timothewos.\n\n"
        '"Our goods will reach the port of Lamu faster," the Minister said.',
        "port of Lamu",
        "Gedion Timothewos",
    ),
    # remits listed before the title: the minister speaks, not the first remit
    (
        "Farmers say they cannot wait. Trade, Industry and Competition Minister Parks Tau told "
        "the portfolio committee on Tuesday that Pretoria had made a new offer.",
        "made a new offer",
        "Parks Tau",
    ),
    # two subjects in their own right are not a remit list
    ("Kenya and Uganda said the border would reopen.", "border would reopen", "Kenya"),
    # a body's name the tagger ended on 'and': the remit after it belongs to the name
    (
        "In a statement, the Ministry of Foreign Affairs and International Cooperation said "
        "the embassy would stay open.",
        "embassy would stay open",
        "Ministry of Foreign Affairs and International Cooperation",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES)
def test_press_release_offices(run: Run, text: str, words: str, speaker: str | None) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker


def test_office_matches_on_all_its_modifiers(run: Run) -> None:
    # 'External Affairs Minister': 'External' hangs on 'Affairs', and it is what tells the
    # host from the visiting Minister for Foreign Affairs named after him
    text = (
        "External Affairs Minister Dr. S. Jaishankar hosted the Minister for Foreign Affairs "
        "of Peru, H.E. Mr. Luis Caldera, in New Delhi today.\n\n"
        "In his opening remarks, External Affairs Minister said the partnership had gained "
        "new depth."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "gained new depth") == "S. Jaishankar"


@pytest.mark.parametrize("title", ["Hon.", "Amb.", "Atty.", "Supt.", "Engr.", "Cpl."])
def test_abbreviated_title_is_one_token_in_one_sentence(nlp: Language, title: str) -> None:
    doc = nlp(f"The report was presented by {title} Ruth Otieno on Monday.")
    assert title in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def test_courtesy_title_is_no_role_that_hides_the_office(run: Run) -> None:
    # the first mention the tagger calls a person is 'Mr. Jaiswal': 'Mr.' is no role, so
    # 'the spokesperson' still finds the spokesperson named in the lede, not the secretary
    # quoted just before
    text = (
        "Addressing the weekly media briefing, MEA spokesperson Randhir Jaiswal said "
        "negotiating teams had held \"intensive discussions\" in Washington.\n\n"
        "\"We want a deal that is balanced,\" Mr. Jaiswal said.\n\n"
        "Another reporter pointed to comments by U.S. Commerce Secretary Howard Lutnick, who "
        "told a television channel that India had \"moved a long way\" on market access. "
        "Asked if that was accurate, the spokesperson said he had seen the remarks."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "seen the remarks") == "Randhir Jaiswal"


def test_initials_of_an_office_keep_the_mention_country(run: Run) -> None:
    # a live-blog heading 'Palestinian PM:' is the Palestinian prime minister named below,
    # not Qatar's prime minister named above (whose role, once 'Sheikh' was no longer taken
    # for it, spells 'PM' too)
    text = (
        "12:40 \u2014 Qatar pledges $1.5bn\n\n"
        "Qatar's Prime Minister and Foreign Minister, Sheikh Mohammed bin Abdulrahman Al "
        "Thani, pledged $1.5 billion.\n\n"
        "\"Qatar has never asked for anything in return,\" he said.\n\n"
        "12:14 \u2014 Palestinian PM: 'We are ready to govern'\n\n"
        "Palestinian Prime Minister Mohammad Mustafa presented the reconstruction plan.\n\n"
        "\"We are ready to govern Gaza,\" Mustafa told the delegates."
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes if q.text == "We are ready to govern"] == [
        "Mohammad Mustafa"
    ]
