"""The `sources:` entries of config.yaml, one model per source kind, chosen by the `type` tag.

Kept apart from monitor/config.py so adding a kind touches one short file. Every kind that calls an
API has a `base_url` defaulting to the real public endpoint (tests point it at 127.0.0.1) and the
first-run limits `backfill_days` / `backfill_max`. Credentials are never in the file: a source
names the environment variable that holds them (`token_env`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_ENV_NAME = r"^[A-Za-z_][A-Za-z0-9_]*$"


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


MIN_REMOTE_INTERVAL = timedelta(seconds=30)  # a remote source polled faster only gets itself blocked


def parse_interval(value: Any) -> timedelta:
    """A source's `interval`: a positive number with a unit (`90s`, `15m`, `2h`, `1d`).

    A bare number is refused: `interval: 15` was silently 15 seconds where 15 minutes was meant.
    """
    text = str(value).strip()
    if isinstance(value, bool) or not text:
        raise ValueError("expected a duration with a unit, such as 90s, 15m, 2h or 1d")
    if isinstance(value, (int, float)) or re.fullmatch(r"[-+]?\d+(\.\d+)?", text):
        return _no_unit(text)
    match = _DURATION.match(text)
    if not match or not match.group(2):
        if re.fullmatch(r"\s*-\s*\d+(\.\d+)?\s*[smhd]\s*", text):
            raise ValueError(f"`{text}` is not positive; write how often to poll, such as 15m")
        raise ValueError(f"`{text}` is not a duration; write a number with a unit, such as 90s, 15m, 2h or 1d")
    interval = parse_duration(text)
    if interval <= timedelta(0):
        raise ValueError(f"`{text}` is not positive; write how often to poll, such as 15m")
    return interval


def _no_unit(text: str) -> timedelta:
    number = text.lstrip("+")
    if float(number) <= 0:
        raise ValueError(f"`{text}` is not positive and has no unit; write how often to poll, such as 15m")
    raise ValueError(f"`{text}` has no unit; write `{number}m` or `{number}s`")


Duration = Annotated[timedelta, Field(json_schema_extra={"format": "duration"})]


def _http_url(value: str) -> str:
    if not re.match(r"^https?://[^/\s]+", value):
        raise ValueError("expected an http(s) URL such as https://example.org")
    return value.rstrip("/")


class _SourceBase(_Strict):
    name: str = Field(min_length=1, pattern=r"^[\w.\-]+$", description="Unique name, letters, digits, . _ -")
    brand: str | None = Field(None, description="Every item of this source is about this brand")
    language: str | None = Field(None, description="Language hint, a two-letter code such as nl, nb, no")
    interval: Duration = Field(timedelta(minutes=30), description="How often `repwatch watch` polls it")
    enabled: bool = True

    @field_validator("language", mode="before")
    @classmethod
    def _yaml_no(cls, value: Any) -> Any:
        if value is False:  # YAML 1.1 reads a bare `no` (Norwegian) as false
            raise ValueError('write "no" in quotes: YAML reads a bare no as false')
        return value

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str | None) -> str | None:
        from monitor.config_errors import known_language, language_problem

        if value is None:
            return None
        if not known_language(value.lower()):
            raise ValueError(language_problem(value))
        return value.lower()

    @field_validator("interval", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> timedelta:
        return value if isinstance(value, timedelta) else parse_interval(value)

    @property
    def remote(self) -> bool:
        return True

    @model_validator(mode="after")
    def _interval_floor(self) -> "_SourceBase":
        if self.remote and self.interval < MIN_REMOTE_INTERVAL:
            seconds = f"{self.interval.total_seconds():g}s"
            raise ValueError(
                f"interval: {seconds} is too often for a remote source; use at least 30s (a server would block it)"
            )
        return self


class FeedSource(_SourceBase):
    """RSS 0.9x/1.0/2.0, Atom or JSON Feed, over HTTP(S) or from a local file."""

    type: Literal["feed"]
    url: str = Field(min_length=1, description="http(s) URL, file:// URL or a path relative to config.yaml")
    shift_dates_from: date | None = Field(
        None,
        description="Recorded data only (the demo): the feed ends on this date; dates are shifted so it ends today",
    )

    @property
    def remote(self) -> bool:
        return self.url.lower().startswith(("http://", "https://"))

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        scheme = value.split("://", 1)[0].lower() if "://" in value else ""
        if scheme and scheme not in {"http", "https", "file"}:
            raise ValueError("expected an http(s) URL, a file:// URL or a local path")
        return value


_SOCIAL_OVERLAP = timedelta(hours=3)  # indexing lag, federation delay, moderation queues: hours
_REVIEW_OVERLAP = timedelta(days=1)  # reviews appear after approval; news sites slip a time zone


class _ApiSource(_SourceBase):
    backfill_days: int = Field(30, ge=1, le=3650, description="First run: how far back to read")
    backfill_max: int = Field(500, ge=1, le=100_000, description="First run: most items it takes")
    max_items: int = Field(1000, ge=1, le=100_000, description="Later runs: most items one run takes; the next continues")
    max_pages: int = Field(20, ge=1, le=1000, description="Most pages one run requests; the next run continues")
    overlap: Duration = Field(_SOCIAL_OVERLAP, description="Window behind the newest item re-read each run for late items")

    @field_validator("overlap", mode="before")
    @classmethod
    def _overlap(cls, value: Any) -> timedelta:
        overlap = value if isinstance(value, timedelta) else parse_duration(value)
        if overlap < timedelta(0) or overlap > timedelta(days=30):
            raise ValueError("expected a duration from 0s to 30d, such as 3h")
        return overlap

    @field_validator("base_url", check_fields=False)
    @classmethod
    def _base_url(cls, value: str | None) -> str | None:
        return None if value is None else _http_url(value)


_LANG = Field(pattern=r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$", description="Language code, e.g. nl, no, en-GB")
_COUNTRY = Field(pattern=r"^[A-Za-z]{2}$", description="Two-letter country code, e.g. nl, no")


class AppStoreSource(_ApiSource):
    type: Literal["appstore"]
    app_id: str = Field(pattern=r"^\d+$", description="The number in the App Store link (…/id1234567890)")
    country: str = _COUNTRY
    base_url: str = "https://itunes.apple.com"
    overlap: Duration = _REVIEW_OVERLAP

    @field_validator("app_id", mode="before")
    @classmethod
    def _digits(cls, value: Any) -> Any:
        return str(value).removeprefix("id") if isinstance(value, (int, str)) and not isinstance(value, bool) else value


class GooglePlaySource(_ApiSource):
    type: Literal["googleplay"]
    package: str = Field(pattern=r"^[A-Za-z]\w*(\.[A-Za-z]\w*)+$", description="Package name, e.g. nl.trapkracht.app")
    lang: str = _LANG
    country: str = _COUNTRY
    base_url: str = "https://play.google.com"
    overlap: Duration = _REVIEW_OVERLAP


class NewsSource(_ApiSource):
    type: Literal["news"]
    query: str = Field(min_length=1, description='Google News search, e.g. "Trapkracht" OR trapkracht.nl')
    lang: str = _LANG
    country: str = _COUNTRY
    base_url: str = "https://news.google.com"
    overlap: Duration = _REVIEW_OVERLAP


class RedditSource(_ApiSource):
    type: Literal["reddit"]
    query: str | None = Field(None, min_length=1, description="Search all of Reddit, newest first")
    subreddit: str | None = Field(None, pattern=r"^[A-Za-z0-9_]{2,21}$", description="A subreddit's name, without r/")
    comments: bool = Field(False, description="Also read the comments of new matching posts")
    token_env: str | None = Field(None, pattern=_ENV_NAME, description="Env variable holding an OAuth bearer token")
    base_url: str = "https://www.reddit.com"

    @field_validator("subreddit", mode="before")
    @classmethod
    def _strip_prefix(cls, value: Any) -> Any:
        return re.sub(r"^/?r/", "", value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _exactly_one(self) -> "RedditSource":
        if (self.query is None) == (self.subreddit is None):
            raise ValueError("give exactly one of `query` or `subreddit`")
        return self


class MastodonSource(_ApiSource):
    type: Literal["mastodon"]
    instance: str = Field(pattern=r"^[A-Za-z0-9.\-]+(:\d+)?$", description="Host name, e.g. mastodon.social")
    hashtag: str = Field(pattern=r"^\w+$", description="Hashtag without #")
    token_env: str | None = Field(None, pattern=_ENV_NAME, description="Env variable holding an access token")
    base_url: str | None = Field(None, description="Defaults to https://<instance>")

    @field_validator("hashtag", mode="before")
    @classmethod
    def _no_hash(cls, value: Any) -> Any:
        return value.lstrip("#") if isinstance(value, str) else value

    @property
    def api_root(self) -> str:
        return self.base_url or f"https://{self.instance}"


class BlueskySource(_ApiSource):
    type: Literal["bluesky"]
    query: str = Field(min_length=1, description="Search terms (Lucene-like syntax)")
    base_url: str = "https://public.api.bsky.app"


class HackerNewsSource(_ApiSource):
    type: Literal["hackernews"]
    query: str = Field(min_length=1, description="Search terms")
    base_url: str = "https://hn.algolia.com"


API_SOURCES = (AppStoreSource, GooglePlaySource, NewsSource, RedditSource, MastodonSource, BlueskySource, HackerNewsSource)
SOURCE_MODELS = (FeedSource, *API_SOURCES)
SOURCE_TYPES = frozenset(m.model_fields["type"].annotation.__args__[0] for m in SOURCE_MODELS)  # type: ignore[union-attr]

# Pydantic picks the model by its `type` tag.
SourceConfig = Annotated[
    Union[
        FeedSource, AppStoreSource, GooglePlaySource, NewsSource, RedditSource, MastodonSource, BlueskySource,
        HackerNewsSource,
    ],
    Field(discriminator="type"),
]
