"""Faults below the payload: drips, bombs, redirects, throttling, server errors, endless files.

Each case asserts its bound (seconds, and bytes where a body could grow), the exact one-line
error, and that the sources beside it are not held up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.faults.conftest import collect_once, feed, item, rss
from tests.faults.hostile import HostileServer, body_drip, bomb, fixed, header_drip, redirect, sequence

DEADLINE = 20.0  # seconds: a bounded case needs ~3 (http.total_timeout); a drip unbounded needs 120


def test_a_header_drip_is_cut_at_the_total_timeout(hostile: HostileServer, tmp_path: Path) -> None:
    slow = hostile.route("/drip-headers.rss", header_drip(pause=0.5))
    good = hostile.route("/good.rss", fixed(rss(item("g1", "Trapkracht levert snel"))))
    run = collect_once(tmp_path, [feed("slow", slow), feed("good", good)])
    assert run.seconds < DEADLINE
    assert run.error("slow") == (
        f"slow: {slow}: no complete answer within 3s (http.total_timeout); the server is too slow, next run will retry")
    assert run.reports["good"].new == 1  # the next source was not held up


def test_a_body_drip_is_cut_at_the_total_timeout(hostile: HostileServer, tmp_path: Path) -> None:
    slow = hostile.route("/drip-body.rss", body_drip(rss(item("d1", "Trapkracht")).encode(), pause=0.5))
    run = collect_once(tmp_path, [feed("slow", slow)])
    assert run.seconds < DEADLINE
    assert run.error("slow") == (
        f"slow: {slow}: no complete answer within 3s (http.total_timeout); the server is too slow, next run will retry")


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compression_bomb_stops_at_max_bytes_in_bounded_memory(
    hostile: HostileServer, tmp_path: Path, encoding: str
) -> None:
    url = hostile.route(f"/{encoding}-bomb.rss", bomb(encoding))
    run = collect_once(tmp_path, [feed("bomb", url)], measure=True)
    assert run.seconds < DEADLINE
    assert run.error("bomb") == f"bomb: {url}: response exceeds the 1,000,000-byte cap (http.max_bytes)"
    assert run.peak_bytes < 40_000_000, run.peak_bytes  # 200 MB inflated; never held


def test_throttling_and_server_errors_are_one_line_and_bounded(hostile: HostileServer, tmp_path: Path) -> None:
    limited = hostile.route("/429.rss", fixed("", status=429, Retry_After="3600"))
    broken = hostile.route("/500.rss", fixed("oops", status=500))
    run = collect_once(tmp_path, [feed("limited", limited), feed("broken", broken)])
    assert run.seconds < DEADLINE
    assert run.error("limited") == (
        f"limited: {limited}: HTTP 429, server asks to retry after 3600s; next run will retry")
    assert run.error("broken") == f"broken: {broken}: HTTP 500 after 1 retries"
    assert hostile.hits("/429.rss") == 1 and hostile.hits("/500.rss") == 2  # one retry, as configured


def _bluesky(hostile: HostileServer) -> dict[str, object]:
    return {"type": "bluesky", "name": "sky", "query": "trapkracht", "brand": "Trapkracht",
            "base_url": hostile.url(""), "overlap": "0s"}


def test_an_api_source_never_follows_a_redirect_to_another_host(hostile: HostileServer, tmp_path: Path) -> None:
    elsewhere = hostile.url("/xrpc/app.bsky.feed.searchPosts", host="localhost")
    hostile.route("/xrpc/app.bsky.feed.searchPosts", redirect(elsewhere))
    run = collect_once(tmp_path, [_bluesky(hostile)])
    assert run.error("sky").endswith(
        f": redirected to another host (localhost:{hostile.port}); API sources do not follow that, check base_url")
    assert hostile.hits("/xrpc/app.bsky.feed.searchPosts") == 1  # asked once, the redirect not followed


def test_a_feed_may_move_and_status_shows_where_it_went(hostile: HostileServer, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from monitor.cli import app

    moved = hostile.route("/new-home.rss", fixed(rss(item("m1", "Trapkracht verhuisd"))))
    old = hostile.route("/old-home.rss", redirect(moved.replace("127.0.0.1", "localhost"), 301))
    run = collect_once(tmp_path, [feed("moving", old)])
    assert run.reports["moving"].new == 1
    final = moved.replace("127.0.0.1", "localhost")
    health = {h.name: h for h in run.store.source_health()}
    assert health["moving"].final_url == final
    config = tmp_path / "config.yaml"
    config.write_text(json.dumps({"brands": [{"name": "Trapkracht", "own": True}], "sources": [feed("moving", old)]}))
    result = CliRunner().invoke(app, ["status", "--config", str(config)])
    assert f"moving: redirected to {final}" in result.output


def test_a_local_device_file_obeys_max_bytes(tmp_path: Path) -> None:
    run = collect_once(tmp_path, [feed("zero", "/dev/zero")], measure=True)
    assert run.seconds < DEADLINE
    assert run.error("zero") == "zero: /dev/zero: file exceeds the 1,000,000-byte cap (http.max_bytes)"
    assert run.peak_bytes < 20_000_000, run.peak_bytes


def test_a_drip_that_retries_stays_within_one_deadline(hostile: HostileServer, tmp_path: Path) -> None:
    """Connect, headers and body of every retry share the one deadline."""
    slow = hostile.route("/retry-drip.rss", sequence(fixed("", status=503), header_drip(pause=0.5)))
    run = collect_once(tmp_path, [feed("slow", slow)], retries=3)
    assert run.seconds < DEADLINE
    assert "within 3s (http.total_timeout)" in run.error("slow")
