"""More forms seen in real reporting: second halves, characterising verbs, headline labels,
manner-of-speaking verbs, outlets as sources, parenthetical cues and what is not a quote."""

from __future__ import annotations

from .helpers import Run


def test_second_half_after_cue_sentence(run: Run) -> None:
    quotes, _ = run(
        'Mayor Carla Rossi toured the flooded streets. "The water came in minutes," she said. '
        '"Nobody had time to save anything."'
    )
    assert [q.text for q in quotes] == [
        "The water came in minutes,",
        "Nobody had time to save anything.",
    ]
    assert all(q.speaker == "Carla Rossi" for q in quotes)


def test_characterising_verb_attributes_fragment(run: Run) -> None:
    quotes, _ = run(
        'Opposition leader Jonas Weber called the budget "a betrayal of working families".'
    )
    assert len(quotes) == 1
    assert quotes[0].text == "a betrayal of working families"
    assert quotes[0].speaker == "Jonas Weber"


def test_headline_label_speaks(run: Run) -> None:
    quotes, _ = run(
        "Finance minister: 'We will balance the books by 2028'\n\n"
        "Finance Minister Petra Novak presented the budget to parliament on Tuesday."
    )
    assert quotes[0].text == "We will balance the books by 2028"
    assert quotes[0].speaker == "Petra Novak"


def test_manner_of_speaking_verb(run: Run) -> None:
    quotes, _ = run('"This is a disgrace and a scandal," fumed Councillor Ben Hardy.')
    assert quotes[0].speaker == "Ben Hardy"


def test_outlet_alone_is_the_source(run: Run) -> None:
    quotes, _ = run("Turkey hosts about three million refugees, according to Reuters.")
    assert len(quotes) == 1
    assert quotes[0].speaker == "Reuters"
    assert quotes[0].cue == "according to"


def test_outlet_relaying_a_speaker_is_via(run: Run) -> None:
    quotes, _ = run(
        "Senator Mia Torres said the deal was a mistake, according to Reuters."
    )
    assert len(quotes) == 1
    assert quotes[0].speaker == "Mia Torres"
    assert quotes[0].via == "Reuters"


def test_parenthetical_cue(run: Run) -> None:
    quotes, _ = run(
        "Economist Rahul Mehta spoke at the forum.\n\n"
        "Western criticism of the loans, he said, often ignored the terms on offer."
    )
    assert len(quotes) == 1
    assert quotes[0].text.startswith("Western criticism of the loans")
    assert quotes[0].speaker == "Rahul Mehta"


def test_reported_question_is_not_a_statement(run: Run) -> None:
    quotes, _ = run("The spokesman declined to say whether the talks would resume.")
    assert quotes == []


def test_one_word_in_marks_is_not_a_quote(run: Run) -> None:
    quotes, _ = run('Police described the protest as "peaceful" on Sunday.')
    assert quotes == []


def test_organisation_owner_kept_in_name(run: Run) -> None:
    quotes, _ = run(
        "Lithuania's Foreign Ministry said in a statement that transit would continue as usual."
    )
    assert quotes[0].speaker == "Lithuania's Foreign Ministry"
    assert quotes[0].cue == "said in a statement"


def test_abbreviated_title_does_not_end_the_attribution(run: Run) -> None:
    quotes, _ = run(
        '"We are monitoring the vessel," spokesman Lt. Col. Dana Hines told reporters. '
        '"It is in international waters."'
    )
    assert len(quotes) == 2
    assert all(q.speaker == "Dana Hines" for q in quotes)


def test_body_keeps_its_seat(run: Run) -> None:
    quotes, _ = run(
        "The Russian Embassy in Washington said the ship was on a scientific mission."
    )
    assert quotes[0].speaker == "Russian Embassy in Washington"


def test_name_the_tagger_misses_is_still_a_speaker(run: Run) -> None:
    quotes, _ = run(
        "GORIS, Armenia \u2014 Anahit Sargsyan keeps the key to her old house by the door. "
        "She fled with her two sons in 2023.\n\n"
        '"I am not against peace. Who is against peace?" she said.'
    )
    assert quotes[0].speaker == "Anahit Sargsyan"


def test_acronym_subject_is_not_a_dateline(run: Run) -> None:
    quotes, _ = run(
        "MOSCOW, Russia \u2014 The Federal Security Service (FSB) opened an inquiry.\n\n"
        "FSB said the two explosions were related."
    )
    assert [q.speaker for q in quotes] == ["Federal Security Service"]


def test_hyphenated_and_surname_first_names(run: Run) -> None:
    quotes, _ = run(
        "Norway's envoy Ingrid Solberg-Haug met both sides. Taiwan's spokesman Lin Chia-hao "
        "also spoke.\n\n"
        'Solberg-Haug said the talks had been "difficult but useful".\n\n'
        '"We will not be intimidated by drills," Lin said.'
    )
    assert [q.speaker for q in quotes] == ["Ingrid Solberg-Haug", "Lin Chia-hao"]
