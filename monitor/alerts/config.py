"""The `alerts:` section of config.yaml: how sure, how big and how lasting a spike must be.

The defaults were chosen on real mention volumes with `benchmarks/alert_real.py` (docs/alerts.md
says what each is for and what the dev series showed), and checked on simulated low-volume streams
with `benchmarks/alert_quality.py`: change them with those benchmarks at hand.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, model_validator

from monitor.source_config import _Strict

REMOVED = {
    "min_baseline_weeks": "detection now starts on a scope's first day; remove the key",
}


class AlertsConfig(_Strict):
    enabled: bool = Field(True, description="`false` turns detection off (`repwatch alerts` still lists stored alerts)")
    baseline_weeks: int = Field(8, ge=1, le=26,
                                description="Weeks of same-weekday days a day's expected count is the median of")
    same_hour_days: int = Field(14, ge=1, le=60,
                                description="Earlier days of the same hour an hour's expected count is the median of")
    history_days: int = Field(28, ge=2, le=366,
                              description="Days of past deviations a window's deviation is measured against")
    lookback_days: int = Field(7, ge=1, le=366,
                               description="How far back each detection run looks for incidents (a first run, or one after a pause)")
    sigma: float = Field(4.5, gt=0, le=20,
                         description="Standard deviations of its own past deviations a count must rise above its expected")
    p_value: float = Field(1e-3, gt=0, lt=0.1,
                           description="Tail probability below which a day-long window is anomalous; scaled by window length")
    min_negative: int = Field(5, ge=1, description="Fewest negative mentions in a window for a negative alert")
    min_volume: int = Field(20, ge=1, description="Fewest labelled mentions in a window for a share alert")
    min_ratio: float = Field(1.5, ge=1, description="Observed over expected a negative spike must reach")
    min_drop: float = Field(0.4, gt=0, lt=1, description="Relative fall of the positive share that counts as sharp")
    hour_windows: list[int] = Field(default_factory=lambda: [3], min_length=1,
                                    description="Window lengths in hours tested on the hourly series")
    day_windows: list[int] = Field(default_factory=lambda: [1, 3], min_length=1,
                                   description="Window lengths in days tested on the daily series")
    persistence_hours: int = Field(3, ge=1, le=48,
                                   description="Anomalous hours in a row before an alert of a shorter window opens")
    cooldown_hours: int = Field(48, ge=0, le=24 * 14,
                                description="A new anomaly within this many hours of the last one continues that alert")
    medium_score: float = Field(6.0, gt=0, description="-log10(p) from which an alert is medium (and ratio >= medium_ratio)")
    high_score: float = Field(9.0, gt=0, description="-log10(p) from which an alert is high (and ratio >= high_ratio)")
    medium_ratio: float = Field(2.0, ge=1, description="Times the usual a medium alert must reach (with medium_score)")
    high_ratio: float = Field(3.0, ge=1, description="Times the usual a high alert must reach (with high_score)")
    large_ratio: float = Field(3.0, ge=1, description="Times the usual that, with large_negative mentions, is medium at least")
    large_negative: int = Field(20, ge=1, description="Negative mentions that, at large_ratio, make an incident medium at least")

    @model_validator(mode="before")
    @classmethod
    def _removed(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for key, why in REMOVED.items():
                if key in data:
                    raise ValueError(f"alerts.{key} is no longer used: {why}")
        return data

    @model_validator(mode="after")
    def _ordered(self) -> "AlertsConfig":
        if self.high_score < self.medium_score:
            raise ValueError("high_score must be at least medium_score")
        if any(w < 1 or w > 24 * 7 for w in self.hour_windows):
            raise ValueError("hour_windows: each window must be 1 to 168 hours")
        if any(w < 1 or w > 28 for w in self.day_windows):
            raise ValueError("day_windows: each window must be 1 to 28 days")
        return self
