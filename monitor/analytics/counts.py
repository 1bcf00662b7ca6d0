"""Sentiment sums grouped by brand, source, language, local day or topic: every figure starts here.

Two ways to the same numbers: the daily rollups (thousands of rows for months of data) when the
period is whole local days in the zone and at the very-positive threshold the rollups were built
for, else one GROUP BY over the mentions. `raw_only()` forces the second (tests compare them).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, and_, case, func, select

from models.quantify import ShareCorrection
from monitor.analytics.period import Period
from monitor.analytics.shares import Shares, attach, estimated_shares, read_correction
from monitor.storage import rollups, schema
from monitor.storage.store import Store

Dimension = Literal["brand", "source", "language", "day"]
TopicDimension = Literal["topic", "day"]
LABELS = ("negative", "neutral", "positive")
_raw_only: ContextVar[bool] = ContextVar("raw_only", default=False)


@contextmanager
def raw_only() -> Iterator[None]:
    """Compute from the mention rows, never the rollups, inside this block."""
    token = _raw_only.set(True)
    try:
        yield
    finally:
        _raw_only.reset(token)


def ensure_rollups(store: Store, zone: ZoneInfo, very_positive: float) -> bool:
    """Rebuild the rollups for the configured zone and threshold if they were made for others
    (seconds per million mentions); call once at start-up. True if it rebuilt."""
    return rollups.ensure(store.engine, zone, very_positive)


class SentimentTotals:
    """The totals every sentiment tally derives from its negative, neutral, positive and
    unlabelled counts and posterior sums (Counts here, Bucket in monitor.analytics.series), and
    its shares: corrected for the classifier's errors when the analytics attached the head's
    correction to it (monitor/analytics/shares.py), else raw."""

    negative: int
    neutral: int
    positive: int
    very_positive: int
    unlabelled: int
    p_negative: float
    p_neutral: float
    p_positive: float
    correction: ShareCorrection | None = None  # not a field: set by the analytics that read it

    def shares(self, corrected: bool = True) -> Shares:
        return estimated_shares(self, self.correction if corrected else None)

    @property
    def net_sentiment(self) -> float:
        """(share positive - share negative) x 100 over the labelled mentions, corrected; 0 without any."""
        return self.shares().net_sentiment

    @property
    def raw_net_sentiment(self) -> float:
        return self.shares(corrected=False).net_sentiment

    @property
    def labelled(self) -> int:
        return self.negative + self.neutral + self.positive

    @property
    def total(self) -> int:
        return self.labelled + self.unlabelled


@dataclass
class Counts(SentimentTotals):
    negative: int = 0
    neutral: int = 0
    positive: int = 0
    very_positive: int = 0
    unlabelled: int = 0
    score_sum: float = 0.0
    rated: int = 0
    stars_sum: float = 0.0  # ratings normalized to 5 stars
    contradictions: int = 0  # <= 2 stars but positive, >= 4 stars but negative
    p_negative: float = 0.0  # sums of the posteriors (0 for topics, whose rows keep none)
    p_neutral: float = 0.0
    p_positive: float = 0.0

    @property
    def average_stars(self) -> float | None:
        return self.stars_sum / self.rated if self.rated else None

    def add(self, other: "Counts") -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


Grouped = dict[tuple[Any, ...], Counts]


def _usable(conn: Connection, period: Period, very_positive: float | None) -> bool:
    """None: the caller does not use the very-positive count, any threshold serves."""
    if _raw_only.get() or not period.aligned:
        return False
    state = rollups.read_state(conn)
    return state is not None and state.serves(period.zone, state.very_positive if very_positive is None else very_positive)


def _has_unlabelled(conn: Connection) -> bool:
    # Each classification belongs to one mention, so equal counts mean every mention is labelled.
    mentions = conn.execute(select(func.count()).select_from(schema.mentions)).scalar_one()
    return mentions > conn.execute(select(func.count()).select_from(schema.classifications)).scalar_one()


def _key_value(value: Any) -> Any:
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return date.fromisoformat(value)  # SQLite's date() gives text
    return None if value == "" else value


def _collect(rows: Any, width: int, into: Grouped | None = None) -> Grouped:
    out: Grouped = {} if into is None else into
    for row in rows:
        key = tuple(_key_value(v) for v in row[:width])
        values = Counts(*(int(v or 0) if f.type in ("int", int) else float(v or 0.0)
                          for f, v in zip(fields(Counts), row[width:])))
        out.setdefault(key, Counts()).add(values)
    return out


def sentiment_counts(
    store: Store,
    period: Period,
    by: Sequence[Dimension],
    brands: Sequence[str] | None = None,
    very_positive: float | None = 0.6,
    source: str | None = None,
    language: str | None = None,
) -> Grouped:
    """Counts of the mentions published in `period`, grouped by `by` (in that order).

    `very_positive=None` when the very-positive count is not needed (it is then meaningless)."""
    with store.engine.connect() as conn:
        if _usable(conn, period, very_positive):
            out = _collect(conn.execute(_rollup_query(period, by, brands, source, language)), len(by))
            if _has_unlabelled(conn):
                raw = _raw_query(period, by, brands, source, language, very_positive, conn.dialect.name, unlabelled_only=True)
                _collect(conn.execute(raw), len(by), out)
        else:
            raw = _raw_query(period, by, brands, source, language, very_positive, conn.dialect.name)
            out = _collect(conn.execute(raw), len(by))
        attach(out, read_correction(conn))
        return out


def _rollup_query(period: Period, by: Sequence[Dimension], brands: Sequence[str] | None,
                  source: str | None, language: str | None) -> Any:
    r, s = schema.sentiment_rollup.c, schema.sources.c
    columns = {"brand": r.brand, "source": s.name, "language": r.language, "day": r.day}
    keys = [columns[d] for d in by]

    def per(label: str, column: Any) -> Any:
        return func.sum(case((r.sentiment == label, column), else_=0))

    query = (
        select(*keys, per("negative", r.n), per("neutral", r.n), per("positive", r.n), func.sum(r.very_positive),
               func.sum(0), func.sum(r.score_sum), func.sum(r.rated), func.sum(r.stars_sum),
               func.sum(case((r.sentiment == "positive", r.low_rated), (r.sentiment == "negative", r.high_rated), else_=0)),
               func.sum(r.p_negative), func.sum(r.p_neutral), func.sum(r.p_positive))
        .select_from(schema.sentiment_rollup.join(schema.sources, s.id == r.source_id))
        .where(r.day >= period.first_day, r.day < period.end_day)
        .group_by(*keys)
    )
    return _narrowed(query, r.brand, s.name, r.language, brands, source, language)


def _raw_query(period: Period, by: Sequence[Dimension], brands: Sequence[str] | None, source: str | None,
               language: str | None, very_positive: float | None, dialect: str, unlabelled_only: bool = False) -> Any:
    m, c, s = schema.mentions.c, schema.classifications.c, schema.sources.c
    very_positive = 1.0 if very_positive is None else very_positive
    lo, hi = period.utc()
    columns = {"brand": m.brand, "source": s.name, "language": m.language,
               "day": rollups.local_day(m.published_at, period.zone, lo, hi, dialect)}
    keys = [columns[d] for d in by]
    stars = rollups.stars(m)

    def count(condition: Any) -> Any:
        return func.sum(case((condition, 1), else_=0))

    query = (
        select(*keys, count(c.sentiment == "negative"), count(c.sentiment == "neutral"), count(c.sentiment == "positive"),
               count(c.score > very_positive), count(c.sentiment.is_(None)), func.sum(c.score),
               func.count(m.rating), func.sum(stars),
               count(((c.sentiment == "positive") & (stars <= 2)) | ((c.sentiment == "negative") & (stars >= 4))),
               *(func.sum(p) for p in rollups.posterior_columns(c)))
        .select_from(schema.mentions.join(schema.sources, s.id == m.source_id)
                     .outerjoin(schema.classifications, c.mention_id == m.id))
        .where(m.published_at >= lo, m.published_at < hi)
        .group_by(*keys)
    )
    if unlabelled_only:
        query = query.where(c.mention_id.is_(None))
    return _narrowed(query, m.brand, s.name, m.language, brands, source, language)


def _narrowed(query: Any, brand_col: Any, source_col: Any, language_col: Any, brands: Sequence[str] | None,
              source: str | None, language: str | None) -> Any:
    """The brand, source and language filters, on the rollup's columns or the raw rows' alike."""
    if brands is not None:
        query = query.where(brand_col.in_(list(brands)))
    if source is not None:
        query = query.where(source_col == source)
    if language is not None:
        query = query.where(language_col == language)
    return query


def topic_counts(
    store: Store,
    period: Period,
    by: Sequence[TopicDimension],
    brand: str | None = None,
    very_positive: float = 0.6,
    topic: str | None = None,
) -> Grouped:
    """Counts per topic (and/or local day) with each topic's own sentiment."""
    with store.engine.connect() as conn:
        if _usable(conn, period, very_positive):
            r = schema.topic_rollup.c
            keys = [{"topic": r.topic, "day": r.day}[d] for d in by]
            query = (
                select(*keys, *(func.sum(case((r.sentiment == label, r.n), else_=0)) for label in LABELS),
                       func.sum(r.very_positive), func.sum(0), func.sum(r.score_sum))
                .where(r.day >= period.first_day, r.day < period.end_day)
                .group_by(*keys)
            )
            if brand is not None:
                query = query.where(r.brand == brand)
            if topic is not None:
                query = query.where(r.topic == topic)
        else:
            query = _raw_topic_query(period, by, brand, topic, very_positive, conn.dialect.name)
        out = _collect(conn.execute(query), len(by))
        attach(out, read_correction(conn))
        return out


def _raw_topic_query(period: Period, by: Sequence[TopicDimension], brand: str | None, topic: str | None,
                     very_positive: float, dialect: str) -> Any:
    m, t = schema.mentions.c, schema.mention_topics.c
    lo, hi = period.utc()
    keys = [{"topic": t.topic, "day": rollups.local_day(m.published_at, period.zone, lo, hi, dialect)}[d] for d in by]
    query = (
        select(*keys, *(func.sum(case((t.sentiment == label, 1), else_=0)) for label in LABELS),
               func.sum(case((t.score > very_positive, 1), else_=0)), func.sum(0), func.sum(t.score))
        .select_from(schema.mention_topics.join(schema.mentions, m.id == t.mention_id))
        .where(and_(m.published_at >= lo, m.published_at < hi))
        .group_by(*keys)
    )
    if brand is not None:
        query = query.where(m.brand == brand)
    if topic is not None:
        query = query.where(t.topic == topic)
    return query
