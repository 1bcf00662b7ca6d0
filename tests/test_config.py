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


@pytest.mark.parametrize(
    ("path", "value", "where", "expected"),
    [
        ("sources[1].url", "ftp://example.org/x", "sources[1].url", "http(s) URL"),
        ("sources[1].url", DELETE, "sources[1].url", "required"),
        ("sources[0].type", "carrier-pigeon", "sources[0]", "feed"),
        ("sources[1].brand", "Nobody", "sources[1].brand", "unknown brand 'Nobody'"),
        ("sources[1].name", "a", "sources[1].name", "duplicate source name"),
        ("sources[1].name", "bad name!", "sources[1].name", "pattern"),
        ("sources[0].interval", "often", "sources[0].interval", "duration"),
        ("sources[0].language", False, "sources[0].language", 'write "no" in quotes'),
        ("sources[0].intervall", "5m", "sources[0].intervall", "unknown key"),
        ("brands[0].own", False, "brands", "exactly one brand"),
        ("brands[1].name", "", "brands[1].name", "at least 1 character"),
        ("storage.url", 5, "storage.url", "valid string"),
        ("http.read_timeout", -1, "http.read_timeout", "greater than 0"),
        ("surprise", {"x": 1}, "surprise", "unknown key"),
        ("model.sentiment", "bert", "model.sentiment", "pattern"),
        ("model.languages", ["nl", "xx"], "model.languages", "unknown language code 'xx'"),
        ("model.batch_size", 0, "model.batch_size", "greater than or equal to 1"),
        ("topics", [{"name": "levering"}], "topics[0].description", "required"),
        ("sources[0]", {"name": "a", "type": "appstore", "country": "nl"}, "sources[0].app_id", "required"),
        ("sources[0]", {"name": "a", "type": "appstore", "app_id": "abc", "country": "nl"}, "sources[0].app_id", "pattern"),
        ("sources[0]", {"name": "a", "type": "appstore", "app_id": 1, "country": "nld"}, "sources[0].country", "pattern"),
        ("sources[0]", {"name": "a", "type": "googleplay", "package": "trapkracht", "lang": "nl", "country": "nl"},
         "sources[0].package", "pattern"),
        ("sources[0]", {"name": "a", "type": "news", "query": "x", "lang": "nl"}, "sources[0].country", "required"),
        ("sources[0]", {"name": "a", "type": "reddit", "query": "x", "subreddit": "fietsen"}, "sources[0]",
         "give exactly one of `query` or `subreddit`"),
        ("sources[0]", {"name": "a", "type": "reddit"}, "sources[0]", "give exactly one of `query` or `subreddit`"),
        ("sources[0]", {"name": "a", "type": "mastodon", "instance": "https://m.social", "hashtag": "x"},
         "sources[0].instance", "pattern"),
        ("sources[0]", {"name": "a", "type": "mastodon", "instance": "m.social", "hashtag": "x", "token_env": "my token"},
         "sources[0].token_env", "pattern"),
        ("sources[0]", {"name": "a", "type": "bluesky", "query": "x", "base_url": "ftp://x"}, "sources[0].base_url", "http(s) URL"),
        ("sources[0]", {"name": "a", "type": "hackernews", "query": "x", "backfill_days": 0}, "sources[0].backfill_days",
         "greater than or equal to 1"),
        ("sources[0]", {"name": "a", "type": "hackernews", "query": "x", "token": "abc"}, "sources[0].token", "unknown key"),
        ("http.min_interval", {"redit": 6}, "http.min_interval", "unknown source type 'redit'"),
    ],
)
def test_config_errors_name_file_and_path(tmp_path: Path, path: str, value: object, where: str, expected: str) -> None:
    file = write(tmp_path, with_change(path, value))
    with pytest.raises(ConfigError) as info:
        load_config(file)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{file}: {where}: "), message
    assert expected in message


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
