"""Alembic environment for repwatch: runs on the connection `monitor.storage.migrations.migrate`
hands over (inside its transaction), or on `sqlalchemy.url` when run as `alembic upgrade head`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from monitor.storage.schema import metadata

config = context.config


def run_on(connection: object) -> None:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_on(connection)
else:  # the alembic command line, with -x or alembic.ini giving sqlalchemy.url
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        run_on(conn)
