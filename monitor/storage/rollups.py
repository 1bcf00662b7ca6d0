"""Daily rollups: sentiment sums per local day, kept in step with the classifications.

A rollup row holds the sums over the classified mentions of one (brand, local day, source,
language, sentiment), among them the sums of the posteriors P(negative), P(neutral), P(positive)
that corrected shares are estimated from (schema v6); `topic_rollup` the same per topic with the
topic's own sentiment, without posteriors (a topic keeps only its label and score). Days are
counted in one zone and "very positive" at one threshold, both recorded in `repwatch_meta`; the
analytics use the rollups only when those are the ones asked for, and fall back to the raw rows
otherwise, so a figure never depends on which path computed it.

`apply_save` runs inside the transaction that replaces classifications (ClassificationStore.save),
subtracting what the old labels contributed and adding the new; `apply_delete` inside one that
deletes mentions (monitor/retention.py); `rebuild` recomputes everything in SQL (the migration,
and a change of zone or threshold).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Connection, Engine, and_, case, func, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite

from models.quantify import posteriors_from_label
from monitor.storage import schema

# The defaults of `analytics:` in config.yaml (monitor/config.py): what a fresh database is built for.
DEFAULT_ZONE = "Europe/Amsterdam"
DEFAULT_VERY_POSITIVE = 0.6
_ZONE_KEY, _THRESHOLD_KEY = "rollup_zone", "rollup_very_positive"
_CHUNK = 500


@dataclass(frozen=True)
class RollupState:
    zone: str
    very_positive: float

    def serves(self, zone: ZoneInfo, very_positive: float) -> bool:
        return self.zone == zone.key and abs(self.very_positive - very_positive) < 1e-12


def read_state(conn: Connection) -> RollupState | None:
    m = schema.meta.c
    values = dict(conn.execute(select(m.key, m.value).where(m.key.in_([_ZONE_KEY, _THRESHOLD_KEY]))).all())
    if _ZONE_KEY not in values or _THRESHOLD_KEY not in values:
        return None
    return RollupState(values[_ZONE_KEY], float(values[_THRESHOLD_KEY]))


def _write_state(conn: Connection, state: RollupState) -> None:
    m = schema.meta
    for key, value in ((_ZONE_KEY, state.zone), (_THRESHOLD_KEY, repr(state.very_positive))):
        conn.execute(m.delete().where(m.c.key == key))
        conn.execute(m.insert().values(key=key, value=value))


# -- local days in SQL -----------------------------------------------------------------------------

def offset_changes(zone: ZoneInfo, lo: datetime, hi: datetime) -> list[tuple[datetime, timedelta]]:
    """(UTC instant, offset from then on) for every offset in force in [lo, hi], first one at lo."""
    def offset(at: datetime) -> timedelta:
        return at.astimezone(zone).utcoffset() or timedelta(0)

    changes = [(lo, offset(lo))]
    at = lo
    while at < hi:
        step = min(at + timedelta(days=1), hi)
        if offset(step) != changes[-1][1]:
            # The change lies in (a, b]: bisect to the second (zones change on whole seconds).
            a, b = math.floor(at.timestamp()), math.ceil(step.timestamp())
            while b - a > 1:
                mid = (a + b) // 2
                a, b = (mid, b) if offset(_utc(mid)) == changes[-1][1] else (a, mid)
            changes.append((_utc(b), offset(_utc(b))))
        at = step
    return changes


def _utc(timestamp: int) -> datetime:
    return datetime.fromtimestamp(timestamp, timezone.utc)


def local_day(column: Any, zone: ZoneInfo, lo: datetime, hi: datetime, dialect: str) -> ColumnElement[Any]:
    """SQL for the local calendar day of a UTC timestamp column, exact for instants in [lo, hi]."""
    if dialect == "postgresql":
        return func.date(func.timezone(zone.key, column))
    changes = offset_changes(zone, lo, hi)
    modifiers = [f"{int(off.total_seconds()):+d} seconds" for _, off in changes]
    if len(changes) == 1:
        return func.date(column, modifiers[0])
    whens = [(column < changes[i + 1][0], modifiers[i]) for i in range(len(changes) - 1)]
    return func.date(column, case(*whens, else_=modifiers[-1]))


def posterior_columns(c: Any) -> tuple[ColumnElement[Any], ColumnElement[Any], ColumnElement[Any]]:
    """P(negative), P(neutral), P(positive) of a classification, back from its label, score
    (P(pos) - P(neg)) and confidence (P(label)); a confidence of 0 marks a text too short to
    judge, taken as neutral. The Python twin is models.quantify.posteriors_from_label."""
    unsure = c.confidence <= 0
    p_neg = case((unsure, 0.0), (c.sentiment == "negative", c.confidence), (c.sentiment == "positive", c.confidence - c.score),
                 else_=(1.0 - c.confidence - c.score) / 2.0)
    p_pos = case((unsure, 0.0), (c.sentiment == "positive", c.confidence), (c.sentiment == "negative", c.confidence + c.score),
                 else_=(1.0 - c.confidence + c.score) / 2.0)
    return p_neg, 1.0 - p_neg - p_pos, p_pos


def stars(m: Any) -> ColumnElement[Any]:
    """A rating on a 5-star scale, whatever scale the source uses (5 when it does not say)."""
    return m.rating * 5.0 / func.coalesce(m.rating_max, 5.0)


# -- rebuild ---------------------------------------------------------------------------------------

def rebuild(conn: Connection, zone: ZoneInfo, very_positive: float) -> None:
    """Recompute both rollups from the classifications, for this zone and threshold."""
    r, tr = schema.sentiment_rollup, schema.topic_rollup
    conn.execute(r.delete())
    conn.execute(tr.delete())
    _write_state(conn, RollupState(zone.key, very_positive))
    m, c, t = schema.mentions.c, schema.classifications.c, schema.mention_topics.c
    lo, hi = conn.execute(select(func.min(m.published_at), func.max(m.published_at))).one()
    if lo is None:
        return
    day = local_day(m.published_at, zone, lo, hi + timedelta(seconds=1), conn.dialect.name).label("day")
    st = stars(m)
    language = func.coalesce(m.language, "").label("language")
    posteriors = [func.sum(p) for p in posterior_columns(c)]
    sentiments = (
        select(m.brand, day, m.source_id, language, c.sentiment, func.count(),
               func.sum(case((c.score > very_positive, 1), else_=0)), func.sum(c.score),
               func.count(m.rating), func.coalesce(func.sum(st), 0.0),
               func.sum(case((st <= 2, 1), else_=0)), func.sum(case((st >= 4, 1), else_=0)), *posteriors)
        .select_from(schema.mentions.join(schema.classifications, c.mention_id == m.id))
        .group_by(m.brand, day, m.source_id, language, c.sentiment)
    )
    conn.execute(r.insert().from_select(
        ["brand", "day", "source_id", "language", "sentiment", "n", "very_positive", "score_sum",
         "rated", "stars_sum", "low_rated", "high_rated", *schema.POSTERIOR_SUMS], sentiments))
    topics = (
        select(m.brand, day, t.topic, t.sentiment, func.count(),
               func.sum(case((t.score > very_positive, 1), else_=0)), func.sum(t.score))
        .select_from(schema.mention_topics.join(schema.mentions, m.id == t.mention_id))
        .group_by(m.brand, day, t.topic, t.sentiment)
    )
    conn.execute(tr.insert().from_select(["brand", "day", "topic", "sentiment", "n", "very_positive", "score_sum"], topics))


def ensure(engine: Engine, zone: ZoneInfo, very_positive: float) -> bool:
    """Rebuild the rollups if they were made for another zone or threshold; True if rebuilt."""
    with engine.begin() as conn:
        state = read_state(conn)
        if state is not None and state.serves(zone, very_positive):
            return False
        rebuild(conn, zone, very_positive)
        return True


# -- incremental maintenance -----------------------------------------------------------------------

Key = tuple[Any, ...]


def _add(sums: dict[Key, list[float]], key: Key, sign: int, values: Sequence[float]) -> None:
    acc = sums.setdefault(key, [0.0] * len(values))
    for i, v in enumerate(values):
        acc[i] += sign * v


def _stars_of(rating: float | None, rating_max: float | None) -> float | None:
    return None if rating is None else rating * 5.0 / (rating_max or 5.0)


def _sentiment_values(label: str, label_score: float, confidence: float, rating: float | None,
                      rating_max: float | None, vp: float) -> list[float]:
    s = _stars_of(rating, rating_max)
    return [1, 1 if label_score > vp else 0, label_score, 0 if s is None else 1, s or 0.0,
            1 if s is not None and s <= 2 else 0, 1 if s is not None and s >= 4 else 0,
            *posteriors_from_label(label, label_score, confidence)]


def _subtract_stored(conn: Connection, ids: Sequence[int], zone: ZoneInfo, vp: float,
                     sums: dict[Key, list[float]], topic_sums: dict[Key, list[float]]) -> dict[int, Any]:
    """Take what the stored labels of these mentions contribute out of the sums; their rows by id."""
    m, c, t = schema.mentions.c, schema.classifications.c, schema.mention_topics.c
    info: dict[int, Any] = {}
    for chunk in (list(ids[i:i + _CHUNK]) for i in range(0, len(ids), _CHUNK)):
        rows = conn.execute(
            select(m.id, m.brand, m.source_id, m.language, m.published_at, m.rating, m.rating_max, c.sentiment, c.score,
                   c.confidence)
            .select_from(schema.mentions.outerjoin(schema.classifications, c.mention_id == m.id))
            .where(m.id.in_(chunk))
        ).all()
        for row in rows:
            info[row.id] = row
            if row.sentiment is not None:
                key = (row.brand, row.published_at.astimezone(zone).date(), row.source_id, row.language or "", row.sentiment)
                _add(sums, key, -1, _sentiment_values(row.sentiment, row.score, row.confidence, row.rating, row.rating_max, vp))
        old_topics = select(t.mention_id, t.topic, t.sentiment, t.score).where(t.mention_id.in_(chunk))
        for mid, topic, label, score in conn.execute(old_topics):
            day = info[mid].published_at.astimezone(zone).date()
            _add(topic_sums, (info[mid].brand, day, topic, label), -1, [1, 1 if score > vp else 0, score])
    return info


def _write(conn: Connection, sums: dict[Key, list[float]], topic_sums: dict[Key, list[float]]) -> None:
    _upsert(conn, schema.sentiment_rollup, ["brand", "day", "source_id", "language", "sentiment"],
            ["n", "very_positive", "score_sum", "rated", "stars_sum", "low_rated", "high_rated", *schema.POSTERIOR_SUMS], sums)
    _upsert(conn, schema.topic_rollup, ["brand", "day", "topic", "sentiment"], ["n", "very_positive", "score_sum"], topic_sums)


def apply_save(conn: Connection, results: Sequence[dict[str, Any]]) -> None:
    """Move the rollups from the stored labels of these mentions to `results`' labels.

    Call inside the saving transaction, before the old classifications are replaced."""
    state = read_state(conn)
    if state is None or not results:
        return
    zone, vp = ZoneInfo(state.zone), state.very_positive
    sums: dict[Key, list[float]] = {}
    topic_sums: dict[Key, list[float]] = {}
    info = _subtract_stored(conn, [r["mention_id"] for r in results], zone, vp, sums, topic_sums)
    # Imported here: migrations imports this module to rebuild. One reading of the topics JSON.
    from monitor.storage.migrations import topic_rows_of

    for r in results:
        row = info.get(r["mention_id"])
        if row is None:
            continue
        day = row.published_at.astimezone(zone).date()
        key = (row.brand, day, row.source_id, r.get("language") or "", r["sentiment"])
        _add(sums, key, +1, _sentiment_values(r["sentiment"], float(r["score"]), float(r["confidence"]),
                                               row.rating, row.rating_max, vp))
        for topic in topic_rows_of(r["mention_id"], r["topics"]):
            score = float(topic["score"])  # type: ignore[arg-type]
            _add(topic_sums, (row.brand, day, topic["topic"], topic["sentiment"]), +1, [1, 1 if score > vp else 0, score])
    _write(conn, sums, topic_sums)


def apply_delete(conn: Connection, ids: Sequence[int]) -> None:
    """Take these mentions out of the rollups; call in the deleting transaction, before the delete."""
    state = read_state(conn)
    if state is None or not ids:
        return
    sums: dict[Key, list[float]] = {}
    topic_sums: dict[Key, list[float]] = {}
    _subtract_stored(conn, ids, ZoneInfo(state.zone), state.very_positive, sums, topic_sums)
    _write(conn, sums, topic_sums)


def _upsert(conn: Connection, table: Any, keys: list[str], values: list[str], sums: dict[Key, list[float]]) -> None:
    changed = {k: v for k, v in sums.items() if any(abs(x) > 1e-12 for x in v)}
    if not changed:
        return
    dialect = {"sqlite": sqlite, "postgresql": postgresql}[conn.dialect.name]
    ints = {"n", "very_positive", "rated", "low_rated", "high_rated"}
    # In key order, so that two classifiers updating overlapping rows lock them in the same order
    # (PostgreSQL would otherwise be free to deadlock them).
    rows = [{**dict(zip(keys, k)), **{name: int(round(x)) if name in ints else x for name, x in zip(values, v)}}
            for k, v in sorted(changed.items())]
    statement = dialect.insert(table)
    statement = statement.on_conflict_do_update(
        index_elements=keys, set_={name: table.c[name] + statement.excluded[name] for name in values})
    conn.execute(statement, rows)
    emptied = [k for k, v in changed.items() if v[0] < 0]
    for chunk in (emptied[i:i + _CHUNK] for i in range(0, len(emptied), _CHUNK)):
        key_columns = tuple_(*(table.c[name] for name in keys))
        conn.execute(table.delete().where(and_(table.c.n <= 0, key_columns.in_(chunk))))
