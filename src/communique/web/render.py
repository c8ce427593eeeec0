"""The one Jinja environment: templates from ``web/templates``, autoescape always on.

Both the dashboard and the static report render through ``render()``, so a story containing
``<script>`` is escaped the same way in both. Templates never use ``|safe`` on stored text.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from communique.web.context import Page


def static_dir() -> Path:
    """Folder of the dashboard's CSS and JS (served at /static, copied into reports)."""
    return Path(str(resources.files("communique.web").joinpath("static")))


@cache
def environment() -> Environment:
    """Build the environment once per process; it holds only templates, no request state."""
    folder = str(resources.files("communique.web").joinpath("templates"))
    return Environment(
        loader=FileSystemLoader(folder),
        autoescape=select_autoescape(enabled_extensions=("html",), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(template: str, page: Page) -> str:
    """Render ``template`` with the page context as ``page``."""
    return environment().get_template(template).render(page=page)
