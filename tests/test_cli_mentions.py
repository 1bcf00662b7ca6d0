"""`repwatch mentions` lists what the analytics search finds, and `status` keeps whole source names."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from monitor.analytics.mentions import CSV_COLUMNS, MentionFilter, count_matching
from monitor.cli import app
from monitor.config import load_config
from monitor.storage.store import Store

ITEMS = [  # (guid, title, text, date)
    ("1", "Levering", "Trapkracht levering duurde drie weken, slecht.", "Mon, 02 Nov 2026 10:00:00 +0100"),
    ("2", "Service", "Trapkracht service is top en de fiets is goed.", "Tue, 10 Nov 2026 14:30:00 +0100"),
    ("3", "Prijs", "Trapkracht prijs is goed, fiets top.", "Wed, 18 Nov 2026 09:15:00 +0100"),
    ("4", "Velora", "Velora fiets is slecht, levering traag.", "Thu, 19 Nov 2026 20:45:00 +0100"),
]
LONG_NAME = "reviews-van-de-trapkracht-winkel-in-utrecht-centrum-en-omstreken"


def feed() -> str:
    items = "".join(f"<item><guid>{g}</guid><title>{t}</title><description>{d}</description><pubDate>{p}</pubDate></item>"
                    for g, t, d, p in ITEMS)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>x</title>{items}</channel></rss>'


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four mentions of two brands from two sources (one with a long name), labelled by the tiny model."""
    from monitor.classify import classify_pending
    from tests.models.tiny import tiny_classifier

    folder = tmp_path_factory.mktemp("mentions")
    (folder / "feed.xml").write_text(feed(), encoding="utf-8")
    (folder / "copy.xml").write_text(feed().replace("<guid>", "<guid>c").replace("Trapkracht", "Trapkracht:"), encoding="utf-8")
    config = folder / "config.yaml"
    config.write_text(yaml.safe_dump({
        "brands": [{"name": "Trapkracht", "own": True}, {"name": "Velora"}],
        "sources": [{"name": "nieuws", "type": "feed", "url": "feed.xml"},
                    {"name": LONG_NAME, "type": "feed", "url": "copy.xml", "brand": "Trapkracht"}],
        "analytics": {"timezone": "Europe/Amsterdam"},
    }), encoding="utf-8")
    assert run("collect", "--config", str(config), "--no-classify")[0] == 0
    store = Store(load_config(config).database_url())
    try:
        classify_pending(store, tiny_classifier(folder))
    finally:
        store.close()
    return config


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def search_total(config: Path, **narrow: object) -> int:
    store = Store(load_config(config).database_url())
    try:
        return count_matching(store, MentionFilter(**narrow))  # type: ignore[arg-type]
    finally:
        store.close()


@pytest.mark.parametrize("options, narrow", [
    ([], {}),
    (["--brand", "Velora"], {"brands": ("Velora",)}),
    (["--source", "nieuws"], {"sources": ("nieuws",)}),
    (["--sentiment", "negative"], {"sentiments": ("negative",)}),
    (["--sentiment", "negative", "--sentiment", "positive"], {"sentiments": ("negative", "positive")}),
    (["--topic", "delivery, stock and waiting time"], {"topics": ("delivery, stock and waiting time",)}),
])
def test_json_lists_what_the_analytics_search_finds(stored: Path, options: list[str], narrow: dict) -> None:
    code, stdout, _ = run("mentions", "--config", str(stored), "--json", *options)
    assert code == 0
    found = json.loads(stdout)
    assert found["total"] == search_total(stored, **narrow) == len(found["mentions"])
    published = [m["published_at"] for m in found["mentions"]]
    assert published == sorted(published, reverse=True), "newest first"


def test_since_is_a_local_day(stored: Path) -> None:
    code, stdout, _ = run("mentions", "--config", str(stored), "--json", "--since", "2026-11-18")
    assert code == 0
    found = json.loads(stdout)["mentions"]
    assert {m["text"][:14] for m in found} == {"Trapkracht pri", "Velora fiets i", "Trapkracht: pr"}
    assert len(found) == 4  # items 3 and 4 from both sources


def test_csv_is_the_analytics_csv(stored: Path) -> None:
    code, stdout, _ = run("mentions", "--config", str(stored), "--csv", "--limit", "3")
    assert code == 0
    rows = list(csv.reader(io.StringIO(stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == 4


def test_table_shows_24_hour_local_times_and_a_plural_count(stored: Path) -> None:
    code, stdout, _ = run("mentions", "--config", str(stored), "--brand", "Velora", env={"COLUMNS": "200"})
    assert code == 0
    assert "2026-11-19 20:45" in stdout, "local time (Amsterdam), 24-hour clock"
    assert "1 mention matches; the newest 1 shown" in stdout
    code, stdout, _ = run("mentions", "--config", str(stored), "--brand", "Trapkracht", "--limit", "2")
    assert code == 0 and "6 mentions match; the newest 2 shown" in stdout


@pytest.mark.parametrize("options, message", [
    (["--brand", "Nobody"], "error: --brand: no brand named 'Nobody'; known: Trapkracht, Velora"),
    (["--source", "weg"], f"error: --source: no source named 'weg'; known: nieuws, {LONG_NAME}"),
    (["--sentiment", "angry"], "error: --sentiment: 'angry' is not a sentiment; use negative, neutral, positive, unlabelled"),
    (["--since", "18-11-2026"], "error: --since: '18-11-2026' is not a date; write it as YYYY-MM-DD, e.g. --since 2026-11-01"),
    (["--json", "--csv"], "error: --json and --csv: choose one output format"),
])
def test_bad_options_are_one_line(stored: Path, options: list[str], message: str) -> None:
    code, _, stderr = run("mentions", "--config", str(stored), *options)
    assert code == 2 and stderr.strip() == message


@pytest.mark.parametrize("columns", ["40", "80", "200"])
def test_status_keeps_whole_source_names_at_any_width(stored: Path, columns: str) -> None:
    code, stdout, _ = run("status", "--config", str(stored), env={"COLUMNS": columns})
    assert code == 0
    assert any(LONG_NAME in line for line in stdout.splitlines()), stdout


def test_collect_keeps_whole_source_names_too(stored: Path) -> None:
    code, stdout, _ = run("collect", "--config", str(stored), "--no-classify", env={"COLUMNS": "40"})
    assert code == 0
    assert any(LONG_NAME in line for line in stdout.splitlines()), stdout
