"""The starter config.yaml that `repwatch init` writes and the demo runs on."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

_DEMO_PREFIX = "examples/demo/feeds/"


def project_root() -> Path:
    return Path(__file__).resolve().parent.parent


def demo_feeds_dir() -> Path:
    return project_root() / _DEMO_PREFIX


def starter_text(dest_dir: Path) -> str:
    """The template, with demo feed paths made to work from `dest_dir`."""
    text = files("monitor").joinpath("templates/config.yaml").read_text(encoding="utf-8")
    feeds = demo_feeds_dir()
    # Relative inside the project (so the repo's config.yaml stays portable), absolute elsewhere.
    where = Path(os.path.relpath(feeds, dest_dir.resolve())) if feeds.is_relative_to(dest_dir.resolve()) else feeds
    return text.replace(_DEMO_PREFIX, where.as_posix().rstrip("/") + "/")
