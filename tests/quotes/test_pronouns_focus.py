"""Which person a 'he'/'she' after a quotation points to (brief QP, session 6).

Feature writers turn to a new person without making them a subject ('For X, the wait has
been hard.') and vox pops give a first name only ('Olena, a nurse,'); the quote after
belongs to that person, not to the official quoted earlier. Sentences written for Communique.
"""

from __future__ import annotations

from .helpers import Run
from .helpers import speaker_of as _speaker_of


def test_a_person_the_article_turns_to_outranks_an_older_speaker(run: Run) -> None:
    text = (
        "The minister, Ana Ruiz, said the talks were useful.\n\n"
        "For Gwen Lloyd, who has kept a shop on the square for 12 years, the delay has "
        'been costly.\n\n"Every week I throw away bread," she said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "throw away bread") == "Gwen Lloyd"


def test_a_person_named_under_a_person_subject_does_not_take_the_pronoun(run: Run) -> None:
    text = (
        "The minister, Ana Ruiz, said the talks were useful.\n\n"
        "She thanked Gwen Lloyd for her patience.\n\n"
        '"We will help the shops," she said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "help the shops") == "Ana Ruiz"


def test_added_goes_on_with_the_speaker_before(run: Run) -> None:
    text = (
        'Mayor Tom Hale said the road would reopen. "It will be soon," he said. '
        "Peter Moss's shop is still closed. \"We are working on it,\" he added."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "working on it") == "Tom Hale"


def test_whom_the_speaker_addressed_is_not_the_speaker(run: Run) -> None:
    text = (
        "Mayor Tom Hale spoke to the press on Monday.\n\n"
        'Speaking to Peter Moss of the local radio, he said, "The road will reopen soon."'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "road will reopen") == "Tom Hale"


def test_a_first_name_described_as_a_person_keeps_her_quotes(run: Run) -> None:
    text = (
        "Olena, a 52-year-old nurse, said she had stopped following the news.\n\n"
        '"Every few months someone says peace is close," she told us.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "stopped following") == "Olena"
    assert _speaker_of(quotes, "peace is close") == "Olena"


def test_a_name_in_apposition_to_an_indefinite_person_is_the_he(run: Run) -> None:
    text = 'A student, Maksym, was more hopeful. "At least they are talking," he said.'
    quotes, _ = run(text)
    assert _speaker_of(quotes, "they are talking") == "Maksym"


def test_a_given_name_speaker_is_the_she_that_follows(run: Run) -> None:
    text = (
        "Mayor Ana Hale said the road would reopen.\n\n"
        'Oksana said trade was slow. "Nobody buys roses now," she said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "trade was slow") == "Oksana"
    assert _speaker_of(quotes, "buys roses") == "Oksana"


def test_she_never_points_to_a_body(run: Run) -> None:
    text = (
        "Mayor Ana Hale said the road would reopen.\n\n"
        'Google said the service was back. "We apologise," she said.\n\n'
        'Natural Resources Wales said the river had burst. "We were ready," she said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "We apologise") != "Google"
    assert _speaker_of(quotes, "We were ready") != "Natural Resources Wales"


def test_a_lede_role_is_the_titled_person_named_next(run: Run) -> None:
    text = (
        "Chile's top prosecutor says the fraud inquiry will widen, as a second bank is "
        "searched in Santiago.\n\n"
        "Speaking on Monday, Attorney General Elena Vargas said more arrests were likely."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "inquiry will widen") == "Elena Vargas"


def test_an_indefinite_lede_role_or_an_untitled_person_stays_unnamed(run: Run) -> None:
    text = (
        "A senior prosecutor says the fraud inquiry will widen.\n\n"
        "Attorney General Elena Vargas said more arrests were likely.\n\n"
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "inquiry will widen") is None
    text = (
        "The country's top prosecutor says the fraud inquiry will widen.\n\n"
        "Later, Tom Reyes, a bank clerk, said the branch was closed."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "inquiry will widen") is None


def test_the_she_after_a_withheld_name_is_no_named_person(run: Run) -> None:
    text = (
        "Dana Hollis, the group's director, said the detentions were unlawful.\n\n"
        "The wife of one prisoner, who asked that her name not be used, said her husband "
        'had lost weight.\n\n"I am afraid every night," she said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "detentions were unlawful") == "Dana Hollis"
    assert _speaker_of(quotes, "had lost weight") is None
    assert _speaker_of(quotes, "afraid every night") is None


def test_a_fronted_surname_with_a_long_apposition_stays_in_focus(run: Run) -> None:
    # the parse reads the name as the root and 'Donald Trump' as the subject of 'has become'
    text = (
        "ALBANY, N.Y. — Tom Halvorsen has spent the weeks since the vote answering one "
        "question.\n\n"
        '"I will decide after the holidays," the governor said on Tuesday.\n\n'
        "Halvorsen, a Democrat who won twice in a state that Donald Trump carried by 30 "
        "points, has become one of his party's most sought-after surrogates. He said he had "
        "campaigned in 19 states this fall."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "campaigned in 19 states") == "Tom Halvorsen"


def test_the_object_of_a_role_is_not_the_office_its_holder_holds(run: Run) -> None:
    # 'critic of the governor' holds no governorship: 'the governor' is the lede's subject
    text = (
        "ALBANY, N.Y. — Tom Halvorsen has spent the weeks since the vote answering one "
        "question.\n\n"
        '"I will decide after the holidays," the governor said on Tuesday.\n\n'
        "Rob Keane, a Republican strategist and frequent critic of the governor, said the "
        "appeal was real."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "decide after the holidays") == "Tom Halvorsen"


def test_a_role_subject_puts_its_holder_in_focus_for_the_next_pronoun(run: Run) -> None:
    text = (
        "Chancellor Jonas Weber announced the plan in Berlin. General Paul Brandt, the chief "
        'of defence, said the army needed recruits. "We need a decision soon," he said.\n\n'
        "Asked whether the plan was a rebuke to his predecessor, the chancellor paused. "
        '"It is a response to Russia," he said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "response to Russia") == "Jonas Weber"


def test_a_name_given_as_in_a_description_of_the_speaker_names_her(run: Run) -> None:
    text = (
        "The shadow minister, Claire Dunmore, accused him of posturing. Campaigners held a "
        "protest outside the venue. One of them, a 24-year-old student "
        "who gave her name as Defne, said she had lost her family's orchard in the fires. "
        '"They talk about targets, we talk about homes," she said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "talk about targets") == "Defne"


def test_a_name_the_tagger_missed_before_who_is_a_person_in_focus(run: Run) -> None:
    text = (
        "For Carys Pritchard, who has run a card shop on the street for 19 years, the wait "
        "has been exhausting. A Natural Resources Wales spokesman said the defences were under "
        'review.\n\n"Every time it rains hard I am up at three in the morning," she said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "Every time it rains") == "Carys Pritchard"


def test_a_name_opening_a_sentence_whose_verb_reads_as_a_noun_is_in_focus(run: Run) -> None:
    # 'shrugs' is tagged a plural noun, so the parse gives the sentence no subject
    text = (
        "Energy Secretary Chris Wright said last year that the agency's scenarios were "
        '"divorced from reality".\n\n'
        'Lars Oskarsson shrugs when the criticism is put to him. "We are an agency of '
        'numbers," he says.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "agency of numbers") == "Lars Oskarsson"
