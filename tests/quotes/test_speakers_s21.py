"""Speakers of session 21: ranks, documents that speak again, dateline credits, names the
tagger called places.

'Brigadier General Osman Taha, spokesman for the army delegation' is the army spokesman: the
rank stays in the role and the post is added after it. A body's communique that spoke once
speaks again further down; a document that 'expressed "grave concern"' speaks for its author;
'(PTI)' before a title is no part of the role; 'Aleksandar Vučić' tagged a facility is a
person. Sentences written for Communique.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from communique.quotes.cues import lexicon
from communique.quotes.speakers import Cast

from .helpers import Run
from .helpers import speaker_of as _speaker_of


def test_a_rank_before_the_name_keeps_the_apposed_post(run: Run) -> None:
    text = (
        "Brigadier General Samir Haddad, spokesman for the army delegation, spoke to reporters "
        "in the capital on Monday. The army spokesman said the troops had left the border town."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "troops had left the border town") == "Samir Haddad"


def test_a_civil_title_before_the_name_still_reads_as_the_role(run: Run) -> None:
    text = (
        "Foreign Minister Laila Nasser, who arrived on Sunday, met her counterpart. "
        "The foreign minister said the two sides had agreed to reopen the embassies."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "agreed to reopen the embassies") == "Laila Nasser"


def test_a_bodys_document_keeps_its_author_after_others_spoke(run: Run) -> None:
    text = (
        '"Water is the border we all share," said the statement of the Andean Community, '
        "issued at the end of the summit.\n\n"
        'Rosa Quispe, a delegate from Peru, said the statement was "too timid on mining".\n\n'
        '"We will keep asking," she told reporters.\n\n'
        'On glaciers, the statement said: "The ministers agreed to fund a joint monitoring '
        'network."'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "keep asking") == "Rosa Quispe"
    assert _speaker_of(quotes, "joint monitoring network") == "Andean Community"


def test_a_participle_after_an_inverted_document_is_no_reported_clause(run: Run) -> None:
    text = (
        "Andean ministers closed their meeting in Quito on Friday. \"Water is the border we "
        'all share," said the declaration of the Andean Community, adopted after two days of '
        "talks."
    )
    quotes, _ = run(text)
    assert [text[q.start : q.end] for q in quotes] == ['Water is the border we all share,']
    assert quotes[0].speaker == "Andean Community"


def test_a_document_that_expresses_quoted_words_speaks_for_its_author(run: Run) -> None:
    text = (
        'The joint statement of the Pacific Islands Forum expressed "grave concern" over rising '
        "seas. Leaders met in Suva, in a final communique of the Pacific Islands Forum that "
        "also voiced «serious concern» about fishing fleets."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "grave concern") == "Pacific Islands Forum"
    assert _speaker_of(quotes, "serious concern") == "Pacific Islands Forum"


def test_a_document_subject_does_not_make_the_writers_term_a_quote(run: Run) -> None:
    text = 'The proposals would shift billions of "policy costs" onto taxpayers next year.'
    quotes, _ = run(text)
    assert quotes == []


def test_an_infinitive_after_an_object_is_the_objects_words(run: Run) -> None:
    text = (
        "Senator Mara Holt spoke on the radio on Monday. The criticism that followed led "
        'Holt to express "deep regret for my words" on Tuesday.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "deep regret") == "Mara Holt"


def test_an_agency_dateline_credit_is_not_part_of_the_role(run: Run) -> None:
    text = (
        "Lagos, Nov 12 (PTI) Central Bank of Nigeria Governor Musa Ade on Thursday said the "
        'bank had "adequate room" to support growth.'
    )
    quotes, _ = run(text)
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Musa Ade", "Central Bank of Nigeria Governor")
    ]


def test_a_given_name_tagged_a_building_is_a_person(nlp: Language) -> None:
    doc = nlp(
        "When Bogdan Petrović opened a Chinese-built industrial zone last week, he told the "
        "crowd that jobs would follow."
    )
    # the tagger sometimes calls such a subject a facility (a hand-made tag stands in for it)
    name = next(e for e in doc.ents if e.text == "Bogdan Petrović")
    doc.ents = [Span(doc, name.start, name.end, label="FAC")] + [
        e for e in doc.ents if e.start != name.start
    ]
    cast = Cast(doc, lexicon(), [])
    assert [p.name for p in cast.people.values() if p.is_person] == ["Bogdan Petrović"]


def test_a_body_named_short_first_keeps_its_seat_when_named_in_full_later(run: Run) -> None:
    text = (
        "Reporters asked whether a protest had been lodged with the Chilean Embassy.\n\n"
        "On Tuesday, the Chilean Embassy in Peru said in a statement that the fishing boats "
        'had been inside Chilean waters. "The facts are clear," the embassy said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "fishing boats") == "Chilean Embassy in Peru"
    assert _speaker_of(quotes, "facts are clear") == "Chilean Embassy in Peru"


def test_a_description_quoted_right_after_a_scene_setting_lede_is_named_next(run: Run) -> None:
    text = (
        "Delegates from forty countries gathered in Nairobi on Monday for a summit on grain "
        "exports that had been postponed twice this year.\n\n"
        '"We cannot feed a continent on promises," Kenya\'s top diplomat told the opening '
        "session, calling for binding quotas.\n\n"
        "Foreign Minister Amina Wekesa said later that the talks would run until Thursday."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "feed a continent") == "Amina Wekesa"
