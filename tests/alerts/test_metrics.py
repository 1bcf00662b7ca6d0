"""The alert metric registry: every metric declares its words and figures, and detection asks the registry."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

from monitor.alerts import metrics
from monitor.alerts.config import AlertsConfig
from monitor.alerts.metrics.base import Evaluation, Metric
from monitor.alerts.spikes import Series, detect


def test_every_metric_declares_its_words_and_a_distinct_rank() -> None:
    found = metrics.ordered()
    assert [m.name for m in found] == ["negative_count", "negative_share", "positive_share"]
    assert len({m.rank for m in found}) == len(found)
    for m in found:
        assert m.label and m.unit in ("mentions", "share")
    assert metrics.get("negative_count").figure(42.0) == "42"
    assert metrics.get("negative_share").figure(0.384) == "38%"
    assert metrics.get("positive_share").ratio(0.2, 0.5) == pytest.approx(2.5)  # a halving is "2.5 times" the fall
    assert metrics.get("negative_count").describe(42, 11.5, "day") == "negative mentions per day: 42 observed, 11.5 expected"


class EveryThirdDay(Metric):
    """A toy metric: flags the window ending on every third bucket (only to show the registry at work)."""

    name, label, unit, rank = "every_third", "toy figure", "mentions", 99

    def evaluate(self, series: Series, length: int, cfg: AlertsConfig, first: int = 0) -> Evaluation:
        flags = np.arange(len(series.negative)) % 3 == 2
        return Evaluation(flags, np.where(flags, 7.0, 0.0), series.negative.copy(), series.negative * 0 + 1)

    def excess(self, series: Series, single: Evaluation) -> np.ndarray:
        return single.observed - single.expected

    def summarize(self, series: Series, span: slice, single: Evaluation) -> tuple[float, float, int]:
        return float(series.negative[span].sum()), 1.0, int(series.negative[span].sum())


@pytest.fixture
def toy() -> Iterator[Metric]:
    metric = metrics.register(EveryThirdDay())
    yield metric
    del metrics.REGISTRY[metric.name]


def test_a_registered_metric_is_detected_without_touching_detection(toy: Metric) -> None:
    start = datetime(2026, 5, 4, tzinfo=timezone.utc)
    n = 10
    starts = tuple(start + timedelta(days=i) for i in range(n))
    quiet = np.full(n, 3.0)
    series = Series("day", starts, tuple(s + timedelta(days=1) for s in starts), quiet, quiet, quiet * 3)
    found = [i for i in detect(series, AlertsConfig(cooldown_hours=0)) if i.metric == toy.name]
    assert [i.start for i in found] == [starts[t] for t in (2, 5, 8)]
    assert found[0].kind is toy and found[0].score == 7.0
