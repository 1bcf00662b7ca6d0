"""Personal data: purging mentions past `retention_days`, and erasing one person's mentions.

Mentions carry author names and profile links. Deleting a mention removes its classification,
topic rows and complaint status with it (foreign keys cascade), its label corrections (which keep
the text), and its place among an alert's example mentions; the daily rollups are corrected in
the same transaction, so no figure still counts what was erased.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection, Select, func, select

from monitor.storage import rollups, schema
from monitor.storage.store import Store, utcnow

_CHUNK = 500


@dataclass
class Erased:
    """What one purge or erasure removed, per kind of record."""

    mentions: int = 0
    feedback: int = 0
    alert_examples: int = 0
    by_source: dict[str, int] = field(default_factory=dict)

    def add(self, other: "Erased") -> None:
        self.mentions += other.mentions
        self.feedback += other.feedback
        self.alert_examples += other.alert_examples
        for name, n in other.by_source.items():
            self.by_source[name] = self.by_source.get(name, 0) + n


def purge_expired(store: Store, retention_days: int, now: datetime | None = None) -> Erased:
    """Delete mentions published more than `retention_days` ago, and older label corrections."""
    cutoff = (now or utcnow()) - timedelta(days=retention_days)
    m = schema.mentions.c
    erased = _erase(store, select(m.id).where(m.published_at < cutoff))
    with store.engine.begin() as conn:
        f = schema.feedback
        erased.feedback += conn.execute(f.delete().where(f.c.created_at < cutoff)).rowcount or 0
    return erased


def forget_author(store: Store, author: str, source: str | None = None) -> Erased:
    """Erase every mention by `author` (case-insensitive, exact name), optionally in one source only."""
    m, s = schema.mentions.c, schema.sources.c
    query = select(m.id).where(func.lower(m.author) == author.strip().lower())
    if source is not None:
        query = query.where(m.source_id.in_(select(s.id).where(s.name == source)))
    return _erase(store, query)


def _erase(store: Store, ids_query: Select) -> Erased:
    erased = Erased()
    while True:
        with store.engine.begin() as conn:
            ids = list(conn.execute(ids_query.limit(_CHUNK)).scalars())
            if not ids:
                return erased
            erased.add(_erase_chunk(conn, ids))


def _erase_chunk(conn: Connection, ids: Sequence[int]) -> Erased:
    m, s, f = schema.mentions, schema.sources, schema.feedback
    by_source = dict(
        conn.execute(
            select(s.c.name, func.count()).select_from(m.join(s)).where(m.c.id.in_(ids)).group_by(s.c.name)
        ).all()
    )
    rollups.apply_delete(conn, ids)
    feedback = conn.execute(f.delete().where(f.c.mention_id.in_(ids))).rowcount or 0
    examples = _drop_alert_examples(conn, set(ids))
    mentions = conn.execute(m.delete().where(m.c.id.in_(ids))).rowcount or 0
    return Erased(mentions, feedback, examples, {str(k): int(v) for k, v in by_source.items()})


def _drop_alert_examples(conn: Connection, ids: set[int]) -> int:
    """Remove erased mentions from the example lists stored in alerts' causes."""
    a = schema.alerts
    removed = 0
    for alert_id, cause in conn.execute(select(a.c.id, a.c.cause)).all():
        data = json.loads(cause or "{}")
        examples = data.get("examples") or []
        kept = [e for e in examples if e.get("mention_id") not in ids]
        if len(kept) != len(examples):
            removed += len(examples) - len(kept)
            data["examples"] = kept
            conn.execute(a.update().where(a.c.id == alert_id).values(cause=json.dumps(data, ensure_ascii=False)))
    return removed
