"""JSON API: listing, filters, pagination, evidence on every row, 404s, OpenAPI."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sample_articles import articles


def _text(client: TestClient, article_id: str) -> str:
    return str(client.get(f"/api/articles/{article_id}").json()["text"])


def _check_evidence(client: TestClient, item: dict[str, Any], anchor: str) -> None:
    ev = item["evidence"]
    text = _text(client, ev["article_id"])
    assert 0 <= ev["start"] < ev["end"] <= len(text)
    assert text[ev["start"] : ev["end"]] in ev["sentence"]
    assert ev["link"] == f"/articles/{ev['article_id']}#{anchor}"


def test_openapi_lists_every_endpoint_and_docs_render_offline(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in (
        "/api/articles",
        "/api/quotes",
        "/api/events",
        "/api/actors",
        "/api/dyads",
        "/api/analyze",
        "/api/dyads/{source}/{target}",
    ):
        assert path in schema["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/api/quotes" in docs.text and "limit" in docs.text
    assert "cdn" not in docs.text.lower()


def test_articles_paginate_with_totals_and_next_link(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert first["total"] == 3 and len(first["items"]) == 2
    assert first["next"] is not None and "offset=2" in first["next"]
    rest = client.get(first["next"]).json()
    assert len(rest["items"]) == 1 and rest["next"] is None
    ids = {i["id"] for i in first["items"] + rest["items"]}
    assert ids == {a.id for a in articles()}
    talks = next(i for i in first["items"] + rest["items"] if i["id"] == "talks0001")
    assert (talks["n_quotes"], talks["n_events"]) == (2, 2)
    assert talks["link"] == "/articles/talks0001"


def test_article_search_finds_words_in_the_text(client: TestClient) -> None:
    found = client.get("/api/articles", params={"q": "PIPELINE contract"}).json()
    assert [i["id"] for i in found["items"]] == ["talks0001"]


def test_quotes_filter_by_speaker_and_carry_evidence(client: TestClient) -> None:
    page = client.get("/api/quotes", params={"speaker": "petrov"}).json()
    assert page["total"] == 2
    assert {i["text"] for i in page["items"]} == {
        "We are ready to sign within weeks,",
        "This is economic war,",
    }
    for item in page["items"]:
        assert item["speaker"] == "Ivan Petrov"
        _check_evidence(client, item, f"q-{item['index']}")


def test_events_filters_combine(client: TestClient) -> None:
    eu_source = client.get("/api/events", params={"source": "EU"}).json()
    assert [i["type"] for i in eu_source["items"]] == ["SANCTION"]
    conflict = client.get("/api/events", params={"quad": 3, "target": "EU"}).json()
    assert [i["type"] for i in conflict["items"]] == ["THREATEN"]
    march = client.get("/api/events", params={"since": "2024-03-01", "until": "2024-03-31"}).json()
    assert {i["type"] for i in march["items"]} == {"CONSULT", "AGREE"}
    for item in march["items"]:
        _check_evidence(client, item, f"e-{item['index']}")


def test_pagination_parameters_are_validated(client: TestClient) -> None:
    assert client.get("/api/events", params={"limit": 501}).status_code == 422
    assert client.get("/api/quotes", params={"limit": 0}).status_code == 422
    assert client.get("/api/quotes", params={"offset": -1}).status_code == 422
    assert client.get("/api/events", params={"since": "March"}).status_code == 422
    assert client.get("/api/events", params={"sort": "drop table"}).status_code == 400
    assert client.get("/api/events", params={"limit": 500}).status_code == 200


def test_actors_count_what_they_said_and_did(client: TestClient) -> None:
    page = client.get("/api/actors", params={"limit": 500}).json()
    by_name = {i["name"]: i for i in page["items"]}
    assert by_name["Ivan Petrov"]["as_speaker"] == 2
    assert by_name["Russia"]["as_source"] >= 2
    said = client.get(by_name["Ivan Petrov"]["quotes"]).json()
    assert said["total"] == 2
    one = client.get("/api/actors/Russia").json()
    assert one["country"] == "RUS"


def test_dyads_count_and_lead_to_their_events(client: TestClient) -> None:
    page = client.get("/api/dyads").json()
    pairs = {(i["source"], i["target"]): i for i in page["items"]}
    assert pairs[("RUS", "EU")]["n_events"] == 3
    assert pairs[("EU", "RUS")]["n_events"] == 1
    detail = client.get(pairs[("RUS", "EU")]["timeline"]).json()
    assert sum(p["events"] for p in detail["series"]) == 3 == detail["total"]
    assert {e["type"] for e in detail["events"]} == {"CONSULT", "AGREE", "THREATEN"}
    for e in detail["events"]:
        assert e["evidence"]["sentence"]


def test_missing_things_are_404(client: TestClient) -> None:
    for url in (
        "/api/articles/nope",
        "/api/actors/Nobody%20Atall",
        "/api/dyads/XXX/YYY",
        "/articles/nope",
        "/actors/Nobody",
        "/dyads/XXX/YYY",
    ):
        assert client.get(url).status_code == 404, url


def test_article_detail_returns_text_quotes_and_events(client: TestClient) -> None:
    art = client.get("/api/articles/sanct0002").json()
    assert art["title"].startswith("Brussels widens sanctions")
    assert [q["text"] for q in art["quotes"]] == ["This is economic war,"]
    assert [e["type"] for e in art["events"]] == ["SANCTION", "THREATEN"]
    for q in art["quotes"]:
        assert art["text"][q["evidence"]["start"] : q["evidence"]["end"]] == q["text"]
