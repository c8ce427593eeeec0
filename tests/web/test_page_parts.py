"""Pieces the pages rely on: text segmentation, chart layout, the read cache, report links."""

from __future__ import annotations

from communique.web.cache import ReadCache
from communique.web.chart import timeline
from communique.web.links import LiveLinks, ReportLinks
from communique.web.segments import Mark, paragraphs, segment_text

TEXT = "Alpha said hello. Beta <b>replied</b>.\n\nGamma left."


def test_segments_rebuild_the_text_and_track_overlaps() -> None:
    quote = Mark("quote", 0, 0, 17)
    event = Mark("event", 3, 6, 30)
    segs = segment_text(TEXT, [quote, event])
    assert "".join(s.text for s in segs) == TEXT
    both = [s for s in segs if s.quotes and s.events]
    assert [s.text for s in both] == ["said hello."]
    assert both[0].refs == "q-0 e-3" and both[0].anchor == "q-0"
    after = [s for s in segs if s.events and not s.quotes]
    assert after[0].text.startswith(" Beta <b>")


def test_out_of_range_and_empty_marks_are_ignored() -> None:
    segs = segment_text(
        "short", [Mark("quote", 0, 3, 99), Mark("event", 1, 4, 4), Mark("event", 2, -5, 2)]
    )
    assert "".join(s.text for s in segs) == "short"
    assert [(s.text, s.quotes, s.events) for s in segs] == [
        ("sh", (), (2,)),
        ("o", (), ()),
        ("rt", (0,), ()),
    ]


def test_paragraphs_split_at_blank_lines_and_keep_offsets() -> None:
    paras = paragraphs(TEXT, [Mark("quote", 0, 30, 45)])
    assert len(paras) == 2
    assert "".join(s.text for s in paras[1]) == "Gamma left."
    for para in paras:
        for s in para:
            assert TEXT[s.start : s.start + len(s.text)] == s.text
    assert any(s.quotes == (0,) for s in paras[0]) and any(s.quotes == (0,) for s in paras[1])


def test_timeline_places_cooperation_above_conflict() -> None:
    chart = timeline([("2024-01-01", 1, 3.0), ("2024-01-10", 4, -6.0), ("bad-day", 2, 1.0)])
    assert chart is not None
    coop, conf = chart.points
    assert coop.x < conf.x and coop.y < chart.zero_y < conf.y
    assert conf.r > coop.r and coop.css == "coop" and conf.css == "conf"
    assert timeline([("undated", 1, 1.0)]) is None


def test_read_cache_memoises_and_evicts_oldest() -> None:
    calls: list[str] = []
    cache = ReadCache(size=2)

    def make(k: str) -> str:
        calls.append(k)
        return k.upper()

    assert cache.get("a", lambda: make("a")) == "A"
    assert cache.get("a", lambda: make("a")) == "A"
    cache.get("b", lambda: make("b"))
    cache.get("c", lambda: make("c"))
    cache.get("a", lambda: make("a"))
    assert calls == ["a", "b", "c", "a"] and len(cache) == 2


def test_links_quote_names_and_report_names_are_distinct() -> None:
    live = LiveLinks()
    assert live.actor("A/B C") == "/actors/A%2FB%20C"
    assert live.article("x", "q-1") == "/articles/x#q-1"
    report = ReportLinks()
    assert report.actor("EU") != report.actor("eu")
    assert report.dyad("A", "BC") != report.dyad("AB", "C")
