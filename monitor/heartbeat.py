"""The live monitor's heartbeat: one `repwatch_meta` row the watch loop rewrites as it works.

`repwatch status` and the dashboard read it to say whether the monitor runs, what it is doing,
when each source is next due and what last went wrong. No schema change: a JSON value under one
key of the existing key/value table, written in its own short transaction (a crash mid-write
leaves the previous beat, never half of one).
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from monitor.storage import schema
from monitor.storage.store import Store

KEY = "monitor_heartbeat"
# The loop beats at least every few minutes (after each pass, while it sleeps, during a long
# classification); a beat older than this means the process is gone without saying so.
STALE = timedelta(minutes=15)


@dataclass
class Heartbeat:
    state: str  # starting | collecting | classifying | detecting | idle | stopped | crashed
    started_at: datetime
    beat_at: datetime
    pid: int = field(default_factory=os.getpid)
    host: str = field(default_factory=socket.gethostname)
    last_pass_at: datetime | None = None
    next_wake: datetime | None = None
    next_runs: dict[str, datetime] = field(default_factory=dict)  # source -> when it is next collected
    progress: str | None = None  # "classifying 320/1722"
    last_error: str | None = None
    dashboard: str | None = None  # its URL when `repwatch serve` runs one

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("started_at", "beat_at", "last_pass_at", "next_wake"):
            data[key] = data[key].isoformat() if data[key] else None
        data["next_runs"] = {k: v.isoformat() for k, v in self.next_runs.items()}
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Heartbeat":
        def when(value: Any) -> datetime | None:
            return datetime.fromisoformat(value) if value else None

        return cls(
            state=str(data.get("state", "unknown")), started_at=when(data["started_at"]) or datetime.min,
            beat_at=when(data["beat_at"]) or datetime.min, pid=int(data.get("pid", 0)), host=str(data.get("host", "")),
            last_pass_at=when(data.get("last_pass_at")), next_wake=when(data.get("next_wake")),
            next_runs={k: v for k, v in ((k, when(v)) for k, v in (data.get("next_runs") or {}).items()) if v},
            progress=data.get("progress"), last_error=data.get("last_error"), dashboard=data.get("dashboard"),
        )

    def health(self, now: datetime) -> str:
        """running | stale (no beat for STALE: killed, hung or the machine is off) | stopped | crashed."""
        if self.state in ("stopped", "crashed"):
            return self.state
        return "stale" if now - self.beat_at > STALE else "running"


def write(store: Store, beat: Heartbeat) -> None:
    m = schema.meta
    value = json.dumps(beat.to_json(), ensure_ascii=False, sort_keys=True)
    with store.engine.begin() as conn:
        conn.execute(m.delete().where(m.c.key == KEY))
        conn.execute(m.insert().values(key=KEY, value=value))


def read(store: Store) -> Heartbeat | None:
    m = schema.meta.c
    with store.engine.connect() as conn:
        value = conn.execute(select(m.value).where(m.key == KEY)).scalar()
    if not value:
        return None
    try:
        return Heartbeat.from_json(json.loads(value))
    except (ValueError, KeyError, TypeError):
        return None  # written by another version: as good as no beat


def describe(beat: Heartbeat | None, now: datetime) -> str:
    """One line for `repwatch status` and the dashboard."""
    if beat is None:
        return "monitor: never run here (`repwatch serve` or `repwatch watch` starts it)"
    health = beat.health(now)
    ago = _ago(now - beat.beat_at)
    if health == "running":
        nxt = f", next pass {beat.next_wake:%H:%M} UTC" if beat.next_wake and beat.state == "idle" else ""
        doing = beat.progress or beat.state
        return f"monitor: running (pid {beat.pid} on {beat.host}), {doing}, last beat {ago} ago{nxt}"
    if health == "stale":
        return (f"monitor: not responding: last beat {ago} ago (pid {beat.pid} on {beat.host}); "
                "restart it with `repwatch serve`")
    error = f": {beat.last_error}" if beat.last_error else ""
    return f"monitor: {health} {ago} ago{error}"


@dataclass(frozen=True)
class SourceTimes:
    name: str
    last_collected: datetime | None
    next_run: datetime | None  # None: not scheduled (the monitor is not running and never collected it)
    scheduled: bool  # True: the running monitor's own plan; False: last collect + interval, if it ran


def source_times(store: Store, intervals: dict[str, timedelta], now: datetime) -> list[SourceTimes]:
    """When each configured source was last collected and when it is next due (dashboard, status)."""
    s = schema.sources.c
    with store.engine.connect() as conn:
        last = {r.name: r.last_fetch_at for r in conn.execute(select(s.name, s.last_fetch_at))}
    beat = read(store)
    live = beat is not None and beat.health(now) == "running"
    rows = []
    for name, interval in intervals.items():
        planned = beat.next_runs.get(name) if live and beat is not None else None
        fetched = last.get(name)
        guess = fetched + interval if fetched else None
        rows.append(SourceTimes(name, fetched, planned or guess, planned is not None))
    return rows


def _ago(delta: timedelta) -> str:
    seconds = max(int(delta.total_seconds()), 0)
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} days"
