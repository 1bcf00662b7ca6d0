"""What the dashboard tests seed: paths, the injection payload, and a seeded database's handle."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from monitor.config import Config
from monitor.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "dashboard" / "app.py"
EVIL_TEXT = "<img src=x onerror=alert(1)> Trapkracht levering slecht"
EVIL_URL = "javascript:alert(2)"


@dataclass(frozen=True)
class Seeded:
    config_file: Path
    config: Config

    def store(self) -> Store:
        return Store(self.config.database_url())
