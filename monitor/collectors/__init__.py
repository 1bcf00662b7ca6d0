"""Collectors, one module per source kind, chosen by the source's `type` key."""

from __future__ import annotations

from pathlib import Path

from monitor.collectors.base import Collector
from monitor.collectors.feed import FeedCollector
from monitor.config import FeedSource, SourceConfig
from monitor.http import HttpClient


def make_collector(source: SourceConfig, http: HttpClient, base_dir: Path) -> Collector:
    if isinstance(source, FeedSource):
        return FeedCollector(source, http, base_dir)
    raise TypeError(f"no collector for source type {source.type!r}")  # unreachable: config validation


def describe_target(source: SourceConfig) -> str:
    """What a source reads, for `repwatch status` (URLs as given, paths as written)."""
    return source.url
