"""`repwatch dashboard` and `repwatch demo --port`: the command line they run, and their errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from monitor.cli_dashboard import APP, demo_config_file, streamlit_command
from monitor.config import load_config

REPWATCH = [sys.executable, "-m", "monitor.cli"]


def test_streamlit_runs_the_app_on_localhost_headless_without_usage_stats(tmp_path: Path) -> None:
    command = streamlit_command(tmp_path / "c.yaml", 8765)
    assert command[1:5] == ["-m", "streamlit", "run", str(APP)]

    def option(name: str) -> str:
        return command[command.index(name) + 1]

    assert option("--server.address") == "127.0.0.1"
    assert option("--server.port") == "8765"
    assert option("--server.headless") == "true"
    assert option("--browser.gatherUsageStats") == "false"
    assert command[-3:] == ["--", "--config", str(tmp_path / "c.yaml")]


def test_a_bad_config_fails_in_one_line_before_serving(tmp_path: Path) -> None:
    bad = tmp_path / "config.yaml"
    bad.write_text("brands: []\n", encoding="utf-8")
    done = subprocess.run([*REPWATCH, "dashboard", "--config", str(bad), "--port", "1"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(bad) in lines[0] and "brands" in lines[0]


def test_a_missing_config_names_the_file(tmp_path: Path) -> None:
    done = subprocess.run([*REPWATCH, "dashboard", "--config", str(tmp_path / "nope.yaml")], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2 and "nope.yaml: file not found" in done.stderr


def test_the_demo_config_reads_the_demo_database(tmp_path: Path) -> None:
    db = tmp_path / "d" / "demo.db"
    db.parent.mkdir()
    file = demo_config_file(db)
    config = load_config(file)
    assert config.database_url() == f"sqlite:///{db.resolve()}"
    assert all(Path(s.url).is_file() for s in config.sources), "feed paths resolve from beside the database"
    assert yaml.safe_load(file.read_text())["brands"][0]["name"] == config.own_brand.name
