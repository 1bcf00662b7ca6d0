"""Hacker News stories and comments through the public Algolia search API, newest first.

`search_by_date` with `numericFilters=created_at_i>=<watermark>` asks only for what is new, so a
quiet query costs one request. Algolia allows 10,000 requests per hour per IP and serves the whole
history; one query reaches at most 1,000 hits (its paging limit), enough between polls.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlencode

from monitor.collectors.base import Batch, MentionRecord, SourceState, Unparsable
from monitor.collectors.paging import Limits, Page, Watermark, backfill_start, load_json, utc_from_timestamp, walk_batch
from monitor.config import HackerNewsSource
from monitor.text import html_to_text

if TYPE_CHECKING:  # monitor.http imports this package: a runtime import would be circular
    from monitor.http import HttpClient

PAGE_SIZE = 100
DEFAULT_INTERVAL = 1.0
SITE = "https://news.ycombinator.com"


class HackerNewsCollector:
    kind: ClassVar[str] = "hackernews"

    def __init__(self, source: HackerNewsSource, http: HttpClient, base_dir: Path | None = None) -> None:
        self.source = source
        self.http = http
        self.interval = http.interval_for(self.kind, DEFAULT_INTERVAL)

    @staticmethod
    def describe(source: HackerNewsSource) -> str:
        return f"Hacker News search {source.query!r}"

    def page_url(self, since: int, page: int) -> str:
        params = {
            "query": self.source.query,
            "tags": "(story,comment)",
            # >= not >: an item of the watermark's own second may have been indexed after the last run.
            "numericFilters": f"created_at_i>={since}",
            "hitsPerPage": PAGE_SIZE,
            "page": page,
        }
        return f"{self.source.base_url}/api/v1/search_by_date?{urlencode(params)}"

    def _pages(self, since: int, start: str | None) -> Iterator[Page]:
        # A resumed walk keeps its pass's `since`, so page numbers count the same result list;
        # items arriving meanwhile shift it down a little and are re-read as seen, never skipped.
        page = int(start) if start and start.isdigit() else 0
        while True:
            url = self.page_url(since, page)
            records, pages = parse_hits(self.http.get(url, min_interval=self.interval).body, url)
            page += 1
            done = not records or page >= pages
            yield records, None if done else str(page)
            if done:
                return

    def collect(self, state: SourceState) -> Batch:
        limits = Limits.of(self.source)
        since = int(backfill_start(Watermark.load(state.cursor), limits).timestamp())
        return walk_batch(lambda start: self._pages(since, start), state, limits)


def parse_hits(body: bytes, where: str) -> tuple[list[MentionRecord], int]:
    """Pure: a search reply -> (stories and comments, number of pages Algolia offers)."""
    doc = load_json(body, where)
    if not isinstance(doc, dict) or not isinstance(doc.get("hits"), list):
        raise Unparsable(f"{where}: not an Algolia search reply (no `hits` list)")
    records = [r for r in (_hit(h) for h in doc["hits"] if isinstance(h, dict)) if r is not None]
    pages = doc.get("nbPages")
    return records, pages if isinstance(pages, int) else 1


def _hit(hit: dict[str, Any]) -> MentionRecord | None:
    object_id = hit.get("objectID")
    title = html_to_text(hit.get("title") or hit.get("story_title") or "")
    body = html_to_text(hit.get("comment_text") or hit.get("story_text") or "")
    text = body or title
    if not object_id or not text:
        return None
    is_comment = bool(hit.get("comment_text"))
    return MentionRecord(
        external_key=str(object_id),
        text=text,
        # A comment's title is its story's: context, not the comment's own words.
        title="" if text == title else (f"Re: {title}" if is_comment and title else title),
        url=f"{SITE}/item?id={object_id}",  # the discussion, which is where the brand is talked about
        author=hit.get("author") if isinstance(hit.get("author"), str) else None,
        published_at=utc_from_timestamp(hit.get("created_at_i")),
        language_hint=None,
    )
