"""Where each page lives, for the live dashboard and for the static report.

Views never build URLs by hand: they ask a ``Links`` object. The dashboard uses path routes
(``/articles/<id>``); the static report writes flat files in one folder (``article-<id>.html``)
so it opens from disk with no server. Same views, same templates, different addresses.
"""

from __future__ import annotations

import hashlib
import re
from typing import Protocol
from urllib.parse import quote, urlencode

_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """File-safe, collision-free name: readable prefix plus a short hash of the exact name."""
    base = _SLUG.sub("-", name.lower()).strip("-")[:40] or "x"
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    return f"{base}-{digest}"


class Links(Protocol):
    """Addresses of every page a view can point to."""

    def home(self) -> str: ...
    def static(self, name: str) -> str: ...
    def article(self, article_id: str, anchor: str | None = None) -> str: ...
    def actor(self, name: str) -> str: ...
    def dyad(self, source: str, target: str) -> str: ...
    def quotes(self, **filters: str) -> str: ...
    def events(self, **filters: str) -> str: ...
    def search(self, q: str) -> str: ...


def _frag(anchor: str | None) -> str:
    return f"#{anchor}" if anchor else ""


class LiveLinks:
    """Routes served by ``communique serve``; ``root`` is the mount prefix (usually empty)."""

    def __init__(self, root: str = "") -> None:
        self.root = root.rstrip("/")

    def home(self) -> str:
        return f"{self.root}/"

    def static(self, name: str) -> str:
        return f"{self.root}/static/{name}"

    def article(self, article_id: str, anchor: str | None = None) -> str:
        return f"{self.root}/articles/{quote(article_id, safe='')}{_frag(anchor)}"

    def actor(self, name: str) -> str:
        return f"{self.root}/actors/{quote(name, safe='')}"

    def dyad(self, source: str, target: str) -> str:
        return f"{self.root}/dyads/{quote(source, safe='')}/{quote(target, safe='')}"

    def quotes(self, **filters: str) -> str:
        query = urlencode({k: v for k, v in filters.items() if v})
        return f"{self.root}/quotes" + (f"?{query}" if query else "")

    def events(self, **filters: str) -> str:
        query = urlencode({k: v for k, v in filters.items() if v})
        return f"{self.root}/events" + (f"?{query}" if query else "")

    def search(self, q: str) -> str:
        return f"{self.root}/?{urlencode({'q': q})}"


class ReportLinks:
    """Flat files of the static report, all in one folder so relative links work from disk.

    Filtered lists have no server to filter them, so the report links a filter to the page that
    already shows those rows (an actor's page for ``speaker=``/``actor=``, a dyad page for a pair).
    """

    def home(self) -> str:
        return "index.html"

    def static(self, name: str) -> str:
        return f"static/{name}"

    def article(self, article_id: str, anchor: str | None = None) -> str:
        return f"article-{slug(article_id)}.html{_frag(anchor)}"

    def actor(self, name: str) -> str:
        return f"actor-{slug(name)}.html"

    def dyad(self, source: str, target: str) -> str:
        return f"dyad-{slug(source + chr(0) + target)}.html"

    def quotes(self, **filters: str) -> str:
        if filters.get("speaker"):
            return self.actor(filters["speaker"]) + "#said"
        return "quotes.html"

    def events(self, **filters: str) -> str:
        if filters.get("source") and filters.get("target"):
            return self.dyad(filters["source"], filters["target"])
        if filters.get("actor"):
            return self.actor(filters["actor"]) + "#did"
        return "events.html"

    def search(self, q: str) -> str:
        return "index.html"
