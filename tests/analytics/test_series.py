"""Daily and weekly series in local days, across both DST changes, from the rollups and from the rows."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from monitor.analytics.series import Bucket, Scope, _from_hours, _next, bucket_starts, sentiment_series
from monitor.storage.store import Store
from tests.analytics.conftest import AMS, M, at, seed

UTC = timezone.utc


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def counts(buckets: list[Bucket]) -> list[tuple[object, ...]]:
    return [(b.start, b.negative, b.neutral, b.positive, b.very_positive, b.unlabelled) for b in buckets]


@pytest.fixture
def autumn(store: Store) -> Store:
    seed(store, [
        M(utc(2026, 10, 24, 21, 30), "negative"),  # 23:30 summer time: 24 October
        M(utc(2026, 10, 24, 22, 30), "negative", topics=[("delivery", "negative", -0.9)]),  # 00:30 on the 25th
        M(utc(2026, 10, 25, 22, 30), "positive", 0.9, topics=[("delivery", "positive", 0.8)]),  # 23:30 winter time: still the 25th
        M(utc(2026, 10, 25, 23, 30), "neutral", source="app"),  # 00:30 on the 26th
        M(utc(2026, 10, 26, 10), None),  # not labelled yet
        M(utc(2026, 10, 25, 12), "positive", brand="Velora"),
    ])
    return store


def test_daily_buckets_follow_local_days_when_summer_time_ends(autumn: Store, mode: str) -> None:
    days = sentiment_series(autumn, Scope(brand="Trapkracht"), at(2026, 10, 24), at(2026, 10, 27), "day", AMS)
    assert counts(days) == [(at(2026, 10, 24), 1, 0, 0, 0, 0), (at(2026, 10, 25), 1, 0, 1, 1, 0), (at(2026, 10, 26), 0, 1, 0, 0, 1)]
    assert days[1].end.astimezone(UTC) - days[1].start.astimezone(UTC) == timedelta(hours=25)
    assert [b.total for b in days] == [1, 2, 2]


def test_weeks_start_on_monday(autumn: Store, mode: str) -> None:
    weeks = sentiment_series(autumn, Scope(brand="Trapkracht"), at(2026, 10, 24), at(2026, 10, 27), "week", AMS)
    assert counts(weeks) == [(at(2026, 10, 19), 2, 0, 1, 1, 0), (at(2026, 10, 26), 0, 1, 0, 0, 1)]


def test_scopes_narrow_the_series(autumn: Store, mode: str) -> None:
    def total(scope: Scope) -> list[int]:
        return [b.total for b in sentiment_series(autumn, scope, at(2026, 10, 24), at(2026, 10, 27), "day", AMS)]

    assert total(Scope()) == [1, 3, 2]
    assert total(Scope(brand="Trapkracht", source="app")) == [0, 0, 1]
    assert total(Scope(brand="Velora")) == [0, 1, 0]
    topic = sentiment_series(autumn, Scope(brand="Trapkracht", topic="delivery"), at(2026, 10, 24), at(2026, 10, 27), "day", AMS)
    assert counts(topic)[1] == (at(2026, 10, 25), 1, 0, 1, 1, 0), "a topic counts with its own sentiment"


def test_day_path_equals_hours_folded_into_days(autumn: Store, mode: str) -> None:
    for scope in (Scope(), Scope(brand="Trapkracht"), Scope(brand="Trapkracht", topic="delivery"), Scope(language="nl")):
        for size in ("day", "week"):
            starts = bucket_starts(at(2026, 10, 20), at(2026, 11, 2), size, AMS)
            folded = _from_hours(autumn, scope, [Bucket(s, _next(s, size, AMS)) for s in starts], size, AMS, 0.6)
            assert counts(sentiment_series(autumn, scope, at(2026, 10, 20), at(2026, 11, 2), size, AMS)) == counts(folded)


def test_spring_day_has_23_hours_and_its_own_mentions(store: Store, mode: str) -> None:
    seed(store, [M(utc(2026, 3, 28, 23, 30), "negative"), M(utc(2026, 3, 29, 21, 30), "positive"),
                 M(utc(2026, 3, 29, 22, 30), "neutral")])
    days = sentiment_series(store, Scope(), at(2026, 3, 29), at(2026, 3, 31), "day", AMS)
    assert counts(days) == [(at(2026, 3, 29), 1, 0, 1, 0, 0), (at(2026, 3, 30), 0, 1, 0, 0, 0)]
    assert days[0].end.astimezone(UTC) - days[0].start.astimezone(UTC) == timedelta(hours=23)


def test_hourly_buckets_count_the_repeated_hour_twice(autumn: Store) -> None:
    hours = sentiment_series(autumn, Scope(), at(2026, 10, 25), at(2026, 10, 26), "hour", AMS)
    assert len(hours) == 25
    assert sum(b.total for b in hours) == 3
    assert hours[0].negative == 1 and hours[-1].positive == 1


def test_naive_bounds_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        sentiment_series(store, Scope(), datetime(2026, 1, 1), datetime(2026, 1, 2), "day", AMS)
