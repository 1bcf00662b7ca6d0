"""What `repwatch watch` does with `queue.url` set: enqueue the work of a pass instead of doing it.

Per pass: a collect task per due source, classify tasks for the mentions no model has labelled
yet (in batches of `queue.classify_batch`, each id enqueued once, as the scheduler remembers the
highest id it enqueued), a detect task when labels were added since the last one, the digest
task once per day when it is due, and a deliver task when an outbox message is due.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from monitor.config import Config
from monitor.notify import daily
from monitor.notify.outbox import Outbox
from monitor.storage import schema
from monitor.storage.store import Store
from monitor.workers.app import CLASSIFY, COLLECT, DELIVER, DETECT, DIGEST, ROUTES, make_app
from monitor.workers.batches import pending_ids
from monitor.workers.config import mask_url

log = logging.getLogger("monitor.watch")

POLL = timedelta(seconds=30)  # how soon the scheduler looks again for mentions the workers collected


class Dispatcher:
    def __init__(self, config: Config, store: Store, broker_url: str) -> None:
        self.config, self.store = config, store
        self.app = make_app(config, broker_url)
        self.where = mask_url(broker_url)
        self.watermark = 0  # the highest mention id enqueued for classification
        # A batch whose task was lost for good (retries exhausted, the queue flushed) is enqueued
        # again after this long; the classify task skips whatever is labelled by then.
        self.resweep = max(timedelta(hours=1), 2 * config.queue.visibility_timeout)
        self.swept_at: datetime | None = None
        self.labelled: int | None = None
        self.digest_day: date | None = None

    def send(self, name: str, *args: Any) -> str:
        result = self.app.send_task(name, args=list(args), queue=ROUTES[name])
        return str(result.id)

    def collect(self, names: list[str]) -> list[str]:
        return [f"collect:{name}:{self.send(COLLECT, name)}" for name in names]

    def classify(self, now: datetime) -> list[str]:
        if self.swept_at is None or now - self.swept_at >= self.resweep:
            self.watermark, self.swept_at = 0, now
        size = self.config.queue.classify_batch
        sent = []
        while ids := pending_ids(self.store, None, after=self.watermark, limit=size):
            sent.append(f"classify:{ids[0]}..{ids[-1]}:{self.send(CLASSIFY, ids)}")
            self.watermark = ids[-1]
        return sent

    def detect(self) -> list[str]:
        with self.store.engine.connect() as conn:
            labelled = int(conn.execute(select(func.count()).select_from(schema.classifications)).scalar_one())
        if labelled == self.labelled:
            return []
        self.labelled = labelled
        return [f"detect:{self.send(DETECT)}"]

    def digest(self, now: datetime) -> list[str]:
        day = daily.due_date(self.config, now)
        if day is None or day == self.digest_day:
            return []
        self.digest_day = day
        return [f"digest:{day}:{self.send(DIGEST, day.isoformat())}"]

    def deliver(self, outbox: Outbox, now: datetime) -> list[str]:
        due = outbox.next_due()
        return [f"deliver:{self.send(DELIVER)}"] if due is not None and due <= now else []


def make_dispatcher(config: Config, store: Store) -> Dispatcher:
    """The dispatcher of a config with `queue:`; LookupError when its `url_env` is not set."""
    dispatcher = Dispatcher(config, store, config.queue.resolve())
    log.info("queue mode: tasks go to %s", dispatcher.where)
    return dispatcher
