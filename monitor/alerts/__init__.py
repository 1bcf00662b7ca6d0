"""Negative-spike alerts: detection (pure, `spikes`), merging, causes, and the `alerts` table.

The names below load lazily: monitor.config imports `monitor.alerts.config`, and an eager import
of `detect` here would import monitor.config back while it is still loading.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_NAMES = {
    "AlertsConfig": "monitor.alerts.config",
    "detect_alerts": "monitor.alerts.detect",
    "Alert": "monitor.alerts.store",
    "acknowledge": "monitor.alerts.store",
    "get_alert": "monitor.alerts.store",
    "list_alerts": "monitor.alerts.store",
}
__all__ = sorted(_NAMES)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module 'monitor.alerts' has no attribute {name!r}")
    return getattr(import_module(_NAMES[name]), name)
