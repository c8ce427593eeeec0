"""Who may write: loopback binds are trusted, anything else needs a shared token.

The server binds to 127.0.0.1 by default, where only local users can reach it. Bound to another
interface, every request that changes or costs something (any method other than GET, HEAD and
OPTIONS, e.g. ``POST /api/analyze``) must carry the token, and the server refuses to start
without one, so "I forgot the token" can never mean "open to the network".
"""

from __future__ import annotations

import hmac
import ipaddress
import os

from communique.errors import CommuniqueError

TOKEN_ENV = "COMMUNIQUE_TOKEN"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class UnsafeBindError(CommuniqueError):
    """The server was asked to listen beyond loopback without a write token."""


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1); False for 0.0.0.0 etc."""
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def resolve_token(host: str, token: str | None) -> str | None:
    """The token writes must carry (``--token`` first, then $COMMUNIQUE_TOKEN), or None on loopback.

    Raises ``UnsafeBindError`` for a non-loopback host with no token: refusing to start is
    the only safe answer, since a write endpoint open to the network runs the parser for anyone.
    """
    chosen = token or os.environ.get(TOKEN_ENV) or None
    if chosen is None and not is_loopback(host):
        raise UnsafeBindError(
            f"refusing to listen on {host} without a token: pass --token or set {TOKEN_ENV}"
        )
    return chosen


def token_matches(expected: str, header_value: str | None) -> bool:
    """Compare a presented token in constant time; accepts ``Bearer <t>`` or the bare token."""
    if not header_value:
        return False
    presented = header_value.strip()
    if presented.lower().startswith("bearer "):
        presented = presented[7:].strip()
    return hmac.compare_digest(presented.encode("utf-8"), expected.encode("utf-8"))
