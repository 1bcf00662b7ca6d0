"""Near-duplicates (SimHash), same-link items, and the migrations from v1 (v2 added near-duplicates, v3 topic rows)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from sqlalchemy import text as sql

from monitor.collectors.base import MentionRecord
from monitor.storage.migrations import current_version, revision_of
from monitor.storage.schema import SCHEMA_VERSION, V2_COLUMNS, V2_INDEXES, V5_INDEXES
from monitor.storage.store import NewMention, Store
from monitor.text import hamming, simhash

V1_SQL = Path(__file__).resolve().parent / "data" / "schema_v1.sql"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
ARTICLE = (
    "Trapkracht opent deze maand drie nieuwe winkels in Utrecht, Zwolle en Groningen en belooft dat elke klant "
    "voortaan binnen een week een afspraak in de werkplaats krijgt. Volgens directeur Anouk de Vries groeit de vraag "
    "naar onderhoud van elektrische fietsen zo snel dat de bestaande filialen de drukte niet meer aankunnen. De nieuwe "
    "winkels krijgen elk een eigen werkplaats met vier monteurs en een afhaalpunt voor online bestellingen."
)
OTHER = (
    "Fietsfabriek heeft vandaag een nieuwe elektrische bakfiets gepresenteerd voor gezinnen met kinderen in de stad; "
    "de fiets kost ruim vierduizend euro en is vanaf volgende maand te koop in alle winkels van de keten, aldus een "
    "woordvoerder tegenover de pers. Klanten kunnen hem ook online bestellen."
)


@pytest.mark.parametrize(
    ("edited", "near"),
    [
        (ARTICLE.replace("drie", "3"), True),
        ("Update: " + ARTICLE, True),
        (ARTICLE.replace("Utrecht, ", ""), True),
        (ARTICLE.replace("Trapkracht opent", "Fietsketen Trapkracht opent"), True),
        (OTHER, False),
        ("De levering van mijn nieuwe fiets duurde bijna drie weken en niemand nam de telefoon op", False),
    ],
)
def test_simhash_distance_separates_edits_from_other_texts(edited: str, near: bool) -> None:
    distance = hamming(simhash("", ARTICLE), simhash("", edited))  # type: ignore[arg-type]
    assert (distance <= 3) is near, distance


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("De fiets van Trapkracht is echt heel erg goed", "De fiets van Trapkracht is echt heel erg slecht"),
        ("Ik ben zeer tevreden over de service van Trapkracht", "Ik ben niet tevreden over de service van Trapkracht"),
    ],
)
def test_short_reviews_differing_in_the_word_that_matters_stay_apart(a: str, b: str) -> None:
    assert hamming(simhash("", a), simhash("", b)) > 3  # type: ignore[arg-type]


def test_short_texts_have_no_simhash() -> None:
    assert simhash("", "Top service bij Trapkracht!") is None


@pytest.fixture
def store(db_url: str) -> Store:
    s = Store(db_url)
    yield s
    s.close()


def item(key: str, text: str, brand: str = "Trapkracht", when: datetime = NOW, url: str | None = None) -> NewMention:
    return NewMention(MentionRecord(external_key=key, text=text, url=url), brand, when, False)


@pytest.mark.parametrize(
    ("copy", "expected_new"),
    [
        (item("b1", "Update: " + ARTICLE), 0),
        (item("b1", ARTICLE.replace("drie", "3"), when=NOW + timedelta(days=6)), 0),
        (item("b1", ARTICLE.replace("drie", "3"), when=NOW - timedelta(days=8)), 1),  # outside the week
        (item("b1", ARTICLE.replace("drie", "3"), brand="Fietsfabriek"), 1),  # another brand's story
        (item("b1", OTHER), 1),
    ],
)
def test_near_copy_from_another_source_is_a_duplicate(store: Store, copy: NewMention, expected_new: int) -> None:
    a, b = store.ensure_source("a", "news", "x"), store.ensure_source("b", "feed", "y")
    assert store.add_mentions(a, [item("a1", ARTICLE)]).new == 1
    added = store.add_mentions(b, [copy])
    assert (added.new, added.duplicates) == (expected_new, 1 - expected_new)


def test_near_copies_within_one_batch_are_stored_once(store: Store) -> None:
    source = store.ensure_source("a", "news", "x")
    added = store.add_mentions(source, [item("1", ARTICLE), item("2", "Update: " + ARTICLE)])
    assert (added.new, added.duplicates) == (1, 1)


@pytest.mark.parametrize(
    ("second_url", "same_source", "expected"),
    [
        ("https://Nieuws.example/a/?utm_source=x&utm_medium=rss", True, "seen"),
        ("https://nieuws.example/a?fbclid=abc#top", True, "seen"),
        ("https://nieuws.example/b", True, "new"),
        ("https://nieuws.example/a?utm_source=x", False, "new"),  # another source's item is its own
    ],
)
def test_same_normalized_link_in_one_source_is_the_same_item(
    store: Store, second_url: str, same_source: bool, expected: str
) -> None:
    a, b = store.ensure_source("a", "news", "x"), store.ensure_source("b", "news", "y")
    store.add_mentions(a, [item("1", "Trapkracht wint prijs", url="https://nieuws.example/a")])
    added = store.add_mentions(a if same_source else b, [item("2", "Trapkracht wint een prijs", url=second_url)])
    assert {"seen": (0, 1), "new": (1, 0)}[expected] == (added.new, added.seen)


def test_version_1_database_with_data_migrates_to_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:  # exactly what repwatch schema version 1 created
        db.executescript(V1_SQL.read_text(encoding="utf-8"))
        db.execute("insert into repwatch_meta values ('schema_version', '1')")
        db.execute("insert into sources (id, name, type, target, consecutive_failures) values (1, 'a', 'feed', 'x', 0)")
        rows = [
            (1, "k1", "https://nieuws.example/a?utm_campaign=z", ARTICLE),
            (2, "k2", None, "Top service!"),
        ]
        for row_id, key, url, text in rows:
            db.execute(
                "insert into mentions (id, source_id, brand, external_key, url, title, text, published_at, "
                "published_estimated, collected_at, content_hash) values (?, 1, 'Trapkracht', ?, ?, '', ?, "
                "'2026-11-20 12:00:00', 0, '2026-11-20 12:00:00', 'h')",
                (row_id, key, url, text),
            )
        topics = json.dumps([{"name": "delivery", "similarity": 0.41, "label": "negative", "score": -0.8, "confidence": 0.9}])
        db.execute(
            "insert into classifications (mention_id, sentiment, score, confidence, topics, sentences, model_version, "
            "classified_at) values (1, 'negative', -0.8, 0.9, ?, '[]', 'm', '2026-11-20 12:00:00')",
            (topics,),
        )
    store = Store(f"sqlite:///{path}")
    try:
        with store.engine.connect() as conn:
            assert current_version(conn) == SCHEMA_VERSION == 7
            assert MigrationContext.configure(conn).get_current_revision() == revision_of(SCHEMA_VERSION)
            # v3 backfills one row per (mention, topic) from the classification's JSON.
            topic_rows = conn.execute(sql("select mention_id, topic, sentiment, score from mention_topics")).all()
            assert [tuple(r) for r in topic_rows] == [(1, "delivery", "negative", -0.8)]
            columns = {c["name"] for c in inspect(conn).get_columns("mentions")}
            indexes = {i["name"] for i in inspect(conn).get_indexes("mentions")}
        assert set(V2_COLUMNS) <= columns and set(V5_INDEXES) <= indexes
        assert indexes.isdisjoint(n for n in V2_INDEXES if n.startswith("ix_mentions_sim_band")), "v5 replaced them"
        migrated = {m["external_key"]: m for m in store.iter_mentions()}
        assert migrated["k1"]["url_key"] == "https://nieuws.example/a"
        assert migrated["k1"]["simhash"] is not None and migrated["k2"]["simhash"] is None
        assert migrated["k1"]["undated_backlog"] is False  # v7's column, added with its default
        # The backfilled hash takes part in detection at once.
        other = store.ensure_source("b", "news", "y")
        assert store.add_mentions(other, [item("new", "Update: " + ARTICLE)]).duplicates == 1
    finally:
        store.close()


def test_version_4_band_indexes_are_replaced_by_ones_with_the_time(db_url: str) -> None:
    """A database at v4 has band indexes without the publication time; v5 swaps them in place."""
    Store(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as conn:  # put the database back to what v4 left
        for i, name in enumerate(V5_INDEXES):
            conn.execute(sql(f"DROP INDEX {name}"))
            conn.execute(sql(f"CREATE INDEX ix_mentions_sim_band{i} ON mentions (brand, sim_band{i})"))
        conn.execute(sql("UPDATE repwatch_meta SET value = '4' WHERE key = 'schema_version'"))
        conn.execute(sql("UPDATE alembic_version SET version_num = '0004'"))
    engine.dispose()
    store = Store(db_url)
    try:
        with store.engine.connect() as conn:
            assert current_version(conn) == SCHEMA_VERSION
            columns = {i["name"]: i["column_names"] for i in inspect(conn).get_indexes("mentions")}
        for i, name in enumerate(V5_INDEXES):
            assert columns[name] == ["brand", f"sim_band{i}", "published_at"]
            assert f"ix_mentions_sim_band{i}" not in columns
        other = store.ensure_source("b", "news", "y")
        store.add_mentions(other, [item("one", ARTICLE)])
        assert store.add_mentions(other, [item("two", "Update: " + ARTICLE)]).duplicates == 1
    finally:
        store.close()


def test_the_near_copy_lookup_reads_the_band_and_time_indexes(tmp_path: Path) -> None:
    """Not the brand's whole window through (brand, time): each band's own index range."""
    from monitor.storage.dedup import near_copy_candidates
    from monitor.storage.schema import simhash_columns

    store = Store(f"sqlite:///{tmp_path / 'plan.db'}")
    row = {"brand": "Trapkracht", "published_at": NOW, **simhash_columns(simhash("", ARTICLE))}
    try:
        with store.engine.connect() as conn:
            query = near_copy_candidates(row).compile(conn, compile_kwargs={"literal_binds": True})
            plan = " | ".join(str(r[-1]) for r in conn.execute(sql(f"EXPLAIN QUERY PLAN {query}")))
    finally:
        store.close()
    assert all(f"USING INDEX {name} (brand=? AND sim_band{i}=? AND published_at>?" in plan
               for i, name in enumerate(V5_INDEXES)), plan
    assert "ix_mentions_brand_published" not in plan, plan
