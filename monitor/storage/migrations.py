"""Numbered schema migrations, recorded in `repwatch_meta.schema_version`.

A database made by a newer repwatch is refused with a clear message instead of being damaged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sqlalchemy import Connection, Engine, inspect, select

from monitor.storage.schema import SCHEMA_VERSION, meta, metadata

Migration = Callable[[Connection], None]


class SchemaError(RuntimeError):
    """The database cannot be used by this version of repwatch."""


def _create_v1(conn: Connection) -> None:
    metadata.create_all(conn)


# Version N is reached by running MIGRATIONS[N] on a database at version N-1.
MIGRATIONS: Mapping[int, Migration] = {1: _create_v1}


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
