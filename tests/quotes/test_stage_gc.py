"""The quotation stage pauses the cyclic garbage collector while it reads an article (a speed
measure, see ``extract_quotes``). A caller must find the collector as it left it, whether the
article was read or the reading failed."""

from __future__ import annotations

import gc

import pytest
from spacy.language import Language

from communique.quotes import extract_quotes


def test_the_collector_is_restored_after_an_article(nlp: Language) -> None:
    doc = nlp('"We will decide on Monday," the minister said.')
    assert gc.isenabled()
    quotes, _ = extract_quotes(doc)
    assert quotes and gc.isenabled()
    gc.disable()
    try:
        extract_quotes(doc)
        assert not gc.isenabled()  # a caller that paused it keeps it paused
    finally:
        gc.enable()


def test_the_collector_is_restored_when_reading_fails(nlp: Language) -> None:
    doc = nlp("A sentence.")
    with pytest.raises(TypeError):
        extract_quotes(doc, skip=[(0, None)])  # type: ignore[list-item]
    assert gc.isenabled()
