"""Ingest stage: files, directories, stdin or in-memory content -> a stream of RawDocuments.

Every failure becomes an ``InputError`` naming the file and the reason, yielded in place of the
documents it would have produced, so one bad file never stops a run and the CLI can report each.
Directories are walked in sorted order (deterministic ids and output) and read one file at a
time: the stream never holds more than one file's content.
"""

from __future__ import annotations

import logging
import os
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import replace

from communique.errors import InputError
from communique.ingest.decode import GZIP_MAGIC, DecodeError, decode, gunzip, normalise
from communique.ingest.document import RawDocument
from communique.ingest.feeds import read_feed
from communique.ingest.jsonl import read_jsonl
from communique.ingest.sniff import KINDS, sniff
from communique.ingest.stream import HEAD, container_kind, stream_container
from communique.ingest.warc import read_warc
from communique.records import Source
from communique.settings import Settings

__all__ = ["KINDS", "RawDocument", "iter_documents", "read_content"]

log = logging.getLogger(__name__)
Item = RawDocument | InputError


def iter_documents(
    paths: Sequence[str],
    *,
    kind: str = "auto",
    url: str | None = None,
    date: str | None = None,
    settings: Settings,
) -> Iterator[Item]:
    """Documents from files, directories (recursively, sorted) and ``-`` (stdin), in order."""
    _check_kind(kind)
    for path in paths:
        if path == "-":
            yield from _read_stdin(kind, url, date, settings)
        elif os.path.isdir(path):
            empty = True
            for file in _walk(path):
                empty = False
                if isinstance(file, InputError):
                    yield file
                else:
                    yield from _read_file(file, kind, None, date, settings)
            if empty:
                yield InputError(path, "directory holds no files")
        else:
            yield from _read_file(path, kind, url, date, settings)


def read_content(
    content: str | bytes,
    *,
    name: str,
    kind: str = "auto",
    url: str | None = None,
    date: str | None = None,
    settings: Settings,
) -> Iterator[Item]:
    """Documents in one piece of content (a page, a feed, a WARC, JSON Lines)."""
    _check_kind(kind)
    if isinstance(content, str):
        items = _read_str(content, name, kind, settings)
    else:
        items = _read(content, name, kind, settings)
    for item in items:
        yield _with_hints(item, url, date)


def _read_str(content: str, name: str, kind: str, settings: Settings) -> Iterator[Item]:
    """Text already decoded (an API body, a test): skip the bytes round trip where possible."""
    size = len(content) if len(content) * 4 <= settings.max_bytes else len(content.encode())
    if size > settings.max_bytes:
        yield InputError(name, _too_big(size, settings))
        return
    if kind == "auto":
        kind = sniff(content[:16384].encode("utf-8", "replace"), name)
    if kind in ("warc", "rss"):
        yield from _read(content.encode("utf-8"), name, kind, settings)
        return
    yield from _read_text(normalise(content), name, kind)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown input kind {kind!r}; expected one of {', '.join(KINDS)}")


def _too_big(size: int, settings: Settings) -> str:
    return f"{size} bytes is over the size cap of {settings.max_bytes} bytes (max_bytes)"


def _walk(root: str) -> Iterator[str | InputError]:
    """Files under ``root`` depth-first in name order (``a/1``, ``b/2``, ``c``), hidden skipped.

    Entries are listed one directory at a time, so a huge tree is never held in memory.
    """
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield InputError(root, f"cannot list directory ({exc.strerror or exc})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.is_file():
            yield entry.path


def _read_stdin(kind: str, url: str | None, date: str | None, settings: Settings) -> Iterator[Item]:
    data = sys.stdin.buffer.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        yield InputError("-", f"standard input is over the size cap of {settings.max_bytes} bytes")
        return
    yield from read_content(data, name="-", kind=kind, url=url, date=date, settings=settings)


def _read_file(
    path: str, kind: str, url: str | None, date: str | None, settings: Settings
) -> Iterator[Item]:
    try:
        size = os.stat(path).st_size
        with open(path, "rb") as fh:
            head = fh.read(HEAD)
        if not head.strip():
            yield InputError(path, "empty input")
            return
        container = container_kind(head, path, kind)
        if container is not None:
            for item in stream_container(path, container, settings.max_bytes):
                yield _with_hints(item, url, date)
            return
        if size > settings.max_bytes:
            yield InputError(path, _too_big(size, settings))
            return
        with open(path, "rb") as fh:
            data = fh.read(settings.max_bytes + 1)
    except FileNotFoundError:
        yield InputError(path, "no such file or directory")
        return
    except PermissionError:
        yield InputError(path, "permission denied")
        return
    except OSError as exc:
        yield InputError(path, f"cannot read ({exc.strerror or exc})")
        return
    yield from read_content(data, name=path, kind=kind, url=url, date=date, settings=settings)


def _read(data: bytes, name: str, kind: str, settings: Settings) -> Iterator[Item]:
    """Dispatch on the (sniffed) kind; gzip is undone first except for WARC, read member-wise."""
    if len(data) > settings.max_bytes:
        yield InputError(name, _too_big(len(data), settings))
        return
    if not data.strip():
        yield InputError(name, "empty input")
        return
    plain = data
    if data.startswith(GZIP_MAGIC):
        if kind == "warc" or (kind == "auto" and _gz_is_warc(data)):
            yield from read_warc(data, name, settings.max_bytes)
            return
        try:
            plain = gunzip(data, settings.max_bytes)
        except DecodeError as exc:
            yield InputError(name, str(exc))
            return
    if kind == "auto":
        kind = sniff(plain[:16384], name)
        log.debug("%s: sniffed as %s", name, kind)
    if kind == "warc":
        yield from read_warc(plain, name, settings.max_bytes)
        return
    if kind == "rss":
        yield from read_feed(plain, name)
        return
    try:
        text = decode(plain)
    except DecodeError as exc:
        yield InputError(name, str(exc))
        return
    yield from _read_text(text, name, kind)


def _read_text(text: str, name: str, kind: str) -> Iterator[Item]:
    """Documents in decoded, normalised text of kind text, html or jsonl."""
    if not text.strip():
        yield InputError(name, "empty input")
    elif kind == "jsonl":
        for item in read_jsonl(text.split("\n"), name):
            if isinstance(item, RawDocument):
                item = replace(item, content=normalise(item.content))
            yield item
    elif kind == "html":
        yield _html(text, name)
    else:
        source = Source(path=name, url=None, kind="text")
        yield RawDocument(source=source, content=text, format="text")


def _html(text: str, name: str) -> Item:
    if "<" not in text or ">" not in text:
        return InputError(name, "malformed HTML: no markup found")
    return RawDocument(source=Source(path=name, url=None, kind="html"), content=text, format="html")


def _gz_is_warc(data: bytes) -> bool:
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:65536], 64)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")


def _with_hints(item: Item, url: str | None, date: str | None) -> Item:
    """Apply CLI hints (--url, --date) where the container gave none."""
    if isinstance(item, InputError) or (url is None and date is None):
        return item
    source = item.source if item.source.url or url is None else replace(item.source, url=url)
    return replace(item, source=source, date=item.date or date)
