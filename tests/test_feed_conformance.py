"""Every shared real-world and edge-case feed through the real `collect()` pipeline.

The files live in ../shared/fixtures (licensed separately, never copied into the repo); the tests
skip, saying why, when that folder is absent. All files are collected in one run, one local-path
source per file, into a real SQLite database; the tests then check what a robust collector owes
each of them: no exception escapes, every item with a text is stored (and nothing twice), no
markup or script in what is stored, and one clear error line, naming the file, per unparsable file.
"""

from __future__ import annotations

import fnmatch
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from monitor.config import Config
from monitor.pipeline import CollectReport, collect
from monitor.storage.store import Store
from monitor.text import html_to_text

FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures"
FEED_SUFFIXES = {".xml", ".atom", ".rss", ".json"}
TAG = re.compile(r"<\s*/?\s*[a-zA-Z]")
# A script payload is a `javascript:` URL with code after it (javascript:alert(1)); the word followed by
# a colon in prose ("Best Practices in JavaScript: ...") is text and stays.
SCRIPT_URL = re.compile(r"javascript:\s*[\w.$]+\s*\(", re.IGNORECASE)
BRAND = "Fixtures"

# Files outside feeds-edgecases/illformed that are unparsable, each checked by reading it. The test
# fails when a file not listed here fails (a well-formed feed must parse) and when a listed one
# stops failing (so the list stays true).
KNOWN_BROKEN = {
    "feeds-fixtures/rss2/rss_2.0_invalid_1.xml": "cut off mid-document and followed by an HTML error page",
    "feeds-fixtures/xml/xml_sample_*.xml": "plain XML (a book catalogue), not a feed",
    "feeds-realworld/input/unrecognized.rss": "an HTML 'Document Moved' page after the root element",
    "feeds-edgecases/encoding/bozo_invalid-bytes-with-bom.xml": "invalid UTF-8 after a BOM and an unclosed `</rss`",
    "feeds-edgecases/entities/[0-9]*.xml": "no items and cut off: the document ends in an unclosed `</rss`",
    "feeds-edgecases/entities/attr_amp.xml": "no entries and cut off: ends in an unclosed `</feed`",
    "feeds-edgecases/entities/query_variable_feed.xml": "no items; a raw `&` in a URL, then an unclosed `</rss`",
    "feeds-edgecases/wellformed/cdf/channel_*.xml": "Microsoft CDF, not RSS/Atom/JSON Feed, and no items",
}
ALLOWED_TO_FAIL = "feeds-edgecases/illformed/*"


def fixture_files() -> list[Path]:
    files = []
    for folder in sorted(FIXTURES.glob("feeds-*")):
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(FIXTURES).as_posix()
            if not path.is_file() or path.name.endswith(".serde.json") or path.name in {"LICENSE", "README.md"}:
                continue
            if rel.startswith("feeds-realworld/output/"):
                continue
            if folder.name == "feeds-edgecases" or path.suffix.lower() in FEED_SUFFIXES:
                files.append(path)
    return files


def source_name(path: Path) -> str:
    return re.sub(r"[^\w.\-]", "_", path.relative_to(FIXTURES).as_posix())


@dataclass
class Run:
    files: dict[str, Path]  # source name -> file
    report: CollectReport
    store: Store
    seconds: float

    def rel(self, name: str) -> str:
        return self.files[name].relative_to(FIXTURES).as_posix()

    @property
    def failed(self) -> dict[str, str]:
        return {name: r.error for name, r in self.report.sources.items() if r.error}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    if not FIXTURES.is_dir():
        pytest.skip(f"{FIXTURES} is absent (licensed shared fixtures, not part of the repo)")
    files = {source_name(p): p for p in fixture_files()}
    if not files:
        pytest.skip(f"{FIXTURES} holds no feeds-* files")
    sources = [
        # Relative to the config's folder, as a user would write it.
        {"type": "feed", "name": name, "url": path.relative_to(FIXTURES).as_posix(), "brand": BRAND}
        for name, path in files.items()
    ]
    config = Config.model_validate(
        {"brands": [{"name": BRAND, "own": True}], "sources": sources, "path": FIXTURES / "config.yaml"}
    )
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('conformance')}/t.db")
    started = time.monotonic()
    report = collect(config, store)
    seconds = time.monotonic() - started
    parsed = sum(1 for r in report.sources.values() if not r.error)
    print(
        f"\nconformance: {len(files)} files in {seconds:.1f}s: {parsed} parsed, {len(files) - parsed} unparsable, "
        f"{report.total('fetched')} items, {report.total('new')} stored, {report.total('duplicates')} duplicates"
    )
    yield Run(files, report, store, seconds)
    store.close()


def test_every_file_was_collected_and_no_exception_escaped(run: Run) -> None:
    assert len(run.files) == len(run.report.sources) > 2000
    assert len(set(run.files)) == len(run.files)  # source names map one-to-one to files
    unexpected = {run.rel(n): e for n, e in run.failed.items() if "unexpected" in e}
    assert not unexpected  # every failure is a CollectorError, never a leaked exception
    assert run.seconds < 60


def test_each_unparsable_file_is_one_error_line_naming_it(run: Run) -> None:
    assert run.failed
    for name, error in run.failed.items():
        assert error.startswith(f"{name}: "), error
        assert "\n" not in error and len(error) < 400, error
        assert str(run.files[name]) in error, error
        assert re.search(r"not a readable feed|not a feed|invalid JSON|not a JSON Feed|HTML page", error), error
    health = {h.name: h for h in run.store.source_health()}
    runs = run.store.last_runs()
    for name in run.files:
        error = run.failed.get(name)
        assert health[name].last_error == error
        assert health[name].consecutive_failures == (1 if error else 0)
        assert runs[name]["status"] == ("error" if error else "ok")


def test_only_broken_files_fail(run: Run) -> None:
    failed = {run.rel(name) for name in run.failed}
    not_allowed = {
        rel
        for rel in failed
        if not fnmatch.fnmatch(rel, ALLOWED_TO_FAIL) and not any(fnmatch.fnmatch(rel, p) for p in KNOWN_BROKEN)
    }
    assert not not_allowed, {rel: run.failed[source_name(FIXTURES / rel)] for rel in sorted(not_allowed)}
    still_listed = {p for p in KNOWN_BROKEN if not any(fnmatch.fnmatch(rel, p) for rel in failed)}
    assert not still_listed  # a listed file now parses: take it off the list
    # The ill-formed folder partly recovers: feedparser's lenient parser reads most of it.
    illformed = [rel for rel in map(run.rel, run.files) if fnmatch.fnmatch(rel, ALLOWED_TO_FAIL)]
    assert 0 < len([rel for rel in illformed if rel in failed]) < len(illformed)


def test_every_item_with_text_is_stored_once(run: Run) -> None:
    stored: dict[str, int] = {}
    for row in run.store.iter_mentions():
        stored[row["source"]] = stored.get(row["source"], 0) + 1
        assert row["text"].strip() and row["brand"] == BRAND
        assert row["published_at"].utcoffset().total_seconds() == 0
    for name, result in run.report.sources.items():
        if result.error:
            assert (result.fetched, result.new) == (0, 0)
            continue
        assert result.skipped == 0, name  # every item has a brand (the source's) and a text
        # Each item is stored, or recognised as a copy stored from another file, or repeats an id
        # already in the same file.
        assert result.new + result.duplicates + result.seen == result.fetched, (name, result)
        assert stored.get(name, 0) == result.new, name
    assert run.store.count_mentions() == run.report.total("new") > 1000


def test_no_markup_or_script_is_stored(run: Run) -> None:
    dirty = []
    for row in run.store.iter_mentions():
        for field in ("text", "title", "author"):
            value = row[field] or ""
            if "<script" in value.lower() or TAG.search(value) or SCRIPT_URL.search(value):
                dirty.append((row["source"], field, value[:120]))
        url = row["url"] or ""
        assert not url or url.lower().startswith(("http://", "https://")), url
    assert not dirty


def _serde_text(value: Any) -> str:
    if isinstance(value, dict):
        return value.get("content") or value.get("body") or ""
    return value or ""


def test_item_counts_match_the_expected_parses(run: Run) -> None:
    """feeds-fixtures comes with another parser's result per file: as many items with a text."""
    by_file = {path: name for name, path in run.files.items()}
    compared = 0
    for serde in sorted((FIXTURES / "feeds-fixtures").rglob("*.serde.json")):
        stem = serde.name.removesuffix(".serde.json")
        feed = [p for p in serde.parent.glob(f"{stem}.*") if p != serde and p in by_file]
        if len(feed) != 1:
            continue
        expected = json.loads(serde.read_text(encoding="utf-8"))
        with_text = sum(
            1
            for entry in expected["entries"]
            if any(html_to_text(_serde_text(entry.get(key))) for key in ("title", "summary", "content"))
        )
        result = run.report.sources[by_file[feed[0]]]
        assert result.error is None, result.error
        assert result.fetched == with_text, (feed[0].name, result.fetched, with_text)
        compared += 1
    assert compared >= 60


def test_a_second_run_stores_nothing(run: Run) -> None:
    before = run.store.count_mentions()
    config = Config.model_validate(
        {
            "brands": [{"name": BRAND, "own": True}],
            "sources": [
                {"type": "feed", "name": name, "url": str(path), "brand": BRAND}
                for name, path in run.files.items()
                if name not in run.failed
            ],
        }
    )
    again = collect(config, run.store)
    assert again.total("new") == 0
    assert again.total("seen") + again.total("duplicates") == again.total("fetched") == run.report.total("fetched")
    assert run.store.count_mentions() == before
