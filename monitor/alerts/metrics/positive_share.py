"""A sharp drop in the share of positive mentions: the praise stops even when complaints do not rise."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from monitor.alerts.metrics import register
from monitor.alerts.metrics.base import times
from monitor.alerts.metrics.share import ShareMetric

if TYPE_CHECKING:
    from monitor.alerts.config import AlertsConfig
    from monitor.alerts.spikes import Series


class PositiveShare(ShareMetric):
    name = "positive_share"
    label = "share of positive mentions"
    rank = 2
    upper = False
    counts_negatives = False

    def hits(self, series: "Series") -> np.ndarray:
        return series.positive

    def big_enough(self, hits: np.ndarray, volume: np.ndarray, observed: np.ndarray, expected: np.ndarray,
                   cfg: "AlertsConfig") -> np.ndarray:
        return (volume >= cfg.min_volume) & (volume * expected >= cfg.min_negative) & (
            observed <= (1 - cfg.min_drop) * expected)

    def ratio(self, observed: float, expected: float) -> float:
        return expected / observed if observed > 0 else math.inf

    def size_words(self, ratio: float) -> str:
        return "no positive mentions left" if math.isinf(ratio) else f"positive share {times(ratio)} below the usual"


register(PositiveShare())
