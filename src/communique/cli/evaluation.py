"""``communique eval chrome|quotes|events``: score the pipeline against a gold set.

Each command calls the matching function in ``communique.evaluate`` and prints its report as a
table (or JSON with ``--json``); the scoring itself lives there so CI tests and the CLI agree.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from communique.cli.app import eval_app
from communique.settings import load_settings

Gold = Annotated[
    Path | None, typer.Option("--gold", help="Gold file or directory (default: shipped gold set).")
]
AsJson = Annotated[bool, typer.Option("--json", help="Print the report as JSON.")]


def _flatten(report: dict[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for key, value in report.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            rows.extend(_flatten(value, name + "."))
        elif isinstance(value, float):
            rows.append((name, f"{value:.3f}"))
        elif not isinstance(value, list):
            rows.append((name, str(value)))
    return rows


def _print(title: str, report: dict[str, Any], as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    table = Table(title=title)
    table.add_column("metric")
    table.add_column("value", justify="right")
    for name, value in _flatten(report):
        table.add_row(name, value)
    Console().print(table)


@eval_app.command("chrome")
def eval_chrome(gold: Gold = None, as_json: AsJson = False) -> None:
    """Chrome removal: token-shingle precision, recall and F1 of `text` against gold bodies."""
    from communique.evaluate.chrome import evaluate_chrome

    _print("chrome removal", evaluate_chrome(gold, load_settings()), as_json)


@eval_app.command("quotes")
def eval_quotes(gold: Gold = None, as_json: AsJson = False) -> None:
    """Quotations: P/R/F1 at 0.3 and 0.8 overlap, speaker accuracy, by direct/indirect/floating."""
    from communique.evaluate.quotes import evaluate_quotes

    _print("quotations", evaluate_quotes(gold, load_settings()), as_json)


@eval_app.command("events")
def eval_events(
    gold: Gold = None,
    as_json: AsJson = False,
    context: Annotated[bool, typer.Option(
        "--context", help="Read each real sentence inside its whole article, as a human coder "
        "does (articles from --articles); the others are read alone.")] = False,
    articles: Annotated[Path | None, typer.Option(
        "--articles", help="Article file for --context (default: gold/articles/wikinews.jsonl).")
    ] = None,
) -> None:
    """Events: type accuracy, macro-F1, quad and coop/conflict accuracy, actor-pair recall."""
    from communique.evaluate.events import default_articles, evaluate_events

    source = (articles or default_articles()) if context or articles else None
    _print("events", evaluate_events(gold, load_settings(), source), as_json)
