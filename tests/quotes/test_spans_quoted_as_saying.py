"""'X was quoted as saying': the passive press formula still reports X's words.

Users searching what an official said expect 'Lisbon will answer, spokesman Rui Mota was
quoted as saying by a local paper' to give Rui Mota's statement. Texts written for Communique.
"""

from __future__ import annotations

from .helpers import Run, quote_holding


def test_quoted_as_saying_by_an_outlet_reports_the_subject(run: Run) -> None:
    quotes, _ = run(
        "Lisbon will answer the tariffs, spokesman Rui Mota was quoted as saying by a "
        "local newspaper."
    )
    found = quote_holding(quotes, "Lisbon will answer")
    assert found.speaker == "Rui Mota"
    assert "quoted" not in found.text


def test_quoted_without_saying_is_no_report(run: Run) -> None:
    quotes, _ = run("The shares were quoted at ten dollars on Friday, the exchange data show.")
    assert not any(q.text.startswith("The shares were quoted") for q in quotes)
