from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, text

from monitor.collectors.base import MentionRecord, SourceState
from monitor.storage.migrations import SchemaError, current_version, migrate
from monitor.storage.schema import SCHEMA_VERSION
from monitor.storage.store import NewMention, Store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
LONG = "De levering van mijn nieuwe fiets duurde bijna drie weken en niemand nam de telefoon op"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(f"sqlite:///{tmp_path / 'db' / 'repwatch.db'}")
    yield s
    s.close()


def item(key: str, body: str, brand: str = "Trapkracht", title: str = "") -> NewMention:
    return NewMention(MentionRecord(external_key=key, text=body, title=title), brand, NOW, False)


def test_new_database_is_at_the_current_schema(store: Store) -> None:
    with store.engine.connect() as conn:
        assert current_version(conn) == SCHEMA_VERSION
        names = set(conn.execute(text("select name from sqlite_master where type='table'")).scalars())
    assert {"sources", "mentions", "classifications", "runs", "repwatch_meta"} <= names


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


def test_migrations_run_in_order_from_the_found_version(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrate(engine)
    applied: list[int] = []

    def add_column(conn: Connection) -> None:
        conn.execute(text("alter table mentions add column reach integer"))
        applied.append(SCHEMA_VERSION + 1)

    now, later = SCHEMA_VERSION, SCHEMA_VERSION + 1
    steps = {v: (lambda c, v=v: applied.append(v)) for v in range(1, later)}
    found = migrate(engine, target=later, migrations={**steps, later: add_column})
    assert (found, applied) == (now, [later])
    with engine.connect() as conn:
        assert current_version(conn) == later
        conn.execute(text("select reach from mentions"))
    with pytest.raises(SchemaError, match=f"no migration to schema version {later + 1}"):
        migrate(engine, target=later + 1, migrations={})
