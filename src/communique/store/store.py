"""``Store``: the one writer of the DuckDB database, and the connection queries read through.

One door for writes (datasette's ``execute_write_fn`` habit): only the driver process holds a
writable Store, and each article goes in inside one transaction, so a failure leaves nothing
half-written while the rest of a batch goes on. Article ids are content hashes, so the same
content ingested twice is stored once. Near-duplicates are clustered at ingest (``dedup``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from communique.errors import CommuniqueError, InputError
from communique.records import Article
from communique.settings import Settings, load_settings
from communique.store.groups import (
    actor_stats_fresh,
    mark_actor_stats_stale,
    rebuild_actor_stats,
    refresh_cluster,
)
from communique.store.rows import article_rows

if TYPE_CHECKING:
    from communique.store.dedup import DedupIndex

log = logging.getLogger(__name__)

STORE_SCHEMA = "communique.store.v1"

_ARTICLE_COLUMNS = (
    "id, cluster_id, url, path, kind, title, published, day, outlet, author, language, "
    "reading_minutes, text, removed, record_schema"
)


class StoreError(CommuniqueError):
    """The database cannot be opened, has another schema, or an article could not be written."""


@dataclass
class Summary:
    """What ``Store.add`` did with a batch: counts plus one message per failed article."""

    new: int = 0
    present: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def _schema_sql() -> list[str]:
    text = resources.files("communique.store").joinpath("schema.sql").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";\n") if s.strip()]


class Store:
    """A Communique DuckDB database.

    ``Store(path)`` opens (creating if needed) a writable store; ``Store(path, read_only=True)``
    opens an existing one for queries (a missing file is an ``InputError``). Use as a context
    manager; query functions in ``communique.store.queries`` take the Store.
    """

    def __init__(self, path: str | os.PathLike[str], settings: Settings | None = None, *,
                 read_only: bool = False) -> None:
        self.path = os.fspath(path)
        self.settings = settings or load_settings()
        self.read_only = read_only
        if self.path != ":memory:" and read_only and not Path(self.path).is_file():
            raise InputError(self.path, "no such database file")
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open database: {exc}") from exc
        self._dedup: DedupIndex | None = None
        self._stats_marked_stale = False  # set once per batch, after the first commit
        if read_only:
            self._check_version()
        else:
            self._create()

    # -- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (idempotent)."""
        if self._con is not None:
            self._con.close()
            self._con = None  # type: ignore[assignment]

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The connection; use ``cursor()`` from other threads."""
        if self._con is None:
            raise StoreError(f"{self.path}: store is closed")
        return self._con

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A new cursor on the same database, safe to use from another thread (API workers)."""
        return self.con.cursor()

    def _create(self) -> None:
        for stmt in _schema_sql():
            self.con.execute(stmt)
        self._check_version()
        params = {
            "schema": STORE_SCHEMA,
            "minhash_perm": str(self.settings.minhash_perm),
            "shingle_size": str(self.settings.shingle_size),
        }
        stored = dict(self.con.execute("SELECT key, value FROM meta").fetchall())
        for key in ("minhash_perm", "shingle_size"):
            if key in stored and stored[key] != params[key]:
                raise StoreError(
                    f"{self.path}: built with {key}={stored[key]}, settings say {params[key]}; "
                    "signatures would not compare"
                )
        for key, value in params.items():
            if key not in stored:
                self.con.execute("INSERT INTO meta VALUES (?, ?)", [key, value])

    def _check_version(self) -> None:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except duckdb.CatalogException as exc:
            raise StoreError(f"{self.path}: not a Communique database") from exc
        if row is not None and row[0] != STORE_SCHEMA:
            raise StoreError(f"{self.path}: schema {row[0]}, this version reads {STORE_SCHEMA}")

    def schema_version(self) -> str | None:
        """The schema version recorded in the database."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        return str(row[0]) if row else None

    # -- writes ----------------------------------------------------------------------------
    def _index(self) -> DedupIndex:
        """The LSH index, built on first write (datasketch pulls in SciPy: readers skip it)."""
        from communique.store.dedup import DedupIndex

        if self._dedup is None:
            index = DedupIndex(self.settings)
            index.load(self.con.execute("SELECT article_id, hashvalues FROM signatures").fetchall())
            self._dedup = index
        return self._dedup

    def has_article(self, article_id: str) -> bool:
        """True when an article with this content hash is stored."""
        row = self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def add_article(self, article: Article) -> bool:
        """Store one article in one transaction: True if new, False if already present.

        Raises ``StoreError`` (after rolling back everything this article wrote) when a row
        violates the schema; the store stays usable for the next article.
        """
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")
        if self.has_article(article.id):
            return False
        from communique.store.dedup import signature

        index = self._index()
        sig = signature(article.text, self.settings)
        near = index.neighbours(sig) if sig is not None else []
        con = self.con
        con.begin()
        try:
            merged = self._clusters_of(near)
            cluster = min([article.id, *merged])
            rows = article_rows(article, cluster)
            con.execute(f"INSERT INTO articles ({_ARTICLE_COLUMNS}) VALUES "
                        f"({', '.join('?' * len(rows.article))})", list(rows.article))
            if sig is not None:
                con.execute("INSERT INTO signatures VALUES (?, ?)", [article.id, sig.tolist()])
            for table in ("quotes", "quote_actors", "speakers", "actors", "events",
                          "event_actors"):
                self._insert_many(table, getattr(rows, table))
            relabel = [c for c in merged if c != cluster]
            if relabel:
                log.info("article %s joins clusters %s into %s", article.id, relabel, cluster)
                for table in ("articles", "events"):
                    con.execute(f"UPDATE {table} SET cluster_id = ? "
                                "WHERE list_contains(?, cluster_id)", [cluster, relabel])
            refresh_cluster(con, cluster, relabel)
            if not self._stats_marked_stale:
                mark_actor_stats_stale(con)
            con.commit()
        except (duckdb.Error, pa.ArrowException, ValueError, TypeError) as exc:
            con.rollback()
            raise StoreError(f"article {article.id}: not stored: {exc}") from exc
        self._stats_marked_stale = True
        if sig is not None:
            index.insert(article.id, sig)
        return True

    def _insert_many(self, table: str, batch: list[tuple[Any, ...]]) -> None:
        """Insert rows through one Arrow table: ``executemany`` runs one statement per row,
        about a hundred times slower for an article with a hundred events."""
        if not batch:
            return
        columns = list(zip(*batch, strict=True))
        data = pa.table({f"c{i}": pa.array(col) for i, col in enumerate(columns)})
        self.con.from_arrow(data).insert_into(table)

    def _clusters_of(self, article_ids: list[str]) -> list[str]:
        if not article_ids:
            return []
        rows = self.con.execute(
            "SELECT DISTINCT cluster_id FROM articles WHERE list_contains(?, id) ORDER BY 1",
            [article_ids],
        ).fetchall()
        return [str(r[0]) for r in rows]

    def add(self, articles: Iterable[Article]) -> Summary:
        """Store many articles (one transaction each), then ``finish()``; failures are counted."""
        summary = Summary()
        for article in articles:
            try:
                if self.add_article(article):
                    summary.new += 1
                else:
                    summary.present += 1
            except StoreError as exc:
                log.warning("%s", exc)
                summary.failed += 1
                summary.errors.append(str(exc))
        self.finish()
        return summary

    def finish(self) -> None:
        """End-of-batch work: rebuild the corpus-wide actor statistics, then checkpoint.

        Phrase search uses a parameterised case-insensitive scan (``queries``): DuckDB's FTS
        extension cannot be installed offline here, so there is no text index to rebuild.
        """
        if self.read_only:
            return
        if not actor_stats_fresh(self.con):
            self.con.begin()
            try:
                rebuild_actor_stats(self.con)
                self.con.commit()
                self._stats_marked_stale = False
            except duckdb.Error:
                self.con.rollback()
                raise
        self.con.execute("CHECKPOINT")

    def execute(self, sql: str, params: list[Any] | None = None) -> duckdb.DuckDBPyConnection:
        """Run a statement on this store's connection (used by ``queries`` and ``export``)."""
        return self.con.execute(sql, params or [])
