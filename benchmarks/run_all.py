"""Run every benchmark once with modest sizes (``make bench``); each prints its own ratios.

Benchmarks report speed as ratios against a baseline measured in the same run (a spaCy parse,
bare trafilatura, a trivial route), so they hold on any machine; they are never unit tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS: list[list[str]] = [
    ["bench_html.py", "--repeat", "3"],
    ["bench_quotes.py", "60"],
    ["bench_events.py", "60"],
    ["bench_ingest_memory.py", "--n", "20"],
    ["bench_store.py", "--events", "100000"],
    ["bench_api.py", "--events", "100000", "--requests", "200"],
]


def main() -> int:
    failed = 0
    for script, *args in RUNS:
        print(f"\n=== {script} {' '.join(args)}", flush=True)
        done = subprocess.run([sys.executable, str(HERE / script), *args], check=False)
        failed += done.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
