"""The pure detection on hand-made series: spike, no spike, low volume, weekly pattern, persistence."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

from monitor.alerts.config import AlertsConfig
from monitor.alerts.merge import combine
from monitor.alerts.spikes import Series, detect

START = datetime(2026, 8, 3, tzinfo=timezone.utc)  # a Monday
DAYS = 77  # 11 weeks
CFG = AlertsConfig()


def daily(negative: np.ndarray, labelled: np.ndarray | None = None, positive: np.ndarray | None = None) -> Series:
    n = len(negative)
    starts = tuple(START + timedelta(days=i) for i in range(n))
    labelled = negative * 3 if labelled is None else labelled
    positive = (labelled - negative) / 2 if positive is None else positive
    return Series("day", starts, tuple(s + timedelta(days=1) for s in starts), negative.astype(float),
                  positive.astype(float), labelled.astype(float))


def noisy(rate: float | np.ndarray, seed: int = 1) -> np.ndarray:
    return np.random.default_rng(seed).poisson(np.broadcast_to(rate, (DAYS,))).astype(float)


def last_weeks(series: Series, weeks: int = 3) -> datetime:
    return series.ends[-1] - timedelta(weeks=weeks)


def test_a_day_at_four_times_the_usual_negatives_is_one_incident_on_that_day() -> None:
    negative = noisy(10.0)
    negative[70] = 40
    series = daily(negative)
    (incident,) = [i for i in detect(series, CFG, last_weeks(series)) if i.metric == "negative_count"]
    assert incident.start <= series.starts[70] < incident.end
    assert incident.observed >= 40 and 8 < incident.expected / (incident.end - incident.start).days < 13
    assert incident.score > 3


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_ordinary_noise_raises_nothing(seed: int) -> None:
    series = daily(noisy(10.0, seed))
    assert detect(series, CFG, last_weeks(series)) == []


def test_a_small_brand_is_not_flagged_on_noise() -> None:
    """Three negatives where 0.2 a day is usual is a 15-fold ratio, but too few mentions to call."""
    negative = noisy(0.2)
    negative[70] = 3
    series = daily(negative)
    assert [i for i in detect(series, CFG, last_weeks(series)) if i.metric == "negative_count"] == []


def test_a_busy_monday_is_not_a_spike_but_the_same_count_on_a_tuesday_is() -> None:
    weekday = np.arange(DAYS) % 7
    rate = np.where(weekday == 0, 40.0, 10.0)
    negative = noisy(rate, 3)
    negative[70] = 42  # day 70 is a Monday
    series = daily(negative)
    assert series.starts[70].weekday() == 0
    assert detect(series, CFG, last_weeks(series)) == []
    negative[71] = 42  # and the Tuesday after it
    tuesday = [i for i in detect(daily(negative), CFG, last_weeks(series)) if i.metric == "negative_count"]
    assert len(tuesday) == 1 and tuesday[0].start == series.starts[71]


def test_a_week_long_incident_is_one_incident_spanning_it() -> None:
    negative = noisy(10.0, 4)
    negative[66:73] = noisy(30.0, 9)[:7]
    series = daily(negative)
    incidents = [i for i in detect(series, CFG, last_weeks(series)) if i.metric == "negative_count"]
    assert len(incidents) == 1
    assert incidents[0].start == series.starts[66]
    # It may take in the next day when that one happens to run above its own baseline too.
    assert series.ends[72] <= incidents[0].end <= series.ends[73]


@pytest.mark.parametrize(("gap_days", "expected"), [(1, 1), (8, 2)])
def test_a_second_spike_within_the_cooldown_continues_the_first(gap_days: int, expected: int) -> None:
    negative = noisy(10.0, 5)
    negative[62] = 45
    negative[62 + gap_days + 1] = 45
    series = daily(negative)
    found = combine(detect(series, CFG, last_weeks(series)), timedelta(hours=CFG.cooldown_hours))
    assert len(found) == expected


def test_a_sharp_drop_in_positive_share_is_an_incident() -> None:
    labelled = noisy(60.0, 6)
    negative = np.round(labelled * 0.2)
    positive = np.round(labelled * 0.5)
    positive[70:72] = np.round(labelled[70:72] * 0.1)  # the praise stops, complaints do not rise
    series = daily(negative, labelled, positive)
    found = detect(series, CFG, last_weeks(series))
    assert [i.metric for i in found] == ["positive_share"]
    assert found[0].observed < 0.2 < 0.4 < found[0].expected


def test_the_hourly_series_sees_a_spike_within_hours() -> None:
    hours = DAYS * 24
    rng = np.random.default_rng(8)
    rate = np.full(hours, 30 / 24)
    rate[-30:-24] *= 6  # six busy hours, a day ago
    negative = rng.poisson(rate).astype(float)
    starts = tuple(START + timedelta(hours=i) for i in range(hours))
    series = Series("hour", starts, tuple(s + timedelta(hours=1) for s in starts), negative, negative, negative * 3)
    (incident,) = detect(series, CFG, series.ends[-1] - timedelta(weeks=2))
    spike_start = starts[-30]
    assert spike_start - timedelta(hours=2) <= incident.start <= spike_start + timedelta(hours=2)
    assert incident.detected_at - spike_start <= timedelta(hours=6)


def test_history_before_the_data_starts_is_unknown_not_quiet() -> None:
    """A brand first seen three weeks ago has no baseline yet: its first weeks are not a spike."""
    negative = noisy(10.0, 7)
    negative[:56] = 0
    series = daily(negative)
    assert detect(series, CFG, last_weeks(series)) != []  # read as zeros, the data's start looks like a spike
    known = Series(series.bucket, series.starts, series.ends, series.negative, series.positive, series.labelled,
                   data_from=56)
    assert detect(known, CFG, last_weeks(series)) == []


def test_row_medians_are_numpys_nanmedian_without_its_row_loop() -> None:
    from monitor.alerts.stats import row_medians

    rng = np.random.default_rng(1)
    matrix = rng.normal(size=(300, 14))
    matrix[rng.random(matrix.shape) < 0.4] = np.nan
    matrix[3] = np.nan
    with np.errstate(all="ignore"), pytest.warns(RuntimeWarning):
        expected = np.nanmedian(matrix, axis=1)
    assert np.allclose(row_medians(matrix), expected, equal_nan=True)
