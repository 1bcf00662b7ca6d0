"""Alerts in the `alerts` table: one row per incident and scope, updated while the incident lasts.

An incident is found again on every detection run (each run re-reads its lookback); the row it
belongs to is the one of the same scope whose window it overlaps, so a rerun updates rather than
duplicates, and the unique (scope_key, started_at) constraint guards what slips past.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import Connection, select

from monitor.storage import schema
from monitor.storage.store import Store, utcnow

SEVERITIES = ("low", "medium", "high")
STATUSES = ("open", "acknowledged", "resolved")


@dataclass
class Alert:
    id: int | None
    scope_key: str
    brand: str
    scope: str  # brand | topic | source
    topic: str | None
    source: str | None
    metric: str  # negative_count | negative_share | positive_share
    bucket: str  # hour | day
    started_at: datetime
    ended_at: datetime
    observed: float  # count, or share in 0..1 for the share metrics
    expected: float
    severity: str  # low | medium | high
    score: float  # -log10 p of the most anomalous window
    cause: dict[str, Any] = field(default_factory=dict)
    status: str = "open"
    created_at: datetime | None = None
    updated_at: datetime | None = None
    acknowledged_at: datetime | None = None
    acknowledged_by: str | None = None
    change: str | None = None  # set by detect_alerts: "new" or "updated"

    @property
    def ratio(self) -> float:
        return self.observed / self.expected if self.expected > 0 else math.inf

    @property
    def label(self) -> str:
        """'Trapkracht', 'Trapkracht, topic delivery', 'Trapkracht, source forum'."""
        extra = self.topic if self.scope == "topic" else self.source
        return f"{self.brand}, {self.scope} {extra}" if extra else self.brand

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, datetime):
                data[key] = value.isoformat()
        data["ratio"] = None if math.isinf(self.ratio) else round(self.ratio, 3)
        data["label"] = self.label
        return data


def alert_summary(alert: Alert, zone: tzinfo) -> dict[str, Any]:
    """The short form (demo summary, tables): local dates, the end inclusive."""
    last = alert.ended_at.astimezone(zone) - timedelta(seconds=1)  # ended_at is exclusive
    return {"brand": alert.brand, "scope": alert.scope, "topic": alert.topic, "source": alert.source,
            "metric": alert.metric, "severity": alert.severity,
            "start": alert.started_at.astimezone(zone).date().isoformat(), "end": last.date().isoformat()}


def scope_key(brand: str, scope: str, name: str | None, metric: str, bucket: str) -> str:
    """'Trapkracht|topic=delivery|negative_count|day'; 'Trapkracht|brand|negative_count|hour'."""
    where = scope if scope == "brand" else f"{scope}={name}"
    return f"{brand}|{where}|{metric}|{bucket}"


def _alert(row: Any) -> Alert:
    data = dict(row._mapping)
    data["cause"] = json.loads(data.get("cause") or "{}")
    return Alert(**data)


def list_alerts(store: Store, since: datetime | None = None, status: str | None = None,
                brand: str | None = None) -> list[Alert]:
    """Alerts whose incident lasted until `since` or later, newest first."""
    a = schema.alerts.c
    query = select(schema.alerts).order_by(a.started_at.desc(), a.id.desc())
    if since is not None:
        query = query.where(a.ended_at >= since)
    if status is not None:
        if status not in STATUSES:
            raise ValueError(f"status: unknown alert status {status!r}; expected one of {', '.join(STATUSES)}")
        query = query.where(a.status == status)
    if brand is not None:
        query = query.where(a.brand == brand)
    with store.engine.connect() as conn:
        return [_alert(r) for r in conn.execute(query)]


def get_alert(store: Store, alert_id: int) -> Alert | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(schema.alerts).where(schema.alerts.c.id == alert_id)).first()
    return _alert(row) if row else None


def acknowledge(store: Store, alert_id: int, by: str | None = None) -> Alert:
    """Mark an alert seen: it stays listed, and is still updated while its incident lasts."""
    t = schema.alerts
    now = utcnow()
    with store.engine.begin() as conn:
        found = conn.execute(t.update().where(t.c.id == alert_id)
                             .values(status="acknowledged", acknowledged_at=now, acknowledged_by=by, updated_at=now))
        if not found.rowcount:
            raise KeyError(f"alert {alert_id}: no such alert; list them with `repwatch alerts`")
    alert = get_alert(store, alert_id)
    assert alert is not None
    return alert


_COMPARED = ("started_at", "ended_at", "metric", "bucket", "observed", "expected", "severity", "score", "status")


def _same(old: dict[str, Any], new: dict[str, Any]) -> bool:
    for key in _COMPARED:
        a, b = old[key], new[key]
        if isinstance(a, float) and isinstance(b, float):
            if not math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9):
                return False
        elif a != b:
            return False
    return old["cause"] == new["cause"]


def _matching(conn: Connection, draft: Alert, cooldown: timedelta) -> Any:
    a = schema.alerts.c
    query = select(schema.alerts).where(
        a.brand == draft.brand, a.scope == draft.scope,
        a.topic.is_(None) if draft.topic is None else a.topic == draft.topic,
        a.source.is_(None) if draft.source is None else a.source == draft.source,
        a.started_at <= draft.ended_at + cooldown, a.ended_at >= draft.started_at - cooldown,
    ).order_by(a.started_at.desc())
    return conn.execute(query).first()


def upsert(store: Store, draft: Alert, cooldown: timedelta, now: datetime) -> Alert | None:
    """Store a detected incident; the stored alert if it is new or changed, else None."""
    t = schema.alerts
    values = {k: getattr(draft, k) for k in ("scope_key", "brand", "scope", "topic", "source", *_COMPARED)}
    values["cause"] = json.dumps(draft.cause, ensure_ascii=False, sort_keys=True)
    with store.engine.begin() as conn:
        row = _matching(conn, draft, cooldown)
        if row is None:
            inserted = conn.execute(t.insert().values(**values, created_at=now, updated_at=now))
            alert_id, change = int(inserted.inserted_primary_key[0]), "new"
        else:
            old = dict(row._mapping)
            values["started_at"] = min(old["started_at"], draft.started_at)
            values["ended_at"] = max(old["ended_at"], draft.ended_at)
            values["score"] = max(old["score"], draft.score)
            values["severity"] = max(old["severity"], draft.severity, key=SEVERITIES.index)
            values["status"] = old["status"] if old["status"] == "acknowledged" else draft.status
            if _same(old, values):
                return None
            conn.execute(t.update().where(t.c.id == old["id"]).values(**values, updated_at=now))
            alert_id, change = int(old["id"]), "updated"
    alert = get_alert(store, alert_id)
    assert alert is not None
    alert.change = change
    return alert


def resolve_ended(store: Store, cooldown: timedelta, now: datetime) -> list[Alert]:
    """Open alerts whose incident ended more than a cooldown ago become resolved."""
    t = schema.alerts
    with store.engine.begin() as conn:
        ids = [r.id for r in conn.execute(select(t.c.id).where(t.c.status == "open", t.c.ended_at < now - cooldown))]
        if ids:
            conn.execute(t.update().where(t.c.id.in_(ids)).values(status="resolved", updated_at=now))
    resolved = [a for a in (get_alert(store, i) for i in ids) if a is not None]
    for alert in resolved:
        alert.change = "updated"
    return resolved
