"""Collect throughput: parse, place, deduplicate and store N feed items from a local RSS file.

    python benchmarks/collect_throughput.py --items 20000

Last line: RESULT items=.. parse_store_per_s=.. rerun_per_s=.. db_mb=..
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

from monitor.config import Config
from monitor.pipeline import collect
from monitor.storage.store import Store

WORDS = ("levering fiets service prijs winkel snel traag vriendelijk duur goedkoop kapot top "
         "slecht garantie retour bestelling website app telefoon").split()


def write_feed(path: Path, items: int) -> None:
    """Distinct texts: words in a random order (seeded), so none is a near-copy of another."""
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    rng = random.Random(0)
    with path.open("w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>bench</title>\n')
        for i in range(items):
            words = " ".join(rng.choice(WORDS) for _ in range(12 + i % 20))
            when = format_datetime(start + timedelta(minutes=i))
            fh.write(f"<item><guid>{i}</guid><title>Trapkracht {i}</title><description>&lt;p&gt;Trapkracht "
                     f"{words} {i}&lt;/p&gt;</description><pubDate>{when}</pubDate></item>\n")
        fh.write("</channel></rss>\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        feed, db = Path(tmp) / "feed.xml", Path(tmp) / "bench.db"
        write_feed(feed, args.items)
        config = Config.model_validate({
            "brands": [{"name": "Trapkracht", "own": True}],
            "sources": [{"name": "bench", "type": "feed", "url": str(feed)}],
            "path": Path(tmp) / "config.yaml",
        })
        store = Store(f"sqlite:///{db}")
        t0 = time.perf_counter()
        first = collect(config, store)
        t1 = time.perf_counter()
        collect(config, store)
        t2 = time.perf_counter()
        assert first.sources["bench"].new == args.items, first.sources["bench"]
        size_mb = db.stat().st_size / 1e6
        store.close()
    print(f"first run: {args.items} items in {t1 - t0:.2f}s; re-run (all seen) {t2 - t1:.2f}s; database {size_mb:.1f} MB")
    print(f"RESULT items={args.items} parse_store_per_s={args.items / (t1 - t0):.0f} "
          f"rerun_per_s={args.items / (t2 - t1):.0f} db_mb={size_mb:.1f}")


if __name__ == "__main__":
    main()
