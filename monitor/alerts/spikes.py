"""Detection: a pure function from one scope's series to its incidents. No store, no clock.

Each metric is tested over a few window lengths ending at every bucket: the window's count (or
share) against the same window in each of the preceding weeks, so hour of day and weekday are
built in (a busy Monday is compared with earlier Mondays). A window is anomalous when its tail
probability is below `p_value` and it is large enough to matter (minimum volume and ratio).
Anomalous buckets within `cooldown_hours` of each other are one incident; its span runs from the
first to the last bucket of the run with the largest excess inside each anomalous window.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

import numpy as np

from monitor.alerts import stats
from monitor.alerts.config import AlertsConfig
from monitor.analytics.series import Bucket

BucketKind = Literal["hour", "day"]
METRICS = ("negative_count", "negative_share", "positive_share")
# Hours are for catching a fast rise early; shares over a few hours are too noisy to judge.
HOURLY_METRICS = ("negative_count",)


@dataclass(frozen=True)
class Series:
    """Counts per bucket for one scope; buckets before `data_from` predate the data (unknown, not zero)."""

    bucket: BucketKind
    starts: tuple[datetime, ...]
    ends: tuple[datetime, ...]
    negative: np.ndarray
    positive: np.ndarray
    labelled: np.ndarray
    data_from: int = 0

    @classmethod
    def from_buckets(cls, buckets: Sequence[Bucket], bucket: BucketKind, data_since: datetime | None = None) -> "Series":
        first = 0
        if data_since is not None:
            first = next((i for i, b in enumerate(buckets) if b.end > data_since), len(buckets))
        return cls(
            bucket,
            tuple(b.start for b in buckets),
            tuple(b.end for b in buckets),
            np.array([b.negative for b in buckets], dtype=float),
            np.array([b.positive for b in buckets], dtype=float),
            np.array([b.labelled for b in buckets], dtype=float),
            first,
        )

    @property
    def period(self) -> int:
        return 168 if self.bucket == "hour" else 7

    @property
    def hours(self) -> int:
        return 1 if self.bucket == "hour" else 24


@dataclass(frozen=True)
class Incident:
    metric: str
    bucket: BucketKind
    start: datetime
    end: datetime  # end of its last bucket (exclusive)
    observed: float  # count, or share in 0..1 for the share metrics, over [start, end)
    expected: float
    score: float  # -log10 p of the most anomalous window
    window: int  # its length in buckets
    detected_at: datetime  # end of the bucket at which the incident opened
    count: int  # the mentions behind `observed`: negatives, or positives for positive_share
    volume: int  # labelled mentions in [start, end)

    @property
    def ratio(self) -> float:
        return self.observed / self.expected if self.expected > 0 else math.inf


@dataclass(frozen=True)
class _Eval:
    p: np.ndarray  # tail probability, 1 where the window may not alert
    observed: np.ndarray
    expected: np.ndarray


def evaluate(series: Series, metric: str, length: int, cfg: AlertsConfig, guarded: bool = True) -> _Eval:
    """Tail probability of the window of `length` buckets ending at each bucket.

    The exact tail is computed only where the window is big enough to alert (the beta-binomial
    is slow for thousands of mentions); `guarded=False` skips it and gives observed and expected only.
    """
    neg = stats.window_sums(series.negative, length)
    vol = stats.window_sums(series.labelled, length)
    weekly = lambda values: stats.weekly_matrix(values, series.period, cfg.baseline_weeks, series.data_from, length)  # noqa: E731
    complete = np.arange(len(neg)) >= series.data_from + length - 1
    p = np.ones(len(neg))
    if metric == "negative_count":
        base = stats.count_baseline(weekly(neg), cfg.min_baseline_weeks)
        observed, expected, weeks = neg, base.mean, base.weeks
        big = (neg >= cfg.min_negative) & (neg >= cfg.min_ratio * expected)
        tail = lambda idx: stats.count_upper_tail(neg[idx], base, idx)  # noqa: E731
    else:
        upper = metric == "negative_share"
        hits = neg if upper else stats.window_sums(series.positive, length)
        sbase = stats.share_baseline(weekly(hits), weekly(vol), cfg.min_baseline_weeks, upper)
        weeks, expected = sbase.weeks, sbase.share
        with np.errstate(all="ignore"):
            observed = np.where(vol > 0, hits / np.maximum(vol, 1), 0.0)
        if upper:
            big = (vol >= cfg.min_volume) & (hits >= cfg.min_negative) & (observed >= cfg.min_ratio * expected)
        else:
            big = (vol >= cfg.min_volume) & (vol * expected >= cfg.min_negative) & (observed <= (1 - cfg.min_drop) * expected)
        tail = lambda idx: stats.share_tail(hits[idx], vol[idx], sbase, upper, idx)  # noqa: E731
    allowed = complete & (weeks >= cfg.min_baseline_weeks) & big
    if guarded and allowed.any():
        idx = np.flatnonzero(allowed)
        p[idx] = tail(idx)
    return _Eval(p, observed, expected)


def detect(series: Series, cfg: AlertsConfig, since: datetime | None = None) -> list[Incident]:
    """Incidents of every metric in one scope's series, evaluated at buckets ending after `since`."""
    first = 0 if since is None else next((i for i, e in enumerate(series.ends) if e > since), len(series.ends))
    lengths = cfg.hour_windows if series.bucket == "hour" else cfg.day_windows
    found: list[Incident] = []
    for metric in HOURLY_METRICS if series.bucket == "hour" else METRICS:
        evals = {n: evaluate(series, metric, n, cfg) for n in sorted(set(lengths))}
        single = evaluate(series, metric, 1, cfg, guarded=False)
        found += _incidents(series, metric, evals, single, cfg, first)
    return found


def _incidents(series: Series, metric: str, evals: dict[int, _Eval], single: _Eval, cfg: AlertsConfig,
               first: int) -> list[Incident]:
    lengths = list(evals)
    p = np.stack([evals[n].p for n in lengths])  # [window, bucket]
    # `p_value` is per day of window: a 3-hour window, tested every hour, makes eight times as many
    # independent tests a quarter as a day-long one, so it must be eight times as sure.
    alpha = cfg.p_value * np.array([n * series.hours / 24 for n in lengths])[:, None]
    best = np.argmin(p / alpha, axis=0)
    anomalous = p <= alpha
    flagged = anomalous.any(axis=0)
    persistence = cfg.persistence_hours if series.bucket == "hour" else 1
    # Persistence guards against a blip in a short window; a window at least that long already
    # spans the blip, and asking it to stay anomalous for hours more only delays (or loses) a spike.
    long_window = np.array([n * series.hours >= persistence for n in lengths])
    sustained = anomalous[long_window].any(axis=0) if long_window.any() else np.zeros_like(flagged)
    cooldown = math.ceil(cfg.cooldown_hours / series.hours)
    groups: list[list[int]] = []
    opened: list[int] = []  # the bucket at which each incident opened
    run = 0
    for t in range(first, len(flagged)):
        run = run + 1 if flagged[t] else 0
        if not flagged[t]:
            continue
        if groups and t - groups[-1][-1] <= cooldown:
            groups[-1].append(t)
        elif run >= persistence or sustained[t]:
            groups.append(list(range(t - run + 1, t + 1)))
            opened.append(t)
    return [_incident(series, metric, g, [lengths[best[t]] for t in g], p.min(axis=0), single, o)
            for g, o in zip(groups, opened)]


def _excess(series: Series, metric: str, single: _Eval) -> np.ndarray:
    """Each bucket's excess over its own baseline, in mentions, in the direction the metric alerts,
    less one standard deviation: a bucket merely at the top of its usual range is not the incident."""
    if metric == "negative_count":
        return single.observed - single.expected - np.sqrt(np.maximum(single.expected, 0.0))
    sign = 1.0 if metric == "negative_share" else -1.0
    p, n = single.expected, series.labelled
    return sign * (single.observed - p) * n - np.sqrt(np.maximum(n * p * (1 - p), 0.0))


def _densest(excess: np.ndarray, lo: int, hi: int) -> tuple[int, int]:
    """The run of buckets in [lo, hi] with the largest total excess (Kadane): where the window's anomaly lies."""
    best, best_span, run, run_start = -np.inf, (hi, hi), 0.0, lo
    for b in range(lo, hi + 1):
        if run <= 0:
            run, run_start = 0.0, b
        run += excess[b]
        if run > best:
            best, best_span = run, (run_start, b)
    return best_span


def _incident(series: Series, metric: str, flagged: list[int], lengths: list[int], p: np.ndarray, single: _Eval,
              opened: int) -> Incident:
    excess = _excess(series, metric, single)
    lo, hi = len(excess), -1
    for t, n in zip(flagged, lengths):
        a, b = _densest(excess, max(t - n + 1, 0), t)
        lo, hi = min(lo, a), max(hi, b)
    span = slice(lo, hi + 1)
    neg, pos, vol = series.negative[span].sum(), series.positive[span].sum(), series.labelled[span].sum()
    expected_each = single.expected[span]
    if metric == "negative_count":
        observed, expected, count = float(neg), float(expected_each.sum()), int(neg)
    else:
        hits = neg if metric == "negative_share" else pos
        weights = series.labelled[span]
        observed = float(hits / vol) if vol else 0.0
        expected = float((expected_each * weights).sum() / weights.sum()) if weights.sum() else float(expected_each.mean())
        count = int(hits)
    peak = max(flagged, key=lambda t: -p[t])
    return Incident(
        metric=metric, bucket=series.bucket, start=series.starts[lo], end=series.ends[hi],
        observed=observed, expected=expected, score=float(stats.score_of(p[peak])),
        window=lengths[flagged.index(peak)], detected_at=series.ends[opened],
        count=count, volume=int(vol),
    )

