"""The daily rollups give exactly what counting the rows gives, through re-labels, other zones and
the migration that builds them."""

from __future__ import annotations

import itertools
import random
from dataclasses import astuple
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine

from monitor.analytics.counts import Grouped, ensure_rollups, raw_only, sentiment_counts, topic_counts
from monitor.analytics.period import Period
from monitor.storage import schema
from monitor.storage.migrations import migrate
from monitor.storage.store import ClassificationStore, Store
from tests.analytics.conftest import AMS, UTC, M, at, classification, seed

DIMENSIONS = ("brand", "source", "language", "day")
TOPICS = ("delivery", "price", "service")


def random_mentions(rng: random.Random, n: int) -> list[M]:
    start = at(2026, 10, 10)
    out = []
    for _ in range(n):
        sentiment = rng.choice(("negative", "neutral", "positive", "positive", None))
        source = rng.choice(("forum", "app", "news"))
        out.append(M(
            start + timedelta(minutes=rng.randrange(40 * 24 * 60)), sentiment, round(rng.uniform(-1, 1), 3),
            brand=rng.choice(("Trapkracht", "Velora")), source=source, language=rng.choice(("nl", "en", None)),
            topics=[(t, rng.choice(("negative", "neutral", "positive")), round(rng.uniform(-1, 1), 3))
                    for t in rng.sample(TOPICS, rng.randrange(3))],
            rating=float(rng.randrange(1, 11)) if source == "app" else None, rating_max=10.0 if source == "app" else None))
    return out


def relabel(store: Store, ids: list[int], rng: random.Random) -> None:
    """A new model version changes labels, scores, detected languages and topics of some mentions."""
    chosen = rng.sample(ids, len(ids) // 3)
    mentions = random_mentions(rng, len(chosen))
    ClassificationStore(store, "v2").save([classification(i, m, "v2") for i, m in zip(chosen, mentions) if m.sentiment])


def as_tuples(grouped: Grouped) -> dict[tuple[object, ...], tuple[float, ...]]:
    return {k: tuple(round(x, 9) for x in astuple(c)) for k, c in grouped.items() if c.total}


def assert_same(store: Store, period: Period, very_positive: float = 0.6) -> None:
    for size in range(len(DIMENSIONS) + 1):
        for by in itertools.combinations(DIMENSIONS, size):
            fast = sentiment_counts(store, period, by, very_positive=very_positive)
            with raw_only():
                slow = sentiment_counts(store, period, by, very_positive=very_positive)
            assert as_tuples(fast) == as_tuples(slow), by
    for by in (("topic",), ("topic", "day"), ("day",)):
        fast = topic_counts(store, period, by, "Trapkracht", very_positive)
        with raw_only():
            assert as_tuples(fast) == as_tuples(topic_counts(store, period, by, "Trapkracht", very_positive)), by


def periods(zone: ZoneInfo) -> list[Period]:
    return [Period.days(date(2026, 10, 10), date(2026, 11, 18), zone), Period.days(date(2026, 10, 25), date(2026, 10, 25), zone),
            Period.days(date(2026, 10, 20), date(2026, 11, 2), zone)]


@pytest.fixture
def seeded(store: Store) -> Store:
    rng = random.Random(4)
    ids = seed(store, random_mentions(rng, 250))
    relabel(store, ids, rng)
    return store


def test_rollups_equal_raw_counts_after_relabels(seeded: Store) -> None:
    whole = periods(AMS)[0]
    assert sum(c.total for c in sentiment_counts(seeded, whole, ()).values()) == 250
    for period in periods(AMS):
        assert_same(seeded, period)


def test_raw_only_really_bypasses_the_rollups(seeded: Store) -> None:
    whole = periods(AMS)[0]
    with seeded.engine.begin() as conn:
        conn.execute(schema.sentiment_rollup.delete())
    with raw_only():
        assert sentiment_counts(seeded, whole, ())[()].labelled > 0
    assert sentiment_counts(seeded, whole, ()).get((), None) is None or sentiment_counts(seeded, whole, ())[()].labelled == 0


@pytest.mark.parametrize("zone", ["Asia/Kolkata", "America/New_York", "Europe/Oslo"])
def test_another_zone_or_threshold_rebuilds(seeded: Store, zone: str) -> None:
    tz = ZoneInfo(zone)
    assert ensure_rollups(seeded, tz, 0.3) is True
    assert ensure_rollups(seeded, tz, 0.3) is False, "already built for them"
    for period in periods(tz):
        assert_same(seeded, period, 0.3)
    relabel(seeded, list(range(1, 251)), random.Random(9))  # kept in step in the new zone too
    assert_same(seeded, periods(tz)[0], 0.3)


def test_the_v4_migration_builds_rollups_from_existing_rows(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    migrate(engine, target=3)
    engine.dispose()
    old = Store(url, migrate_schema=False)
    seed(old, random_mentions(random.Random(7), 120))
    old.close()
    store = Store(url)  # migrates to the current version
    counts = sentiment_counts(store, periods(AMS)[0], ("brand",))
    assert sum(c.labelled for c in counts.values()) > 0
    for period in periods(AMS):
        assert_same(store, period)
    store.close()


def test_partial_days_are_counted_from_the_rows(seeded: Store) -> None:
    hours = Period(at(2026, 10, 25, 1, 30), at(2026, 10, 26, 13, 15), AMS)
    assert not hours.aligned
    with raw_only():
        expected = as_tuples(sentiment_counts(seeded, hours, ("brand",)))
    assert as_tuples(sentiment_counts(seeded, hours, ("brand",))) == expected
    assert hours.utc()[0].tzinfo == UTC


def test_deleted_mentions_leave_the_rollups(seeded: Store) -> None:
    from monitor.storage import rollups

    doomed = list(range(1, 251, 3))
    m = schema.mentions
    with seeded.engine.begin() as conn:
        rollups.apply_delete(conn, doomed)
        conn.execute(m.delete().where(m.c.id.in_(doomed)))
    assert sum(c.total for c in sentiment_counts(seeded, periods(AMS)[0], ()).values()) == 250 - len(doomed)
    for period in periods(AMS):
        assert_same(seeded, period)
