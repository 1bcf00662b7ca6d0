"""Google Play reviews, newest first, through the Play Store web app's `batchexecute` endpoint.

This is the request google-play-scraper makes, written here because that package builds its URLs
from a fixed https://play.google.com (no base URL to point tests at 127.0.0.1) and loops for ever
once Google starts handing back the same continuation token, after a few thousand reviews. Here a
repeated token, or a page with nothing unseen, ends the walk.

The reply is Google's JSON-with-prefix envelope: `)]}'`, then a list of frames; the `wrb.fr` frame
for the `UsvDTd` call holds, as a JSON *string*, `[reviews, [null, next_token]]`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import quote, urlencode

from monitor.collectors.base import Batch, MentionRecord, SourceState, Unparsable
from monitor.collectors.paging import Limits, Page, utc_from_timestamp, walk_batch
from monitor.config import GooglePlaySource
from monitor.text import normalize_whitespace

if TYPE_CHECKING:  # monitor.http imports this package: a runtime import would be circular
    from monitor.http import HttpClient

RPC_ID = "UsvDTd"
SORT_NEWEST = 2
PAGE_SIZE = 100  # Google caps a page near 200; 100 keeps replies small
DEFAULT_INTERVAL = 2.0  # unofficial endpoint: no published limit, bursts get HTTP 429
_PREFIX = ")]}'"
PLAY_SITE = "https://play.google.com"  # links point at the public site even when base_url is a proxy or a test


class GooglePlayCollector:
    kind: ClassVar[str] = "googleplay"

    def __init__(self, source: GooglePlaySource, http: HttpClient, base_dir: Path | None = None) -> None:
        self.source = source
        self.http = http
        self.interval = http.interval_for(self.kind, DEFAULT_INTERVAL)

    @staticmethod
    def describe(source: GooglePlaySource) -> str:
        return f"Google Play {source.package} ({source.lang}-{source.country.upper()})"

    @property
    def endpoint(self) -> str:
        s = self.source
        return f"{s.base_url}/_/PlayStoreUi/data/batchexecute?" + urlencode({"hl": s.lang, "gl": s.country.upper()})

    def _pages(self, token: str | None) -> Iterator[Page]:
        tokens: set[str] = set()
        ids: set[str] = set()
        while True:
            body = request_body(self.source.package, token)
            response = self.http.post(self.endpoint, body, headers=_FORM, min_interval=self.interval)
            records, token = parse_reviews(response.body, self.endpoint, self.source)
            fresh = [r for r in records if r.external_key not in ids]
            done = not fresh or token is None or token in tokens
            yield fresh, None if done else token
            if done:
                return
            ids.update(r.external_key for r in fresh)
            tokens.add(token)  # type: ignore[arg-type]

    def collect(self, state: SourceState) -> Batch:
        return walk_batch(self._pages, state, Limits.of(self.source))


_FORM = {"Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"}


def request_body(package: str, token: str | None, count: int = PAGE_SIZE) -> str:
    """The `f.req` form field: the RPC's arguments, JSON inside JSON, as the web app sends them."""
    args = [None, None, [2, SORT_NEWEST, [count, None, token], None, [None, None]], [package, 7]]
    compact = (",", ":")
    envelope = [[[RPC_ID, json.dumps(args, separators=compact), None, "generic"]]]
    return "f.req=" + quote(json.dumps(envelope, separators=compact), safe="")


def parse_reviews(body: bytes, where: str, source: GooglePlaySource | None = None) -> tuple[list[MentionRecord], str | None]:
    """Pure: a batchexecute reply -> (reviews, continuation token or None)."""
    text = body.decode("utf-8", errors="replace").lstrip()
    if not text.startswith(_PREFIX):
        raise Unparsable(f"{where}: not a Google Play batchexecute reply (no )]}}' prefix)")
    try:
        frames = json.loads(text[len(_PREFIX) :].lstrip())
        frame = next(f for f in frames if isinstance(f, list) and f[:2] == ["wrb.fr", RPC_ID])
        payload = json.loads(frame[2]) if isinstance(frame[2], str) else None
    except (json.JSONDecodeError, StopIteration, IndexError, TypeError):
        raise Unparsable(f"{where}: Google Play reply without a readable {RPC_ID} frame") from None
    if not isinstance(payload, list) or not payload:
        return [], None  # Google answers an app with no reviews (or an unknown package) with a null payload
    rows = payload[0] if isinstance(payload[0], list) else []
    records = [r for r in (_review(row, source) for row in rows if isinstance(row, list)) if r is not None]
    return records, _token(payload)


def _at(row: Any, *path: int) -> Any:
    for index in path:
        if not isinstance(row, list) or index >= len(row):
            return None
        row = row[index]
    return row


def _token(payload: list[Any]) -> str | None:
    token = _at(payload, 1, 1)
    return token if isinstance(token, str) and token else None


def _review(row: list[Any], source: GooglePlaySource | None) -> MentionRecord | None:
    review_id, text = _at(row, 0), _at(row, 4)
    if not isinstance(review_id, str) or not isinstance(text, str) or not text.strip():
        return None
    rating, version, author = _at(row, 2), _at(row, 10), _at(row, 1, 0)
    url = None
    if source is not None:
        url = f"{PLAY_SITE}/store/apps/details?" + urlencode({"id": source.package, "reviewId": review_id})
    return MentionRecord(
        external_key=review_id,
        text=normalize_whitespace(text),
        url=url,
        author=author if isinstance(author, str) else None,
        published_at=utc_from_timestamp(_at(row, 5, 0)),
        language_hint=(source.lang.split("-")[0] if source else None),
        rating=float(rating) if isinstance(rating, (int, float)) else None,
        rating_max=5.0,
        app_version=version if isinstance(version, str) else None,
    )
