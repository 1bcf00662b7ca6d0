"""Incremental paging shared by the API collectors: a watermark cursor and a lazy page walk.

APIs list newest first, so a run reads pages until it meets an item it has already stored (the
watermark: the newest time seen and the ids seen at exactly that time, since several items can
share one timestamp), an item older than `backfill_days`, or `backfill_max` items. Pages come from
a generator, so a page after the stopping point is never requested.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any

from monitor.collectors.base import Batch, CollectorError, MentionRecord, SourceState, SourceUnavailable, Unparsable


@dataclass(frozen=True)
class Limits:
    """How far one run walks: the first run's backfill, every run's caps, the overlap window."""

    backfill_days: int = 30
    backfill_max: int = 500
    max_items: int = 1000
    max_pages: int = 20
    overlap: timedelta = timedelta(hours=3)

    @classmethod
    def of(cls, source: Any) -> "Limits":
        return cls(source.backfill_days, source.backfill_max, source.max_items, source.max_pages, source.overlap)


@dataclass(frozen=True)
class Watermark:
    """The SourceState.cursor of an API source, as JSON.

    `newest`: the newest publication time stored, never later than the fetch that saw it (a
    post dated 2099 must not make every later run ask for posts after 2099). A run reads back to
    `newest - overlap`: items indexed late (Hacker News lag, Mastodon federation, Reddit
    approvals) are then still found, and the repeats in that window are counted as seen.

    A run stopped by its caps keeps where its walk was: `resume` (the collector's token for the
    next page) and `pass_newest` (the newest it saw). The next run continues from `resume` down to
    the same floor before `newest` moves on, so a backlog is read over several runs, none lost.
    """

    newest: datetime | None = None
    ids: frozenset[str] = frozenset()  # older cursors: kept when read, no longer needed with the overlap
    extra: dict[str, Any] = field(default_factory=dict)  # a collector's own keys
    resume: str | None = None
    pass_newest: datetime | None = None
    pass_taken: int = 0

    @classmethod
    def load(cls, cursor: str | None) -> "Watermark":
        try:
            data = json.loads(cursor) if cursor else {}
            newest = _iso(data.pop("newest", None))
            ids = frozenset(str(i) for i in data.pop("ids", []))
            resume = data.pop("resume", None)
            pass_newest = _iso(data.pop("pass_newest", None))
            pass_taken = int(data.pop("pass_taken", 0))
        except (ValueError, TypeError, AttributeError):
            return cls()  # a cursor from an older format: read as a first run, the store drops repeats
        return cls(newest, ids, data, str(resume) if resume is not None else None, pass_newest, pass_taken)

    def dump(self) -> str:
        data: dict[str, Any] = {"newest": self.newest.isoformat() if self.newest else None, **self.extra}
        if self.resume is not None:
            data.update(resume=self.resume, pass_taken=self.pass_taken,
                        pass_newest=self.pass_newest.isoformat() if self.pass_newest else None)
        return json.dumps(data, sort_keys=True)

    @property
    def first_pass(self) -> bool:
        return self.newest is None

    def floor(self, overlap: timedelta) -> datetime | None:
        """Items older than this are known: the watermark less the overlap window."""
        return None if self.newest is None else self.newest - overlap

    def advance(self, records: Iterable[MentionRecord], now: datetime | None = None, **extra: Any) -> "Watermark":
        """The watermark after storing `records`: their newest time, capped at the fetch time."""
        newest = _newest(self.newest, records, now)
        return replace(self, newest=newest, ids=frozenset(), extra={**self.extra, **extra},
                       resume=None, pass_newest=None, pass_taken=0)


def _iso(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _newest(start: datetime | None, records: Iterable[MentionRecord], now: datetime | None) -> datetime | None:
    cap = now or datetime.now(timezone.utc)
    newest = start
    for record in records:
        when = record.published_at
        if when is not None:
            when = min(when, cap)  # a future date says nothing about what has been read
            newest = when if newest is None or when > newest else newest
    return newest


Page = tuple[Sequence[MentionRecord], "str | None"]  # a page's records and the token of the page after it


class Walk:
    """A newest-first walk over an API's pages, yielding the new records page by page.

    Iterate it (the pipeline stores each page as it comes, so a killed run loses nothing), then
    ask `watermark()` for the cursor to save. The walk stops at known ground (the floor), at the
    first run's backfill age or count, or at the per-run caps on pages and items; stopped by a
    cap it keeps a resume token so the next run continues where this one stopped.
    """

    def __init__(self, pages: Callable[[str | None], Iterable[Page]], mark: Watermark, limits: Limits,
                 now: datetime | None = None) -> None:
        self.pages, self.mark, self.limits = pages, mark, limits
        self.now = now or datetime.now(timezone.utc)
        self.capped = False
        self._resume: str | None = None
        self._newest = mark.pass_newest
        self._taken = mark.pass_taken

    def __iter__(self) -> Iterator[list[MentionRecord]]:
        limits, first = self.limits, self.mark.first_pass
        floor = self.mark.floor(limits.overlap)
        cutoff = self.now - timedelta(days=limits.backfill_days) if first else None
        # The first run's backfill_max is a limit on history, not a cap to resume from.
        backfill_left = limits.backfill_max - self._taken if first else None
        if backfill_left is not None and backfill_left <= 0:
            return  # a resumed first pass that already took its backfill: the pass ends here
        pages = 0
        for records, token in self._start():
            pages += 1
            fresh, reached = [], False
            for record in records:
                when = record.published_at
                if when is not None and ((floor is not None and when < floor) or (cutoff is not None and when < cutoff)):
                    reached = True
                    continue
                fresh.append(record)
                if backfill_left is not None and len(fresh) >= backfill_left:
                    reached = True
                    break
            self._took(fresh)
            if backfill_left is not None:
                backfill_left -= len(fresh)
            yield fresh
            if reached or token is None:
                return
            if pages >= limits.max_pages or (not first and self._taken >= limits.max_items):
                self.capped, self._resume = True, token
                return

    def _start(self) -> Iterator[Page]:
        """The pages from the resume token; a token the API no longer accepts (Bluesky cursors and
        Google Play tokens expire) restarts the walk from the top instead of failing every run."""
        walk = iter(self.pages(self.mark.resume))
        try:
            first = next(walk)
        except StopIteration:
            return
        except CollectorError:
            if self.mark.resume is None:
                raise
            walk = iter(self.pages(None))
            first = next(walk, None)  # type: ignore[arg-type]
            if first is None:
                return
        yield first
        yield from walk

    def _took(self, records: list[MentionRecord]) -> None:
        self._taken += len(records)
        self._newest = _newest(self._newest, records, self.now)

    def watermark(self, **extra: Any) -> Watermark:
        if self.capped:
            return replace(self.mark, extra={**self.mark.extra, **extra}, resume=self._resume,
                           pass_newest=self._newest, pass_taken=self._taken)
        newest = self.mark.newest
        if self._newest is not None and (newest is None or self._newest > newest):
            newest = self._newest
        return replace(self.mark, newest=newest, ids=frozenset(), extra={**self.mark.extra, **extra},
                       resume=None, pass_newest=None, pass_taken=0)


def walk_batch(pages: Callable[[str | None], Iterable[Page]], state: SourceState, limits: Limits,
               now: datetime | None = None, **extra: Callable[[], Any]) -> Batch:
    """A Batch whose records arrive page by page; its state is the walk's watermark once read."""
    walk = Walk(pages, Watermark.load(state.cursor), limits, now)
    return Batch(pages=walk, finish=lambda: SourceState(
        cursor=walk.watermark(**{k: f() for k, f in extra.items()}).dump()))


def take_new(
    pages: Iterable[Sequence[MentionRecord]], mark: Watermark, backfill_days: int, limit: int,
    now: datetime | None = None, overlap: timedelta = timedelta(0),
) -> list[MentionRecord]:
    """All new records of a list of pages at once (a single-page source such as Google News)."""
    listed = list(pages)
    tokens = [str(i + 1) if i + 1 < len(listed) else None for i in range(len(listed))]
    limits = Limits(backfill_days, limit, max_items=10**9, max_pages=10**9, overlap=overlap)
    walk = Walk(lambda _start: zip(listed, tokens), mark, limits, now)
    return [r for page in walk for r in page]


def backfill_start(mark: Watermark, limits: Limits, now: datetime | None = None) -> datetime:
    """The oldest time a run asks an API for: the floor (watermark less overlap), else `backfill_days` ago."""
    floor = mark.floor(limits.overlap)
    return floor or (now or datetime.now(timezone.utc)) - timedelta(days=limits.backfill_days)


def load_json(body: bytes, where: str) -> Any:
    try:
        return json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Unparsable(f"{where}: invalid JSON ({str(exc)[:120]})") from None


def token_from_env(name: str | None, where: str) -> str | None:
    """A credential named by `token_env`; the message names the variable, never its value."""
    if name is None:
        return None
    value = os.environ.get(name, "").strip()
    if not value:
        raise SourceUnavailable(f"{where}: environment variable {name} (token_env) is not set or empty")
    return value


def utc_from_timestamp(value: Any) -> datetime | None:
    try:
        return datetime.fromtimestamp(float(value), tz=timezone.utc)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def utc_from_iso(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=timezone.utc) if parsed.tzinfo is None else parsed.astimezone(timezone.utc)
