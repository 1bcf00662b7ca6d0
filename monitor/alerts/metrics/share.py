"""What the share metrics have in common: a beta-binomial on a share of the labelled mentions."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import numpy as np

from monitor.alerts import stats
from monitor.alerts.metrics.base import Evaluation, Metric

if TYPE_CHECKING:
    from monitor.alerts.config import AlertsConfig
    from monitor.alerts.spikes import Series


class ShareMetric(Metric):
    unit = "share"
    upper: ClassVar[bool]  # True: alerts when the share rises; False: when it falls

    def hits(self, series: "Series") -> np.ndarray:
        raise NotImplementedError

    def big_enough(self, hits: np.ndarray, volume: np.ndarray, observed: np.ndarray, expected: np.ndarray,
                   cfg: "AlertsConfig") -> np.ndarray:
        raise NotImplementedError

    def evaluate(self, series: "Series", length: int, cfg: "AlertsConfig", first: int = 0) -> Evaluation:
        hits = stats.window_sums(self.hits(series), length)
        volume = stats.window_sums(series.labelled, length)
        base = stats.share_baseline(self.hits(series), series.labelled, length, series.history(cfg),
                                    series.data_from, self.upper)
        with np.errstate(all="ignore"):
            observed = np.where(volume > 0, hits / np.maximum(volume, 1), 0.0)
        complete = np.arange(len(hits)) >= series.data_from + length - 1
        tested = complete & (base.days >= 2) & self.big_enough(hits, volume, observed, base.share, cfg)
        p = np.ones(len(hits))
        if tested.any():
            idx = np.flatnonzero(tested)
            p[idx] = stats.share_tail(hits[idx], volume[idx], base, self.upper, idx)
        alpha = cfg.p_value * length * series.hours / 24
        anomalous = tested & (p <= alpha)
        return Evaluation(anomalous, np.where(anomalous, stats.score_of(p), 0.0), observed, base.share)

    def excess(self, series: "Series", single: Evaluation) -> np.ndarray:
        sign = 1.0 if self.upper else -1.0
        p, n = single.expected, series.labelled
        return sign * (single.observed - p) * n - np.sqrt(np.maximum(n * p * (1 - p), 0.0))

    def summarize(self, series: "Series", span: slice, single: Evaluation) -> tuple[float, float, int]:
        hits, weights = self.hits(series)[span].sum(), series.labelled[span]
        volume = weights.sum()
        observed = float(hits / volume) if volume else 0.0
        expected = float((single.expected[span] * weights).sum() / volume) if volume else float(single.expected[span].mean())
        return observed, expected, int(hits)

    def incident_excess(self, observed: float, expected: float, volume: int) -> float:
        return abs(observed - expected) * volume
