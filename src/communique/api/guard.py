"""ASGI middleware: requests that write need the token whenever one is configured.

A pure ASGI middleware (not ``BaseHTTPMiddleware``) so read requests pay one dict lookup.
The token comes in ``Authorization: Bearer <token>`` or ``X-Communique-Token``.
"""

from __future__ import annotations

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from communique.api.security import SAFE_METHODS, token_matches


class WriteGuard:
    """Answer 401 to any non-GET/HEAD/OPTIONS request lacking the configured token."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.token and scope["type"] == "http" and scope["method"] not in SAFE_METHODS:
            headers = {
                k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]
            }
            presented = headers.get("authorization") or headers.get("x-communique-token")
            if not token_matches(self.token, presented):
                response = JSONResponse(
                    {"detail": "this server requires a token for writes"},
                    status_code=401,
                    headers={"WWW-Authenticate": "Bearer"},
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
