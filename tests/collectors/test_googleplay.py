"""Google Play reviews, against the test server, in the batchexecute reply format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from monitor.collectors.googleplay import parse_reviews
from tests.collectors import common
from tests.collectors.common import Item, Spec, make_items, run, stored
from tests.feedserver import FeedServer, Reply

PACKAGE = "nl.trapkracht.app"


def review(item: Item) -> list[Any]:
    avatar = [None, 2, None, [None, None, "https://play-lh.example/a"]]
    return [f"gp:{item.id}", [item.author, avatar], item.rating, None, item.text, [int(item.at.timestamp()), 0], 3,
            None, None, ["1", item.author, None, [avatar, True]], "5.2.0", None, None, None, [True, False]]


def envelope(payload: Any) -> str:
    """Google's framing: the anti-JSON-hijacking prefix, then frames; the payload is JSON in a string."""
    frames = [["wrb.fr", "UsvDTd", None if payload is None else json.dumps(payload), None, None, None, "generic"],
              ["di", 68], ["af.httprm", 67, "123", 1]]
    return ")]}'\n\n" + json.dumps(frames)


class GooglePlay(Spec):
    kind, path, extra = "googleplay", "/_/PlayStoreUi/data/batchexecute", {"package": PACKAGE, "lang": "nl", "country": "nl"}
    malformed = Reply(body=")]}'\n\n[[\"wrb.fr\", \"other\"]]", content_type="application/json")
    malformed_says = "without a readable UsvDTd frame"

    def page(self, items: list[Item], more: bool) -> Reply:
        token = [None, f"token-{items[-1].id}"] if more and items else [None, None]
        return Reply(body=envelope([[review(i) for i in items], token]), content_type="application/json")


SPEC = GooglePlay()


def sent(request: Any) -> list[Any]:
    """The RPC arguments a request carried in its f.req form field."""
    envelope_ = json.loads(parse_qs(request.body.decode())["f.req"][0])
    return json.loads(envelope_[0][0][1])


def test_pages_then_nothing_new(feed_server: FeedServer, tmp_path: Path) -> None:
    store = common.pages_then_nothing_new(SPEC, feed_server, tmp_path)
    first, second, _ = feed_server.requests_to(SPEC.path)
    assert first.method == "POST" and "hl=nl&gl=NL" in first.path
    assert sent(first)[2][2] == [100, None, None] and sent(first)[3] == [PACKAGE, 7] and sent(first)[2][1] == 2
    assert sent(second)[2][2][2] == "token-1003"
    one = next(m for m in stored(store) if m["external_key"] == "gp:1005")
    assert (one["rating"], one["app_version"], one["author"], one["language_hint"]) == (1.0, "5.2.0", "fietser", "nl")
    assert one["url"] == f"https://play.google.com/store/apps/details?id={PACKAGE}&reviewId=gp%3A1005"


def test_null_payload_of_an_app_without_reviews(feed_server: FeedServer, tmp_path: Path) -> None:
    feed_server.route(SPEC.path, Reply(body=envelope(None), content_type="application/json"))
    _, reports = run(feed_server, tmp_path, [SPEC.source(feed_server)])
    assert (reports["googleplay-src"].error, reports["googleplay-src"].new) == (None, 0)


def test_repeated_continuation_token_stops_paging(feed_server: FeedServer, tmp_path: Path) -> None:
    """Google starts answering with the same token after a few thousand reviews; that must end the walk."""
    items = make_items(6)
    looping = [SPEC.page(items[:2], True), SPEC.page(items[2:4], True), SPEC.page(items[4:], True)]
    same_token = [Reply(body=r.body_bytes.replace(b"token-1001", b"token-1005").replace(b"token-1003", b"token-1005"),
                        content_type=r.content_type) for r in looping]
    feed_server.route(SPEC.path, *same_token)
    _, reports = run(feed_server, tmp_path, [SPEC.source(feed_server)])
    assert reports["googleplay-src"].new == 4 and SPEC.requests(feed_server) == 2


@pytest.mark.parametrize(("name", "count", "has_token"), [("review_relevant.html", 40, True), ("review_history.html", 2, False)])
def test_real_samples_parse(shared_dir: Path, name: str, count: int, has_token: bool) -> None:
    sample = shared_dir / "fixtures" / "review-payloads" / "googleplay" / "reviews" / "com.twitter.android" / name
    if not sample.is_file():
        pytest.skip(f"{sample} is absent")
    records, token = parse_reviews(sample.read_bytes(), str(sample))
    assert len(records) == count and (token is not None) == has_token
    assert all(r.external_key.startswith("gp:") and r.text and r.published_at and r.rating in {1, 2, 3, 4, 5}
               for r in records)
    assert all(r.app_version for r in records[:2])
