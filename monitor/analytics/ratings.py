"""Star-rated sources: average rating on a 5-star scale, its trend, and texts that contradict their stars."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import and_, or_, select

from monitor.analytics.counts import Counts, sentiment_counts
from monitor.analytics.period import Period
from monitor.analytics.series import bucket_starts
from monitor.storage import rollups, schema
from monitor.storage.store import Store

LOW_STARS, HIGH_STARS = 2.0, 4.0  # at most / at least, on a 5-star scale


@dataclass(frozen=True)
class SourceRating:
    source: str
    rated: int
    average_stars: float


@dataclass(frozen=True)
class RatingSummary:
    brand: str
    rated: int  # mentions with a star rating in the period
    average_stars: float | None  # out of 5; None without ratings
    previous_rated: int
    previous_average_stars: float | None
    contradictions: int  # labelled mentions whose text sentiment contradicts their stars
    by_source: list[SourceRating]

    @property
    def average_delta(self) -> float | None:
        if self.average_stars is None or self.previous_average_stars is None:
            return None
        return self.average_stars - self.previous_average_stars


@dataclass(frozen=True)
class RatingPoint:
    start: datetime  # local, aware
    end: datetime
    rated: int
    average_stars: float | None


@dataclass(frozen=True)
class Contradiction:
    mention_id: int
    published_at: datetime  # UTC
    source: str
    stars: float  # out of 5
    rating: float
    rating_max: float | None
    sentiment: str
    score: float
    title: str
    text: str
    url: str | None

    @property
    def kind(self) -> str:
        return "low stars, positive text" if self.stars <= LOW_STARS else "high stars, negative text"


def rating_summary(store: Store, brand: str, period: Period) -> RatingSummary:
    per_source = sentiment_counts(store, period, ("source",), [brand], very_positive=None)
    before = sentiment_counts(store, period.previous(), ("brand",), [brand], very_positive=None).get((brand,), Counts())
    total = Counts()
    for c in per_source.values():
        total.add(c)
    sources = sorted((SourceRating(s, c.rated, c.stars_sum / c.rated) for (s,), c in per_source.items() if c.rated),
                     key=lambda r: (-r.rated, r.source))
    return RatingSummary(brand, total.rated, total.average_stars, before.rated, before.average_stars,
                         total.contradictions, sources)


def rating_trend(store: Store, brand: str, period: Period, size: Literal["day", "week"] = "day") -> list[RatingPoint]:
    """Average stars per local day or week (weeks start on Monday) over the period."""
    if size not in ("day", "week"):
        raise ValueError(f"rating_trend: size must be 'day' or 'week', got {size!r}")
    days = sentiment_counts(store, period, ("day",), [brand], very_positive=None)
    starts = bucket_starts(period.start, period.end, size, period.zone)
    sums: dict[datetime, Counts] = {s: Counts() for s in starts}
    index = {s.date(): s for s in starts}
    for (day,), c in days.items():
        key = index.get(day - timedelta(days=day.weekday()) if size == "week" else day)
        if key is not None:
            sums[key].add(c)
    ends = [*starts[1:], Period.day(starts[-1].date() + timedelta(days=6 if size == "week" else 0), period.zone).end]
    return [RatingPoint(s, e, sums[s].rated, sums[s].average_stars) for s, e in zip(starts, ends)]


def rating_contradictions(store: Store, brand: str, period: Period, limit: int = 50) -> list[Contradiction]:
    """Newest first: at most 2 stars with a positive text, or at least 4 stars with a negative one."""
    m, c, s = schema.mentions.c, schema.classifications.c, schema.sources.c
    lo, hi = period.utc()
    stars = rollups.stars(m)
    query = (
        select(m.id, m.published_at, s.name, stars.label("stars"), m.rating, m.rating_max, c.sentiment, c.score,
               m.title, m.text, m.url)
        .select_from(schema.mentions.join(schema.classifications, c.mention_id == m.id)
                     .join(schema.sources, s.id == m.source_id))
        # `rating IS NOT NULL` spelled out so the partial index of rated mentions applies.
        .where(m.brand == brand, m.rating.isnot(None), m.published_at >= lo, m.published_at < hi)
        .where(or_(and_(stars <= LOW_STARS, c.sentiment == "positive"), and_(stars >= HIGH_STARS, c.sentiment == "negative")))
        .order_by(m.published_at.desc(), m.id.desc())
        .limit(limit)
    )
    with store.engine.connect() as conn:
        return [Contradiction(*row) for row in conn.execute(query)]
