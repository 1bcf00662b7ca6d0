"""Dashboard latency: seed N synthetic classified mentions into SQLite and time each page's data.

    python benchmarks/dashboard_latency.py                       # 100,000 and 1,000,000 mentions
    python benchmarks/dashboard_latency.py --mentions 20000      # quick

Mentions spread over `--days` (default 400: the 120-day period and the one before it are full),
three brands, eight sources (three star-rated), five languages, eight topics. Each page's data is
what its dashboard page shows, computed through monitor.analytics for the last 30 and 120 days;
a page's time is the slowest of three runs. Last line:
RESULT mentions=.. worst_page_s=.. build_s=..
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from _seed import BRANDS, END, LANGUAGES, OWN, SOURCES, ZONE, synthetic_label, synthetic_topics, weighted

from monitor.analytics.complaints import complaint_queue, count_complaints
from monitor.analytics.kpis import brand_kpis, breakdown, share_of_voice
from monitor.analytics.mentions import MentionFilter, count_matching, search_mentions
from monitor.analytics.period import Period
from monitor.analytics.ratings import rating_contradictions, rating_summary, rating_trend
from monitor.analytics.series import Scope, sentiment_series
from monitor.analytics.topics import key_drivers, topic_stats
from monitor.storage import rollups
from monitor.storage.store import ClassificationStore, Store

WORDS = "levering fiets service prijs winkel snel traag vriendelijk duur kapot top slecht garantie retour app".split()


def _ts(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")  # how SQLAlchemy stores a DateTime on SQLite


def seed(store: Store, n: int, days: int, rng: random.Random) -> None:
    """Bulk insert, in one transaction, in time order (ids follow time, as when collected)."""
    source_ids = [store.ensure_source(name, "feed", "bench") for name, _ in SOURCES]
    brands, languages = weighted(BRANDS), weighted(LANGUAGES)
    span = days * 86400
    offsets = sorted(rng.random() * span for _ in range(n))
    start = END - timedelta(days=days)
    mentions, labels, topics = [], [], []
    collected = _ts(END)
    for i, offset in enumerate(offsets, start=1):
        src = rng.randrange(len(SOURCES))
        scale = SOURCES[src][1]
        sentiment, score, rating = synthetic_label(rng, scale)
        text = " ".join(rng.choice(WORDS) for _ in range(10))
        language = rng.choice(languages)
        mentions.append((i, source_ids[src], rng.choice(brands), f"e{i}", "", text, language,
                         _ts(start + timedelta(seconds=offset)), 0, collected, rating, scale, f"h{i}"))
        labels.append((i, sentiment, score, 0.8, "[]", "[]", "bench", collected))
        topics += [(i, topic, label, topic_score, 0.5) for topic, label, topic_score in synthetic_topics(rng, sentiment, score)]
    with store.engine.begin() as conn:
        raw = conn.connection.driver_connection
        raw.executemany(
            "INSERT INTO mentions (id, source_id, brand, external_key, title, text, language, published_at, "
            "published_estimated, collected_at, rating, rating_max, content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            mentions)
        raw.executemany(
            "INSERT INTO classifications (mention_id, sentiment, score, confidence, topics, sentences, model_version, "
            "classified_at) VALUES (?,?,?,?,?,?,?,?)", labels)
        raw.executemany("INSERT INTO mention_topics (mention_id, topic, sentiment, score, similarity) VALUES (?,?,?,?,?)", topics)
        rollups.rebuild(conn, ZONE, 0.6)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")


def pages(store: Store, period: Period) -> dict[str, Callable[[], object]]:
    brands = [b for b, _ in BRANDS]
    flt = MentionFilter(brands=(OWN,), sentiments=("negative",), period=period)
    text_flt = MentionFilter(brands=(OWN,), period=period, text="Kapot Garantie")
    return {
        "overview": lambda: (brand_kpis(store, brands, period), share_of_voice(store, brands, period),
                             sentiment_series(store, Scope(brand=OWN), period.start, period.end, "day", ZONE),
                             breakdown(store, OWN, period, "source"), breakdown(store, OWN, period, "language")),
        "topics": lambda: (topic_stats(store, OWN, period), key_drivers(store, OWN, period),
                           sentiment_series(store, Scope(brand=OWN, topic="delivery"), period.start, period.end, "day", ZONE)),
        "mentions": lambda: (search_mentions(store, flt, 50, 0), search_mentions(store, flt, 50, 500),
                             count_matching(store, flt)),
        "mentions_text": lambda: (search_mentions(store, text_flt, 50, 0), count_matching(store, text_flt)),
        "complaints": lambda: (complaint_queue(store, OWN, now=END), count_complaints(store, OWN)),
        "ratings": lambda: (rating_summary(store, OWN, period), rating_trend(store, OWN, period, "day"),
                            rating_contradictions(store, OWN, period, 50)),
    }


def time_pages(store: Store, days: int) -> dict[str, float]:
    period = Period.last_days(days, ZONE, now=END - timedelta(seconds=1))
    out = {}
    for name, compute in pages(store, period).items():
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            compute()
            runs.append(time.perf_counter() - t0)
        out[name] = max(runs)
        print(f"  {days:>3} days  {name:<14} {max(runs):6.3f} s (median {statistics.median(runs):.3f})", flush=True)
    return out


def save_cost(store: Store, rng: random.Random, n: int = 1000) -> float:
    """Seconds to re-label n mentions through ClassificationStore.save (rollups kept in step)."""
    ids = rng.sample(range(1, store.count_mentions() + 1), n)
    rows = [{"mention_id": i, "sentiment": rng.choice(("negative", "positive")), "score": 0.7, "confidence": 0.9,
             "topics": json.dumps([{"name": "price", "label": "positive", "score": 0.7, "similarity": 0.5}]),
             "sentences": "[]", "model_version": "bench2", "classified_at": END, "language": "nl"} for i in ids]
    t0 = time.perf_counter()
    for chunk in range(0, n, 100):  # classify commits batches of about this size
        ClassificationStore(store, "bench2").save(rows[chunk:chunk + 100])
    return time.perf_counter() - t0


def run(n: int, days: int, folder: Path) -> tuple[float, float]:
    store = Store(f"sqlite:///{folder / f'bench-{n}.db'}")
    t0 = time.perf_counter()
    seed(store, n, days, random.Random(n))
    build = time.perf_counter() - t0
    size_mb = (folder / f"bench-{n}.db").stat().st_size / 1e6
    print(f"{n} mentions over {days} days: built in {build:.1f} s (with rollups), database {size_mb:.0f} MB", flush=True)
    worst = worst_pages(store)
    save_s = save_cost(store, random.Random(1))
    print(f"  re-label 1000 mentions through ClassificationStore.save: {save_s:.3f} s", flush=True)
    store.close()
    required = {k: v for k, v in worst.items() if k != "mentions_text"}
    print(f"  worst page {max(required, key=required.get)} {max(required.values()):.3f} s; "  # type: ignore[arg-type]
          f"free-text search {worst['mentions_text']:.3f} s", flush=True)
    return max(required.values()), build


def worst_pages(store: Store) -> dict[str, float]:
    """Each page's slowest time over the last 30 and the last 120 days."""
    worst: dict[str, float] = {}
    for period_days in (30, 120):
        for name, seconds in time_pages(store, period_days).items():
            worst[name] = max(worst.get(name, 0.0), seconds)
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, action="append", help="repeatable; default 100000 and 1000000")
    parser.add_argument("--days", type=int, default=400, help="days the mentions are spread over")
    args = parser.parse_args()
    sizes = args.mentions or [100_000, 1_000_000]
    with tempfile.TemporaryDirectory() as tmp:
        results = [(n, *run(n, args.days, Path(tmp))) for n in sizes]
    n, worst, build = results[-1]
    print(f"RESULT mentions={n} worst_page_s={worst:.3f} build_s={build:.1f}")


if __name__ == "__main__":
    main()
