"""analyze()/analyze_many(): the only module that knows the order of the stages.

ingest -> clean -> nlp (spaCy parse) -> quotes, actors -> events. Streaming end to end:
documents are read, cleaned and parsed in batches via ``nlp.pipe(as_tuples=True)`` and yielded
in input order, so memory does not grow with the corpus.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from communique.actors import code_actors
from communique.clean import clean_many
from communique.clean.document import CleanDocument
from communique.clean.page_chrome import chrome_lines
from communique.errors import InputError
from communique.events import code_events
from communique.ingest import iter_documents, read_content
from communique.ingest.document import RawDocument
from communique.nlp import make_nlp
from communique.nlp.build import doc_text
from communique.quotes import extract_quotes
from communique.records import Article
from communique.settings import Settings, load_settings

Result = Article | InputError


def article_id(text: str) -> str:
    """Content hash of the story text: the same story stored twice has one id."""
    normal = " ".join(text.split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:24]


def _cut(text: str, max_chars: int) -> str:
    """Cut over-long text at a paragraph boundary so the parser's memory stays bounded."""
    if len(text) <= max_chars:
        return text
    cut = text.rfind("\n\n", 0, max_chars)
    return text[: cut if cut > 0 else max_chars]


def analyze_clean(
    docs: Iterable[CleanDocument | InputError], settings: Settings
) -> Iterator[Result]:
    """Parse cleaned documents in batches and run the extraction stages, keeping input order."""
    nlp = make_nlp(settings)
    it = iter(docs)
    while True:
        batch = list(islice(it, settings.batch_size))
        if not batch:
            return
        ok = [(i, d) for i, d in enumerate(batch) if isinstance(d, CleanDocument)]
        texts = ((_cut(d.text, settings.max_chars), i) for i, d in ok)
        parsed = {i: doc for doc, i in nlp.pipe(texts, as_tuples=True)}
        for i, item in enumerate(batch):
            if isinstance(item, InputError):
                yield item
                continue
            yield _build(item, parsed[i])


def _build(clean: CleanDocument, doc: object) -> Article:
    from spacy.tokens import Doc

    assert isinstance(doc, Doc)
    # a text analysed without the clean stage may still carry a page's link lists
    quotes, speakers = extract_quotes(doc, chrome_lines(doc_text(doc)))
    actors = code_actors(doc)
    events = code_events(doc, quotes, actors, clean.published)
    return Article(
        id=article_id(doc.text),
        source=clean.source,
        title=clean.title,
        published=clean.published,
        reading_minutes=clean.reading_minutes,
        outlet=clean.outlet,
        author=clean.author,
        language=clean.language,
        text=doc.text,
        removed=list(clean.removed),
        quotes=quotes,
        speakers=speakers,
        actors=actors,
        events=events,
    )


def analyze_many(
    raws: Iterable[RawDocument | InputError], settings: Settings | None = None
) -> Iterator[Result]:
    """Analyse raw documents (or pass read errors through), yielding in input order."""
    settings = settings or load_settings()
    return analyze_clean(clean_many(raws, settings), settings)


def analyze_paths(
    paths: Sequence[str],
    *,
    kind: str = "auto",
    url: str | None = None,
    date: str | None = None,
    settings: Settings | None = None,
) -> Iterator[Result]:
    """Read files, directories (recursively) or '-' (stdin) and analyse every document in them."""
    settings = settings or load_settings()
    raws = iter_documents(paths, kind=kind, url=url, date=date, settings=settings)
    return analyze_many(raws, settings)


def analyze(
    source: str | bytes | os.PathLike[str],
    *,
    kind: str = "auto",
    url: str | None = None,
    date: str | None = None,
    settings: Settings | None = None,
) -> Article:
    """Analyse one document: a path (``Path``) or the content itself (``str``/``bytes``).

    Raises ``InputError`` when the document cannot be read. A container holding several
    documents (a feed, a WARC, JSON Lines) yields its first; use ``analyze_paths`` for all.
    """
    settings = settings or load_settings()
    if isinstance(source, os.PathLike):
        raws: Iterable[RawDocument | InputError] = iter_documents(
            [os.fspath(source)], kind=kind, url=url, date=date, settings=settings
        )
        name = os.fspath(Path(source))
    else:
        raws = read_content(
            source, name="<input>", kind=kind, url=url, date=date, settings=settings
        )
        name = "<input>"
    for result in analyze_many(raws, settings):
        if isinstance(result, InputError):
            raise result
        return result
    raise InputError(name, "no document found")
