"""Detection: a pure function from one scope's series to its incidents. No store, no clock.

Each registered metric (monitor/alerts/metrics/) is tested over a few window lengths ending at
every bucket, from earlier buckets only, so a bucket's verdict never changes once it is judged.
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

from monitor.alerts import metrics
from monitor.alerts.config import AlertsConfig
from monitor.alerts.metrics import Evaluation, Metric
from monitor.analytics.series import Bucket

BucketKind = Literal["hour", "day"]


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
        """Buckets in one cycle of the pattern a bucket is compared within: a day of hours, a week of days."""
        return 24 if self.bucket == "hour" else 7

    @property
    def hours(self) -> int:
        return 1 if self.bucket == "hour" else 24

    def periods(self, cfg: AlertsConfig) -> int:
        return cfg.same_hour_days if self.bucket == "hour" else cfg.baseline_weeks

    def history(self, cfg: AlertsConfig) -> int:
        """Buckets of past deviations a window is measured against (days: at least the weekday baseline)."""
        return cfg.history_days * 24 if self.bucket == "hour" else max(cfg.history_days, 7 * cfg.baseline_weeks)


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
    def kind(self) -> Metric:
        return metrics.get(self.metric)

    @property
    def ratio(self) -> float:
        """Times the usual in the alerting direction (a positive share that halves: 2)."""
        return self.kind.ratio(self.observed, self.expected)

    @property
    def excess(self) -> float:
        return self.kind.incident_excess(self.observed, self.expected, self.volume)


def detect(series: Series, cfg: AlertsConfig, since: datetime | None = None) -> list[Incident]:
    """Incidents of every metric in one scope's series that open at buckets ending after `since`."""
    first = 0 if since is None else next((i for i, e in enumerate(series.ends) if e > since), len(series.ends))
    lengths = sorted(set(cfg.hour_windows if series.bucket == "hour" else cfg.day_windows))
    persistence = cfg.persistence_hours if series.bucket == "hour" else 1
    # Grouping starts a cooldown before `since` so an incident already open then is continued, not
    # reopened; the buckets before that are not read at all (each bucket's verdict is its own).
    start = max(series.data_from, first - math.ceil(cfg.cooldown_hours / series.hours) - persistence)
    tested = max(start - max(lengths), 0)
    found: list[Incident] = []
    for metric in metrics.ordered():
        if series.bucket == "hour" and not metric.hourly:
            continue
        evals = {n: metric.evaluate(series, n, cfg, tested) for n in lengths}
        single = evals[1] if 1 in evals else metric.evaluate(series, 1, cfg, tested)
        found += _incidents(series, metric, evals, single, cfg, start, first)
    return found


def _incidents(series: Series, metric: Metric, evals: dict[int, Evaluation], single: Evaluation,
               cfg: AlertsConfig, start: int, first: int) -> list[Incident]:
    lengths = list(evals)
    anomalous = np.stack([evals[n].anomalous for n in lengths])  # [window, bucket]
    score = np.stack([evals[n].score for n in lengths])
    best = np.argmax(score, axis=0)
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
    for t in range(start, len(flagged)):
        run = run + 1 if flagged[t] else 0
        if not flagged[t]:
            continue
        if groups and t - groups[-1][-1] <= cooldown:
            groups[-1].append(t)
        elif run >= persistence or sustained[t]:
            groups.append(list(range(t - run + 1, t + 1)))
            opened.append(t)
    top = score.max(axis=0)
    return [_incident(series, metric, g, [lengths[best[t]] for t in g], top, single, o)
            for g, o in zip(groups, opened) if g[-1] >= first]


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


def _incident(series: Series, metric: Metric, flagged: list[int], lengths: list[int], score: np.ndarray,
              single: Evaluation, opened: int) -> Incident:
    excess = metric.excess(series, single)
    lo, hi = len(excess), -1
    for t, n in zip(flagged, lengths):
        a, b = _densest(excess, max(t - n + 1, 0), t)
        lo, hi = min(lo, a), max(hi, b)
    span = slice(lo, hi + 1)
    observed, expected, count = metric.summarize(series, span, single)
    peak = max(flagged, key=lambda t: score[t])
    return Incident(
        metric=metric.name, bucket=series.bucket, start=series.starts[lo], end=series.ends[hi],
        observed=observed, expected=expected, score=float(score[peak]),
        window=lengths[flagged.index(peak)], detected_at=series.ends[opened],
        count=count, volume=int(series.labelled[span].sum()),
    )
