"""Duplicate checks that a unique constraint cannot express: near-copies (SimHash) and lookups.

Texts within NEAR_DUPLICATE_BITS of each other share at least one of the four 16-bit bands
(pigeonhole), so only rows of the same brand matching a band, found through the band indexes and
limited to a time window, are compared bit by bit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import Column, Connection, or_, select

from monitor.storage import schema
from monitor.text import hamming

NEAR_DUPLICATE_BITS = 3  # SimHash bits two texts may differ in and still be one story
NEAR_DUPLICATE_WINDOW = timedelta(days=7)


def near_copy_stored(conn: Connection, row: dict[str, Any]) -> bool:
    """A stored mention of the row's brand, within the window, at most NEAR_DUPLICATE_BITS away."""
    if row["simhash"] is None:
        return False
    m = schema.mentions.c
    bands = [m[f"sim_band{i}"] == row[f"sim_band{i}"] for i in range(schema.SIM_BANDS)]
    when = row["published_at"]
    candidates = conn.execute(
        select(m.simhash).where(
            m.brand == row["brand"],
            or_(*bands),
            m.published_at.between(when - NEAR_DUPLICATE_WINDOW, when + NEAR_DUPLICATE_WINDOW),
        )
    ).scalars()
    return any(other is not None and hamming(row["simhash"], other) <= NEAR_DUPLICATE_BITS for other in candidates)


def stored_values(conn: Connection, source_id: int, column: Column[Any], values: Sequence[str]) -> set[str]:
    """Which of `values` the source already has in `column` (external keys, normalized links)."""
    if not values:
        return set()
    m = schema.mentions.c
    return set(conn.execute(select(column).where(m.source_id == source_id, column.in_(list(values)))).scalars())
