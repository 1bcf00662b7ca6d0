"""What every alert metric provides: its test, its excess, its figures in words."""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

import numpy as np

if TYPE_CHECKING:  # only for annotations: spikes imports the registry at run time
    from monitor.alerts.config import AlertsConfig
    from monitor.alerts.spikes import Series


@dataclass(frozen=True)
class Evaluation:
    """A metric's verdict on the window of one length ending at each bucket."""

    anomalous: np.ndarray  # bool
    score: np.ndarray  # -log10 p: how sure (0 where untested)
    observed: np.ndarray  # count, or share in 0..1
    expected: np.ndarray


class Metric(ABC):
    name: ClassVar[str]
    label: ClassVar[str]  # "negative mentions", "share of negative mentions"
    unit: ClassVar[str]  # "mentions" or "share"
    rank: ClassVar[int]  # lower is more direct: it leads a merged incident
    hourly: ClassVar[bool] = False  # also tested on the hourly series (shares over hours are too noisy)
    counts_negatives: ClassVar[bool] = True  # its incidents are made of negative mentions (severity counts them)

    @abstractmethod
    def evaluate(self, series: "Series", length: int, cfg: "AlertsConfig", first: int = 0) -> Evaluation:
        """The test of the window of `length` buckets ending at each bucket from `first` on, from earlier
        buckets only (buckets before `first` may be left untested: the scan does not read them)."""

    @abstractmethod
    def excess(self, series: "Series", single: Evaluation) -> np.ndarray:
        """Each bucket's excess in mentions in the alerting direction, less its ordinary spread."""

    @abstractmethod
    def summarize(self, series: "Series", span: slice, single: Evaluation) -> tuple[float, float, int]:
        """(observed, expected, mentions behind observed) over the buckets of `span`."""

    def ratio(self, observed: float, expected: float) -> float:
        """How many times the usual, in the alerting direction."""
        return observed / expected if expected > 0 else math.inf

    def incident_excess(self, observed: float, expected: float, volume: int) -> float:
        """The incident's size in mentions: how a topic or source compares with its rivals."""
        return observed - expected

    def size_words(self, ratio: float) -> str:
        """How big an incident is, in words: '3.5× the usual'."""
        return "far above the usual" if math.isinf(ratio) else f"{times(ratio)} the usual"

    def figure(self, value: float) -> str:
        """'42 mentions' or '38 %'."""
        if self.unit == "share":
            return f"{value:.0%}"
        return f"{value:,.1f}".removesuffix(".0")

    def describe(self, observed: float, expected: float, bucket: str) -> str:
        """'negative mentions per day: 42 observed, 11.5 expected'."""
        return f"{self.label} per {bucket}: {self.figure(observed)} observed, {self.figure(expected)} expected"


def times(ratio: float) -> str:
    """3.0 -> '3×', 3.46 -> '3.5×'."""
    return f"{ratio:.1f}".removesuffix(".0") + "×"
