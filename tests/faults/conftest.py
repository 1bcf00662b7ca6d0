"""Fixtures of the fault cases: the hostile server, and one collect run timed and measured."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from monitor.config import Config
from monitor.pipeline import SourceReport, collect
from monitor.storage.store import Store
from tests.faults.hostile import HostileServer

BRANDS = [{"name": "Trapkracht", "own": True}]
# Short waits so a case that hangs shows in seconds; the test deadlines below stay generous for a
# loaded 2-core machine (a bounded case finishes in a few seconds, an unbounded one takes minutes).
HTTP: dict[str, Any] = {
    "connect_timeout": 2, "read_timeout": 2, "total_timeout": 3, "retries": 1, "backoff": 0.01,
    "max_retry_after": 2, "max_bytes": 1_000_000,
    "min_interval": {k: 0 for k in ("appstore", "googleplay", "news", "reddit", "mastodon", "bluesky", "hackernews")},
}


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    server = HostileServer()
    try:
        yield server
    finally:
        server.close()


@dataclass
class Run:
    store: Store
    reports: dict[str, SourceReport]
    seconds: float
    peak_bytes: int  # Python allocations at their peak during the run (tracemalloc)

    def error(self, name: str) -> str:
        message = self.reports[name].error
        assert message is not None, f"{name} did not fail: {self.reports[name]}"
        assert "\n" not in message, message
        return message


def collect_once(tmp_path: Path, sources: list[dict[str, Any]], measure: bool = False, **http: Any) -> Run:
    config = Config.model_validate(
        {"brands": BRANDS, "sources": sources, "http": {**HTTP, **http}, "path": tmp_path / "config.yaml"})
    store = Store(config.database_url())
    if measure:
        tracemalloc.start()
    started = time.monotonic()
    try:
        reports = collect(config, store).sources
    finally:
        seconds = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1] if measure else 0
        if measure:
            tracemalloc.stop()
    return Run(store, reports, seconds, peak)


def feed(name: str, url: str, **extra: Any) -> dict[str, Any]:
    return {"type": "feed", "name": name, "url": url, "brand": "Trapkracht", **extra}


def rss(*items: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
            + "".join(items) + "</channel></rss>")


def item(guid: str, text: str, date: str = "Mon, 30 Nov 2026 10:00:00 GMT") -> str:
    return f"<item><guid>{guid}</guid><description>{text}</description><pubDate>{date}</pubDate></item>"
