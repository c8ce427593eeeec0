"""A small store built from hand-written Article records, and an in-process client over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sample_articles import articles

from communique.api import create_app
from communique.settings import Settings, load_settings
from communique.store import Store


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings()


@pytest.fixture(scope="session")
def db_path(tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> Path:
    path = tmp_path_factory.mktemp("api") / "sample.duckdb"
    with Store(path, settings) as store:
        summary = store.add(articles())
    assert summary.new == 3 and summary.failed == 0
    return path


@pytest.fixture(scope="session")
def client(settings: Settings, db_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(settings, db_path)) as c:
        yield c
