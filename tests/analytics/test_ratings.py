"""Average stars on a 5-star scale, their trend, and texts that contradict their stars."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analytics.period import Period
from monitor.analytics.ratings import rating_contradictions, rating_summary, rating_trend
from monitor.storage.store import Store
from tests.analytics.conftest import AMS, M, at, seed

WEEK = Period.days(date(2026, 11, 16), date(2026, 11, 22), AMS)


@pytest.fixture
def seeded(store: Store) -> list[int]:
    return seed(store, [
        M(at(2026, 11, 16, 10), "positive", source="app", rating=1, rating_max=5),  # 1 star, positive text
        M(at(2026, 11, 16, 12), "negative", source="app", rating=5, rating_max=5),  # 5 stars, negative text
        M(at(2026, 11, 18, 9), "positive", source="app", rating=4),  # no scale given: out of 5
        M(at(2026, 11, 20, 9), "neutral", source="trustpilot", rating=8, rating_max=10),  # 4 stars
        M(at(2026, 11, 20, 10), "negative", source="trustpilot", rating=4, rating_max=10),  # 2 stars, agrees
        M(at(2026, 11, 19, 9), "negative", source="forum"),  # no rating
        M(at(2026, 11, 12, 9), "neutral", source="app", rating=2, rating_max=5),  # the week before
        M(at(2026, 11, 17, 9), "positive", brand="Velora", source="app", rating=1, rating_max=5),
    ])


def test_summary_normalizes_to_five_stars(store: Store, seeded: list[int], mode: str) -> None:
    summary = rating_summary(store, "Trapkracht", WEEK)
    assert (summary.rated, summary.average_stars, summary.contradictions) == (5, pytest.approx(16 / 5), 2)
    assert (summary.previous_rated, summary.previous_average_stars) == (1, 2.0)
    assert summary.average_delta == pytest.approx(1.2)
    assert [(s.source, s.rated, s.average_stars) for s in summary.by_source] == [("app", 3, pytest.approx(10 / 3)), ("trustpilot", 2, 3.0)]


def test_trend_per_day_and_week(store: Store, seeded: list[int], mode: str) -> None:
    days = rating_trend(store, "Trapkracht", WEEK, "day")
    assert [p.start.date().day for p in days] == [16, 17, 18, 19, 20, 21, 22]
    assert [p.average_stars for p in days] == [3.0, None, 4.0, None, 3.0, None, None]
    assert days[-1].end == at(2026, 11, 23)
    (week,) = rating_trend(store, "Trapkracht", WEEK, "week")
    assert (week.rated, week.average_stars, week.end) == (5, pytest.approx(3.2), at(2026, 11, 23))


def test_contradictions_newest_first(store: Store, seeded: list[int]) -> None:
    found = rating_contradictions(store, "Trapkracht", WEEK)
    assert [c.mention_id for c in found] == [seeded[1], seeded[0]]
    assert [(c.stars, c.sentiment, c.kind) for c in found] == [
        (5.0, "negative", "high stars, negative text"), (1.0, "positive", "low stars, positive text")]
    assert [c.mention_id for c in rating_contradictions(store, "Trapkracht", WEEK, limit=1)] == [seeded[1]]
    assert rating_contradictions(store, "Trapkracht", WEEK.previous()) == []
