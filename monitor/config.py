"""The one typed settings object: config.yaml validated by pydantic, read once at start-up.

Every problem is reported as a single line naming the file, the YAML path (``sources[2].url``)
and what is expected, because a marketing user fixing a config file needs the place, not a
traceback.
"""

from __future__ import annotations

import os
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal, Union

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

CONFIG_ENV = "REPWATCH_CONFIG"
DEFAULT_CONFIG = "config.yaml"

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_PATH_PREFIX = re.compile(r"^([A-Za-z_][\w.\[\]]*): (.+)$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


class ConfigError(ValueError):
    """A config problem, already phrased as one line for the user."""


class _Strict(BaseModel):
    # Unknown keys are errors: a typo such as `intervall:` must not be silently ignored.
    model_config = ConfigDict(extra="forbid", frozen=True)


def parse_duration(value: Any) -> timedelta:
    """Accept `90`, `"90s"`, `"15m"`, `"2h"`, `"1d"` (seconds when no unit)."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return timedelta(seconds=float(value))
    match = _DURATION.match(str(value))
    if not match:
        raise ValueError("expected a duration such as 90s, 15m, 2h or 1d")
    return timedelta(seconds=float(match.group(1)) * _UNIT_SECONDS[match.group(2)])


Duration = Annotated[timedelta, Field(json_schema_extra={"format": "duration"})]


class Brand(_Strict):
    name: str = Field(min_length=1, description="Display name, e.g. Trapkracht")
    aliases: list[str] = Field(default_factory=list, description="Extra names matched on word boundaries")
    exclude: list[str] = Field(default_factory=list, description="Phrases that are never this brand")
    own: bool = Field(False, description="True for the brand you work for (exactly one)")

    def all_aliases(self) -> list[str]:
        return [self.name, *[a for a in self.aliases if a.strip()]]


class _SourceBase(_Strict):
    name: str = Field(min_length=1, pattern=r"^[\w.\-]+$", description="Unique name, letters, digits, . _ -")
    brand: str | None = Field(None, description="Every item of this source is about this brand")
    language: str | None = Field(None, min_length=2, max_length=3, description="Language hint, ISO 639-1")
    interval: Duration = Field(timedelta(minutes=30), description="How often `repwatch watch` polls it")
    enabled: bool = True

    @field_validator("language", mode="before")
    @classmethod
    def _yaml_no(cls, value: Any) -> Any:
        if value is False:  # YAML 1.1 reads a bare `no` (Norwegian) as false
            raise ValueError('write "no" in quotes: YAML reads a bare no as false')
        return value

    @field_validator("interval", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> timedelta:
        return parse_duration(value)


class FeedSource(_SourceBase):
    """RSS 0.9x/1.0/2.0, Atom or JSON Feed, over HTTP(S) or from a local file."""

    type: Literal["feed"]
    url: str = Field(min_length=1, description="http(s) URL, file:// URL or a path relative to config.yaml")
    shift_dates_from: date | None = Field(
        None,
        description="Recorded data only (the demo): the feed ends on this date; dates are shifted so it ends today",
    )

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        scheme = value.split("://", 1)[0].lower() if "://" in value else ""
        if scheme and scheme not in {"http", "https", "file"}:
            raise ValueError("expected an http(s) URL, a file:// URL or a local path")
        return value


# Later source kinds join this union; pydantic picks the model by its `type` tag.
SourceConfig = Annotated[Union[FeedSource], Field(discriminator="type")]


class StorageConfig(_Strict):
    url: str = Field("sqlite:///data/repwatch.db", description="SQLAlchemy database URL")


class HttpConfig(_Strict):
    connect_timeout: float = Field(10.0, gt=0, description="Seconds to wait for a connection")
    read_timeout: float = Field(30.0, gt=0, description="Seconds to wait for each chunk of a response")
    total_timeout: float = Field(120.0, gt=0, description="Seconds one request may take in all")
    max_bytes: int = Field(20_000_000, gt=0, description="Largest response body accepted")
    retries: int = Field(3, ge=0, le=10, description="Retries on connection errors, 429 and 5xx")
    backoff: float = Field(1.0, ge=0, description="Exponential backoff factor in seconds")
    max_retry_after: float = Field(120.0, ge=0, description="Longest Retry-After honoured within a run")
    contact: str | None = Field(None, description="URL or e-mail added to the User-Agent")


class TopicConfig(_Strict):
    name: str = Field(min_length=1, description="Topic name shown on the dashboard")
    description: str = Field(min_length=1, description="One line saying what the topic covers")
    examples: list[str] = Field(default_factory=list, description="Example phrases, any language")


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
    topic_threshold: float | None = Field(
        None, ge=-1, le=1, description="Override the calibrated similarity threshold for topics"
    )

    @field_validator("languages")
    @classmethod
    def _iso_codes(cls, value: list[str]) -> list[str]:
        from lingua import IsoCode639_1

        for code in value:
            if code != "no" and not hasattr(IsoCode639_1, code.upper()):
                raise ValueError(f"unknown language code {code!r}; use ISO 639-1 codes such as nl, nb, de")
        return value


class Config(_Strict):
    brands: list[Brand] = Field(min_length=1)
    sources: list[SourceConfig] = Field(default_factory=list)
    storage: StorageConfig = Field(default_factory=StorageConfig)
    http: HttpConfig = Field(default_factory=HttpConfig)
    topics: list[TopicConfig] | None = Field(None, description="Your topics; the touchpoint taxonomy when absent")
    model: ModelConfig = Field(default_factory=ModelConfig)
    # Reserved for the alerts issue; validated there.
    alerts: Any = None
    path: Path | None = Field(None, exclude=True, description="Where this config was read from")

    @model_validator(mode="after")
    def _cross_checks(self) -> "Config":
        own = [b.name for b in self.brands if b.own]
        if len(own) != 1:
            raise ValueError(f"brands: exactly one brand needs `own: true` (found {len(own)})")
        brand_names = {b.name for b in self.brands}
        seen: set[str] = set()
        for i, source in enumerate(self.sources):
            if source.name in seen:
                raise ValueError(f"sources[{i}].name: duplicate source name {source.name!r}; names must be unique")
            seen.add(source.name)
            if source.brand is not None and source.brand not in brand_names:
                raise ValueError(
                    f"sources[{i}].brand: unknown brand {source.brand!r}; expected one of {sorted(brand_names)}"
                )
        return self

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
    if not url.startswith(prefix) or url == "sqlite:///:memory:":
        return url
    path = Path(url[len(prefix) :])
    if not path.is_absolute():
        path = base / path
    return prefix + str(path)


def yaml_path(loc: tuple[Any, ...]) -> str:
    """('sources', 2, 'feed', 'url') -> 'sources[2].url' (dropping pydantic's union tags)."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in {"feed"} or str(part).startswith("function-"):
            continue
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def _first_error(file: Path, exc: ValidationError) -> str:
    err = exc.errors(include_url=False)[0]
    message = err["msg"].removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        message = "unknown key; check its spelling against the documented keys"
    elif err["type"] == "missing":
        message = "required key is missing"
    where = yaml_path(tuple(err["loc"]))
    # Cross-field checks run on the whole model and so name their own path in the message.
    own_path = _PATH_PREFIX.match(message)
    if where == "(top level)" and own_path:
        where, message = own_path.group(1), own_path.group(2)
    return f"{file}: {where}: {message}"


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
        raise ConfigError(_first_error(file, exc)) from None


class _TopicsFile(_Strict):
    topics: list[TopicConfig] = Field(min_length=1)


def load_topics(path: str | Path) -> list[TopicConfig]:
    """The `topics:` of a file that holds only topics (or of a whole config)."""
    file = Path(path)
    data = _read_yaml(file)
    if not isinstance(data, dict) or "topics" not in data:
        raise ConfigError(f"{file}: topics: expected a mapping with a `topics:` list")
    try:
        return list(_TopicsFile.model_validate({"topics": data["topics"]}).topics)
    except ValidationError as exc:
        raise ConfigError(_first_error(file, exc)) from None
