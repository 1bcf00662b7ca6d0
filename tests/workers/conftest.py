"""Fixtures for the worker tests: a real Redis server and real `repwatch worker` processes.

Redis comes from REPWATCH_TEST_REDIS_URL (.ci/redis.sh starts a throwaway one) or, outside CI, from a
`redis-server` these fixtures start on a free loopback port; without either the tests skip and say so.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
import yaml

from tests.notify.smtpserver import free_port

ROOT = Path(__file__).resolve().parents[2]
REDIS_ENV = "REPWATCH_TEST_REDIS_URL"


def _start_redis() -> tuple[subprocess.Popen[bytes], str, str]:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip(f"worker tests skipped: {REDIS_ENV} is not set and redis-server is not installed "
                    "(`make test` starts a throwaway one, installing redis-server when allowed)")
    port, folder = free_port(), tempfile.mkdtemp(prefix="repwatch-redis-")
    # No persistence: a test broker lives for one session.
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", folder], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + 10
    while True:  # no event to await: redis-server says nothing on a pipe when it is ready
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError(f"redis-server did not start on port {port}") from None
            time.sleep(0.05)
    return proc, url, folder


@pytest.fixture(scope="session")
def redis_server() -> Iterator[str]:
    if os.environ.get(REDIS_ENV):
        yield os.environ[REDIS_ENV]
        return
    proc, url, folder = _start_redis()
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def redis_url(redis_server: str) -> Iterator[str]:
    """The broker, emptied before each test (a throwaway server: nothing else lives there)."""
    client = redis.Redis.from_url(redis_server)
    client.flushdb()
    try:
        yield redis_server
    finally:
        client.flushdb()
        client.close()


def write_config(tmp_path: Path, db_url: str, redis_url: str, **extra: Any) -> Path:
    data: dict[str, Any] = {
        "brands": [{"name": "Trapkracht", "own": True}, {"name": "Velora"}],
        "sources": extra.pop("sources", []),
        "storage": {"url": db_url},
        "queue": {"url": redis_url, "visibility_timeout": "5s", "retry_backoff": "1s", **extra.pop("queue", {})},
        **extra,
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


class Worker:
    """A `repwatch worker` subprocess in its own process group; its log lines are kept and awaitable."""

    def __init__(self, config: Path, queues: str = "collect,classify,default", concurrency: int = 1) -> None:
        command = [sys.executable, "-m", "monitor.cli", "worker", "--config", str(config), "--queues", queues,
                   "--concurrency", str(concurrency)]
        self.proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True, start_new_session=True)
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def wait_for(self, predicate: Callable[[list[str]], bool], timeout: float = 120) -> None:
        with self._changed:
            ok = self._changed.wait_for(lambda: predicate(self.lines) or self.proc.poll() is not None, timeout)
            if not ok or not predicate(self.lines):
                raise AssertionError(f"worker log never matched (exit {self.proc.poll()}):\n" + "\n".join(self.lines[-40:]))

    def count(self, text: str) -> int:
        with self._changed:
            return sum(text in line for line in self.lines)

    def kill(self) -> None:
        """SIGKILL the whole worker (main process and pool): nothing can acknowledge or requeue its task."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
        self._reader.join(timeout=5)


@pytest.fixture
def workers() -> Iterator[Callable[..., Worker]]:
    started: list[Worker] = []

    def start(config: Path, **kwargs: Any) -> Worker:
        worker = Worker(config, **kwargs)
        started.append(worker)
        return worker

    try:
        yield start
    finally:
        for worker in started:
            worker.stop()
