"""JSON Lines: one article per line with ``text`` or ``html``, optional url/title/date/author.

A bad line is one error naming the file and line number; the other lines are still read. Lines
are read one at a time, so a large file never becomes one big list of objects.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from communique.errors import InputError
from communique.ingest.document import RawDocument
from communique.records import Source


def read_jsonl(lines: Iterable[str], name: str) -> Iterator[RawDocument | InputError]:
    """Yield one document per non-blank line; malformed lines become errors."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield InputError(where, f"invalid JSON ({exc.args[0] if exc.args else exc})")
            continue
        if not isinstance(obj, dict):
            yield InputError(where, "a JSON Lines record must be an object")
            continue
        html, text = obj.get("html"), obj.get("text")
        content, fmt = (html, "html") if isinstance(html, str) and html.strip() else (text, "text")
        if not isinstance(content, str) or not content.strip():
            yield InputError(where, "record has no 'text' or 'html' field")
            continue
        yield RawDocument(
            source=Source(path=name, url=_str(obj.get("url")), kind="jsonl"),
            content=content,
            format=fmt,
            title=_str(obj.get("title")),
            date=_str(obj.get("date") or obj.get("published")),
            author=_str(obj.get("author")),
            outlet=_str(obj.get("outlet") or obj.get("source")),
        )


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
