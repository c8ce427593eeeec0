"""POST /api/analyze limits and the write token when bound beyond loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from communique.api import UnsafeBindError, create_app
from communique.api.security import is_loopback
from communique.settings import Settings


@pytest.fixture
def no_env_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMMUNIQUE_TOKEN", raising=False)


@pytest.fixture
def small_cap_client(settings: Settings, db_path: Path, no_env_token: None) -> Iterator[TestClient]:
    with TestClient(create_app(settings.with_(max_post_bytes=64), db_path)) as c:
        yield c


def test_loopback_detection() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert is_loopback("127.5.0.1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4")
    assert not is_loopback("example.org")


def test_post_over_the_cap_is_413(small_cap_client: TestClient) -> None:
    r = small_cap_client.post("/api/analyze", content=b"x" * 65)
    assert r.status_code == 413


def test_chunked_post_over_the_cap_is_413(small_cap_client: TestClient) -> None:
    def body() -> Iterator[bytes]:
        for _ in range(10):
            yield b"y" * 16

    r = small_cap_client.post("/api/analyze", content=body())
    assert r.status_code == 413


def test_empty_post_is_422(small_cap_client: TestClient) -> None:
    assert small_cap_client.post("/api/analyze", content=b"  ").status_code == 422


def test_refuses_non_loopback_without_token(
    settings: Settings, db_path: Path, no_env_token: None
) -> None:
    with pytest.raises(UnsafeBindError):
        create_app(settings, db_path, host="0.0.0.0")


def test_token_from_environment_is_accepted(
    settings: Settings, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COMMUNIQUE_TOKEN", "env-secret")
    app = create_app(settings.with_(max_post_bytes=8), db_path, host="0.0.0.0")
    with TestClient(app) as c:
        assert c.post("/api/analyze", content=b"a" * 9).status_code == 401
        r = c.post("/api/analyze", content=b"a" * 9, headers={"X-Communique-Token": "env-secret"})
        assert r.status_code == 413


def test_writes_need_the_token_when_bound_beyond_loopback(
    settings: Settings, db_path: Path, no_env_token: None
) -> None:
    app = create_app(settings.with_(max_post_bytes=8), db_path, host="0.0.0.0", token="s3cret")
    with TestClient(app) as c:
        assert c.post("/api/analyze", content=b"a" * 9).status_code == 401
        wrong = {"Authorization": "Bearer nope"}
        assert c.post("/api/analyze", content=b"a" * 9, headers=wrong).status_code == 401
        right = {"Authorization": "Bearer s3cret"}
        # past the guard, the size cap answers: the token let the request through
        assert c.post("/api/analyze", content=b"a" * 9, headers=right).status_code == 413
        # reads stay open
        assert c.get("/api/articles").status_code == 200


def test_serve_command_refuses_public_bind_without_token(db_path: Path, no_env_token: None) -> None:
    from typer.testing import CliRunner

    from communique.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(db_path), "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "token" in result.output.lower()


def test_serve_command_reports_a_missing_database(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from communique.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no such database" in result.output
