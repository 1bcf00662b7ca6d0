"""Label corrections from the dashboard, kept as training data for the next sentiment head."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, select

from monitor.storage import schema
from monitor.storage.store import Store

LABELS = ("negative", "neutral", "positive")


@dataclass(frozen=True)
class FeedbackExample:
    id: int
    mention_id: int | None  # None once the mention itself was deleted; the example stays
    text: str
    language: str | None
    label: str  # the correct label, as a person said
    model_label: str | None  # what the model said
    model_version: str | None
    created_at: datetime
    created_by: str | None

    def training_record(self) -> dict[str, str]:
        """One line of a `repwatch train-sentiment --data` file."""
        record = {"text": self.text, "label": self.label}
        return record | ({"lang": self.language} if self.language else {})


def _full_text(title: str | None, text: str) -> str:
    # What the model read (monitor.classify.mention_text), without importing the model stack.
    title = (title or "").strip()
    return f"{title}\n{text}" if title and not text.startswith(title) else text


def record_feedback(store: Store, mention_id: int, label: str, by: str | None = None,
                    now: datetime | None = None) -> int:
    """Store a correction of one mention's sentiment with the text and the model's label; its id."""
    if label not in LABELS:
        raise ValueError(f"feedback label {label!r} is not one of {', '.join(LABELS)}")
    m, c = schema.mentions.c, schema.classifications.c
    with store.engine.begin() as conn:
        found = conn.execute(
            select(m.title, m.text, m.language, c.sentiment, c.model_version)
            .select_from(schema.mentions.outerjoin(schema.classifications, c.mention_id == m.id))
            .where(m.id == mention_id)
        ).one_or_none()
        if found is None:
            raise KeyError(f"mention {mention_id} does not exist")
        result = conn.execute(schema.feedback.insert().values(
            mention_id=mention_id, text=_full_text(found.title, found.text), language=found.language, label=label,
            model_label=found.sentiment, model_version=found.model_version,
            created_at=now or datetime.now(timezone.utc), created_by=by))
        return int(result.inserted_primary_key[0])


def feedback_examples(store: Store, latest_only: bool = True) -> list[FeedbackExample]:
    """Corrections oldest first; with `latest_only` the last word per mention (a person may change
    their mind), corrections of deleted mentions always kept."""
    f = schema.feedback.c
    query = select(schema.feedback).order_by(f.created_at, f.id)
    if latest_only:
        latest = select(func.max(f.id)).group_by(f.mention_id).where(f.mention_id.isnot(None))
        query = query.where(f.id.in_(latest) | f.mention_id.is_(None))
    with store.engine.connect() as conn:
        return [FeedbackExample(r.id, r.mention_id, r.text, r.language, r.label, r.model_label, r.model_version,
                                r.created_at, r.created_by) for r in conn.execute(query)]
