"""``communique report``: a static folder that opens from disk, with escaped story text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from sample_articles import XSS_IMG, XSS_SCRIPT, XSS_SPEAKER, XSS_TITLE
from typer.testing import CliRunner

from communique.cli import app


@pytest.fixture(scope="module")
def report(db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("report") / "demo-report"
    result = CliRunner().invoke(app, ["report", "--db", str(db_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_report_prints_where_to_look(report: tuple[Path, str], db_path: Path) -> None:
    out, output = report
    assert str((out / "index.html").resolve()) in output
    assert f"communique serve --db {db_path}" in output


def test_report_has_every_page_and_its_assets(report: tuple[Path, str]) -> None:
    out, _ = report
    names = {p.name for p in out.iterdir()}
    assert {"index.html", "quotes.html", "events.html", "static"} <= names
    assert len([n for n in names if n.startswith("article-")]) == 3
    assert len([n for n in names if n.startswith("dyad-") and n.endswith(".svg")]) == 3
    assert (out / "static" / "style.css").is_file() and (out / "static" / "app.js").is_file()


def test_every_local_link_in_the_report_resolves(report: tuple[Path, str]) -> None:
    out, _ = report
    for page in out.glob("*.html"):
        html = page.read_text("utf-8")
        for href in re.findall(r'(?:href|src)="([^"#?]+)[^"]*"', html):
            if href.startswith(("http://", "https://")):
                continue
            assert (out / unquote(href)).exists(), (page.name, href)


def test_report_text_is_escaped(report: tuple[Path, str]) -> None:
    out, _ = report
    for page in out.glob("*.html"):
        html = page.read_text("utf-8")
        for raw in (XSS_SCRIPT, XSS_IMG, XSS_TITLE, XSS_SPEAKER):
            assert raw not in html, page.name
    article = next(out.glob("article-xss*.html")).read_text("utf-8")
    assert "&lt;script&gt;alert(&#34;pwned-text&#34;)&lt;/script&gt;" in article
    for svg in out.glob("*.svg"):
        assert "<script" not in svg.read_text("utf-8")


def test_report_counts_lead_to_sentences(report: tuple[Path, str]) -> None:
    out, _ = report
    index = (out / "index.html").read_text("utf-8")
    assert 'href="quotes.html"><span class="n">4</span>quotes' in index
    quotes = (out / "quotes.html").read_text("utf-8")
    assert quotes.count('class="sentence"') == 4
    assert "Ivan Petrov said after the meeting." in quotes


def test_report_opens_from_disk_in_chromium(report: tuple[Path, str], page: Any) -> None:
    out, _ = report
    article = next(out.glob("article-xss*.html"))
    page.goto(article.resolve().as_uri())
    assert XSS_SCRIPT in page.locator("section.story").inner_text()
    page.locator(".hl-quote").first.click()
    assert "Mallory</b>" in page.locator("#evidence-panel").inner_text()
    page.goto((out / "index.html").resolve().as_uri())
    assert page.locator("img[src$='.svg']").count() == 3
    page.wait_for_timeout(200)
    assert page.dialogs == []
