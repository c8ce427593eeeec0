"""An offline API reference page computed from the app's OpenAPI schema.

FastAPI's default ``/docs`` loads Swagger UI from a CDN, which fails offline; this lists every
route, its parameters and responses from ``/openapi.json`` with the dashboard's own CSS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from communique.web.context import Page
from communique.web.links import LiveLinks


@dataclass(frozen=True)
class Param:
    name: str
    where: str
    kind: str
    required: bool
    description: str


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    summary: str
    description: str
    params: tuple[Param, ...]
    responses: tuple[str, ...]


@dataclass
class ApiDocsPage(Page):
    version: str = ""
    operations: list[Operation] = field(default_factory=list)


def _kind(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_kind(s) for s in schema["anyOf"])
    kind = str(schema.get("type", "any"))
    limits = [
        f"{k} {schema[k]}" for k in ("minimum", "maximum", "maxLength", "pattern") if k in schema
    ]
    return kind + (f" ({', '.join(limits)})" if limits else "")


def api_docs_page(schema: dict[str, Any]) -> ApiDocsPage:
    """Flatten the OpenAPI document into rows the template prints."""
    links = LiveLinks()
    ops = []
    for path, methods in sorted(schema.get("paths", {}).items()):
        for method, op in methods.items():
            params = tuple(
                Param(
                    p["name"],
                    p.get("in", ""),
                    _kind(p.get("schema", {})),
                    bool(p.get("required")),
                    p.get("description", "") or p.get("schema", {}).get("description", ""),
                )
                for p in op.get("parameters", [])
            )
            ops.append(
                Operation(
                    method.upper(),
                    path,
                    op.get("summary", ""),
                    op.get("description", ""),
                    params,
                    tuple(sorted(op.get("responses", {}))),
                )
            )
    info = schema.get("info", {})
    return ApiDocsPage(
        title="API reference",
        static=links.static(""),
        home=links.home(),
        live=True,
        quotes_link=links.quotes(),
        events_link=links.events(),
        version=str(info.get("version", "")),
        operations=ops,
    )
