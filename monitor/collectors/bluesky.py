"""Bluesky: public post search (`app.bsky.feed.searchPosts`, sort=latest), paged with its cursor.

The public AppView needs no account. A run asks only for posts since the watermark (`since`),
so a quiet query costs one request. The AppView allows about 3,000 requests per 5 minutes per IP;
search results go back as far as Bluesky's index does, and deep paging is capped by the service.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlencode

from monitor.collectors.base import Batch, MentionRecord, SourceState, Unparsable
from monitor.collectors.paging import Limits, Page, Watermark, backfill_start, load_json, utc_from_iso, walk_batch
from monitor.config import BlueskySource
from monitor.text import normalize_whitespace

if TYPE_CHECKING:  # monitor.http imports this package: a runtime import would be circular
    from monitor.http import HttpClient

PAGE_SIZE = 100  # the API's maximum
DEFAULT_INTERVAL = 1.0
SITE = "https://bsky.app"


class BlueskyCollector:
    kind: ClassVar[str] = "bluesky"

    def __init__(self, source: BlueskySource, http: HttpClient, base_dir: Path | None = None) -> None:
        self.source = source
        self.http = http
        self.interval = http.interval_for(self.kind, DEFAULT_INTERVAL)

    @staticmethod
    def describe(source: BlueskySource) -> str:
        return f"Bluesky search {source.query!r}"

    def page_url(self, since: str, cursor: str | None) -> str:
        params = {"q": self.source.query, "sort": "latest", "limit": PAGE_SIZE, "since": since}
        if cursor:
            params["cursor"] = cursor
        return f"{self.source.base_url}/xrpc/app.bsky.feed.searchPosts?{urlencode(params)}"

    def _pages(self, since: str, cursor: str | None) -> Iterator[Page]:
        seen: set[str] = set()
        while True:
            url = self.page_url(since, cursor)
            records, cursor = parse_search(self.http.get(url, min_interval=self.interval).body, url)
            done = not records or cursor is None or cursor in seen
            yield records, None if done else cursor
            if done:
                return
            seen.add(cursor)  # type: ignore[arg-type]

    def collect(self, state: SourceState) -> Batch:
        limits = Limits.of(self.source)
        since = backfill_start(Watermark.load(state.cursor), limits).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return walk_batch(lambda cursor: self._pages(since, cursor), state, limits)


def parse_search(body: bytes, where: str) -> tuple[list[MentionRecord], str | None]:
    """Pure: a searchPosts reply -> (posts, cursor for the next page or None)."""
    doc = load_json(body, where)
    if not isinstance(doc, dict) or not isinstance(doc.get("posts"), list):
        raise Unparsable(f"{where}: not a searchPosts reply (no `posts` list)")
    records = [r for r in (_post(p) for p in doc["posts"] if isinstance(p, dict)) if r is not None]
    cursor = doc.get("cursor")
    return records, cursor if isinstance(cursor, str) and cursor else None


def _post(post: dict[str, Any]) -> MentionRecord | None:
    record = post.get("record") if isinstance(post.get("record"), dict) else {}
    uri, text = post.get("uri"), normalize_whitespace(record.get("text") or "")
    if not isinstance(uri, str) or not text:
        return None
    author = post.get("author") if isinstance(post.get("author"), dict) else {}
    handle = author.get("handle") if isinstance(author.get("handle"), str) else None
    langs = record.get("langs") if isinstance(record.get("langs"), list) else []
    return MentionRecord(
        external_key=uri,
        text=text,
        url=f"{SITE}/profile/{handle}/post/{uri.rsplit('/', 1)[-1]}" if handle else None,
        author=handle,
        # createdAt is what the author's client claims; indexedAt when it is missing or unreadable.
        published_at=utc_from_iso(record.get("createdAt")) or utc_from_iso(post.get("indexedAt")),
        language_hint=str(langs[0]).split("-")[0].lower() if langs else None,
    )
