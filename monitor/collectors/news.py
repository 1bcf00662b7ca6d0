"""Google News search as RSS: one query per brand, language and country, read by the feed parser.

The search feed holds up to about 100 recent articles and has no paging, so "only what is new" is
the watermark filter (plus conditional GET when Google sends validators). Links are Google News
redirect URLs; the same article found by two queries is caught by its text (dedup key, SimHash).
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import urlencode

from monitor.collectors.base import Batch, SourceState
from monitor.collectors.feed import parse_feed
from monitor.collectors.paging import Limits, Watermark, take_new
from monitor.config import NewsSource

if TYPE_CHECKING:  # monitor.http imports this package: a runtime import would be circular
    from monitor.http import HttpClient

DEFAULT_INTERVAL = 2.0  # no published limit; Google answers fast polling with 429 and a captcha page

_EPOCH = datetime.min.replace(tzinfo=timezone.utc)


class NewsCollector:
    kind: ClassVar[str] = "news"

    def __init__(self, source: NewsSource, http: HttpClient, base_dir: Path | None = None) -> None:
        self.source = source
        self.http = http
        self.interval = http.interval_for(self.kind, DEFAULT_INTERVAL)

    @staticmethod
    def describe(source: NewsSource) -> str:
        return f"Google News {source.query!r} ({source.lang}-{source.country.upper()})"

    @property
    def url(self) -> str:
        s = self.source
        lang, country = s.lang, s.country.upper()
        query = urlencode({"q": s.query, "hl": lang, "gl": country, "ceid": f"{country}:{lang.split('-')[0]}"})
        return f"{s.base_url}/rss/search?{query}"

    def collect(self, state: SourceState) -> Batch:
        response = self.http.get(self.url, state.etag, state.last_modified, min_interval=self.interval)
        if response.not_modified:
            return Batch([], state, not_modified=True)
        mark = Watermark.load(state.cursor)
        # The search feed is ordered by relevance; newest first makes backfill_max keep the newest.
        records = sorted(parse_feed(response.body, self.url, response.content_type),
                         key=lambda r: r.published_at or _EPOCH, reverse=True)
        limits = Limits.of(self.source)
        # One page of at most ~100 items: the per-run caps cannot cut it, the item cap keeps the newest.
        records = take_new([records], mark, limits.backfill_days, limits.backfill_max, overlap=limits.overlap)
        if not mark.first_pass:
            # Over the cap: the oldest new ones now, the watermark stops at them, the rest next run.
            records = records[-limits.max_items :]
        return Batch(records, SourceState(response.etag, response.last_modified, mark.advance(records).dump()))
