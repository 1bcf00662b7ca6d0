"""A worker killed with SIGKILL mid-batch loses nothing: its task is redelivered to another worker.

Two real `repwatch worker` processes with the real embedded model (loaded once per process, on
its first classify task) share a real Redis broker and a real database. One is killed, main
process and pool together, while it runs a classify batch: nothing is left to acknowledge or
requeue that task, so Redis hands it to the other worker once `queue.visibility_timeout` (5 s
here) has passed. The second worker starts after the kill. One batch is also enqueued twice. In the end every mention has exactly one
label and the rollups count each once.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import pytest

from monitor.config import load_config
from monitor.storage.store import Store
from monitor.workers.app import CLASSIFY
from monitor.workers.dispatch import Dispatcher
from tests.workers.conftest import Worker, write_config
from tests.workers.test_tasks import add_mentions_unlabelled, assert_labelled_once

MENTIONS, BATCH = 48, 6
STARTED = re.compile(r"task repwatch\.classify (\S+) started")
DONE = re.compile(r"task repwatch\.classify (\S+) done")


def ids_of(pattern: re.Pattern[str], lines: list[str]) -> set[str]:
    return {m.group(1) for line in lines if (m := pattern.search(line))}


@pytest.mark.slow
def test_a_worker_killed_mid_batch_loses_nothing(tmp_path: Path, redis_url: str, db_url: str,
                                                  workers: Callable[..., Worker]) -> None:
    config = write_config(tmp_path, db_url, redis_url, queue={"classify_batch": BATCH})
    cfg = load_config(config)
    store = Store(cfg.database_url())
    ids = add_mentions_unlabelled(store, MENTIONS)
    doomed = workers(config, queues="classify")

    dispatcher = Dispatcher(cfg, store, redis_url)
    sent = [t.rsplit(":", 1)[1] for t in dispatcher.classify(datetime.now(timezone.utc))]
    assert len(sent) == MENTIONS // BATCH
    sent.append(dispatcher.send(CLASSIFY, ids[:BATCH]))  # the first batch enqueued twice

    # Its second task: the model is loaded by then, so the kill lands in a batch, not in loading.
    doomed.wait_for(lambda lines: len(ids_of(STARTED, lines)) >= 2)
    doomed.kill()
    lost = ids_of(STARTED, doomed.lines) - ids_of(DONE, doomed.lines)
    assert lost, "the killed worker was in the middle of a task"
    assert sum(" loaded in process " in line for line in doomed.lines) == 1, "the real model, loaded once"
    # Started only now, so that the killed worker surely got a second task (a model loads in ~10 s).
    survivor = workers(config, queues="classify")

    survivor.wait_for(lambda lines: ids_of(DONE, lines) | ids_of(DONE, doomed.lines) >= set(sent), timeout=240)
    assert lost <= ids_of(DONE, survivor.lines), "the lost task was redelivered to the survivor"
    assert_labelled_once(store, MENTIONS)
    store.close()
