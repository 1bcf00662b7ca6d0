"""Immediate alerts: an alert at or above a severity goes out at once, through the outbox.

One message per alert incident and channel (the key holds the alert id and its start), and per
channel a cooldown per scope: a new incident of a scope that was notified on a channel less than
the cooldown ago waits until the cooldown has passed (and goes out then if it is still open).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from monitor.config import Config
from monitor.notify.channels import Channel, channel_key
from monitor.notify.config import at_least
from monitor.notify.digest import render_alert
from monitor.notify.email import Mail, build_message
from monitor.notify.gather import alert_line
from monitor.notify.outbox import Message, Outbox

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Target:
    key: str  # hash naming the channel in outbox keys
    label: str  # printable: "email" or the masked URL
    min_severity: str
    cooldown: timedelta


def email_key(recipients: list[str]) -> str:
    return channel_key("email|" + "\n".join(sorted(r.lower() for r in recipients)))


def targets(config: Config, channels: list[Channel]) -> list[Target]:
    out = []
    email = config.notify.email
    if email is not None and email.alerts:
        out.append(Target(email_key(email.recipients), "email", config.notify.immediate_severity, email.cooldown))
    out += [Target(c.key, c.masked, c.min_severity, c.cooldown) for c in channels]
    return out


def alert_key(alert: Any, target: Target) -> str:
    started = alert.started_at.isoformat() if isinstance(alert.started_at, datetime) else str(alert.started_at)
    return f"alert|{alert.id}|{target.key}|{started}"


def _cooling(outbox: Outbox, target: Target, scope_key: str, key: str, now: datetime) -> bool:
    recent = outbox.rows(kind="alert", since=now - target.cooldown, key_like=f"alert|%|{target.key}|%")
    return any(r.key != key and r.status != "failed" and json.loads(r.payload).get("scope_key") == scope_key for r in recent)


def _payload(config: Config, alert: Any, target: Target, key: str) -> tuple[str, str]:
    zone = config.analytics.zone
    prefix = config.notify.email.subject_prefix if config.notify.email else "[repwatch]"
    subject, text, html = render_alert(alert_line(alert, zone), prefix)
    data: dict[str, Any] = {"alert_id": alert.id, "scope_key": alert.scope_key, "severity": alert.severity,
                            "title": subject, "body": text}
    if target.label == "email" and config.notify.email is not None:
        data["mime"] = build_message(config.notify.email, Mail(subject, text, html), seed=key).as_string()
    return subject, json.dumps(data, ensure_ascii=False)


def queue_alerts(config: Config, outbox: Outbox, channels: list[Channel], alerts: list[Any], now: datetime) -> list[str]:
    """Queue each open alert for each target it qualifies for; the keys queued now."""
    queued: list[str] = []
    for alert in alerts:
        if getattr(alert, "status", "open") != "open":
            continue
        for target in targets(config, channels):
            if not at_least(alert.severity, target.min_severity):
                continue
            key = alert_key(alert, target)
            if outbox.get(key) is not None:
                continue
            if _cooling(outbox, target, alert.scope_key, key, now):
                log.info("alert %s to %s held back: scope %s is in its %s cooldown", alert.id, target.label,
                         alert.scope_key, target.cooldown)
                continue
            subject, payload = _payload(config, alert, target, key)
            recipients = ", ".join(config.notify.email.recipients) if target.label == "email" and config.notify.email else ""
            if outbox.enqueue(Message(key, "alert", target.label, payload, recipients, subject), now):
                log.info("alert %s (%s, %s) queued for %s", alert.id, alert.severity, alert.scope_key, target.label)
                queued.append(key)
    return queued
