"""The classify progress as log lines: at most one every few seconds, the last one always, a text bar."""

from __future__ import annotations

import logging

import pytest

from monitor.progress import ProgressLog


class Ticks:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_one_line_every_few_seconds_and_the_last(caplog: pytest.LogCaptureFixture) -> None:
    clock, seen = Ticks(), []
    progress = ProgressLog("classifying", logging.getLogger("test.progress"), every=5.0, clock=clock, on_line=seen.append)
    with caplog.at_level(logging.INFO, logger="test.progress"):
        for done in range(64, 1001, 64):  # a batch every second
            clock.t += 1.0
            progress(done, 1000)
        clock.t += 1.0
        progress(1000, 1000)
    lines = [r.getMessage() for r in caplog.records]
    assert lines == seen and 3 <= len(lines) <= 5, lines
    assert lines[0] == "classifying [######..............] 320/1000 32%, 5 s, about 11 s left"
    assert lines[-1] == "classifying [####################] 1000/1000 100%, 16 s"


def test_minutes_for_long_runs() -> None:
    line = ProgressLog("classifying", logging.getLogger("x"), clock=Ticks()).line(100, 1000, 600.0)
    assert line == "classifying [##..................] 100/1000 10%, 10 min, about 90 min left"
