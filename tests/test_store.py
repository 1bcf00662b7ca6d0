from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from typer.testing import CliRunner

from monitor.cli import app
from monitor.collectors.base import MentionRecord, SourceState
from monitor.storage.migrations import SchemaError, alembic_config, current_version, migrate, revision_of
from monitor.storage.schema import SCHEMA_VERSION
from monitor.storage.store import NewMention, Store, make_engine

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
LONG = "De levering van mijn nieuwe fiets duurde bijna drie weken en niemand nam de telefoon op"


@pytest.fixture
def store(db_url: str) -> Store:
    s = Store(db_url)
    yield s
    s.close()


def item(key: str, body: str, brand: str = "Trapkracht", title: str = "") -> NewMention:
    return NewMention(MentionRecord(external_key=key, text=body, title=title), brand, NOW, False)


def test_new_database_is_at_the_current_schema(store: Store) -> None:
    with store.engine.connect() as conn:
        assert current_version(conn) == SCHEMA_VERSION
        names = set(inspect(conn).get_table_names())
    assert {"sources", "mentions", "classifications", "runs", "repwatch_meta", "mention_topics", "feedback",
            "mention_status", "alerts", "outbox"} <= names


def test_same_item_twice_is_seen_not_stored(store: Store) -> None:
    source = store.ensure_source("a", "feed", "x")
    assert store.add_mentions(source, [item("1", "Top!"), item("2", "Top!")]).new == 2
    again = store.add_mentions(source, [item("1", "Top!"), item("3", "Slecht")])
    assert (again.new, again.seen, again.duplicates) == (1, 1, 0)
    assert store.count_mentions() == 3


def test_syndicated_copy_in_another_source_is_a_duplicate(store: Store) -> None:
    a, b = store.ensure_source("a", "feed", "x"), store.ensure_source("b", "feed", "y")
    assert store.add_mentions(a, [item("1", LONG)]).new == 1
    copy = store.add_mentions(b, [item("other-id", "  " + LONG.upper() + " ")])
    assert (copy.new, copy.duplicates) == (0, 1)
    assert store.count_mentions() == 1


def test_same_short_text_from_two_customers_is_two_mentions(store: Store) -> None:
    a, b = store.ensure_source("a", "feed", "x"), store.ensure_source("b", "feed", "y")
    store.add_mentions(a, [item("1", "Top service!")])
    assert store.add_mentions(b, [item("1", "Top service!")]).new == 1


def test_timestamps_come_back_in_utc(store: Store) -> None:
    source = store.ensure_source("a", "feed", "x")
    local = NOW.astimezone(timezone(timedelta(hours=1)))
    store.add_mentions(source, [NewMention(MentionRecord("1", "x"), "Trapkracht", local, False)])
    (row,) = list(store.iter_mentions())
    assert row["published_at"] == NOW and row["published_at"].tzinfo is not None


def test_naive_datetimes_are_refused(store: Store) -> None:
    source = store.ensure_source("a", "feed", "x")
    with pytest.raises(Exception, match="naive datetime"):
        store.add_mentions(source, [NewMention(MentionRecord("1", "x"), "T", NOW.replace(tzinfo=None), False)])


def test_source_state_and_health(store: Store) -> None:
    source = store.ensure_source("a", "feed", "x")
    store.record_success(source, SourceState(etag='"v1"', last_modified="Mon, 01 Jan 2026 00:00:00 GMT"))
    assert store.source_state(source).etag == '"v1"'
    store.record_failure(source, "a: HTTP 500")
    store.record_failure(source, "a: HTTP 500")
    (health,) = store.source_health()
    assert (health.last_error, health.consecutive_failures) == ("a: HTTP 500", 2)
    store.record_success(source, SourceState(), not_modified=True)
    assert store.source_state(source).etag == '"v1"', "a 304 keeps the validators"
    assert store.source_health()[0].consecutive_failures == 0


def test_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    Store(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("update repwatch_meta set value='99' where key='schema_version'"))
    with pytest.raises(SchemaError, match="schema version 99 was written by a newer repwatch"):
        Store(url)


def test_alembic_runs_only_the_steps_a_database_lacks(db_url: str) -> None:
    """A database from before Alembic (schema_version only) is stamped, then upgraded to head."""
    engine = make_engine(db_url)
    try:
        assert migrate(engine, target=2) == 0
        with engine.begin() as conn:
            conn.execute(text("drop table alembic_version"))  # as an older repwatch left it
            assert current_version(conn) == 2
        assert migrate(engine) == 2
        with engine.connect() as conn:
            assert current_version(conn) == SCHEMA_VERSION
            assert MigrationContext.configure(conn).get_current_revision() == revision_of(SCHEMA_VERSION)
            assert inspect(conn).has_table("sentiment_rollup")
        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        assert head == revision_of(SCHEMA_VERSION), "every schema version has its Alembic revision"
        assert migrate(engine) == SCHEMA_VERSION, "nothing left to run"
        with pytest.raises(SchemaError, match=f"no migration to schema version {SCHEMA_VERSION + 1}"):
            migrate(engine, target=SCHEMA_VERSION + 1)
    finally:
        engine.dispose()


def test_db_upgrade_command(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'u.db'}"
    engine = make_engine(url)
    migrate(engine, target=3)
    engine.dispose()
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"brands": [{"name": "B", "own": True}], "storage": {"url": url}}))
    runner = CliRunner()
    result = runner.invoke(app, ["db", "upgrade", "--config", str(config), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) | {"database": ""} == {"database": "", "from_version": 3, "to_version": SCHEMA_VERSION}
    result = runner.invoke(app, ["db", "upgrade", "--config", str(config)])
    assert f"already at schema version {SCHEMA_VERSION}" in result.stdout


def test_opening_an_up_to_date_database_does_not_wait_for_a_writer(tmp_path: Path) -> None:
    """Every process start checks the schema; it must not queue behind a collect run's write lock."""
    path = tmp_path / "busy.db"
    Store(f"sqlite:///{path}").close()
    writer = sqlite3.connect(path)
    writer.execute("BEGIN IMMEDIATE")  # a long collect transaction holding the write lock
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0.2})
    try:
        assert migrate(engine) == SCHEMA_VERSION
    finally:
        engine.dispose()
        writer.rollback()
        writer.close()
