"""The monitor's heartbeat as `repwatch status` reports it: never run, running, stale, stopped, crashed."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from monitor import heartbeat
from monitor.cli import app
from monitor.storage.store import Store

NOW = datetime(2026, 12, 2, 5, 30, tzinfo=timezone.utc)


def beat(state: str, at: datetime, error: str | None = None) -> heartbeat.Heartbeat:
    return heartbeat.Heartbeat(state, at - timedelta(hours=2), at, pid=77, host="srv", last_pass_at=at,
                               next_wake=at + timedelta(minutes=30), last_error=error)


@pytest.mark.parametrize(("state", "age", "health", "line"), [
    ("idle", timedelta(minutes=1), "running", "monitor: running (pid 77 on srv), idle, last beat 60 s ago, next pass 05:59 UTC"),
    ("classifying", timedelta(minutes=3), "running", "monitor: running (pid 77 on srv), classifying, last beat 3 min ago"),
    ("idle", timedelta(minutes=40), "stale", "monitor: not responding: last beat 40 min ago (pid 77 on srv); restart it with `repwatch serve`"),
    ("stopped", timedelta(hours=5), "stopped", "monitor: stopped 5 h ago"),
])
def test_health_and_its_line(state: str, age: timedelta, health: str, line: str) -> None:
    b = beat(state, NOW - age)
    assert b.health(NOW) == health
    assert heartbeat.describe(b, NOW) == line


def test_a_crash_names_its_cause_and_none_says_how_to_start() -> None:
    crashed = beat("crashed", NOW - timedelta(minutes=5), "the dashboard exited unexpectedly (status -9)")
    assert heartbeat.describe(crashed, NOW) == "monitor: crashed 5 min ago: the dashboard exited unexpectedly (status -9)"
    assert heartbeat.describe(None, NOW).startswith("monitor: never run here")


def test_written_and_read_back_on_both_databases(db_url: str) -> None:
    store = Store(db_url)
    try:
        assert heartbeat.read(store) is None
        first = beat("idle", NOW)
        first.next_runs = {"forum": NOW + timedelta(minutes=5)}
        heartbeat.write(store, first)
        heartbeat.write(store, beat("stopped", NOW + timedelta(minutes=1)))  # replaces, never adds
        back = heartbeat.read(store)
    finally:
        store.close()
    assert back is not None and back.state == "stopped" and back.beat_at == NOW + timedelta(minutes=1)
    assert back.to_json() == beat("stopped", NOW + timedelta(minutes=1)).to_json()


def test_status_shows_the_monitor(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"brands": [{"name": "Trapkracht", "own": True}],
                                      "storage": {"url": f"sqlite:///{tmp_path / 'r.db'}"}}), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["status", "--config", str(config), "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["monitor"] == {"health": "never"}
    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        heartbeat.write(store, beat("crashed", datetime.now(timezone.utc), "boom"))
    finally:
        store.close()
    result = runner.invoke(app, ["status", "--config", str(config), "--json"])
    monitor = json.loads(result.stdout)["monitor"]
    assert monitor["health"] == "crashed" and monitor["last_error"] == "boom" and monitor["pid"] == 77
    result = runner.invoke(app, ["status", "--config", str(config)])
    assert "monitor: crashed" in result.stdout and "boom" in result.stdout


def test_status_prints_the_progress_bar_as_is(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"brands": [{"name": "Trapkracht", "own": True}],
                                      "storage": {"url": f"sqlite:///{tmp_path / 'r.db'}"}}), encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        running = beat("classifying", datetime.now(timezone.utc))
        running.progress = "classifying [######..............] 512/1722 30%, 2 min"
        heartbeat.write(store, running)
    finally:
        store.close()
    result = CliRunner().invoke(app, ["status", "--config", str(config)])
    assert "classifying [######..............] 512/1722 30%" in result.stdout, result.stdout
