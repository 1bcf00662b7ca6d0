"""Reddit search and subreddit listings, against the test server, in Reddit's listing format."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.collectors import common
from tests.collectors.common import Item, Spec, json_reply, make_items, run, stored
from tests.feedserver import FeedServer, Reply


def post(item: Item) -> dict[str, Any]:
    return {"kind": "t3", "data": {
        "name": f"t3_{item.id}", "id": item.id, "title": f"Vraag {item.id}", "selftext": item.text,
        "author": item.author, "created_utc": item.at.timestamp(), "permalink": f"/r/fietsen/comments/{item.id}/x/",
        "num_comments": 1,
    }}


def listing(children: list[dict[str, Any]], after: str | None) -> dict[str, Any]:
    return {"kind": "Listing", "data": {"after": after, "children": children}}


class RedditSearch(Spec):
    kind, path, extra = "reddit", "/search.json", {"query": "trapkracht"}
    malformed = json_reply({"kind": "t2", "data": {}})
    malformed_says = "not a Reddit listing"

    def page(self, items: list[Item], more: bool) -> Reply:
        return json_reply(listing([post(i) for i in items], f"t3_{items[-1].id}" if more and items else None))


class RedditSubreddit(RedditSearch):
    path, extra = "/r/fietsen/new.json", {"subreddit": "r/fietsen"}


SPECS = [RedditSearch(), RedditSubreddit()]


@pytest.mark.parametrize("spec", SPECS, ids=["search", "subreddit"])
def test_pages_then_nothing_new(spec: Spec, feed_server: FeedServer, tmp_path: Path) -> None:
    store = common.pages_then_nothing_new(spec, feed_server, tmp_path)
    requests = feed_server.requests_to(spec.path)
    assert "after=t3_1003" in requests[1].path and "limit=100" in requests[0].path
    if spec.extra.get("query"):
        assert "q=trapkracht" in requests[0].path and "sort=new" in requests[0].path
    assert requests[0].header("User-Agent").startswith("repwatch/")
    assert {m["url"] for m in stored(store)} >= {"https://www.reddit.com/r/fietsen/comments/1005/x/"}


def test_comments_of_new_posts_when_asked(feed_server: FeedServer, tmp_path: Path) -> None:
    spec = SPECS[0]
    items = make_items(1)
    spec.script(feed_server, spec.pages([items]))
    reply = {"kind": "t1", "data": {"name": "t1_b", "body": "Trapkracht reageert snel", "author": "b",
                                    "created_utc": items[0].at.timestamp(), "permalink": "/r/f/comments/1/x/b/", "replies": ""}}
    comment = {"kind": "t1", "data": {"name": "t1_a", "body": "Bij mij ook", "author": "a", "created_utc": items[0].at.timestamp(),
                                      "permalink": "/r/f/comments/1/x/a/", "replies": listing([reply], None)}}
    feed_server.route(f"/comments/{items[0].id}.json", json_reply([listing([post(items[0])], None),
                                                                   listing([comment, {"kind": "more", "data": {}}], None)]))
    store, reports = run(feed_server, tmp_path, [spec.source(feed_server, comments=True)])
    assert reports["reddit-src"].new == 3
    assert {m["external_key"] for m in stored(store)} == {"t3_1001", "t1_a", "t1_b"}


def test_ratelimit_headers_pace_the_next_request(feed_server: FeedServer, tmp_path: Path) -> None:
    """X-Ratelimit-Remaining 0 with Reset 1: the next page waits about a second, not longer."""
    spec, items = SPECS[0], make_items(4)
    first, second = spec.pages([items[:2], items[2:]])
    exhausted = Reply(first.status, first.body, {"X-Ratelimit-Remaining": "0", "X-Ratelimit-Reset": "1"}, first.content_type)
    spec.script(feed_server, [exhausted, second])
    _, reports = run(feed_server, tmp_path, [spec.source(feed_server)])
    assert reports["reddit-src"].new == 4
    a, b = feed_server.requests_to(spec.path)
    assert 0.95 <= b.at - a.at <= 3.0


def test_reset_longer_than_max_retry_after_ends_the_run_with_rate_limited(feed_server: FeedServer, tmp_path: Path) -> None:
    spec, items = SPECS[0], make_items(4)
    first, second = spec.pages([items[:2], items[2:]])
    exhausted = Reply(first.status, first.body, {"X-Ratelimit-Remaining": "0", "X-Ratelimit-Reset": "600"}, first.content_type)
    spec.script(feed_server, [exhausted, second])
    _, reports = run(feed_server, tmp_path, [spec.source(feed_server)])
    assert "rate limit reached" in (reports["reddit-src"].error or "")
    assert spec.requests(feed_server) == 1


def test_oauth_token_from_env_is_sent_and_never_shown(
    feed_server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "reddit-secret-token-123"
    monkeypatch.setenv("REDDIT_TOKEN", secret)
    spec = SPECS[0]
    spec.script(feed_server, [Reply(401, body=f"bad token {secret}")])
    _, reports = run(feed_server, tmp_path, [spec.source(feed_server, token_env="REDDIT_TOKEN")])
    assert feed_server.requests_to(spec.path)[0].header("Authorization") == f"bearer {secret}"
    assert "HTTP 401" in reports["reddit-src"].error and secret not in reports["reddit-src"].error
