"""The `notify:` section of config.yaml: SMTP for the digest, Apprise channels for immediate alerts.

Secrets never live in the file: the SMTP password and channel URLs that embed tokens are named by
the environment variable that holds them (`password_env`, `url_env`).
"""

from __future__ import annotations

import os
import re
from datetime import time, timedelta
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from monitor.source_config import Duration, _Strict, parse_duration

Severity = Literal["low", "medium", "high"]
SEVERITY_RANK: dict[str, int] = {"low": 1, "medium": 2, "high": 3}
_ENV_NAME = r"^[A-Za-z_][A-Za-z0-9_]*$"
_ADDRESS = re.compile(r"^[^@\s<>]+@[^@\s<>]+$")


def at_least(severity: str, threshold: str) -> bool:
    return SEVERITY_RANK.get(severity, 0) >= SEVERITY_RANK[threshold]


class EmailConfig(_Strict):
    host: str = Field(min_length=1, description="SMTP server host name")
    port: int | None = Field(None, ge=1, le=65535, description="SMTP port; default 465 (ssl), 587 (starttls), 25 (none)")
    security: Literal["ssl", "starttls", "none"] = Field("starttls", description="ssl, starttls or none")
    username: str | None = Field(None, description="SMTP login; none: no login")
    password_env: str | None = Field(None, pattern=_ENV_NAME, description="Env variable holding the SMTP password")
    sender: str = Field(description="From address")
    recipients: list[str] = Field(min_length=1, description="Who gets the digest and the immediate alerts")
    digest_time: str = Field("08:00", description="Local time (analytics.timezone) the digest goes out, HH:MM")
    digest: bool = Field(True, description="Send the daily digest")
    alerts: bool = Field(True, description="Send immediate alerts by e-mail too")
    cooldown: Duration = Field(timedelta(hours=6), description="Least time between two e-mail alerts of one scope")
    subject_prefix: str = Field("[repwatch]", description="Put in front of every subject")
    timeout: float = Field(30.0, gt=0, description="Seconds to wait for the SMTP server")

    @field_validator("sender", "recipients")
    @classmethod
    def _addresses(cls, value: Any) -> Any:
        for address in [value] if isinstance(value, str) else value:
            if not _ADDRESS.match(address.strip().rsplit("<", 1)[-1].rstrip(">")):
                raise ValueError(f"{address!r} is not an e-mail address; write name@example.org")
        return value

    @field_validator("digest_time")
    @classmethod
    def _hh_mm(cls, value: str) -> str:
        if not re.match(r"^([01]?\d|2[0-3]):[0-5]\d$", value):
            raise ValueError("expected a local time HH:MM such as 08:00")
        return value

    @field_validator("cooldown", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> timedelta:
        return parse_duration(value)

    @model_validator(mode="after")
    def _login(self) -> "EmailConfig":
        if self.username and not self.password_env:
            raise ValueError("a `username` needs `password_env`, the environment variable holding the password")
        return self

    @property
    def digest_at(self) -> time:
        hour, minute = self.digest_time.split(":")
        return time(int(hour), int(minute))

    @property
    def effective_port(self) -> int:
        return self.port or {"ssl": 465, "starttls": 587, "none": 25}[self.security]

    def password(self) -> str | None:
        """Read at send time, so a rotated secret needs no restart and nothing keeps it around."""
        if not self.password_env:
            return None
        value = os.environ.get(self.password_env)
        if value is None:
            raise LookupError(f"notify.email.password_env: environment variable {self.password_env} is not set; export it")
        return value


class ChannelConfig(_Strict):
    url: str | None = Field(None, description="Apprise URL, e.g. json://host/path or slack://…")
    url_env: str | None = Field(None, pattern=_ENV_NAME, description="Env variable holding the Apprise URL (it embeds secrets)")
    min_severity: Severity | None = Field(None, description="Least severity sent to this channel; default immediate_severity")
    cooldown: Duration = Field(timedelta(hours=1), description="Least time between two messages of one scope here")

    @field_validator("cooldown", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> timedelta:
        return parse_duration(value)

    @field_validator("url")
    @classmethod
    def _scheme(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^[a-z][a-z0-9+.-]*://", value, re.I):
            raise ValueError("expected an Apprise URL such as json://host/path or slack://tokenA/tokenB/tokenC")
        return value

    @model_validator(mode="after")
    def _one_of(self) -> "ChannelConfig":
        if (self.url is None) == (self.url_env is None):
            raise ValueError("give exactly one of `url` or `url_env`")
        return self

    def resolve(self) -> str:
        if self.url is not None:
            return self.url
        value = os.environ.get(self.url_env or "")
        if not value:
            raise LookupError(f"notify.channels: environment variable {self.url_env} is not set; export the Apprise URL in it")
        return value


class NotifyConfig(_Strict):
    email: EmailConfig | None = Field(None, description="SMTP settings; without them no e-mail is sent")
    channels: list[ChannelConfig] = Field(default_factory=list, description="Apprise URLs for immediate alerts")
    immediate_severity: Severity = Field("high", description="Alerts of this severity or higher go out at once")
    chart_days: int = Field(14, ge=7, le=90, description="Days shown in the digest's chart")
    top_mentions: int = Field(5, ge=0, le=50, description="Most negative mentions listed in the digest")
    complaints: int = Field(5, ge=0, le=50, description="Oldest open complaints listed in the digest")
    max_attempts: int = Field(8, ge=1, le=100, description="Send attempts before a message is given up")
    retry_backoff: Duration = Field(timedelta(minutes=1), description="First retry delay; doubles each attempt")

    @field_validator("retry_backoff", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> timedelta:
        return parse_duration(value)
