"""Memory and time of collecting one 5 MB feed item (issue 15: it used to peak at hundreds of MB).

Runs one collect of a local feed holding a single 5,000,000-character item into a fresh SQLite
database and reports the growth of the process's peak resident memory and the seconds taken.

    .venv/bin/python benchmarks/big_item.py

Last line: `RESULT item_chars=.. stored_chars=.. rss_growth_mb=.. seconds=..`
"""

from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path

from monitor.config import Config
from monitor.pipeline import collect
from monitor.storage.store import Store

ITEM_CHARS = 5_000_000


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="repwatch-big-item-"))
    words = ("Trapkracht " + "lange tekst over de fiets " * (ITEM_CHARS // 20))[:ITEM_CHARS]
    (folder / "big.rss").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        f"<item><guid>big</guid><description>{words}</description></item></channel></rss>", encoding="utf-8")
    config = Config.model_validate({
        "brands": [{"name": "Trapkracht", "own": True}],
        "sources": [{"type": "feed", "name": "big", "url": "big.rss", "brand": "Trapkracht"}],
        "path": folder / "config.yaml",
    })
    store = Store(config.database_url())
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    report = collect(config, store).sources["big"]
    seconds = time.perf_counter() - started
    growth_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    stored = len(next(iter(store.iter_mentions()))["text"]) if report.new else 0
    store.close()
    print(f"RESULT item_chars={ITEM_CHARS} stored_chars={stored} rss_growth_mb={growth_mb:.0f} seconds={seconds:.2f}")


if __name__ == "__main__":
    main()
