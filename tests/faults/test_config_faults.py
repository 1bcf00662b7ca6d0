"""`interval`: a unit is required, the value positive, and remote sources at least 30 s apart
(issue 14's rule; issue 15 saw `interval: 0` poll 134 times in 30 s)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from monitor.config import ConfigError, load_config

REMOTE = {"name": "blog", "type": "feed", "url": "https://example.org/feed"}
LOCAL = {"name": "blog", "type": "feed", "url": "feed.xml"}


def _load(tmp_path: Path, source: dict[str, object]) -> object:
    path = tmp_path / "config.yaml"
    path.write_text(json.dumps({"brands": [{"name": "Trapkracht", "own": True}], "sources": [source]}))
    return load_config(path)


@pytest.mark.parametrize(("source", "interval", "says"), [
    (REMOTE, 15, 'source 1 "blog": `interval`: `15` has no unit; write `15m` or `15s`'),
    (REMOTE, "15", 'source 1 "blog": `interval`: `15` has no unit; write `15m` or `15s`'),
    (REMOTE, 0, 'source 1 "blog": `interval`: `0` is not positive and has no unit; write how often to poll, such as 15m'),
    (REMOTE, -5, 'source 1 "blog": `interval`: `-5` is not positive and has no unit; write how often to poll, such as 15m'),
    (REMOTE, "0s", 'source 1 "blog": `interval`: `0s` is not positive; write how often to poll, such as 15m'),
    (REMOTE, "-1m", 'source 1 "blog": `interval`: `-1m` is not positive; write how often to poll, such as 15m'),
    (REMOTE, "10s", 'source 1 "blog": `interval`: 10s is too often for a remote source; use at least 30s '
                    "(a server would block it)"),
    (REMOTE, "often", 'source 1 "blog": `interval`: `often` is not a duration; write a number with a unit, '
                      "such as 90s, 15m, 2h or 1d"),
    ({**REMOTE, "type": "hackernews", "query": "x", "url": None}, "5s",
     'source 1 "blog": `interval`: 5s is too often for a remote source; use at least 30s (a server would block it)'),
])
def test_a_bad_interval_is_one_line_that_says_what_to_write(tmp_path: Path, source, interval, says: str) -> None:
    entry = {k: v for k, v in {**source, "interval": interval}.items() if v is not None}
    with pytest.raises(ConfigError) as caught:
        _load(tmp_path, entry)
    assert str(caught.value) == f"{tmp_path / 'config.yaml'}: {says}"


@pytest.mark.parametrize(("source", "interval", "seconds"), [
    (REMOTE, "90s", 90), (REMOTE, "15m", 900), (REMOTE, "2h", 7200), (REMOTE, "1d", 86400), (LOCAL, "5s", 5),
])
def test_a_good_interval(tmp_path: Path, source, interval: str, seconds: int) -> None:
    config = _load(tmp_path, {**source, "interval": interval})
    assert config.sources[0].interval == timedelta(seconds=seconds)  # type: ignore[attr-defined]
