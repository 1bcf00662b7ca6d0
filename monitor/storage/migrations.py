"""Numbered schema migrations, run as Alembic revisions and recorded in `repwatch_meta.schema_version`.

Each step is a function here, written to be a no-op on a database that `_create_v1` just made from
today's tables, and an Alembic revision under `alembic/versions` runs it; `repwatch db upgrade` (or
opening a Store) runs what a database lacks. A database made by a newer repwatch is refused with a
clear message instead of being damaged.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from zoneinfo import ZoneInfo

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Connection, Engine, bindparam, inspect, select, text
from sqlalchemy.schema import CreateColumn

from monitor.storage import rollups
from monitor.storage.schema import (
    SCHEMA_VERSION,
    V2_COLUMNS,
    V2_INDEXES,
    V3_TABLES,
    V4_TABLES,
    V5_INDEXES,
    V6_COLUMNS,
    V7_COLUMNS,
    classifications,
    ix_mentions_rated,
    mention_topics,
    mentions,
    meta,
    metadata,
    simhash_columns,
    sources,
)
from monitor.text import normalize_url, simhash

Migration = Callable[[Connection], None]
ALEMBIC_DIR = Path(__file__).resolve().parent / "alembic"
_LOCK_KEY = 0x72657077  # "repw": the advisory lock migrations take on PostgreSQL


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


def _rollups_v4(conn: Connection) -> None:
    """Daily sentiment and topic rollups for the default zone and threshold, and an index of the
    star-rated mentions; a rebuild on a database `_create_v1` just made (empty) costs nothing."""
    for table in V4_TABLES:
        table.create(conn, checkfirst=True)
    ix_mentions_rated.create(conn, checkfirst=True)
    rollups.rebuild(conn, ZoneInfo(rollups.DEFAULT_ZONE), rollups.DEFAULT_VERY_POSITIVE)


def topic_rows_of(mention_id: int, topics_json: str) -> list[dict[str, object]]:
    """mention_topics rows from a classification's `topics` JSON."""
    rows: dict[str, dict[str, object]] = {}
    for t in json.loads(topics_json or "[]"):
        rows[t["name"]] = {"mention_id": mention_id, "topic": t["name"], "sentiment": t["label"],
                           "score": float(t["score"]), "similarity": float(t.get("similarity", 0.0))}
    return list(rows.values())


def _band_indexes_in_time_v5(conn: Connection) -> None:
    """Band indexes that carry the publication time, in place of v2's; a no-op on a database
    `_create_v1` just made from today's tables (it has the new ones and never had the old)."""
    for name in V2_INDEXES:
        if name.startswith("ix_mentions_sim_band"):
            conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
    for index in mentions.indexes:
        if index.name in V5_INDEXES:
            index.create(conn, checkfirst=True)


def _posterior_sums_v6(conn: Connection) -> None:
    """Posterior sums in the daily sentiment rollup (corrected shares); the rollups are rebuilt,
    for the zone and threshold they were built for. A no-op but the rebuild on a database
    `_create_v1` just made (it has the columns and no rows)."""
    for table, names in V6_COLUMNS.items():
        have = {c["name"] for c in inspect(conn).get_columns(table.name)}
        for name in names:
            if name not in have:
                column_type = table.c[name].type.compile(conn.dialect)
                conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {name} {column_type} NOT NULL DEFAULT 0"))
    state = rollups.read_state(conn)
    if state is None:
        rollups.rebuild(conn, ZoneInfo(rollups.DEFAULT_ZONE), rollups.DEFAULT_VERY_POSITIVE)
    else:
        rollups.rebuild(conn, ZoneInfo(state.zone), state.very_positive)


def _hardening_v7(conn: Connection) -> None:
    """`mentions.undated_backlog` (undated items of a source's first collect, kept out of alerts)
    and `sources.final_url` (where a feed's redirects ended). Reads nothing of version 6, and is a
    no-op on a database `_create_v1` just made from today's tables."""
    for table in (mentions, sources):
        have = {c["name"] for c in inspect(conn).get_columns(table.name)}
        for name in V7_COLUMNS[table.name]:
            if name not in have:
                column = CreateColumn(table.c[name]).compile(dialect=conn.dialect)
                conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {column}"))


# Version N is reached by running MIGRATIONS[N] on a database at version N-1; each has an Alembic
# revision of its own under monitor/storage/alembic/versions that runs it.
MIGRATIONS: Mapping[int, Migration] = {
    1: _create_v1, 2: _near_duplicates_v2, 3: _analytics_v3, 4: _rollups_v4, 5: _band_indexes_in_time_v5,
    6: _posterior_sums_v6, 7: _hardening_v7,
}


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table(meta.name):
        return 0
    value = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar_one_or_none()
    return int(value) if value is not None else 0


def _set_version(conn: Connection, version: int) -> None:
    updated = conn.execute(meta.update().where(meta.c.key == "schema_version").values(value=str(version)))
    if not updated.rowcount:
        conn.execute(meta.insert().values(key="schema_version", value=str(version)))


def apply_version(conn: Connection, version: int) -> None:
    """One numbered step and its record; what each Alembic revision runs."""
    MIGRATIONS[version](conn)
    _set_version(conn, version)


def revision_of(version: int) -> str:
    """The Alembic revision id of a schema version: "0004" for 4."""
    return f"{version:04d}"


def alembic_config(conn: Connection | None = None) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(ALEMBIC_DIR))
    config.attributes["connection"] = conn
    return config


def _serialize(conn: Connection) -> None:
    """One migrating process at a time: a worker and the dashboard starting together must not both
    create the tables. PostgreSQL has advisory locks; SQLite takes its write lock up front."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _checked_version(conn: Connection, target: int, where: str) -> int:
    found = current_version(conn)
    if found > target:
        raise SchemaError(
            f"{where}: schema version {found} was written by a newer repwatch (this one knows up to "
            f"{target}); upgrade repwatch or point storage.url at another database"
        )
    return found


def migrate(engine: Engine, target: int = SCHEMA_VERSION, where: str = "database") -> int:
    """Bring the database to `target` through the Alembic revisions; returns the version it was at.

    A database from before Alembic carries only `repwatch_meta.schema_version`; it is stamped with
    the matching revision first, so Alembic runs only the steps it lacks.
    """
    if target not in MIGRATIONS:
        raise SchemaError(f"{where}: no migration to schema version {target}")
    # Checked without a lock first: a database already up to date (every start but the first) is
    # only read, so a read-only copy opens too.
    with engine.connect() as conn:
        if _checked_version(conn, target, where) == target:
            return target
    with engine.begin() as conn:
        _serialize(conn)
        found = _checked_version(conn, target, where)
        if found == target:  # another process upgraded it meanwhile
            return found
        config = alembic_config(conn)
        if found and not inspect(conn).has_table("alembic_version"):
            command.stamp(config, revision_of(found))
        command.upgrade(config, revision_of(target))
    return found
