"""Speaker rules of session 12: forms of court, council and sports copy and of parliaments
(offices written without a name, long remits before a name, courtesy titles inside bodies
the tagger made, namesakes in one family, relative clauses between a name and its verb).

Sentences written for Communique.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.quotes.cues import lexicon
from communique.quotes.speakers import Cast

from .helpers import Run, hand_parsed, speaker_of

CASES = [
    # an office whose holder is named only further down, the story having quoted no one yet
    # (a byline and a photo caption name people before it)
    (
        "Coalition wins vote on timing of referendum planning\n\nCiara Walsh, Political "
        "Correspondent\n\nThu Nov 12 2026 - 05:45\n\nLabour leader Ivana Bacik speaking in "
        "the Dáil on Wednesday. Photograph: Tom Daly\n\nThe Taoiseach has ruled out a "
        "citizens\u2019 assembly, telling the Dáil that such a move would be \u201creckless"
        "\u201d.\n\nMs Bacik said the assembly would let every voice be heard.\n\nTaoiseach "
        "Micheál Martin, whose Shared Island unit has funded projects since 2020, said he "
        "would not be distracted.",
        "such a move would be",
        "Micheál Martin",
    ),
    # an office tagged a body in a live-blog heading, its holder named in the entry below
    (
        "November 18, 2026 12:30 IST\nCentre has released the grants, says Solicitor General"
        "\n\nSolicitor General Rohan Kapoor, appearing for the Union, said the money had "
        "reached every state.",
        "released the grants",
        "Rohan Kapoor",
    ),
    # a long remit before the name: the remit's nouns are no part of the name
    (
        "Relatives filed the petition in June.\n\nDirector of Public Prosecutions Renson "
        "Omondi said in a statement that his office would comply with the order.\n\n\"We "
        "will not be rushed into a charging decision,\" Omondi said.",
        "will not be rushed",
        "Renson Omondi",
    ),
    # a courtesy title after a country in an office ('President of Ghana Mr ...')
    (
        "The summit was chaired by former President of Ghana Mr Kwabena Asante. Mr Asante "
        "said that the two processes had been merged.",
        "processes had been merged",
        "Kwabena Asante",
    ),
    # 'Cllr' is a courtesy title like 'Mr'
    (
        "Cllr Niamh Delaney, chair of the safety partnership, said: \"Residents wrote this "
        "plan with us.\"\n\nCllr Delaney said the youth forum had proposed the late clubs.",
        "youth forum had proposed",
        "Niamh Delaney",
    ),
    # 'Dean' before a lone surname is a given name, not the title of a dean
    (
        "Her son's football coach, Dean Halloran, said the boy had been \"first to training "
        "and last to leave\".",
        "first to training",
        "Dean Halloran",
    ),
    # a trade label before a name
    (
        "Tradie Gavin Mercer, 48, from Penrith, said he was paying $80 more a week for fuel.",
        "paying $80 more",
        "Gavin Mercer",
    ),
    # 'Mrs' picks, of two people sharing a surname, the one with a woman's given name
    (
        "Tyler Brannigan, 16, was stabbed in a park in May.\n\nDonna Brannigan, 44, said her "
        "family had been failed.\n\nMrs Brannigan said she would write to the minister.",
        "would write to the minister",
        "Donna Brannigan",
    ),
    # a 'whose' clause between the speaker and the verb, after a fronted place
    (
        "Outside the court, Sunita Rawat, whose 30-year-old brother Mohan died in custody in "
        "April, said the camera in the cell had been \"not working\".",
        "camera in the cell",
        "Sunita Rawat",
    ),
    # a point-of-view phrase before a cue with its own subject: the cue reports the clause
    (
        "In her judgment, District Judge Tan Mei Ling said she accepted the evidence of the "
        "two witnesses.",
        "accepted the evidence",
        "Tan Mei Ling",
    ),
    # a regulator named with 'The' is a body, and 'the regulator' points back to it
    (
        "Regulator blocks Harrow takeover, as minister says ruling shows watchdog has teeth"
        "\n\nHannah Lowe\n\nThe Independent Football Regulator has refused the sale of "
        "League Two club Harrow Athletic, the first time the new watchdog has turned down a "
        "buyer.\n\nIn a 40-page decision published on Thursday, the regulator said it could "
        "not verify where the money came from.",
        "could not verify",
        "Independent Football Regulator",
    ),
    # the pronoun of a 'what' clause inside a 'who' clause is the relative's antecedent,
    # not the body that spoke before
    (
        "Supporters were jubilant. The Football Supporters\u2019 Association said the "
        "decision proved fans right.\n\n\u201cWe were called dinosaurs,\u201d its chair "
        "said.\n\nThe Conservatives, who opposed what they called a \u201cfootball quango"
        "\u201d, were more muted.",
        "football quango",
        "Conservatives",
    ),
    # (a guard: the first version of the reorder below is checked against this live blog)
    # the subject of the paragraph in focus, whose gender the article never gave, beats a
    # man named in an embedded clause of an earlier entry
    (
        "18:40 - President to visit\n\nPresident Bambang Wijaya will fly to the city on "
        "Monday, the office said. It said Wijaya had ordered ministers \"to go to the "
        "field\".\n\n18:15 - Toll rises\n\nThe head of the disaster agency, Hartono, has "
        "told reporters the toll had risen to 63.\n\n\"Our priority is search and rescue,\" "
        "he said.",
        "priority is search and rescue",
        "Hartono",
    ),
    # a seat is part of a mission's name, and of a chamber of commerce abroad
    (
        "The Chinese Consulate General in Houston said the order was illegal.",
        "order was illegal",
        "Chinese Consulate General in Houston",
    ),
    (
        "The American Chamber of Commerce in Korea said members were worried.",
        "members were worried",
        "American Chamber of Commerce in Korea",
    ),
    # a source who gives only a first name, or a name after 'as' with a courtesy title
    (
        "In the bazaar, traders were gloomy. A rug seller who gave only his first name, "
        "Farid, said every new headline pushed the currency lower.",
        "pushed the currency lower",
        "Farid",
    ),
    (
        "A retired nurse waiting for a bus outside the station, who gave her name only as "
        "Mrs Peters, said she had voted for the first time.",
        "voted for the first time",
        "Peters",
    ),
    # a definite everyday description re-names the person the story was just about
    (
        "Janet Cole, 71, from Wigan, got a letter cancelling her operation.\n\n\"I sat on "
        "the stairs and cried,\" the retired dinner lady told us.",
        "sat on the stairs",
        "Janet Cole",
    ),
    # a live-blog heading's label: an office held by the person the entry below names, or a
    # surname the article gave in full before
    (
        "2:45 p.m. ET\n\nHollis: \"The economy does not care about the map\"\n\nTreasury "
        "Secretary Grant Hollis told CNBC on Wednesday that the tariffs were working.\n\n"
        "03.20 GMT\n\nRNC chair: \u2018This is just the beginning\u2019\n\nRepublican "
        "National Committee chair Dana Whitcombe, speaking at the party\u2019s event, said "
        "the night was young.",
        "just the beginning",
        "Dana Whitcombe",
    ),
    (
        "Keir Starmer opened the session.\n\nStarmer: \"The leader of the opposition wants "
        "to talk about forecasts.\"",
        "talk about forecasts",
        "Keir Starmer",
    ),
    # 'the judge' is the one person introduced as 'Justice', not the counsel quoted last
    (
        "Mr Justice Peter Hadley told Ward he must serve at least 19 years.\n\nDefending, "
        "Nadia Rahman KC said her client had been \"terrified\" of a rival group.\n\nBut the "
        "judge said there was \"not a shred of evidence\" that the boy had been in any gang.",
        "not a shred of evidence",
        "Peter Hadley",
    ),
    # 'the mum-of-three', parsed with the number as its head, re-names the mother in focus
    (
        "Kai was stabbed in May. His mother, Folake Adebayo, wept in court.\n\n\"I will "
        "never forgive the person who did this,\" she said.\n\nSpeaking on the court steps "
        "afterwards, the mum-of-three told the Mirror: \"A life sentence does not bring my "
        "son home.\"",
        "does not bring my son home",
        "Folake Adebayo",
    ),
    # a document named by another noun in the sentence before ('its review' ... 'The report')
    (
        "The Electoral Commission published its review of the May elections on Thursday."
        "\n\nThe report found postal packs were sent late in 14 areas.",
        "postal packs were sent late",
        "Electoral Commission",
    ),
    (
        "The Independent Office for Police Conduct said four officers would face hearings."
        "\n\nThe investigation also found that entries in the custody record had been "
        "completed later.",
        "entries in the custody record",
        "Independent Office for Police Conduct",
    ),
    # an investigation is a body's, never the person the story is about
    (
        "An inquest heard Daniel Obi died in a cell.\n\nThe Independent Office for Police "
        "Conduct opened an investigation into his death. The IOPC said four officers would "
        "face hearings because they failed to rouse Mr Obi.\n\nThe investigation also found "
        "that entries in the custody record had been completed after Mr Obi was found.",
        "entries in the custody record",
        "Independent Office for Police Conduct",
    ),
    # an office inside an untagged run ('Ahmedabad Municipal Commissioner X'), and 'DPM'
    (
        "Ahmedabad Municipal Commissioner Rakesh Dholakia told PTI land had been acquired. \"We "
        "have met every association,\" Dholakia said.",
        "met every association",
        "Rakesh Dholakia",
    ),
    (
        "Deputy Prime Minister Gan Kim Yong said the findings showed firms were adapting."
        "\n\n\"The Government will stand with our businesses,\" said DPM Gan.",
        "stand with our businesses",
        "Gan Kim Yong",
    ),
    # a known given name the tagger read as an adjective still opens the name
    (
        "Amarjit Singh Gill, president of the Punjabi Association of South Australia, said "
        "members had held a vigil.",
        "held a vigil",
        "Amarjit Singh Gill",
    ),
    # an officer the parse hung on the body's 'of'
    (
        "The verdict was welcomed. Football Association of Singapore (FAS) president Forrest "
        "Li said the verdict sent \"a clear message\" to anyone approached by fixers.",
        "a clear message",
        "Forrest Li",
    ),
    # 'the regulator' is the body, not its chairman whose role names it
    (
        "The Independent Rugby Regulator's chairman Alan Pryce said he had given the leagues "
        "until March.\n\n\"I have been patient,\" Pryce told MPs.\n\nThe regulator says "
        "it will impose a settlement if talks fail.",
        "impose a settlement",
        "Independent Rugby Regulator",
    ),
    # legislators' titles before a name ('TD', 'MLA', 'MCA') and Kenya's 'CS'
    (
        "Fianna Fáil TD James Browne said the plan was working.\n\nSinn Féin TD Pa Daly "
        "said it was failing.\n\n\"We have built more homes than anyone,\" the Fianna Fáil "
        "TD said.",
        "built more homes",
        "James Browne",
    ),
    (
        "Bura MCA Abdi Hiribae said the floods had cut the road.",
        "floods had cut the road",
        "Abdi Hiribae",
    ),
    (
        "Energy Cabinet Secretary Opiyo Wandayi said prices would fall. \"We are on course,\" "
        "CS Wandayi said.",
        "on course",
        "Opiyo Wandayi",
    ),
    # a spokesperson for an office: the name set off after it is the office holder's
    (
        "A spokesperson for the Victorian attorney general, Jaclyn Symes, said the government "
        "would defend the law.",
        "defend the law",
        None,
    ),
    # ... while a spokesman for a named person is the one the name names
    (
        "A spokesman for Vance, Taylor Van Kirk, said the criticism was predictable.",
        "criticism was predictable",
        "Taylor Van Kirk",
    ),
    # a body named by a noun, 'of' or 'for', and a name, left untagged or cut before 'of'
    (
        "Services were suspended. Transport for London said trains would run again on Monday.",
        "trains would run again",
        "Transport for London",
    ),
    (
        "The Fraternal Order of Police, which represents officers, said in a statement that "
        "none of the detectives had been disciplined.",
        "none of the detectives",
        "Fraternal Order of Police",
    ),
    # ... but several people named by their body stay unnamed
    (
        "Members of Parliament said the bill was flawed.",
        "bill was flawed",
        None,
    ),
    # a well-known given name from outside the English-speaking world starts the name of a
    # Speaker the tagger made part of a body
    (
        "The budget will also be tested. National Assembly Speaker Moses Kiprono told MPs "
        "that the House would consider the request.",
        "House would consider",
        "Moses Kiprono",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES)
def test_session_twelve_forms(run: Run, text: str, words: str, speaker: str | None) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker


def test_a_reporter_in_the_byline_holds_no_office_of_the_story(run: Run) -> None:
    # 'the Minister' with only the byline's correspondent named before: not the reporter
    quotes, _ = run(
        "Aoife Dunne, Health Correspondent\n\nThe Minister has defended the waiting lists, "
        "saying they had fallen for six months."
    )
    assert speaker_of(quotes, "fallen for six months") != "Aoife Dunne"


def test_a_whose_clause_gives_the_speaker_no_role(run: Run) -> None:
    quotes, _ = run(
        "Outside the court, Sunita Rawat, whose 30-year-old brother Mohan died in custody in "
        "April, said the camera in the cell had been \"not working\"."
    )
    found = [q for q in quotes if "camera in the cell" in q.text]
    assert found and found[0].speaker_role is None


def test_a_body_closing_its_own_capitalised_run_is_that_body(run: Run) -> None:
    # not the other league whose name ends with the same noun, nor a person 'Soccer League'
    quotes, _ = run(
        "A Hollywoodbets Super League player says she was paid late.\n\nThe Premier Soccer "
        "League said in a written response that it took every complaint seriously. The league "
        "said two clubs had been charged."
    )
    assert speaker_of(quotes, "every complaint seriously") == "Premier Soccer League"
    assert speaker_of(quotes, "two clubs had been charged") == "Premier Soccer League"


def test_a_known_given_name_parsed_apart_still_opens_the_name(nlp: Language) -> None:
    # 'Nomvula' + 'Khumalo keeps ...' opening a paragraph: the tagger saw no person, the
    # parser made the given name a root of its own
    doc = hand_parsed(nlp, [
        ("Nomvula", "Nomvula", "PROPN", "NNP", "ROOT", 0, "O"),
        ("Khumalo", "Khumalo", "PROPN", "NNP", "nsubj", 2, "O"),
        ("keeps", "keep", "VERB", "VBZ", "ROOT", 2, "O"),
        ("a", "a", "DET", "DT", "det", 4, "O"),
        ("list", "list", "NOUN", "NN", "dobj", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
        # ... and the surname alone, further on, tagged a body
        ("Khumalo", "Khumalo", "PROPN", "NNP", "nsubjpass", 8, "B-ORG"),
        ("was", "be", "AUX", "VBD", "auxpass", 8, "O"),
        ("elected", "elect", "VERB", "VBN", "ROOT", 8, "O"),
        (".", ".", "PUNCT", ".", "punct", 8, "O"),
    ])
    found = Cast(doc, lexicon(), []).entity_at(doc[1])
    assert found is not None and found.is_person and found.name == "Nomvula Khumalo"


def test_a_name_set_off_after_a_place_names_an_indefinite_source(nlp: Language) -> None:
    # 'A trader at the Old Market, Mrs Ladi Yusuf, ... said' with the name hung on the place
    doc = hand_parsed(nlp, [
        ("A", "a", "DET", "DT", "det", 1, "O"),
        ("trader", "trader", "NOUN", "NN", "nsubj", 11, "O"),
        ("at", "at", "ADP", "IN", "prep", 1, "O"),
        ("the", "the", "DET", "DT", "det", 5, "O"),
        ("Old", "Old", "PROPN", "NNP", "compound", 5, "O"),
        ("Market", "Market", "PROPN", "NNP", "pobj", 2, "O"),
        (",", ",", "PUNCT", ",", "punct", 5, "O"),
        ("Mrs", "Mrs", "PROPN", "NNP", "compound", 9, "O"),
        ("Ladi", "Ladi", "PROPN", "NNP", "compound", 9, "B-PERSON"),
        ("Yusuf", "Yusuf", "PROPN", "NNP", "appos", 5, "I-PERSON"),
        (",", ",", "PUNCT", ",", "punct", 1, "O"),
        ("said", "say", "VERB", "VBD", "ROOT", 11, "O"),
        ("so", "so", "ADV", "RB", "advmod", 11, "O"),
        (".", ".", "PUNCT", ".", "punct", 11, "O"),
    ])
    assert Cast(doc, lexicon(), []).resolve(doc[1]).name == "Ladi Yusuf"


@pytest.mark.parametrize(
    ("rows", "word"),
    [
        # a capital tagged a person, never written after 'in' in the article
        ([("Kyiv", "Kyiv", "PROPN", "NNP", "nsubj", 1, "B-PERSON"),
          ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
          ("no", "no", "INTJ", "UH", "intj", 1, "O"),
          (".", ".", "PUNCT", ".", "punct", 1, "O")], "Kyiv"),
        # a body noun closing a long name tagged a person
        ([("The", "the", "DET", "DT", "det", 3, "O"),
          ("Gang", "Gang", "PROPN", "NNP", "compound", 3, "B-PERSON"),
          ("Suppression", "Suppression", "PROPN", "NNP", "compound", 3, "I-PERSON"),
          ("Force", "Force", "PROPN", "NNP", "nsubj", 4, "I-PERSON"),
          ("left", "leave", "VERB", "VBD", "ROOT", 4, "O"),
          (".", ".", "PUNCT", ".", "punct", 4, "O")], "Force"),
    ],
)
def test_a_place_or_a_body_tagged_a_person_is_no_person(
    nlp: Language, rows: list[tuple[str | int, ...]], word: str
) -> None:
    doc = hand_parsed(nlp, rows)
    found = Cast(doc, lexicon(), []).entity_at(next(t for t in doc if t.text == word))
    assert found is not None and not found.is_person


# review: shapes the first versions of this session's rules got wrong
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # 'Mrs Jones' stays the mother named first, whose given name the list may lack
        ("Leanne Jones, 38, said her daughter Chloe Jones, 9, had been bullied for months."
         "\n\nMrs Jones said: \"The school did nothing.\"", "school did nothing",
         "Leanne Jones"),
        ("Sanjeev Patel, 58, runs the shop with his son Rahul Patel.\n\nMr Patel said: \"We "
         "have been here for thirty years.\"", "thirty years", "Sanjeev Patel"),
        # a description whose words named the other party before is that party, unnamed
        ("Jane Doe, 34, died when her car collided with a lorry on the A1.\n\nThe lorry "
         "driver said: \"She came out of nowhere.\"", "came out of nowhere", None),
        ("Gary Nolan, 81, was found on the floor by his carer.\n\nThe carer said: \"He was "
         "cold and confused.\"", "cold and confused", None),
        ("Amelia Stone, 9, was knocked down outside her school.\n\nThe teenager riding the "
         "scooter said he was sorry.", "he was sorry", None),
    ],
)
def test_review_shapes(run: Run, text: str, words: str, speaker: str | None) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Smith, 42, pleaded guilty to \"causing death by careless driving\" at Leeds Crown "
        "Court.",
        "Critics railed against the \"nanny state\".",
    ],
)
def test_a_charge_or_a_scare_quote_after_a_verb_of_manner_is_no_quotation(
    run: Run, text: str
) -> None:
    quotes, _ = run(text)
    assert quotes == []
