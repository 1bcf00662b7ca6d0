"""Shared fixtures. Every test uses real parts: SQLite in tmp_path, real HTTP servers on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the checkout; tests that need it skip, saying why, when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (it holds licensed fixtures that are not part of the repo)")
    return SHARED


@pytest.fixture
def feed_server():
    """A real HTTP server on 127.0.0.1 with per-test scripted routes (tests/feedserver.py)."""
    from tests.feedserver import FeedServer

    server = FeedServer()
    try:
        yield server
    finally:
        server.close()
