"""Reddit posts (and optionally their comments) through the public JSON listings.

`/search.json?q=..&sort=new` or `/r/{sub}/new.json`, 100 per page, paged with `after`. Reddit
allows about 10 requests a minute without OAuth (100 with), asks for a descriptive User-Agent (the
shared client sends `repwatch/<version> (+contact)`) and announces its budget in
X-Ratelimit-Remaining / X-Ratelimit-Reset, which the shared client honours per host.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import quote, urlencode

from monitor.collectors.base import Batch, CollectorError, MentionRecord, SourceState, Unparsable
from monitor.collectors.paging import Limits, Page, load_json, token_from_env, utc_from_timestamp, walk_batch
from monitor.config import RedditSource
from monitor.text import html_to_text

if TYPE_CHECKING:  # monitor.http imports this package: a runtime import would be circular
    from monitor.http import HttpClient

PAGE_SIZE = 100
DEFAULT_INTERVAL = 6.0  # 10 requests per minute unauthenticated
OAUTH_INTERVAL = 1.0  # 100 per minute with an OAuth token (base_url https://oauth.reddit.com)
SITE = "https://www.reddit.com"  # links point at the public site, whatever base_url is


class RedditCollector:
    kind: ClassVar[str] = "reddit"

    def __init__(self, source: RedditSource, http: HttpClient, base_dir: Path | None = None) -> None:
        self.source = source
        self.http = http
        self.token = token_from_env(source.token_env, source.name)
        self.interval = http.interval_for(self.kind, OAUTH_INTERVAL if self.token else DEFAULT_INTERVAL)
        self.headers = {"Authorization": f"bearer {self.token}"} if self.token else {}

    @staticmethod
    def describe(source: RedditSource) -> str:
        return f"Reddit search {source.query!r}" if source.query else f"Reddit r/{source.subreddit}"

    def listing_url(self, after: str | None) -> str:
        s = self.source
        params: dict[str, Any] = {"limit": PAGE_SIZE, "raw_json": 1}
        if s.query:
            params.update(q=s.query, sort="new")
        if after:
            params["after"] = after
        path = "/search.json" if s.query else f"/r/{quote(s.subreddit or '')}/new.json"
        return f"{s.base_url}{path}?{urlencode(params)}"

    def _get(self, url: str) -> Any:
        return load_json(self.http.get(url, headers=self.headers, min_interval=self.interval).body, url)

    def _pages(self, after: str | None) -> Iterator[Page]:
        seen: set[str] = set()
        while True:
            url = self.listing_url(after)
            records, after = parse_listing(self._get(url), url)
            done = not records or after is None or after in seen  # a repeated token would loop for ever
            yield records, None if done else after
            if done:
                return
            seen.add(after)  # type: ignore[arg-type]

    def collect(self, state: SourceState) -> Batch:
        batch = walk_batch(self._pages, state, Limits.of(self.source))
        if not self.source.comments:
            return batch
        # The watermark follows posts only: comments arrive later than their post and are read with it.
        warnings: list[str] = []
        return Batch(pages=self._with_comments(batch.iter_pages(), warnings), finish=lambda: batch.state,
                     warnings=warnings)

    def _with_comments(self, pages: Iterator[list[MentionRecord]], warnings: list[str]) -> Iterator[list[MentionRecord]]:
        for posts in pages:
            out = list(posts)
            for post in posts:
                if post.external_key.startswith("t3_"):
                    out.extend(self._comments(post.external_key[3:], warnings))
            yield out

    def _comments(self, post_id: str, warnings: list[str]) -> list[MentionRecord]:
        """One post's comments; a post whose comments fail (403, removed) is noted and skipped."""
        url = f"{self.source.base_url}/comments/{post_id}.json?sort=new&limit=100&raw_json=1"
        try:
            return parse_comments(self._get(url), url)
        except CollectorError as exc:
            warnings.append(f"comments of post {post_id} skipped: {exc}")
            return []


def _listing(doc: Any, where: str) -> dict[str, Any]:
    data = doc.get("data") if isinstance(doc, dict) and doc.get("kind") == "Listing" else None
    if not isinstance(data, dict) or not isinstance(data.get("children"), list):
        raise Unparsable(f"{where}: not a Reddit listing (no data.children)")
    return data


def parse_listing(doc: Any, where: str) -> tuple[list[MentionRecord], str | None]:
    """Pure: a listing document -> (posts, `after` token for the next page or None)."""
    data = _listing(doc, where)
    records = [_thing(c.get("data", {})) for c in data["children"] if isinstance(c, dict) and c.get("kind") == "t3"]
    after = data.get("after")
    return [r for r in records if r is not None], after if isinstance(after, str) and after else None


def parse_comments(doc: Any, where: str) -> list[MentionRecord]:
    """Pure: a /comments/{id}.json reply ([post listing, comment listing]) -> comments, replies included."""
    if not isinstance(doc, list) or len(doc) < 2:
        raise Unparsable(f"{where}: not a Reddit comments reply (expected two listings)")
    out: list[MentionRecord] = []
    stack = list(_listing(doc[1], where)["children"])
    while stack:
        child = stack.pop()
        if not isinstance(child, dict) or child.get("kind") != "t1":
            continue  # "more" stubs would cost one request each: skipped
        data = child.get("data", {})
        record = _thing(data)
        if record is not None:
            out.append(record)
        replies = data.get("replies")
        if isinstance(replies, dict):
            stack.extend(_listing(replies, where)["children"])
    return out


def _thing(data: dict[str, Any]) -> MentionRecord | None:
    name = data.get("name")
    title = html_to_text(data.get("title") or "")
    text = html_to_text(data.get("selftext") or data.get("body") or "") or title
    if not isinstance(name, str) or text in ("", "[deleted]", "[removed]"):
        return None
    permalink = data.get("permalink")
    return MentionRecord(
        external_key=name,
        text=text,
        title=title if title != text else "",
        url=f"{SITE}{permalink}" if isinstance(permalink, str) and permalink.startswith("/") else None,
        author=data.get("author") if isinstance(data.get("author"), str) else None,
        published_at=utc_from_timestamp(data.get("created_utc")),
        language_hint=None,
    )
