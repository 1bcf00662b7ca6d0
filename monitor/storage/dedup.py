"""Duplicate checks that a unique constraint cannot express: near-copies (SimHash) and lookups.

Texts within NEAR_DUPLICATE_BITS of each other share at least one of the four 16-bit bands
(pigeonhole), so only rows of the same brand matching a band within the time window, found
through the (brand, band, time) indexes, are compared bit by bit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import Column, CompoundSelect, Connection, select, union_all

from monitor.storage import schema
from monitor.text import hamming

NEAR_DUPLICATE_BITS = 3  # SimHash bits two texts may differ in and still be one story
NEAR_DUPLICATE_WINDOW = timedelta(days=7)


def near_copy_stored(conn: Connection, row: dict[str, Any]) -> bool:
    """A stored mention of the row's brand, within the window, at most NEAR_DUPLICATE_BITS away."""
    if row["simhash"] is None:
        return False
    candidates = conn.execute(near_copy_candidates(row)).scalars()
    return any(other is not None and hamming(row["simhash"], other) <= NEAR_DUPLICATE_BITS for other in candidates)


def near_copy_candidates(row: dict[str, Any]) -> CompoundSelect:
    """The SimHashes of the brand's mentions in the window that share a band with the row.

    One select per band, not one with OR: each then reads its own (brand, band, time) index
    range, where SQLite would otherwise pick the (brand, time) index and read the whole window.
    """
    m = schema.mentions.c
    when = row["published_at"]
    return union_all(*(
        select(m.simhash).where(
            m.brand == row["brand"],
            m[f"sim_band{i}"] == row[f"sim_band{i}"],
            m.published_at.between(when - NEAR_DUPLICATE_WINDOW, when + NEAR_DUPLICATE_WINDOW),
        )
        for i in range(schema.SIM_BANDS)
    ))


def stored_values(conn: Connection, source_id: int, column: Column[Any], values: Sequence[str]) -> set[str]:
    """Which of `values` the source already has in `column` (external keys, normalized links)."""
    if not values:
        return set()
    m = schema.mentions.c
    return set(conn.execute(select(column).where(m.source_id == source_id, column.in_(list(values)))).scalars())
