"""The Celery app, built from the config (never from environment variables read at import time).

Delivery is at-least-once by design: a task is acknowledged only after it ran (`acks_late`), a
worker process that dies mid-task has its task put back (`task_reject_on_worker_lost`), and a
whole worker that dies (its host lost, SIGKILL) leaves its task unacknowledged in Redis, which
hands it to another worker once `queue.visibility_timeout` has passed. The tasks are idempotent,
so running one twice is harmless.
"""

from __future__ import annotations

from celery import Celery
from kombu import Queue

from monitor.config import Config
from monitor.workers.config import QUEUES

COLLECT, CLASSIFY, DETECT, DIGEST, DELIVER = (
    "repwatch.collect", "repwatch.classify", "repwatch.detect", "repwatch.digest", "repwatch.deliver")
ROUTES = {COLLECT: "collect", CLASSIFY: "classify", DETECT: "default", DIGEST: "default", DELIVER: "default"}


def make_app(config: Config, broker_url: str) -> Celery:
    visibility = config.queue.visibility_timeout.total_seconds()
    app = Celery("repwatch", broker=broker_url, set_as_current=True)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        # One task at a time per process: a prefetched task would wait behind a long model batch.
        worker_prefetch_multiplier=1,
        task_queues=[Queue(name) for name in QUEUES],
        task_default_queue="default",
        task_routes=ROUTES,
        task_serializer="json",
        accept_content=["json"],
        task_ignore_result=True,
        broker_connection_retry_on_startup=True,
        # Unacknowledged tasks of a dead worker are looked for this often, and restored once older
        # than the visibility timeout.
        broker_transport_options={"visibility_timeout": visibility,
                                  "unacked_restore_interval": max(1.0, min(10.0, visibility / 2))},
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
    )
    return app
