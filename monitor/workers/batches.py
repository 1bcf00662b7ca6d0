"""The classify step for a given list of mention ids: what one classify task does.

A task may run twice (redelivered after its worker died, or enqueued again by a restarted
scheduler), so it classifies only those of its ids that this model version has not labelled
yet, reading them again just before saving: a copy that ran meanwhile leaves nothing to save.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from models.classifier import Classifier
from monitor.classify import ClassifyReport, _copy, _row, mention_text, record_share_correction
from monitor.storage import schema
from monitor.storage.store import ClassificationStore, Store


def still_pending(store: Store, model_version: str, ids: Sequence[int]) -> list[dict[str, Any]]:
    """The mentions among `ids` with no classification by this model version (deleted ones drop out)."""
    m, c = schema.mentions, schema.classifications
    query = (
        select(m.c.id, m.c.title, m.c.text, m.c.language_hint, m.c.content_hash)
        .select_from(m.outerjoin(c, c.c.mention_id == m.c.id))
        .where(m.c.id.in_(list(ids)), (c.c.mention_id.is_(None)) | (c.c.model_version != model_version))
        .order_by(m.c.id)
    )
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def pending_ids(store: Store, model_version: str | None, after: int = 0, limit: int = 100_000) -> list[int]:
    """Ids above `after` that need a label: none at all, or (with a version) none by that version."""
    m, c = schema.mentions, schema.classifications
    needs = c.c.mention_id.is_(None)
    if model_version is not None:
        needs = needs | (c.c.model_version != model_version)
    query = (select(m.c.id).select_from(m.outerjoin(c, c.c.mention_id == m.c.id))
             .where(m.c.id > after, needs).order_by(m.c.id).limit(limit))
    with store.engine.connect() as conn:
        return [int(i) for i in conn.execute(query).scalars()]


def classify_ids(store: Store, classifier: Classifier, ids: Sequence[int]) -> ClassifyReport:
    """Label those of `ids` that still need it, in one transaction; a second run saves nothing."""
    report = ClassifyReport(model_version=classifier.version)
    rows = still_pending(store, classifier.version, ids)
    if not rows:
        return report
    results = ClassificationStore(store, classifier.version)
    record_share_correction(store, classifier)
    cache = results.cached(r["content_hash"] for r in rows)
    todo = list({r["content_hash"]: r for r in reversed(rows) if r["content_hash"] not in cache}.values())
    labelled = classifier.classify([mention_text(r["title"], r["text"]) for r in todo], [r["language_hint"] for r in todo])
    cache |= {r["content_hash"]: _row(r["id"], res) for r, res in zip(todo, labelled)}
    # The model pass took a while: a copy of this task may have saved meanwhile. Save only what is
    # still unlabelled, so a mention is never counted twice in the rollups.
    left = {r["id"] for r in still_pending(store, classifier.version, [r["id"] for r in rows])}
    results.save([_copy(r["id"], cache[r["content_hash"]]) for r in rows if r["id"] in left])
    report.classified = len([r for r in todo if r["id"] in left])
    report.from_cache = len(left) - report.classified
    return report
