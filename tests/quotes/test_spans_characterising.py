"""Attributed fragments outside a reported clause are direct quotations of the subject of
the governing verb, across an aside; a term inside a noun phrase is no quotation."""

from __future__ import annotations

from .helpers import Run
from .helpers import by_text as _texts


def test_called_after_a_participial_aside_is_the_subjects_words(run: Run) -> None:
    quotes, _ = run(
        "Novak, writing on Facebook through his spokesman, called the mayor \"a friend of "
        "the developers\"."
    )
    assert [q.text for q in quotes] == ["a friend of the developers"]
    assert quotes[0].kind == "direct"
    assert quotes[0].speaker == "Novak"


def test_calling_after_a_report_is_a_direct_quote_of_its_own(run: Run) -> None:
    quotes, _ = run(
        "The ministry said it opposed the amendment, calling it \"a reckless attempt to tie "
        "the council's hands.\""
    )
    texts = _texts(quotes)
    assert "it opposed the amendment" in texts
    frag = "a reckless attempt to tie the council's hands."
    assert frag in texts
    assert texts[frag].kind == "direct"
    assert texts[frag].speaker_mention == "The ministry"


def test_term_inside_a_noun_phrase_is_no_quote(run: Run) -> None:
    quotes, _ = run("Coast guards boarded tankers described as part of the \"grey fleet\".")
    assert quotes == []


def test_so_called_name_is_no_quote(run: Run) -> None:
    quotes, _ = run("Envoys gathered at the so-called \"Council of Harbours\" on Friday.")
    assert quotes == []


def test_object_of_called_is_never_the_speaker(run: Run) -> None:
    quotes, _ = run(
        "Orban, speaking at a rally in Debrecen, called the plan \"a betrayal of farmers\"."
    )
    assert [q.text for q in quotes] == ["a betrayal of farmers"]
    assert quotes[0].speaker_mention != "the plan"
    assert quotes[0].speaker == "Orban"
