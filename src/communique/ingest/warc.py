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

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from communique.errors import InputError
from communique.ingest.decode import GZIP_MAGIC, DecodeError, decode, normalise
from communique.ingest.document import RawDocument
from communique.records import Source

log = logging.getLogger(__name__)

_CHARSET = re.compile(r"charset=([\w.:-]+)", re.I)
_RECORD_START = re.compile(rb"WARC/1\.[01]\r?\n")
_LENGTH = re.compile(rb"^content-length:\s*(\d+)\s*$", re.I | re.M)
_MEMBER = GZIP_MAGIC + b"\x08"


def read_warc(data: bytes, name: str, limit: int) -> Iterator[RawDocument | InputError]:
    """Yield one HTML document per response record, and an error per unreadable record.

    ``limit`` caps the inflated size of one gzip member (a decompression bomb is one error).
    """
    number = 0
    for chunk in _records(data, limit):
        number += 1
        if isinstance(chunk, str):
            yield InputError(name, f"WARC record {number}: {chunk}; skipped")
            continue
        doc = _parse(chunk, name, number)
        if doc is not None:
            yield doc


def _records(data: bytes, limit: int) -> Iterator[bytes | str]:
    """Whole records as bytes, or a reason string for each record that cannot be read."""
    if not data.startswith(GZIP_MAGIC):
        yield from _plain_records(data)
        return
    pos = 0
    while pos < len(data):
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            member = d.decompress(data[pos:], limit + 1)
        except zlib.error as exc:
            yield f"corrupt gzip member ({exc})"
            nxt = data.find(_MEMBER, pos + 1)
            if nxt < 0:
                return
            pos = nxt
            continue
        if len(member) > limit:
            yield f"inflates to more than the size cap of {limit} bytes"
            return
        if not d.eof:
            yield "truncated (the gzip member ends early)"
            return
        yield from _plain_records(member)
        pos = len(data) - len(d.unused_data)
        if not data[pos:].strip(b"\r\n\x00"):
            return


def _plain_records(data: bytes) -> Iterator[bytes | str]:
    """Split an uncompressed WARC stream on its headers' ``Content-Length``."""
    pos = 0
    while pos < len(data):
        if not data[pos:].strip():
            return
        start = _RECORD_START.match(data, pos)
        head_end = data.find(b"\r\n\r\n", pos)
        length = _LENGTH.search(data, pos, head_end) if start and head_end > 0 else None
        if length is None:
            yield "corrupt (no WARC header with a Content-Length)"
            nxt = _RECORD_START.search(data, pos + 1)
            if nxt is None:
                return
            pos = nxt.start()
            continue
        end = head_end + 4 + int(length.group(1))
        if end > len(data):
            yield f"truncated ({len(data) - head_end - 4} of {int(length.group(1))} bytes)"
            return
        yield data[pos:end]
        pos = end
        while data[pos : pos + 2] == b"\r\n":
            pos += 2


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
