"""Speaker rules of session 13: reports relayed by an outlet or a source after the clause
('X told reporters [clause], the state agency reported'; 'X told the cabinet that [clause],
according to his spokesperson'), and honorifics of Malaysian, Nigerian, South Asian and Maori
copy before a name.

Sentences written for Communique.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.quotes.cues import lexicon
from communique.quotes.speakers import Cast

from .helpers import Run, quote_holding, speaker_of

RELAYED = [
    # the agency's verb closes the sentence; the parse makes the clause its complement
    (
        "The Kremlin rejected the new listings. Yuri Ushakov, a Kremlin aide, told "
        "reporters in Moscow the listings were \u201cunlawful\u201d and would hurt Europe "
        "first, the state news agency RIA Novosti reported.",
        "listings were",
        "Yuri Ushakov",
        "RIA Novosti",
    ),
    # the speaker's verb is coordinated with another of his verbs
    (
        "Emir Tamim bin Hamad Al Thani welcomed the delegation at the Amiri Diwan and said "
        "relations between the two states had \"entered a new era\", the official Qatar "
        "News Agency reported.",
        "relations between the two states",
        "Tamim bin Hamad Al Thani",
        "Qatar News Agency",
    ),
    # a person relays: 'according to' names the source of the report, not its speaker
    (
        "Prime Minister Anthony Albanese told a party-room meeting on Tuesday that the "
        "government \"would not blink\" on the housing bill, according to a spokesperson, "
        "Ella Brandt.",
        "government",
        "Anthony Albanese",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "via"), RELAYED)
def test_a_report_relayed_after_the_clause_keeps_its_teller(
    run: Run, text: str, words: str, speaker: str, via: str | None
) -> None:
    quotes, _ = run(text)
    found = quote_holding(quotes, words)
    assert found.speaker == speaker
    assert found.via == via


def test_a_trailing_according_phrase_is_no_part_of_the_reported_clause(run: Run) -> None:
    quotes, _ = run(
        "Prime Minister Anthony Albanese told a party-room meeting on Tuesday that the "
        "government would not delay the housing bill, according to two people present."
    )
    found = quote_holding(quotes, "housing bill")
    assert found.text == "the government would not delay the housing bill"
    assert found.speaker == "Anthony Albanese"


GUARDS = [
    # the subject is a share of a sample, not a teller: the survey is the source
    (
        "Close to half of Irish farmers say the new nitrates rules have cut their income, "
        "according to the Irish Farmers' Association.",
        "new nitrates rules",
        "Irish Farmers' Association",
    ),
    # the speech verb sits in a relative clause, not in the sentence's own report
    (
        "The council sent the club a demand in June, a letter the club says it never "
        "received, according to documents seen by this newspaper.",
        "council sent the club",
        None,
    ),
]


HONOURED = [
    # Malaysian styles before a name ('YB', 'YAB Dato'') and an office in Malay
    (
        "\u201cThe new depot opens in March,\u201d said YB Ridzuan Hakim Osman.\n\n"
        "Mr Ridzuan said the trains had been tested.",
        "new depot opens",
        "Ridzuan Hakim Osman",
    ),
    (
        "The Menteri Besar of Perak, YAB Dato\u2019 Faizal Rahman Idris, said the state "
        "would widen the road.",
        "widen the road",
        "Faizal Rahman Idris",
    ),
    # a grandmother's title in South African copy
    (
        "Gogo Thandeka Mokoena (74) waited outside the court. \"I want the truth,\" she "
        "told reporters.",
        "I want the truth",
        "Thandeka Mokoena",
    ),
    # Irish and Maori offices written before a name, like 'Minister'
    (
        "Speaking in Cork, T\u00e1naiste Siobh\u00e1n Keane said the money was in the budget.",
        "money was in the budget",
        "Siobh\u00e1n Keane",
    ),
    (
        "Union Kaiwhakahaere Aroha Tipene said nurses were carrying a double load.",
        "double load",
        "Aroha Tipene",
    ),
]


def test_a_courtesy_title_after_an_office_is_no_part_of_the_role(run: Run) -> None:
    quotes, _ = run("Health Minister Dr Miriam Osei said the clinics would stay open.")
    found = [q for q in quotes if "clinics" in q.text]
    assert found and found[0].speaker_role == "Health Minister"


BODIES_AND_LABELS = [
    # a double-barrelled surname the tagger split from the given names
    (
        "In a televised address, Prime Minister Alix Didier Fils-Aim\u00e9 called the vote "
        "\"a new beginning for our country\".\n\nMr. Fils-Aim\u00e9 said the budget would "
        "pass.",
        "budget would pass",
        "Alix Didier Fils-Aim\u00e9",
    ),
    # a live blog's stamp in US Eastern time before the heading's label
    (
        "Hearing live\n\n3:15 p.m. ET\nWarner: \u2018The companies ignored every "
        "warning\u2019\n\nSen. Mark Warner (D-Va.) said the companies had ignored warnings.",
        "ignored every warning",
        "Mark Warner",
    ),
    # an opening participle the parse made the subject
    (
        "Reacting, the chairman of the Kano Grain Sellers Association, Alhaji Sani "
        "Bello, said the closure had emptied the warehouses.",
        "emptied the warehouses",
        "Sani Bello",
    ),
    # the same, the participle tagged a noun after a quotation paragraph
    (
        "\u201cWe have heard promises before,\u201d Ribadu said.\n\nReacting, the Chairman "
        "of the Dawanau International Grains Market Traders Association, Alhaji Musa Idris "
        "Kofar-Wambai, said the closure had cost traders in Kano \u201cbillions of naira\u201d.",
        "cost traders in Kano",
        "Musa Idris Kofar-Wambai",
    ),
    # the name set off after the office, parsed apart from it
    (
        "Reacting, the Special Adviser to the President on Information and Strategy, Bayo "
        "Onanuga, said the opposition was \"playing politics with hunger.\"",
        "opposition was",
        "Bayo Onanuga",
    ),
    # an office the tagger took into a person's name is no given name of the one after it
    (
        "Farmers fear that the crop has been destroyed. Bura MP Yakub Adow told this "
        "newspaper that the main canal had been breached.",
        "main canal",
        "Yakub Adow",
    ),
    # the surname tagged a date after given names tagged a person
    (
        "Not everyone agrees. Dr. Maria Cristina Valdez, a maritime law lecturer at the "
        "University of Santo Tomas, believes the code will stay on paper.",
        "code will stay on paper",
        "Maria Cristina Valdez",
    ),
    # a role noun read as a verb whose object is the name
    (
        "The outbreak has raised questions. Infectious diseases expert Professor Helen "
        "Marsh, of Monash University, said such outbreaks were \"almost always "
        "preventable\".",
        "such outbreaks were",
        "Helen Marsh",
    ),
    # a country's adjective tagged a person is part of the office before the name
    (
        "Indian External Affairs Minister S. Jaishankar met Sri Lankan Foreign Minister "
        "Vijitha Herath in Colombo. Jaishankar said the talks were useful. \"Our fishermen "
        "are poor people,\" the Sri Lankan minister said.",
        "fishermen are poor",
        "Vijitha Herath",
    ),
    # a name the tagger ended early, the rest left untagged
    (
        "Also, the Kano State Commissioner for Commerce and Industry, Alhaji Garba Lawan "
        "Dambatta, described the agreement as \u201ca big relief\u201d, saying officials would "
        "be deployed.",
        "officials would be deployed",
        "Garba Lawan Dambatta",
    ),
    # an acronym in apposition with a kind of organisation, and the kind noun after it
    (
        "Fighting resumed near the crossing.\n\nCOGAT, the Israeli defence ministry body "
        "that coordinates aid, says 900 trucks entered on Monday.\n\n\"There is no "
        "shortage of aid,\" the body said in a statement.",
        "trucks entered on Monday",
        "COGAT",
    ),
    (
        "Fighting resumed near the crossing.\n\nCOGAT, the Israeli defence ministry body "
        "that coordinates aid, says 900 trucks entered on Monday.\n\n\"There is no "
        "shortage of aid,\" the body said in a statement.",
        "no shortage of aid",
        "COGAT",
    ),
    # a plural possessor before the kind noun: the article names the body before
    (
        "At least 12 people died, according to the Sudan Doctors Network. The doctors' "
        "group said in a statement that the clinic had run out of fuel.",
        "clinic had run out of fuel",
        "Sudan Doctors Network",
    ),
    # a body the tagger took for a work's title after a quotation in single marks
    (
        "'They should never play again. Not here, not anywhere.'\n\nThe Football "
        "Supporters' Association said fans felt 'betrayed' and called for an inquiry.",
        "fans felt",
        "Football Supporters' Association",
    ),
    # a word written before a body's name stands for the body when it comes back alone
    (
        "The paramilitary Civil Defence Volunteers (CDV) guarded the polling stations. In a "
        "video on Facebook, the paramilitary said no ballot box had been lost.",
        "no ballot box had been lost",
        "Civil Defence Volunteers",
    ),
]


FOCUS = [
    # a spokesman who declined to answer one question is still the one in focus
    (
        "Kremlin spokesman Dmitry Peskov said the measures were illegal.\n\nPeskov declined "
        "to say whether President Vladimir Putin would raise the sanctions during a call "
        "with Donald Trump. He said Putin had been briefed.",
        "Putin had been briefed",
        "Dmitry Peskov",
    ),
    # a piece of legislation called a 'Bill' is no man called Bill
    (
        "NIGEL Farage accused Labour of a stitch-up.\n\nThe Government's Elections Bill sailed "
        "through its second reading, but only after "
        "Commons Speaker Sir Lindsay Hoyle had to step in to restore order.\n\n\"Order! "
        "Order!\" he bellowed.",
        "Order! Order!",
        "Lindsay Hoyle",
    ),
]


def test_a_bill_tagged_a_person_is_no_one_of_the_article(nlp: Language) -> None:
    doc = nlp(
        "NIGEL Farage accused Labour of a stitch-up.\n\nThe Government's Elections Bill "
        "sailed through its second reading by 341 votes to 187."
    )
    cast = Cast(doc, lexicon(), [])
    assert not any(p.name.endswith("Bill") for p in cast.people.values())


def test_titles_before_a_tagged_name_make_no_name_of_their_own(nlp: Language) -> None:
    # 'Commons Speaker Sir' + 'Lindsay Hoyle': the untagged run before the name is his office
    doc = nlp(
        "The Commons passed the Housing Bill by 341 votes to 187, after Commons Speaker Sir "
        "Lindsay Hoyle had to restore order."
    )
    cast = Cast(doc, lexicon(), [])
    assert sorted(p.name for p in cast.people.values() if p.is_person) == ["Lindsay Hoyle"]


REVIEW_GUARDS = [
    # 'Tuan' opens Vietnamese names and 'Haji' sits inside Somali ones: no titles there
    (
        "Tuan Nguyen, a restaurant owner in Houston, said sales had halved.",
        "sales had halved",
        "Tuan Nguyen",
    ),
    (
        "Mohamed Haji Ibrahim, a Mogadishu businessman, said prices had doubled.",
        "prices had doubled",
        "Mohamed Haji Ibrahim",
    ),
    # a person who is a monitor is 'the monitor' after him
    (
        "Election monitor Jane Achieng said the count had been orderly. The monitor said "
        "some polling stations opened late.",
        "polling stations opened late",
        "Jane Achieng",
    ),
    # a holiday after a name is no part of it
    (
        "Mourners joined Father Tom Daly Christmas Day at the church, where he said the "
        "town would heal.",
        "town would heal",
        "Tom Daly",
    ),
    # 'the populist' after a party and its leader is more often the leader: left unresolved
    (
        "The populist Reform UK party topped the poll. Nigel Farage hailed the result. "
        "\"We are the real opposition now,\" the populist said.",
        "real opposition",
        None,
    ),
]


def test_a_tabloid_bill_is_a_man(run: Run) -> None:
    # 'Pensioner Bill, 79,' is a man called Bill; only 'the ... Bill' is legislation
    quotes, _ = run("Pensioner Bill, 79, said the council had abandoned him.")
    speaker = speaker_of(quotes, "abandoned him")
    assert speaker is not None and speaker.endswith("Bill")


SINGLES = [
    # a word that describes people never stands for the outlet it was written before
    (
        "The official SANA news agency said the talks would go on.\n\n\"The president "
        "wants a deal,\" the official said.",
        "wants a deal",
        None,
    ),
    # one who declined to comment is still no antecedent
    (
        "Club chairman Mark Ellis declined to comment. His rival, Tom Barker, was less "
        "guarded. \"This is a disgrace,\" he said.",
        "disgrace",
        "Tom Barker",
    ),
    # a lede's office finds the name past 'Ma.', where the sentence splitter cut it; the
    # dateline the tagger made a person is no one named before the lede
    (
        "MANILA \u2014 Fresh from an ASEAN summit, the country\u2019s top diplomat says the "
        "real work has only begun.\n\n\u201cA code on paper is not enough,\u201d Foreign "
        "Affairs Secretary Ma. Theresa Lazaro says in an interview.",
        "real work has only begun",
        "Ma. Theresa Lazaro",
    ),
    # an indefinite lede stays unnamed unless the next paragraph opens with a name
    (
        "NAIROBI, Sept. 5 (Xinhua) -- China-Africa cooperation has become a model of "
        "South-South solidarity, a Kenyan scholar has said.\n\n\"The railway cut the journey "
        "to five hours,\" Peter Kamau Mwangi, a senior lecturer at the University of "
        "Nairobi, told Xinhua.",
        "model of South-South solidarity",
        None,
    ),
    # a sporting legend is the person just quoted
    (
        "Olympic Association president Anju Menon was over the moon. \"This is a historic "
        "day for our sport,\" she said.\n\nThe athletics legend said the bid had taken "
        "five years.",
        "bid had taken five years",
        "Anju Menon",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    GUARDS + HONOURED + BODIES_AND_LABELS + FOCUS + REVIEW_GUARDS + SINGLES,
)
def test_session_thirteen_forms(run: Run, text: str, words: str, speaker: str | None) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker
