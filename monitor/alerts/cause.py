"""Why an alert fired: the topics and sources behind the excess, its words, and example mentions.

Drivers compare the incident's negative mentions per topic and per source with the rate of the
preceding weeks, scaled to the incident's length; a driver's share is its part of the excess.
Like every share, the negatives are estimated, not counted: each side's labelled negatives are
scaled by the scope's corrected over counted negative share in that window
(monitor/analytics/shares.py); `negative_labelled` keeps the count.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select

from monitor.alerts.terms import distinctive_terms
from monitor.analytics.series import Bucket, Scope, scoped, sentiment_series
from monitor.storage import schema
from monitor.storage.store import Store

EXAMPLES = 5
MAX_MENTIONS = 3000  # texts read per side: enough for terms and drivers, bounded for big brands
SNIPPET = 280


def negative_mentions(store: Store, scope: Scope, start: datetime, end: datetime) -> list[dict[str, Any]]:
    """Negative mentions of a scope in [start, end), newest first, with their source and topics."""
    m, c, s, t = schema.mentions, schema.classifications, schema.sources, schema.mention_topics
    if scope.topic is not None:  # the topic's own sentiment, as the series count it
        label = select(t.c.mention_id).where(t.c.topic == scope.topic, t.c.sentiment == "negative")
        negative = m.c.id.in_(label)
    else:
        negative = c.c.sentiment == "negative"
    query = (
        select(m.c.id, m.c.url, m.c.title, m.c.text, m.c.language, m.c.published_at, s.c.name.label("source"),
               c.c.confidence, c.c.score)
        .select_from(m.join(s, s.c.id == m.c.source_id).join(c, c.c.mention_id == m.c.id))
        .where(m.c.published_at >= start, m.c.published_at < end, negative)
        .order_by(m.c.published_at.desc())
        .limit(MAX_MENTIONS)
    )
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(scoped(query, Scope(scope.brand, None, scope.source, scope.language)))]
        ids = [r["id"] for r in rows]
        topics: dict[int, list[str]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            for mid, topic in conn.execute(select(t.c.mention_id, t.c.topic).where(t.c.mention_id.in_(chunk),
                                                                                t.c.sentiment == "negative")):
                topics.setdefault(mid, []).append(topic)
    for row in rows:
        row["topics"] = sorted(topics.get(row["id"], []))
    return rows


def correction_factor(store: Store, scope: Scope, start: datetime, end: datetime) -> float:
    """Corrected over counted negative share of the scope in [start, end); 1 without a correction."""
    buckets = sentiment_series(store, scope, start, end, "hour", timezone.utc)
    if not buckets:
        return 1.0
    total = Bucket(buckets[0].start, buckets[-1].end)
    for b in buckets:
        total.add(b)
    total.correction = buckets[0].correction
    raw = total.shares(corrected=False).negative
    return total.shares().negative / raw if raw > 0 else 1.0


def drivers(now: list[dict[str, Any]], before: list[dict[str, Any]], scale: float, key: str,
            factors: tuple[float, float] = (1.0, 1.0)) -> list[dict[str, Any]]:
    """Per topic or source: negatives now, expected from before, and the share of the excess;
    `factors` (now, before) turn labelled negatives into estimated ones."""
    def count(rows: list[dict[str, Any]]) -> Counter[str]:
        return Counter(v for r in rows for v in (r[key] if isinstance(r[key], list) else [r[key]]))

    observed, usual = count(now), count(before)
    f_now, f_before = factors
    rows = [{"name": name, "negative": round(n * f_now, 2), "negative_labelled": n,
             "expected": round(usual[name] * scale * f_before, 2),
             "excess": round(n * f_now - usual[name] * scale * f_before, 2)} for name, n in observed.items()]
    total = sum(r["excess"] for r in rows if r["excess"] > 0)
    for r in rows:
        r["share_of_excess"] = round(r["excess"] / total, 3) if total > 0 and r["excess"] > 0 else 0.0
    rows.sort(key=lambda r: (-r["excess"], r["name"]))
    return rows[:8]


def examples(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The most confidently negative mentions, with their links."""
    best = sorted(rows, key=lambda r: (-(r["confidence"] or 0), r["score"] or 0, r["id"]))[:EXAMPLES]
    return [{"mention_id": r["id"], "url": r["url"], "source": r["source"], "title": r["title"],
             "text": r["text"][:SNIPPET] + ("…" if len(r["text"]) > SNIPPET else ""), "language": r["language"],
             "published_at": r["published_at"].isoformat(), "confidence": round(float(r["confidence"] or 0), 3)}
            for r in best]


def build_cause(store: Store, scope: Scope, start: datetime, end: datetime, weeks: int,
                summary: dict[str, Any]) -> dict[str, Any]:
    """The cause JSON stored with an alert; `summary` holds scope, metric, observed and expected."""
    now = negative_mentions(store, scope, start, end)
    before = negative_mentions(store, scope, start - timedelta(weeks=weeks), start)
    # A capped baseline covers less than `weeks`: scale by the time it does cover.
    covered = start - before[-1]["published_at"] if len(before) >= MAX_MENTIONS else timedelta(weeks=weeks)
    scale = (end - start) / max(covered, timedelta(hours=1))
    names = [n for n in (scope.brand, scope.topic, scope.source) if n]
    factors = (correction_factor(store, scope, start, end),
               correction_factor(store, scope, start - timedelta(weeks=weeks), start))
    return {
        **summary,
        "drivers": {"topics": drivers(now, before, scale, "topics", factors),
                    "sources": drivers(now, before, scale, "source", factors)},
        "negative_correction": {"now": round(factors[0], 4), "before": round(factors[1], 4)},
        "terms": distinctive_terms([f"{r['title']} {r['text']}" for r in now],
                                   [f"{r['title']} {r['text']}" for r in before], exclude=names),
        "examples": examples(now),
    }
