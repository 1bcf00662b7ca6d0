"""`detect_alerts`: read every scope's series, run the pure detection, store what it finds."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import Any, Protocol

from sqlalchemy import func, select

from monitor.alerts.cause import build_cause
from monitor.alerts.config import AlertsConfig
from monitor.alerts.merge import Scoped, combine, dedupe
from monitor.alerts.spikes import Incident, Series, detect
from monitor.alerts.store import Alert, resolve_ended, scope_key, upsert
from monitor.analytics.series import Bucket, Scope, sentiment_series
from monitor.config import Config
from monitor.storage import schema
from monitor.storage.store import Store, utcnow


def scopes(store: Store, brands: list[str]) -> list[tuple[str, str | None, Scope]]:
    """(kind, name, scope): each brand, each topic and each source it has mentions in."""
    m, s, t = schema.mentions, schema.sources, schema.mention_topics
    with store.engine.connect() as conn:
        topics = conn.execute(select(m.c.brand, t.c.topic).select_from(m.join(t, t.c.mention_id == m.c.id))
                              .distinct().order_by(m.c.brand, t.c.topic)).all()
        sources = conn.execute(select(m.c.brand, s.c.name).select_from(m.join(s, s.c.id == m.c.source_id))
                               .distinct().order_by(m.c.brand, s.c.name)).all()
    out: list[tuple[str, str | None, Scope]] = [("brand", None, Scope(b)) for b in brands]
    out += [("topic", topic, Scope(b, topic=topic)) for b, topic in topics if b in brands]
    out += [("source", name, Scope(b, source=name)) for b, name in sources if b in brands]
    return out


def first_mentions(store: Store) -> dict[str, datetime]:
    """When each brand's data starts: earlier buckets are unknown, not quiet."""
    m = schema.mentions.c
    with store.engine.connect() as conn:
        return {b: at for b, at in conn.execute(select(m.brand, func.min(m.published_at)).group_by(m.brand))}


class SeriesSource(Protocol):
    """Where detection reads its scopes and series: the store, or a replay (benchmarks/alert_real.py)."""

    def scopes(self, brands: list[str]) -> list[tuple[str, str | None, Scope]]: ...

    def first_mentions(self) -> dict[str, datetime]: ...

    def series(self, scope: Scope, start: datetime, end: datetime, size: str, zone: tzinfo,
               very_positive: float) -> list[Bucket]: ...


class StoreSeries:
    """The series of the mentions in a store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def scopes(self, brands: list[str]) -> list[tuple[str, str | None, Scope]]:
        return scopes(self.store, brands)

    def first_mentions(self) -> dict[str, datetime]:
        return first_mentions(self.store)

    def series(self, scope: Scope, start: datetime, end: datetime, size: str, zone: tzinfo,
               very_positive: float) -> list[Bucket]:
        # dated_only: undated items of a source's first collect have no first-seen history (issue 15).
        return sentiment_series(self.store, scope, start, end, size, zone, very_positive, dated_only=True)


def severity(incident: Incident, cfg: AlertsConfig) -> str:
    ratio = incident.ratio
    if incident.score >= cfg.high_score and ratio >= 3:
        return "high"
    if incident.score >= cfg.medium_score and ratio >= 2:
        return "medium"
    return "low"


def scan(source: SeriesSource, config: Config, now: datetime) -> list[Scoped]:
    """Incidents of every scope in the lookback, merged within and across scopes."""
    cfg, zone = config.alerts, config.analytics.zone
    since = now - timedelta(days=cfg.lookback_days)
    # Enough before the lookback for every baseline: the weekday medians and the past deviations.
    start = since - timedelta(days=max(7 * cfg.baseline_weeks, cfg.history_days) + max(cfg.day_windows) + 1)
    cooldown = timedelta(hours=cfg.cooldown_hours)
    starts = source.first_mentions()
    found: list[Scoped] = []
    for kind, name, scope in source.scopes([b.name for b in config.brands]):
        if scope.brand not in starts:
            continue
        incidents: list[Incident] = []
        for size in ("hour", "day"):
            buckets = source.series(scope, start, now, size, zone, config.analytics.very_positive)
            incidents += detect(Series.from_buckets(buckets, size, starts[scope.brand]), cfg, since)
        found += [Scoped(scope.brand or "", kind, name, i) for i in combine(incidents, cooldown)]
    return dedupe(found, cooldown)


def draft(store: Store, item: Scoped, config: Config, now: datetime) -> Alert:
    cfg, i = config.alerts, item.incident
    topic = item.name if item.scope == "topic" else None
    source = item.name if item.scope == "source" else None
    summary: dict[str, Any] = {
        "scope": {"brand": item.brand, "scope": item.scope, "topic": topic, "source": source},
        "metric": i.metric, "bucket": i.bucket, "window": i.window,
        "observed": round(i.observed, 4), "expected": round(i.expected, 4),
        "ratio": round(i.ratio, 2) if i.expected > 0 else None,
        "count": i.count, "volume": i.volume, "score": round(i.score, 2),
    }
    cause = build_cause(store, Scope(item.brand, topic, source), i.start, i.end, cfg.baseline_weeks, summary)
    ended = now - i.end > timedelta(hours=cfg.cooldown_hours)
    return Alert(
        id=None, scope_key=scope_key(item.brand, item.scope, item.name, i.metric, i.bucket), brand=item.brand,
        scope=item.scope, topic=topic, source=source, metric=i.metric, bucket=i.bucket, started_at=i.start,
        ended_at=i.end, observed=i.observed, expected=i.expected, severity=severity(i, cfg), score=i.score,
        cause=cause, status="resolved" if ended else "open",
    )


def detect_alerts(store: Store, config: Config, now: datetime | None = None,
                  source: SeriesSource | None = None) -> list[Alert]:
    """Detect, store, and return the alerts that are new or changed by this run (series from `source`,
    by default the store's own mentions)."""
    if not config.alerts.enabled:
        return []
    now = now or utcnow()
    cooldown = timedelta(hours=config.alerts.cooldown_hours)
    changed = [a for a in (upsert(store, draft(store, item, config, now), cooldown, now)
                           for item in scan(source or StoreSeries(store), config, now)) if a is not None]
    seen = {a.id for a in changed}
    changed += [a for a in resolve_ended(store, cooldown, now) if a.id not in seen]
    return sorted(changed, key=lambda a: (a.started_at, a.scope_key))
