"""The Streamlit dashboard as a child process: its command line and its environment.

Shared by `repwatch dashboard` (which becomes Streamlit) and `repwatch serve` (which runs it next
to the watch loop and supervises it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from monitor.starter import project_root

APP = project_root() / "dashboard" / "app.py"
DEFAULT_PORT = 8501


def streamlit_command(config_file: Path, port: int, address: str = "127.0.0.1") -> list[str]:
    """The `streamlit run` command line: headless, no usage statistics, the config passed through."""
    return [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.address", address,
        "--server.port", str(port),
        "--server.headless", "true",
        "--server.runOnSave", "false",
        "--server.fileWatcherType", "none",
        "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "viewer",
        "--", "--config", str(config_file),
    ]


def streamlit_env(config_file: Path) -> dict[str, str]:
    from monitor.config import CONFIG_ENV  # pydantic loads with the command, not with --help

    return {**os.environ, CONFIG_ENV: str(config_file)}
