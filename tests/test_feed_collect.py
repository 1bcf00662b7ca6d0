"""Feed collection end to end: a real HTTP server, a real SQLite file, the real `collect()` pipeline.

Each case asserts both what ends up in the database and what the run reports for the source.
The feeds are the project's own (tests/data/feeds/ and inline), about the fictional bike shop
Trapkracht.
"""

from __future__ import annotations

import json
import re
import shutil
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

import monitor.pipeline
from monitor.config import Config
from monitor.pipeline import CollectReport, SourceReport, collect
from monitor.storage.store import AddResult, SourceHealth, Store, utcnow
from tests.feedserver import FeedServer, Reply

DATA = Path(__file__).resolve().parent / "data" / "feeds"
UTC = timezone.utc
TAG = re.compile(r"<\s*/?\s*[a-zA-Z]")

BRANDS: list[dict[str, Any]] = [
    {"name": "Trapkracht", "aliases": ["trapkracht.nl"], "own": True},
    {"name": "Fietsfabriek", "aliases": ["fietsfabriek.nl"]},
    {"name": "Apple", "exclude": ["apple pie"]},
]
# Fast but otherwise the real client: a second-long read timeout, tiny backoff, few retries.
FAST_HTTP: dict[str, Any] = {
    "connect_timeout": 2,
    "read_timeout": 1,
    "total_timeout": 10,
    "retries": 2,
    "backoff": 0.01,
    "max_retry_after": 5,
}
LONG_ARTICLE = (
    "Trapkracht opent deze maand drie nieuwe winkels in Utrecht, Zwolle en Groningen en belooft "
    "dat elke klant voortaan binnen een week een afspraak in de werkplaats krijgt."
)


# -- helpers -----------------------------------------------------------------------------------


def make_config(base: Path, sources: list[dict[str, Any]], **http: Any) -> Config:
    return Config.model_validate(
        {"brands": BRANDS, "sources": sources, "http": {**FAST_HTTP, **http}, "path": base / "config.yaml"}
    )


def feed(name: str, url: str, **extra: Any) -> dict[str, Any]:
    return {"type": "feed", "name": name, "url": url, **extra}


def rss_item(
    text: str | None = None,
    *,
    guid: str | None = None,
    title: str | None = None,
    link: str | None = None,
    pub: str | None = None,
    cdata: bool = False,
) -> str:
    parts = []
    if guid is not None:
        parts.append(f'<guid isPermaLink="false">{escape(guid)}</guid>')
    if title is not None:
        parts.append(f"<title>{escape(title)}</title>")
    if link is not None:
        parts.append(f"<link>{escape(link)}</link>")
    if text is not None:
        parts.append(f"<description><![CDATA[{text}]]></description>" if cdata else f"<description>{escape(text)}</description>")
    if pub is not None:
        parts.append(f"<pubDate>{pub}</pubDate>")
    return "<item>" + "".join(parts) + "</item>"


def rss(*items: str, title: str = "Trapkracht testfeed") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>https://trapkracht.example/</link>"
        "<description>test</description>" + "".join(items) + "</channel></rss>"
    )


def numbered_rss(n: int, prefix: str = "item") -> str:
    """`n` distinct items, each long enough to carry a dedup key of its own."""
    return rss(
        *(
            rss_item(
                f"Bericht nummer {i} over Trapkracht: de {prefix} fiets nummer {i} reed vandaag {i} kilometer zonder problemen.",
                guid=f"{prefix}-{i}",
                pub=f"Mon, 05 Jan 2026 {10 + i % 10:02d}:00:00 GMT",
            )
            for i in range(1, n + 1)
        )
    )


def mentions(store: Store, source: str | None = None) -> list[dict[str, Any]]:
    return list(store.iter_mentions(source))


def health(store: Store, name: str) -> SourceHealth:
    return next(h for h in store.source_health() if h.name == name)


def timed_collect(config: Config, store: Store, **kw: Any) -> tuple[CollectReport, float]:
    started = time.monotonic()
    report = collect(config, store, **kw)
    return report, time.monotonic() - started


def assert_failed(report: SourceReport, name: str, *needles: str) -> str:
    """The source failed with one line that starts with its name and contains every needle."""
    assert report.error is not None, report
    assert report.error.startswith(f"{name}: "), report.error
    assert "\n" not in report.error, report.error
    for needle in needles:
        assert needle.lower() in report.error.lower(), (needle, report.error)
    assert (report.fetched, report.new) == (0, 0)
    return report.error


@pytest.fixture
def store(db_url: str) -> Store:
    s = Store(db_url)
    yield s
    s.close()


# -- conditional GET, retries and rate limits --------------------------------------------------


def test_first_fetch_stores_items_then_304_is_not_modified(feed_server: FeedServer, store: Store, tmp_path: Path) -> None:
    url = feed_server.route(
        "/forum.rss",
        Reply(body=(DATA / "trapkracht.rss").read_bytes(), etag='"forum-v1"', last_modified="Fri, 09 Jan 2026 10:00:00 GMT"),
    )
    config = make_config(tmp_path, [feed("forum", url)])

    first = collect(config, store).sources["forum"]
    assert (first.fetched, first.new, first.duplicates, first.seen, first.skipped) == (3, 3, 0, 0, 0)
    assert first.error is None and not first.not_modified
    rows = {m["external_key"]: m for m in mentions(store)}
    assert sorted(rows) == ["tk-forum-1001", "tk-forum-1002", "tk-forum-1003"]
    assert {m["brand"] for m in rows.values()} == {"Trapkracht"}
    assert {m["language_hint"] for m in rows.values()} == {"nl"}
    one, two, three = rows["tk-forum-1001"], rows["tk-forum-1002"], rows["tk-forum-1003"]
    assert one["title"] == "Snelle levering van mijn e-bike"
    assert one["author"] == "Marieke"
    assert one["url"] == "https://forum.trapkracht.example/t/1001"
    assert two["text"] == (
        "Na een week piepen de remmen van mijn Trapkracht al. De werkplaats kon pas over drie weken kijken."
    )
    # Dates come back aware and in UTC, whatever offset the feed wrote.
    assert one["published_at"] == datetime(2026, 1, 6, 13, 30, tzinfo=UTC)
    assert two["published_at"] == datetime(2026, 1, 7, 8, 5, tzinfo=UTC)
    assert three["published_at"] == datetime(2026, 1, 9, 4, 45, tzinfo=UTC)
    assert all(m["published_at"].utcoffset() == timedelta(0) and not m["published_estimated"] for m in rows.values())

    second = collect(config, store).sources["forum"]
    assert second.not_modified and second.error is None
    assert (second.fetched, second.new, second.seen) == (0, 0, 0)
    assert store.count_mentions() == 3
    assert store.last_runs()["forum"]["status"] == "not-modified"
    assert health(store, "forum").consecutive_failures == 0

    first_request, conditional = feed_server.requests_to("/forum.rss")
    assert first_request.header("If-None-Match") is None
    assert conditional.header("If-None-Match") == '"forum-v1"'
    assert conditional.header("If-Modified-Since") == "Fri, 09 Jan 2026 10:00:00 GMT"
    for request in (first_request, conditional):
        assert request.header("User-Agent").startswith("repwatch/")


def test_retry_after_is_waited_for_then_the_feed_is_stored(feed_server: FeedServer, store: Store, tmp_path: Path) -> None:
    url = feed_server.route("/busy.rss", Reply(429, headers={"Retry-After": "1"}), Reply(body=numbered_rss(2)))
    report, elapsed = timed_collect(make_config(tmp_path, [feed("busy", url)]), store)

    result = report.sources["busy"]
    assert result.error is None and (result.fetched, result.new) == (2, 2)
    assert store.count_mentions() == 2
    attempts = feed_server.requests_to("/busy.rss")
    assert len(attempts) == 2
    assert attempts[1].at - attempts[0].at >= 0.95  # the server asked for a second; the client gave it
    assert elapsed >= 0.95


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_beyond_the_cap_gives_up_without_waiting(
    feed_server: FeedServer, store: Store, tmp_path: Path, status: int
) -> None:
    url = feed_server.route("/limited.rss", Reply(status, headers={"Retry-After": "3600"}))
    report, elapsed = timed_collect(make_config(tmp_path, [feed("limited", url)], max_retry_after=5), store)

    assert_failed(report.sources["limited"], "limited", url, f"HTTP {status}", "retry after 3600")
    assert elapsed < 1.0  # no sleeping through an hour-long (or even a 5-second) Retry-After
    assert len(feed_server.requests_to("/limited.rss")) == 1
    assert store.count_mentions() == 0
    assert health(store, "limited").consecutive_failures == 1


@pytest.mark.parametrize(
    ("first", "reason"),
    [
        (Reply(500, body="kapot", content_type="text/plain"), "server error"),
        (Reply(502, body="", content_type=None), "bad gateway"),
        (Reply.reset(), "connection reset"),
    ],
    ids=["500", "502", "reset"],
)
def test_one_transient_failure_is_retried(
    feed_server: FeedServer, store: Store, tmp_path: Path, first: Reply, reason: str
) -> None:
    url = feed_server.route("/flaky.rss", first, Reply(body=numbered_rss(3)))
    report = collect(make_config(tmp_path, [feed("flaky", url)]), store)

    result = report.sources["flaky"]
    assert result.error is None, reason
    assert (result.fetched, result.new) == (3, 3)
    assert store.count_mentions() == 3
    assert len(feed_server.requests_to("/flaky.rss")) == 2
    assert health(store, "flaky").last_error is None


def test_a_broken_source_never_stops_the_others(feed_server: FeedServer, store: Store, tmp_path: Path) -> None:
    broken = feed_server.route("/broken.rss", Reply(500, body="Internal Server Error", content_type="text/plain"))
    good = feed_server.route("/good.rss", numbered_rss(4, "goed"))
    sources = [
        feed("first-good", good),
        feed("broken", broken),
        feed("reviews", str(DATA / "trapkracht-reviews.json"), brand="Trapkracht"),
    ]
    config = make_config(tmp_path, sources)

    report = collect(config, store)
    error = assert_failed(report.sources["broken"], "broken", broken, "HTTP 500", "2 retries")
    assert len(feed_server.requests_to("/broken.rss")) == 3  # the first try and two retries
    assert report.sources["first-good"].new == 4 and report.sources["first-good"].error is None
    assert report.sources["reviews"].new == 2 and report.sources["reviews"].error is None
    assert not report.all_failed  # so `repwatch collect` exits 0
    assert store.count_mentions() == 6 and mentions(store, "broken") == []
    state = health(store, "broken")
    assert (state.last_error, state.consecutive_failures, state.last_success_at) == (error, 1, None)
    assert state.last_error_at is not None
    assert health(store, "first-good").consecutive_failures == 0
    assert store.last_runs()["broken"]["status"] == "error"
    assert store.last_runs()["broken"]["error"] == error

    again = collect(config, store, only=["broken"])
    assert again.all_failed  # every source of this run failed: the CLI exits 1
    assert health(store, "broken").consecutive_failures == 2

    feed_server.route("/broken.rss", numbered_rss(1, "hersteld"))
    recovered = collect(config, store, only=["broken"]).sources["broken"]
    assert recovered.error is None and recovered.new == 1
    state = health(store, "broken")
    assert (state.last_error, state.consecutive_failures) == (None, 0)
    assert state.last_success_at is not None


def test_connection_reset_every_time_is_an_error_naming_the_url(
    feed_server: FeedServer, store: Store, tmp_path: Path
) -> None:
    url = feed_server.route("/reset.rss", Reply.reset())
    report, elapsed = timed_collect(make_config(tmp_path, [feed("reset", url)]), store)

    assert_failed(report.sources["reset"], "reset", url)
    assert len(feed_server.requests_to("/reset.rss")) == 3
    assert elapsed < 5
    assert health(store, "reset").consecutive_failures == 1
    assert store.count_mentions() == 0


@pytest.mark.parametrize(
    ("reply", "attempts"),
    [(Reply.hang(), 1), (Reply.silent(), 3)],
    ids=["headers-then-nothing", "no-answer-at-all"],
)
def test_a_server_that_stops_answering_times_out(
    feed_server: FeedServer, store: Store, tmp_path: Path, reply: Reply, attempts: int
) -> None:
    url = feed_server.route("/hang.rss", reply)
    config = make_config(tmp_path, [feed("hang", url)])
    report, elapsed = timed_collect(config, store)

    error = assert_failed(report.sources["hang"], "hang", url, "no answer within 1s", "slow or down")
    assert "cannot connect" not in error  # it connected; the server just never answered
    # Headers then silence: one read timeout. No answer at all: a read timeout per attempt.
    assert len(feed_server.requests_to("/hang.rss")) == attempts
    read_timeout = config.http.read_timeout
    assert attempts * read_timeout * 0.9 <= elapsed < attempts * read_timeout + 3
    assert store.count_mentions() == 0


@pytest.mark.parametrize(
    "chunked", [True, False], ids=["chunked", "content-length"],
)
def test_a_slow_download_is_cut_at_the_total_timeout(
    feed_server: FeedServer, store: Store, tmp_path: Path, chunked: bool
) -> None:
    # Every piece arrives well within the read timeout, but the whole takes about 2 seconds.
    body = numbered_rss(24).encode("utf-8")
    url = feed_server.route("/slow.rss", Reply.slow(body, piece=len(body) // 20 + 1, pause=0.1, chunked=chunked))
    report, elapsed = timed_collect(make_config(tmp_path, [feed("slow", url)], total_timeout=0.5), store)

    assert_failed(report.sources["slow"], "slow", url, "within 0.5s", "http.total_timeout")
    assert elapsed < 0.5 + 0.8
    assert store.count_mentions() == 0


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_huge_body_is_refused_at_the_size_cap(
    feed_server: FeedServer, store: Store, tmp_path: Path, chunked: bool
) -> None:
    url = feed_server.route("/huge.rss", Reply.huge(50 * 1024 * 1024, chunked=chunked))
    report, elapsed = timed_collect(make_config(tmp_path, [feed("huge", url)], max_bytes=1_000_000), store)

    error = assert_failed(report.sources["huge"], "huge", url, "1,000,000-byte cap", "http.max_bytes")
    if not chunked:
        assert "52,428,800 bytes" in error  # refused from the Content-Length alone
    assert elapsed < 5  # stopped at the cap, not after downloading 50 MB
    assert store.last_runs()["huge"]["status"] == "error"
    assert store.count_mentions() == 0


# -- what is not a feed -------------------------------------------------------------------------

HTML_PAGE = """<!DOCTYPE html>
<html lang="nl"><head><title>Trapkracht - fietsen</title></head>
<body><h1>Welkom bij Trapkracht</h1><p>Bekijk onze e-bikes.</p></body></html>"""

TRUNCATED = rss(rss_item("Trapkracht levert snel en netjes.", guid="t1"))


@pytest.mark.parametrize(
    ("body", "content_type", "needles"),
    [
        (HTML_PAGE, "text/html; charset=utf-8", ["HTML page, not a feed"]),
        (HTML_PAGE, "application/rss+xml", ["HTML page, not a feed"]),
        (TRUNCATED[:90], "application/rss+xml", ["not a readable feed"]),
        (TRUNCATED[: TRUNCATED.index("<item>") + 3], "application/rss+xml", ["not a readable feed"]),
        ('{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "content_te', "application/feed+json", ["invalid JSON"]),
        ('{"version": "https://jsonfeed.org/version/1.1", "title": "geen items"}', "application/feed+json", ["not a JSON Feed"]),
        ("Dit is gewoon tekst, geen feed.", "text/plain", ["not a readable feed"]),
        ("", "application/rss+xml", ["not a readable feed"]),
    ],
    ids=["html", "html-as-rss", "xml-cut-in-header", "xml-cut-in-item", "json-cut", "json-no-items", "plain-text", "empty"],
)
def test_a_document_that_is_not_a_feed_is_one_unparsable_line(
    feed_server: FeedServer, store: Store, tmp_path: Path, body: str, content_type: str, needles: list[str]
) -> None:
    url = feed_server.route("/not-a-feed", Reply(body=body, content_type=content_type))
    good = feed_server.route("/good.rss", numbered_rss(2))
    report = collect(make_config(tmp_path, [feed("odd", url), feed("good", good)]), store)  # nothing escapes

    assert_failed(report.sources["odd"], "odd", url, *needles)
    assert health(store, "odd").consecutive_failures == 1
    assert report.sources["good"].new == 2
    assert mentions(store, "odd") == []


EMPTY_RSS = rss(title="Trapkracht (nog) zonder berichten")


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (EMPTY_RSS, "application/rss+xml"),
        (EMPTY_RSS, "text/html; charset=utf-8"),  # a common server misconfiguration
        (EMPTY_RSS, "text/plain"),
        (EMPTY_RSS.replace("(nog)", "&eacute;&eacute;n keer"), "application/rss+xml"),  # HTML entity, undefined in XML
        ('{"version": "https://jsonfeed.org/version/1.1", "title": "leeg", "items": []}', "application/feed+json"),
    ],
    ids=["rss", "served-as-html", "served-as-text", "html-entity", "json-feed"],
)
def test_a_valid_feed_without_items_is_not_an_error(
    feed_server: FeedServer, store: Store, tmp_path: Path, body: str, content_type: str
) -> None:
    url = feed_server.route("/leeg", Reply(body=body, content_type=content_type))
    result = collect(make_config(tmp_path, [feed("leeg", url)]), store).sources["leeg"]

    assert (result.error, result.fetched, result.new, result.not_modified) == (None, 0, 0, False)
    assert health(store, "leeg").consecutive_failures == 0
    assert store.last_runs()["leeg"]["status"] == "ok"


def test_html_entities_in_a_feed_are_decoded(feed_server: FeedServer, store: Store, tmp_path: Path) -> None:
    body = rss(
        "<item><guid>e1</guid><title>Caf&eacute; bij Trapkracht</title>"
        "<description>Gratis koffie &ndash; en een fietscheck&nbsp;&hellip; &euro;0</description></item>"
    )
    url = feed_server.route("/entiteiten.rss", Reply(body=body, content_type="text/xml"))
    result = collect(make_config(tmp_path, [feed("entiteiten", url)]), store).sources["entiteiten"]

    assert (result.error, result.new) == (None, 1)
    (row,) = mentions(store)
    assert row["title"] == "Café bij Trapkracht"
    assert row["text"] == "Gratis koffie – en een fietscheck … €0"
    assert row["brand"] == "Trapkracht"


# -- duplicates ---------------------------------------------------------------------------------


def test_running_again_stores_nothing_twice(feed_server: FeedServer, store: Store, tmp_path: Path) -> None:
    url = feed_server.route("/plain.rss", (DATA / "trapkracht.rss").read_bytes())  # no validators: always 200
    config = make_config(tmp_path, [feed("plain", url)])

    assert collect(config, store).sources["plain"].new == 3
    again = collect(config, store).sources["plain"]
    assert (again.fetched, again.new, again.seen, again.duplicates, again.error) == (3, 0, 3, 0, None)
    assert store.count_mentions() == 3
    assert feed_server.requests_to("/plain.rss")[1].header("If-None-Match") is None


class CrashingStore(Store):
    """A real Store whose second `add_mentions` call dies, like a run killed mid-source."""

    calls = 0

    def add_mentions(self, source_id: int, items: Any) -> AddResult:
        self.calls += 1
        if self.calls == 2:
            raise RuntimeError("simulated crash after the first chunk")
        return super().add_mentions(source_id, items)


def test_a_run_killed_mid_source_keeps_its_first_chunk_and_the_next_run_stores_the_rest(
    feed_server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(monitor.pipeline, "CHUNK", 2)
    url = feed_server.route("/big.rss", Reply(body=numbered_rss(5), etag='"big-v1"'))
    config = make_config(tmp_path, [feed("big", url)])
    db = f"sqlite:///{tmp_path}/t.db"

    crashing = CrashingStore(db)
    try:
        killed = collect(config, crashing).sources["big"]
    finally:
        crashing.close()
    assert killed.error is not None and killed.error.startswith("big: ")
    assert "RuntimeError" in killed.error and "simulated crash" in killed.error
    assert (killed.fetched, killed.new) == (5, 2)

    store = Store(db)
    try:
        assert [m["external_key"] for m in mentions(store)] == ["item-1", "item-2"]  # the committed chunk
        assert health(store, "big").last_error == killed.error
        assert health(store, "big").consecutive_failures == 1

        rerun = collect(config, store).sources["big"]
        # The ETag is saved only once every item is in, so the re-run fetched the whole feed again.
        assert feed_server.requests_to("/big.rss")[1].header("If-None-Match") is None
        assert (rerun.error, rerun.fetched, rerun.new, rerun.seen, rerun.duplicates) == (None, 5, 3, 2, 0)
        assert sorted(m["external_key"] for m in mentions(store)) == [f"item-{i}" for i in range(1, 6)]
        assert health(store, "big").consecutive_failures == 0

        third = collect(config, store).sources["big"]
        assert third.not_modified and store.count_mentions() == 5
    finally:
        store.close()


def test_a_syndicated_article_is_stored_once_but_short_praise_twice(
    feed_server: FeedServer, store: Store, tmp_path: Path
) -> None:
    original = feed_server.route(
        "/nieuws.rss",
        rss(
            rss_item(f"<p>{LONG_ARTICLE}</p>", guid="nieuws-1", link="https://nieuws.example/a/1", cdata=True),
            rss_item("Top service!", guid="nieuws-2"),
        ),
    )
    copy = feed_server.route(
        "/regio.rss",
        rss(
            # The same article, re-published with other markup, spacing and case, under its own id.
            rss_item(f"<div>  {LONG_ARTICLE.upper()} </div>", guid="regio-77", link="https://regio.example/x", cdata=True),
            rss_item("Top service!", guid="regio-78"),
        ),
    )
    config = make_config(
        tmp_path, [feed("nieuws", original, brand="Trapkracht"), feed("regio", copy, brand="Trapkracht")]
    )
    report = collect(config, store)

    first, second = report.sources["nieuws"], report.sources["regio"]
    assert (first.fetched, first.new, first.duplicates) == (2, 2, 0)
    assert (second.fetched, second.new, second.duplicates, second.seen) == (2, 1, 1, 0)
    texts = sorted(m["text"] for m in mentions(store))
    assert texts == sorted([LONG_ARTICLE, "Top service!", "Top service!"])
    assert [m["external_key"] for m in mentions(store, "regio")] == ["regio-78"]


def test_links_differing_only_in_tracking_parameters_are_one_item(
    feed_server: FeedServer, store: Store, tmp_path: Path
) -> None:
    url = feed_server.route(
        "/blog.rss",
        rss(
            rss_item("Trapkracht is top.", link="https://blog.example/post?id=7&utm_source=rss&utm_medium=feed"),
            rss_item("Trapkracht is top!", link="https://Blog.example/post/?utm_campaign=winter&id=7#reacties"),
            rss_item("Trapkracht is top?", link="https://blog.example/post?id=8&utm_source=rss"),
        ),
    )
    report = collect(make_config(tmp_path, [feed("blog", url, brand="Trapkracht")]), store)

    result = report.sources["blog"]
    assert (result.fetched, result.new, result.seen, result.error) == (3, 2, 1, None)
    stored = mentions(store)
    assert sorted(m["external_key"] for m in stored) == ["https://blog.example/post?id=7", "https://blog.example/post?id=8"]
    assert store.count_mentions() == 2


# -- brands, text and time ----------------------------------------------------------------------


def test_brands_are_assigned_from_the_text(feed_server: FeedServer, store: Store, tmp_path: Path) -> None:
    url = feed_server.route(
        "/algemeen.rss",
        rss(
            rss_item("Besteld via TRAPKRACHT.nl en binnen een dag geleverd.", guid="g1"),
            rss_item("De trápkracht-winkel in Delft helpt je altijd.", guid="g2"),
            rss_item("Mijn nieuwe Apple watch telt nu ook mijn fietsritten.", guid="g3"),
            rss_item("Het beste apple pie recipe van oma, met kaneel.", guid="g4"),
            rss_item("Regen en wind in Bergen, niets over fietsen.", guid="g5"),
            rss_item("Fietsfabriek.nl was goedkoper, maar Trapkracht en trapkracht.nl gaven beter advies.", guid="g6"),
        ),
    )
    report = collect(make_config(tmp_path, [feed("algemeen", url)]), store)

    result = report.sources["algemeen"]
    assert (result.fetched, result.new, result.skipped, result.error) == (6, 4, 2, None)
    brands = {m["external_key"]: m["brand"] for m in mentions(store)}
    assert brands == {"g1": "Trapkracht", "g2": "Trapkracht", "g3": "Apple", "g6": "Trapkracht"}
    assert store.mentions_by("brand") == {"Apple": 1, "Trapkracht": 3}


DIRTY = (
    "<p>Fiets &amp; service</p><script>alert(1)</script><style>p{color:red}</style>"
    " &lt;b&gt;vet&lt;/b&gt; &amp;lt;i&amp;gt;dubbel&amp;lt;/i&amp;gt; <a href=\"javascript:alert(2)\">klik</a>"
    "   veel \t   ruimte <img src=x onerror=\"alert(3)\"> javascript:alert(4) einde"
)


def _assert_clean(text: str) -> None:
    assert "<script" not in text.lower()
    assert not TAG.search(text), text
    assert not re.search(r"&(?:amp|lt|gt|#\d+);", text), text
    assert "  " not in text and "\t" not in text


def test_markup_and_script_never_reach_the_stored_text(feed_server: FeedServer, store: Store, tmp_path: Path) -> None:
    url = feed_server.route(
        "/vies.rss",
        rss(
            rss_item(DIRTY, guid="vies-1", title="Trapkracht &amp; <b>ik</b>", cdata=True),
            rss_item("Plain &lt;script&gt;alert(5)&lt;/script&gt; Trapkracht &amp;amp; meer", guid="vies-2"),
        ),
    )
    json_path = tmp_path / "vies.json"
    json_path.write_text(
        '{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "j1", "url": "javascript:alert(6)", '
        '"title": "<i>Trapkracht</i>", "content_html": ' + json.dumps(DIRTY) + "}]}",
        encoding="utf-8",
    )
    report = collect(
        make_config(tmp_path, [feed("vies", url, brand="Trapkracht"), feed("viesjson", "vies.json", brand="Trapkracht")]),
        store,
    )

    assert report.sources["vies"].new == 2 and report.sources["viesjson"].new == 1
    rows = {m["external_key"]: m for m in mentions(store)}
    for row in rows.values():
        _assert_clean(row["text"])
        _assert_clean(row["title"])
    assert rows["vies-1"]["text"] == "Fiets & service\nvet dubbel klik veel ruimte\njavascript:alert(4) einde"
    assert rows["vies-1"]["title"] == "Trapkracht & ik"
    assert rows["vies-2"]["text"] == "Plain Trapkracht & meer"
    assert rows["j1"]["text"] == "Fiets & service\nvet dubbel klik veel ruimte\njavascript:alert(4) einde"
    assert rows["j1"]["title"] == "Trapkracht"
    assert rows["j1"]["url"] is None  # a javascript: link is dropped, not stored


def test_json_feed_ratings_and_a_missing_date(feed_server: FeedServer, store: Store, tmp_path: Path) -> None:
    undated = feed_server.route("/zonder-datum.rss", rss(rss_item("Trapkracht zonder datum.", guid="nd-1")))
    config = make_config(
        tmp_path,
        [feed("reviews", str(DATA / "trapkracht-reviews.json"), brand="Trapkracht"), feed("undated", undated)],
    )
    before = utcnow()
    report = collect(config, store)
    after = utcnow()

    assert report.sources["reviews"].new == 2 and report.sources["undated"].new == 1
    rows = {m["external_key"]: m for m in mentions(store)}
    assert (rows["review-501"]["rating"], rows["review-501"]["rating_max"]) == (2.0, 5.0)
    assert (rows["review-502"]["rating"], rows["review-502"]["rating_max"]) == (9.0, 10.0)
    assert rows["review-501"]["published_at"] == datetime(2026, 1, 5, 17, 20, tzinfo=UTC)
    assert rows["review-501"]["author"] == "Joost" and rows["review-501"]["title"] == "Teleurgesteld"
    assert rows["review-502"]["text"] == "Prima service bij Trapkracht in Utrecht, band binnen het uur gewisseld."
    assert not rows["review-501"]["published_estimated"]
    assert {rows["review-501"]["language_hint"], rows["review-502"]["language_hint"]} == {"nl"}

    undated_row = rows["nd-1"]
    assert undated_row["published_estimated"] is True
    assert before <= undated_row["published_at"] <= after
    assert undated_row["rating"] is None and undated_row["rating_max"] is None


def test_local_files_relative_path_and_file_url(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config_dir = tmp_path / "mijn config"
    (config_dir / "feeds").mkdir(parents=True)
    shutil.copy(DATA / "trapkracht.atom", config_dir / "feeds" / "sykkel.atom")
    shutil.copy(DATA / "trapkracht.rss", config_dir / "feeds" / "forum.rss")
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # relative paths are taken from the config's folder, not the cwd
    sources = [
        feed("sykkel", "feeds/sykkel.atom"),
        feed("forum", (config_dir / "feeds" / "forum.rss").as_uri()),  # file:// with %20 for the space
        feed("missing", "feeds/bestaat-niet.rss"),
    ]
    report = collect(make_config(config_dir, sources), store)

    sykkel = report.sources["sykkel"]
    assert (sykkel.fetched, sykkel.new, sykkel.error) == (2, 2, None)
    assert report.sources["forum"].new == 3 and report.sources["forum"].error is None
    missing = config_dir / "feeds" / "bestaat-niet.rss"
    assert_failed(report.sources["missing"], "missing", str(missing), "file not found")
    assert health(store, "missing").consecutive_failures == 1

    rows = {m["external_key"]: m for m in mentions(store, "sykkel")}
    oslo = rows["urn:repwatch-test:sykkelpraten:1"]
    assert oslo["text"] == "Trapkracht har åpnet sin første butikk i Oslo. Betjeningen var hyggelig og prisene rimelige."
    assert oslo["title"] == "Trapkracht åpner butikk i Oslo"
    assert oslo["author"] == "Ingrid" and oslo["language_hint"] == "nb"
    assert oslo["published_at"] == datetime(2026, 1, 9, 8, 15, tzinfo=UTC)
    assert rows["urn:repwatch-test:sykkelpraten:2"]["published_at"] == datetime(2026, 1, 9, 12, 0, tzinfo=UTC)
    assert {m["brand"] for m in rows.values()} == {"Trapkracht"}


@pytest.mark.parametrize("clock", ["00:30", "05:30", "12:00", "23:30"])
def test_a_recorded_feed_is_shifted_to_end_now(store: Store, tmp_path: Path, clock: str) -> None:
    config = make_config(
        tmp_path, [feed("opname", str(DATA / "recorded-demo.rss"), brand="Trapkracht", shift_dates_from="2026-01-10")]
    )
    hour, minute = (int(x) for x in clock.split(":"))
    now = datetime(2026, 12, 2, hour, minute, tzinfo=UTC)
    report = collect(config, store, now=now)

    assert report.sources["opname"].new == 2
    rows = {m["external_key"]: m for m in mentions(store)}
    newest, oldest = rows["rec-2"]["published_at"], rows["rec-1"]["published_at"]
    shift = now - datetime(2026, 1, 11, tzinfo=UTC)  # the end of the anchor day lands on now
    assert newest < now and oldest < newest, "nothing lands in the future, and nothing on the collection time"
    assert oldest == datetime(2026, 1, 8, 10, 0, tzinfo=UTC) + shift, "every item moves by the same amount"
    assert newest == datetime(2026, 1, 10, 0, 30, tzinfo=UTC) + shift
    assert not rows["rec-2"]["published_estimated"]


def test_the_source_language_is_the_hint_unless_the_feed_names_its_own(store: Store, tmp_path: Path) -> None:
    (tmp_path / "plain.rss").write_text(numbered_rss(2), encoding="utf-8")  # no <language>
    sources = [
        feed("plain", "plain.rss", language="no"),
        feed("atom", str(DATA / "trapkracht.atom"), language="de"),  # the feed says xml:lang="nb"
    ]
    report = collect(make_config(tmp_path, sources), store)
    assert not any(r.error for r in report.sources.values())
    assert {m["language_hint"] for m in mentions(store, "plain")} == {"no"}
    assert {m["language_hint"] for m in mentions(store, "atom")} == {"nb"}
