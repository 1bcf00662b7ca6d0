"""Topic figures and key drivers: impact = share x (topic net - brand net), hand-computed."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analytics.period import Period
from monitor.analytics.topics import key_drivers, topic_stats
from monitor.storage.store import Store
from tests.analytics.conftest import AMS, M, at, seed

WEEK = Period.days(date(2026, 11, 16), date(2026, 11, 22), AMS)
DELIVERY_BAD, PRICE_GOOD, PRODUCT_GOOD = ("delivery", "negative", -0.8), ("price", "positive", 0.7), ("product quality", "positive", 0.9)


@pytest.fixture
def seeded(store: Store) -> Store:
    seed(store, [
        M(at(2026, 11, 16, 9), "negative", topics=[DELIVERY_BAD]),
        M(at(2026, 11, 16, 10), "negative", topics=[DELIVERY_BAD]),
        M(at(2026, 11, 17, 9), "negative", topics=[DELIVERY_BAD, PRICE_GOOD]),  # a topic keeps its own sentiment
        M(at(2026, 11, 17, 10), "positive", topics=[PRICE_GOOD]),
        M(at(2026, 11, 18, 9), "positive", topics=[PRODUCT_GOOD]),
        M(at(2026, 11, 18, 10), "neutral"),
        M(at(2026, 11, 19, 9), "positive", topics=[PRODUCT_GOOD, ("delivery", "neutral", 0.0)]),
        M(at(2026, 11, 20, 9), "neutral", topics=[("customer service", "negative", -0.6)]),
        M(at(2026, 11, 21, 9), "negative"),
        # The week before: delivery was praised once.
        M(at(2026, 11, 10, 9), "positive", topics=[("delivery", "positive", 0.8)]),
        # Another brand's topics are not ours.
        M(at(2026, 11, 18, 9), "negative", brand="Velora", topics=[PRICE_GOOD]),
    ])
    return store


def test_topic_stats(seeded: Store, mode: str) -> None:
    stats = topic_stats(seeded, "Trapkracht", WEEK)
    assert [(t.topic, t.volume, t.negative, t.neutral, t.positive) for t in stats] == [
        ("delivery", 4, 3, 1, 0), ("price", 2, 0, 0, 2), ("product quality", 2, 0, 0, 2), ("customer service", 1, 1, 0, 0)]
    delivery = stats[0]
    assert (delivery.net_sentiment, delivery.share) == (-75.0, 4 / 9)
    assert (delivery.previous_volume, delivery.previous_net_sentiment) == (1, 100.0)
    assert (delivery.volume_delta, delivery.net_sentiment_delta) == (3, -175.0)
    assert stats[1].previous_net_sentiment is None and stats[1].net_sentiment_delta is None
    assert stats[2].very_positive == 2, "product quality scored 0.9 > 0.6 twice"


def test_key_drivers_are_ranked_by_how_far_they_pull(seeded: Store, mode: str) -> None:
    brand_net = (3 - 4) / 9 * 100  # 4 negative, 3 positive, 2 neutral
    drivers = key_drivers(seeded, "Trapkracht", WEEK)
    assert [d.topic for d in drivers] == ["delivery", "price", "product quality", "customer service"]
    expected = [4 / 9 * (-75 - brand_net), 2 / 9 * (100 - brand_net), 2 / 9 * (100 - brand_net), 1 / 9 * (-100 - brand_net)]
    assert [d.impact for d in drivers] == pytest.approx(expected)
    assert drivers[0].impact < 0 < drivers[1].impact, "delivery pulls the index down, price up"


def test_no_topics_no_drivers(store: Store, mode: str) -> None:
    seed(store, [M(at(2026, 11, 16, 9), "negative")])
    assert topic_stats(store, "Trapkracht", WEEK) == [] and key_drivers(store, "Trapkracht", WEEK) == []
