"""Shared fixtures: one spaCy pipeline per test session, and a helper that runs the stage."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.nlp import make_nlp
from communique.quotes import extract_quotes
from communique.records import Quote, Speaker
from communique.settings import load_settings

from .helpers import Run


@pytest.fixture(scope="session")
def nlp() -> Language:
    return make_nlp(load_settings())


@pytest.fixture(scope="session")
def run(nlp: Language) -> Run:
    """Parse paragraphs (joined by blank lines, as the pipeline does) and extract quotes."""

    def _run(text: str) -> tuple[list[Quote], list[Speaker]]:
        return extract_quotes(nlp(text))

    return _run
