"""The token lookups the quote readers start their passes from (``nlp.columns``) give the same
tokens, in the same order, as reading every token's attribute would: a pass that asks for the
proper nouns or the word 'in' must neither skip one nor visit one twice."""

from __future__ import annotations

from spacy.language import Language

from communique.nlp.build import sent_of
from communique.nlp.columns import token_groups, tokens_in, tokens_of, tokens_where

TEXT = (
    "Minister of Foreign Affairs and Trade Hinemoa Tauroa said in Wellington that the talks "
    "(held in Suva) would go on. \u201cWe are in no hurry,\u201d she said. According to "
    "Tauroa, the Pacific Islands Forum will meet in March in Suva."
)


def test_lookups_match_a_full_pass(nlp: Language) -> None:
    doc = nlp(TEXT)
    toks = list(doc)
    assert tokens_in(doc, "pos", ("PROPN",)) == [t.i for t in toks if t.pos_ == "PROPN"]
    assert tokens_in(doc, "pos", ("NOUN", "VERB")) == [
        t.i for t in toks if t.pos_ in ("NOUN", "VERB")
    ]
    assert tokens_in(doc, "lower", ("in", "according")) == [
        t.i for t in toks if t.lower_ in ("in", "according")
    ]
    assert tokens_of(doc, "text", "(") == [t.i for t in toks if t.text == "("]
    assert tokens_of(doc, "text", "Suva") == [t.i for t in toks if t.text == "Suva"]
    assert tokens_where(doc, "lemma", lambda w: w.lower() == "say") == [
        t.i for t in toks if t.lemma_.lower() == "say"
    ]
    assert tokens_in(doc, "dep", ("nsubj",)) == [t.i for t in toks if t.dep_ == "nsubj"]
    assert tokens_in(doc, "ent_type", ("GPE",)) == [t.i for t in toks if t.ent_type_ == "GPE"]


def test_values_absent_from_the_article_find_nothing(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert tokens_in(doc, "lower", ("zanzibar",)) == []
    assert tokens_of(doc, "text", "Zanzibar") == []
    assert tokens_where(doc, "text", lambda w: w.startswith("Zanz")) == []


def test_each_article_reads_its_own_tokens(nlp: Language) -> None:
    first, second = nlp("In Suva, Tauroa spoke."), nlp("Tauroa spoke in Apia and in Suva.")
    assert tokens_in(first, "lower", ("in",)) == [0]
    assert tokens_in(second, "lower", ("in",)) == [2, 5]
    assert tokens_in(first, "lower", ("in",)) == [0]  # (the memo follows the article)
    assert set(token_groups(second, "text")) == {t.text for t in second}


def test_sentence_lookup_matches_the_parse(nlp: Language) -> None:
    """``sent_of`` answers from a table made once; it must give every token the sentence
    the parse gives it, in an article of several sentences and paragraphs, and answer for
    the article asked about when another was read in between."""
    doc = nlp(TEXT + "\n\nThe forum said nothing. It meets again in May.")
    other = nlp("One sentence only.")
    assert [(sent_of(t).start, sent_of(t).end) for t in doc] == [
        (t.sent.start, t.sent.end) for t in doc
    ]
    assert sent_of(other[0]).text == "One sentence only."
    assert sent_of(doc[-1]).text == doc[-1].sent.text
