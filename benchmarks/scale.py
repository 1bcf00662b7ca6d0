"""Scale: ingest, classification and dashboard figures at N synthetic mentions, SQLite or PostgreSQL.

    python benchmarks/scale.py --backend sqlite --mentions 100000
    python benchmarks/scale.py --backend postgresql --mentions 1000000 [--url postgresql+psycopg://...]

1. N mentions are generated in time order over `--days` with dashboard_latency's brand, source
   (3 of 8 star-rated) and language mix. Each text is a real text (classify_throughput's pool:
   ../shared/eval, else the demo feeds) with about a third of its words replaced by words of
   other texts, so lengths are real and no two texts are copies or near-copies (dedup keeps all).
2. Ingest: the last `--ingest` mentions (all of them when N is smaller) go through the real
   `Store.add_mentions` (seen, dedup and SimHash checks) in chunks of 500 per source, as a collect
   run does; the ones before them are bulk-loaded first (same columns; a random 64-bit value in
   place of the SimHash, which is what distinct texts look like to the band indexes), so the
   measured ingest runs against a database that already holds N - ingest mentions.
3. Classification: the real embedded model on `--sample` stored mentions per run, once in one
   worker process and once in two; the processes share the database and classify disjoint id
   ranges; each sets torch threads to cores / processes; time from start signal to the last one
   done (model loading excluded).
4. Dashboard: every other mention gets a synthetic label (bulk insert), rollups are rebuilt, and
   dashboard_latency's page data is timed for the last 30 and 120 days (slowest of three runs).

For PostgreSQL a fresh database is created on the server of --url (or REPWATCH_TEST_PG_URL) and
dropped afterwards. Last line:
RESULT backend=.. mentions=.. ingest_per_s=.. classify_per_s_1w=.. classify_per_s_2w=.. worst_page_s=..
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from _seed import BRANDS, END, LANGUAGES, SOURCES, ZONE, synthetic_label, synthetic_topics, weighted
from sqlalchemy import bindparam, create_engine, insert, select, update
from sqlalchemy.engine import make_url

from monitor.collectors.base import MentionRecord
from monitor.storage import rollups, schema
from monitor.storage.store import NewMention, Store
from monitor.text import content_hash, dedup_key, normalize_url

PG_ENV = "REPWATCH_TEST_PG_URL"
CHUNK = 500  # monitor.pipeline.CHUNK: a collect run stores a source's items 500 at a time
BULK = 5000


@dataclass(slots=True)
class Planned:
    """One synthetic mention and the label the dashboard part gives it if the model does not."""

    index: int
    source: int
    item: NewMention
    language: str
    sentiment: str
    score: float
    topics: list[tuple[str, str, float]]


def text_pool() -> tuple[list[str], list[str], str]:
    from classify_throughput import real_texts

    pool, origin = real_texts(10**7)
    vocabulary = sorted({w for t in pool for w in t.split()})
    return pool, vocabulary, origin


def vary(text: str, rng: random.Random, vocabulary: list[str]) -> str:
    """About a third of the words replaced (at least three): a distinct text of the same length."""
    words = text.split()
    forced = set(rng.sample(range(len(words)), min(3, len(words))))
    return " ".join(rng.choice(vocabulary) if i in forced or rng.random() < 0.3 else w for i, w in enumerate(words))


def plan(n: int, days: int, rng: random.Random, pool: list[str], vocabulary: list[str]) -> Iterator[Planned]:
    brands, languages = weighted(BRANDS), weighted(LANGUAGES)
    start, span = END - timedelta(days=days), days * 86400
    for i, offset in enumerate(sorted(rng.random() * span for _ in range(n))):
        src = rng.randrange(len(SOURCES))
        name, scale = SOURCES[src]
        sentiment, score, rating = synthetic_label(rng, scale)
        published = start + timedelta(seconds=offset)
        record = MentionRecord(
            external_key=f"s{i}", text=vary(rng.choice(pool), rng, vocabulary),
            url=f"https://{name}.example.org/item/{i}?utm_source=feed", author=f"user{rng.randrange(n // 3 + 1)}",
            published_at=published, rating=rating, rating_max=scale,
        )
        brand = rng.choice(brands)
        yield Planned(i, src, NewMention(record, brand, published, False), rng.choice(languages),
                      sentiment, score, synthetic_topics(rng, sentiment, score))


# -- loading ----------------------------------------------------------------------------------------

def bulk_load(store: Store, source_ids: list[int], planned: list[Planned], rng: random.Random) -> None:
    """Insert without the per-item checks: for the part of N that is not the measured ingest."""
    rows = [_bulk_row(source_ids[p.source], p, rng.getrandbits(64)) for p in planned]
    with store.engine.begin() as conn:
        for chunk in range(0, len(rows), BULK):
            conn.execute(insert(schema.mentions), rows[chunk:chunk + BULK])


def _bulk_row(source_id: int, p: Planned, fake_simhash: int) -> dict[str, object]:
    """Store._row's columns; the SimHash (0.4 ms of pure Python a text) replaced by a random value."""
    rec = p.item.record
    return dict(
        source_id=source_id, brand=p.item.brand, external_key=rec.external_key, url=rec.url, author=rec.author,
        title=rec.title, text=rec.text, language=p.language, language_hint=None, published_at=p.item.published_at,
        published_estimated=False, collected_at=END, rating=rec.rating, rating_max=rec.rating_max,
        content_hash=content_hash(rec.title, rec.text), dedup_key=dedup_key(rec.title, rec.text),
        url_key=normalize_url(rec.url), app_version=None, **schema.simhash_columns(fake_simhash),
    )


def ingest(store: Store, source_ids: list[int], planned: list[Planned]) -> tuple[float, int, int]:
    """Seconds, new and duplicates through Store.add_mentions, 500 per source at a time."""
    buffers: dict[int, list[NewMention]] = {}
    new = duplicates = 0
    t0, cpu0 = time.perf_counter(), time.process_time()
    for p in planned:
        buffer = buffers.setdefault(p.source, [])
        buffer.append(p.item)
        if len(buffer) == CHUNK:
            added = store.add_mentions(source_ids[p.source], buffer)
            new, duplicates, buffers[p.source] = new + added.new, duplicates + added.duplicates, []
    for src, buffer in buffers.items():
        added = store.add_mentions(source_ids[src], buffer)
        new, duplicates = new + added.new, duplicates + added.duplicates
    print(f"  ingest CPU in this process: {time.process_time() - cpu0:.1f} s (the server's, for PostgreSQL, not counted)", flush=True)
    return time.perf_counter() - t0, new, duplicates


def label_rest(store: Store, planned_by_key: dict[str, Planned]) -> int:
    """Synthetic classifications for every mention the model did not label, as dashboard_latency does."""
    m, c = schema.mentions, schema.classifications
    query = select(m.c.id, m.c.external_key).select_from(m.outerjoin(c, c.c.mention_id == m.c.id)).where(c.c.mention_id.is_(None))
    with store.engine.connect() as conn:
        todo = [(mid, planned_by_key[key]) for mid, key in conn.execute(query)]
    labels = [{"mention_id": mid, "sentiment": p.sentiment, "score": p.score, "confidence": 0.8, "topics": "[]",
               "sentences": "[]", "model_version": "bench", "classified_at": END} for mid, p in todo]
    topics = [{"mention_id": mid, "topic": t, "sentiment": s, "score": sc, "similarity": 0.5}
              for mid, p in todo for t, s, sc in p.topics]
    languages = [{"mid": mid, "lang": p.language} for mid, p in todo]
    with store.engine.begin() as conn:
        for chunk in range(0, len(labels), BULK):
            conn.execute(insert(c), labels[chunk:chunk + BULK])
        for chunk in range(0, len(topics), BULK):
            conn.execute(insert(schema.mention_topics), topics[chunk:chunk + BULK])
        # Ingested mentions have no language until classified; the dashboard breaks down by it.
        set_language = update(m).where(m.c.id == bindparam("mid"), m.c.language.is_(None)).values(language=bindparam("lang"))
        for chunk in range(0, len(languages), BULK):
            conn.execute(set_language, languages[chunk:chunk + BULK])
    return len(todo)


# -- classification: worker processes over disjoint id ranges ----------------------------------------

def worker(url: str, lo: int, hi: int, threads: int) -> None:
    """Load the model, say ready, wait for the go line, classify ids lo..hi, print what it did as JSON."""
    from models.classifier import Classifier
    from models.encoder import E5Encoder
    from monitor.classify import BATCH, _copy, _row, mention_text
    from monitor.config import ModelConfig
    from monitor.storage.store import ClassificationStore

    config = ModelConfig()  # the product's defaults: precision auto, batch 32
    encoder = E5Encoder(batch_size=config.batch_size, precision=config.precision, num_threads=threads).load()
    classifier = Classifier(config.settings()).load(encoder=encoder)
    from classify_throughput import real_texts

    classifier.classify(real_texts(64)[0])  # warm-up: the first batches pay one-off kernel setup
    store = Store(url, migrate_schema=False)
    results = ClassificationStore(store, classifier.version)
    print(json.dumps({"ready": True, "precision": encoder.precision_}), flush=True)
    sys.stdin.readline()
    t0, cpu0, done = time.perf_counter(), time.process_time(), 0
    # classify_pending's loop, with the pending query limited to this worker's id range.
    while batch := _pending_in_range(store, classifier.version, lo, hi, BATCH):
        cache = results.cached(r["content_hash"] for r in batch)
        todo = list({r["content_hash"]: r for r in reversed(batch) if r["content_hash"] not in cache}.values())
        labelled = classifier.classify([mention_text(r["title"], r["text"]) for r in todo], [r["language_hint"] for r in todo])
        cache |= {r["content_hash"]: _row(r["id"], res) for r, res in zip(todo, labelled)}
        results.save([_copy(r["id"], cache[r["content_hash"]]) for r in batch])
        done += len(batch)
    print(json.dumps({"classified": done, "seconds": time.perf_counter() - t0, "cpu": time.process_time() - cpu0}), flush=True)
    store.close()


def _pending_in_range(store: Store, version: str, lo: int, hi: int, limit: int) -> list[dict[str, object]]:
    m, c = schema.mentions, schema.classifications
    query = (
        select(m.c.id, m.c.title, m.c.text, m.c.language_hint, m.c.content_hash)
        .select_from(m.outerjoin(c, c.c.mention_id == m.c.id))
        .where(m.c.id.between(lo, hi), (c.c.mention_id.is_(None)) | (c.c.model_version != version))
        .order_by(m.c.id).limit(limit)
    )
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def classify_rate(url: str, ids: list[int], processes: int) -> tuple[float, str]:
    """Mentions per second over `ids` split into `processes` contiguous id ranges, and the precision."""
    import subprocess

    cores = len(os.sched_getaffinity(0))
    threads = max(1, cores // processes)
    parts = [ids[k * len(ids) // processes:(k + 1) * len(ids) // processes] for k in range(processes)]
    env = os.environ | {"OMP_NUM_THREADS": str(threads)}
    procs = [subprocess.Popen([sys.executable, __file__, "_worker", url, str(p[0]), str(p[-1]), str(threads)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env) for p in parts]
    try:
        ready = [json.loads(_last_json_line(p)) for p in procs]
        t0 = time.perf_counter()
        for p in procs:
            p.stdin.write("go\n")  # type: ignore[union-attr]
            p.stdin.flush()  # type: ignore[union-attr]
        reports = [json.loads(_last_json_line(p)) for p in procs]
        wall = time.perf_counter() - t0
        for p in procs:
            if p.wait(timeout=60) != 0:
                raise RuntimeError(f"classification worker exited with {p.returncode}")
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    total = sum(r["classified"] for r in reports)
    if total != len(ids):
        raise RuntimeError(f"{processes} workers classified {total} of {len(ids)} sampled mentions")
    per = ", ".join(f"{r['classified']} in {r['seconds']:.1f} s" for r in reports)
    cpu = sum(r["cpu"] for r in reports)
    print(f"  {processes} worker(s) x {threads} torch thread(s), {ready[0]['precision']}: {total} mentions in "
          f"{wall:.1f} s = {total / wall:.1f}/s ({per}); {cpu:.0f} CPU-s = {total / cpu:.1f} per CPU-second", flush=True)
    return total / wall, ready[0]["precision"]


def _last_json_line(proc: object) -> str:
    for line in proc.stdout:  # type: ignore[attr-defined]
        if line.startswith("{"):
            return line
    raise RuntimeError("classification worker ended without reporting (see its stderr above)")


# -- databases --------------------------------------------------------------------------------------

@contextmanager
def database(backend: str, url: str | None, folder: Path) -> Iterator[str]:
    """A fresh database: a file in `folder`, or a new PostgreSQL database dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'scale.db'}"
        return
    admin_url = url or os.environ.get(PG_ENV)
    if not admin_url:
        sys.exit(f"scale.py: --backend postgresql needs --url or {PG_ENV} "
                 "(e.g. postgresql+psycopg://postgres@127.0.0.1:55432/postgres)")
    name = f"repwatch_scale_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        try:
            yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


def analyze(store: Store) -> None:
    """Fresh planner statistics, as autovacuum / a nightly ANALYZE would give a live database."""
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE" if store.engine.dialect.name == "postgresql" else "ANALYZE")


def size_mb(store: Store, url: str) -> float:
    with store.engine.connect() as conn:
        if store.engine.dialect.name == "postgresql":
            return int(conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar_one()) / 1e6
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return Path(url.removeprefix("sqlite:///")).stat().st_size / 1e6


# -- the run ----------------------------------------------------------------------------------------

@dataclass
class Figures:
    ingest_per_s: float
    classify_1w: float
    classify_2w: float
    worst_page_s: float


def run(args: argparse.Namespace, url: str) -> Figures:
    from dashboard_latency import worst_pages

    print(f"load average at the start: {os.getloadavg()[0]:.1f} on {len(os.sched_getaffinity(0))} cores", flush=True)
    rng = random.Random(args.mentions)
    pool, vocabulary, origin = text_pool()
    t0 = time.perf_counter()
    planned = list(plan(args.mentions, args.days, rng, pool, vocabulary))
    measured = min(args.ingest, args.mentions)
    print(f"{args.mentions} mentions over {args.days} days, texts varied from {len(pool)} real texts ({origin}); "
          f"generated in {time.perf_counter() - t0:.1f} s", flush=True)
    store = Store(url)
    try:
        source_ids = [store.ensure_source(name, "feed", "bench") for name, _ in SOURCES]
        bulk = planned[:args.mentions - measured]
        if bulk:
            t0 = time.perf_counter()
            bulk_load(store, source_ids, bulk, random.Random(1))
            analyze(store)
            print(f"bulk-loaded the first {len(bulk)} (not measured as ingest) in {time.perf_counter() - t0:.1f} s", flush=True)
        seconds, new, duplicates = ingest(store, source_ids, planned[len(bulk):])
        ingest_per_s = measured / seconds
        print(f"ingest through Store.add_mentions, {CHUNK} per source at a time, into {len(bulk)} stored: "
              f"{measured} in {seconds:.1f} s = {ingest_per_s:.0f}/s ({new} new, {duplicates} duplicates)", flush=True)
        analyze(store)
        ids = _newest_ids(store, 2 * args.sample)
        print(f"classification, real embedded model, {args.sample} stored mentions per run:", flush=True)
        rate_1w, _ = classify_rate(url, ids[:args.sample], 1)
        rate_2w, _ = classify_rate(url, ids[args.sample:], 2)
        t0 = time.perf_counter()
        labelled = label_rest(store, {p.item.record.external_key: p for p in planned})
        del planned
        with store.engine.begin() as conn:
            rollups.rebuild(conn, ZONE, 0.6)
        analyze(store)
        print(f"synthetic labels for the other {labelled}, rollups rebuilt, in {time.perf_counter() - t0:.1f} s", flush=True)
        print("dashboard page data (slowest of 3 runs):", flush=True)
        worst = worst_pages(store)
        required = {k: v for k, v in worst.items() if k != "mentions_text"}
        slowest = max(required, key=lambda k: required[k])
        print(f"  worst page {slowest} {required[slowest]:.3f} s; free-text search {worst['mentions_text']:.3f} s", flush=True)
        print(f"database size: {size_mb(store, url):.0f} MB for {store.count_mentions()} mentions", flush=True)
    finally:
        store.close()
    return Figures(ingest_per_s, rate_1w, rate_2w, required[slowest])


def _newest_ids(store: Store, n: int) -> list[int]:
    m = schema.mentions.c
    with store.engine.connect() as conn:
        return sorted(conn.execute(select(m.id).order_by(m.id.desc()).limit(n)).scalars())


def main() -> None:
    if len(sys.argv) == 6 and sys.argv[1] == "_worker":
        worker(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", required=True, choices=["sqlite", "postgresql"])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--url", help=f"PostgreSQL server to create the run's database on (default ${PG_ENV})")
    parser.add_argument("--days", type=int, default=400, help="days the mentions are spread over")
    parser.add_argument("--ingest", type=int, default=100_000, help="the last this many go through add_mentions")
    parser.add_argument("--sample", type=int, default=1000, help="mentions classified per classification run")
    args = parser.parse_args()
    if args.mentions < 2 * args.sample:
        parser.error(f"--mentions must be at least twice --sample ({2 * args.sample})")
    with tempfile.TemporaryDirectory(prefix="repwatch-scale-") as tmp, database(args.backend, args.url, Path(tmp)) as url:
        f = run(args, url)
    print(f"load average at the end (1, 5, 15 min): {' '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {len(os.sched_getaffinity(0))} cores", flush=True)
    print(f"RESULT backend={args.backend} mentions={args.mentions} ingest_per_s={f.ingest_per_s:.0f} "
          f"classify_per_s_1w={f.classify_1w:.1f} classify_per_s_2w={f.classify_2w:.1f} worst_page_s={f.worst_page_s:.3f}")


if __name__ == "__main__":
    main()
