"""`repwatch worker`: a Celery worker for the tasks `repwatch watch` enqueues when `queue.url` is set."""

from __future__ import annotations

import logging
from typing import Annotated, Optional

import typer

from monitor.cli_common import ConfigOption, err, fail, opened

QueuesOption = Annotated[
    Optional[str], typer.Option("--queues", "-Q", help="Comma-separated queues to consume: collect, classify, default "
                                "(default: all).", show_default=False)
]
ConcurrencyOption = Annotated[
    Optional[int], typer.Option("--concurrency", min=1, help="Worker processes (default: one per CPU core).")
]


def _queues(value: str | None) -> list[str]:
    from monitor.workers.config import QUEUES

    if value is None:
        return list(QUEUES)
    names = [q.strip() for q in value.split(",") if q.strip()]
    unknown = [q for q in names if q not in QUEUES]
    if not names or unknown:
        fail(f"--queues: unknown queue {', '.join(unknown) or '(none)'}; choose from {', '.join(QUEUES)}")
    return names


def worker(config: ConfigOption = None, queues: QueuesOption = None,
           concurrency: ConcurrencyOption = None) -> None:
    """Run a Celery worker: collect sources, classify mentions, detect alerts, send (needs `queue.url`)."""
    from monitor.workers.app import make_app
    from monitor.workers.config import mask_url
    from monitor.workers.tasks import Runtime, register

    names = _queues(queues)
    # The schema is checked (and created or upgraded) once here, before the pool forks.
    with opened(config) as (cfg, _store):
        pass
    if not cfg.queue.enabled:
        fail(f"{cfg.path}: queue.url: not set; add `queue: {{url: redis://127.0.0.1:6379/0}}` (or `url_env`) to run workers")
    try:
        broker = cfg.queue.resolve()
    except LookupError as exc:
        fail(f"{cfg.path}: {exc}")
    logging.getLogger("monitor").setLevel(logging.INFO)
    err.print(f"worker: queues {', '.join(names)} from {mask_url(broker)}", highlight=False)
    app = make_app(cfg, broker)
    register(app, Runtime(cfg))
    argv = ["worker", f"--queues={','.join(names)}", "--loglevel=INFO", "--without-gossip", "--without-mingle"]
    if concurrency:
        argv.append(f"--concurrency={concurrency}")
    app.worker_main(argv)
