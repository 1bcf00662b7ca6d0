"""App Store reviews from Apple's public customer-reviews feed (JSON), most recent first.

Apple serves at most 10 pages of 50 reviews per app and country, with no authentication and no
documented rate limit; the feed has no per-review link, so reviews are stored without a URL
(the app's review page is the same for every review and would make them look like one item).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from monitor.collectors.base import Batch, MentionRecord, SourceState, Unparsable
from monitor.collectors.paging import Limits, Page, load_json, utc_from_iso, walk_batch
from monitor.config import AppStoreSource
from monitor.text import html_to_text

if TYPE_CHECKING:  # monitor.http imports this package: a runtime import would be circular
    from monitor.http import HttpClient

MAX_PAGES = 10  # the feed refuses page=11 and beyond
DEFAULT_INTERVAL = 2.0  # undocumented limits; Apple answers bursts with 403/429


class AppStoreCollector:
    kind: ClassVar[str] = "appstore"

    def __init__(self, source: AppStoreSource, http: HttpClient, base_dir: Path | None = None) -> None:
        self.source = source
        self.http = http
        self.interval = http.interval_for(self.kind, DEFAULT_INTERVAL)

    @staticmethod
    def describe(source: AppStoreSource) -> str:
        return f"App Store app {source.app_id} ({source.country.lower()})"

    def page_url(self, page: int) -> str:
        s = self.source
        return f"{s.base_url}/{s.country.lower()}/rss/customerreviews/page={page}/id={s.app_id}/sortby=mostrecent/json"

    def _pages(self, start: str | None) -> Iterator[Page]:
        first = int(start) if start and start.isdigit() else 1
        for page in range(first, MAX_PAGES + 1):
            url = self.page_url(page)
            records, last = parse_reviews(self.http.get(url, min_interval=self.interval).body, url)
            done = not records or page >= min(last, MAX_PAGES)
            yield records, None if done else str(page + 1)
            if done:
                return

    def collect(self, state: SourceState) -> Batch:
        return walk_batch(self._pages, state, Limits.of(self.source))


def parse_reviews(body: bytes, where: str) -> tuple[list[MentionRecord], int]:
    """Pure: one feed page -> (reviews, number of the last page the feed offers)."""
    doc = load_json(body, where)
    feed = doc.get("feed") if isinstance(doc, dict) else None
    if not isinstance(feed, dict):
        raise Unparsable(f"{where}: JSON without a `feed` object; not an App Store reviews feed")
    entries = feed.get("entry") or []
    if isinstance(entries, dict):  # a page with a single review is an object, not a list
        entries = [entries]
    records = [r for r in (_review(e) for e in entries if isinstance(e, dict)) if r is not None]
    return records, _last_page(feed.get("link"))


def _label(entry: dict[str, Any], key: str) -> str:
    node = entry.get(key)
    value = node.get("label") if isinstance(node, dict) else None
    return value.strip() if isinstance(value, str) else ""


def _review(entry: dict[str, Any]) -> MentionRecord | None:
    # Older feeds start with an entry describing the app itself: it has no rating and no id of a review.
    review_id, text = _label(entry, "id"), html_to_text(_label(entry, "content"))
    if not review_id or not text or not _label(entry, "im:rating"):
        return None
    author = entry.get("author") if isinstance(entry.get("author"), dict) else {}
    rating = _label(entry, "im:rating")
    return MentionRecord(
        external_key=review_id,
        text=text,
        title=html_to_text(_label(entry, "title")),
        url=None,
        author=_label(author, "name") or None,
        published_at=utc_from_iso(_label(entry, "updated")),
        rating=float(rating) if rating.replace(".", "", 1).isdigit() else None,
        rating_max=5.0,
        app_version=_label(entry, "im:version") or None,
    )


def _last_page(links: Any) -> int:
    for link in links if isinstance(links, list) else [links]:
        attrs = link.get("attributes", {}) if isinstance(link, dict) else {}
        if attrs.get("rel") == "last":
            href = str(attrs.get("href", ""))
            number = href.split("page=", 1)[-1].split("/", 1)[0] if "page=" in href else ""
            return int(number) if number.isdigit() else 1
    return 1
