"""Tables, in SQLAlchemy Core so the same code serves SQLite and PostgreSQL.

Uniqueness lives in constraints, not in Python checks: a mention is unique on (source, external
key) and, across sources, on its dedup key (hash of the normalized text of a long enough text).
Near-copies (a few words edited) are found by SimHash: the 64-bit hash is stored with its four
16-bit bands, each indexed with the brand, so the candidates for a Hamming distance of at most 3
(which must share a band, by pigeonhole) are found by index lookups, not a scan.
Classification results live in their own table keyed by mention so a model change re-labels
without touching what was collected.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)

SCHEMA_VERSION = 2
SIM_BANDS = 4  # 16-bit bands of the 64-bit SimHash


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC in and out; SQLite would otherwise hand back naive datetimes."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use UTC-aware datetimes")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)

metadata = MetaData()

meta = Table(
    "repwatch_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("type", String(40), nullable=False),
    Column("target", Text, nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("cursor", Text),
    Column("last_fetch_at", UTCDateTime()),
    Column("last_success_at", UTCDateTime()),
    Column("last_error", Text),
    Column("last_error_at", UTCDateTime()),
    Column("consecutive_failures", Integer, nullable=False, default=0),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    Column("brand", String(200), nullable=False),
    Column("external_key", Text, nullable=False),
    Column("url", Text),
    Column("author", Text),
    Column("title", Text, nullable=False, default=""),
    Column("text", Text, nullable=False),
    Column("language", String(8)),
    Column("language_hint", String(8)),
    Column("published_at", UTCDateTime(), nullable=False),
    Column("published_estimated", Boolean, nullable=False, default=False),
    Column("collected_at", UTCDateTime(), nullable=False),
    Column("rating", Float),
    Column("rating_max", Float),
    Column("content_hash", String(64), nullable=False),
    Column("dedup_key", String(64)),
    # Schema version 2:
    Column("simhash", BigInteger),  # signed, as both SQLite and PostgreSQL store 64-bit integers
    *(Column(f"sim_band{i}", Integer) for i in range(SIM_BANDS)),
    Column("url_key", Text),  # normalized link: the same item behind different tracking parameters
    Column("app_version", String(64)),
    UniqueConstraint("source_id", "external_key", name="uq_mentions_source_key"),
    UniqueConstraint("dedup_key", name="uq_mentions_dedup"),
    Index("ix_mentions_brand_published", "brand", "published_at"),
    Index("ix_mentions_published", "published_at"),
    Index("ix_mentions_content_hash", "content_hash"),
    *(Index(f"ix_mentions_sim_band{i}", "brand", f"sim_band{i}") for i in range(SIM_BANDS)),
    Index("ix_mentions_source_url", "source_id", "url_key"),
)

V2_COLUMNS = ("simhash", *(f"sim_band{i}" for i in range(SIM_BANDS)), "url_key", "app_version")
V2_INDEXES = (*(f"ix_mentions_sim_band{i}" for i in range(SIM_BANDS)), "ix_mentions_source_url")


def simhash_columns(value: int | None) -> dict[str, int | None]:
    """The unsigned 64-bit hash as stored: signed 64-bit, and its four bands."""
    if value is None:
        return {"simhash": None, **{f"sim_band{i}": None for i in range(SIM_BANDS)}}
    signed = value - (1 << 64) if value >= 1 << 63 else value
    return {"simhash": signed, **{f"sim_band{i}": (value >> (16 * i)) & 0xFFFF for i in range(SIM_BANDS)}}

classifications = Table(
    "classifications",
    metadata,
    Column("mention_id", Integer, ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
    Column("sentiment", String(10), nullable=False),
    Column("score", Float, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("topics", Text, nullable=False, default="[]"),
    Column("sentences", Text, nullable=False, default="[]"),
    Column("model_version", String(200), nullable=False),
    Column("classified_at", UTCDateTime(), nullable=False),
    Index("ix_classifications_sentiment", "sentiment"),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("run_id", String(36), nullable=False),
    Column("source", String(200), nullable=False),
    Column("started_at", UTCDateTime(), nullable=False),
    Column("finished_at", UTCDateTime()),
    Column("status", String(16), nullable=False),
    Column("fetched", Integer, nullable=False, default=0),
    Column("new", Integer, nullable=False, default=0),
    Column("duplicates", Integer, nullable=False, default=0),
    Column("seen", Integer, nullable=False, default=0),
    Column("skipped", Integer, nullable=False, default=0),
    Column("error", Text),
    Index("ix_runs_source_started", "source", "started_at"),
)
