"""The sidebar says whether the live monitor runs, and when each source was and will next be collected."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from monitor import heartbeat
from tests.dashboard.apptest import copy_seeded, frame, open_app, texts
from tests.dashboard.seed import Seeded


def test_a_running_monitor_and_its_plan_are_shown(demo_db: Seeded, use_config, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seeded = use_config(copy_seeded(demo_db, tmp_path / "copy"))
    store = seeded.store()
    now = datetime.now(timezone.utc).replace(microsecond=0)
    names = [s.name for s in seeded.config.sources]
    planned = {name: now + timedelta(minutes=10 + i) for i, name in enumerate(names)}
    try:
        heartbeat.write(store, heartbeat.Heartbeat("idle", now - timedelta(hours=1), now, pid=4242, host="box",
                                                   last_pass_at=now, next_wake=now + timedelta(minutes=10),
                                                   next_runs=planned))
    finally:
        store.close()
    at = open_app()
    shown = texts(at)
    assert any(t.startswith("monitor: running (pid 4242 on box), idle") for t in shown), shown
    table = frame(at, "source", "last collected", "next run")
    zone = seeded.config.analytics.zone
    assert list(table["source"]) == names
    assert list(table["next run"]) == [planned[n].astimezone(zone).strftime("%d %b %H:%M") for n in names]
    assert "never" not in list(table["last collected"]), "the demo's sources were collected"


def test_without_a_monitor_the_panel_says_how_to_start_it(demo_db: Seeded, use_config, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    use_config(copy_seeded(demo_db, tmp_path / "copy"))
    at = open_app()
    assert any("never run here (`repwatch serve`" in t for t in texts(at)), texts(at)
    assert all(v.endswith("(if running)") for v in frame(at, "source", "next run")["next run"])
