"""The outbox: every e-mail and chat message is a row before it is sent, and leaves exactly once.

The unique idempotency key is what stops doubles: a digest queued twice (two processes, a restart,
a manual `digest --send` next to `watch`) is one row. Sending claims the row first with a
compare-and-set on its attempt count, so two workers never send the same row at once; the claim
pushes `next_attempt_at` ahead by a lease, so a process that dies mid-send leaves the row to be
retried later rather than lost. Failures back off exponentially until `max_attempts`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from monitor.storage import schema
from monitor.storage.store import Store

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)  # how long a claimed row is left alone by other workers
MAX_DELAY = timedelta(hours=2)


@dataclass(frozen=True)
class Message:
    key: str
    kind: str  # digest | alert
    channel: str  # "email" or a masked Apprise URL: printable
    payload: str
    recipients: str = ""
    subject: str = ""


@dataclass(frozen=True)
class Row:
    id: int
    key: str
    kind: str
    channel: str
    recipients: str
    subject: str
    payload: str
    status: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None

    @classmethod
    def of(cls, r: Any) -> "Row":
        return cls(r.id, r.idempotency_key, r.kind, r.channel, r.recipients, r.subject, r.payload, r.status,
                   r.attempts, r.next_attempt_at, r.last_error, r.created_at, r.sent_at)

    def to_json(self) -> dict[str, Any]:
        keep = ("id", "key", "kind", "channel", "recipients", "subject", "status", "attempts", "last_error")
        times = {k: (v.isoformat() if v else None) for k, v in
                 (("next_attempt_at", self.next_attempt_at), ("created_at", self.created_at), ("sent_at", self.sent_at))}
        return {**{k: getattr(self, k) for k in keep}, **times}


@dataclass
class DeliveryReport:
    sent: list[Row] = field(default_factory=list)
    failed: list[tuple[Row, str]] = field(default_factory=list)  # (row, error): retried later or given up


Sender = Callable[[Row], str | None]  # sends or raises; may return a note (e.g. refused recipients)


class Outbox:
    def __init__(self, store: Store, max_attempts: int = 8, backoff: timedelta = timedelta(minutes=1)) -> None:
        self.store = store
        self.max_attempts = max_attempts
        self.backoff = backoff

    def enqueue(self, message: Message, now: datetime) -> bool:
        """Queue a message; False when a message with its key is already there (sent or not)."""
        dialect = {"sqlite": sqlite, "postgresql": postgresql}[self.store.engine.dialect.name]
        # RETURNING, not rowcount: PostgreSQL drivers report -1 for an INSERT that returns rows.
        statement = (dialect.insert(schema.outbox).on_conflict_do_nothing(index_elements=["idempotency_key"])
                     .returning(schema.outbox.c.id))
        values = dict(
            idempotency_key=message.key, kind=message.kind, channel=message.channel, recipients=message.recipients,
            subject=message.subject, payload=message.payload, status="pending", attempts=0, next_attempt_at=now,
            created_at=now,
        )
        with self.store.engine.begin() as conn:
            return conn.execute(statement, values).first() is not None

    def get(self, key: str) -> Row | None:
        o = schema.outbox
        with self.store.engine.connect() as conn:
            row = conn.execute(select(o).where(o.c.idempotency_key == key)).first()
        return Row.of(row) if row else None

    def rows(self, kind: str | None = None, since: datetime | None = None, key_like: str | None = None) -> list[Row]:
        o = schema.outbox
        query = select(o).order_by(o.c.id)
        if kind:
            query = query.where(o.c.kind == kind)
        if since:
            query = query.where(o.c.created_at >= since)
        if key_like:
            query = query.where(o.c.idempotency_key.like(key_like))
        with self.store.engine.connect() as conn:
            return [Row.of(r) for r in conn.execute(query)]

    def due(self, now: datetime) -> list[Row]:
        o = schema.outbox
        query = select(o).where(o.c.status == "pending", o.c.next_attempt_at <= now).order_by(o.c.next_attempt_at, o.c.id)
        with self.store.engine.connect() as conn:
            return [Row.of(r) for r in conn.execute(query)]

    def next_due(self) -> datetime | None:
        o = schema.outbox
        with self.store.engine.connect() as conn:
            return conn.execute(select(func.min(o.c.next_attempt_at)).where(o.c.status == "pending")).scalar()

    def _claim(self, row: Row, now: datetime) -> bool:
        o = schema.outbox
        statement = (
            update(o)
            .where(o.c.id == row.id, o.c.status == "pending", o.c.attempts == row.attempts)
            .values(attempts=row.attempts + 1, next_attempt_at=now + LEASE)
        )
        with self.store.engine.begin() as conn:
            return bool(conn.execute(statement).rowcount)

    def _finish(self, row_id: int, **values: Any) -> None:
        o = schema.outbox
        with self.store.engine.begin() as conn:
            conn.execute(update(o).where(o.c.id == row_id).values(**values))

    def retry_delay(self, attempts: int) -> timedelta:
        """Delay after the `attempts`-th failed attempt: backoff, 2x, 4x ... capped."""
        return min(self.backoff * (2 ** max(attempts - 1, 0)), MAX_DELAY)

    def deliver(self, now: datetime, send: Sender, clock: Callable[[], datetime] | None = None,
                only: str | None = None) -> DeliveryReport:
        """Send every due row (or just the one keyed `only`) once; each outcome is logged and stored on its row."""
        report = DeliveryReport()
        for row in self.due(now):
            if only is not None and row.key != only:
                continue
            if not self._claim(row, now):
                continue  # another worker has it
            attempts = row.attempts + 1
            try:
                note = send(row)
            except Exception as exc:  # any failure is data on the row, never a crash of the loop
                error = _one_line(exc)
                gave_up = attempts >= self.max_attempts
                retry_at = now + self.retry_delay(attempts)
                self._finish(row.id, last_error=error, status="failed" if gave_up else "pending", next_attempt_at=retry_at)
                log.warning("outbox %s to %s: attempt %d failed (%s); %s", row.key, row.channel, attempts, error,
                            "given up" if gave_up else f"retry at {retry_at.isoformat(timespec='seconds')}")
                report.failed.append((row, error))
                continue
            sent_at = clock() if clock else now
            self._finish(row.id, status="sent", sent_at=sent_at, last_error=note)
            log.info("outbox %s sent to %s (attempt %d)%s", row.key, row.channel, attempts, f"; {note}" if note else "")
            report.sent.append(row)
        return report


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:500]
