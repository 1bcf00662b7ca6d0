"""More negative mentions than usual: the seasonal count test of `monitor.alerts.stats`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from monitor.alerts import stats
from monitor.alerts.metrics import register
from monitor.alerts.metrics.base import Evaluation, Metric

if TYPE_CHECKING:
    from monitor.alerts.config import AlertsConfig
    from monitor.alerts.spikes import Series


class NegativeCount(Metric):
    name = "negative_count"
    label = "negative mentions"
    unit = "mentions"
    rank = 0
    hourly = True

    def evaluate(self, series: "Series", length: int, cfg: "AlertsConfig", first: int = 0) -> Evaluation:
        test = stats.seasonal_count(series.negative, length, series.period, series.periods(cfg),
                                    series.history(cfg), series.data_from, cfg.sigma, first)
        # `p_value` is per day of window: a 3-hour window, tested every hour, makes eight times as
        # many tests a quarter as a day-long one, so its Poisson guard must be eight times as sure.
        alpha = cfg.p_value * length * series.hours / 24
        with np.errstate(invalid="ignore"):
            anomalous = ((test.z >= test.threshold) & (test.poisson_p <= alpha)
                         & (test.observed >= cfg.min_negative) & (test.observed >= cfg.min_ratio * test.expected))
        anomalous = np.nan_to_num(anomalous, nan=False).astype(bool)
        score = np.where(anomalous, stats.score_of(test.p_value()), 0.0)
        return Evaluation(anomalous, score, np.nan_to_num(test.observed), np.nan_to_num(test.expected))

    def excess(self, series: "Series", single: Evaluation) -> np.ndarray:
        return single.observed - single.expected - np.sqrt(np.maximum(single.expected, 0.0))

    def summarize(self, series: "Series", span: slice, single: Evaluation) -> tuple[float, float, int]:
        negative = float(series.negative[span].sum())
        return negative, float(single.expected[span].sum()), int(negative)


register(NegativeCount())
