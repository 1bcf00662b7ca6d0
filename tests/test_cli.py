from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from monitor.cli import app

ROOT = Path(__file__).resolve().parents[1]

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Fietsnieuws</title>
<item><guid>1</guid><title>Trapkracht opent winkel</title><description>Trapkracht opent een winkel in Utrecht.</description>
<pubDate>Mon, 16 Nov 2026 10:00:00 +0100</pubDate></item>
<item><guid>2</guid><title>Weer</title><description>Het regent morgen in heel Nederland.</description></item>
</channel></rss>"""


def make_config(tmp_path: Path, sources: list[dict]) -> Path:
    (tmp_path / "feed.xml").write_text(FEED, encoding="utf-8")
    config = {"brands": [{"name": "Trapkracht", "own": True}], "sources": sources,
              "http": {"retries": 0, "connect_timeout": 1, "read_timeout": 1}}
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_collect_json_then_status(tmp_path: Path) -> None:
    config = make_config(tmp_path, [{"name": "nieuws", "type": "feed", "url": "feed.xml"}])
    code, stdout, _ = run("collect", "--config", str(config), "--json", "--no-classify")
    assert code == 0
    report = json.loads(stdout.strip().splitlines()[-1])
    assert report["sources"]["nieuws"] | {"error": None} == {
        "fetched": 2, "new": 1, "duplicates": 0, "seen": 0, "skipped": 1, "error": None, "not_modified": False,
        "warnings": [],
    }
    code, stdout, _ = run("collect", "--config", str(config), "--json", "--no-classify")
    assert json.loads(stdout)["sources"]["nieuws"]["seen"] == 1
    code, stdout, _ = run("status", "--config", str(config), "--json")
    status = json.loads(stdout)
    assert status["mentions"] == 1 and status["by_brand"] == {"Trapkracht": 1}
    assert status["sources"][0]["last_run"]["status"] == "ok"


def test_exit_code_is_1_only_when_every_source_failed(tmp_path: Path) -> None:
    broken = {"name": "weg", "type": "feed", "url": "missing.xml"}
    config = make_config(tmp_path, [broken])
    code, _, stderr = run("collect", "--config", str(config), "--no-classify")
    assert code == 1
    assert "weg: " in stderr and "missing.xml: file not found" in stderr
    config = make_config(tmp_path, [broken, {"name": "ok", "type": "feed", "url": "feed.xml"}])
    assert run("collect", "--config", str(config), "--no-classify")[0] == 0


def test_invalid_config_exits_2_with_one_line(tmp_path: Path) -> None:
    config = make_config(tmp_path, [{"name": "x", "type": "feed"}])
    code, _, stderr = run("collect", "--config", str(config))
    assert code == 2
    assert stderr.strip() == (f"error: {config}: source 1 \"x\": `url` is missing; add it: http(s) URL, file:// URL or a "
                              "path relative to config.yaml")


def test_unknown_source_name_is_an_error(tmp_path: Path) -> None:
    config = make_config(tmp_path, [{"name": "nieuws", "type": "feed", "url": "feed.xml"}])
    code, _, stderr = run("collect", "--config", str(config), "--source", "nope")
    assert code == 2 and "no source named 'nope'" in stderr


def test_init_writes_a_working_config_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "config.yaml"
    assert run("init", "--config", str(target))[0] == 0
    code, _, stderr = run("init", "--config", str(target))
    assert code == 2 and "already exists" in stderr
    code, stdout, _ = run("collect", "--config", str(target), "--json", "--source", "social-no", "--no-classify")
    assert code == 0 and json.loads(stdout)["sources"]["social-no"]["new"] > 0


def test_console_script_runs() -> None:
    result = subprocess.run([sys.executable, "-m", "monitor.cli", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("repwatch ")


@pytest.mark.slow
def test_demo_json_summary(tmp_path: Path) -> None:
    expected = json.loads((ROOT / "examples/demo/expected.json").read_text(encoding="utf-8"))
    code, stdout, _ = run("demo", "--no-dashboard", "--json", "--db", str(tmp_path / "demo.db"))
    assert code == 0
    summary = json.loads(stdout.strip().splitlines()[-1])
    assert summary["sources"] == 7 and summary["errors"] == []
    assert summary["mentions"] >= 1500
    assert summary["duplicates"] >= 1
    assert set(summary["by_brand"]) == {"Trapkracht", "Velora", "Spaakwiel"}
    assert summary["mentions"] + summary["duplicates"] + summary["skipped"] == summary["fetched"]
    assert sum(summary["by_sentiment"].values()) == summary["mentions"], "every demo mention is classified"
    assert set(summary["by_sentiment"]) == {"negative", "neutral", "positive"}
    assert {"nl", "nb", "en", "de"} <= set(summary["by_language"])
    assert summary["fetched"] == expected_total(expected)


def expected_total(expected: dict) -> int:
    per_file = expected.get("items_per_file") or expected.get("total_items_per_file") or {}
    if not per_file:
        pytest.skip("examples/demo/expected.json has no per-file counts")
    return sum(per_file.values())
