"""The `queue:` section: broker URL from the file or an environment variable, masked when shown."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from monitor.cli import app
from monitor.config import ConfigError, load_config
from monitor.workers.config import QueueConfig, mask_url


@pytest.mark.parametrize("url, shown", [
    ("redis://:s3cret@host:6379/0", "redis://:***@host:6379/0"),
    ("redis://user:s3cret@host/1", "redis://user:***@host/1"),
    ("rediss://u:p%40ss@host:6380/0", "rediss://u:***@host:6380/0"),
    ("redis://127.0.0.1:6379/0", "redis://127.0.0.1:6379/0"),
])
def test_mask_url_hides_the_password(url: str, shown: str) -> None:
    assert mask_url(url) == shown


def write(tmp_path: Path, queue: dict) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump({"brands": [{"name": "B", "own": True}], "queue": queue,
                                    "storage": {"url": f"sqlite:///{tmp_path / 'db.sqlite'}"}}), encoding="utf-8")
    return path


@pytest.mark.parametrize("queue, message", [
    ({"url": "amqp://:pw@h//"}, "queue: `url`: expected a Redis URL such as redis://127.0.0.1:6379/0, got 'amqp://:***@h//'"),
    ({"url": "redis://h", "url_env": "Q"}, "`queue`: give only one of `url` or `url_env`"),
    ({"url_env": "not a name"}, "queue: `url_env` `not a name` is not in the expected form; expected: env variable holding the Redis URL"),
    ({"url": "redis://h", "visibility_timeout": "0s"}, "queue: `visibility_timeout`: expected at least 1s"),
    ({"url": "redis://h", "classify_batch": 0}, "queue: `classify_batch` must be at least 1 (it is 0)"),
])
def test_a_bad_queue_section_is_one_line_naming_the_key(tmp_path: Path, queue: dict, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, queue))
    assert message in str(info.value) and "pw" not in str(info.value)


def test_url_env_is_read_when_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    config = QueueConfig(url_env="REPWATCH_TEST_QUEUE")
    monkeypatch.delenv("REPWATCH_TEST_QUEUE", raising=False)
    assert config.enabled and not QueueConfig().enabled
    with pytest.raises(LookupError, match="REPWATCH_TEST_QUEUE is not set"):
        config.resolve()
    monkeypatch.setenv("REPWATCH_TEST_QUEUE", "redis://:pw@h:6379/0")
    assert config.resolve() == "redis://:pw@h:6379/0"


@pytest.mark.parametrize("queue, args, message", [
    ({}, [], "queue.url: not set; add `queue: {url: redis://127.0.0.1:6379/0}`"),
    ({"url_env": "REPWATCH_UNSET_QUEUE"}, [], "environment variable REPWATCH_UNSET_QUEUE is not set"),
    ({"url": "redis://h"}, ["--queues", "collect,models"], "--queues: unknown queue models; choose from collect, classify, default"),
])
def test_worker_refuses_to_start_with_one_line(tmp_path: Path, queue: dict, args: list[str], message: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REPWATCH_UNSET_QUEUE", raising=False)
    result = CliRunner().invoke(app, ["worker", "--config", str(write(tmp_path, queue)), *args])
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())


def test_watch_with_an_unset_url_env_exits_with_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REPWATCH_UNSET_QUEUE", raising=False)
    result = CliRunner().invoke(app, ["run", "--config", str(write(tmp_path, {"url_env": "REPWATCH_UNSET_QUEUE"}))])
    assert result.exit_code == 2 and "REPWATCH_UNSET_QUEUE is not set" in " ".join(result.output.split())
