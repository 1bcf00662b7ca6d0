"""Google News search RSS, against the test server, in Google News's RSS format."""

from __future__ import annotations

from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from tests.collectors import common
from tests.collectors.common import Item, Spec, make_items, stored
from tests.feedserver import FeedServer, Reply

LINKED = '<a href="https://krant.example/a" target="_blank">{}</a>'


def rss(items: list[Item]) -> str:
    entries = "".join(
        f"<item><title>{escape(i.text)} - De Krant</title><link>https://news.google.com/rss/articles/{i.id}?oc=5</link>"
        f'<guid isPermaLink="false">{i.id}</guid><pubDate>{format_datetime(i.at)}</pubDate>'
        f"<description>{escape(LINKED.format(i.text))}</description><source url='https://krant.example'>De Krant</source></item>"
        for i in reversed(items)  # Google orders by relevance, not date
    )
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>"trapkracht" - Google News</title>'
            f"<language>nl</language>{entries}</channel></rss>")


class News(Spec):
    kind, path, extra = "news", "/rss/search", {"query": '"trapkracht" OR trapkracht.nl', "lang": "nl", "country": "nl"}
    malformed = Reply(body="<html><body>captcha</body></html>", content_type="text/html")
    malformed_says = "HTML page, not a feed"

    def page(self, items: list[Item], more: bool) -> Reply:
        return Reply(body=rss(items), etag=f'"{len(items)}"')

    def pages(self, pages: list[list[Item]]) -> list[Reply]:
        return [self.page([i for p in pages for i in p], False)]  # one feed, no paging

    def again(self, items: list[Item]) -> list[Reply]:
        return [self.page(items, False)]  # unchanged: answered 304 to the conditional GET


SPEC = News()


def test_one_feed_then_not_modified(feed_server: FeedServer, tmp_path: Path) -> None:
    store = common.pages_then_nothing_new(SPEC, feed_server, tmp_path)
    first, second = feed_server.requests_to(SPEC.path)
    assert "q=%22trapkracht%22+OR+trapkracht.nl" in first.path and "hl=nl&gl=NL&ceid=NL%3Anl" in first.path
    assert second.header("If-None-Match") == '"5"'
    assert {m["language_hint"] for m in stored(store)} == {"nl"}


def test_only_newer_than_watermark_when_the_feed_changed(feed_server: FeedServer, tmp_path: Path) -> None:
    old, new = make_items(3), make_items(4, start=common.NOW + common.timedelta(minutes=30))[:1]
    feed_server.route(SPEC.path, SPEC.page(old, False), SPEC.page(new + old, False))
    common.run(feed_server, tmp_path, [SPEC.source(feed_server)])
    _, reports = common.run(feed_server, tmp_path, [SPEC.source(feed_server)])
    # The item at the watermark's own time is handed over again and recognized as seen.
    r = reports["news-src"]
    assert (r.fetched, r.new, r.seen) == (2, 1, 1)