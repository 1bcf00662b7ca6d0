"""The labels a user already has: star ratings of their reviews and corrections from the dashboard.

Stars map to sentiment as review platforms mean them: 1-2 negative, 3 neutral, 4-5 positive
(ratings on another scale are brought to five stars first, then rounded, half up). A correction
is a person's word on one mention and overrides its stars; corrections of mentions that have
since been deleted still count.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import select

from models.labelled import Example
from monitor.analytics.feedback import feedback_examples
from monitor.classify import mention_text
from monitor.storage import schema
from monitor.storage.store import Store


@dataclass(frozen=True)
class UserLabel:
    mention_id: int | None
    text: str
    language: str | None
    label: str
    origin: str  # "stars" or "correction"

    def example(self) -> Example:
        return Example(self.text, self.label, self.language or "und")


def stars_label(rating: float, rating_max: float | None) -> str | None:
    """1-2 stars negative, 3 neutral, 4-5 positive; None for a rating that is not a number of stars."""
    scale = rating_max if rating_max and rating_max > 0 else 5.0
    if not math.isfinite(rating) or rating <= 0 or rating > scale:
        return None
    stars = math.floor(rating / scale * 5 + 0.5)
    return "negative" if stars <= 2 else "neutral" if stars == 3 else "positive"


def star_labels(store: Store) -> list[UserLabel]:
    m = schema.mentions.c
    query = select(m.id, m.title, m.text, m.language, m.rating, m.rating_max).where(m.rating.isnot(None)).order_by(m.id)
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    out = []
    for row in rows:
        label = stars_label(row.rating, row.rating_max)
        text = mention_text(row.title, row.text)
        if label and text.strip():
            out.append(UserLabel(row.id, text, row.language, label, "stars"))
    return out


def user_labels(store: Store) -> list[UserLabel]:
    """Every labelled mention once: the latest correction where there is one, else its stars."""
    corrections = [UserLabel(f.mention_id, f.text, f.language, f.label, "correction")
                   for f in feedback_examples(store) if f.text.strip()]
    corrected = {c.mention_id for c in corrections if c.mention_id is not None}
    return [s for s in star_labels(store) if s.mention_id not in corrected] + corrections
