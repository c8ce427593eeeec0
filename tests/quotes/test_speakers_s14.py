"""Speaker rules of session 14: page chrome that made people of outlets and places (a
byline's dashes, a photo credit's slash, 'Türkiye', 'told Antara'), a nickname inside a name,
a person's second title, a fronted 'according to' that relays the report after it, and
subjects a misparse hid ('PM Modi posted on X', 'X last night warned Y:', 'Place fisherman
X, 52, who ..., said'), and descriptions that re-name the person in focus ('the 78-year-old
lawyer', "the country's top diplomat", 'the career diplomat').

Sentences written for Communique.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from communique.quotes.cues import lexicon
from communique.quotes.speakers import Cast

from .helpers import Run, speaker_of

FORMS = [
    # the name the parse left hanging before the cue is its subject
    (
        "Prime Minister Narendra Modi landed in Moscow on Monday.\n\n\"Looking forward to "
        "warm talks with my friend President Putin,\" PM Modi posted on X as he reached the "
        "Kremlin.",
        "warm talks",
        "Narendra Modi",
    ),
    # a fronted 'according to' relays the report of the speech verb after it
    (
        "Chinese Foreign Minister Wang Yi met his Nepali counterpart on Monday.\n\nAccording "
        "to a readout issued by the Chinese foreign ministry, Wang said the new road had "
        "passed a rigorous review and would harm no neighbour.",
        "new road had passed",
        "Wang Yi",
    ),
    # a nickname in marks is part of the name, and the given name alone finds it again
    (
        "Foreign ministry spokesman Wilfredo \"Willie\" Santos said the hotline would open "
        "in March.\n\n\"An officer in Palawan can now call his counterpart directly,\" "
        "Wilfredo said.",
        "call his counterpart",
        "Wilfredo \"Willie\" Santos",
    ),
    # a one-word news agency the tagger called a person is no antecedent for 'he'; a name
    # followed by ', who' is a person even alone
    (
        "Fishermen welcomed the deal. Darmanto, who heads the Bintan Fishermen's Union, told "
        "Antara that foreign trawlers still came every week.\n\n\"We will believe it when we "
        "see fewer boats,\" he said.",
        "fewer boats",
        "Darmanto",
    ),
    # the title given at a later mention re-names the person as well as the first one
    (
        "Antalya, 09/11/2026 - COP30 President André Corrêa do Lago speaks at the opening "
        "session. Photo: Joana Lins/Agência Brasil\n\nAmbassador André Corrêa do Lago, the "
        "career diplomat who led the talks in Belém, spoke to reporters in Antalya.\n\n"
        "Environment Minister Marina Silva has said Brazil will court new investors for the "
        "forest fund.\n\n\"The fund pays countries to keep their forests standing,\" says the "
        "ambassador.",
        "keep their forests standing",
        "André Corrêa do Lago",
    ),
    # the pronoun of 'over what it called' is the subject of the verb the phrase hangs on
    (
        "Kenya on Monday lodged a formal protest with the African Union over what it called "
        "Uganda's \"reckless and unilateral\" handling of the lake.",
        "reckless",
        "Kenya",
    ),
    # only the time of the act stands between the name and the cue
    (
        "A Russian spy ship has been spotted off Orkney - and Defence Secretary John Healey "
        "last night warned Vladimir Putin: \"We are tracking every move you make.\"",
        "tracking every move",
        "John Healey",
    ),
    # a place read as a verb hides the subject that a 'who' clause describes
    (
        "The ship was seen again on Monday.\n\nShetland fisherman Rab Isbister, 52, who saw "
        "the ship from his boat last Sunday, said it was lit up \"like a funfair\" all night.",
        "lit up",
        "Rab Isbister",
    ),
]

DESCRIPTIONS = [
    # an age with 'the' re-names the person in focus, whatever the noun after it
    (
        "Opposition leader Ousman Jallow, who served as vice president, told a rally that "
        "the president had broken his pledge.\n\n\"This vote is about who holds power,\" the "
        "78-year-old lawyer said.",
        "who holds power",
        "Ousman Jallow",
    ),
    # 'the country's' owns an office as a country's name does, in a lede before the name
    # is used again
    (
        "MANILA \u2014 Foreign Affairs Secretary Maria Santos does not sound like someone in "
        "a mood to celebrate.\n\nFresh from the summit, the country\u2019s top diplomat says "
        "the real work has only begun.",
        "real work has only begun",
        "Maria Santos",
    ),
    # a career noun does not narrow the office: the career diplomat is the one in focus
    (
        "\u201cA code on paper is not enough,\u201d Foreign Affairs Secretary Maria Santos "
        "says in an interview.\n\nThe career diplomat, who took over the department in "
        "July, says Manila wants a dispute settlement mechanism.",
        "dispute settlement mechanism",
        "Maria Santos",
    ),
    # 'Tuan' after the Malaysian 'YB' is a title, as it is no given name there
    (
        "YB Tuan Anthony Loke Siew Fook said the line was ready.\n\n\"It will change "
        "lives,\" said Mr Loke.",
        "change lives",
        "Anthony Loke Siew Fook",
    ),
]

ROUND_41 = [
    # a known given name opens a person the tagger called a place
    (
        "Ministers faced a rough day.\n\nAt prime minister's questions, Kemi Badenoch "
        "accused Keir Starmer of presiding over \u201cthe longest winter in NHS history\u201d."
        "\n\n\u201cHe promised to fix the NHS,\u201d she told the Commons.",
        "promised to fix",
        "Kemi Badenoch",
    ),
    # the outlet that saw a letter did not write it; several MPs are no body
    (
        "In a letter seen by the Observer, the MPs, led by a former nurse, say the plan "
        "relies on \"wishful thinking\".\n\n\"We have stood on wards where the only free "
        "space is a corridor,\" the letter says.",
        "only free space",
        None,
    ),
    # a body's own name set off after its description is its fullest name
    (
        "Chile\u2019s foreign ministry, the Ministerio de Relaciones Exteriores (Minrel), said "
        "in a statement that the remarks were unacceptable.",
        "remarks were unacceptable",
        "Ministerio de Relaciones Exteriores",
    ),
    # 'the Ministry' is the one body however often the page writes its name
    (
        "MINISTRY OF HEALTH\n\nThe Ministry of Health today launched a vaccination "
        "campaign.\n\nPosts will open daily from 8 a.m., the Ministry said.\n\nFor media "
        "enquiries, contact the Head of Communications, Ministry of Health, Afya House.",
        "Posts will open daily",
        "Ministry of Health",
    ),
    # Malay honorifics before a name of five words with a particle
    (
        "The Honourable Dato\u2019 Seri Utama Haji Mohamad bin Haji Hasan, Minister of "
        "Foreign Affairs of Malaysia, met his counterpart. Dato\u2019 Seri Utama Haji Mohamad "
        "said the two countries shared a commitment to multilateralism.",
        "shared a commitment",
        "Haji Mohamad bin Haji Hasan",
    ),
    # two offices joined by 'and' before one holder are both his
    (
        "Prime Minister Shehbaz Sharif met the delegation. Earlier, Deputy Prime Minister and "
        "Foreign Minister Ishaq Dar received his Azerbaijani counterpart.\n\nAccording to a "
        "press release, the Deputy Prime Minister underscored that the two countries enjoyed "
        "exemplary relations.",
        "enjoyed exemplary relations",
        "Ishaq Dar",
    ),
    # honours after a name are no role: the offices after them are
    (
        "The talks were chaired by Musalia Mudavadi, EGH, Prime Cabinet Secretary and Cabinet "
        "Secretary for Foreign Affairs.\n\nOpening the session, the Prime Cabinet Secretary "
        "said the ceasefire must hold.",
        "ceasefire must hold",
        "Musalia Mudavadi",
    ),
    # a name left untagged after an office and the region it serves
    (
        "Saudi Foreign Minister Prince Faisal bin Farhan and US Senior Adviser for Africa "
        "Massad Boulos spoke to reporters in Jeddah.\n\nBoulos, who met both delegations "
        "this week, said Washington would hold both sides accountable.\n\n\"There is no "
        "military solution,\" he later told Al Arabiya.",
        "no military solution",
        "Massad Boulos",
    ),
    # a press release's office with commas in its remit, before 'Hon.' and the name the
    # parse hung on a stadium
    (
        "Speaking at the launch at Kasarani Stadium, the Cabinet Secretary for Youth Affairs, "
        "Creative Economy and Sports, Hon. Salim Mvurya, said the programme marked a shift."
        "\n\n\"We want it to start in the village,\" said the Cabinet Secretary.",
        "start in the village",
        "Salim Mvurya",
    ),
    # an ombudsman's office is no part of the name
    (
        "Ombudsman Jesus Crispin Remulla told the state-run agency that more charges would be "
        "filed.",
        "more charges",
        "Jesus Crispin Remulla",
    ),
]

LEDES = [
    # a wire lede whose cue the parse conjoined to the clause's verb reports the clause,
    # and its office finds the name of the quotation that opens the next paragraph
    (
        "LAGOS, Nov 12 (Reuters) - Ghana's teachers will begin an indefinite strike on Dec. "
        "1 unless the government reverses a 30% rise in fuel prices, the head of the "
        "Ghana National Association of Teachers said on Thursday, raising the prospect of "
        "closed schools.\n\n\"We have written letters, we have marched. Nobody is "
        "listening,\" GNAT President Isaac Owusu told a news conference in Accra.",
        "indefinite strike",
        "Isaac Owusu",
    ),
]

DOCUMENTS = [
    # an 'according to' phrase set off between a subject and its speech verb relays it
    (
        "Mr. Wang, according to a statement posted on the ministry's website, told his Nepali "
        "counterpart that the two countries should be partners.",
        "should be partners",
        "Wang",
    ),
    # a statement introduced with its issuer is the issuer's
    (
        "Presidential physician Sean Conley issued a statement saying the president had been "
        "given zinc and vitamin D.",
        "given zinc",
        "Sean Conley",
    ),
]

LATE = [
    # the given name left untagged before a nickname and surname tagged a work
    (
        "Foreign Ministry spokesperson Rolliansyah \u201cRoy\u201d Soemirat said the hotline "
        "would open in March.\n\n\u201cAn officer in Natuna can now call his counterpart,"
        "\u201d Rolliansyah said.",
        "call his counterpart",
        "Rolliansyah \u201cRoy\u201d Soemirat",
    ),
    # a quotation split into two sentences hides its opening mark from the cue's sentence
    (
        "Nov 23, 2026 12:30 PM IST\n\nPM Modi arrives at Kremlin\n\n\"Looking forward to "
        "productive talks with my friend President Putin. India-Russia friendship has stood "
        "the test of time,\" PM Modi posted on X as he arrived at the Kremlin.",
        "Looking forward",
        "PM Modi",
    ),
]

CLAUSES = [
    # counsel 'submitted that' in court copy; 'submitted its accounts' reports nothing
    (
        "Solicitor General Tushar Mehta, appearing for the Union government, submitted that "
        "the Centre had released the funds. The firm submitted its accounts on Monday.",
        "Centre had released",
        "Tushar Mehta",
    ),
    # a reported clause whose verb is itself 'report' is no statement of its own
    (
        "In a statement, Rowland said the review would report to the meeting of attorneys "
        "general by the end of 2027.",
        "review would report",
        "Rowland",
    ),
]

REVIEW_GUARDS = [
    # a quoted word after a full name is no nickname
    (
        "Critics called Maria Lopez \"Dangerous\" Tuesday after her speech. Lopez said she "
        "would not apologise.",
        "would not apologise",
        "Maria Lopez",
    ),
    # a quotation after a coordinated term stays a quotation
    (
        "The so-called \"reset\" and \"a new chapter in our relations,\" as the minister put "
        "it, began in March.",
        "a new chapter",
        None,
    ),
]

GUARDS = [
    # after a fronted 'according to', a verb whose clause does not follow it reports nothing
    # of its own: the outlet's report stands
    (
        "According to the Herald, former adviser Tom Reilly told them of its existence and "
        "the lawyer Jane Roe, a former mayor of the city, recently gave them a copy of the "
        "file.",
        "told them of its existence",
        "Herald",
    ),
    # an inverted cue is still followed by its speaker, whatever the verb
    (
        "\"There will be consequences,\" warned Defence Secretary John Healey.",
        "consequences",
        "John Healey",
    ),
    # a 'who' clause about a place's people is no speaker
    (
        "Residents of Lamu, who have waited years for the road, said the work had stalled.",
        "work had stalled",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    FORMS + DESCRIPTIONS + ROUND_41 + LEDES + DOCUMENTS + LATE + CLAUSES + REVIEW_GUARDS
    + GUARDS,
)
def test_session_fourteen_forms(run: Run, text: str, words: str, speaker: str | None) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker


def test_a_country_tagged_a_person_is_no_one(nlp: Language) -> None:
    doc = nlp("Türkiye hosts the talks while Ambassador Rafael Nogueira Prado advises.")
    # the tagger sometimes calls the country a person (a hand-made tag stands in for it)
    doc.ents = [Span(doc, 0, 1, label="PERSON")] + [e for e in doc.ents if e.start > 0]
    cast = Cast(doc, lexicon(), [])
    assert [p.name for p in cast.people.values() if p.is_person] == ["Rafael Nogueira Prado"]


def test_a_bylines_dashes_and_a_credits_slash_end_the_names_in_them(nlp: Language) -> None:
    doc = nlp(
        "Published on 12/11/2026 - 18:40 By Marta Vieira Lopes - Reporter at Agência Brasil "
        "- Antalya (Türkiye)\n\nAntalya (Türkiye), 09/11/2026 - COP30 President Rafael "
        "Nogueira Prado speaks at the opening session. Photo: Joana Lins/Agência Brasil"
    )
    cast = Cast(doc, lexicon(), [])
    people = sorted(p.name for p in cast.people.values() if p.is_person)
    assert people == ["Joana Lins", "Marta Vieira Lopes", "Rafael Nogueira Prado"]


def test_words_on_banners_are_no_quotations(run: Run) -> None:
    quotes, _ = run(
        "Protesters marched on Saturday carrying banners reading \"No to war\" and \"The "
        "country is one.\" \"We will not go home,\" one marcher said."
    )
    assert [q.text for q in quotes] == ["We will not go home,"]


def test_an_office_after_a_name_is_no_honour(nlp: Language) -> None:
    # 'MP' opens an office here; only letters set off by their own commas are honours
    doc = nlp("Mary Jones, MP for Bristol West, said the decision was wrong.")
    cast = Cast(doc, lexicon(), [])
    (person,) = [p for p in cast.people.values() if p.is_person]
    assert person.role == "MP for Bristol West"


def test_a_submission_without_a_clause_is_no_quotation(run: Run) -> None:
    quotes, _ = run("The firm submitted its accounts to the regulator on Monday.")
    assert quotes == []
