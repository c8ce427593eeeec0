"""WARC and WARC.gz (Common Crawl style): every HTML ``response`` record becomes a document.

Records are split here rather than left to warcio's iterator, because warcio stops silently at
a truncated gzip member and returns a short payload for a truncated plain record. Each gzip
member is inflated on its own and each record is checked against its ``Content-Length``; a
truncated or corrupt record is reported (one ``InputError``) and reading resumes at the next
member or ``WARC/1.x`` header, so one bad record costs one document, not the rest of the file.
warcio then parses each whole record (WARC and HTTP headers, chunked/compressed payloads).
"""

from __future__ import annotations

import io
import logging
import re
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from communique.errors import InputError
from communique.ingest.decode import GZIP_MAGIC, DecodeError, decode, normalise
from communique.ingest.document import RawDocument
from communique.records import Source

log = logging.getLogger(__name__)

_CHARSET = re.compile(r"charset=([\w.:-]+)", re.I)
_RECORD_START = re.compile(rb"WARC/1\.[01]\r?\n")  # a whole line
_LENGTH = re.compile(rb"^content-length:\s*(\d+)\s*$", re.I | re.M)
_MEMBER = GZIP_MAGIC + b"\x08"
_CHUNK = 1 << 16


def read_warc(data: bytes, name: str, limit: int) -> Iterator[RawDocument | InputError]:
    """Documents in an in-memory WARC (see ``iter_warc``)."""
    return iter_warc(io.BytesIO(data), name, limit)


def iter_warc(stream: BinaryIO, name: str, limit: int) -> Iterator[RawDocument | InputError]:
    """Yield one HTML document per response record, and an error per unreadable record.

    The stream is read record by record, so a multi-gigabyte crawl file never sits in memory;
    ``limit`` caps one record (and one inflated gzip member): a larger one is an error.
    """
    number = 0
    head = stream.read(2)
    stream.seek(-len(head), io.SEEK_CUR)  # files and BytesIO are seekable; stdin comes as bytes
    records = _gz_records(stream, limit) if head == GZIP_MAGIC else _plain_records(stream, limit)
    for chunk in records:
        number += 1
        if isinstance(chunk, str):
            yield InputError(name, f"WARC record {number}: {chunk}; skipped")
            continue
        doc = _parse(chunk, name, number)
        if doc is not None:
            yield doc


def _gz_records(stream: BinaryIO, limit: int) -> Iterator[bytes | str]:
    """Records of a gzipped WARC, inflating one gzip member at a time."""
    pending = b""
    while True:
        if not pending:
            pending = stream.read(_CHUNK)
            if not pending:
                return
        if not pending.startswith(_MEMBER):
            if not pending.strip(b"\r\n\x00"):
                pending = b""
                continue
            yield "corrupt (not a gzip member)"
            pending = _resync(pending[1:], stream)
            continue
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = bytearray()
        fed = bytearray(pending)  # every compressed byte since the member started
        try:
            while True:
                out += d.decompress(pending, limit + 1 - len(out))
                if len(out) > limit:
                    yield f"inflates to more than the size cap of {limit} bytes"
                    return
                if d.eof:
                    pending = d.unused_data
                    break
                if d.unconsumed_tail:
                    pending = d.unconsumed_tail
                    continue
                pending = stream.read(_CHUNK)
                if not pending:
                    yield "truncated (the gzip member ends early)"
                    return
                fed += pending
        except zlib.error as exc:
            yield f"corrupt gzip member ({exc})"
            pending = _resync(bytes(fed[1:]), stream)
            continue
        yield from _plain_records(io.BytesIO(bytes(out)), limit)


def _resync(buffer: bytes, stream: BinaryIO) -> bytes:
    """Skip to the next gzip member header, reading on as needed ("" at end of stream)."""
    while True:
        found = buffer.find(_MEMBER)
        if found >= 0:
            return buffer[found:]
        more = stream.read(_CHUNK)
        if not more:
            return b""
        buffer = buffer[-2:] + more


def _plain_records(stream: BinaryIO, limit: int) -> Iterator[bytes | str]:
    """Split an uncompressed WARC stream on its headers' ``Content-Length``."""
    line = stream.readline()
    while line:
        if not line.strip():
            line = stream.readline()
            continue
        if not _RECORD_START.fullmatch(line):
            yield "corrupt (no WARC header where a record should start)"
            while line and not _RECORD_START.fullmatch(line):
                line = stream.readline()
            continue
        head = [line]
        while True:
            line = stream.readline()
            head.append(line)
            if not line or not line.strip():
                break
        header = b"".join(head)
        length = _LENGTH.search(header)
        if not line or length is None:
            yield "corrupt (WARC header without a Content-Length)" if line else "truncated header"
            line = stream.readline()
            continue
        size = int(length.group(1))
        if size > limit:
            yield f"{size} bytes is over the size cap of {limit} bytes"
            return
        block = stream.read(size)
        if len(block) < size:
            yield f"truncated ({len(block)} of {size} bytes)"
            return
        yield header + block
        line = stream.readline()


def _parse(raw: bytes, name: str, number: int) -> RawDocument | InputError | None:
    """The HTML document in one record (None for requests, metadata, images...)."""
    try:
        record = next(iter(ArchiveIterator(io.BytesIO(raw), check_digests=False)))
        if record.rec_type != "response":
            return None
        uri = record.rec_headers.get_header("WARC-Target-URI")
        ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
        payload = record.content_stream().read()
    except (ArchiveLoadFailed, StopIteration, EOFError, zlib.error, ValueError) as exc:
        return InputError(name, f"WARC record {number}: corrupt ({exc}); skipped")
    label = f"{name} [{uri}]"
    if ctype and "html" not in ctype.lower():
        return None
    if not payload.strip():
        return InputError(label, f"WARC record {number}: empty HTML payload")
    m = _CHARSET.search(ctype)
    try:
        html = _decode_declared(payload, m.group(1) if m else None)
    except DecodeError as exc:
        return InputError(label, f"WARC record {number}: {exc}")
    if not ctype and "<" not in html[:2048]:
        return None
    return RawDocument(source=Source(path=name, url=uri, kind="warc"), content=html, format="html")


def _decode_declared(payload: bytes, charset: str | None) -> str:
    """Decode with the charset the server declared, detecting when it is missing or wrong."""
    if charset:
        try:
            return normalise(payload.decode(charset))
        except (LookupError, UnicodeDecodeError):
            log.debug("declared charset %s does not decode; detecting", charset)
    return decode(payload)
