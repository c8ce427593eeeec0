"""Actor and event coding cost as a ratio of the spaCy parse they run on (target: <= 0.25).

Parses N Wikinews articles with ``nlp.pipe``, times the parse, then times
``code_actors`` + ``code_events`` over the parsed docs (quotations are extracted beforehand,
outside the timer, so only our two stages are measured). Speed is a ratio against the parse
measured in the same run, never an absolute time.

    .venv/bin/python benchmarks/bench_events.py [N] [corpus.jsonl]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from communique.actors import code_actors
from communique.events import code_events
from communique.nlp import make_nlp
from communique.quotes import extract_quotes
from communique.settings import load_settings

CORPUS = Path("/work/shared/corpus/wikinews_en/articles.jsonl")


def main(n: int = 60, corpus: Path = CORPUS) -> float:
    rows = [json.loads(line) for line in corpus.read_text("utf-8").splitlines()[:n]]
    texts = [r["text"] for r in rows]
    nlp = make_nlp(load_settings())
    # warm up: model weights, gazetteer and lexicon tables (built once per process)
    warm = nlp(texts[0])
    code_events(warm, [], code_actors(warm), rows[0].get("date"))

    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    parse = time.perf_counter() - t0

    quotes = [extract_quotes(doc)[0] for doc in docs]
    t0 = time.perf_counter()
    n_actors = n_events = 0
    for doc, qs, row in zip(docs, quotes, rows, strict=True):
        actors = code_actors(doc)
        events = code_events(doc, qs, actors, row.get("date"))
        n_actors += len(actors)
        n_events += len(events)
    coding = time.perf_counter() - t0

    tokens = sum(len(d) for d in docs)
    ratio = coding / parse
    print(f"articles={len(docs)} tokens={tokens} actors={n_actors} events={n_events}")
    print(f"parse={parse:.2f}s coding={coding:.2f}s ratio={ratio:.3f} (target <= 0.25)")
    return ratio


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 60,
        Path(sys.argv[2]) if len(sys.argv) > 2 else CORPUS,
    )
