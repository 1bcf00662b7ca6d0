"""What every collector shares: the record it yields, its state, and its error family.

A collector splits the network from the logic: `fetch()` talks HTTP through the shared client,
`parse(bytes)` is pure and returns `MentionRecord`s. Errors are data: a `CollectorError` is stored
as the source's `last_error` and printed as one line, and the run goes on with the next source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
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
    last_success_at: datetime | None = None  # None: the source was never collected (its first run)


class Batch:
    """The result of one fetch: records, and the state to save once they are stored.

    An API walk hands its records over page by page (`pages`), so the pipeline stores each page
    as it arrives and a killed run loses nothing; its state (`finish()`) is known only once every
    page has been read. `records` reads all pages at once, for callers that want a list.
    `warnings`: parts of the source that failed and were skipped (one line each), for the run log.
    `final_url`: where a feed's redirects ended, when that is not its configured URL.
    """

    def __init__(self, records: list[MentionRecord] | None = None, state: SourceState | None = None,
                 not_modified: bool = False, *, pages: Iterable[list[MentionRecord]] | None = None,
                 finish: Callable[[], SourceState] | None = None, final_url: str | None = None,
                 warnings: list[str] | None = None) -> None:
        self._records = records
        self._pages = pages
        self._state = state or SourceState()
        self._finish = finish
        self.not_modified = not_modified
        self.warnings: list[str] = warnings if warnings is not None else []
        self.final_url = final_url

    def iter_pages(self) -> Iterator[list[MentionRecord]]:
        if self._records is not None:
            yield self._records
            return
        if self._pages is not None:
            yield from self._pages
            self._pages = None

    @property
    def records(self) -> list[MentionRecord]:
        if self._records is None:
            self._records = [r for page in self.iter_pages() for r in page]
        return self._records

    @property
    def state(self) -> SourceState:
        if self._finish is not None:
            if self._pages is not None:  # `records` drains the walk: the state depends on all of it
                _ = self.records
            self._state, self._finish = self._finish(), None
        return self._state


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
