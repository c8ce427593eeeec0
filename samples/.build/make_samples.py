"""Write the sample set (every input format) from ``stories.json``.

Run ``.venv/bin/python samples/.build/make_samples.py``; files go to ``samples/`` (this folder is
hidden so that ``communique ingest samples/`` does not read it).

All stories are invented for Communique (Apache-2.0). ``russia-eu-ties.txt`` is the one real
scraped page and is not written here. The Greece-Turkey story appears three times, from three
"outlets" with small edits, so that near-duplicate detection has something to show.
"""

from __future__ import annotations

import html
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SRC = Path(__file__).resolve().parent
HERE = SRC.parent
STORIES = {s["key"]: s for s in json.loads((SRC / "stories.json").read_text("utf-8"))}


def e(s: str) -> str:
    return html.escape(s, quote=False)


def page(story: dict, site: str, host: str) -> str:
    paras = story["paras"]
    ps = "\n".join(f"<p>{e(p)}</p>" for p in paras[:2])
    rest = "\n".join(f"<p>{e(p)}</p>" for p in paras[2:])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(story['title'])} - {e(site)}</title>
<meta property="og:site_name" content="{e(site)}">
<meta property="article:published_time" content="{story['date']}T09:00:00Z">
<meta name="author" content="{e(story['author'])}">
<link rel="canonical" href="https://{host}/world/{story['key']}"></head>
<body><header><a href="/">{e(site)}</a><nav><a href="/world">World</a> <a href="/politics">Politics</a>
<a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>{e(story['title'])}</h1><p class="byline">By {e(story['author'])}</p>
<time datetime="{story['date']}">{story['date']}</time>
{ps}
<div class="ad">Advertisement</div>
{rest}
</article><aside><h2>Most read</h2><ul><li><a href="/a">Markets rally on rate hopes</a></li>
<li><a href="/b">Storm closes airports in the north</a></li></ul></aside></main>
<footer><p>&copy; 2025 {e(site)}. All rights reserved.</p></footer></body></html>
"""


def text_page(story: dict, site: str, paras: list[str]) -> str:
    lines = ["Home | World | Politics | Business", "", story["title"], "",
             f"By {story['author']}", story["date"], "3 min read", ""]
    for i, p in enumerate(paras):
        lines += [p, ""]
        if i == 1:
            lines += ["Advertisement", "", "Share this article: Facebook | X | Email", ""]
    lines += ["Related stories", "", "Markets rally on rate hopes", "",
              "Storm closes airports in the north", "", f"© 2025 {site}"]
    return "\n".join(lines) + "\n"


def copy_b(story: dict) -> list[str]:
    """A syndicated rewrite: first line rephrased, last paragraph dropped."""
    paras = list(story["paras"][:-1])
    paras[0] = paras[0].replace("agreed on Monday", "agreed on Monday evening")
    return paras


def copy_c(story: dict) -> str:
    paras = list(story["paras"])
    paras[1] = paras[1].replace("next month", "in May")
    return "\n\n".join(paras)


def warc(records: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, body in records:
        req = writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                        http_headers=StatusAndHeaders(
                                            "GET / HTTP/1.1", [("Host", url.split("/")[2])],
                                            is_http_request=True))
        writer.write_record(req)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body.encode("utf-8")), http_headers=headers))
    logo = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://www.deltanews.example/logo.png", "response",
        payload=io.BytesIO(b"\x89PNG\r\n\x1a\n"), http_headers=logo))
    return buf.getvalue()


def rss(items: list[dict], site: str, host: str) -> str:
    entries = []
    for s in items:
        body = "".join(f"<p>{e(p)}</p>" for p in s["paras"])
        entries.append(f"""  <item>
    <title>{e(s['title'])}</title>
    <link>https://{host}/news/{s['key']}</link>
    <guid>https://{host}/news/{s['key']}</guid>
    <pubDate>{s['rfc822']}</pubDate>
    <dc:creator>{e(s['author'])}</dc:creator>
    <description>{e(s['paras'][0])}</description>
    <content:encoded><![CDATA[{body}<p>The post {e(s['title'])} appeared first on {site}.</p>]]></content:encoded>
  </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>{site}</title>
  <link>https://{host}/</link>
  <description>World news from {site}</description>
{chr(10).join(entries)}
</channel>
</rss>
"""


def atom(s: dict, site: str, host: str) -> str:
    body = e("".join(f"<p>{html.escape(p)}</p>" for p in s["paras"]))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{site}</title>
  <id>https://{host}/</id>
  <updated>{s['date']}T12:00:00Z</updated>
  <entry>
    <title>{e(s['title'])}</title>
    <link href="https://{host}/{s['key']}"/>
    <id>https://{host}/{s['key']}</id>
    <published>{s['date']}T12:00:00Z</published>
    <updated>{s['date']}T12:00:00Z</updated>
    <author><name>{e(s['author'])}</name></author>
    <content type="html">{body}</content>
  </entry>
</feed>
"""


def main() -> None:
    s = STORIES
    (HERE / "greece-turkey-aegeanwire.html").write_text(
        page(s["greece-turkey"], "Aegean Wire", "www.aegeanwire.example"), "utf-8")
    (HERE / "japan-korea.html").write_text(
        page(s["japan-korea"], "Pacific Ledger", "www.pacificledger.example"), "utf-8")
    (HERE / "nile-dam.html").write_text(
        page(s["nile-dam"], "Nile Courier", "nilecourier.example"), "utf-8")
    (HERE / "greece-turkey-harbourpost.txt").write_text(
        text_page(s["greece-turkey"], "Harbour Post", copy_b(s["greece-turkey"])), "utf-8")
    (HERE / "poland-belarus.txt").write_text(
        text_page(s["poland-belarus"], "Vistula Times", s["poland-belarus"]["paras"]), "utf-8")
    (HERE / "delta-news.warc.gz").write_bytes(warc([
        (f"https://www.deltanews.example/{k}", page(s[k], "Delta News", "www.deltanews.example"))
        for k in ("india-bangladesh", "brazil-venezuela")]))
    s["us-mexico"]["rfc822"] = "Wed, 03 Sep 2025 14:00:00 +0000"
    s["mali-france"]["rfc822"] = "Tue, 18 Feb 2025 09:30:00 +0000"
    (HERE / "meridian.rss").write_text(
        rss([s["us-mexico"], s["mali-france"]], "Meridian Daily", "meridian.example"), "utf-8")
    (HERE / "balkan-desk.atom").write_text(
        atom(s["serbia-kosovo"], "Balkan Desk", "balkandesk.example"), "utf-8")
    lines = [
        {"url": "https://www.balkanledger.example/greece-turkey-talks", "title": s["greece-turkey"]["title"],
         "date": s["greece-turkey"]["date"], "text": copy_c(s["greece-turkey"])},
        {"url": "https://www.southernstar.example/china-barley", "date": s["australia-china"]["date"],
         "html": page(s["australia-china"], "Southern Star", "www.southernstar.example")},
    ]
    (HERE / "wire-feed.jsonl").write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")


if __name__ == "__main__":
    main()
