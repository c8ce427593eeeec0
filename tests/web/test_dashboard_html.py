"""Dashboard HTML as served: stored markup is escaped, numbers link to their sentences."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sample_articles import XSS_IMG, XSS_SCRIPT, XSS_SPEAKER, XSS_TITLE

from communique.api import create_app
from communique.settings import Settings


@pytest.fixture(scope="module")
def client(settings: Settings, db_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(settings, db_path)) as c:
        yield c


RAW = [XSS_SCRIPT, XSS_IMG, XSS_TITLE, XSS_SPEAKER, "<img src=x", "<b onmouseover"]


@pytest.mark.parametrize(
    "url", ["/articles/xss000003", "/", "/quotes", "/events", "/?q=pasted", "/actors/Russia"]
)
def test_stored_markup_never_reaches_the_page_as_markup(client: TestClient, url: str) -> None:
    html = client.get(url).text
    for raw in RAW:
        assert raw not in html, (url, raw)
    assert html.count("<script") == 1  # only the dashboard's own app.js


def test_article_page_shows_hostile_text_escaped(client: TestClient) -> None:
    html = client.get("/articles/xss000003").text
    assert "&lt;script&gt;alert(&#34;pwned-text&#34;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(&#34;pwned-img&#34;)&gt;" in html
    assert "&lt;b onmouseover=alert(&#34;pwned-speaker&#34;)&gt;Mallory&lt;/b&gt;" in html


def test_speaker_with_markup_has_a_working_page(client: TestClient) -> None:
    from urllib.parse import quote

    r = client.get("/actors/" + quote(XSS_SPEAKER, safe=""))
    assert r.status_code == 200
    assert XSS_SPEAKER not in r.text and "Mallory&lt;/b&gt;" in r.text


def test_overview_counts_link_to_the_rows_they_count(client: TestClient) -> None:
    html = client.get("/").text
    assert 'href="/quotes"><span class="n">4</span>quotes' in html
    assert 'href="/events"><span class="n">5</span>events' in html
    listed = client.get("/quotes").text
    assert listed.count('class="card quote"') == 4
    assert listed.count('class="sentence"') == 4
    assert client.get("/events").text.count('class="card event"') == 5


def test_dyad_count_on_overview_matches_the_dyad_page(client: TestClient) -> None:
    html = client.get("/").text
    assert '<a href="/dyads/RUS/EU">3</a>' in html
    page = client.get("/dyads/RUS/EU").text
    assert page.count('class="card event"') == 3
    assert page.count("<circle") == 2  # two days


def test_every_actor_number_on_the_overview_counts_the_cards_it_links_to(
    client: TestClient,
) -> None:
    import re
    from html import unescape

    html = client.get("/").text
    links = re.findall(r'<td class="num"><a href="([^"#]+)#(said|did|received)">(\d+)</a>', html)
    assert len(links) >= 9
    for href, section, number in links:
        page = client.get(unescape(href)).text
        part = page.split(f'<h2 id="{section}">', 1)[1].split("<h2", 1)[0]
        kind = "quote" if section == "said" else "event"
        assert part.count(f'class="card {kind}"') == int(number), (href, section)


@pytest.mark.parametrize(
    "url",
    ["/", "/articles/talks0001", "/actors/Russia", "/dyads/RUS/EU", "/quotes", "/events", "/docs"],
)
def test_pages_load_nothing_from_the_network(client: TestClient, url: str) -> None:
    import re

    html = client.get(url).text
    assets = re.findall(r'<(?:script|link|img)[^>]+(?:src|href)="([^"]+)"', html)
    assert assets, url
    for asset in assets:
        assert asset.startswith("/static/"), (url, asset)
        assert client.get(asset).status_code == 200


def test_a_capped_actor_list_links_to_the_full_list(db_path: Path, settings: Settings) -> None:
    from communique.store import Store
    from communique.web.links import LiveLinks
    from communique.web.render import render
    from communique.web.views import actor_page

    with Store(db_path, settings, read_only=True) as store:
        page = actor_page(store, LiveLinks(), "Ivan Petrov", limit=1)
    assert len(page.said) == 1 and page.counts[0].n == 2
    html = render("actor.html", page)
    assert 'Showing 1 of 2. <a href="/quotes?speaker=Ivan+Petrov">See all</a>' in html


def test_every_link_on_every_dashboard_page_resolves(client: TestClient) -> None:
    import re
    from html import unescape
    from urllib.parse import urldefrag, urljoin

    seen: set[str] = set()
    todo = ["/"]
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        r = client.get(url)
        assert r.status_code == 200, url
        if "text/html" not in r.headers["content-type"]:
            continue
        for href in re.findall(r'href="([^"]+)"', r.text):
            target = urljoin(url, unescape(urldefrag(href)[0]))
            if target and not target.startswith(("http", "/static", "/openapi.json")):
                todo.append(target)
    assert len(seen) >= 15
    assert not any(u.startswith("/dyads/UKR/") for u in seen)  # negated: no dyad
