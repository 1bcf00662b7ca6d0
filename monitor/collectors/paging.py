"""Incremental paging shared by the API collectors: a watermark cursor and a lazy page walk.

APIs list newest first, so a run reads pages until it meets an item it has already stored (the
watermark: the newest time seen and the ids seen at exactly that time, since several items can
share one timestamp), an item older than `backfill_days`, or `backfill_max` items. Pages come from
a generator, so a page after the stopping point is never requested.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any

from monitor.collectors.base import MentionRecord, SourceUnavailable, Unparsable


@dataclass(frozen=True)
class Watermark:
    """The SourceState.cursor of an API source, as JSON: {"newest": iso, "ids": [...], ...extra}."""

    newest: datetime | None = None
    ids: frozenset[str] = frozenset()
    extra: dict[str, Any] = field(default_factory=dict)  # a collector's own paging keys (since_id)

    @classmethod
    def load(cls, cursor: str | None) -> "Watermark":
        try:
            data = json.loads(cursor) if cursor else {}
            newest = datetime.fromisoformat(data.pop("newest")) if data.get("newest") else None
            ids = frozenset(str(i) for i in data.pop("ids", []))
        except (ValueError, TypeError, AttributeError):
            return cls()  # a cursor from an older format: read as a first run, the store drops repeats
        data.pop("newest", None)
        return cls(newest, ids, data)

    def dump(self) -> str:
        newest = self.newest.isoformat() if self.newest else None
        return json.dumps({"newest": newest, "ids": sorted(self.ids), **self.extra}, sort_keys=True)

    def known(self, record: MentionRecord) -> bool:
        if self.newest is None or record.published_at is None:
            return False
        return record.published_at < self.newest or (record.published_at == self.newest and record.external_key in self.ids)

    def advance(self, records: Iterable[MentionRecord], **extra: Any) -> "Watermark":
        newest, ids = self.newest, set(self.ids)
        for record in records:
            when = record.published_at
            if when is None:
                continue
            if newest is None or when > newest:
                newest, ids = when, {record.external_key}
            elif when == newest:
                ids.add(record.external_key)
        return replace(self, newest=newest, ids=frozenset(ids), extra={**self.extra, **extra})


def take_new(
    pages: Iterable[Sequence[MentionRecord]], mark: Watermark, backfill_days: int, limit: int,
    now: datetime | None = None,
) -> list[MentionRecord]:
    """New records from newest-first pages, stopping at known ground; a first run (no watermark)
    also stops at the backfill age or `limit`. Later runs read back to the watermark however long
    the source was idle, so nothing between two runs is skipped."""
    first_run = mark.newest is None
    cutoff = (now or datetime.now(timezone.utc)) - timedelta(days=backfill_days) if first_run else None
    cap = limit if first_run else None
    out: list[MentionRecord] = []
    for page in pages:
        reached = False
        for record in page:
            too_old = cutoff is not None and record.published_at is not None and record.published_at < cutoff
            if mark.known(record) or too_old:
                reached = True
                continue
            out.append(record)
            if cap is not None and len(out) >= cap:
                return out
        if reached:
            break
    return out


def backfill_start(mark: Watermark, backfill_days: int, now: datetime | None = None) -> datetime:
    """The oldest time a run asks an API for: the watermark, else `backfill_days` ago."""
    return mark.newest or (now or datetime.now(timezone.utc)) - timedelta(days=backfill_days)


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
