"""What a person sees in headless Chromium: text not markup, evidence on click, chart points."""

from __future__ import annotations

from typing import Any

from sample_articles import XSS_IMG, XSS_SCRIPT, XSS_TITLE


def test_hostile_article_renders_as_text_and_runs_nothing(server: str, page: Any) -> None:
    page.goto(f"{server}/articles/xss000003")
    page.wait_for_load_state("load")
    story = page.locator("section.story").inner_text()
    assert XSS_SCRIPT in story
    assert XSS_IMG in story
    assert page.locator("h1").inner_text() == XSS_TITLE
    assert page.locator("section.story img").count() == 0
    assert page.locator("section.story script").count() == 0
    page.wait_for_timeout(300)
    assert page.dialogs == []


def test_clicking_a_highlighted_quote_shows_its_evidence(server: str, page: Any) -> None:
    page.goto(f"{server}/articles/talks0001")
    panel = page.locator("#evidence-panel")
    assert "Ivan Petrov" not in panel.inner_text()
    story = page.locator("section.story")
    story.get_by_text("We are ready to sign within weeks,", exact=True).click()
    panel.locator(".card.quote").first.wait_for()
    shown = panel.inner_text()
    assert "Ivan Petrov" in shown
    assert '"We are ready to sign within weeks," Ivan Petrov said after the meeting.' in shown
    story.get_by_text("Moscow agreed to extend").click()
    shown = panel.inner_text()
    assert "AGREE" in shown and "Ivan Petrov" not in shown


def test_clicking_hostile_quote_shows_escaped_speaker(server: str, page: Any) -> None:
    page.goto(f"{server}/articles/xss000003")
    page.locator(".hl-quote").first.click()
    shown = page.locator("#evidence-panel").inner_text()
    assert "Mallory</b>" in shown
    page.wait_for_timeout(200)
    assert page.dialogs == []


def test_dyad_chart_point_shows_the_events_behind_it(server: str, page: Any) -> None:
    page.goto(f"{server}/dyads/RUS/EU")
    points = page.locator("svg.chart circle.point")
    assert points.count() == 2
    assert page.locator("svg.chart").is_visible()
    page.locator('a[data-day="2024-04-15"]').click()
    april = page.locator('section.day-group[data-day="2024-04-15"]')
    march = page.locator('section.day-group[data-day="2024-03-01"]')
    assert april.is_visible() and not march.is_visible()
    text = april.inner_text()
    assert "THREATEN" in text
    assert "The Kremlin threatened to cut supplies to Brussels in response." in text
    page.locator('a[data-day="2024-03-01"]').click()
    assert march.is_visible() and not april.is_visible()
    assert "Moscow agreed to extend the pipeline contract" in march.inner_text()


def test_search_box_finds_an_article(server: str, page: Any) -> None:
    page.goto(server + "/")
    page.fill('input[type="search"]', "pipeline")
    page.click('button[type="submit"]')
    page.wait_for_url("**/?q=pipeline")
    link = page.get_by_role("link", name="Ministers meet in Brussels over gas deal")
    link.click()
    page.wait_for_url("**/articles/talks0001")
    assert page.locator(".hl-quote").count() >= 2
