"""End to end: POST /api/analyze runs the real pipeline on a story written for this test."""

from __future__ import annotations

from fastapi.testclient import TestClient

STORY = (
    '"We will talk to Moscow next week," the German foreign minister said on Monday.\n\n'
    "Russia agreed to resume talks with Germany, officials in Berlin said."
)


def test_analyze_returns_quotes_and_events_with_spans_and_stores_nothing(
    client: TestClient,
) -> None:
    before = client.get("/api/articles").json()["total"]
    r = client.post(
        "/api/analyze", content=STORY.encode("utf-8"), headers={"Content-Type": "text/plain"}
    )
    assert r.status_code == 200, r.text
    art = r.json()
    assert art["text"].startswith('"We will talk to Moscow')
    assert any("We will talk to Moscow next week" in q["text"] for q in art["quotes"])
    for q in art["quotes"]:
        assert art["text"][q["start"] : q["end"]] == q["text"]
    assert art["events"], "the agreement sentence should yield an event"
    for e in art["events"]:
        ev = e["evidence"]
        assert art["text"][ev["start"] : ev["end"]] == ev["text"]
    assert client.get("/api/articles").json()["total"] == before
