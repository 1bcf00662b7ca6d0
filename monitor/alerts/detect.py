"""`detect_alerts`: read every scope's series, run the pure detection, store what it finds."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, tzinfo
from typing import Any, Protocol

from sqlalchemy import func, select

from monitor.alerts.cause import build_cause
from monitor.alerts.config import AlertsConfig
from monitor.alerts.merge import Scoped, combine, dedupe
from monitor.alerts.severity import SeverityRule
from monitor.alerts.spikes import Incident, Series, detect
from monitor.alerts.store import Alert, resolve_ended, scope_key, upsert
from monitor.analytics.series import Bucket, Scope, sentiment_series
from monitor.config import Config
from monitor.storage import schema
from monitor.storage.store import Store, utcnow

log = logging.getLogger(__name__)


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


def _size(incident: Incident) -> tuple[float, int | None]:
    """(how many times the usual, negative mentions behind it; None where the metric counts no negatives)."""
    return incident.ratio, incident.count if incident.kind.counts_negatives else None


def severity(incident: Incident, cfg: AlertsConfig) -> str:
    """low | medium | high by `SeverityRule` (monitor/alerts/severity.py): pure, thresholds from the config."""
    return SeverityRule.of(cfg).grade(incident.score, *_size(incident))


def scan(source: SeriesSource, config: Config, now: datetime) -> list[Scoped]:
    """Incidents of every scope in the lookback, merged within and across scopes.

    A scope whose series cannot be read or judged is logged, naming the scope, and skipped: one
    broken scope never stops the detection of the others in the same pass.
    """
    cfg = config.alerts
    since = now - timedelta(days=cfg.lookback_days)
    # Enough before the lookback for every baseline: the weekday medians and the past deviations.
    start = since - timedelta(days=max(7 * cfg.baseline_weeks, cfg.history_days) + max(cfg.day_windows) + 1)
    cooldown = timedelta(hours=cfg.cooldown_hours)
    starts = source.first_mentions()
    found: list[Scoped] = []
    for kind, name, scope in source.scopes([b.name for b in config.brands]):
        if scope.brand not in starts:
            continue
        try:
            incidents = _scope_incidents(source, config, scope, (start, now), since, starts[scope.brand])
        except Exception as exc:  # one scope's failure is data in the log, never the end of the pass
            _scope_failed("detection", scope_label(scope.brand or "", kind, name), exc)
            continue
        found += [Scoped(scope.brand or "", kind, name, i) for i in combine(incidents, cooldown)]
    return dedupe(found, cooldown)


def _scope_incidents(source: SeriesSource, config: Config, scope: Scope, span: tuple[datetime, datetime],
                     since: datetime, data_from: datetime) -> list[Incident]:
    cfg, zone, incidents = config.alerts, config.analytics.zone, []
    for size in ("hour", "day"):
        buckets = source.series(scope, *span, size, zone, config.analytics.very_positive)
        incidents += detect(Series.from_buckets(buckets, size, data_from), cfg, since)
    return incidents


def scope_label(brand: str, kind: str, name: str | None) -> str:
    """'Trapkracht', 'Trapkracht, topic delivery': how a scope is named in the log."""
    return f"{brand}, {kind} {name}" if name else brand


def _scope_failed(what: str, label: str, exc: Exception) -> None:
    log.error("alert %s for %s failed: %s: %s; the other scopes go on", what, label, type(exc).__name__,
              " ".join(str(exc).split())[:300])
    log.debug("alert %s for %s failed", what, label, exc_info=True)


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
        "severity_rule": SeverityRule.of(cfg).words(),  # shown beside the alert (severity.explain)
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
    by default the store's own mentions).

    Storing is per incident too: an incident that cannot be stored is logged with its scope and the
    others are still stored.
    """
    if not config.alerts.enabled:
        return []
    now = now or utcnow()
    cooldown = timedelta(hours=config.alerts.cooldown_hours)
    changed: list[Alert] = []
    for item in scan(source or StoreSeries(store), config, now):
        try:
            stored = upsert(store, draft(store, item, config, now), cooldown, now)
        except Exception as exc:
            _scope_failed("storing", scope_label(item.brand, item.scope, item.name), exc)
            continue
        if stored is not None:
            changed.append(stored)
    seen = {a.id for a in changed}
    changed += [a for a in resolve_ended(store, cooldown, now) if a.id not in seen]
    return sorted(changed, key=lambda a: (a.started_at, a.scope_key))
