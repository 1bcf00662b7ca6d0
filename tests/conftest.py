"""Shared fixtures. Every test uses real parts: SQLite in tmp_path, a real PostgreSQL server when
REPWATCH_TEST_PG_URL names one (.ci/run starts a throwaway cluster), real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PG_ENV = "REPWATCH_TEST_PG_URL"
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the checkout; tests that need it skip, saying why, when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (it holds licensed fixtures that are not part of the repo)")
    return SHARED


@pytest.fixture
def feed_server():
    """A real HTTP server on 127.0.0.1 with per-test scripted routes (tests/feedserver.py)."""
    from tests.feedserver import FeedServer

    server = FeedServer()
    try:
        yield server
    finally:
        server.close()


def postgres_database() -> Iterator[str]:
    """A fresh, empty database on the test server, dropped afterwards; skips without a server."""
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        pytest.skip(f"PostgreSQL tests skipped: {PG_ENV} is not set (`make test` starts a throwaway server)")
    name = f"repwatch_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'db' / 'repwatch.db'}"
    else:
        yield from postgres_database()
