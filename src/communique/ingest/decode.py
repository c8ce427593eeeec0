"""Bytes to text: gzip, encoding detection (charset-normalizer), NFC, binary refusal.

UTF-8 is tried first because it is both the common case and self-validating; only bytes that are
not valid UTF-8 go to charset-normalizer. NFC composes accents but leaves quote characters alone
(NFKC would fold them), so quotation offsets and curly quotes survive.
"""

from __future__ import annotations

import re
import unicodedata
import zlib

from charset_normalizer import from_bytes

GZIP_MAGIC = b"\x1f\x8b"
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # Unicode category Cc but \t and \n
_BINARY_MARKERS = (b"\x00", b"%PDF-", b"\x89PNG", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8")


class DecodeError(ValueError):
    """The bytes are not text we can read; the message is the reason shown to the user."""


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress a gzip payload, refusing truncated streams and output over ``limit`` bytes."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = bytearray()
    rest = data
    try:
        while rest:
            out += d.decompress(rest, limit + 1 - len(out))
            if len(out) > limit:
                raise DecodeError(f"decompressed size is over the size cap of {limit} bytes")
            if d.unconsumed_tail:
                rest = d.unconsumed_tail
                continue
            if d.eof:
                rest = d.unused_data
                if rest.startswith(GZIP_MAGIC):  # concatenated members
                    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    continue
                break
            rest = b""
    except zlib.error as exc:
        raise DecodeError(f"corrupt gzip data ({exc})") from exc
    if not d.eof:
        raise DecodeError("truncated gzip data (the stream ends before its end marker)")
    return bytes(out)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a well-known binary file signature near the start."""
    head = data[:4096]
    return any(head.startswith(m) for m in _BINARY_MARKERS[1:]) or b"\x00" in head


def decode(data: bytes) -> str:
    """Decode text bytes of unknown encoding to NFC ``str`` with ``\\n`` line ends."""
    if looks_binary(data):
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 text has NULs but is text
            return normalise(data.decode("utf-16"))
        raise DecodeError("binary content, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise DecodeError("cannot detect the text encoding (binary content?)") from None
        text = str(best)
    return normalise(text)


def normalise(text: str) -> str:
    """NFC and Unix line ends; control characters other than tab/newline are removed."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


__all__ = ["DecodeError", "GZIP_MAGIC", "decode", "gunzip", "looks_binary", "normalise"]
