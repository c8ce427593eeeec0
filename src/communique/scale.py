"""Scale-out with Dask distributed: workers analyse, the driver writes.

Documents are read on the driver and sent to workers in partitions; each worker runs
``communique.pipeline.analyze_many`` (which builds the spaCy pipeline lazily, once per worker
process, from the pickled frozen ``Settings``) and sends back plain ``Article.to_dict()`` dicts
or ``(path, reason)`` error pairs, never live spaCy objects or exceptions with custom
constructors (``InputError`` does not survive pickling). The driver yields results in input
order, so ``Store`` (the only writer) sees the same sequence as a single-process run.

A partition that crashes is retried document by document on the worker, so one bad document
becomes one error instead of taking its neighbours down. At most ``2 x workers`` partitions
are in flight, which bounds driver memory on any corpus size.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from typing import Any

from communique.errors import InputError
from communique.ingest.document import RawDocument
from communique.records import Article
from communique.settings import Settings

log = logging.getLogger(__name__)

Result = Article | InputError
# What a worker sends back per document: ("ok", article dict) or ("error", path, reason).
Wire = tuple[Any, ...]
Analyzer = Callable[[Iterable[RawDocument | InputError], Settings], Iterator[Result]]


def _default_analyzer(docs: Iterable[RawDocument | InputError],
                      settings: Settings) -> Iterator[Result]:
    from communique.pipeline import analyze_many

    return analyze_many(docs, settings)


def _to_wire(result: Result) -> Wire:
    if isinstance(result, InputError):
        return ("error", result.path, result.reason)
    return ("ok", result.to_dict())


def _name(doc: RawDocument) -> str:
    return doc.source.path or doc.source.url or "<document>"


def analyze_partition(docs: Sequence[RawDocument], settings: Settings,
                      analyzer: Analyzer | None = None) -> list[Wire]:
    """Run on a worker: analyse one partition, one wire result per input document, in order."""
    run = analyzer or _default_analyzer
    try:
        out = [_to_wire(r) for r in run(list(docs), settings)]
        if len(out) == len(docs):
            return out
        log.warning("partition gave %d results for %d documents; retrying one by one",
                    len(out), len(docs))
    except Exception as exc:  # noqa: BLE001 - isolate the failing document below
        log.warning("partition of %d documents failed (%s); retrying one by one", len(docs), exc)
    results: list[Wire] = []
    for doc in docs:
        try:
            got = [_to_wire(r) for r in run([doc], settings)]
            results.append(got[0] if got else ("error", _name(doc), "no result"))
        except Exception as exc:  # noqa: BLE001 - reported as this document's error
            results.append(("error", _name(doc), f"analysis failed: {type(exc).__name__}: {exc}"))
    return results


def _from_wire(item: Wire) -> Result:
    if item[0] == "ok":
        return Article.from_dict(item[1])
    return InputError(item[1], item[2])


@contextmanager
def client(workers: int | None = None, scheduler: str | None = None, *,
           processes: bool = True) -> Iterator[Any]:
    """A Dask client: connected to ``scheduler`` if given, else a LocalCluster of ``workers``
    single-threaded worker processes (spaCy parses on one core per process)."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as c:
            yield c
        return
    n = workers or 1
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=processes,
                      dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


def analyze_distributed(
    docs: Iterable[RawDocument | InputError],
    settings: Settings,
    dask_client: Any,
    *,
    partition_size: int | None = None,
    analyzer: Analyzer | None = None,
) -> Iterator[Result]:
    """Analyse ``docs`` on the client's workers, yielding Articles or InputErrors in input order.

    Read errors already in ``docs`` are passed through on the driver without a round trip.
    """
    size = partition_size or max(1, settings.batch_size)
    n_workers = max(1, len(dask_client.scheduler_info().get("workers", {})) or 1)
    window: deque[tuple[list[RawDocument | InputError], Any]] = deque()
    it = iter(docs)
    while True:
        while len(window) < 2 * n_workers:
            part = list(islice(it, size))
            if not part:
                break
            raws = [d for d in part if isinstance(d, RawDocument)]
            fut = dask_client.submit(analyze_partition, raws, settings, analyzer,
                                     pure=False) if raws else None
            window.append((part, fut))
        if not window:
            return
        part, fut = window.popleft()
        wired = iter(fut.result() if fut is not None else [])
        for item in part:
            yield item if isinstance(item, InputError) else _from_wire(next(wired))


def analyze_paths_distributed(
    paths: Sequence[str],
    *,
    kind: str = "auto",
    url: str | None = None,
    date: str | None = None,
    settings: Settings,
    workers: int | None = None,
    scheduler: str | None = None,
) -> Iterator[Result]:
    """``pipeline.analyze_paths`` on a Dask cluster: read here, analyse there, results in order."""
    from communique.ingest import iter_documents

    raws = iter_documents(paths, kind=kind, url=url, date=date, settings=settings)
    with client(workers, scheduler) as c:
        yield from analyze_distributed(raws, settings, c)
