"""Posterior sums in the daily rollups (schema v6): maintained through re-labels, built by the
migration from a v5 database, and equal to summing each stored label's posterior."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

import numpy as np
import pytest
from sqlalchemy import create_engine, inspect, select, text

from models.quantify import posteriors_from_label
from models.sentiment import from_probabilities
from monitor.storage import schema
from monitor.storage.migrations import current_version
from monitor.storage.schema import POSTERIOR_SUMS, SCHEMA_VERSION
from monitor.storage.store import ClassificationStore, Store
from tests.analytics.conftest import AMS, M, at, classification, seed


def _labelled(rng: random.Random, n: int) -> list[tuple[M, dict[str, float]]]:
    """Mentions with labels, scores and confidences from real probability vectors (some too short)."""
    out = []
    for _ in range(n):
        probs = np.random.default_rng(rng.randrange(10**9)).dirichlet([1.0, 1.0, 1.0])
        s = from_probabilities(probs[None, :])[0]
        confidence = 0.0 if rng.random() < 0.05 else s.confidence  # NEUTRAL_UNSURE
        label, score = ("neutral", 0.0) if confidence == 0.0 else (s.label, s.score)
        when = at(2026, 10, 1) + timedelta(minutes=rng.randrange(30 * 24 * 60))
        out.append((M(when, label, score, brand=rng.choice(("Trapkracht", "Velora")), source=rng.choice(("forum", "app")),
                      language=rng.choice(("nl", "en", None))), {"confidence": confidence}))
    return out


def _save(store: Store, items: list[tuple[M, dict[str, float]]], version: str = "v") -> list[int]:
    ids = seed(store, [m for m, _ in items])
    rows = [{**classification(i, m, version), **extra} for i, (m, extra) in zip(ids, items)]
    ClassificationStore(store, version).save(rows)
    return ids


def _expected(store: Store) -> dict[tuple[object, ...], np.ndarray]:
    m, c = schema.mentions.c, schema.classifications.c
    sums: dict[tuple[object, ...], np.ndarray] = defaultdict(lambda: np.zeros(3))
    with store.engine.connect() as conn:
        rows = conn.execute(select(m.brand, m.published_at, m.source_id, m.language, c.sentiment, c.score, c.confidence)
                            .select_from(schema.mentions.join(schema.classifications, c.mention_id == m.id))).all()
    for r in rows:
        key = (r.brand, r.published_at.astimezone(AMS).date(), r.source_id, r.language or "", r.sentiment)
        sums[key] += posteriors_from_label(r.sentiment, r.score, r.confidence)
    return dict(sums)


def _stored(store: Store) -> dict[tuple[object, ...], np.ndarray]:
    r = schema.sentiment_rollup.c
    with store.engine.connect() as conn:
        rows = conn.execute(select(r.brand, r.day, r.source_id, r.language, r.sentiment,
                                   r.p_negative, r.p_neutral, r.p_positive)).all()
    out = {}
    for row in rows:
        day = row.day if not isinstance(row.day, str) else date.fromisoformat(row.day)
        out[(row.brand, day, row.source_id, row.language, row.sentiment)] = np.array(row[5:8], dtype=float)
    return out


def _assert_equal(store: Store) -> None:
    expected, stored = _expected(store), _stored(store)
    assert set(stored) == set(expected)
    for key, value in expected.items():
        assert stored[key] == pytest.approx(value, abs=1e-9), key


def test_posterior_sums_follow_relabels(store: Store) -> None:
    rng = random.Random(8)
    ids = _save(store, _labelled(rng, 300))
    _assert_equal(store)
    chosen = rng.sample(ids, 100)
    again = _labelled(rng, len(chosen))
    ClassificationStore(store, "v2").save([{**classification(i, m, "v2"), **extra} for i, (m, extra) in zip(chosen, again)])
    _assert_equal(store)
    expected = _expected(store)
    assert sum(v.sum() for v in expected.values()) == pytest.approx(300), "each mention's posterior sums to 1"


def test_a_version_5_database_gets_its_posterior_sums(db_url: str) -> None:
    store = Store(db_url)
    try:
        _save(store, _labelled(random.Random(9), 200))
    finally:
        store.close()
    engine = create_engine(db_url)
    with engine.begin() as conn:  # put the database back to what v5 left
        for name in POSTERIOR_SUMS:
            conn.execute(text(f"ALTER TABLE sentiment_rollup DROP COLUMN {name}"))
        conn.execute(text("UPDATE repwatch_meta SET value = '5' WHERE key = 'schema_version'"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0005'"))
    engine.dispose()
    store = Store(db_url)
    try:
        with store.engine.connect() as conn:
            assert current_version(conn) == SCHEMA_VERSION >= 6
            assert set(POSTERIOR_SUMS) <= {c["name"] for c in inspect(conn).get_columns("sentiment_rollup")}
        _assert_equal(store)
    finally:
        store.close()
