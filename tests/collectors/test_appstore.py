"""App Store customer reviews, against the test server, in Apple's JSON feed format."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from monitor.collectors.appstore import parse_reviews
from tests.collectors import common
from tests.collectors.common import Item, Spec, json_reply, make_items, stored
from tests.feedserver import FeedServer, Reply

APP = "1234567890"


def entry(item: Item) -> dict[str, Any]:
    return {"author": {"name": {"label": item.author}, "uri": {"label": "https://itunes.apple.com/nl/reviews/id1"}},
            "updated": {"label": item.at.isoformat()}, "im:rating": {"label": str(item.rating)},
            "im:version": {"label": "2.4.1"}, "id": {"label": item.id}, "title": {"label": f"Titel {item.id}"},
            "content": {"label": item.text, "attributes": {"type": "text"}},
            "link": {"attributes": {"rel": "related", "href": f"https://itunes.apple.com/nl/review?id={APP}"}}}


def feed(items: list[Item], last: int) -> dict[str, Any]:
    link = f"https://itunes.apple.com/nl/rss/customerreviews/page={last}/id={APP}/sortby=mostrecent/json"
    doc: dict[str, Any] = {"feed": {"id": {"label": "x"}, "link": [{"attributes": {"rel": "last", "href": link}}]}}
    if items:
        doc["feed"]["entry"] = entry(items[0]) if len(items) == 1 else [entry(i) for i in items]
    return doc


def page_path(n: int) -> str:
    return f"/nl/rss/customerreviews/page={n}/id={APP}/sortby=mostrecent/json"


class AppStore(Spec):
    kind, path, extra = "appstore", page_path(1), {"app_id": f"id{APP}", "country": "NL", "language": "nl"}
    malformed = json_reply({"feed": "gone"})
    malformed_says = "not an App Store reviews feed"

    def page(self, items: list[Item], more: bool) -> Reply:
        return json_reply(feed(items, 2 if more else 1))

    def script(self, server: FeedServer, replies: list[Reply]) -> None:
        # One URL per page: the first run reads page 1 then 2; a second run gets page 1's next reply.
        if len(replies) == 3:
            server.route(page_path(1), replies[0], replies[2])
            server.route(page_path(2), replies[1])
        else:
            server.route(page_path(1), *replies)

    def requests(self, server: FeedServer) -> int:
        return sum(len(server.requests_to(page_path(n))) for n in range(1, 11))


SPEC = AppStore()


def test_pages_then_nothing_new(feed_server: FeedServer, tmp_path: Path) -> None:
    store = common.pages_then_nothing_new(SPEC, feed_server, tmp_path)
    review = next(m for m in stored(store) if m["external_key"] == "1005")
    assert (review["rating"], review["rating_max"], review["app_version"], review["title"]) == (1.0, 5.0, "2.4.1", "Titel 1005")
    assert (review["author"], review["url"], review["language_hint"]) == ("fietser", None, "nl")


def test_reads_at_most_ten_pages(feed_server: FeedServer, tmp_path: Path) -> None:
    items = make_items(12)
    for n in range(1, 12):
        feed_server.route(page_path(n), json_reply(feed([items[n - 1]], 99)))
    common.run(feed_server, tmp_path, [SPEC.source(feed_server)])
    assert SPEC.requests(feed_server) == 10 and not feed_server.requests_to(page_path(11))


def test_real_sample_parses(shared_dir: Path) -> None:
    sample = shared_dir / "fixtures" / "review-payloads" / "appstore" / "review" / "itunesrss" / "itunes_rss_reviews.json"
    if not sample.is_file():
        pytest.skip(f"{sample} is absent")
    records, last = parse_reviews(sample.read_bytes(), str(sample))
    assert (len(records), last) == (50, 10)
    assert {r.rating for r in records} == {1.0, 2.0, 3.0, 4.0, 5.0}
    first = records[0]
    assert (first.external_key, first.app_version, first.author, first.title) == (
        "8044879566", "186.0", "Lantana, FL", "Usually interesting reading but")
    assert first.published_at is not None and first.published_at.utcoffset().total_seconds() == 0
    assert all(r.text and r.published_at for r in records)
