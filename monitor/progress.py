"""Progress of a long step as log lines: a text bar every few seconds, with or without a terminal.

A terminal-only progress bar is invisible in `journalctl`, a container log or a pipe; one line
every few seconds ("classifying [#####.....] 320/1722 19%, 45 s, about 3 min left") reads the
same everywhere.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

WIDTH = 20


@dataclass
class ProgressLog:
    label: str
    logger: logging.Logger
    every: float = 5.0  # seconds between lines
    clock: Callable[[], float] = time.monotonic
    on_line: Callable[[str], None] | None = None  # e.g. the heartbeat
    started: float = field(init=False)
    last: float = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.last = self.clock()

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        if done < total and now - self.last < self.every:
            return
        self.last = now
        line = self.line(done, total, now - self.started)
        self.logger.info("%s", line)
        if self.on_line:
            self.on_line(line)

    def line(self, done: int, total: int, elapsed: float) -> str:
        share = done / total if total else 1.0
        filled = round(WIDTH * share)
        text = f"{self.label} [{'#' * filled}{'.' * (WIDTH - filled)}] {done}/{total} {share:.0%}, {_span(elapsed)}"
        if 0 < done < total:
            text += f", about {_span(elapsed * (total - done) / done)} left"
        return text


def _span(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 90 else f"{seconds / 60:.0f} min"
