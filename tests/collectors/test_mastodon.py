"""Mastodon hashtag timelines, against the test server, in Mastodon's status format."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.collectors import common
from tests.collectors.common import Item, Spec, json_reply, make_items, run
from tests.feedserver import FeedServer, Reply


def status(item: Item) -> dict[str, Any]:
    return {"id": item.id, "created_at": item.at.isoformat().replace("+00:00", ".000Z"), "language": "nl",
            "content": f"<p>{item.text} <a href='https://x.example/tags/trapkracht'>#trapkracht</a></p>",
            "spoiler_text": "", "url": f"https://social.example/@{item.author}/{item.id}", "account": {"acct": item.author}}


class Mastodon(Spec):
    kind, path, extra = "mastodon", "/api/v1/timelines/tag/trapkracht", {"instance": "social.example", "hashtag": "#trapkracht"}
    malformed = json_reply({"error": "This action is not allowed"})
    malformed_says = "expected a list of statuses (server says: This action is not allowed)"

    def page(self, items: list[Item], more: bool) -> Reply:
        return json_reply([status(i) for i in items])

    def pages(self, pages: list[list[Item]]) -> list[Reply]:
        return [*(self.page(p, True) for p in pages), self.page([], False)]  # paging ends on an empty page

    def again(self, items: list[Item]) -> list[Reply]:
        return [self.page([], False)]  # nothing newer on the instance


SPEC = Mastodon()


def test_pages_then_nothing_new(feed_server: FeedServer, tmp_path: Path) -> None:
    common.pages_then_nothing_new(SPEC, feed_server, tmp_path)
    paths = [r.path for r in feed_server.requests_to(SPEC.path)]
    assert "max_id" not in paths[0] and "max_id=1003" in paths[1] and "max_id=1001" in paths[2]
    # No since_id: a late-federated status has an id below the newest; the overlap floor stops the walk.
    assert "since_id" not in paths[3] and "max_id" not in paths[3]


def test_a_server_repeating_its_page_does_not_loop(feed_server: FeedServer, tmp_path: Path) -> None:
    SPEC.script(feed_server, [SPEC.page(make_items(2), True)])  # the same page for ever
    _, reports = run(feed_server, tmp_path, [SPEC.source(feed_server)])
    assert reports["mastodon-src"].new == 2 and SPEC.requests(feed_server) == 2


@pytest.mark.parametrize("status_code", [401, 403, 500])
def test_token_is_sent_and_never_in_error_text(
    feed_server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, status_code: int
) -> None:
    secret = "mastodon-s3cret-value"
    monkeypatch.setenv("MASTODON_TOKEN", secret)
    SPEC.script(feed_server, [Reply(status_code, body=secret)])
    _, reports = run(feed_server, tmp_path, [SPEC.source(feed_server, token_env="MASTODON_TOKEN")])
    assert feed_server.requests_to(SPEC.path)[0].header("Authorization") == f"Bearer {secret}"
    assert reports["mastodon-src"].error and secret not in reports["mastodon-src"].error


def test_missing_token_variable_is_named(feed_server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MASTODON_TOKEN", raising=False)
    _, reports = run(feed_server, tmp_path, [SPEC.source(feed_server, token_env="MASTODON_TOKEN")])
    assert "environment variable MASTODON_TOKEN (token_env) is not set" in reports["mastodon-src"].error
    assert SPEC.requests(feed_server) == 0
