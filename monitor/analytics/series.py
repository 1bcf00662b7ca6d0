"""Sentiment counts per time bucket for one scope: the series behind every trend chart and alert.

Days and weeks are sums of local days (monitor/analytics/counts.py: the daily rollups when they
serve the zone and threshold, else local days computed in SQL), exact in any zone, DST included.
Hours, and a topic restricted to a source or language, group by UTC hour in the database and are
folded into buckets in Python, which is exact for zones whose offset is a whole number of hours
(all of Europe); zones with half-hour offsets would have those day boundaries rounded to the hour.

`dated_only` (what alerts read) leaves out the undated items of a source's first collect: their
time is when they were first collected, so a first run over old reviews would look like a spike.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, case, func, literal_column, select

from monitor.analytics.counts import Grouped, SentimentTotals, sentiment_counts, topic_counts
from monitor.analytics.period import Period
from monitor.analytics.shares import attach, read_correction
from monitor.storage import rollups, schema
from monitor.storage.store import Store

BucketSize = Literal["hour", "day", "week"]
SENTIMENTS = ("negative", "neutral", "positive")


@dataclass(frozen=True)
class Scope:
    """Which mentions a figure is about; None means any."""

    brand: str | None = None
    topic: str | None = None
    source: str | None = None
    language: str | None = None

    def label(self) -> str:
        parts = [self.brand or "all brands"]
        parts += [f"{k} {v}" for k, v in (("topic", self.topic), ("source", self.source), ("language", self.language)) if v]
        return ", ".join(parts)


@dataclass
class Bucket(SentimentTotals):
    """Counts of mentions published in [start, end): `start`/`end` are aware, in the display zone."""

    start: datetime
    end: datetime
    negative: int = 0
    neutral: int = 0
    positive: int = 0
    very_positive: int = 0
    unlabelled: int = 0
    score_sum: float = field(default=0.0, repr=False)
    p_negative: float = field(default=0.0, repr=False)  # posterior sums (0 for a topic's own sentiment)
    p_neutral: float = field(default=0.0, repr=False)
    p_positive: float = field(default=0.0, repr=False)

    def add(self, other: "Bucket") -> None:
        for name in ("negative", "neutral", "positive", "very_positive", "unlabelled", "score_sum",
                     "p_negative", "p_neutral", "p_positive"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _hour_key(store: Store) -> object:
    m = schema.mentions.c
    if store.engine.dialect.name == "sqlite":
        return func.strftime("%Y-%m-%d %H", m.published_at)
    return func.to_char(func.date_trunc("hour", m.published_at.op("AT TIME ZONE")(literal_column("'UTC'"))), "YYYY-MM-DD HH24")


def scoped(query: Select, scope: Scope) -> Select:
    """Restrict a query over mentions (joined with their source) to a scope."""
    m, s, t = schema.mentions.c, schema.sources.c, schema.mention_topics.c
    if scope.brand is not None:
        query = query.where(m.brand == scope.brand)
    if scope.source is not None:
        query = query.where(m.source_id.in_(select(s.id).where(s.name == scope.source)))
    if scope.language is not None:
        query = query.where(m.language == scope.language)
    if scope.topic is not None:
        query = query.where(m.id.in_(select(t.mention_id).where(t.topic == scope.topic)))
    return query


def _hourly_rows(store: Store, scope: Scope, start: datetime, end: datetime, very_positive: float,
                 backlog: bool | None = None) -> Iterator[tuple]:
    """Counts per UTC hour; `backlog` True/False: only / none of the undated first-collect items."""
    m, c = schema.mentions, schema.classifications
    # With a topic in scope, a mention counts with the sentiment it expresses about that topic.
    if scope.topic is not None:
        t = schema.mention_topics
        label, score = t.c.sentiment, t.c.score
        joined = m.join(t, and_(t.c.mention_id == m.c.id, t.c.topic == scope.topic))
        posteriors = [func.sum(0.0)] * 3  # a topic's row keeps its label and score only
        scope = Scope(scope.brand, None, scope.source, scope.language)
    else:
        label, score = c.c.sentiment, c.c.score
        joined = m.outerjoin(c, c.c.mention_id == m.c.id)
        posteriors = [func.sum(p) for p in rollups.posterior_columns(c.c)]
    hour = _hour_key(store).label("hour")
    counts = [func.sum(case((label == name, 1), else_=0)) for name in SENTIMENTS]
    query = (
        select(
            hour, *counts,
            func.sum(case((score > very_positive, 1), else_=0)),
            func.sum(case((label.is_(None), 1), else_=0)),
            func.coalesce(func.sum(score), 0.0),
            *posteriors,
        )
        .select_from(joined)
        .where(m.c.published_at >= start, m.c.published_at < end)
        .group_by(hour)
    )
    if backlog is not None:
        query = query.where(m.c.undated_backlog.is_(backlog))
    with store.engine.connect() as conn:
        yield from conn.execute(scoped(query, scope))


def bucket_starts(start: datetime, end: datetime, size: BucketSize, zone: ZoneInfo) -> list[datetime]:
    """Local bucket starts covering [start, end): hours, local midnights, or Monday midnights."""
    local = start.astimezone(zone)
    if size == "hour":
        first = local.replace(minute=0, second=0, microsecond=0)
    else:
        first = local.replace(hour=0, minute=0, second=0, microsecond=0)
        if size == "week":
            first -= timedelta(days=first.weekday())
    starts, current = [], first
    while current < end:
        starts.append(current)
        current = _next(current, size, zone)
    return starts


def _next(start: datetime, size: BucketSize, zone: ZoneInfo) -> datetime:
    if size == "hour":
        return (start.astimezone(timezone.utc) + timedelta(hours=1)).astimezone(zone)
    days = 7 if size == "week" else 1
    # Wall-clock arithmetic, then re-attach the zone: a local day is 23 or 25 hours at DST changes.
    naive = start.replace(tzinfo=None) + timedelta(days=days)
    return naive.replace(tzinfo=zone)


def sentiment_series(
    store: Store,
    scope: Scope,
    start: datetime,
    end: datetime,
    size: BucketSize,
    zone: ZoneInfo,
    very_positive: float = 0.6,
    dated_only: bool = False,
) -> list[Bucket]:
    """One bucket per hour, local day or local week from `start` to `end`, empty ones included.
    `dated_only`: without the undated items of a source's first collect (see the module doc)."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("sentiment_series: start and end must be timezone-aware")
    starts = bucket_starts(start, end, size, zone)
    if not starts:
        return []
    buckets = [Bucket(s, _next(s, size, zone)) for s in starts]
    if size != "hour" and (scope.topic is None or (scope.source is None and scope.language is None)):
        buckets = _from_days(store, scope, buckets, size, zone, very_positive)
        if dated_only:  # the rollups count every mention: the backlog (few rows, read raw) is taken back out
            buckets = _from_hours(store, scope, buckets, size, zone, very_positive, sign=-1, backlog=True)
    else:
        buckets = _from_hours(store, scope, buckets, size, zone, very_positive, backlog=False if dated_only else None)
    with store.engine.connect() as conn:
        attach(dict(enumerate(buckets)), read_correction(conn))
    return buckets


def _from_days(store: Store, scope: Scope, buckets: list[Bucket], size: BucketSize, zone: ZoneInfo,
               very_positive: float) -> list[Bucket]:
    period = Period(buckets[0].start, buckets[-1].end, zone)
    days: Grouped
    if scope.topic is not None:
        days = topic_counts(store, period, ("day",), scope.brand, very_positive, topic=scope.topic)
    else:
        brands = None if scope.brand is None else [scope.brand]
        days = sentiment_counts(store, period, ("day",), brands, very_positive, scope.source, scope.language)
    index = {b.start.date(): b for b in buckets}
    for (day,), c in days.items():
        target = index[day - timedelta(days=day.weekday()) if size == "week" else day]
        target.add(Bucket(target.start, target.end, c.negative, c.neutral, c.positive, c.very_positive,
                          c.unlabelled, c.score_sum, c.p_negative, c.p_neutral, c.p_positive))
    return buckets


def _from_hours(store: Store, scope: Scope, buckets: list[Bucket], size: BucketSize, zone: ZoneInfo,
                very_positive: float, sign: int = 1, backlog: bool | None = None) -> list[Bucket]:
    lo, hi = buckets[0].start.astimezone(timezone.utc), buckets[-1].end.astimezone(timezone.utc)
    index = {b.start.astimezone(timezone.utc): i for i, b in enumerate(buckets)}
    rows = _hourly_rows(store, scope, lo, hi, very_positive, backlog)
    for hour, neg, neu, pos, very, unlabelled, score_sum, *posteriors in rows:
        at = datetime.strptime(hour, "%Y-%m-%d %H").replace(tzinfo=timezone.utc)
        target = buckets[_locate(index, buckets, at, size, zone)]
        target.add(Bucket(target.start, target.end, sign * int(neg or 0), sign * int(neu or 0), sign * int(pos or 0),
                          sign * int(very or 0), sign * int(unlabelled or 0), sign * float(score_sum or 0.0),
                          *(sign * float(p or 0.0) for p in posteriors)))
    return buckets


def _locate(index: dict[datetime, int], buckets: list[Bucket], at: datetime, size: BucketSize, zone: ZoneInfo) -> int:
    if size == "hour":
        return index[at]
    local = at.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    if size == "week":
        local -= timedelta(days=local.weekday())
    return index[local.replace(tzinfo=zone).astimezone(timezone.utc)]
