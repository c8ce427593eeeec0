"""Fixtures for store tests: a fresh on-disk Store per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from communique.settings import Settings
from communique.store import Store


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def store(tmp_path: Path, settings: Settings) -> Iterator[Store]:
    with Store(tmp_path / "t.duckdb", settings) as s:
        yield s


@pytest.fixture
def new_store(tmp_path: Path, settings: Settings) -> Callable[[str], Store]:
    def make(name: str) -> Store:
        """An in-memory store: order tests build many, none needs to outlive the test."""
        return Store(":memory:", settings)
    return make


@pytest.fixture
def filled(store: Store) -> Store:
    """The store holding ``store_corpus.corpus()``."""
    from store_corpus import corpus

    summary = store.add(corpus())
    assert (summary.new, summary.failed) == (5, 0)
    return store
