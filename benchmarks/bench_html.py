"""HTML extraction speed and quality: Communique's ingest + clean against bare trafilatura.

    .venv/bin/python benchmarks/bench_html.py [--repeat 5]

Both run in this process on the same pages (the HTML pages of the chrome gold set), alternating
page by page so that machine load hits both alike, timed in process CPU time (wall time on a
shared machine mostly measures the neighbours). Prints total seconds for each, the ratio
ours / trafilatura (target <= 1.1) and both micro-F1 scores against the gold bodies. Bare
trafilatura is ``trafilatura.extract(html)`` with its defaults; ours also reads title, date,
author and site and removes chrome left inside the article.
"""

from __future__ import annotations

import argparse
import time

import trafilatura

from communique.clean import clean_document
from communique.evaluate import gold_dir
from communique.evaluate.chrome import load_gold, score
from communique.ingest import read_content
from communique.ingest.document import RawDocument
from communique.settings import Settings


def ours(html: str, name: str, settings: Settings) -> str:
    for item in read_content(html, name=name, kind="html", settings=settings):
        if isinstance(item, RawDocument):
            return clean_document(item, settings).text
    return ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    settings = Settings()
    pages = [r for r in load_gold(gold_dir("chrome")) if r["format"] == "html"]
    t_ours = t_base = 0.0
    for page in pages:  # warm up both (imports, lazy tables)
        ours(page["content"], page["page"], settings)
        trafilatura.extract(page["content"])
    outs: dict[str, str] = {}
    base: dict[str, str] = {}
    for _ in range(args.repeat):
        for page in pages:
            t0 = time.process_time()
            outs[page["id"]] = ours(page["content"], page["page"], settings)
            t1 = time.process_time()
            base[page["id"]] = trafilatura.extract(page["content"]) or ""
            t2 = time.process_time()
            t_ours += t1 - t0
            t_base += t2 - t1
    size = settings.shingle_size

    def micro(texts: dict[str, str]) -> float:
        rows = [score(texts[p["id"]], p["gold_text"], size) for p in pages]
        hit, pred, gold = (sum(r[k] for r in rows) for k in ("hit", "pred", "gold"))
        prec, rec = hit / pred, hit / gold
        return 2 * prec * rec / (prec + rec)

    print(f"pages: {len(pages)} x {args.repeat} runs")
    print(f"communique:  {t_ours:.3f} s   micro-F1 {micro(outs):.3f}")
    print(f"trafilatura: {t_base:.3f} s   micro-F1 {micro(base):.3f}")
    ratio = t_ours / t_base
    print(f"time ratio communique/trafilatura: {ratio:.2f}x (target <= 1.10) "
          f"{'OK' if ratio <= 1.1 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
