from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
import yaml

from monitor.config import (
    SOURCE_MODELS,
    AlertsConfig,
    AnalyticsConfig,
    Brand,
    ChannelConfig,
    Config,
    ConfigError,
    DashboardConfig,
    EmailConfig,
    FeedSource,
    HttpConfig,
    ModelConfig,
    NotifyConfig,
    QueueConfig,
    StorageConfig,
    TopicConfig,
    load_config,
    parse_duration,
)
from monitor.starter import starter_text

ROOT = Path(__file__).resolve().parents[1]

BASE = {
    "brands": [{"name": "Trapkracht", "own": True, "aliases": ["trapkracht.nl"]}, {"name": "Velora"}],
    "sources": [
        {"name": "a", "type": "feed", "url": "https://example.org/a.xml"},
        {"name": "b", "type": "feed", "url": "feeds/b.xml", "brand": "Velora", "interval": "15m"},
    ],
}


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data), encoding="utf-8")
    return path


def with_change(path: str, value: object) -> dict:
    """BASE with one key set, addressed like `sources[1].url`."""
    data = yaml.safe_load(yaml.safe_dump(BASE))
    *parents, last = re.findall(r"\w+", path)
    node = data
    for part in parents:
        node = node[int(part)] if part.isdigit() else node.setdefault(part, {})
    if value is DELETE:
        del node[int(last) if last.isdigit() else last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return data


DELETE = object()


def test_valid_config_loads(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, BASE))
    assert config.own_brand.name == "Trapkracht"
    assert isinstance(config.sources[1], FeedSource)
    assert config.sources[1].interval == timedelta(minutes=15)
    assert config.database_url() == f"sqlite:///{tmp_path / 'data/repwatch.db'}"


# Every broken-config message, word for word: tests/test_config_errors.py.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("brands: [\n  - name: x\n", "line"),
        ("- just\n- a list\n", "expected a mapping"),
        ("", "expected a mapping"),
    ],
)
def test_yaml_errors_are_one_line(tmp_path: Path, text: str, expected: str) -> None:
    file = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(file)
    assert str(info.value).startswith(f"{file}: ")
    assert expected in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"missing\.yaml: file not found; create one with `repwatch init`"):
        load_config(tmp_path / "missing.yaml")


def test_config_path_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = write(tmp_path, BASE)
    monkeypatch.setenv("REPWATCH_CONFIG", str(file))
    assert load_config().path == file.resolve()


@pytest.mark.parametrize(("value", "seconds"), [(90, 90), ("90", 90), ("45s", 45), ("15m", 900), ("2h", 7200), ("1d", 86400)])
def test_durations(value: object, seconds: int) -> None:
    assert parse_duration(value).total_seconds() == seconds


def test_repo_config_is_the_starter_template() -> None:
    """`repwatch init` in the project root writes exactly the committed config.yaml."""
    assert (ROOT / "config.yaml").read_text(encoding="utf-8") == starter_text(ROOT)


def test_starter_config_is_valid_from_anywhere(tmp_path: Path) -> None:
    file = write(tmp_path, starter_text(tmp_path))
    config = load_config(file)
    assert all((config.base_dir / s.url).is_file() for s in config.sources), "demo feeds must resolve"


def test_every_config_key_is_documented() -> None:
    """Like datasette's settings test: a key missing from the README is a bug."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    models = [Config, Brand, *SOURCE_MODELS, StorageConfig, HttpConfig, TopicConfig, ModelConfig, AnalyticsConfig, DashboardConfig,
              NotifyConfig, EmailConfig, ChannelConfig, AlertsConfig, QueueConfig]
    missing = [
        f"{model.__name__}.{name}"
        for model in models
        for name in model.model_fields
        if name != "path" and f"`{name}`" not in readme
    ]
    assert not missing, f"undocumented config keys: {missing}"
