"""The per-host rate limit of the shared HTTP client, measured on the test server's request times."""

from __future__ import annotations

import time

import pytest

from monitor.config import HttpConfig
from monitor.http import HttpClient
from tests.feedserver import FeedServer

INTERVAL = 0.25


@pytest.mark.parametrize("requests", [2, 4])
def test_requests_to_one_host_keep_the_minimum_interval(feed_server: FeedServer, requests: int) -> None:
    url = feed_server.route("/x", "ok")
    client = HttpClient(HttpConfig(min_interval={"reddit": INTERVAL}))
    started = time.monotonic()
    for _ in range(requests):
        client.get(url, min_interval=client.interval_for("reddit", 6.0))
    elapsed = time.monotonic() - started
    times = [r.at for r in feed_server.requests_to("/x")]
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert all(gap >= INTERVAL - 0.01 for gap in gaps), gaps
    assert elapsed < INTERVAL * (requests - 1) + 1.5  # paced, not stalled


def test_other_hosts_are_not_held_back(feed_server: FeedServer) -> None:
    feed_server.route("/x", "ok")
    client = HttpClient(HttpConfig())
    client.get(feed_server.url("/x"), min_interval=30)
    started = time.monotonic()
    client.get(f"http://localhost:{feed_server.port}/x", min_interval=30)  # another host name
    assert time.monotonic() - started < 1.0


def test_a_wait_beyond_max_retry_after_is_refused_at_once(feed_server: FeedServer) -> None:
    from monitor.collectors.base import RateLimited

    url = feed_server.route("/x", "ok")
    client = HttpClient(HttpConfig(max_retry_after=1))
    client.get(url, min_interval=60)
    started = time.monotonic()
    with pytest.raises(RateLimited, match="rate limit reached"):
        client.get(url)
    assert time.monotonic() - started < 0.5 and len(feed_server.requests_to("/x")) == 1


@pytest.mark.parametrize(("configured", "expected"), [({}, 6.0), ({"reddit": 0.5}, 0.5)])
def test_interval_comes_from_config_else_the_collector_default(configured: dict[str, float], expected: float) -> None:
    assert HttpClient(HttpConfig(min_interval=configured)).interval_for("reddit", 6.0) == expected
