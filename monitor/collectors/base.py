"""What every collector shares: the record it yields, its state, and its error family.

A collector splits the network from the logic: `fetch()` talks HTTP through the shared client,
`parse(bytes)` is pure and returns `MentionRecord`s. Errors are data: a `CollectorError` is stored
as the source's `last_error` and printed as one line, and the run goes on with the next source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar, Protocol


@dataclass(frozen=True)
class MentionRecord:
    """One item as a source gave it, already in plain text and UTC."""

    external_key: str
    text: str
    title: str = ""
    url: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    language_hint: str | None = None
    rating: float | None = None
    rating_max: float | None = None
    app_version: str | None = None  # app reviews: the version reviewed, to tie complaints to a release


@dataclass
class SourceState:
    """Incremental state a collector keeps between runs (conditional GET, paging cursor)."""

    etag: str | None = None
    last_modified: str | None = None
    cursor: str | None = None


@dataclass
class Batch:
    """The result of one fetch: records, and the state to save once they are stored."""

    records: list[MentionRecord] = field(default_factory=list)
    state: SourceState = field(default_factory=SourceState)
    not_modified: bool = False


class CollectorError(Exception):
    """A source failed; the message is one line saying what happened and what to do."""

    kind: ClassVar[str] = "error"


class SourceUnavailable(CollectorError):
    kind = "unavailable"


class RateLimited(CollectorError):
    kind = "rate-limited"


class Unparsable(CollectorError):
    kind = "unparsable"


class TooLarge(CollectorError):
    kind = "too-large"


class Collector(Protocol):
    """A source kind. Implementations declare their kind name and polite defaults."""

    kind: ClassVar[str]

    def collect(self, state: SourceState) -> Batch: ...
