"""The events scorer's context mode: a real sentence is read inside its article.

Human coders code a sentence having read its story, so the scorer can run the whole article and
keep the events found in the sentence. These tests pin the parts a user of
``communique eval events --context`` relies on: sentences are found in their article, only the
events whose evidence lies in the sentence count, sentences without an article are still read
alone, and a broken article file is a one-line error naming it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.errors import InputError
from communique.evaluate.events import (
    ContextArticle,
    GoldSentence,
    events_in_span,
    load_articles,
    locate,
    predict_in_context,
)
from communique.records import Event, Span
from communique.settings import load_settings

ARTICLE = (
    "Lawmakers in Nairobi met on Monday to debate the budget.\n\n"
    "Police arrested dozens of protesters outside parliament on Tuesday.\n\n"
    "The opposition said the budget would hurt the poor."
)
URL = "https://example.org/budget"


def sentence(gid: str, text: str, url: str | None = URL) -> GoldSentence:
    return GoldSentence(id=gid, text=text, published="2024-06-25", type=None, mode=None,
                        quad=None, source=(), target=(), url=url)


def ev(start: int, end: int) -> Event:
    return Event(type="ACCUSE", mode=None, cameo_root="11", quad=3, intensity=-2.0, source=[],
                 target=[], evidence=Span(start, end, "x" * (end - start)))


def test_locate_finds_sentence_or_falls_back() -> None:
    arts = {URL: ContextArticle(URL, ARTICLE, "2024-06-25")}
    gold = [sentence("a", "Police arrested dozens of protesters outside parliament on Tuesday."),
            sentence("b", "A sentence the article does not hold."),
            sentence("c", "Lawmakers in Nairobi met on Monday to debate the budget.", None)]
    places = locate(gold, arts)
    assert places[0] == (URL, ARTICLE.index("Police"))
    assert places[1] is None
    assert places[2] is None  # no url: read alone


def test_events_in_span_keeps_overlapping_evidence_in_order() -> None:
    events = [ev(0, 10), ev(12, 30), ev(25, 40), ev(41, 50)]
    kept = events_in_span(events, 20, 41)
    assert [e.evidence.start for e in kept] == [12, 25]


def test_load_articles_names_file_and_line(tmp_path: Path) -> None:
    good = tmp_path / "a.jsonl"
    good.write_text(json.dumps({"url": URL, "text": ARTICLE, "date": "2024-06-25"}) + "\n")
    assert load_articles(good)[URL].published == "2024-06-25"
    bad = tmp_path / "b.jsonl"
    bad.write_text(json.dumps({"url": URL}) + "\n")
    with pytest.raises(InputError) as err:
        load_articles(bad)
    assert "b.jsonl:1" in str(err.value)


def test_context_predictions_come_from_the_sentence_only() -> None:
    arts = {URL: ContextArticle(URL, ARTICLE, "2024-06-25")}
    target = "Police arrested dozens of protesters outside parliament on Tuesday."
    gold = [sentence("in", target), sentence("alone", "Police arrested a man in Lyon.", None)]
    preds, read = predict_in_context(gold, arts, load_settings())
    assert read == 1
    start = ARTICLE.index(target)
    assert preds[0], "the arrest in the sentence is found when read in its article"
    for e in preds[0]:
        assert e.evidence.start < start + len(target) and e.evidence.end > start
    assert any(e.type == "COERCE" for e in preds[0])
    assert any(e.type == "COERCE" for e in preds[1]), "a sentence without article is read alone"


def test_gold_records_carry_their_article_url(tmp_path: Path) -> None:
    from communique.evaluate.events import load_gold

    rec = {"id": "x1", "text": "Police arrested a man.", "type": None, "source": [],
           "target": [], "url": URL}
    path = tmp_path / "sentences.jsonl"
    path.write_text(json.dumps(rec) + "\n" + json.dumps({**rec, "id": "x2", "url": None}) + "\n")
    assert [g.url for g in load_gold(path)] == [URL, None]
