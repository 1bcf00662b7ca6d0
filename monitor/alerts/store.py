"""Alerts in the `alerts` table: one row per incident and scope, updated while the incident lasts.

An incident is found again on every detection run (each run re-reads its lookback); the rows it
belongs to are those of the same scope whose windows it overlaps, so a rerun updates rather than
duplicates, and a draft spanning several stored alerts folds them into one (`upsert`). The unique
(scope_key, started_at) constraint guards what slips past.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any

from sqlalchemy import Connection, or_, select

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
            "metric": alert.metric, "severity": alert.severity, "status": alert.status,
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


def _matching(conn: Connection, draft: Alert, cooldown: timedelta) -> list[Any]:
    """Every stored alert of the draft's scope whose window the draft overlaps (within the cooldown), earliest first.

    Scope means brand, scope kind and topic or source, whatever the metric and bucket: the hourly and
    the daily view of one incident are one alert (see `upsert`).
    """
    a = schema.alerts.c
    query = select(schema.alerts).where(
        a.brand == draft.brand, a.scope == draft.scope,
        a.topic.is_(None) if draft.topic is None else a.topic == draft.topic,
        a.source.is_(None) if draft.source is None else a.source == draft.source,
        a.started_at <= draft.ended_at + cooldown, a.ended_at >= draft.started_at - cooldown,
    ).order_by(a.started_at, a.id)
    return list(conn.execute(query))


def _acknowledgement(rows: list[dict[str, Any]]) -> tuple[datetime | None, str | None]:
    """The earliest acknowledgement among the alerts folded together, if any was acknowledged."""
    acked = [r for r in rows if r["status"] == "acknowledged" and r["acknowledged_at"] is not None]
    if not acked:
        return None, None
    first = min(acked, key=lambda r: r["acknowledged_at"])
    return first["acknowledged_at"], first["acknowledged_by"]


def upsert(store: Store, draft: Alert, cooldown: timedelta, now: datetime) -> Alert | None:
    """Store a detected incident; the stored alert if it is new or changed, else None.

    A draft that spans several stored alerts of its scope (a later scan sees one incident where an
    earlier one saw two, or an hourly and a daily alert of one incident) folds them into one, in
    one transaction: the earliest keeps its id and creation time, the others are deleted, the
    window spans them all, the severity and score are the highest, and it stays acknowledged (with
    the earliest acknowledgement) when any of them was. Metric, bucket and scope key are the
    draft's, i.e. the detector's latest description of the whole incident. The folded alerts'
    notifications are carried over (`_carry_notifications`) so the merged alert is not announced again.
    """
    t = schema.alerts
    values = {k: getattr(draft, k) for k in ("scope_key", "brand", "scope", "topic", "source", *_COMPARED)}
    values["cause"] = json.dumps(draft.cause, ensure_ascii=False, sort_keys=True)
    with store.engine.begin() as conn:
        rows = [dict(r._mapping) for r in _matching(conn, draft, cooldown)]
        if not rows:
            inserted = conn.execute(t.insert().values(**values, created_at=now, updated_at=now))
            alert_id, change = int(inserted.inserted_primary_key[0]), "new"
        else:
            keep, folded = rows[0], rows[1:]
            values["started_at"] = min(draft.started_at, *(r["started_at"] for r in rows))
            values["ended_at"] = max(draft.ended_at, *(r["ended_at"] for r in rows))
            values["score"] = max(draft.score, *(r["score"] for r in rows))
            values["severity"] = max([draft.severity, *(r["severity"] for r in rows)], key=SEVERITIES.index)
            acknowledged_at, acknowledged_by = _acknowledgement(rows)
            acked = any(r["status"] == "acknowledged" for r in rows)
            values["status"] = "acknowledged" if acked else draft.status
            if not folded and _same(keep, values):
                return None
            if folded:
                # Deleted first: the survivor may take a folded alert's (scope_key, started_at).
                conn.execute(t.delete().where(t.c.id.in_([r["id"] for r in folded])))
                _carry_notifications(conn, int(keep["id"]), [int(r["id"]) for r in folded], values["started_at"])
            conn.execute(t.update().where(t.c.id == keep["id"]).values(
                **values, acknowledged_at=acknowledged_at, acknowledged_by=acknowledged_by, updated_at=now))
            alert_id, change = int(keep["id"]), "updated"
    alert = get_alert(store, alert_id)
    assert alert is not None
    alert.change = change
    return alert


def _carry_notifications(conn: Connection, keep: int, folded: list[int], started: datetime) -> None:
    """Re-key the folded alerts' outbox rows onto the merged alert, so no channel hears of it twice.

    Immediate alerts are keyed `alert|<id>|<channel>|<start>` (monitor/notify/immediate.py): a
    channel already told about any alert of the group gets the merged alert's key for its row,
    unless it already has one; rows that would collide stay as they are, as history.
    """
    o = schema.outbox
    pattern = [o.c.idempotency_key.like(f"alert|{i}|%") for i in (keep, *folded)]
    rows = conn.execute(select(o.c.id, o.c.idempotency_key).where(or_(*pattern)).order_by(o.c.id)).all()
    by_channel: dict[str, list[tuple[int, str]]] = {}
    for row_id, key in rows:
        parts = key.split("|")
        if len(parts) == 4:
            by_channel.setdefault(parts[2], []).append((row_id, key))
    for channel, told in by_channel.items():
        target = f"alert|{keep}|{channel}|{started.astimezone(timezone.utc).isoformat()}"
        if any(key == target for _, key in told):
            continue
        own = [r for r in told if r[1].startswith(f"alert|{keep}|")]
        row_id, _ = (own or told)[0]
        conn.execute(o.update().where(o.c.id == row_id).values(idempotency_key=target))


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
