"""Detection replayed hour by hour through a real store: alerts from the first days, never retroactive."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest

from monitor.alerts import metrics
from monitor.alerts.config import AlertsConfig
from monitor.alerts.replay import HourlyCounts, replay
from monitor.alerts.spikes import Series
from monitor.storage.store import Store
from tests.alerts.helpers import config

START = datetime(2026, 3, 2, tzinfo=timezone.utc)  # a Monday, midnight
HOUR = timedelta(hours=1)


def diurnal(days: int, peak: float, seed: int) -> np.ndarray:
    """Poisson counts per hour with a day-night cycle: quiet nights, busy afternoons."""
    hours = np.arange(days * 24)
    rate = peak * (0.25 + 0.75 * np.clip(np.sin((hours % 24 - 6) / 24 * 2 * np.pi), 0, None))
    return np.random.default_rng(seed).poisson(rate).astype(float)


def test_a_fresh_scope_alerts_on_a_spike_on_its_third_day(tmp_path: Path) -> None:
    counts = diurnal(3, 6.0, seed=1)
    spike = 2 * 24 + 13  # day 3, 13:00
    counts[spike:spike + 4] += 25  # an afternoon's complaints about one thing
    source = HourlyCounts("Trapkracht", START, counts)
    opened = replay(Store(f"sqlite:///{tmp_path / 'a.db'}"), config(tmp_path / "a.db"), source)
    assert len(opened) == 1, [(o.at, o.alert.metric) for o in opened]
    (first,) = opened
    assert START + spike * HOUR < first.at <= START + (spike + 6) * HOUR
    assert first.alert.started_at <= START + (spike + 1) * HOUR
    assert first.alert.observed >= 50


def test_a_fresh_scope_says_nothing_on_ordinary_days(tmp_path: Path) -> None:
    counts = diurnal(4, 6.0, seed=2)
    opened = replay(Store(f"sqlite:///{tmp_path / 'a.db'}"), config(tmp_path / "a.db"),
                    HourlyCounts("Trapkracht", START, counts))
    assert opened == []


def spiky(days: int, seed: int) -> np.ndarray:
    counts = diurnal(days, 8.0, seed)
    rng = np.random.default_rng(seed + 100)
    for at in rng.choice(np.arange(3 * 24, days * 24 - 6), size=6, replace=False):
        counts[at:at + int(rng.integers(1, 30))] *= float(rng.uniform(2, 8))
    return np.round(counts)


def test_no_alert_opens_later_than_its_window_and_persistence_allow(tmp_path: Path) -> None:
    cfg = config(tmp_path / "a.db")
    opened = replay(Store(f"sqlite:///{tmp_path / 'a.db'}"), cfg, HourlyCounts("Trapkracht", START, spiky(16, 3)))
    assert opened, "the spikes open alerts"
    a = cfg.alerts
    for o in opened:
        if o.alert.bucket == "hour":
            late = timedelta(hours=max(a.hour_windows) + a.persistence_hours)
        else:  # a day is judged as it goes: at the latest when it ends, or within the window's days
            late = timedelta(days=max(a.day_windows))
        assert o.at - o.alert.started_at <= late, (o.at, o.alert.started_at, o.alert.metric, o.alert.bucket)


@pytest.mark.parametrize(("name", "bucket"), [(m.name, b) for m in metrics.ordered() for b in ("hour", "day")
                                               if b == "day" or m.hourly])
def test_a_bucket_judged_once_is_judged_the_same_later(name: str, bucket: str) -> None:
    """Every metric's verdict on a bucket uses earlier buckets only: more data never flips it."""
    metric = metrics.get(name)
    rng = np.random.default_rng(5)
    n = 60 * 24 if bucket == "hour" else 120
    labelled = rng.poisson(40 if bucket == "day" else 4, n).astype(float)
    negative = np.round(labelled * rng.uniform(0.1, 0.6, n))
    positive = np.round((labelled - negative) * rng.uniform(0.2, 0.9, n))
    step = HOUR if bucket == "hour" else timedelta(days=1)
    starts = tuple(START + i * step for i in range(n))
    full = Series(bucket, starts, tuple(s + step for s in starts), negative, positive, labelled)
    cfg = AlertsConfig()
    lengths = cfg.hour_windows if bucket == "hour" else cfg.day_windows
    for cut in (n // 3, n // 2, n - 7):
        prefix = Series(bucket, starts[:cut], full.ends[:cut], negative[:cut], positive[:cut], labelled[:cut])
        for length in lengths:
            early, late = metric.evaluate(prefix, length, cfg), metric.evaluate(full, length, cfg)
            assert np.array_equal(early.anomalous, late.anomalous[:cut])
            assert np.allclose(early.expected, late.expected[:cut], equal_nan=True)
            assert np.allclose(early.score, late.score[:cut], equal_nan=True)
