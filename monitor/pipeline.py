"""One collect run: sources -> collector -> brand -> dedup -> store, one source at a time.

A source that fails records its error and the run moves on; what a source already stored stays
stored, because items are committed page by page (and in chunks) as the collector reads them,
and the fetch state only after all of them are in: a killed run is re-read, as seen, next time.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from monitor.brands import BrandMatcher
from monitor.collectors import describe_target, make_collector
from monitor.collectors.base import CollectorError, MentionRecord
from monitor.config import Config, SourceConfig
from monitor.http import HttpClient
from monitor.retention import purge_expired
from monitor.storage.store import NewMention, Store, utcnow
from monitor.text import TEXT_CAP, cap_text

log = logging.getLogger(__name__)

CHUNK = 500


@dataclass
class SourceReport:
    fetched: int = 0
    new: int = 0
    duplicates: int = 0
    seen: int = 0
    skipped: int = 0
    error: str | None = None
    not_modified: bool = False
    warnings: list[str] = field(default_factory=list)  # parts skipped (a post's comments), run goes on


@dataclass
class CollectReport:
    run_id: str
    sources: dict[str, SourceReport] = field(default_factory=dict)
    purged: int = 0  # mentions past `retention_days`, deleted at the end of the run

    @property
    def all_failed(self) -> bool:
        return bool(self.sources) and all(r.error for r in self.sources.values())

    def total(self, key: str) -> int:
        return sum(getattr(r, key) for r in self.sources.values())

    def to_json(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "sources": {name: asdict(r) for name, r in self.sources.items()},
                "purged": self.purged}


@dataclass(frozen=True)
class Placement:
    """How a source's records are placed in brand and time."""

    brand: str | None
    matcher: BrandMatcher
    now: datetime
    shift: timedelta
    language: str | None = None  # the source's hint; an item's own language is more specific
    # The source has never been collected: an undated item's "now" is the day it was first
    # collected, not written, so it has no first-seen history (kept out of spike detection).
    first_collect: bool = False

    def place(self, record: MentionRecord) -> NewMention | None:
        if len(record.text) > TEXT_CAP or len(record.title) > TEXT_CAP:
            record = replace(record, text=cap_text(record.text), title=cap_text(record.title))
        brand = self.brand or self.matcher.match(f"{record.title}\n{record.text}")
        if brand is None:
            return None
        if record.language_hint is None and self.language:
            record = replace(record, language_hint=self.language)
        published, estimated = record.published_at, record.published_at is None
        # The clamp only guards a recording that runs past its anchor day; `date_shift` keeps a
        # well-formed one clear of it, so nothing piles up on the collection time.
        published = self.now if published is None else min(published + self.shift, self.now)
        return NewMention(record, brand, published, estimated, undated_backlog=estimated and self.first_collect)


def date_shift(anchor: date | None, now: datetime) -> timedelta:
    """Recorded feeds (the demo) end on `anchor`; move them so that day ends now.

    The shift is exact to the second, not whole days: the end of the anchor day (midnight UTC
    after it) lands on `now`, so the anchor day's items fill the last 24 hours in their own
    order and spacing, none lands in the future, and none is pushed onto the collection time,
    whatever the time of day.
    """
    if anchor is None:
        return timedelta(0)
    end = datetime.combine(anchor + timedelta(days=1), time(0), tzinfo=timezone.utc)
    return now - end


def collect(
    config: Config,
    store: Store,
    only: Iterable[str] | None = None,
    http: HttpClient | None = None,
    on_source_done: Callable[[str, SourceReport], None] | None = None,
    now: datetime | None = None,
) -> CollectReport:
    """Collect the sources once; `now` (default: the clock) is where recorded feeds are shifted to."""
    wanted = set(only) if only else None
    sources = [s for s in config.sources if s.enabled and (wanted is None or s.name in wanted)]
    matcher = BrandMatcher(config.brands)
    client = http or HttpClient(config.http)
    report = CollectReport(run_id=str(uuid.uuid4()))
    try:
        for source in sources:
            result = collect_source(config, store, source, client, matcher, report.run_id, now)
            report.sources[source.name] = result
            if on_source_done:
                on_source_done(source.name, result)
        if config.retention_days:
            report.purged = purge_expired(store, config.retention_days).mentions
    finally:
        if http is None:
            client.close()
    return report


def collect_source(
    config: Config, store: Store, source: SourceConfig, http: HttpClient, matcher: BrandMatcher, run_id: str,
    now: datetime | None = None,
) -> SourceReport:
    started = utcnow()
    source_id = store.ensure_source(source.name, source.type, describe_target(source))
    result = SourceReport()
    try:
        state = store.source_state(source_id)
        batch = make_collector(source, http, config.base_dir).collect(state)
        anchor = getattr(source, "shift_dates_from", None)
        at = now or utcnow()
        placement = Placement(source.brand, matcher, at, date_shift(anchor, at), source.language,
                              first_collect=state.last_success_at is None)
        for page in batch.iter_pages():  # each page stored as it arrives
            result.fetched += len(page)
            _store_records(store, source_id, placement, page, result)
        result.not_modified, result.warnings = batch.not_modified, list(batch.warnings)
        store.record_success(source_id, batch.state, not_modified=batch.not_modified, final_url=batch.final_url)
    except CollectorError as exc:
        result.error = f"{source.name}: {exc}"
    except Exception as exc:  # one broken source must never stop the others
        log.debug("source %s failed", source.name, exc_info=True)
        result.error = f"{source.name}: unexpected {type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}"
    if result.error:
        store.record_failure(source_id, result.error)
    store.log_run(
        run_id=run_id, source=source.name, started_at=started, finished_at=utcnow(),
        status=_status(result),
        fetched=result.fetched, new=result.new, duplicates=result.duplicates, seen=result.seen,
        skipped=result.skipped, error=result.error or _warning_line(result.warnings),
    )
    return result


def _status(result: SourceReport) -> str:
    if result.error:
        return "error"
    if result.warnings:
        return "partial"  # stored what it could; the run log's error column says what was skipped
    return "not-modified" if result.not_modified else "ok"


def _warning_line(warnings: list[str]) -> str | None:
    if not warnings:
        return None
    more = f" (and {len(warnings) - 1} more)" if len(warnings) > 1 else ""
    return f"{len(warnings)} part(s) skipped: {warnings[0]}{more}"


def _store_records(
    store: Store, source_id: int, placement: Placement, records: list[MentionRecord], result: SourceReport
) -> None:
    placed = []
    for record in records:
        item = placement.place(record)
        if item is None:
            result.skipped += 1
        else:
            placed.append(item)
    for start in range(0, len(placed), CHUNK):
        added = store.add_mentions(source_id, placed[start : start + CHUNK])
        result.new += added.new
        result.duplicates += added.duplicates
        result.seen += added.seen
