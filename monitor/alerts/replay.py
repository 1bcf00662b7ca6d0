"""Replaying a count series through detection as the watch loop would: hour by hour, only the past visible.

`HourlyCounts` is a `SeriesSource` over an array of hourly negative counts for one brand: at its
`now` it shows the hours that have ended and the days counted so far, as the store would. `replay`
runs `detect_alerts` at the end of every hour against a real store and returns when each alert
opened. The alert benchmark (benchmarks/alert_real.py) and the detection tests use it; it is
also how a threshold change can be tried on a brand's own history before it goes live.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

import numpy as np

from monitor.alerts.detect import detect_alerts
from monitor.alerts.store import Alert
from monitor.analytics.series import Bucket, Scope
from monitor.config import Config
from monitor.storage.store import Store

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


class HourlyCounts:
    """The series a scan sees at `now` of one brand whose negative mentions per hour are `counts`."""

    def __init__(self, brand: str, start: datetime, counts: np.ndarray) -> None:
        self.brand, self.start, self.counts = brand, start, np.asarray(counts, dtype=float)
        self.now = start
        self._cum = np.concatenate([[0.0], np.cumsum(self.counts)])
        # Whole hours never change as the replay moves on: made once, sliced per scan.
        self._hours = [Bucket(start + i * HOUR, start + (i + 1) * HOUR, negative=int(c), neutral=0)
                       for i, c in enumerate(self.counts)]

    def scopes(self, brands: list[str]) -> list[tuple[str, str | None, Scope]]:
        return [("brand", None, Scope(self.brand))] if self.brand in brands else []

    def first_mentions(self) -> dict[str, datetime]:
        return {self.brand: self.start}

    def _index(self, at: datetime) -> int:
        return int(min(max((at - self.start) // HOUR, 0), len(self.counts)))

    def series(self, scope: Scope, start: datetime, end: datetime, size: str, zone: tzinfo,
               very_positive: float) -> list[Bucket]:
        start = start.astimezone(zone).replace(minute=0, second=0, microsecond=0)
        end = min(end, self.now)
        if size == "hour":
            before = [Bucket(start + i * HOUR, start + (i + 1) * HOUR) for i in range(max((self.start - start) // HOUR, 0))]
            return before + self._hours[self._index(start):self._index(end)]
        day, out = start.replace(hour=0), []
        while day < end:
            lo, hi = self._index(day), self._index(min(day + DAY, end))
            out.append(Bucket(day, day + DAY, negative=int(round(self._cum[max(hi, lo)] - self._cum[lo]))))
            day += DAY
        return out


@dataclass(frozen=True)
class Opening:
    at: datetime  # the scan that first stored the alert
    alert: Alert


def replay(store: Store, config: Config, source: HourlyCounts, hours: int | None = None) -> list[Opening]:
    """Run detection at the end of each of the first `hours` hours (all by default); the alerts as they open."""
    opened: list[Opening] = []
    for i in range(1, (len(source.counts) if hours is None else hours) + 1):
        source.now = source.start + i * HOUR
        opened += [Opening(source.now, a) for a in detect_alerts(store, config, source.now, source=source)
                   if a.change == "new"]
    return opened
