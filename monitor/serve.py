"""`repwatch serve`: the live monitor. The watch loop and the dashboard as one service.

The watch loop (monitor/watch.py: sources on their intervals, classify, detect, immediate alerts,
the daily digest) runs in a thread of this process; the dashboard is a Streamlit child process
in its own session, so a terminal's Ctrl-C reaches only this process, which then stops both.

Stopping: SIGINT or SIGTERM asks the loop to stop between steps (a classification stops between
two committed batches) and sends SIGTERM to the dashboard; whatever is still running after
`grace` seconds is abandoned (the dashboard is killed; an open database transaction is rolled
back, never half-written). A crash of either side is reported in one line and stops the other;
the exit status is then non-zero. The heartbeat row (monitor/heartbeat.py) records the outcome.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.config import Config
from monitor.dashboard_process import streamlit_command, streamlit_env
from monitor.storage.store import Store
from monitor.watch import StopFlag, SystemClock, Watcher

log = logging.getLogger("monitor.serve")

POLL = 0.2  # seconds between looks at the dashboard and the loop
GRACE = 15.0  # seconds each side gets to stop before it is abandoned


@dataclass
class Outcome:
    code: int  # the process exit status: 0 after a stop request, 1 after a crash
    reason: str  # one line: why serve ended


@dataclass
class _LoopThread:
    watcher: Watcher
    error: BaseException | None = None
    thread: threading.Thread = field(init=False)

    def __post_init__(self) -> None:
        self.thread = threading.Thread(target=self._run, name="watch-loop", daemon=True)

    def _run(self) -> None:
        try:
            self.watcher.run(SystemClock())
        except BaseException as exc:  # reported by the supervisor, which stops the dashboard
            self.error = exc


class Service:
    def __init__(self, config: Config, store: Store, config_file: Path, port: int, address: str = "127.0.0.1",
                 classify: bool = True, grace: float = GRACE,
                 make_watcher: Callable[..., Watcher] = Watcher) -> None:
        self.config, self.store, self.grace = config, store, grace
        self.config_file, self.port, self.address = config_file.resolve(), port, address
        self.stop = StopFlag()
        self.wake = threading.Event()
        self.url = f"http://{address}:{port}"
        self.watcher = make_watcher(config, store, classify=classify, stop=self.stop, dashboard=self.url)
        self.dashboard: subprocess.Popen[bytes] | None = None

    # -- signals ----------------------------------------------------------------------------------
    def install_signal_handlers(self) -> None:
        def request_stop(signum: int, _frame: Any) -> None:
            log.info("%s received: stopping the monitor and the dashboard", signal.Signals(signum).name)
            self.stop.set()
            self.wake.set()

        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)

    # -- the run ----------------------------------------------------------------------------------
    def run(self) -> Outcome:
        self.dashboard = subprocess.Popen(streamlit_command(self.config_file, self.port, self.address),
                                          env=streamlit_env(self.config_file), start_new_session=True)
        log.info("dashboard on %s (pid %d); the monitor's first pass collects, classifies and detects now",
                 self.url, self.dashboard.pid)
        loop = _LoopThread(self.watcher)
        loop.thread.start()
        outcome = self._supervise(loop)
        self._stop_all(loop)
        # The final word in the heartbeat is the supervisor's: it knows why serve ended.
        self.watcher.beat.last_error = outcome.reason if outcome.code else None
        self.watcher.heartbeat("crashed" if outcome.code else "stopped")
        if not outcome.code:  # a failure is the caller's one line to report
            log.info("%s", outcome.reason)
        return outcome

    def _supervise(self, loop: _LoopThread) -> Outcome:
        assert self.dashboard is not None
        while True:
            if self.stop:
                return Outcome(0, "stopped on request")
            code = self.dashboard.poll()
            if code is not None:
                return Outcome(1, f"the dashboard exited unexpectedly (status {code}); the monitor was stopped too")
            if not loop.thread.is_alive():
                error = loop.error
                what = f"{type(error).__name__}: {' '.join(str(error).split())[:300]}" if error else "it returned"
                return Outcome(1, f"the monitor loop ended unexpectedly ({what}); the dashboard was stopped too")
            self.wake.wait(POLL)

    def _stop_all(self, loop: _LoopThread) -> None:
        self.stop.set()
        self._stop_dashboard()
        loop.thread.join(self.grace)
        if loop.thread.is_alive():
            log.warning("the monitor's current step did not finish within %.0f s; it is abandoned "
                        "(its uncommitted work is rolled back and redone by the next run)", self.grace)

    def _stop_dashboard(self) -> None:
        child = self.dashboard
        if child is None or child.poll() is not None:
            return
        child.terminate()
        try:
            child.wait(self.grace)
        except subprocess.TimeoutExpired:
            log.warning("the dashboard did not stop within %.0f s; killing it", self.grace)
            child.kill()
            child.wait()
