"""The ``communique`` command: Typer app assembled from one module per group of commands.

Commands only parse options, call ``pipeline``, ``store`` or ``evaluate`` and print; no logic
of their own (the datasette habit: one core, thin faces).
"""

# isort: off
# Registration order is the order of `communique --help`: analyse and store first.
from communique.cli import run as _run  # noqa: F401  (registers analyze, ingest)
from communique.cli import desk as _desk  # noqa: F401  (quotes, events, dyad, actors, export)
from communique.cli import serve as _serve  # noqa: F401  (registers serve, report)
from communique.cli import evaluation as _evaluation  # noqa: F401  (registers eval ...)
# isort: on
from communique.cli.app import app

__all__ = ["app"]
