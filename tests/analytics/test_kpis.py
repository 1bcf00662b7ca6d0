"""Brand figures, share of voice and breakdowns on hand-made mentions with hand-computed answers."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analytics.kpis import brand_kpis, breakdown, share_of_voice
from monitor.analytics.period import Period
from monitor.storage.store import Store
from tests.analytics.conftest import AMS, M, at, seed

WEEK = Period.days(date(2026, 11, 16), date(2026, 11, 22), AMS)
BRANDS = ["Trapkracht", "Velora", "Spaakwiel"]


@pytest.fixture
def seeded(store: Store) -> Store:
    seed(store, [
        # Trapkracht this week: 3 negative, 1 (very) positive, 1 not labelled yet.
        M(at(2026, 11, 16, 0, 0), "negative", source="forum"),  # local midnight = 23:00 UTC the day before
        M(at(2026, 11, 18, 12), "negative", source="forum"),
        M(at(2026, 11, 19, 9), "negative", source="app", language="en"),
        M(at(2026, 11, 22, 23, 59, 59), "positive", 0.9, source="app"),
        M(at(2026, 11, 20, 8), None, source="news"),
        # The week before: 1 negative, 1 positive (not very positive).
        M(at(2026, 11, 9, 10), "positive", 0.5),
        M(at(2026, 11, 15, 23, 59, 59), "negative"),
        # After the week: counts nowhere.
        M(at(2026, 11, 23, 0, 0), "negative"),
        # Velora this week: 2 positive, 1 neutral.
        M(at(2026, 11, 17, 10), "positive", brand="Velora"),
        M(at(2026, 11, 17, 11), "positive", brand="Velora"),
        M(at(2026, 11, 21, 11), "neutral", brand="Velora"),
    ])
    return store


def test_brand_figures_and_change_against_the_week_before(seeded: Store, mode: str) -> None:
    kpis = brand_kpis(seeded, BRANDS, WEEK)
    assert list(kpis) == BRANDS
    now, before = kpis["Trapkracht"].current, kpis["Trapkracht"].previous
    assert (now.volume, now.negative, now.neutral, now.positive, now.very_positive, now.unlabelled) == (5, 3, 0, 1, 1, 1)
    assert (now.share_negative, now.share_positive, now.share_very_positive) == (0.75, 0.25, 0.25)
    assert now.net_sentiment == -50.0
    assert now.average_score == pytest.approx((-0.8 * 3 + 0.9) / 4)
    assert (before.volume, before.net_sentiment) == (2, 0.0)
    change = kpis["Trapkracht"]
    assert (change.volume_delta, change.volume_delta_pct, change.net_sentiment_delta) == (3, 150.0, -50.0)
    assert change.share_negative_delta == pytest.approx(0.25)
    assert kpis["Velora"].current.net_sentiment == pytest.approx(200 / 3)
    assert kpis["Velora"].net_sentiment_delta is None, "no labelled mention the week before: no change to show"
    silent = kpis["Spaakwiel"].current
    assert (silent.volume, silent.net_sentiment, silent.share_negative) == (0, 0.0, 0.0)


def test_very_positive_follows_the_threshold(seeded: Store, mode: str) -> None:
    assert brand_kpis(seeded, ["Trapkracht"], WEEK, very_positive=0.6)["Trapkracht"].current.very_positive == 1
    assert brand_kpis(seeded, ["Trapkracht"], WEEK, very_positive=0.95)["Trapkracht"].current.very_positive == 0


def test_share_of_voice_sums_to_one(seeded: Store, mode: str) -> None:
    voice = share_of_voice(seeded, BRANDS, WEEK)
    assert voice == {"Trapkracht": 5 / 8, "Velora": 3 / 8, "Spaakwiel": 0.0}
    assert sum(voice.values()) == pytest.approx(1.0)
    assert share_of_voice(seeded, ["Velora"], WEEK) == {"Velora": 1.0}
    empty = Period.days(date(2025, 1, 1), date(2025, 1, 7), AMS)
    assert share_of_voice(seeded, BRANDS, empty) == dict.fromkeys(BRANDS, 0.0)


def test_breakdown_by_source_and_language(seeded: Store, mode: str) -> None:
    sources = [(r.key, r.volume, r.negative, r.positive, r.share, r.net_sentiment) for r in breakdown(seeded, "Trapkracht", WEEK, "source")]
    assert sources == [("app", 2, 1, 1, 0.4, 0.0), ("forum", 2, 2, 0, 0.4, -100.0), ("news", 1, 0, 0, 0.2, 0.0)]
    languages = [(r.key, r.volume, r.net_sentiment) for r in breakdown(seeded, "Trapkracht", WEEK, "language")]
    assert languages == [("nl", 3, pytest.approx(-100 / 3)), (None, 1, 0.0), ("en", 1, -100.0)]
    with pytest.raises(ValueError, match="by must be"):
        breakdown(seeded, "Trapkracht", WEEK, "topic")  # type: ignore[arg-type]
