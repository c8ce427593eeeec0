"""Scoring against gold sets; used by ``communique eval`` and by the CI quality floors.

Gold sets live in the repository's ``gold/`` folder (``gold/chrome``, ``gold/quotes``,
``gold/events``), each with a ``floor.json`` that the tests pin.
"""

from __future__ import annotations

import os
from pathlib import Path


def gold_dir(name: str) -> Path:
    """Directory of the named gold set: ``$COMMUNIQUE_GOLD/name`` or the repo's ``gold/name``."""
    root = os.environ.get("COMMUNIQUE_GOLD")
    base = Path(root) if root else Path(__file__).resolve().parents[3] / "gold"
    return base / name
