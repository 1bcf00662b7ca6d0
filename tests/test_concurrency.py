"""Concurrent writers: two `repwatch collect` processes and a classifier process on one database.

Real processes against real SQLite and PostgreSQL: uniqueness lives in constraints, so whichever
process stores an item first wins and nothing is stored twice or lost.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import yaml
from sqlalchemy import func, select

from monitor.storage import schema
from monitor.storage.store import Store

ROOT = Path(__file__).resolve().parents[1]
VOCAB = [f"woord{i}" for i in range(400)]
PER_FEED, FEEDS, COPIES = 300, 3, 60
START = datetime(2026, 11, 1, tzinfo=timezone.utc)

CLASSIFIER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from monitor.classify import classify_pending
    from monitor.storage.store import Store
    from tests.models.tiny import tiny_classifier

    url, done_flag, folder = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    classifier = tiny_classifier(folder)
    store = Store(url)
    total = 0
    while True:
        finished = done_flag.exists()  # read before classifying: what was stored before it is then seen
        report = classify_pending(store, classifier)
        total += report.classified + report.from_cache
        if finished and report.classified + report.from_cache == 0:
            break
        time.sleep(0.05)
    print(total)
    """
)


def _texts(rng: random.Random, n: int) -> list[str]:
    # Random words keep every text far from every other in SimHash, so only real copies dedupe.
    return ["Trapkracht " + " ".join(rng.sample(VOCAB, 14)) for _ in range(n)]


def _feed(name: str, texts: list[str]) -> str:
    items = "".join(
        f"<item><guid>{name}-{i}</guid><title></title><description>{t}</description>"
        f"<pubDate>{format_datetime(START + timedelta(minutes=i))}</pubDate></item>"
        for i, t in enumerate(texts)
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{name}</title>{items}</channel></rss>'


def _config(tmp_path: Path, url: str) -> Path:
    rng = random.Random(7)
    feeds = {f"f{k}": _texts(rng, PER_FEED) for k in range(FEEDS)}
    feeds["f1"][:COPIES] = feeds["f0"][:COPIES]  # syndicated copies under other ids: stored once
    sources = []
    for name, texts in feeds.items():
        (tmp_path / f"{name}.xml").write_text(_feed(name, texts), encoding="utf-8")
        sources.append({"name": name, "type": "feed", "url": f"{name}.xml", "brand": "Trapkracht"})
    config = {"brands": [{"name": "Trapkracht", "own": True}], "sources": sources, "storage": {"url": url}}
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def test_two_collectors_and_a_classifier_at_once_store_each_mention_once(tmp_path: Path, db_url: str) -> None:
    Store(db_url).close()  # schema created up front, as `repwatch db upgrade` would before workers start
    config = _config(tmp_path, db_url)
    done = tmp_path / "collectors-done"
    classifier = subprocess.Popen(
        [sys.executable, "-c", CLASSIFIER, db_url, str(done), str(tmp_path)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    collect = [sys.executable, "-m", "monitor.cli", "collect", "--config", str(config), "--no-classify", "--json"]
    collectors = [subprocess.Popen(collect, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                  for _ in range(2)]
    outputs = [p.communicate(timeout=240) for p in collectors]
    done.touch()
    classified_out, classified_err = classifier.communicate(timeout=240)

    for proc, (_stdout, stderr) in zip(collectors, outputs):
        assert proc.returncode == 0, stderr
    assert classifier.returncode == 0, classified_err
    reports = [json.loads(stdout.strip().splitlines()[-1])["sources"] for stdout, _ in outputs]
    unique = FEEDS * PER_FEED - COPIES
    new = sum(r[name]["new"] for r in reports for name in r)

    store = Store(db_url)
    try:
        m, c = schema.mentions, schema.classifications
        with store.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(m)).scalar_one() == unique
            assert conn.execute(select(func.count(func.distinct(m.c.dedup_key)))).scalar_one() == unique
            assert conn.execute(select(func.count()).select_from(c)).scalar_one() == unique
    finally:
        store.close()
    assert new == unique, f"each mention is stored by exactly one of the two runs: {reports}"
    assert int(classified_out.strip().splitlines()[-1]) >= unique
