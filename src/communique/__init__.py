"""Communique: news articles to a verifiable record of who said and did what to whom."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = [
    "analyze",
    "analyze_many",
    "analyze_paths",
    "Article",
    "Store",
    "Settings",
    "__version__",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())

if TYPE_CHECKING:
    from communique.pipeline import analyze, analyze_many, analyze_paths
    from communique.records import Article
    from communique.settings import Settings
    from communique.store import Store


def __getattr__(name: str) -> Any:
    """Import lazily so ``import communique`` stays cheap (no spaCy until used)."""
    if name in {"analyze", "analyze_many", "analyze_paths"}:
        from communique import pipeline

        return getattr(pipeline, name)
    if name == "Article":
        from communique.records import Article

        return Article
    if name == "Settings":
        from communique.settings import Settings

        return Settings
    if name == "Store":
        from communique.store import Store

        return Store
    raise AttributeError(name)
