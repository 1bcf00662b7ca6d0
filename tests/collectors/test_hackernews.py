"""Hacker News search by date, against the test server, in Algolia's format."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from tests.collectors import common
from tests.collectors.common import NOW, Item, Spec, json_reply, make_items, run, stored
from tests.feedserver import FeedServer, Reply


def hit(item: Item) -> dict[str, Any]:
    is_comment = int(item.id) % 2 == 0
    return {"objectID": item.id, "author": item.author, "created_at_i": int(item.at.timestamp()),
            "title": None if is_comment else item.text, "story_title": "Ask HN: bikes" if is_comment else None,
            "comment_text": f"<p>{item.text}</p>" if is_comment else None, "story_text": None, "url": None}


class HackerNews(Spec):
    kind, path, extra = "hackernews", "/api/v1/search_by_date", {"query": "trapkracht"}
    malformed = json_reply({"message": "Invalid value for hitsPerPage"})
    malformed_says = "not an Algolia search reply"

    def __init__(self) -> None:
        self.total_pages = 1

    def page(self, items: list[Item], more: bool) -> Reply:
        return json_reply({"hits": [hit(i) for i in items], "nbPages": 2 if more else 1, "page": 0})

    def pages(self, pages: list[list[Item]]) -> list[Reply]:
        return [json_reply({"hits": [hit(i) for i in p], "nbPages": len(pages), "page": n}) for n, p in enumerate(pages)]


SPEC = HackerNews()


def test_pages_then_nothing_new(feed_server: FeedServer, tmp_path: Path) -> None:
    started = datetime.now(timezone.utc)
    store = common.pages_then_nothing_new(SPEC, feed_server, tmp_path)
    paths = [r.path for r in feed_server.requests_to(SPEC.path)]
    since = int(re.search(r"numericFilters=created_at_i%3E%3D(\d+)", paths[0]).group(1))  # type: ignore[union-attr]
    # The first run reads back backfill_days (30) from the moment it ran.
    assert (started - timedelta(days=30)).timestamp() - 1 <= since <= (datetime.now(timezone.utc) - timedelta(days=30)).timestamp()
    assert "page=1" in paths[1]
    assert f"created_at_i%3E%3D{int(make_items(5)[0].at.timestamp())}" in paths[2]
    assert "tags=%28story%2Ccomment%29" in paths[0]
    comment = next(m for m in stored(store) if m["external_key"] == "1004")
    assert (comment["title"], comment["url"]) == ("Re: Ask HN: bikes", "https://news.ycombinator.com/item?id=1004")


def test_items_older_than_backfill_days_are_not_taken(feed_server: FeedServer, tmp_path: Path) -> None:
    items = [*make_items(2), *make_items(2, start=NOW - timedelta(days=10))]
    SPEC.script(feed_server, SPEC.pages([items]))
    _, reports = run(feed_server, tmp_path, [SPEC.source(feed_server, backfill_days=3)])
    assert reports["hackernews-src"].new == 2
