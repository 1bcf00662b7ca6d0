"""The `alerts:` section of config.yaml: how sure, how big and how lasting a spike must be.

The defaults are the ones `benchmarks/alert_quality.py` measures (recall on a one-day doubling,
false alarms per stream-quarter), so change them with that benchmark at hand.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from monitor.source_config import _Strict


class AlertsConfig(_Strict):
    enabled: bool = Field(True, description="`false` turns detection off (`repwatch alerts` still lists stored alerts)")
    baseline_weeks: int = Field(8, ge=2, le=26, description="Preceding weeks the baseline is taken from")
    min_baseline_weeks: int = Field(4, ge=2, le=26, description="Fewer weeks of history than this: no detection yet")
    lookback_days: int = Field(35, ge=1, le=366, description="How far back each detection run looks for incidents")
    p_value: float = Field(1e-3, gt=0, lt=0.1,
                           description="Tail probability below which a day-long window is anomalous; scaled by window length")
    min_negative: int = Field(5, ge=1, description="Fewest negative mentions in a window for a negative alert")
    min_volume: int = Field(20, ge=1, description="Fewest labelled mentions in a window for a share alert")
    min_ratio: float = Field(1.5, ge=1, description="Observed over expected a negative spike must reach")
    min_drop: float = Field(0.4, gt=0, lt=1, description="Relative fall of the positive share that counts as sharp")
    hour_windows: list[int] = Field(default_factory=lambda: [3, 24], min_length=1,
                                    description="Window lengths in hours tested on the hourly series")
    day_windows: list[int] = Field(default_factory=lambda: [1, 3], min_length=1,
                                   description="Window lengths in days tested on the daily series")
    persistence_hours: int = Field(3, ge=1, le=48,
                                   description="Anomalous hours in a row before an alert of a shorter window opens")
    cooldown_hours: int = Field(48, ge=0, le=24 * 14,
                                description="A new anomaly within this many hours of the last one continues that alert")
    medium_score: float = Field(6.0, gt=0, description="-log10(p) from which an alert is medium (and ratio >= 2)")
    high_score: float = Field(9.0, gt=0, description="-log10(p) from which an alert is high (and ratio >= 3)")

    @model_validator(mode="after")
    def _ordered(self) -> "AlertsConfig":
        if self.min_baseline_weeks > self.baseline_weeks:
            raise ValueError("min_baseline_weeks must not exceed baseline_weeks")
        if self.high_score < self.medium_score:
            raise ValueError("high_score must be at least medium_score")
        if any(w < 1 or w > 24 * 7 for w in self.hour_windows):
            raise ValueError("hour_windows: each window must be 1 to 168 hours")
        if any(w < 1 or w > 28 for w in self.day_windows):
            raise ValueError("day_windows: each window must be 1 to 28 days")
        return self
