"""Ingest: every input kind, sniffing, encodings, hints and every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
import sys
import unicodedata
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from communique.errors import InputError
from communique.ingest import iter_documents, read_content
from communique.ingest.document import RawDocument
from communique.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SETTINGS = Settings()
STORY = (
    "Ministers from Chile and Peru met in Lima on Friday and agreed to reopen a border crossing "
    "closed since the pandemic, officials said."
)
PAGE = (
    "<html><head><title>Border reopens</title></head><body><article><h1>Border reopens</h1>"
    f"<p>{STORY}</p></article></body></html>"
)


def docs(paths: list[str], **kw: object) -> list[RawDocument | InputError]:
    return list(iter_documents(paths, settings=kw.pop("settings", SETTINGS), **kw))  # type: ignore[arg-type]


def only_docs(items: list[RawDocument | InputError]) -> list[RawDocument]:
    return [i for i in items if isinstance(i, RawDocument)]


def errors(items: list[RawDocument | InputError]) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


def test_every_sample_kind_is_read() -> None:
    items = docs([str(SAMPLES)])
    assert not errors(items)
    kinds = {d.source.kind for d in only_docs(items)}
    assert kinds == {"text", "html", "warc", "rss", "jsonl"}
    assert len(items) == 13


def test_warc_reads_html_responses_with_target_uri() -> None:
    items = docs([str(SAMPLES / "delta-news.warc.gz")])
    assert [d.source.url for d in only_docs(items)] == [
        "https://www.deltanews.example/india-bangladesh",
        "https://www.deltanews.example/brazil-venezuela",
    ]  # the request records and the PNG response are skipped
    assert all(d.format == "html" for d in only_docs(items))


def test_feed_entries_carry_their_metadata() -> None:
    rss = only_docs(docs([str(SAMPLES / "meridian.rss")]))
    assert [d.title for d in rss] == ["Mexico criticises US threat of tariffs over migration",
                                      "Mali expels French ambassador over minister's remarks"]
    assert rss[0].date == "2025-09-03" and rss[0].outlet == "Meridian Daily"
    assert rss[0].author == "Maria Gonzalez"
    assert rss[0].source.url == "https://meridian.example/news/us-mexico"
    assert "<p>" not in rss[0].content and rss[0].content.count("\n\n") >= 4
    (atom,) = only_docs(docs([str(SAMPLES / "balkan-desk.atom")]))
    assert atom.date == "2025-10-09" and "licence plates" in atom.content


def test_jsonl_text_and_html_records_and_a_bad_line(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": STORY, "url": "https://a.example/1", "title": "T", "date": "2025-01-02"}),  # noqa: E501
        "{not json}",
        json.dumps({"html": f"<p>{STORY}</p>"}),
        json.dumps({"title": "no body"}),
    ]
    f.write_text("\n".join(lines) + "\n", "utf-8")
    items = docs([str(f)])
    good = only_docs(items)
    assert [d.format for d in good] == ["text", "html"]
    assert good[0].source.url == "https://a.example/1" and good[0].date == "2025-01-02"
    bad = errors(items)
    assert [e.path for e in bad] == [f"{f}:2", f"{f}:4"]
    assert "invalid JSON" in bad[0].reason


def test_sniffing_reads_content_not_extension(tmp_path: Path) -> None:
    f = tmp_path / "page.txt"
    f.write_text(PAGE, "utf-8")
    (doc,) = docs([str(f)])
    assert isinstance(doc, RawDocument) and doc.format == "html"
    (forced,) = docs([str(f)], kind="text")
    assert isinstance(forced, RawDocument) and forced.format == "text"


def test_url_and_date_hints_apply_to_a_single_document(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text(STORY, "utf-8")
    (doc,) = docs([str(f)], url="https://news.example/x", date="2025-03-01")
    assert isinstance(doc, RawDocument)
    assert doc.source.url == "https://news.example/x" and doc.date == "2025-03-01"


def test_non_utf8_text_is_decoded_and_nfc_normalised(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    text = "Le ministre français a déclaré que la réunion à Genève était « très utile »."
    f.write_bytes((text + " " + STORY).encode("cp1252"))
    (doc,) = docs([str(f)])
    assert isinstance(doc, RawDocument) and doc.content.startswith(text)
    decomposed = unicodedata.normalize("NFD", "Café “quoted” talks") + " " + STORY
    (doc2,) = read_content(decomposed.encode("utf-8"), name="x", settings=SETTINGS)
    assert isinstance(doc2, RawDocument)
    assert doc2.content.startswith("Café “quoted” talks")  # composed, curly quotes kept


def test_gzipped_text_is_read(tmp_path: Path) -> None:
    f = tmp_path / "story.txt.gz"
    f.write_bytes(gzip.compress(STORY.encode()))
    (doc,) = docs([str(f)])
    assert isinstance(doc, RawDocument) and doc.content == STORY


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (gzip.compress(STORY.encode() * 50)[:60], "truncated gzip"),
    ],
)
def test_bad_content_is_one_error_naming_the_file(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    (err,) = docs([str(f)])
    assert isinstance(err, InputError)
    assert err.path == str(f) and reason in err.reason
    assert str(err).startswith(str(f) + ": ")


def test_malformed_markup(tmp_path: Path) -> None:
    unclosed = tmp_path / "unclosed.html"
    unclosed.write_text(f"<html><body><div><p>{STORY}<p>{STORY}", "utf-8")
    (doc,) = docs([str(unclosed)])
    assert isinstance(doc, RawDocument)  # recoverable markup is read
    garbage = tmp_path / "garbage.html"
    garbage.write_text("just words, no markup at all", "utf-8")
    (err,) = docs([str(garbage)], kind="html")
    assert isinstance(err, InputError) and "malformed HTML" in err.reason


def test_size_cap(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text(STORY * 10, "utf-8")
    small = Settings(max_bytes=200)
    (err,) = docs([str(f)], settings=small)
    assert isinstance(err, InputError) and "size cap" in err.reason
    (err2,) = read_content(STORY * 10, name="<input>", settings=small)
    assert isinstance(err2, InputError) and "size cap" in err2.reason


def test_unreadable_path_does_not_stop_the_run(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, "utf-8")
    items = docs([str(tmp_path / "missing.txt"), str(good)])
    assert isinstance(items[0], InputError) and "no such file" in items[0].reason
    assert isinstance(items[1], RawDocument)


def test_directory_walk_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for rel in ["b/2.txt", "a/1.txt", "c.txt", ".hidden/x.txt", "a/.swp"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"{rel}: {STORY}", "utf-8")
    paths = [d.source.path for d in only_docs(docs([str(tmp_path)]))]
    assert paths == [str(tmp_path / r) for r in ["a/1.txt", "b/2.txt", "c.txt"]]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode())))
    (doc,) = docs(["-"])
    assert isinstance(doc, RawDocument) and doc.source.path == "-" and doc.format == "html"


def _warc(n: int) -> list[bytes]:
    """One gzip member per record, as Common Crawl writes them."""
    members = []
    for i in range(n):
        buf = io.BytesIO()
        writer = WARCWriter(buf, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = f"<html><body><p>Story {i}. {STORY}</p></body></html>".encode()
        writer.write_record(writer.create_warc_record(
            f"https://w.example/{i}", "response", payload=io.BytesIO(body), http_headers=headers))
        members.append(buf.getvalue())
    return members


def test_warc_truncated_record_is_reported_and_the_rest_read() -> None:
    m = _warc(3)
    truncated = m[0] + m[1] + m[2][: len(m[2]) // 2]
    items = list(read_content(truncated, name="cc.warc.gz", settings=SETTINGS))
    assert [d.source.url for d in only_docs(items)] == ["https://w.example/0", "https://w.example/1"]
    (err,) = errors(items)
    assert err.path == "cc.warc.gz" and "record 3" in err.reason and "truncated" in err.reason


def test_warc_corrupt_record_in_the_middle_is_skipped() -> None:
    m = _warc(3)
    bad = m[1][:12] + b"\x00garbage" * 10 + m[1][-8:]
    items = list(read_content(m[0] + bad + m[2], name="cc.warc.gz", settings=SETTINGS))
    assert [d.source.url for d in only_docs(items)] == ["https://w.example/0", "https://w.example/2"]
    assert len(errors(items)) == 1


def test_uncompressed_warc_truncated() -> None:
    plain = b"".join(gzip.decompress(x) for x in _warc(2))
    items = list(read_content(plain[:-40], name="cc.warc", settings=SETTINGS))
    assert [d.source.url for d in only_docs(items)] == ["https://w.example/0"]
    assert "truncated" in errors(items)[0].reason


def test_container_files_are_streamed_with_a_per_record_cap(tmp_path: Path) -> None:
    small = Settings(max_bytes=2000)
    jsonl = tmp_path / "many.jsonl"
    jsonl.write_text("".join(json.dumps({"text": f"{i}. {STORY}"}) + "\n" for i in range(40)),
                     "utf-8")
    assert jsonl.stat().st_size > small.max_bytes
    items = docs([str(jsonl)], settings=small)
    assert len(only_docs(items)) == 40 and not errors(items)
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(b"".join(_warc(12)))
    assert warc.stat().st_size > small.max_bytes
    assert len(only_docs(docs([str(warc)], settings=small))) == 12
    text = tmp_path / "big.txt"
    text.write_text(STORY * 20, "utf-8")  # a single document still has the file cap
    assert "size cap" in errors(docs([str(text)], settings=small))[0].reason


def test_gzipped_jsonl_truncated_after_some_lines(tmp_path: Path) -> None:
    f = tmp_path / "dump.jsonl.gz"
    body = "".join(json.dumps({"text": f"{i}. {STORY}"}) + "\n" for i in range(200)).encode()
    f.write_bytes(gzip.compress(body)[:-300])
    items = docs([str(f)])
    assert 0 < len(only_docs(items)) < 200
    (err,) = errors(items)
    assert err.path == str(f) and "truncated" in err.reason


def test_jsonl_line_over_the_cap(tmp_path: Path) -> None:
    f = tmp_path / "lines.jsonl"
    f.write_text(json.dumps({"text": STORY}) + "\n" + json.dumps({"text": STORY * 30}) + "\n",
                 "utf-8")
    items = docs([str(f)], settings=Settings(max_bytes=1000))
    assert len(only_docs(items)) == 1
    assert errors(items)[0].path == f"{f}:2" and "size cap" in errors(items)[0].reason


def test_containers_with_nothing_to_read_are_reported(tmp_path: Path) -> None:
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n", "utf-8")
    assert "empty" in errors(docs([str(blank)]))[0].reason
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://w.example/x.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=png))
    images = tmp_path / "images.warc.gz"
    images.write_bytes(buf.getvalue())
    (err,) = docs([str(images)])
    assert isinstance(err, InputError) and "no HTML response" in err.reason


def test_an_empty_directory_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty" / ".hidden").mkdir(parents=True)
    (err,) = docs([str(tmp_path / "empty")])
    assert isinstance(err, InputError) and "no files" in err.reason
