"""Read the data tables shipped in ``communique/data`` (CSV or JSON), cached per process.

Tables are read-only after loading, so the cache cannot make a result depend on what the
process saw before (the trap trafilatura's ``LRU_TEST`` shows).
"""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from importlib import resources
from typing import Any


def data_text(name: str) -> str:
    """Return a shipped data file's text."""
    return resources.files("communique").joinpath("data", name).read_text("utf-8")


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a CSV table in ``data/`` as dicts; lines starting with '#' are comments."""
    text = data_text(name)
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    rows = []
    for row in reader:
        rows.append({k.strip(): (v or "").strip() for k, v in row.items() if k is not None})
    return tuple(rows)


@cache
def load_words(name: str, column: str) -> frozenset[str]:
    """The lower-case values of one column of a table in ``data/``: most of the lexical
    tables are word lists looked up by membership."""
    return frozenset(r[column].lower() for r in load_table(name))


@cache
def load_json(name: str) -> Any:
    """A JSON document from ``data/``."""
    return json.loads(data_text(name))
