"""The Celery tasks: collect one source, classify a batch of mentions, detect, the digest, deliver.

Each is idempotent, because each may run twice (acks_late: a task whose worker died is run again):
mentions are unique per source and text (a second collect stores nothing), a classify task labels
only what is still unlabelled, and every message goes through the outbox under a unique key,
claimed before it is sent (a second digest or alert task queues and sends nothing).
"""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from celery import Celery, Task
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError

from monitor.config import Config
from monitor.storage.store import Store
from monitor.workers.app import CLASSIFY, COLLECT, DELIVER, DETECT, DIGEST

log = logging.getLogger("monitor.workers")

# Worth another try later: the database or the network was unavailable, or a copy of this task
# saved the same rows at the same moment (the retry then finds nothing left to do).
TRANSIENT = (OperationalError, InterfaceError, IntegrityError, OSError)


@dataclass
class Runtime:
    """What a worker process keeps between tasks: the config, its own engine, the model (lazily)."""

    config: Config
    _pid: int = 0
    _store: Store | None = None
    _classifier: Any = None
    _delivery: Any = field(default=None, repr=False)

    def store(self) -> Store:
        # Prefork children inherit the parent's engine; a connection pool must never cross a fork.
        if self._store is None or self._pid != os.getpid():
            self._store, self._pid, self._delivery = Store(self.config.database_url()), os.getpid(), None
        return self._store

    def classifier(self) -> Any:
        if self._classifier is None:
            from monitor.watch import load_model

            self._classifier = load_model(self.config)
            log.info("model %s loaded in process %d", self._classifier.version, os.getpid())
        return self._classifier

    def delivery(self) -> Any:
        from monitor.notify.channels import load_channels
        from monitor.notify.deliver import make_sender
        from monitor.notify.outbox import Outbox

        store = self.store()
        if self._delivery is None:
            channels = load_channels(self.config.notify)
            outbox = Outbox(store, self.config.notify.max_attempts, self.config.notify.retry_backoff)
            self._delivery = (channels, outbox, make_sender(self.config, channels))
        return self._delivery


def _retry(task: Task, runtime: Runtime, exc: Exception) -> Exception:
    backoff = runtime.config.queue.retry_backoff.total_seconds() * 2 ** task.request.retries
    log.warning("%s %s: %s: %s; retried in %.0fs", task.name, task.request.id, type(exc).__name__,
                " ".join(str(exc).split())[:200], backoff)
    return task.retry(exc=exc, countdown=min(backoff, 3600), max_retries=runtime.config.queue.max_retries)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def collect_source(runtime: Runtime, name: str) -> dict[str, Any]:
    from monitor.pipeline import collect

    report = collect(runtime.config, runtime.store(), only=[name])
    result = report.sources.get(name)
    if result is None:
        return {"source": name, "error": f"{name}: not an enabled source in the config"}
    if result.error:
        log.warning("source %s failed: %s", name, result.error)
    return {"source": name, **asdict(result)}


def classify_batch(runtime: Runtime, ids: list[int]) -> dict[str, Any]:
    from monitor.workers.batches import classify_ids

    report = classify_ids(runtime.store(), runtime.classifier(), ids)
    return asdict(report)


def detect(runtime: Runtime) -> dict[str, Any]:
    from monitor.alerts.detect import detect_alerts
    from monitor.notify.immediate import queue_alerts

    channels, outbox, sender = runtime.delivery()
    now = _now()
    alerts = detect_alerts(runtime.store(), runtime.config, now)
    queued = queue_alerts(runtime.config, outbox, channels, list(alerts), now)
    delivered = outbox.deliver(now, sender)
    return {"alerts": len(alerts), "queued": queued, "sent": [r.key for r in delivered.sent]}


def digest(runtime: Runtime, day: str) -> dict[str, Any]:
    from monitor.notify import daily

    _channels, outbox, sender = runtime.delivery()
    now = _now()
    row, queued = daily.queue(runtime.store(), runtime.config, outbox, date.fromisoformat(day), now)
    delivered = outbox.deliver(now, sender)
    return {"digest": row.key, "queued": queued, "sent": [r.key for r in delivered.sent]}


def deliver(runtime: Runtime) -> dict[str, Any]:
    _channels, outbox, sender = runtime.delivery()
    delivered = outbox.deliver(_now(), sender)
    return {"sent": [r.key for r in delivered.sent], "failed": [r.key for r, _ in delivered.failed]}


def register(app: Celery, runtime: Runtime) -> None:
    """Bind the tasks to `app`; each logs one line when it starts (the tests wait for these lines)."""

    def define(name: str, body: Any) -> None:
        def run(self: Task, *args: Any) -> dict[str, Any]:
            redelivered = bool((self.request.delivery_info or {}).get("redelivered"))
            log.info("task %s %s started%s: %s", name, self.request.id, " (redelivered)" if redelivered else "",
                     _describe(args))
            try:
                result = body(runtime, *args)
            except TRANSIENT as exc:
                raise _retry(self, runtime, exc) from exc
            log.info("task %s %s done: %s", name, self.request.id, result)
            return result

        app.task(name=name, bind=True, acks_late=True, reject_on_worker_lost=True)(run)

    for name, body in ((COLLECT, collect_source), (CLASSIFY, classify_batch), (DETECT, detect), (DIGEST, digest),
                       (DELIVER, deliver)):
        define(name, body)


def _describe(args: tuple[Any, ...]) -> str:
    if args and isinstance(args[0], list):
        ids = args[0]
        return f"{len(ids)} mentions {ids[0]}..{ids[-1]}" if ids else "0 mentions"
    return ", ".join(map(str, args))
