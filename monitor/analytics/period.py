"""A period of time as the dashboard and the e-mails count it: local days in an explicit zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=zone)


@dataclass(frozen=True)
class Period:
    """[start, end) in `zone`; both aware. Whole local days unless made from arbitrary instants."""

    start: datetime
    end: datetime
    zone: ZoneInfo

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("Period: start and end must be timezone-aware datetimes")
        if self.end <= self.start:
            raise ValueError(f"Period: end {self.end.isoformat()} is not after start {self.start.isoformat()}")
        # Normalize to the zone so equal periods compare equal and show the same wall clock.
        object.__setattr__(self, "start", self.start.astimezone(self.zone))
        object.__setattr__(self, "end", self.end.astimezone(self.zone))

    @classmethod
    def days(cls, first: date, last: date, zone: ZoneInfo) -> "Period":
        """The local days `first` to `last`, both included."""
        return cls(local_midnight(first, zone), local_midnight(last + timedelta(days=1), zone), zone)

    @classmethod
    def day(cls, day: date, zone: ZoneInfo) -> "Period":
        return cls.days(day, day, zone)

    @classmethod
    def last_days(cls, n: int, zone: ZoneInfo, now: datetime | None = None) -> "Period":
        """`n` whole local days ending with today (today included, though not over yet)."""
        if n < 1:
            raise ValueError(f"Period.last_days: n must be at least 1, got {n}")
        today = (now or datetime.now(timezone.utc)).astimezone(zone).date()
        return cls.days(today - timedelta(days=n - 1), today, zone)

    @property
    def aligned(self) -> bool:
        """Starts and ends on local midnights: countable from daily rollups."""
        return all(t == local_midnight(t.date(), self.zone) for t in (self.start, self.end))

    @property
    def first_day(self) -> date:
        return self.start.date()

    @property
    def end_day(self) -> date:
        """The first local day after the period (exclusive), rounded up for a partial day."""
        return self.end.date() if self.end == local_midnight(self.end.date(), self.zone) else self.end.date() + timedelta(days=1)

    @property
    def n_days(self) -> int:
        return (self.end_day - self.first_day).days

    def previous(self) -> "Period":
        """The same length right before: as many local days for whole days (a week over a DST
        change is still seven days), else the same duration."""
        if self.aligned:
            return Period.days(self.first_day - timedelta(days=self.n_days), self.first_day - timedelta(days=1), self.zone)
        lo, _ = self.utc()
        return Period(lo - self.duration, lo, self.zone)

    def utc(self) -> tuple[datetime, datetime]:
        return self.start.astimezone(timezone.utc), self.end.astimezone(timezone.utc)

    @property
    def duration(self) -> timedelta:
        """Elapsed time (a DST day is 23 or 25 hours; subtracting aware times of one zone is wall-clock)."""
        lo, hi = self.utc()
        return hi - lo

    def label(self) -> str:
        """"24 Nov - 30 Nov 2026, Europe/Amsterdam"; times are shown when not whole days."""
        if not self.aligned:
            return f"{self.start:%d %b %Y %H:%M} - {self.end:%d %b %Y %H:%M}, {self.zone.key}"
        first, last = self.first_day, self.end_day - timedelta(days=1)
        if first == last:
            return f"{_day(first)} {first.year}, {self.zone.key}"
        head = _day(first) if first.year == last.year else f"{_day(first)} {first.year}"
        return f"{head} - {_day(last)} {last.year}, {self.zone.key}"


def _day(d: date) -> str:
    return f"{d.day} {d:%b}"
