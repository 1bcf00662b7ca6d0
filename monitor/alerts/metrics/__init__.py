"""Alert metrics: each one object that detection, merging, causes, the CLI, the dashboard and the
e-mail ask instead of comparing strings. A metric module defines a `Metric` subclass instance and
passes it to `register`; this package imports every module in it, so adding a metric is one module.
"""

from __future__ import annotations

import importlib
import pkgutil

from monitor.alerts.metrics.base import Evaluation, Metric

REGISTRY: dict[str, Metric] = {}


def register(metric: Metric) -> Metric:
    if metric.name in REGISTRY:
        raise ValueError(f"alert metric {metric.name!r} is registered twice")
    REGISTRY[metric.name] = metric
    return metric


def get(name: str) -> Metric:
    """The metric of a name; an unknown name (an alert stored by a newer version) raises KeyError."""
    _load()
    return REGISTRY[name]


def ordered() -> list[Metric]:
    """Every metric, most direct first: the order in which overlapping incidents pick their lead."""
    _load()
    return sorted(REGISTRY.values(), key=lambda m: m.rank)


def _load() -> None:
    if REGISTRY:
        return
    for info in pkgutil.iter_modules(__path__):
        if info.name != "base":
            importlib.import_module(f"{__name__}.{info.name}")


__all__ = ["Evaluation", "Metric", "get", "ordered", "register", "REGISTRY"]
