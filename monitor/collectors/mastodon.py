"""Mastodon: the public timeline of one hashtag on one instance, paged with max_id / since_id.

Hashtag timelines are public on most instances; an access token (`token_env`) is only needed where
an instance restricts them. Full-text search is not an option: `/api/v2/search` needs a token and
only finds posts that opted in to being searchable, so a hashtag is the dependable handle.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import quote, urlencode

from monitor.collectors.base import Batch, MentionRecord, SourceState, Unparsable
from monitor.collectors.paging import Limits, Page, load_json, token_from_env, utc_from_iso, walk_batch
from monitor.config import MastodonSource
from monitor.text import html_to_text, safe_link

if TYPE_CHECKING:  # monitor.http imports this package: a runtime import would be circular
    from monitor.http import HttpClient

PAGE_SIZE = 40  # the API's maximum for timelines
DEFAULT_INTERVAL = 1.0  # Mastodon's default: 300 requests per 5 minutes per IP


class MastodonCollector:
    kind: ClassVar[str] = "mastodon"

    def __init__(self, source: MastodonSource, http: HttpClient, base_dir: Path | None = None) -> None:
        self.source = source
        self.http = http
        token = token_from_env(source.token_env, source.name)
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.interval = http.interval_for(self.kind, DEFAULT_INTERVAL)

    @staticmethod
    def describe(source: MastodonSource) -> str:
        return f"Mastodon #{source.hashtag} on {source.instance}"

    def page_url(self, max_id: str | None) -> str:
        # No since_id: a status federated late gets an id from its creation time, below the newest
        # id already read; the walk reads back to the watermark's overlap floor instead.
        params = {"limit": PAGE_SIZE, **({"max_id": max_id} if max_id else {})}
        return f"{self.source.api_root}/api/v1/timelines/tag/{quote(self.source.hashtag)}?{urlencode(params)}"

    def _pages(self, max_id: str | None) -> Iterator[Page]:
        while True:
            url = self.page_url(max_id)
            response = self.http.get(url, headers=self.headers, min_interval=self.interval)
            records, oldest = parse_statuses(response.body, url)
            done = not records or oldest is None or oldest == max_id  # no progress: a misbehaving server
            yield records, None if done else oldest
            if done:
                return
            max_id = oldest

    def collect(self, state: SourceState) -> Batch:
        return walk_batch(self._pages, state, Limits.of(self.source))


def _id_order(status_id: str | None) -> tuple[int, str]:
    # Mastodon ids are decimal snowflakes of varying length: compare as numbers.
    text = status_id or ""
    return (int(text), text) if text.isdigit() else (-1, text)


def parse_statuses(body: bytes, where: str) -> tuple[list[MentionRecord], str | None]:
    """Pure: a timeline page -> (statuses, the oldest id on the page for max_id paging)."""
    doc = load_json(body, where)
    if not isinstance(doc, list):
        message = doc.get("error") if isinstance(doc, dict) else None
        raise Unparsable(f"{where}: expected a list of statuses" + (f" (server says: {str(message)[:120]})" if message else ""))
    statuses = [s for s in doc if isinstance(s, dict) and s.get("id") is not None]
    oldest = min((str(s["id"]) for s in statuses), key=_id_order, default=None)
    records = [r for r in (_status(s) for s in statuses) if r is not None]
    return records, oldest


def _status(status: dict[str, Any]) -> MentionRecord | None:
    text = html_to_text(status.get("content") if isinstance(status.get("content"), str) else "")
    if not text:
        return None
    account = status.get("account") if isinstance(status.get("account"), dict) else {}
    language = status.get("language")
    return MentionRecord(
        external_key=str(status["id"]),
        text=text,
        title=html_to_text(status.get("spoiler_text") or ""),
        url=safe_link(status.get("url") or status.get("uri")),
        author=account.get("acct") or account.get("username"),
        published_at=utc_from_iso(status.get("created_at")),
        language_hint=language.split("-")[0].lower() if isinstance(language, str) and language else None,
    )
