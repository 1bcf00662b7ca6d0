"""Storage faults: each is one line naming the database and the fix, with exit code 3; and two
runs storing the same items at once count them as seen, not as duplicates."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.cli import app
from monitor.collectors.base import MentionRecord
from monitor.storage import store as store_module
from monitor.storage.store import NewMention, Store

AT = datetime(2026, 11, 30, 12, tzinfo=timezone.utc)


def _config(tmp_path: Path, url: str) -> Path:
    path = tmp_path / "config.yaml"
    feed = tmp_path / "feed.xml"
    feed.write_text('<rss version="2.0"><channel><item><guid>a</guid><description>Trapkracht</description>'
                    "</item></channel></rss>")
    path.write_text(json.dumps({"brands": [{"name": "Trapkracht", "own": True}],
                                "sources": [{"name": "f", "type": "feed", "url": str(feed), "brand": "Trapkracht"}],
                                "storage": {"url": url}}))
    return path


def _ready_readonly(tmp_path: Path) -> str:
    """A migrated database opened read-only (SQLite's mode=ro: read-only even for root)."""
    db = tmp_path / "ro.db"
    Store(f"sqlite:///{db}").close()
    return f"sqlite:///file:{db}?mode=ro&uri=true"


CASES = [
    ("read-only database file", _ready_readonly, ["collect", "--no-classify"],
     "{url}: the database is read-only; make the file and its folder writable (chmod u+w) or point storage.url "
     "at a writable place"),
    ("folder that cannot be made", lambda p: f"sqlite:///{p / 'a-file' / 'repwatch.db'}", ["status"],
     "sqlite:///{tmp}/a-file/repwatch.db: cannot create the folder {tmp}/a-file ([Errno 17] File exists); "
     "make it yourself or point storage.url at a writable place"),
    ("unreachable PostgreSQL", lambda p: "postgresql+psycopg://repwatch:s3cret@127.0.0.1:1/repwatch", ["status"],
     "postgresql+psycopg://repwatch:***@127.0.0.1:1/repwatch: cannot reach the PostgreSQL server; check the host "
     "and port in storage.url and that the server is running"),
]


@pytest.mark.parametrize(("case", "make_url", "command", "says"), CASES, ids=[c[0] for c in CASES])
def test_a_storage_error_is_one_line_with_its_exit_code(tmp_path: Path, case: str, make_url, command, says) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    from monitor.cli_common import EXIT_STORAGE

    url = make_url(tmp_path)
    result = CliRunner().invoke(app, [*command, "--config", str(_config(tmp_path, url))])
    assert result.exit_code == EXIT_STORAGE, result.output
    lines = [line for line in result.output.splitlines() if line.strip().startswith("error:")]
    assert lines == ["error: " + says.format(url=url, tmp=tmp_path).replace("[Errno 17] ", "")], result.output
    assert "s3cret" not in result.output and "Traceback" not in result.output


def _items(n: int) -> list[NewMention]:
    return [NewMention(MentionRecord(f"k{i}", f"Trapkracht item {i}", published_at=AT), "Trapkracht", AT, False)
            for i in range(n)]


def test_two_runs_storing_the_same_items_count_them_as_seen(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The other run commits the same items between this run's read and its inserts."""
    mine, other = Store(db_url), Store(db_url)
    source = mine.ensure_source("s", "feed", "x")
    results: dict[str, object] = {}
    real = store_module.stored_values
    calls = {"n": 0}

    def racing(conn, source_id, column, values):  # noqa: ANN001 - the function it stands in for
        found = real(conn, source_id, column, values)
        calls["n"] += 1
        if calls["n"] == 1:  # right after this run's first read: the other run stores everything
            worker = threading.Thread(target=lambda: results.update(other=other.add_mentions(source, _items(50))))
            worker.start()
            worker.join(timeout=2)  # SQLite: the other run waits for our write lock instead
            results["worker"] = worker
        return found

    monkeypatch.setattr(store_module, "stored_values", racing)
    try:
        results["mine"] = mine.add_mentions(source, _items(50))
        results["worker"].join(timeout=60)  # type: ignore[attr-defined]
    finally:
        monkeypatch.setattr(store_module, "stored_values", real)
        mine.close()
        other.close()
    a, b = results["mine"], results["other"]
    assert (a.new + b.new, a.seen + b.seen, a.duplicates + b.duplicates) == (50, 50, 0), (a, b)  # type: ignore[attr-defined]
