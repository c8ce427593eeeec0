"""One spaCy pipeline per test session (make_nlp caches it per process)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.nlp import make_nlp
from communique.settings import Settings


@pytest.fixture(scope="session")
def nlp() -> Language:
    return make_nlp(Settings())
