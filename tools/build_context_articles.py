"""Ship the Wikinews articles behind the real gold event sentences, for ``eval events --context``.

Real news coders code a sentence having read its article ("the police" in a Hong Kong story is
Hong Kong police), so a sentence scored alone cannot get such an actor's country right. The
context mode of the events scorer runs the whole article instead and keeps the events found in
the gold sentence. This script copies those articles (CC BY 2.5, attribution kept on every
record) from the shared corpus into ``gold/articles/wikinews.jsonl``. Development-time only.

Usage: python tools/build_context_articles.py /path/to/corpus/wikinews_en/articles.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD_FILES = (
    "gold/events/sentences.jsonl",
    "gold/events/probe.jsonl",
    "gold/blind/events/sentences.jsonl",
    "gold/blind2/events/sentences.jsonl",
)
OUT = ROOT / "gold/articles/wikinews.jsonl"


def wanted_urls() -> set[str]:
    """Every article url a gold event sentence cites."""
    urls: set[str] = set()
    for name in GOLD_FILES:
        for line in (ROOT / name).read_text("utf-8").splitlines():
            if line.strip():
                url = json.loads(line).get("url")
                if url:
                    urls.add(url)
    return urls


def main(corpus: Path) -> None:
    urls = wanted_urls()
    kept = []
    for line in corpus.read_text("utf-8").splitlines():
        rec = json.loads(line)
        if rec.get("url") in urls:
            kept.append({k: rec.get(k) for k in ("url", "title", "date", "text", "attribution")})
    kept.sort(key=lambda r: r["url"])
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), "utf-8")
    missing = urls - {r["url"] for r in kept}
    print(f"{len(kept)} articles written to {OUT}; {len(missing)} cited urls not in the corpus")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
