"""Scoring against gold sets; used by ``communique eval`` and by the CI quality floors.

Gold sets live in the repository's ``gold/`` folder (``gold/chrome``, ``gold/quotes``,
``gold/events``), each with a ``floor.json`` that the tests pin.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from communique.errors import InputError


def gold_dir(name: str) -> Path:
    """Directory of the named gold set: ``$COMMUNIQUE_GOLD/name`` or the repo's ``gold/name``."""
    root = os.environ.get("COMMUNIQUE_GOLD")
    base = Path(root) if root else Path(__file__).resolve().parents[3] / "gold"
    return base / name


def json_objects(file: Path, what: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each non-blank line of a JSON Lines file as ``(file:line, object)``.

    An unreadable file, a line that is not JSON or not an object is an ``InputError`` naming
    the file (and line), so every gold reader reports bad input the same one-line way.
    ``what`` names the file's role in that message ("gold file", "article file").
    """
    try:
        lines = file.read_text("utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(file), f"cannot read {what} ({exc.strerror})") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{file}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(where, f"invalid JSON ({exc.msg})") from exc
        if not isinstance(data, dict):
            raise InputError(where, "each line must be a JSON object")
        yield where, data
