"""Numbered schema migrations, recorded in `repwatch_meta.schema_version`.

A database made by a newer repwatch is refused with a clear message instead of being damaged.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from sqlalchemy import Connection, Engine, bindparam, inspect, select, text

from monitor.storage.schema import (
    SCHEMA_VERSION,
    V2_COLUMNS,
    V2_INDEXES,
    V3_TABLES,
    classifications,
    mention_topics,
    mentions,
    meta,
    metadata,
    simhash_columns,
)
from monitor.text import normalize_url, simhash

Migration = Callable[[Connection], None]


class SchemaError(RuntimeError):
    """The database cannot be used by this version of repwatch."""


def _create_v1(conn: Connection) -> None:
    metadata.create_all(conn)


_BACKFILL_CHUNK = 1000


def _near_duplicates_v2(conn: Connection) -> None:
    """SimHash (with its bands), normalized link and app version on mentions; hashes backfilled.

    Written to be a no-op on a database that `_create_v1` just made from today's tables.
    """
    have = {c["name"] for c in inspect(conn).get_columns(mentions.name)}
    for name in V2_COLUMNS:
        if name not in have:
            column_type = mentions.c[name].type.compile(conn.dialect)
            conn.execute(text(f"ALTER TABLE {mentions.name} ADD COLUMN {name} {column_type}"))
    for index in mentions.indexes:
        if index.name in V2_INDEXES:
            index.create(conn, checkfirst=True)
    m = mentions.c
    update = (
        mentions.update()
        .where(m.id == bindparam("row_id"))
        .values(url_key=bindparam("new_url_key"), **{c: bindparam(f"new_{c}") for c in simhash_columns(None)})
    )
    last_id = 0
    while True:
        rows = conn.execute(
            select(m.id, m.title, m.text, m.url).where(m.id > last_id).order_by(m.id).limit(_BACKFILL_CHUNK)
        ).all()
        if not rows:
            return
        conn.execute(update, [
            {"row_id": r.id, "new_url_key": normalize_url(r.url),
             **{f"new_{k}": v for k, v in simhash_columns(simhash(r.title, r.text)).items()}}
            for r in rows
        ])
        last_id = rows[-1].id


def _analytics_v3(conn: Connection) -> None:
    """Topic rows, feedback, complaint status, alerts and the outbox; topic rows backfilled from
    the classifications' JSON. A no-op on a database `_create_v1` just made from today's tables."""
    for table in V3_TABLES:
        table.create(conn, checkfirst=True)
    c = classifications.c
    last_id = 0
    while True:
        rows = conn.execute(
            select(c.mention_id, c.topics).where(c.mention_id > last_id).order_by(c.mention_id).limit(_BACKFILL_CHUNK)
        ).all()
        if not rows:
            return
        topic_rows = [row for r in rows for row in topic_rows_of(r.mention_id, r.topics)]
        if topic_rows:
            conn.execute(mention_topics.delete().where(mention_topics.c.mention_id.in_([r.mention_id for r in rows])))
            conn.execute(mention_topics.insert(), topic_rows)
        last_id = rows[-1].mention_id


def topic_rows_of(mention_id: int, topics_json: str) -> list[dict[str, object]]:
    """mention_topics rows from a classification's `topics` JSON."""
    rows: dict[str, dict[str, object]] = {}
    for t in json.loads(topics_json or "[]"):
        rows[t["name"]] = {"mention_id": mention_id, "topic": t["name"], "sentiment": t["label"],
                           "score": float(t["score"]), "similarity": float(t.get("similarity", 0.0))}
    return list(rows.values())


# Version N is reached by running MIGRATIONS[N] on a database at version N-1.
MIGRATIONS: Mapping[int, Migration] = {1: _create_v1, 2: _near_duplicates_v2, 3: _analytics_v3}


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table(meta.name):
        return 0
    value = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar_one_or_none()
    return int(value) if value is not None else 0


def _set_version(conn: Connection, version: int) -> None:
    updated = conn.execute(meta.update().where(meta.c.key == "schema_version").values(value=str(version)))
    if not updated.rowcount:
        conn.execute(meta.insert().values(key="schema_version", value=str(version)))


def migrate(
    engine: Engine,
    target: int = SCHEMA_VERSION,
    migrations: Mapping[int, Migration] = MIGRATIONS,
    where: str = "database",
) -> int:
    """Bring the database to `target`; returns the version it was at."""
    with engine.begin() as conn:
        found = current_version(conn)
        if found > target:
            raise SchemaError(
                f"{where}: schema version {found} was written by a newer repwatch (this one knows up to "
                f"{target}); upgrade repwatch or point storage.url at another database"
            )
        for version in range(found + 1, target + 1):
            if version not in migrations:
                raise SchemaError(f"{where}: no migration to schema version {version}; cannot upgrade from {found}")
            migrations[version](conn)
            _set_version(conn, version)
    return found
