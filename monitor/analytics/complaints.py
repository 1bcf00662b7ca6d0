"""The complaint queue: the own brand's negative mentions, oldest first, until someone handles them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Connection, Select, exists, func, select

from monitor.analytics.period import Period
from monitor.storage import schema
from monitor.storage.store import Store


@dataclass(frozen=True)
class Complaint:
    mention_id: int
    published_at: datetime  # UTC
    age: timedelta  # from publication to `now`
    source: str
    language: str | None
    title: str
    text: str
    url: str | None
    author: str | None
    score: float
    confidence: float
    handled_at: datetime | None
    handled_by: str | None
    note: str | None

    @property
    def handled(self) -> bool:
        return self.handled_at is not None


def _queue_query(brand: str, include_handled: bool, period: Period | None = None) -> Select[Any]:
    m, c, s, h = schema.mentions.c, schema.classifications.c, schema.sources.c, schema.mention_status.c
    query = (
        select(m.id, m.published_at, s.name, m.language, m.title, m.text, m.url, m.author, c.score, c.confidence,
               h.handled_at, h.handled_by, h.note)
        .select_from(schema.mentions.join(schema.classifications, c.mention_id == m.id)
                     .join(schema.sources, s.id == m.source_id)
                     .outerjoin(schema.mention_status, h.mention_id == m.id))
        .where(m.brand == brand, c.sentiment == "negative")
    )
    if period is not None:
        lo, hi = period.utc()
        query = query.where(m.published_at >= lo, m.published_at < hi)
    return query if include_handled else query.where(h.mention_id.is_(None))


def complaint_queue(store: Store, brand: str, now: datetime | None = None, limit: int = 50,
                    include_handled: bool = False, offset: int = 0, period: Period | None = None) -> list[Complaint]:
    """Negative mentions of `brand` (published in `period`, if given), oldest first; handled ones only
    with `include_handled`."""
    now = now or datetime.now(timezone.utc)
    m = schema.mentions.c
    query = _queue_query(brand, include_handled, period).order_by(m.published_at, m.id).limit(limit).offset(offset)
    with store.engine.connect() as conn:
        return [Complaint(r.id, r.published_at, now - r.published_at, *r[2:]) for r in conn.execute(query)]


def count_complaints(store: Store, brand: str, include_handled: bool = False, period: Period | None = None) -> int:
    query = _queue_query(brand, include_handled, period).with_only_columns(func.count())
    with store.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def _require_mention(conn: Connection, mention_id: int) -> None:
    m = schema.mentions.c
    if not conn.execute(select(exists().where(m.id == mention_id))).scalar():
        raise KeyError(f"mention {mention_id} does not exist")


def mark_handled(store: Store, mention_id: int, by: str | None = None, note: str | None = None,
                 now: datetime | None = None) -> None:
    """Take a mention off the queue (again: the newest handling wins)."""
    h = schema.mention_status
    with store.engine.begin() as conn:
        _require_mention(conn, mention_id)
        conn.execute(h.delete().where(h.c.mention_id == mention_id))
        conn.execute(h.insert().values(mention_id=mention_id, handled_at=now or datetime.now(timezone.utc),
                                       handled_by=by, note=note))


def mark_unhandled(store: Store, mention_id: int) -> bool:
    """Put a mention back on the queue; False if it was not marked handled."""
    h = schema.mention_status
    with store.engine.begin() as conn:
        return bool(conn.execute(h.delete().where(h.c.mention_id == mention_id)).rowcount)
