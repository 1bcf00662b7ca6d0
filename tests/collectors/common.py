"""What every API collector must do, as scenarios run against the real test server.

Each test_<kind>.py describes its source kind with a `Spec` (the config entry and how the API
renders a page of items) and runs the shared scenarios over it: paging, an empty page, 429 with
Retry-After (short: retried; long: reported), a 5xx, a malformed payload, and a second run that
fetches nothing new, counting requests each time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from monitor.config import Config
from monitor.pipeline import SourceReport, collect
from monitor.storage.store import Store
from tests.feedserver import FeedServer, Reply

JSON = "application/json; charset=utf-8"
NOW = datetime.now(timezone.utc).replace(microsecond=0)
BRANDS = [{"name": "Trapkracht", "aliases": ["trapkracht.nl"], "own": True}, {"name": "Fietsfabriek"}]
# The real client, made fast: short timeouts, tiny backoff, and no politeness pause between pages.
FAST_HTTP: dict[str, Any] = {
    "connect_timeout": 2, "read_timeout": 2, "total_timeout": 10, "retries": 2, "backoff": 0.01,
    "max_retry_after": 5,
    "min_interval": {k: 0 for k in ("appstore", "googleplay", "news", "reddit", "mastodon", "bluesky", "hackernews")},
}
_WORDS = ["snel", "traag", "prima", "duur", "vriendelijk", "kapot", "mooi", "stil", "zwaar", "licht"]


@dataclass(frozen=True)
class Item:
    """One post or review, neutral; each Spec renders it in its API's format."""

    id: str
    text: str
    at: datetime
    author: str = "fietser"
    rating: int = 4


def make_items(n: int, start: datetime = NOW) -> list[Item]:
    """`n` items, newest first, one hour apart. Texts are short (under the dedup length) and distinct."""
    return [
        Item(id=str(1000 + n - i), text=f"Trapkracht {_WORDS[i % 10]} review {1000 + n - i}", at=start - timedelta(hours=i + 1),
             rating=1 + i % 5)
        for i in range(n)
    ]


def json_reply(doc: Any, status: int = 200, **headers: str) -> Reply:
    import json

    return Reply(status=status, body=json.dumps(doc), content_type=JSON, headers=dict(headers))


class Spec:
    """A source kind as the shared scenarios see it. Subclasses fill in the API's format."""

    kind: str = ""
    path: str = ""  # the route every page request goes to
    extra: dict[str, Any] = {}
    second_run_requests = 1
    malformed = Reply(body="{this is not json", content_type=JSON)
    malformed_says = "invalid JSON"

    def source(self, server: FeedServer, **extra: Any) -> dict[str, Any]:
        # No overlap window here: these scenarios count requests to the watermark exactly
        # (tests/faults covers the overlap and the late items it exists for).
        return {"type": self.kind, "name": f"{self.kind}-src", "brand": "Trapkracht", "base_url": server.url(""),
                "overlap": "0s", **self.extra, **extra}

    def page(self, items: list[Item], more: bool) -> Reply:
        raise NotImplementedError

    def empty(self) -> Reply:
        return self.page([], more=False)

    def pages(self, pages: list[list[Item]]) -> list[Reply]:
        """The replies, in request order, for a run that reads these pages and then stops."""
        return [self.page(p, more=i < len(pages) - 1) for i, p in enumerate(pages)]

    def again(self, items: list[Item]) -> list[Reply]:
        """What the API answers a second run when nothing is new (it may repeat the newest)."""
        return [self.page(items[:2], more=True)]

    def script(self, server: FeedServer, replies: list[Reply]) -> None:
        server.route(self.path, *replies)

    def requests(self, server: FeedServer) -> int:
        return len(server.requests_to(self.path))


def run(server: FeedServer, tmp_path: Path, sources: list[dict[str, Any]], **http: Any) -> tuple[Store, dict[str, SourceReport]]:
    config = Config.model_validate(
        {"brands": BRANDS, "sources": sources, "http": {**FAST_HTTP, **http}, "path": tmp_path / "config.yaml"}
    )
    store = Store(config.database_url())
    try:
        return store, collect(config, store).sources
    finally:
        store.close()


def stored(store: Store) -> list[dict[str, Any]]:
    return list(store.iter_mentions())


# -- the shared scenarios ------------------------------------------------------------------------


def pages_then_nothing_new(spec: Spec, server: FeedServer, tmp_path: Path) -> Store:
    items = make_items(5)
    first = spec.pages([items[:3], items[3:]])
    spec.script(server, first + spec.again(items))
    store, reports = run(server, tmp_path, [spec.source(server)])
    report = reports[f"{spec.kind}-src"]
    assert report.error is None and (report.new, spec.requests(server)) == (5, len(first))
    texts = [m["text"] for m in stored(store)]
    assert all(any(i.text in t for t in texts) for i in items), texts
    store, reports = run(server, tmp_path, [spec.source(server)])
    report = reports[f"{spec.kind}-src"]
    assert report.error is None and report.new == 0
    assert spec.requests(server) == len(first) + spec.second_run_requests
    return store


def empty_page(spec: Spec, server: FeedServer, tmp_path: Path) -> None:
    spec.script(server, [spec.empty()])
    store, reports = run(server, tmp_path, [spec.source(server)])
    assert (reports[f"{spec.kind}-src"].error, reports[f"{spec.kind}-src"].new) == (None, 0)
    assert spec.requests(server) == 1


def short_retry_after_is_waited(spec: Spec, server: FeedServer, tmp_path: Path) -> None:
    items = make_items(2)
    spec.script(server, [Reply(429, headers={"Retry-After": "0"}), *spec.pages([items])])
    _, reports = run(server, tmp_path, [spec.source(server)])
    assert (reports[f"{spec.kind}-src"].error, reports[f"{spec.kind}-src"].new) == (None, 2)


def failure_is_one_line(spec: Spec, server: FeedServer, tmp_path: Path, reply: Reply, says: str, requests: int) -> None:
    spec.script(server, [reply])
    store, reports = run(server, tmp_path, [spec.source(server)])
    error = reports[f"{spec.kind}-src"].error
    assert error is not None and "\n" not in error and says in error, error
    assert spec.requests(server) == requests
    assert store.count_mentions() == 0
    assert store.source_state(store.ensure_source(f"{spec.kind}-src", spec.kind, "x")).cursor is None


def failures(spec: Spec) -> list[tuple[Reply, str, int]]:
    """(reply, text the error must hold, requests made) for the shared failure cases."""
    return [
        (Reply(503, body="down"), "HTTP 503", 1 + FAST_HTTP["retries"]),
        (Reply(429, headers={"Retry-After": "3600"}), "retry after 3600", 1),
        (spec.malformed, spec.malformed_says, 1),
    ]
