"""Scale-out: what goes to a worker pickles, and a LocalCluster returns results in input order."""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator

from communique.errors import InputError
from communique.ingest.document import RawDocument
from communique.records import (
    Actor,
    ActorRef,
    Article,
    Event,
    Location,
    Quote,
    Source,
    Span,
    Speaker,
)
from communique.scale import analyze_distributed, analyze_partition, client
from communique.settings import Settings


def _article(text: str, path: str | None = None) -> Article:
    return Article(
        id=f"id-{text[:12]}", source=Source(path=path, url="https://x.example/a", kind="text"),
        title="T", published="2024-01-02", reading_minutes=1, outlet="X", author="A",
        language="en", text=text, removed=["Share this"],
        quotes=[Quote(text="yes", start=0, end=3, kind="direct", speaker="S", cue="said")],
        speakers=[Speaker(name="S", role="minister", quotes=[0])],
        actors=[Actor(text="EU", name="European Union", country="EU", sector="IGO",
                      mentions=[Span(0, 2, "EU")])],
        events=[Event(type="CONSULT", mode="visit", cameo_root="04", quad=1, intensity=2.5,
                      source=[ActorRef("EU", "European Union", "EU", "IGO")],
                      target=[ActorRef("Kyiv", "Ukraine", "UKR", "GOV")],
                      evidence=Span(0, 3, "yes"), intended=True,
                      location=Location("Kyiv", "UKR"), quote=0, date="2024-01-01")],
    )


def test_settings_rawdocument_article_round_trip() -> None:
    settings = Settings(batch_size=3, dedup_threshold=0.7)
    assert pickle.loads(pickle.dumps(settings)) == settings
    raw = RawDocument(source=Source("a.txt", None, "text"), content="Hello", format="text",
                      title="t", date="2024-01-01")
    assert pickle.loads(pickle.dumps(raw)) == raw
    art = _article("EU yes and more text")
    assert Article.from_dict(art.to_dict()) == art
    assert Article.from_dict(pickle.loads(pickle.dumps(art.to_dict()))) == art
    assert pickle.loads(pickle.dumps(art)) == art


def fake_analyzer(docs: Iterable[RawDocument | InputError],
                  settings: Settings) -> Iterator[Article | InputError]:
    """Stands in for the NLP: 'BOOM' crashes the batch, 'BAD' is a read error."""
    docs = list(docs)
    if any(isinstance(d, RawDocument) and "BOOM" in d.content for d in docs):
        raise RuntimeError("parser crashed")
    for d in docs:
        assert isinstance(d, RawDocument)
        if "BAD" in d.content:
            yield InputError(d.source.path or "?", "unreadable")
        else:
            yield _article(d.content.upper() + f" {settings.batch_size}", d.source.path)


def _raw(i: int, content: str | None = None) -> RawDocument:
    return RawDocument(source=Source(f"doc{i}.txt", None, "text"),
                       content=content or f"document number {i}", format="text")


def test_a_crashing_document_fails_alone() -> None:
    docs = [_raw(0), _raw(1, "BOOM here"), _raw(2, "BAD one"), _raw(3)]
    out = analyze_partition(docs, Settings(), fake_analyzer)
    assert [o[0] for o in out] == ["ok", "error", "error", "ok"]
    assert out[1][1] == "doc1.txt" and "RuntimeError: parser crashed" in out[1][2]
    assert out[2][1:] == ("doc2.txt", "unreadable")
    assert Article.from_dict(out[3][1]).text.startswith("DOCUMENT NUMBER 3")


def test_local_cluster_keeps_input_order() -> None:
    settings = Settings(batch_size=3)
    docs: list[RawDocument | InputError] = [_raw(i) for i in range(10)]
    docs.insert(4, InputError("missing.txt", "no such file"))
    docs[7] = _raw(7, "BOOM")
    with client(workers=2, processes=False) as c:
        results = list(analyze_distributed(docs, settings, c, analyzer=fake_analyzer))
    assert len(results) == len(docs)
    for doc, res in zip(docs, results, strict=True):
        if isinstance(doc, InputError):
            assert res is doc
        elif "BOOM" in doc.content:
            assert isinstance(res, InputError) and res.path == doc.source.path
        else:
            assert isinstance(res, Article)
            # the worker saw the driver's settings (batch_size 3) and this very document
            assert res.text == doc.content.upper() + " 3"


def test_pipeline_on_local_cluster_matches_single_process() -> None:
    """Workers analyse, the driver receives: the same records as one process, in order."""
    from communique import pipeline

    settings = Settings(batch_size=2)
    docs = [RawDocument(source=Source(f"p{i}.txt", None, "text"), content=text, format="text")
            for i, text in enumerate([
                "Russia and the European Union agreed to hold talks in Geneva next week, "
                "the foreign ministry said on Monday.",
                "\"We will not accept this,\" said the spokesman of the government.",
                "The United States announced new military aid to Ukraine on Friday.",
            ])]
    local = [r.to_dict() for r in pipeline.analyze_many(docs, settings)
             if isinstance(r, Article)]
    with client(workers=1, processes=False) as c:
        remote = [r.to_dict() for r in analyze_distributed(docs, settings, c)
                  if isinstance(r, Article)]
    assert len(remote) == len(docs)
    assert remote == local


def test_existing_scheduler_by_address() -> None:
    from distributed import LocalCluster

    docs: list[RawDocument | InputError] = [_raw(i) for i in range(5)]
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster, \
            client(scheduler=cluster.scheduler_address) as c:
        results = list(analyze_distributed(docs, Settings(batch_size=2), c,
                                           analyzer=fake_analyzer))
    assert [r.source.path for r in results if isinstance(r, Article)] == [
        f"doc{i}.txt" for i in range(5)]
