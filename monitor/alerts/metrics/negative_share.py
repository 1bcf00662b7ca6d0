"""A higher share of negative mentions than usual: a shift in tone even when volume is steady."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from monitor.alerts.metrics import register
from monitor.alerts.metrics.share import ShareMetric

if TYPE_CHECKING:
    from monitor.alerts.config import AlertsConfig
    from monitor.alerts.spikes import Series


class NegativeShare(ShareMetric):
    name = "negative_share"
    label = "share of negative mentions"
    rank = 1
    upper = True

    def hits(self, series: "Series") -> np.ndarray:
        return series.negative

    def big_enough(self, hits: np.ndarray, volume: np.ndarray, observed: np.ndarray, expected: np.ndarray,
                   cfg: "AlertsConfig") -> np.ndarray:
        return (volume >= cfg.min_volume) & (hits >= cfg.min_negative) & (observed >= cfg.min_ratio * expected)


register(NegativeShare())
