"""Container files (WARC, JSON Lines) read from disk record by record.

A crawl file or a JSON Lines dump holds many articles and may be far larger than any single
article, so for these the size cap applies to each record rather than to the file, and the file
is never read whole: memory stays flat however large the container is.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator

from communique.errors import InputError
from communique.ingest.decode import GZIP_MAGIC, normalise
from communique.ingest.document import RawDocument
from communique.ingest.jsonl import read_jsonl
from communique.ingest.sniff import sniff
from communique.ingest.warc import iter_warc

HEAD = 65536
Item = RawDocument | InputError


def container_kind(head: bytes, name: str, kind: str) -> str | None:
    """'warc' or 'jsonl' when the file should be streamed, else None (read it whole)."""
    if kind in ("warc", "jsonl"):
        return kind
    if kind != "auto":
        return None
    plain = head
    if head.startswith(GZIP_MAGIC):
        try:
            plain = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16384)
        except zlib.error:
            return None  # reported by the whole-file reader
    guessed = sniff(plain, name)
    return guessed if guessed in ("warc", "jsonl") else None


def stream_container(path: str, kind: str, limit: int) -> Iterator[Item]:
    """Documents of a WARC or JSON Lines file, streamed; errors name the file (and line).

    A container that yields nothing at all (no HTML response, no record) is reported, so a
    file never disappears from a run without a word.
    """
    found = False
    for item in _stream(path, kind, limit):
        found = True
        yield item
    if not found:
        what = "no HTML response record" if kind == "warc" else "no JSON Lines record"
        yield InputError(path, f"{what} found")


def _stream(path: str, kind: str, limit: int) -> Iterator[Item]:
    if kind == "warc":
        with open(path, "rb") as fh:
            yield from iter_warc(fh, path, limit)
        return
    with open(path, "rb") as raw:
        gz = raw.read(2) == GZIP_MAGIC
    opener = gzip.open if gz else open
    with opener(path, "rb") as fh:
        lines = _Lines(fh, path, limit)
        yield from read_jsonl(lines, path)
    if lines.error is not None:
        yield lines.error


class _Lines:
    """Decoded lines of a (possibly gzipped) file; a truncated stream ends the lines and leaves
    its error in ``error`` so the caller can report it after the lines that were read."""

    def __init__(self, fh: object, path: str, limit: int) -> None:
        self.fh, self.path, self.limit = fh, path, limit
        self.error: InputError | None = None
        self.number = 0

    def __iter__(self) -> Iterator[str]:
        while True:
            try:
                raw = self.fh.readline(self.limit + 1)  # type: ignore[attr-defined]
            except (EOFError, OSError, zlib.error) as exc:
                self.error = InputError(self.path, f"truncated or corrupt gzip data ({exc})")
                return
            if not raw:
                return
            self.number += 1
            if len(raw) > self.limit:
                self.error = InputError(
                    f"{self.path}:{self.number}", f"line is over the size cap of {self.limit} bytes"
                )
                return
            yield normalise(raw.decode("utf-8", "replace"))
