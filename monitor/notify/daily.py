"""The daily digest job: when it is due, its idempotency key, composing and queuing it."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from monitor.config import Config
from monitor.notify.chart import sentiment_chart
from monitor.notify.digest import Digest, render_html, render_text
from monitor.notify.email import InlineImage, Mail, build_message, image_cid
from monitor.notify.outbox import Message, Outbox, Row
from monitor.storage.store import Store


def recipients_hash(recipients: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(r.strip().lower() for r in recipients)).encode()).hexdigest()[:16]


def digest_key(day: date, recipients: list[str]) -> str:
    """One digest per local date and recipient list: the outbox's unique key."""
    return f"digest|{day.isoformat()}|{recipients_hash(recipients)}"


def due_date(config: Config, now: datetime) -> date | None:
    """Today's local date once today's digest time has passed (so a late start catches up), else None."""
    email = config.notify.email
    if email is None or not email.digest:
        return None
    local = now.astimezone(config.analytics.zone)
    return local.date() if local.time() >= email.digest_at else None


def next_digest_at(config: Config, now: datetime) -> datetime | None:
    """The next local digest time after `now`, as an aware datetime (DST-correct wall clock)."""
    email = config.notify.email
    if email is None or not email.digest:
        return None
    zone = config.analytics.zone
    local = now.astimezone(zone)
    at = datetime.combine(local.date(), email.digest_at, tzinfo=zone)
    if at <= local:
        at = datetime.combine(local.date() + timedelta(days=1), email.digest_at, tzinfo=zone)
    return at


@dataclass(frozen=True)
class Composed:
    digest: Digest
    mail: Mail
    chart_png: bytes | None


def compose(digest: Digest, config: Config, key: str) -> Composed:
    sender = config.notify.email.sender if config.notify.email else "repwatch@localhost"
    prefix = config.notify.email.subject_prefix if config.notify.email else "[repwatch]"
    png = sentiment_chart(digest.chart, f"{digest.own_brand}: mentions per day") if digest.chart else None
    cid = image_cid("chart", key, sender)
    html = render_html(digest, f"cid:{cid}" if png else None)
    images = [InlineImage(cid, png)] if png else []
    return Composed(digest, Mail(digest.subject(prefix), render_text(digest), html, images), png)


def preview_html(composed: Composed) -> str:
    """The HTML with the chart as a data: URI, for a browser (cid: only resolves inside a mail)."""
    src = f"data:image/png;base64,{base64.b64encode(composed.chart_png).decode()}" if composed.chart_png else None
    return render_html(composed.digest, src)


def build(store: Store, config: Config, day: date, now: datetime) -> Composed:
    from monitor.notify.gather import gather

    recipients = config.notify.email.recipients if config.notify.email else []
    return compose(gather(store, config, day, now), config, digest_key(day, recipients))


def queue(store: Store, config: Config, outbox: Outbox, day: date, now: datetime,
          composed: Composed | None = None) -> tuple[Row, bool]:
    """Queue the digest of `day` unless it is already in the outbox; (its row, whether queued now)."""
    email = config.notify.email
    if email is None:
        raise LookupError("notify.email: not configured; add host, sender and recipients to send the digest")
    key = digest_key(day, email.recipients)
    existing = outbox.get(key)
    if existing is not None:
        return existing, False
    composed = composed or build(store, config, day, now)
    message = build_message(email, composed.mail, seed=key)
    queued = outbox.enqueue(Message(key, "digest", "email", message.as_string(), ", ".join(email.recipients),
                                    composed.mail.subject), now)
    row = outbox.get(key)
    assert row is not None
    return row, queued
