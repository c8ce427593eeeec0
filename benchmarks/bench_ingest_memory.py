"""Peak memory of ingesting N and 10*N articles: it must not grow with the corpus (ratio <= 1.2).

    .venv/bin/python benchmarks/bench_ingest_memory.py [--n 20] [--jsonl] [--command analyze]

Writes N and 10*N generated articles (one plain-text file each, with a little page chrome, or
with ``--jsonl`` one JSON Lines file holding them all) to a temporary directory, then runs
``communique ingest DIR --db TMP.duckdb`` for each size in its own subprocess (the whole
analyze path into a temporary DuckDB store) and reads that child's
peak resident set size from ``os.wait4``. ``--command analyze`` runs ``communique analyze``
instead (same path without the store) to tell analysis memory from store memory. Prints both
peaks, their ratio and the wall time.
Articles are assembled at random (fixed seed) from the invented sample stories with country
names and numbers swapped, so every text is distinct and deduplication does not shrink the run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "samples" / ".build" / "stories.json"
COUNTRIES = ["France", "Germany", "Japan", "Brazil", "Kenya", "India", "Canada", "Chile",
             "Norway", "Egypt", "Poland", "Vietnam", "Mexico", "Turkey", "Ghana", "Peru"]


def generate(n: int, out: Path, seed: int, jsonl: bool = False) -> None:
    """Write ``n`` distinct articles as ``out/NNNNNN.txt`` (or ``out/all.jsonl``)."""
    rng = random.Random(seed)
    stories = json.loads(STORIES.read_text("utf-8"))
    paragraphs = [p for s in stories for p in s["paras"]]
    out.mkdir(parents=True)
    for i in range(n):
        a, b = rng.sample(COUNTRIES, 2)
        body = []
        for p in rng.sample(paragraphs, 5):
            p = re.sub(r"\b\d+\b", lambda _m: str(rng.randint(2, 900)), p)
            body.append(p.replace("Greece", a).replace("Turkey", b).replace("Poland", a))
        title = f"{a} and {b} hold talks on trade and security (report {i})"
        page = [title, f"By Staff Writer {i % 7}", "March 3, 2025", "2 min read", *body,
                "Advertisement", "Related stories", "Markets rally on rate hopes"]
        text = "\n\n".join(page) + "\n"
        if jsonl:
            with (out / "all.jsonl").open("a", encoding="utf-8") as fh:
                fh.write(json.dumps({"text": text, "url": f"https://w{i % 5}.example/{i}"}) + "\n")
        else:
            (out / f"{i:06d}.txt").write_text(text, "utf-8")


def peak_rss(directory: Path, db: Path, command: str) -> tuple[int, float]:
    """Run one ingest (or analyze) in a child process; return its peak RSS in KiB and wall time."""
    exe = Path(sys.executable).with_name("communique")
    argv = [str(exe), command, str(directory)] + (["--db", str(db)] if command == "ingest" else [])
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} of {directory} failed:\n{err}")
    return usage.ru_maxrss, wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=20, help="small corpus size (the large one is 10x)")
    ap.add_argument("--jsonl", action="store_true", help="one JSON Lines file per corpus")
    ap.add_argument("--command", choices=["ingest", "analyze"], default="ingest")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        sizes = [args.n, 10 * args.n]
        for n in sizes:
            generate(n, base / f"corpus{n}", seed=n, jsonl=args.jsonl)
        peaks = []
        for n in sizes:
            rss, wall = peak_rss(base / f"corpus{n}", base / f"store{n}.duckdb", args.command)
            peaks.append(rss)
            print(f"{n:6d} articles: peak RSS {rss / 1024:7.1f} MiB, {wall:6.1f} s")
        ratio = peaks[1] / peaks[0]
        print(f"peak RSS ratio {sizes[1]}/{sizes[0]}: {ratio:.2f} (target <= 1.2) "
              f"{'OK' if ratio <= 1.2 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
