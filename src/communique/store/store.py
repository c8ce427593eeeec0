"""``Store``: the one writer of the DuckDB database, and the connection queries read through.

One door for writes (datasette's ``execute_write_fn`` habit): only the driver process holds a
writable Store, and each article goes in inside one transaction, so a failure leaves nothing
half-written while the rest of a batch goes on. Article ids are content hashes, so the same
content ingested twice is stored once; the same content from another source (URL, path or
outlet) is a syndicated copy, recorded in ``article_sources`` and counted by the collapsed
events. Near-duplicates are clustered at ingest (``dedup``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
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
from communique.store.rows import article_rows, key_of, outlet_of, source_key, source_row

if TYPE_CHECKING:
    from communique.store.dedup import DedupIndex

log = logging.getLogger(__name__)

STORE_SCHEMA = "communique.store.v2"
OLD_SCHEMAS = ("communique.store.v1",)  # upgraded in place by a writable open (``migrate``)

_ARTICLE_COLUMNS = (
    "id, cluster_id, url, path, kind, title, published, day, outlet, author, language, "
    "reading_minutes, text, removed, record_schema, n_quotes, n_events"
)


_MATCH_SQL = (
    "lower(coalesce({0}_name, '')) || chr(31) || CASE WHEN len({0}_codes) > 0 "
    "THEN array_to_string({0}_codes, chr(31)) || chr(31) ELSE '' END"
)


class StoreError(CommuniqueError):
    """The database cannot be opened, has another schema, or an article could not be written."""


class Added(Enum):
    """What ``Store.ingest`` did with one article."""

    NEW = "new"  # content not seen before: stored
    PRESENT = "present"  # same content from the same source: nothing changed
    NEW_SOURCE = "new_source"  # same content from another source: one more copy recorded


@dataclass
class Summary:
    """What ``Store.add`` did with a batch: counts plus one message per failed article.

    ``present`` counts every article whose content was already stored; ``new_sources`` is the
    part of those that came from a source not seen before (a syndicated identical copy).
    """

    new: int = 0
    present: int = 0
    failed: int = 0
    new_sources: int = 0
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
        found = self._stored_schema()
        if found in OLD_SCHEMAS:
            self._migrate(found)
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

    def _stored_schema(self) -> str | None:
        """The schema recorded in an existing database; None for a new (empty) one."""
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except duckdb.CatalogException:
            return None
        return str(row[0]) if row else None

    def _check_version(self) -> None:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except duckdb.CatalogException as exc:
            raise StoreError(f"{self.path}: not a Communique database") from exc
        if row is not None and row[0] in OLD_SCHEMAS and self.read_only:
            raise StoreError(
                f"{self.path}: schema {row[0]} is older than {STORE_SCHEMA}; open it once for "
                "writing (e.g. `communique ingest --db` on it) to upgrade it in place"
            )
        if row is not None and row[0] != STORE_SCHEMA:
            raise StoreError(f"{self.path}: schema {row[0]}, this version reads {STORE_SCHEMA}")

    def _migrate(self, found: str) -> None:
        """Upgrade a v1 database in one transaction: add the v2 columns (appended, the order a
        fresh v2 table has them in) and fill them, and record each article's one source.

        DuckDB cannot alter a table an index depends on, so the indexes are dropped first; the
        schema statements that follow recreate them. Counts need no refresh: with one source
        per article, v2 counts NumArticles and NumSources exactly as v1 did.
        """
        log.info("%s: upgrading schema %s to %s", self.path, found, STORE_SCHEMA)
        con = self.con
        con.begin()
        try:
            for index in ("articles_cluster", "events_cluster", "event_groups_cluster"):
                con.execute(f"DROP INDEX IF EXISTS {index}")
            for table, column, kind in (
                ("articles", "n_quotes", "INTEGER"), ("articles", "n_events", "INTEGER"),
                ("events", "source_match", "VARCHAR"), ("events", "target_match", "VARCHAR"),
                ("event_groups", "source_match", "VARCHAR"),
                ("event_groups", "target_match", "VARCHAR"),
                ("quotes", "speaker_match", "VARCHAR"),
            ):
                con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {kind}")
            for table in ("events", "event_groups"):
                # as rows.match_column builds them
                con.execute(f"UPDATE {table} SET source_match = {_MATCH_SQL.format('source')}, "
                            f"target_match = {_MATCH_SQL.format('target')}")
            con.execute("UPDATE quotes SET speaker_match = "
                        "coalesce(speaker_lc, '') || chr(31) || coalesce(role_lc, '')")
            con.execute(
                "UPDATE articles SET n_quotes = coalesce(q.n, 0), n_events = coalesce(e.n, 0) "
                "FROM articles a LEFT JOIN (SELECT article_id, count(*) AS n FROM quotes "
                "GROUP BY 1) q ON q.article_id = a.id LEFT JOIN (SELECT article_id, count(*) "
                "AS n FROM events GROUP BY 1) e ON e.article_id = a.id WHERE a.id = articles.id"
            )
            for stmt in _schema_sql():
                con.execute(stmt)
            rows = con.execute(
                "SELECT id, url, path, kind, outlet, published FROM articles").fetchall()
            sources = []
            for aid, url, path, kind, outlet, published in rows:
                okey = outlet_of(outlet, url)
                sources.append((aid, key_of(url, path, okey), url, path, kind, outlet, okey,
                                published))
            self._insert_sources(sources)
            con.execute("UPDATE meta SET value = ? WHERE key = 'schema'", [STORE_SCHEMA])
            con.commit()
        except duckdb.Error as exc:
            con.rollback()
            raise StoreError(f"{self.path}: cannot upgrade schema {found}: {exc}") from exc

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
        """Store one article (see ``ingest``): True if its content is new, else False."""
        return self.ingest(article) is Added.NEW

    def ingest(self, article: Article) -> Added:
        """Store one article in one transaction and say whether it was new, present or a copy.

        Raises ``StoreError`` (after rolling back everything this article wrote) when a row
        violates the schema; the store stays usable for the next article.
        """
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")
        if self.has_article(article.id):
            return self._add_source(article)
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
            self._insert_sources([source_row(article)])
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
        return Added.NEW

    def _add_source(self, article: Article) -> Added:
        """Record another source of stored content and recount its cluster's events."""
        con = self.con
        key = source_key(article)
        seen = con.execute("SELECT 1 FROM article_sources WHERE article_id = ? AND source_key = ?",
                           [article.id, key]).fetchone()
        if seen is not None:
            return Added.PRESENT
        con.begin()
        try:
            self._insert_sources([source_row(article)])
            row = con.execute("SELECT cluster_id FROM articles WHERE id = ?",
                              [article.id]).fetchone()
            if row is not None:
                refresh_cluster(con, str(row[0]), [])
            con.commit()
        except (duckdb.Error, pa.ArrowException, ValueError, TypeError) as exc:
            con.rollback()
            raise StoreError(f"article {article.id}: source {key!r} not stored: {exc}") from exc
        log.info("article %s: another copy, from %s", article.id, key)
        return Added.NEW_SOURCE

    def _insert_many(self, table: str, batch: list[tuple[Any, ...]]) -> None:
        """Insert rows through one Arrow table: ``executemany`` runs one statement per row,
        about a hundred times slower for an article with a hundred events."""
        if not batch:
            return
        columns = list(zip(*batch, strict=True))
        data = pa.table({f"c{i}": pa.array(col) for i, col in enumerate(columns)})
        self.con.from_arrow(data).insert_into(table)

    def _insert_sources(self, batch: list[tuple[Any, ...]]) -> None:
        """Insert ``article_sources`` rows by column name (``added_at`` takes its default)."""
        if not batch:
            return
        names = ("article_id", "source_key", "url", "path", "kind", "outlet", "outlet_key",
                 "published")
        if len(batch) == 1:  # the ingest case: a plain statement beats registering Arrow data
            self.con.execute(f"INSERT INTO article_sources ({', '.join(names)}) "
                             f"VALUES ({', '.join('?' * len(names))})", list(batch[0]))
            return
        data = pa.table({n: pa.array(col, pa.string())
                         for n, col in zip(names, zip(*batch, strict=True), strict=True)})
        self.con.register("_new_sources", data)
        try:
            self.con.execute(f"INSERT INTO article_sources ({', '.join(names)}) "
                             f"SELECT {', '.join(names)} FROM _new_sources")
        finally:
            self.con.unregister("_new_sources")

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
                added = self.ingest(article)
                if added is Added.NEW:
                    summary.new += 1
                else:
                    summary.present += 1
                    summary.new_sources += added is Added.NEW_SOURCE
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
