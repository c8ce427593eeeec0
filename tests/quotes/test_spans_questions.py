"""Reported questions and scattered parses are not statements: a complement opened by a
question word ('decides what is the plan'), and a subjectless clause the parser hung on an
estimating verb after its own adjunct ('estimate the flock by counting ...')."""

from __future__ import annotations

from spacy.language import Language

from communique.quotes.cues import lexicon
from communique.quotes.indirect import _content

from .helpers import Run, hand_parsed


def test_question_word_complement_is_not_reported(nlp: Language) -> None:
    doc = hand_parsed(nlp, [
        ("Oslo", "Oslo", "PROPN", "NNP", "nsubj", 1),
        ("decides", "decide", "VERB", "VBZ", "ROOT", 1),
        (",", ",", "PUNCT", ",", "punct", 4),
        ("what", "what", "PRON", "WP", "attr", 4),
        ("is", "be", "AUX", "VBZ", "ccomp", 1),
        ("Norway", "Norway", "PROPN", "NNP", "poss", 8),
        ("'s", "'s", "PART", "POS", "case", 5),
        ("fallback", "fallback", "NOUN", "NN", "compound", 8),
        ("plan", "plan", "NOUN", "NN", "nsubj", 4),
        ("?", "?", "PUNCT", ".", "punct", 1),
    ])
    assert _content(doc[1], lexicon()) == []


def test_statement_complement_is_reported(nlp: Language) -> None:
    doc = hand_parsed(nlp, [
        ("Oslo", "Oslo", "PROPN", "NNP", "nsubj", 1),
        ("decides", "decide", "VERB", "VBZ", "ROOT", 1),
        ("Norway", "Norway", "PROPN", "NNP", "poss", 5),
        ("'s", "'s", "PART", "POS", "case", 2),
        ("fallback", "fallback", "NOUN", "NN", "compound", 5),
        ("plan", "plan", "NOUN", "NN", "nsubj", 6),
        ("stands", "stand", "VERB", "VBZ", "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert [doc.text[a:b] for a, b in _content(doc[1], lexicon())] == [
        "Norway 's fallback plan stands"
    ]


def test_object_before_the_cues_own_adjunct_is_no_clause_subject(nlp: Language) -> None:
    doc = hand_parsed(nlp, [
        ("Rangers", "ranger", "NOUN", "NNS", "nsubj", 1),
        ("estimate", "estimate", "VERB", "VBP", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("flock", "flock", "NOUN", "NN", "dobj", 1),
        ("by", "by", "ADP", "IN", "prep", 1),
        ("counting", "count", "VERB", "VBG", "pcomp", 4),
        ("the", "the", "DET", "DT", "det", 7),
        ("marsh", "marsh", "NOUN", "NN", "dobj", 5),
        ("turned", "turn", "VERB", "VBD", "ccomp", 1),
        ("white", "white", "ADJ", "JJ", "oprd", 8),
        ("by", "by", "ADP", "IN", "agent", 8),
        ("birds", "bird", "NOUN", "NNS", "pobj", 10),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert _content(doc[1], lexicon()) == []


def test_estimate_with_a_clause_is_reported(run: Run) -> None:
    quotes, _ = run(
        "The researchers estimate the bird had a top speed of about 30 miles an hour."
    )
    assert [q.text for q in quotes] == ["the bird had a top speed of about 30 miles an hour"]


def test_free_relative_subject_is_still_a_statement(run: Run) -> None:
    quotes, _ = run("The mayor said what the city needed was a new bridge.")
    assert [q.text for q in quotes] == ["what the city needed was a new bridge"]


def test_evidence_participle_after_a_finding_is_the_writers_inference(run: Run) -> None:
    quotes, _ = run(
        "The astronomers found that the star dimmed every eleven days, indicating that a "
        "large planet was passing in front of it."
    )
    assert [q.text for q in quotes] == ["the star dimmed every eleven days"]


def test_a_person_who_indicates_still_reports(run: Run) -> None:
    quotes, _ = run("The minister indicated that she would not seek a second term.")
    assert [q.text for q in quotes] == ["she would not seek a second term"]
