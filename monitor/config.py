"""The one typed settings object: config.yaml validated by pydantic, read once at start-up.

Every problem is reported as a single line naming the file, the YAML path (``sources[2].url``)
and what is expected, because a marketing user fixing a config file needs the place, not a
traceback.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

import yaml
from pydantic import Field, ValidationError, field_validator, model_validator

from models.settings import ModelSettings, TopicSpec
from monitor.alerts.config import AlertsConfig  # noqa: F401 - re-exported
from monitor.config_errors import closest, explain, language_problem
from monitor.notify.config import ChannelConfig, EmailConfig, NotifyConfig  # noqa: F401 - re-exported
from monitor.source_config import (  # noqa: F401 - re-exported: the config API is monitor.config
    API_SOURCES,
    SOURCE_MODELS,
    SOURCE_TYPES,
    AppStoreSource,
    BlueskySource,
    Duration,
    FeedSource,
    GooglePlaySource,
    HackerNewsSource,
    MastodonSource,
    NewsSource,
    RedditSource,
    SourceConfig,
    _SourceBase,
    _Strict,
    parse_duration,
)
from monitor.workers.config import QueueConfig  # noqa: F401 - re-exported

CONFIG_ENV = "REPWATCH_CONFIG"
DEFAULT_CONFIG = "config.yaml"



class ConfigError(ValueError):
    """A config problem, already phrased as one line for the user."""


class Brand(_Strict):
    name: str = Field(min_length=1, description="Display name, e.g. Trapkracht")
    aliases: list[str] = Field(default_factory=list, description="Extra names matched on word boundaries")
    exclude: list[str] = Field(default_factory=list, description="Phrases that are never this brand")
    own: bool = Field(False, description="True for the brand you work for (exactly one)")

    def all_aliases(self) -> list[str]:
        return [self.name, *[a for a in self.aliases if a.strip()]]


class StorageConfig(_Strict):
    url: str = Field("sqlite:///data/repwatch.db", description="SQLAlchemy database URL")


class HttpConfig(_Strict):
    connect_timeout: float = Field(10.0, gt=0, description="Seconds to wait for a connection")
    read_timeout: float = Field(30.0, gt=0, description="Seconds to wait for each chunk of a response")
    total_timeout: float = Field(120.0, gt=0, description="Seconds one request may take in all: connect, headers, body, retries")
    max_bytes: int = Field(20_000_000, gt=0, description="Largest response body (or local feed file) accepted")
    retries: int = Field(3, ge=0, le=10, description="Retries on connection errors, 429 and 5xx")
    backoff: float = Field(1.0, ge=0, description="Exponential backoff factor in seconds")
    max_retry_after: float = Field(120.0, ge=0, description="Longest Retry-After honoured within a run")
    contact: str | None = Field(None, description="URL or e-mail added to the User-Agent")
    min_interval: dict[str, float] = Field(
        default_factory=dict,
        description="Seconds between two requests to one host, per source type; overrides each collector's default",
    )

    @field_validator("min_interval")
    @classmethod
    def _known_kinds(cls, value: dict[str, float]) -> dict[str, float]:
        for kind, seconds in value.items():
            if kind not in SOURCE_TYPES:
                meant = closest(kind, sorted(SOURCE_TYPES))
                hint = f", did you mean `{meant}`?" if meant else ";"
                raise ValueError(f"unknown source type `{kind}`{hint} valid types: {', '.join(sorted(SOURCE_TYPES))}")
            if seconds < 0:
                raise ValueError(f"`{kind}`: seconds between requests cannot be negative (it is {seconds:g})")
        return value


class TopicConfig(_Strict):
    name: str = Field(min_length=1, description="Topic name shown on the dashboard")
    description: str = Field(min_length=1, description="One line saying what the topic covers")
    examples: list[str] = Field(default_factory=list, description="Example phrases, any language")

    def spec(self) -> TopicSpec:
        """The plain topic the model code takes."""
        return TopicSpec(self.name, self.description, tuple(self.examples))


ADAPTED_HEAD = Path("data/sentiment-adapted.safetensors")


class ModelConfig(_Strict):
    sentiment: str = Field(
        "embedded",
        pattern=r"^(embedded(:.+)?|hf:.+)$",
        description="`embedded` (offline default), `embedded:<head file>` or `hf:<model id or local path>`",
    )
    languages: list[str] = Field(
        default_factory=lambda: ["nl", "nb", "nn", "da", "sv", "en", "de", "fr", "es"],
        min_length=2,
        description="Languages the detector chooses between (ISO 639-1)",
    )
    batch_size: int = Field(32, ge=1, le=1024, description="Texts per encoder batch")
    precision: Literal["auto", "fp32", "bf16"] = Field(
        "auto", description="Encoder arithmetic: bf16 where the CPU has it natively (auto), else fp32"
    )
    topic_threshold: float | None = Field(
        None, ge=0, le=20, description="How far above small talk (in standard deviations) a topic must score; default 2"
    )
    adapted_head: Path | None = Field(
        None,
        description="Where `repwatch adapt` keeps the head fitted to your labelled mentions; `sentiment: embedded` "
        "uses it when it exists (default data/sentiment-adapted.safetensors next to the config)",
    )

    @field_validator("languages")
    @classmethod
    def _iso_codes(cls, value: list[str]) -> list[str]:
        from lingua import IsoCode639_1

        for code in value:
            if code != "no" and not hasattr(IsoCode639_1, str(code).upper()):
                raise ValueError(language_problem(code))
        return value

    def settings(self) -> ModelSettings:
        """The plain settings the model code takes."""
        return ModelSettings(self.sentiment, tuple(self.languages), self.batch_size, self.precision, self.topic_threshold,
                             self.adapted_head)


class AnalyticsConfig(_Strict):
    timezone: str = Field(
        "Europe/Amsterdam", description="IANA time zone in which days and hours are counted and times shown"
    )
    very_positive: float = Field(
        0.6, gt=0, lt=1, description="Score above which a mention counts as very positive (the loyal customers)"
    )

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            meant = closest(value, sorted(available_timezones()))
            hint = f"did you mean `{meant}`? " if meant else ""
            raise ValueError(f"unknown time zone `{value}`; {hint}use a name such as Europe/Amsterdam or Europe/Oslo") from None
        return value

    @property
    def zone(self) -> "ZoneInfo":
        from zoneinfo import ZoneInfo

        return ZoneInfo(self.timezone)


class DashboardConfig(_Strict):
    allow: list[str] = Field(
        default_factory=list,
        description="E-mail addresses and @domains that may sign in (Streamlit's OIDC login); empty: no login",
    )


class Config(_Strict):
    brands: list[Brand] = Field(min_length=1)
    sources: list[SourceConfig] = Field(default_factory=list)
    storage: StorageConfig = Field(default_factory=StorageConfig)
    http: HttpConfig = Field(default_factory=HttpConfig)
    topics: list[TopicConfig] | None = Field(None, description="Your topics; the touchpoint taxonomy when absent")
    model: ModelConfig = Field(default_factory=ModelConfig)
    analytics: AnalyticsConfig = Field(default_factory=AnalyticsConfig)
    dashboard: DashboardConfig = Field(default_factory=DashboardConfig)
    alerts: AlertsConfig = Field(default_factory=AlertsConfig)
    notify: NotifyConfig = Field(default_factory=NotifyConfig)
    queue: QueueConfig = Field(default_factory=QueueConfig)
    retention_days: int | None = Field(
        None, ge=1, description="Mentions published longer ago than this are purged on every collect run"
    )
    path: Path | None = Field(None, exclude=True, description="Where this config was read from")

    @model_validator(mode="after")
    def _cross_checks(self) -> "Config":
        own = [b.name for b in self.brands if b.own]
        if len(own) != 1:
            raise ValueError(f"brands: exactly one brand needs `own: true`, the brand you work for (found {len(own)})")
        brand_names = {b.name for b in self.brands}
        seen: set[str] = set()
        for i, source in enumerate(self.sources):
            if source.name in seen:
                raise ValueError(f"sources[{i}].name: another source is already called `{source.name}`; give each source its own name")
            seen.add(source.name)
            if source.brand is not None and source.brand not in brand_names:
                meant = closest(source.brand, sorted(brand_names))
                hint = f"did you mean `{meant}`? " if meant else ""
                raise ValueError(f"sources[{i}].brand: no brand is called `{source.brand}`; {hint}"
                                 f"brands: {', '.join(sorted(brand_names))}")
        return self

    @model_validator(mode="before")
    @classmethod
    def _adapted_head_beside_config(cls, data: Any) -> Any:
        """The deployment head lives with the config's data, like a relative SQLite database."""
        if not isinstance(data, dict):
            return data
        base = Path(data["path"]).parent if data.get("path") else Path.cwd()
        model = data.get("model")
        if isinstance(model, ModelConfig):
            head = model.adapted_head or ADAPTED_HEAD
            return {**data, "model": model.model_copy(update={"adapted_head": head if head.is_absolute() else base / head})}
        if model is None or isinstance(model, dict):
            head = Path((model or {}).get("adapted_head") or ADAPTED_HEAD)
            return {**data, "model": {**(model or {}), "adapted_head": head if head.is_absolute() else base / head}}
        return data

    @property
    def own_brand(self) -> Brand:
        return next(b for b in self.brands if b.own)

    @property
    def base_dir(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def source(self, name: str) -> SourceConfig:
        for source in self.sources:
            if source.name == name:
                return source
        raise ConfigError(f"{self.path}: no source named {name!r}; known: {', '.join(s.name for s in self.sources)}")

    def database_url(self) -> str:
        """The storage URL, a relative SQLite path taken relative to the config file."""
        return resolve_sqlite_url(self.storage.url, self.base_dir)


def resolve_sqlite_url(url: str, base: Path) -> str:
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == "sqlite:///:memory:" or url.startswith(prefix + "file:"):
        return url  # a `file:` URI (with ?uri=true) is SQLite's own syntax: passed as written
    path = Path(url[len(prefix) :])
    if not path.is_absolute():
        path = base / path
    return prefix + str(path)


def config_path(explicit: str | Path | None = None) -> Path:
    return Path(explicit or os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG)


def _read_yaml(file: Path) -> Any:
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{file}: file not found; create one with `repwatch init` or pass --config") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: cannot read it ({exc})") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "YAML"
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ConfigError(f"{file}: {where}: {problem}; fix the YAML syntax there") from None


def load_config(path: str | Path | None = None) -> Config:
    file = config_path(path)
    data = _read_yaml(file)
    if not isinstance(data, dict):
        raise ConfigError(f"{file}: (top level): expected a mapping with `brands:` and `sources:`")
    try:
        return Config.model_validate({**data, "path": file.resolve()})
    except ValidationError as exc:
        raise ConfigError(explain(file, data, exc, Config)) from None


class _TopicsFile(_Strict):
    topics: list[TopicConfig] = Field(min_length=1)


def topic_specs(topics: list[TopicConfig] | None) -> tuple[TopicSpec, ...] | None:
    """The model's topic specs; None (the model's default taxonomy) when no topics are configured."""
    return tuple(t.spec() for t in topics) if topics else None


def load_topics(path: str | Path) -> list[TopicConfig]:
    """The `topics:` of a file that holds only topics (or of a whole config)."""
    file = Path(path)
    data = _read_yaml(file)
    if not isinstance(data, dict) or "topics" not in data:
        raise ConfigError(f"{file}: topics: expected a mapping with a `topics:` list")
    try:
        return list(_TopicsFile.model_validate({"topics": data["topics"]}).topics)
    except ValidationError as exc:
        raise ConfigError(explain(file, data, exc, _TopicsFile)) from None
