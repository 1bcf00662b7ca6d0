"""The `queue:` section of config.yaml: where the Celery broker is and how tasks are delivered.

The broker URL can hold a password, so it may come from an environment variable (`url_env`),
and whenever it is printed or logged its password is masked.
"""

from __future__ import annotations

import os
import re
from datetime import timedelta
from typing import Any

from pydantic import Field, field_validator, model_validator

from monitor.source_config import Duration, _Strict, parse_duration

_ENV_NAME = r"^[A-Za-z_][A-Za-z0-9_]*$"
_REDIS_URL = re.compile(r"^(redis|rediss)://", re.I)
QUEUES = ("collect", "classify", "default")


def mask_url(url: str) -> str:
    """redis://user:secret@host:6379/0 -> redis://user:***@host:6379/0 (also a password-only URL)."""
    return re.sub(r"^([a-z][a-z0-9+.-]*://)([^:@/]*):([^@/]*)@", r"\1\2:***@", url, flags=re.I)


class QueueConfig(_Strict):
    url: str | None = Field(None, description="Redis URL of the Celery broker; unset: everything runs inline")
    url_env: str | None = Field(None, pattern=_ENV_NAME, description="Env variable holding the Redis URL (it may hold a password)")
    classify_batch: int = Field(256, ge=1, le=10_000, description="Mentions per classify task")
    visibility_timeout: Duration = Field(
        timedelta(hours=1), description="How long a task taken by a worker that died stays invisible before it is redelivered"
    )
    max_retries: int = Field(5, ge=0, le=100, description="Retries of a task that failed on a transient error")
    retry_backoff: Duration = Field(timedelta(seconds=10), description="First retry delay, doubled after each failure")

    @field_validator("visibility_timeout", "retry_backoff", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> timedelta:
        return parse_duration(value)

    @field_validator("visibility_timeout")
    @classmethod
    def _positive(cls, value: timedelta) -> timedelta:
        if value.total_seconds() < 1:
            raise ValueError("expected at least 1s; it must exceed the longest task (a model batch)")
        return value

    @field_validator("url")
    @classmethod
    def _redis(cls, value: str | None) -> str | None:
        if value is not None and not _REDIS_URL.match(value):
            raise ValueError(f"expected a Redis URL such as redis://127.0.0.1:6379/0, got {mask_url(value)!r}")
        return value

    @model_validator(mode="after")
    def _at_most_one(self) -> "QueueConfig":
        if self.url is not None and self.url_env is not None:
            raise ValueError("give only one of `url` or `url_env`")
        return self

    @property
    def enabled(self) -> bool:
        return self.url is not None or self.url_env is not None

    def resolve(self) -> str:
        """The broker URL; a LookupError naming the variable when `url_env` is not set."""
        if self.url is not None:
            return self.url
        value = os.environ.get(self.url_env or "", "")
        if not value:
            raise LookupError(f"queue.url_env: environment variable {self.url_env} is not set; export the Redis URL in it")
        if not _REDIS_URL.match(value):
            raise LookupError(f"queue.url_env: {self.url_env} holds {mask_url(value)!r}; expected a Redis URL such as redis://host:6379/0")
        return value
