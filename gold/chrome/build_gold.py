"""Build the chrome gold set: story bodies wrapped in page templates with realistic chrome.

Run from the repository root: ``python gold/chrome/build_gold.py``. Output (committed, so the
gold set is stable): ``pages/<id>.txt|.html``, ``bodies/<id>.txt`` and ``index.jsonl`` with
each page's format, template, URL and, for Wikinews bodies, the CC BY 2.5 attribution.

The templates here were written apart from the cleaner's development material (the seed page and
the fixtures in ``tests/clean``) and imitate other site families: a newspaper portal, a WordPress
blog, a broadcaster, a South Asian portal, a wire agency, a magazine, a local paper, plus clean
bodies. The cleaner is never tuned to these pages; they are the held-out check.
"""

from __future__ import annotations

import html
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus/wikinews_en/articles.jsonl")

SITES = ["The Daily Ledger", "Northern Courier", "Global Wire", "Metro Herald", "The Observer Post",
         "Capital Tribune", "Harbour Gazette", "Eastern Chronicle"]
AUTHORS = ["Anna Kowalski", "Tomas Berg", "Priya Raman", "Daniel Okafor", "Mei Lin", "Jorge Salas",
           "Sarah O'Neill", "Yusuf Demir"]
TEASERS = [
    ("Parliament votes to extend emergency powers", "Lawmakers backed the measure by a narrow margin after a long debate."),
    ("Central bank holds rates steady", "The bank said inflation was easing but warned of risks ahead."),
    ("Floods force thousands from homes in the south", "Rescue teams worked through the night as rivers rose."),
    ("Opposition leader calls for early election", "She said the government had lost the confidence of voters."),
    ("Trade talks resume after six-month pause", "Negotiators will meet in Geneva next week, officials said."),
    ("Court blocks controversial mining permit", "Judges ruled the environmental review was incomplete."),
    ("Tech firms face new rules on data", "Regulators published draft guidelines on Tuesday."),
    ("Football: City clinch title on final day", "A late goal sealed the championship for the home side."),
]
NAV = ["Home", "News", "World", "Politics", "Business", "Science", "Sport", "Opinion", "Culture",
       "Video", "Podcasts"]
SECTIONS = ["US & Canada", "Latin America", "Middle East", "Asia Pacific", "Climate crisis",
            "Health", "Technology", "Personal finance", "Arts and entertainment", "Travel",
            "Life & style", "Crosswords", "Obituaries", "Letters to the editor", "Weather",
            "Local news", "Elections 2026", "Fact check", "Investigations", "Newsletters"]
FOOTER = ["About us", "Contact us", "Careers", "Advertise with us", "Terms of service",
          "Privacy policy", "Cookie settings", "Accessibility", "Help centre", "Corrections",
          "Sitemap", "RSS feeds", "Licensing", "Code of conduct", "Complaints", "Manage preferences",
          "Do not sell my personal information", "Newsroom ethics", "Archive", "Masthead"]
DISCLAIMERS = [
    "{site} is not responsible for the content of external websites.",
    "{site} is published by {site} Media Limited, a company registered in England and Wales.",
    "Views expressed in reader comments are those of their authors and not of {site}.",
    "Market data provided by a third party and delayed by at least 15 minutes.",
]


def fmt_date(iso: str, rng: random.Random, style: int) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    mon = months[m - 1]
    return [f"{mon} {d}, {y}", f"{d} {mon} {y}", f"{mon[:3]} {d}, {y}", iso,
            f"{d} {mon[:3]} {y}"][style % 5]


def teasers(rng: random.Random, n: int) -> list[tuple[str, str]]:
    return rng.sample(TEASERS, n)


# ---------------------------------------------------------------- plain-text templates
def t_portal(p: dict, rng: random.Random) -> list[str]:
    body = list(p["paras"])
    out = rng.sample(NAV, 6) + ["World > " + rng.choice(["Europe", "Americas", "Africa", "Asia"]),
                                p["title"], f"By {p['author']}, Staff Reporter",
                                "Published: " + fmt_date(p["date"], rng, 1) + " 09:41 GMT",
                                "Facebook Twitter Email"]
    out += body[:1] + ["A file photo of the city centre. (Photo: AFP)"] + body[1:2]
    out += ["Advertisement"] + body[2:3]
    out += ["Get our Morning Briefing", "Sign up for a daily digest of the stories that matter.",
            "Subscribe"] + body[3:]
    out += ["Topics: Europe, Diplomacy, Energy", "Related stories"]
    for h, b in teasers(rng, 3):
        out += [h, b]
    out += [f"© 2025 {p['site']}. All rights reserved.", "Privacy Policy | Terms of Use | Contact"]
    return out


def t_blog(p: dict, rng: random.Random) -> list[str]:
    out = [p["site"], "Independent news and analysis since 2009",
           f"Posted on {fmt_date(p['date'], rng, 0)} by {p['author'].split()[0].lower()}", p["title"]]
    out += p["paras"]
    out += ["Share this:", "Twitter", "Facebook", "Like this:", "Like Loading...", "Related"]
    for h, _ in teasers(rng, 3):
        out += [h, fmt_date(p["date"], rng, 0), 'In "World"']
    out += ["Leave a Reply Cancel reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment", "Name *", "Email *", "Website", "Post Comment"]
    return out


def t_broadcaster(p: dict, rng: random.Random) -> list[str]:
    body = list(p["paras"])
    k = max(1, len(body) // 2)
    out = ["Skip to content", p["title"], f"{rng.randint(2, 9)} hours ago"]
    out += body[:k] + ["Image source, Getty Images",
                       "Image caption, Officials met in the capital earlier this week"] + body[k:]
    out += ["Related Topics", "Diplomacy", "Europe", "More on this story"]
    for h, _ in teasers(rng, 2):
        out += [h, fmt_date(p["date"], rng, 4)]
    out += ["Top Stories", teasers(rng, 1)[0][0],
            "We use cookies to give you the best online experience. Please let us know if you agree."]
    return out


def t_south_asian(p: dict, rng: random.Random) -> list[str]:
    body = list(p["paras"])
    out = ["Updated: " + fmt_date(p["date"], rng, 2) + ", 10:32 IST", f"{rng.randint(2, 6)} min read",
           p["title"], "Follow us on Google News"]
    out += body[:2] + ["ALSO READ | " + teasers(rng, 1)[0][0]] + body[2:]
    out += [f"Catch all the latest news updates on {p['site']}.",
            "First Published: " + fmt_date(p["date"], rng, 2), "#Diplomacy #World #Politics",
            "Trending"] + [h for h, _ in teasers(rng, 4)]
    return out


def t_agency(p: dict, rng: random.Random) -> list[str]:
    out = [p["title"], f"By {p['author']} | {fmt_date(p['date'], rng, 3)}"]
    out += p["paras"]
    out += [f"Reporting by {p['author']}; Editing by {rng.choice(AUTHORS)}",
            "Our Standards: The Trust Principles.", "Sponsored"]
    out += [h for h, _ in teasers(rng, 3)]
    out += ["Read Next"] + [h for h, _ in teasers(rng, 2)]
    return out


def t_magazine(p: dict, rng: random.Random) -> list[str]:
    body = list(p["paras"])
    out = ["Listen to this article", f"{rng.randint(3, 9)} min listen", p["title"],
           p["author"], fmt_date(p["date"], rng, 0), f"{rng.randint(5, 300)} Comments",
           "Gift this article"]
    out += body[:3] + ["Story continues below advertisement"] + body[3:]
    out += ["More from " + p["site"]]
    for h, b in teasers(rng, 2):
        out += [h, b]
    return out


def t_local(p: dict, rng: random.Random) -> list[str]:
    body = list(p["paras"])
    out = ["News / Politics", p["title"],
           f"{p['author']} | {p['author'].split()[0].lower()}@example.org",
           f"Photo by {rng.choice(AUTHORS)} / {p['site']}"]
    out += body[:2] + ["Continue reading below"] + body[2:]
    out += ["Have a news tip? Email us or call the newsroom.",
            f"Copyright 2025 {p['site']} Inc."]
    return out


def t_clean(p: dict, rng: random.Random) -> list[str]:
    return list(p["paras"])


def t_headline_only(p: dict, rng: random.Random) -> list[str]:
    return [p["title"]] + list(p["paras"])


TEXT_TEMPLATES = [t_portal, t_blog, t_broadcaster, t_south_asian, t_agency, t_magazine, t_local,
                  t_clean, t_headline_only]


# ---------------------------------------------------------------- sentence-chrome templates
# Added with the second batch (pages 040+): furniture written as whole sentences, and boxes set
# in the middle of a story with more story after them. Bodies keep every paragraph; the gold
# body never holds the box, the standfirst, a caption, a pull quote or an end credit.
AGGREGATORS = ["Panorama Newswire", "Continental Media Exchange", "Meridian Syndicate"]
CLICKBAIT = ["Homeowners Are Ditching Their Boilers For This Cheap Trick!",
             "What Happened To The Stars Of That 90s Sitcom?",
             "Doctors Can't Explain Why This Simple Tea Works So Well!",
             "This Map Shows The Safest Towns To Retire In"]
CAPTIONS = ["Demonstrators outside the ministry on the first day of the talks.",
            "Delegates arrive for the opening session in the main hall.",
            "A police cordon near the scene on Tuesday night. Officers remained there until dawn.",
            "Supporters waving flags as the motorcade passes through the city centre."]


def t_syndicated(p: dict, rng: random.Random) -> list[str]:
    body = list(p["paras"])
    k = max(2, len(body) - 2)
    agg = rng.choice(AGGREGATORS)
    a, b = rng.sample(AUTHORS, 2)
    out = [p["title"], f"{p['site']} | {fmt_date(p['date'], rng, 1)}"]
    out += body[:k] + ["You may also want to read:"] + [h for h, _ in teasers(rng, 2)] + body[k:]
    out += [f"{a} and {b} contributed to this report.",
            f"Copyright © 2024 {p['site']}. All rights reserved. Distributed by {agg} "
            f"({agg.split()[0].lower()}.example).",
            f"{agg} publishes around 600 reports a day from more than 90 news organisations and "
            "over 300 other institutions and individuals, representing a diversity of positions "
            "on every topic.",
            "Latest headlines"] + [h for h, _ in teasers(rng, 3)]
    return out


def t_newsletter(p: dict, rng: random.Random) -> list[str]:
    body = list(p["paras"])
    letter = rng.choice(["The Quiet Ledger", "Notes from the Border", "Weekly Dispatch"])
    out = [letter, p["title"],
           "Why the latest development matters, and what to watch for in the weeks ahead.",
           p["author"], fmt_date(p["date"], rng, 2), "Share"]
    out += body[:2]
    out += [f"{letter} is a reader-supported publication. To get new posts and back my work, "
            "consider becoming a free or paid subscriber.", "Subscribe"]
    out += body[2:]
    out += [f"Thanks for reading {letter}! This post is public, so feel free to pass it on.",
            "Support independent journalism. We depend on readers, not advertisers, and every "
            "contribution keeps this work free to read.",
            f"{rng.randint(3, 40)} Comments", "Top", "New",
            "Great piece, but I think the author underplays how long this has been building.",
            "Reply", "Like (4)"]
    return out


def t_photo(p: dict, rng: random.Random) -> list[str]:
    body = list(p["paras"])
    caps = rng.sample(CAPTIONS, 3)
    out = ["Skip to main content", p["title"], f"By {p['author']}",
           "Posted " + fmt_date(p["date"], rng, 0)]
    out += body[:1] + [caps[0] + f" (Reuters: {rng.choice(AUTHORS)})"] + body[1:3]
    out += [caps[1], "Photo: AFP"] + body[3:5]
    out += ["Image: Getty Images", caps[2]] + body[5:]
    out += ["Posted " + fmt_date(p["date"], rng, 0), "Share this article", "Copy link",
            "Related stories"] + [h for h, _ in teasers(rng, 2)]
    return out


def t_video(p: dict, rng: random.Random) -> list[str]:
    body = list(p["paras"])
    pull = next((s for s in body[1].split(". ") if 8 <= len(s.split()) <= 30
                 and not any(q in s for q in "\"“”")), None)
    reporter = p["author"]
    out = [p["title"], "The decision follows weeks of pressure and is likely to be contested.",
           f"By {reporter}", fmt_date(p["date"], rng, 0), "Watch", "Video player is loading.",
           "Now Playing", f"0{rng.randint(1, 4)}:{rng.randint(10, 59)}"]
    out += body[:2] + (["“" + pull.rstrip(".") + "”"] if pull else []) + body[2:3]
    out += ["Story continues below"] + body[3:]
    surname = reporter.split()[-1]
    out += [f"{surname} covers national politics and foreign affairs for {p['site']}. She has "
            "reported from more than 20 countries.",
            f"{p['site']} is an independent global news organization dedicated to factual "
            "reporting. Founded in 1902, it remains the most trusted source of fast news.",
            "Up Next"] + [h for h, _ in teasers(rng, 2)]
    return out


def t_sponsored(p: dict, rng: random.Random) -> list[str]:
    body = list(p["paras"])
    k = max(2, len(body) - 3)
    bait = rng.sample(CLICKBAIT, 2)
    out = [p["title"], f"{p['author']} · {fmt_date(p['date'], rng, 3)}",
           f"{rng.randint(2, 8)} min read"]
    out += body[:k] + ["Sponsored Content", bait[0], "Continue Reading"] + body[k:]
    out += [f"{p['author']} has covered politics and government for {p['site']} since 2015 and "
            "previously worked at a regional daily.",
            "Sponsored Content", bait[1], "Trending Now"] + [h for h, _ in teasers(rng, 3)]
    return out


SENTENCE_TEMPLATES = [t_syndicated, t_newsletter, t_photo, t_video, t_sponsored]


def site_frame(lines: list[str], p: dict, rng: random.Random) -> list[str]:
    """Wrap a template's page in the menus and footer a whole-page text dump carries."""
    top = rng.sample(NAV, rng.randint(5, 9)) + rng.sample(SECTIONS, rng.randint(6, 14))
    bottom = rng.sample(FOOTER, rng.randint(8, 16))
    bottom.insert(rng.randint(0, len(bottom)), rng.choice(DISCLAIMERS).format(site=p["site"]))
    return [p["site"]] + top + lines + bottom


def render_text(lines: list[str], rng: random.Random) -> str:
    sep = "\n\n" if rng.random() < 0.6 else "\n"
    return sep.join(lines) + "\n"


# ---------------------------------------------------------------- HTML templates
def _e(s: str) -> str:
    return html.escape(s, quote=False)


def _ps(paras: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{attr}>{_e(x)}</p>" for x in paras)


def _head(p: dict, extra: str = "") -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{_e(p['title'])} | {_e(p['site'])}</title>{extra}</head>\n")


def _footer_links(p: dict, rng: random.Random) -> str:
    links = "".join(f'<li><a href="/{i}">{_e(x)}</a></li>' for i, x in
                    enumerate(rng.sample(FOOTER, rng.randint(8, 16))))
    note = _e(rng.choice(DISCLAIMERS).format(site=p["site"]))
    return f'<div class="site-footer"><ul>{links}</ul><p>{note}</p></div>'


def _section_menu(rng: random.Random) -> str:
    items = "".join(f'<li><a href="/s/{i}">{_e(x)}</a></li>' for i, x in
                    enumerate(rng.sample(SECTIONS, rng.randint(6, 14))))
    return f'<div class="sections"><ul>{items}</ul></div>'


def h_semantic(p: dict, rng: random.Random) -> str:
    body = p["paras"]
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV)
    rel = "".join(f'<li><a href="/s/{i}">{_e(h)}</a><p>{_e(b)}</p></li>'
                  for i, (h, b) in enumerate(teasers(rng, 3)))
    meta = f'<meta property="article:published_time" content="{p["date"]}T08:00:00Z">'
    return _head(p, meta) + f"""<body><header><a class="logo" href="/">{_e(p['site'])}</a>
<nav><ul>{nav}</ul></nav></header>
<main><article><h1>{_e(p['title'])}</h1>
<p class="byline">By <a href="/authors/x">{_e(p['author'])}</a></p>
<time datetime="{p['date']}">{fmt_date(p['date'], rng, 0)}</time>
<figure><img src="/img/a.jpg" alt=""><figcaption>Delegates arrive for the talks. Photo: Reuters</figcaption></figure>
{_ps(body[:2])}
<aside class="ad"><p>Advertisement</p></aside>
{_ps(body[2:4])}
<div class="newsletter"><h3>The Briefing</h3><p>Sign up for our newsletter to get the day's top stories in your inbox.</p><form><input type="email"><button>Sign up</button></form></div>
{_ps(body[4:])}
</article>
<section class="related"><h2>Related</h2><ul>{rel}</ul></section></main>
<footer><p>&copy; 2025 {_e(p['site'])}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
{_footer_links(p, rng)}</body></html>"""


def h_divsoup(p: dict, rng: random.Random) -> str:
    body = p["paras"]
    menu = "".join(f"<li><a href='#'>{n}</a></li>" for n in rng.sample(NAV, 7))
    comments = "".join(f"<div class='comment'><b>reader{i}</b><p>{_e(c)}</p></div>" for i, c in enumerate(
        ["Great article, thanks for the coverage.", "I don't agree with this at all, the government has been lying for years.",
         "Who is going to pay for all of this? Not the politicians."]))
    return _head(p) + f"""<body><div id="wrapper"><div class="top-menu"><ul>{menu}</ul></div>
<div class="content"><div class="story-title"><h2>{_e(p['title'])}</h2>
<span class="meta">{_e(p['author'])} - {fmt_date(p['date'], rng, 2)}</span></div>
<div class="share-bar"><a>Share on Facebook</a> <a>Share on Twitter</a> <a>WhatsApp</a></div>
<div class="story-body">{_ps(body)}</div>
<div class="tags">Tags: <a>politics</a>, <a>world</a>, <a>diplomacy</a></div>
<div id="comments"><h3>3 Comments</h3>{comments}</div></div>
<div class="sidebar"><h4>Most Read</h4><ol>{''.join(f'<li><a>{_e(h)}</a></li>' for h, _ in teasers(rng, 5))}</ol></div>
<div class="footer">Copyright {_e(p['site'])} 2025 | <a>About</a> | <a>Advertise</a></div>{_footer_links(p, rng)}</div></body></html>"""


def h_jsonld(p: dict, rng: random.Random) -> str:
    body = p["paras"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": p["title"],
                     "datePublished": p["date"], "author": {"@type": "Person", "name": p["author"]},
                     "publisher": {"@type": "Organization", "name": p["site"]}})
    og = (f'<meta property="og:title" content="{_e(p["title"])}">'
          f'<meta property="og:site_name" content="{_e(p["site"])}">'
          f'<script type="application/ld+json">{ld}</script>')
    inner = "".join(f'<div class="para">{_e(x)}</div>' for x in body[:3])
    rest = _ps(body[3:])
    return _head(p, og) + f"""<body><div class="cookie-banner">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<div class="page"><div class="header"><span>{_e(p['site'])}</span> <a>Subscribe</a> <a>Log in</a></div>{_section_menu(rng)}
<div class="article"><h1 class="headline">{_e(p['title'])}</h1>
<div class="author-line">{_e(p['author'])}</div>
<div class="article-body">{inner}
<p><strong>Read more:</strong> <a href="/x">{_e(teasers(rng, 1)[0][0])}</a></p>
{rest}</div></div>
<div class="more"><h3>More from {_e(p['site'])}</h3>{''.join(f'<div class="card"><a>{_e(h)}</a><span>{_e(b)}</span></div>' for h, b in teasers(rng, 3))}</div>
</div></body></html>"""


def h_live(p: dict, rng: random.Random) -> str:
    body = p["paras"]
    k = max(1, len(body) // 2)
    return _head(p, f'<meta name="date" content="{p["date"]}"><meta name="author" content="{_e(p["author"])}">') + f"""<body>
<div id="nav"><a>Home</a> | <a>World</a> | <a>Politics</a> | <a>Business</a></div>{_section_menu(rng)}
<div id="main"><h1>{_e(p['title'])}</h1><div class="dateline">{fmt_date(p['date'], rng, 1)}</div>
<div class="text">{_ps(body[:k])}
<div class="inline-ad">ADVERTISEMENT</div><div class="promo"><p>Download our app for breaking news alerts.</p></div>
{_ps(body[k:])}</div>
<div class="social">Follow us on Twitter and Facebook</div></div>
<div id="trending"><h3>Trending now</h3><ul>{''.join(f'<li>{_e(h)}</li>' for h, _ in teasers(rng, 4))}</ul></div>
<div id="foot">All rights reserved. {_e(p['site'])} 2025.</div>{_footer_links(p, rng)}</body></html>"""


def h_minimal(p: dict, rng: random.Random) -> str:
    return _head(p) + f"<body><h1>{_e(p['title'])}</h1>\n{_ps(p['paras'])}\n</body></html>"


HTML_TEMPLATES = [h_semantic, h_divsoup, h_jsonld, h_live, h_minimal]


# ---------------------------------------------------------------- assembly
def bodies() -> list[dict]:
    rows = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r["genre"] != "interview" and 120 <= r["n_words"] <= 700
            and r["politics_keyword_hits"] > 0]
    rows.sort(key=lambda r: r["id"])
    picked = rows[::5][:36]
    out = [{"id": r["id"], "title": r["title"], "date": r["date"], "text": r["text"],
            "url": r["url"], "attribution": r["attribution"]} for r in picked]
    for own in json.loads((HERE / "own_bodies.json").read_text("utf-8")):
        out.append({**own, "url": None, "attribution": "written for Communique (Apache-2.0)"})
    return out


def second_bodies(n: int = 10) -> list[dict]:
    """Bodies for the sentence-chrome pages: Wikinews articles of six or more paragraphs that
    the first batch did not use (every fifth, offset two, of the same filtered list)."""
    rows = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r["genre"] != "interview" and 120 <= r["n_words"] <= 700
            and r["politics_keyword_hits"] > 0]
    rows.sort(key=lambda r: r["id"])
    used = {r["id"] for r in rows[::5][:36]}
    picked = [r for r in rows[2::5] if r["id"] not in used
              and sum(1 for x in r["text"].split("\n\n") if x.strip()) >= 6][:n]
    return [{"id": r["id"], "title": r["title"], "date": r["date"], "text": r["text"],
             "url": r["url"], "attribution": r["attribution"]} for r in picked]


def main() -> None:
    rng = random.Random(20260529)
    for sub in ("pages", "bodies"):
        (HERE / sub).mkdir(exist_ok=True)
        for old in (HERE / sub).iterdir():
            old.unlink()
    index = []
    for n, b in enumerate(bodies()):
        paras = [x.strip() for x in b["text"].split("\n\n") if x.strip()]
        p = {"title": b["title"], "date": b["date"], "paras": paras, "site": rng.choice(SITES),
             "author": rng.choice(AUTHORS)}
        page_id = f"{n:03d}"
        if n % 2 == 0:
            tpl = TEXT_TEMPLATES[(n // 2) % len(TEXT_TEMPLATES)]
            lines = tpl(p, rng)
            if tpl not in (t_clean, t_headline_only):
                lines = site_frame(lines, p, rng)
            page, fmt, ext = render_text(lines, rng), "text", "txt"
        else:
            tpl = HTML_TEMPLATES[(n // 2) % len(HTML_TEMPLATES)]
            page, fmt, ext = tpl(p, rng), "html", "html"
        (HERE / "pages" / f"{page_id}.{ext}").write_text(page, "utf-8")
        (HERE / "bodies" / f"{page_id}.txt").write_text("\n\n".join(paras) + "\n", "utf-8")
        index.append({"id": page_id, "page": f"pages/{page_id}.{ext}", "body": f"bodies/{page_id}.txt",
                      "format": fmt, "template": tpl.__name__, "title": b["title"], "date": b["date"],
                      "url": b["url"], "attribution": b["attribution"]})
    rng2 = random.Random(20261129)  # a second stream: the first 40 pages stay byte-identical
    for m, b in enumerate(second_bodies()):
        paras = [x.strip() for x in b["text"].split("\n\n") if x.strip()]
        p = {"title": b["title"], "date": b["date"], "paras": paras, "site": rng2.choice(SITES),
             "author": rng2.choice(AUTHORS)}
        page_id = f"{len(index):03d}"
        tpl = SENTENCE_TEMPLATES[m % len(SENTENCE_TEMPLATES)]
        page = render_text(site_frame(tpl(p, rng2), p, rng2), rng2)
        (HERE / "pages" / f"{page_id}.txt").write_text(page, "utf-8")
        (HERE / "bodies" / f"{page_id}.txt").write_text("\n\n".join(paras) + "\n", "utf-8")
        index.append({"id": page_id, "page": f"pages/{page_id}.txt",
                      "body": f"bodies/{page_id}.txt", "format": "text", "template": tpl.__name__, "title": b["title"],
                      "date": b["date"], "url": b["url"], "attribution": b["attribution"]})
    with (HERE / "index.jsonl").open("w", encoding="utf-8") as fh:
        for row in index:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(index)} pages written to {HERE}")


if __name__ == "__main__":
    main()
