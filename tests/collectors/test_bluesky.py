"""Bluesky post search, against the test server, in the searchPosts format."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.collectors import common
from tests.collectors.common import Item, Spec, json_reply, make_items, run, stored
from tests.feedserver import FeedServer, Reply


def post(item: Item) -> dict[str, Any]:
    return {"uri": f"at://did:plc:abc/app.bsky.feed.post/{item.id}", "cid": f"c{item.id}",
            "author": {"did": "did:plc:abc", "handle": f"{item.author}.bsky.social"},
            "record": {"$type": "app.bsky.feed.post", "text": item.text, "langs": ["nl"],
                       "createdAt": item.at.isoformat().replace("+00:00", ".000Z")},
            "indexedAt": item.at.isoformat()}


class Bluesky(Spec):
    kind, path, extra = "bluesky", "/xrpc/app.bsky.feed.searchPosts", {"query": "trapkracht"}
    malformed = json_reply({"error": "InvalidRequest"})
    malformed_says = "not a searchPosts reply"

    def page(self, items: list[Item], more: bool) -> Reply:
        return json_reply({"posts": [post(i) for i in items], **({"cursor": f"c-{items[-1].id}"} if more and items else {})})


SPEC = Bluesky()


def test_pages_then_nothing_new(feed_server: FeedServer, tmp_path: Path) -> None:
    store = common.pages_then_nothing_new(SPEC, feed_server, tmp_path)
    paths = [r.path for r in feed_server.requests_to(SPEC.path)]
    assert "sort=latest" in paths[0] and "cursor" not in paths[0] and "cursor=c-1003" in paths[1]
    assert "since=" in paths[2]
    first = next(m for m in stored(store) if m["external_key"].endswith("/1005"))
    assert (first["url"], first["language_hint"]) == ("https://bsky.app/profile/fietser.bsky.social/post/1005", "nl")


def test_backfill_max_caps_a_first_run(feed_server: FeedServer, tmp_path: Path) -> None:
    items = make_items(6)
    SPEC.script(feed_server, SPEC.pages([items[:3], items[3:]]))
    _, reports = run(feed_server, tmp_path, [SPEC.source(feed_server, backfill_max=2)])
    assert reports["bluesky-src"].new == 2 and SPEC.requests(feed_server) == 1
