"""`Store` owns the engine and offers methods named for what they do."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite

from monitor.collectors.base import MentionRecord, SourceState
from monitor.storage import rollups, schema
from monitor.storage.dedup import near_copy_stored, stored_values
from monitor.storage.errors import StorageError
from monitor.storage.migrations import migrate, topic_rows_of
from monitor.text import content_hash, dedup_key, normalize_url, simhash


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class NewMention:
    """A record ready to store: the brand is decided, the time is known."""

    record: MentionRecord
    brand: str
    published_at: datetime
    published_estimated: bool
    undated_backlog: bool = False  # undated, from the source's first collect: no first-seen history


@dataclass
class AddResult:
    new: int = 0
    duplicates: int = 0
    seen: int = 0


@dataclass(frozen=True)
class SourceHealth:
    name: str
    type: str
    target: str
    last_success_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    consecutive_failures: int
    mentions: int
    final_url: str | None = None  # a feed's URL after redirects, when it moved


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    # WAL lets the dashboard read while a collect run writes; foreign keys are off by default.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:" and not url.startswith("sqlite:///file:"):
        folder = Path(url.removeprefix("sqlite:///")).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"{url}: cannot create the folder {folder} ({exc.strerror}); "
                               "make it yourself or point storage.url at a writable place") from None
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


class Store:
    def __init__(self, url: str, migrate_schema: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        if migrate_schema:
            migrate(self.engine, where=self.engine.url.render_as_string(hide_password=True))

    def close(self) -> None:
        self.engine.dispose()

    # -- sources -------------------------------------------------------------------------------
    def ensure_source(self, name: str, type_: str, target: str) -> int:
        s = schema.sources
        # Insert-or-ignore on the unique name, then read: two runs starting at once both get the one row.
        insert_new = self._dialect().insert(s).on_conflict_do_nothing(index_elements=[s.c.name])
        with self.engine.begin() as conn:
            conn.execute(insert_new.values(name=name, type=type_, target=target, consecutive_failures=0))
            found = int(conn.execute(select(s.c.id).where(s.c.name == name)).scalar_one())
            conn.execute(s.update().where(s.c.id == found, (s.c.type != type_) | (s.c.target != target))
                         .values(type=type_, target=target))
            return found

    def source_state(self, source_id: int) -> SourceState:
        t = schema.sources.c
        with self.engine.connect() as conn:
            row = conn.execute(
                select(t.etag, t.last_modified, t.cursor, t.last_success_at).where(t.id == source_id)).one()
        return SourceState(etag=row.etag, last_modified=row.last_modified, cursor=row.cursor,
                           last_success_at=row.last_success_at)

    def record_success(self, source_id: int, state: SourceState, not_modified: bool = False,
                       final_url: str | None = None) -> None:
        values: dict[str, Any] = dict(
            last_fetch_at=utcnow(), last_success_at=utcnow(), last_error=None, consecutive_failures=0,
            final_url=final_url,
        )
        if not not_modified:
            values.update(etag=state.etag, last_modified=state.last_modified, cursor=state.cursor)
        with self.engine.begin() as conn:
            conn.execute(schema.sources.update().where(schema.sources.c.id == source_id).values(**values))

    def record_failure(self, source_id: int, error: str) -> None:
        t = schema.sources
        with self.engine.begin() as conn:
            conn.execute(
                t.update()
                .where(t.c.id == source_id)
                .values(
                    last_fetch_at=utcnow(),
                    last_error=error,
                    last_error_at=utcnow(),
                    consecutive_failures=t.c.consecutive_failures + 1,
                )
            )

    def source_health(self) -> list[SourceHealth]:
        s, m = schema.sources, schema.mentions
        counts = select(m.c.source_id, func.count().label("n")).group_by(m.c.source_id).subquery()
        query = (
            select(s, func.coalesce(counts.c.n, 0).label("mentions"))
            .select_from(s.outerjoin(counts, counts.c.source_id == s.c.id))
            .order_by(s.c.name)
        )
        with self.engine.connect() as conn:
            return [
                SourceHealth(
                    r.name, r.type, r.target, r.last_success_at, r.last_error, r.last_error_at,
                    r.consecutive_failures, r.mentions, r.final_url,
                )
                for r in conn.execute(query)
            ]

    # -- mentions ------------------------------------------------------------------------------
    def _dialect(self) -> Any:
        dialect = {"sqlite": sqlite, "postgresql": postgresql}.get(self.engine.dialect.name)
        if dialect is None:
            raise RuntimeError(f"unsupported database {self.engine.dialect.name!r}; use SQLite or PostgreSQL")
        return dialect

    def _insert_ignoring_conflicts(self) -> Any:
        # RETURNING tells whether the row went in: PostgreSQL drivers report rowcount -1 for an
        # INSERT that returns rows, so rowcount cannot say "stored" or "conflict" there.
        return self._dialect().insert(schema.mentions).on_conflict_do_nothing().returning(schema.mentions.c.id)

    def add_mentions(self, source_id: int, items: Sequence[NewMention]) -> AddResult:
        """Store new items in one transaction.

        Seen: the same external key, or the same normalized link, in this source. Duplicate: the
        same long text anywhere (the dedup_key constraint) or a near-copy of the same brand within
        a week (SimHash).
        """
        result = AddResult()
        if not items:
            return result
        m = schema.mentions.c
        rows = [self._row(source_id, item) for item in items]
        with self.engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                # The write lock before the reads: a concurrent run's items then count as seen.
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            known = stored_values(conn, source_id, m.external_key, [r["external_key"] for r in rows])
            known_links = stored_values(conn, source_id, m.url_key, [r["url_key"] for r in rows if r["url_key"]])
            statement = self._insert_ignoring_conflicts()
            for row in rows:
                if row["external_key"] in known or (row["url_key"] and row["url_key"] in known_links):
                    result.seen += 1
                    continue
                known.add(row["external_key"])
                if row["url_key"]:
                    known_links.add(row["url_key"])
                if near_copy_stored(conn, row):
                    result.duplicates += 1
                elif conn.execute(statement, row).first() is not None:
                    result.new += 1
                elif stored_values(conn, source_id, m.external_key, [row["external_key"]]):
                    # A concurrent run stored this very item after our read (PostgreSQL): seen.
                    result.seen += 1
                else:
                    # Same normalized text already stored from another source or item: a copy.
                    result.duplicates += 1
        return result

    @staticmethod
    def _row(source_id: int, item: NewMention) -> dict[str, Any]:
        rec = item.record
        return dict(
            source_id=source_id,
            brand=item.brand,
            external_key=rec.external_key,
            url=rec.url,
            author=rec.author,
            title=rec.title,
            text=rec.text,
            language=None,
            language_hint=rec.language_hint,
            published_at=item.published_at,
            published_estimated=item.published_estimated,
            undated_backlog=item.undated_backlog,
            collected_at=utcnow(),
            rating=rec.rating,
            rating_max=rec.rating_max,
            content_hash=content_hash(rec.title, rec.text),
            dedup_key=dedup_key(rec.title, rec.text),
            url_key=normalize_url(rec.url),
            app_version=rec.app_version,
            **schema.simhash_columns(simhash(rec.title, rec.text)),
        )

    def count_mentions(self, **where: Any) -> int:
        m = schema.mentions
        query = select(func.count()).select_from(m)
        for column, value in where.items():
            query = query.where(m.c[column] == value)
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def mentions_by(self, column: str) -> dict[str, int]:
        """Mention counts grouped by one column (brand, language, language_hint)."""
        m = schema.mentions
        with self.engine.connect() as conn:
            rows = conn.execute(select(m.c[column], func.count()).group_by(m.c[column]).order_by(m.c[column]))
            return {str(key): int(n) for key, n in rows}

    def sentiment_counts(self) -> dict[str, int]:
        """Classified mentions per sentiment label (any model version)."""
        c = schema.classifications
        with self.engine.connect() as conn:
            rows = conn.execute(select(c.c.sentiment, func.count()).group_by(c.c.sentiment).order_by(c.c.sentiment))
            return {str(label): int(n) for label, n in rows}

    def iter_mentions(self, source: str | None = None) -> Iterable[dict[str, Any]]:
        m, s = schema.mentions, schema.sources
        query = select(m, s.c.name.label("source")).select_from(m.join(s)).order_by(m.c.published_at, m.c.id)
        if source:
            query = query.where(s.c.name == source)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield dict(row._mapping)

    # -- runs ----------------------------------------------------------------------------------
    def log_run(self, **values: Any) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(schema.runs).values(**values))

    def last_runs(self) -> dict[str, dict[str, Any]]:
        r = schema.runs
        latest = select(r.c.source, func.max(r.c.id).label("id")).group_by(r.c.source).subquery()
        with self.engine.connect() as conn:
            rows = conn.execute(select(r).join(latest, latest.c.id == r.c.id))
            return {row.source: dict(row._mapping) for row in rows}


class ClassificationStore:
    """Reads pending mentions and writes classification results, for one model version."""

    def __init__(self, store: Store, model_version: str) -> None:
        self.store = store
        self.model_version = model_version

    def pending(self, limit: int) -> list[dict[str, Any]]:
        """Mentions this model version has not labelled: never-labelled ones first, oldest first,
        then those labelled by another version, newest first.

        A new model (or topic list) re-labels the whole history; mentions arriving meanwhile, and
        the recent days that dashboards and alerts read, must not wait behind years of it.
        """
        m, c = schema.mentions, schema.classifications
        base = (select(m.c.id, m.c.title, m.c.text, m.c.language_hint, m.c.content_hash)
                .select_from(m.outerjoin(c, c.c.mention_id == m.c.id)))
        with self.store.engine.connect() as conn:
            fresh = [dict(r._mapping) for r in conn.execute(
                base.where(c.c.mention_id.is_(None)).order_by(m.c.id).limit(limit))]
            if len(fresh) >= limit:
                return fresh
            stale = conn.execute(
                base.where(c.c.model_version != self.model_version).order_by(m.c.id.desc()).limit(limit - len(fresh)))
            return fresh + [dict(r._mapping) for r in stale]

    def count_pending(self) -> int:
        m, c = schema.mentions, schema.classifications
        query = (
            select(func.count())
            .select_from(m.outerjoin(c, c.c.mention_id == m.c.id))
            .where((c.c.mention_id.is_(None)) | (c.c.model_version != self.model_version))
        )
        with self.store.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def cached(self, hashes: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Results this model already produced for the same content, by content hash."""
        m, c = schema.mentions, schema.classifications
        query = (
            select(m.c.content_hash, m.c.language, c)
            .select_from(m.join(c, c.c.mention_id == m.c.id))
            .where(m.c.content_hash.in_(list(set(hashes))), c.c.model_version == self.model_version)
        )
        with self.store.engine.connect() as conn:
            return {r.content_hash: dict(r._mapping) for r in conn.execute(query)}

    def save(self, results: Sequence[dict[str, Any]]) -> None:
        """Replace each mention's classification; set its detected language."""
        if not results:
            return
        m, c = schema.mentions, schema.classifications
        ids = [r["mention_id"] for r in results]
        topic_rows = [row for r in results for row in topic_rows_of(r["mention_id"], r["topics"])]
        with self.store.engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                # Take the write lock before reading the labels being replaced: two workers saving
                # the same mention would otherwise both subtract its old label from the rollups.
                # (PostgreSQL needs nothing: the second insert hits the primary key and rolls back.)
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            rollups.apply_save(conn, results)  # reads the labels being replaced: first
            conn.execute(c.delete().where(c.c.mention_id.in_(ids)))
            conn.execute(schema.mention_topics.delete().where(schema.mention_topics.c.mention_id.in_(ids)))
            conn.execute(insert(c), [{k: v for k, v in r.items() if k != "language"} for r in results])
            if topic_rows:
                conn.execute(insert(schema.mention_topics), topic_rows)
            for r in results:
                conn.execute(m.update().where(m.c.id == r["mention_id"]).values(language=r["language"]))
