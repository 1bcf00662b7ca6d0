"""What the pages share: the config and store (one per server), cached analytics results, the model.

Pages never touch SQL: they call analytics functions through `fetch`, which caches each result
for `TTL_S` seconds per config, so a room full of open dashboards costs one query per minute.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import streamlit as st

from monitor.analytics.counts import ensure_rollups
from monitor.config import Config, ConfigError, config_path, load_config
from monitor.storage.migrations import SchemaError
from monitor.storage.store import Store

TTL_S = 60
T = TypeVar("T")


@dataclass(frozen=True)
class Context:
    config: Config
    store: Store
    config_file: str

    @property
    def brands(self) -> list[str]:
        return [b.name for b in self.config.brands]

    @property
    def own_brand(self) -> str:
        return self.config.own_brand.name


def _config_argument() -> str | None:
    """`streamlit run dashboard/app.py -- --config FILE`; only read when this app is the script."""
    argv = sys.argv
    if not argv or Path(argv[0]).name != "app.py":
        return None
    for i, arg in enumerate(argv[:-1]):
        if arg in ("--config", "-c"):
            return argv[i + 1]
    return None


@st.cache_resource(show_spinner=False)
def _open(config_file: str) -> Context:
    config = load_config(config_file)
    store = Store(config.database_url())
    # Daily rollups serve one zone and threshold; rebuild them once here if the config changed those.
    ensure_rollups(store, config.analytics.zone, config.analytics.very_positive)
    return Context(config, store, config_file)


def context() -> Context:
    """The config and store, or a one-line error on the page (config or database problems)."""
    file = str(config_path(_config_argument()).resolve())
    try:
        return _open(file)
    except (ConfigError, SchemaError) as exc:
        st.error(f"{exc}")
        st.stop()
        raise  # unreachable: st.stop ends the run


@st.cache_data(ttl=TTL_S, show_spinner=False, max_entries=1000)
def _fetch(config_file: str, function: str, args: tuple[Any, ...], kwargs: tuple[tuple[str, Any], ...]) -> Any:
    module, name = function.split(":")
    fn = getattr(importlib.import_module(module), name)
    return fn(_open(config_file).store, *args, **dict(kwargs))


def fetch(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`fn(store, *args, **kwargs)`, cached for TTL_S seconds."""
    return _fetch(context().config_file, f"{fn.__module__}:{fn.__qualname__}", args, tuple(sorted(kwargs.items())))


def changed() -> None:
    """After a write (feedback, handled, acknowledged): show fresh figures on the next run."""
    _fetch.clear()


def optional(module: str, name: str) -> Callable[..., Any] | None:
    """An analytics or alerts function, or None while that part is not installed yet."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def not_available(what: str, module: str) -> None:
    st.info(f"{what} is not available yet: `{module}` does not provide it in this version of repwatch.")


@st.cache_resource(show_spinner="Loading the model (the first run converts the embedded encoder)…")
def classifier(config_file: str) -> Any:
    """The classifier the Check page uses, loaded once per server and config."""
    from models.classifier import Classifier
    from monitor.config import topic_specs

    config = _open(config_file).config
    return Classifier(config.model.settings(), topic_specs(config.topics)).load()
