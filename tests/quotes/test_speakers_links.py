"""A later mention links to the person already named: a described surname, a double-barrelled
name the tagger called a body, and a role subject that takes the next pronoun.

Sentences written for Communique in the shapes of wire and broadsheet copy.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from communique.quotes import extract_quotes

from .helpers import Run, speaker_of


def _retagged(nlp: Language, text: str, tags: list[tuple[str, int, str | None]]) -> Doc:
    """Parse ``text``, then tag as the small model did on real copy: each (words,
    occurrence, label) sets that occurrence of the words to the label, or to no entity."""
    doc = nlp(text)
    ents = list(doc.ents)
    for words, occurrence, label in tags:
        at = -1
        for _ in range(occurrence + 1):
            at = text.index(words, at + 1)
        span = doc.char_span(at, at + len(words))
        assert span is not None
        ents = [e for e in ents if e.end <= span.start or e.start >= span.end]
        if label is not None:
            ents.append(Span(doc, span.start, span.end, label=label))
    doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


WARD_PRYCE = (
    "Mayor Tomas Ward-Pryce, speaking on a morning radio show, went further. He said the "
    "council was \"not in the business of closing libraries\" but had no money left.\n\n"
    "\"We are broke, and everyone knows it,\" Ward-Pryce told the station."
)

MAHMOUD_LEDE = (
    "The home secretary has told MPs the use of hotels will end \"within this parliament\"."
    "\n\nGiving evidence to the committee on Wednesday, Samira Mahmoud said the government "
    "was on course.\n\n\"I am not going to pretend this is easy,\" she said.\n\n"
    "The committee's chair, Dame Karen Bradley, said MPs had heard the same promise before."
    "\n\nMs Mahmoud replied that the backlog had been cleared. Pressed on the cost, the home "
    "secretary acknowledged the department was still paying for rooms it no longer used."
)

# Each row: the text, the entities retagged as the small model tagged them on real copy
# ((words, occurrence, label or None for no entity)), words of a quotation, its speaker.
RETAGGED = [
    # the full name left untagged, only a later 'Ms Takaichi' tagged: the role is read where
    # the full name first stands, so 'the prime minister' is not the foreign minister
    (
        "China widened its curbs after remarks by Prime Minister Sanae Takaichi about "
        "Taiwan.\n\n"
        "Ms Takaichi told parliament last month that an attack could threaten Japan.\n\n"
        "Speaking to reporters on Wednesday, the prime minister said her position had not "
        "changed.\n\n"
        "Foreign Minister Toshimitsu Motegi has spoken by phone with his counterpart.\n\n"
        "An editorial in the Global Times said Ms Takaichi had chosen confrontation.",
        [("Sanae Takaichi", 0, None), ("Ms Takaichi", 0, None), ("Ms Takaichi", 1, "PERSON")],
        "position had not changed",
        "Sanae Takaichi",
    ),
    # 'Surname, 58, a former X, says' with the surname left untagged: the apposition made a
    # new person of the bare surname
    (
        "BEIRUT \u2014 Walid Haddad has run the port authority for six years. Sitting in his "
        "office, he is calm.\n\n"
        "Haddad, 58, a former customs officer, says the cranes will be repaired by spring.",
        [("Haddad", 1, None)],
        "cranes will be repaired",
        "Walid Haddad",
    ),
    # 'Tomas Ward-Pryce' read as a body; the hyphen made it four words
    (
        WARD_PRYCE,
        [("Tomas Ward-Pryce", 0, "ORG"), ("Ward-Pryce", 1, "ORG")],
        "not in the business",
        "Tomas Ward-Pryce",
    ),
    (
        WARD_PRYCE,
        [("Tomas Ward-Pryce", 0, "ORG"), ("Ward-Pryce", 1, "ORG")],
        "We are broke",
        "Tomas Ward-Pryce",
    ),
    # a company tagged as a country: 'the company' still finds it
    (
        "Veltrix reported revenue of $6bn, ahead of forecasts. Shares rose 4%.\n\n"
        "The company said it expected revenue of about $7bn in the current quarter.",
        [("Veltrix", 0, "GPE")],
        "about $7bn",
        "Veltrix",
    ),
    # 'Minister for [the Middle East Ewan Brodie]' tagged as one region
    (
        "Minister for the Middle East Ewan Brodie said: \"Jordan is a vital partner.\"",
        [("the Middle East Ewan Brodie", 0, "LOC")],
        "vital partner",
        "Ewan Brodie",
    ),
    # a name with a post-nominal tagged a place
    (
        "Under cross-examination by Ruth Adeyemi KC, the witness accepted the lighting had "
        "been poor.\n\n"
        "\"You cannot tell this jury who struck first,\" Ms Adeyemi said.",
        [("Ruth Adeyemi KC", 0, "GPE"), ("Adeyemi", 1, None)],
        "who struck first",
        "Ruth Adeyemi",
    ),
    # a given name with its age tagged a date
    (
        "Campaigners have begun to disperse. Doreen, 71, who has used the library for 40 "
        "years, told our reporter: \"They have taken the buses, and now the books.\"",
        [("Doreen, 71", 0, "DATE")],
        "taken the buses",
        "Doreen",
    ),
    # a hyphenated given name cut at its hyphen, on either side
    (
        "Lacroix: 'We are at a tipping point'\n\nJean-Pierre Lacroix, the UN's peacekeeping "
        "chief, is first to brief. He says the fighting has displaced 200,000 people.",
        [("Pierre Lacroix", 0, "PERSON")],
        "displaced 200,000",
        "Jean-Pierre Lacroix",
    ),
    (
        "First Vice Minister Park Yoon-joo met the delegation. Park said trade would grow.",
        [("Park Yoon", 0, "PERSON")],
        "trade would grow",
        "Park Yoon-joo",
    ),
    # a live-blog stamp, heading and quoted words tagged as one body: no body at all
    (
        "21:58 BST - CFO on margins\n\nChief financial officer Colette Kress is on the call."
        "\n\n21:32 BST - Huang: 'The age of AI factories has begun'\n\nThe company's founder, "
        "Jensen Huang, has put out a statement.",
        [("BST - Huang: 'The age of AI", 0, "ORG"), ("BST - CFO", 0, "ORG")],
        "AI factories",
        "Jensen Huang",
    ),
    # a body the gazetteer knows by one word, tagged a person in a live-blog heading, is
    # still the body 'the group' points back to; the same word inside a person's full name
    # stays a surname
    (
        '17:30 Greenpeace: "a bad deal is worse than no deal"\n\nGreenpeace said the draft '
        "was weak. Governments should keep negotiating, the group said.",
        [("Greenpeace", 0, "PERSON")],
        "keep negotiating",
        "Greenpeace",
    ),
    (
        "Therese Kayikwamba Wagner spoke first.\n\nWagner said the talks had failed.",
        [("Wagner", 1, "PERSON")],
        "talks had failed",
        "Therese Kayikwamba Wagner",
    ),
    # an accented given name read as a common noun after a live-blog heading
    (
        "15:20 GMT\n\nDRC foreign minister: 'This is not a rebellion, it is an occupation'"
        "\n\nThérèse Kayikwamba Wagner, DR Congo's foreign minister, has accused Rwanda of "
        '"open aggression".',
        [("Kayikwamba Wagner", 0, "PERSON"), ("Thérèse", 0, None)],
        "open aggression",
        "Thérèse Kayikwamba Wagner",
    ),
    # a lower-case description tagged a person is no name: 'he' is the man it describes
    (
        "In Mathare, resident Otieno Odhiambo, a 38-year-old boda boda rider, said his "
        'neighbours were buying bottled water.\n\n"People are scared," he told the BBC.',
        [("boda boda rider", 0, "PERSON")],
        "People are scared",
        "Otieno Odhiambo",
    ),
    # a given name tagged a nationality
    (
        '"We came to Doha to sign a calendar," Therese Kayikwamba Wagner told reporters.',
        [("Therese", 0, "NORP"), ("Kayikwamba Wagner", 0, "PERSON")],
        "sign a calendar",
        "Therese Kayikwamba Wagner",
    ),
    # a minister and her 'Ms Surname' both tagged bodies: the title makes her a person and a
    # woman, and the lede's office ('The home secretary') is hers, there and further down
] + [
    (
        MAHMOUD_LEDE,
        [("Samira Mahmoud", 0, "ORG"), ("Ms Mahmoud", 0, "ORG")],
        words,
        "Samira Mahmoud",
    )
    for words in ("will end", "pretend this is easy", "rooms it no longer used")
]


@pytest.mark.parametrize(("text", "tags", "words", "speaker"), RETAGGED)
def test_speaker_when_the_tagger_errs_as_on_real_copy(
    nlp: Language, text: str, tags: list[tuple[str, int, str | None]], words: str, speaker: str
) -> None:
    quotes, _ = extract_quotes(_retagged(nlp, text, tags))
    assert speaker_of(quotes, words) == speaker


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


def test_honorific_with_its_stop_makes_a_person_of_a_name_tagged_a_body(run: Run) -> None:
    # press-release style: 'Hon.' splits off its stop, the tagger calls the name a body, and
    # 'Aden' is also a noun of the language
    text = (
        "At a briefing in Mombasa, the Cabinet Secretary for Environment, Hon. Aden Duale, "
        "EGH, said the tree campaign was on course.\n\n"
        "\"We planted two million seedlings this season,\" the Cabinet Secretary said."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "two million seedlings") == "Aden Duale"


def test_surname_read_as_a_noun_after_titles_is_the_name_alone(run: Run) -> None:
    # an apostrophe in the surname makes the tagger call it a common noun
    text = (
        "Also present was Nakuru Governor H.E. Amos Wak'oli, who welcomed the scheme, "
        "saying: \"Our farmers have waited long enough.\""
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "waited long enough") == "Amos Wak'oli"


def test_name_after_two_offices_goes_with_the_nearest_office(run: Run) -> None:
    # 'the Foreign Secretary and X's Foreign Minister, Name': the name holds the second
    # office only, so 'The Foreign Secretary' later is still the first woman
    text = (
        "Foreign Secretary Helen Carr said the aid would arrive by Friday.\n\n"
        "During talks in Amman, the Foreign Secretary and Jordan's Deputy Prime Minister and "
        "Minister of Foreign Affairs, Ayman Safadi, discussed the ceasefire.\n\n"
        "The Foreign Secretary told reporters that London would host a conference in spring. "
        "She stressed that the UK's support was \"unwavering\"."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "host a conference") == "Helen Carr"
    assert speaker_of(quotes, "support was") == "Helen Carr"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Malay honorifics are titles, not names
        ("Defence Minister Datuk Seri Khaled Nordin said the patrols would continue.",
         "Khaled Nordin"),
        # 'Ma.' (María) is part of a Filipino name, though the parser ends a sentence there
        ("Health Secretary Ma. Cristina Reyes said the clinics would reopen on Monday.",
         "Ma. Cristina Reyes"),
    ],
)
def test_honorifics_and_abbreviated_given_names(run: Run, text: str, name: str) -> None:
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == [name]


def test_answers_after_question_labels_stay_with_the_interviewee(run: Run) -> None:
    # another person quoted between two questions does not take over the answers
    text = (
        "Nadia Rahman has run the Boundary Commission since 2023. She says the work is "
        "\"slower than anyone would like\".\n\n"
        "Q: Are you ready for the review?\n\n"
        "\"The maps are ready. The people who draw the lines are tired.\"\n\n"
        "One of her officers, Tom Ellery, said the deadlines had become \"brutal\".\n\n"
        "\"We used to have months. Now we have weeks,\" he said.\n\n"
        "Q: What worries you most?\n\n"
        "\"Trust. If people stop trusting the maps, the job is over.\"\n\n"
        "She said the commission would publish its first proposals in March."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "If people stop trusting") == "Nadia Rahman"
    assert speaker_of(quotes, "first proposals in March") == "Nadia Rahman"


def test_name_after_an_office_for_a_remit_is_the_subject_in_focus(run: Run) -> None:
    # 'member' is the parsed subject; the member named after 'for finance' is in focus
    text = (
        "Outside, Gloria, 68, said the library had been her second home.\n\n"
        "17:12 - Cabinet member for finance Priya Lal opens the debate. She says the council "
        "must still find £40m of savings next year."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "£40m of savings") == "Priya Lal"


def test_lede_title_is_the_person_the_next_paragraph_introduces(run: Run) -> None:
    # 'the head of X has warned' in the lede; the next paragraph names him with his role
    text = (
        "Schools in Wales face \"a decade of decline\" without new money, the head of the "
        "teachers' council has warned.\n\n"
        "Sir Alun Price, the chief executive of the Education Workforce Council, said "
        "recruitment had fallen for a fifth year."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "decade of decline") == "Alun Price"


def test_lede_office_answered_by_a_name_whose_role_comes_later(run: Run) -> None:
    # both cues of the lede ('urged', 'warning') go to the name the next paragraph gives,
    # though the article gives that name another office further down
    text = (
        "The head of the World Health Organization has urged governments to stop \"moving the "
        "goalposts\", warning that the world is no better protected than before.\n\n"
        "Speaking at the opening of talks in Geneva, Tedros Adhanom Ghebreyesus said the "
        "agreement could not take effect yet.\n\n"
        "Dr Tedros, the WHO's director-general, said he was encouraged."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "moving the") == "Tedros Adhanom Ghebreyesus"
    assert speaker_of(quotes, "no better protected") == "Tedros Adhanom Ghebreyesus"


def test_a_given_name_used_by_both_sexes_leaves_the_pronoun_to_the_article(run: Run) -> None:
    # 'Camille' is a man's name in French: 'he added' after Camille Roux is his
    text = (
        "In a post on X, Olena Bondar thanked the leaders and said she expected a decision.\n\n"
        '"This is not really about the bank," said Camille Roux, a fellow at a think tank.\n\n'
        '"The Belgians are asking a legitimate question," he added.'
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "legitimate question") == "Camille Roux"
