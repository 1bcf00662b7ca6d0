"""When each source is next due in `repwatch watch`: its `interval` after its last fetch.

Seeded from the sources table's `last_fetch_at`, so a restarted watch does not poll every source
again at once; a source never fetched is due now.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select

from monitor.config import Config
from monitor.storage import schema
from monitor.storage.store import Store


@dataclass
class SourceSchedule:
    intervals: dict[str, timedelta]
    next_run: dict[str, datetime] = field(default_factory=dict)

    @classmethod
    def from_store(cls, config: Config, store: Store, now: datetime) -> "SourceSchedule":
        intervals = {s.name: s.interval for s in config.sources if s.enabled}
        s = schema.sources.c
        with store.engine.connect() as conn:
            last = {r.name: r.last_fetch_at for r in conn.execute(select(s.name, s.last_fetch_at))}
        schedule = cls(intervals)
        for name, interval in intervals.items():
            fetched = last.get(name)
            schedule.next_run[name] = min(fetched + interval, now + interval) if fetched else now
        return schedule

    def due(self, now: datetime) -> list[str]:
        return [name for name, at in sorted(self.next_run.items(), key=lambda kv: kv[1]) if at <= now]

    def done(self, name: str, now: datetime) -> None:
        self.next_run[name] = now + self.intervals[name]

    def next_time(self) -> datetime | None:
        return min(self.next_run.values(), default=None)
