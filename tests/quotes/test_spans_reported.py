"""Quoted fragments inside reported clauses: the reporting verb above the clause attributes
them, and the clause they sit in (with its conditions) is the quotation a reader takes; scare
quotes and fragments under verbs that are not speech stay out."""

from __future__ import annotations

from .helpers import Run


def test_fragment_in_reported_clause_belongs_to_the_reporter(run: Run) -> None:
    quotes, _ = run('Okafor said the port had become "a waiting room for rotting cargo".')
    assert len(quotes) == 1
    q = quotes[0]
    assert (q.kind, q.cue, q.speaker) == ("mixed", "said", "Okafor")
    assert q.text == 'the port had become "a waiting room for rotting cargo"'


def test_clause_subject_is_not_the_speaker_of_a_fragment(run: Run) -> None:
    quotes, _ = run(
        'Asked about the tariffs, Mira Sandoval said Norland had turned into "a back door '
        'for cheap aluminium".'
    )
    assert [(q.cue, q.speaker) for q in quotes] == [("said", "Mira Sandoval")]


def test_characterising_verb_inside_a_report_keeps_its_subject_out_of_the_cue(run: Run) -> None:
    quotes, _ = run('Reyes said the council had called the plan "a gift to developers".')
    assert [(q.kind, q.speaker) for q in quotes] == [("mixed", "Reyes")]


def test_infinitive_under_a_speech_verb_quotes_the_speaker(run: Run) -> None:
    quotes, _ = run('Mayor Ines Dahl vowed to fight "every single eviction" in the district.')
    assert [(q.text, q.cue, q.speaker) for q in quotes] == [
        ("every single eviction", "vowed", "Ines Dahl")
    ]


def test_infinitive_under_a_verb_that_is_not_speech_is_not_a_quote(run: Run) -> None:
    quotes, _ = run('The agency tried to take "all necessary measures" after the flood.')
    assert quotes == []


def test_condition_after_the_reported_clause_is_part_of_it(run: Run) -> None:
    quotes, _ = run(
        "Haddad warned that the aid would change little unless the crossings were "
        '"opened without conditions".'
    )
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [(
        "mixed",
        'the aid would change little unless the crossings were "opened without conditions"',
        "Haddad",
    )]


def test_reason_hung_on_the_cue_is_part_of_the_report(run: Run) -> None:
    quotes, _ = run(
        'The ministry warned that harvests would fall because the dams were "far below '
        'safe levels".'
    )
    assert len(quotes) == 1
    assert quotes[0].text.startswith("harvests would fall because the dams")


def test_scare_quoted_term_stays_out(run: Run) -> None:
    quotes, _ = run('Critics mocked the so-called "reset" with the neighbours.')
    assert quotes == []


def test_body_statement_after_the_clause(run: Run) -> None:
    quotes, _ = run(
        "Talks on the fishing quota would continue next month, the Norwegian Foreign "
        "Ministry said in a statement."
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Talks on the fishing quota would continue next month", "Norwegian Foreign Ministry")
    ]


def test_unnamed_source_of_a_mixed_report(run: Run) -> None:
    quotes, _ = run(
        'The fleet would remain in port "for as long as it takes", two officials familiar '
        "with the plan said."
    )
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("mixed", 'The fleet would remain in port "for as long as it takes"', None)
    ]


def test_that_clause_after_a_participle_on_the_statement(run: Run) -> None:
    quotes, _ = run(
        "The harbour authority said in a statement released late on Sunday that the ferry "
        "service would resume."
    )
    assert [q.text for q in quotes] == ["the ferry service would resume"]


def test_speakers_next_act_after_a_copular_fragment_is_not_reported(run: Run) -> None:
    quotes, _ = run(
        'Lindqvist said the rumours were "pure fiction" and called for an apology.'
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ('the rumours were "pure fiction"', "Lindqvist")
    ]


def test_conjunct_sharing_an_acting_subject_stays_in_the_report(run: Run) -> None:
    quotes, _ = run(
        'Harlow says the two mayors "renewed their pledge to share the water" and agreed '
        "to meet in May."
    )
    assert len(quotes) == 1
    assert quotes[0].text.endswith("agreed to meet in May")


def test_what_a_speaker_urged_with_quoted_words_is_a_mixed_quote(run: Run) -> None:
    quotes, _ = run(
        'Ferreyra said the talks were "stalled" and urged both sides to return to the table '
        '"in good faith".'
    )
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("mixed", 'the talks were "stalled"', "Ferreyra"),
        ("mixed", 'both sides to return to the table "in good faith"', "Ferreyra"),
    ]


def test_urging_without_quoted_words_is_an_act_not_a_quote(run: Run) -> None:
    quotes, _ = run("Senator Ruth Akande urged voters to turn out on Sunday.")
    assert quotes == []


def test_quoted_noun_term_before_its_noun_is_not_speech(run: Run) -> None:
    quotes, _ = run('The government launched a "digital passport" scheme on Monday.')
    assert quotes == []


def test_quoted_evaluation_before_its_noun_is_the_subjects(run: Run) -> None:
    quotes, _ = run('Tokyo condemned the "reckless and provocative" drills near the islands.')
    # the capital speaks for its government, under the name the article gives
    assert [(q.text, q.speaker, q.speaker_mention) for q in quotes] == [
        ("reckless and provocative", "Tokyo", "Tokyo")
    ]


def test_fragment_in_a_relative_clause_report_is_the_relative_subjects(run: Run) -> None:
    """'the mayor, X, who told reporters that the bridge "...", she shrugged': the words
    quoted inside the clause 'told' reports are X's, not those of the later 'she'."""
    quotes, _ = run(
        "Asked about comments by the mayor, Ivo Brandt, who told reporters on Friday that "
        'the old bridge "will never reopen to traffic", she shrugged.'
    )
    assert len(quotes) == 1
    assert quotes[0].speaker == "Ivo Brandt"
    assert quotes[0].cue is not None and quotes[0].cue.startswith("told")
