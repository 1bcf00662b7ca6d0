"""The classify step: label every stored mention the current model has not labelled yet.

Results are cached by content hash: a text this model already labelled (a copy, a re-post) is
never run through the model again.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from monitor.storage import schema
from monitor.storage.store import ClassificationStore, Store, utcnow

if TYPE_CHECKING:  # the model stack loads only where a classifier is made, so counting stays light
    from models.classifier import Classification, Classifier

BATCH = 256


@dataclass
class ClassifyReport:
    classified: int = 0
    from_cache: int = 0
    model_version: str = ""


def mention_text(title: str | None, text: str) -> str:
    """Title and body as one text; a title the body already starts with is not repeated."""
    title = (title or "").strip()
    return f"{title}\n{text}" if title and not text.startswith(title) else text


def _row(mention_id: int, result: Classification) -> dict[str, Any]:
    return {
        "mention_id": mention_id,
        "sentiment": result.sentiment.label,
        "score": result.sentiment.score,
        "confidence": result.sentiment.confidence,
        "topics": json.dumps([t.to_json() for t in result.topics], ensure_ascii=False),
        "sentences": json.dumps([s.to_json() for s in result.sentences], ensure_ascii=False),
        "model_version": result.model_version,
        "classified_at": utcnow(),
        "language": result.language.code,
    }


def _copy(mention_id: int, cached: dict[str, Any]) -> dict[str, Any]:
    keep = ("sentiment", "score", "confidence", "topics", "sentences", "model_version", "language")
    return {"mention_id": mention_id, "classified_at": utcnow(), **{k: cached[k] for k in keep}}


def count_unlabelled(store: Store) -> int:
    """Mentions no model has labelled yet: whether a collect run needs the model at all."""
    m, c = schema.mentions, schema.classifications
    query = select(func.count()).select_from(m.outerjoin(c, c.c.mention_id == m.c.id)).where(c.c.mention_id.is_(None))
    with store.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def record_share_correction(store: Store, classifier: Classifier) -> None:
    """Keep the labelling head's known errors with the labels, so the analytics correct the
    shares with them (monitor/analytics/shares.py); written only when they changed."""
    from monitor.analytics.shares import read_correction, write_correction

    correction = getattr(classifier.sentiment_, "share_correction_", None)
    with store.engine.connect() as conn:
        stored = read_correction(conn)
    same = (None if stored is None else stored.to_metadata()) == (None if correction is None else correction.to_metadata())
    if same:
        return
    with store.engine.begin() as conn:
        write_correction(conn, correction)


def classify_pending(
    store: Store,
    classifier: Classifier,
    limit: int | None = None,
    on_batch: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> ClassifyReport:
    """Classify pending mentions in batches; each batch is committed on its own.

    `stop` is asked before each batch: a stop request ends the run between two commits, and what
    is left is classified by the next run.
    """
    results = ClassificationStore(store, classifier.version)
    report = ClassifyReport(model_version=classifier.version)
    record_share_correction(store, classifier)
    total = results.count_pending() if limit is None else min(limit, results.count_pending())
    while report.classified + report.from_cache < total:
        if stop is not None and stop():
            break
        batch = results.pending(min(BATCH, total - report.classified - report.from_cache))
        if not batch:
            break
        cache = results.cached(r["content_hash"] for r in batch)
        todo = list({r["content_hash"]: r for r in reversed(batch) if r["content_hash"] not in cache}.values())
        labelled = classifier.classify([mention_text(r["title"], r["text"]) for r in todo],
                                       [r["language_hint"] for r in todo])
        cache |= {r["content_hash"]: _row(r["id"], res) for r, res in zip(todo, labelled)}
        results.save([_copy(r["id"], cache[r["content_hash"]]) for r in batch])
        report.classified += len(todo)
        report.from_cache += len(batch) - len(todo)
        if on_batch:
            on_batch(report.classified + report.from_cache, total)
    return report
