"""Tables, in SQLAlchemy Core so the same code serves SQLite and PostgreSQL.

Uniqueness lives in constraints, not in Python checks: a mention is unique on (source, external
key) and, across sources, on its dedup key (hash of the normalized text of a long enough text).
Near-copies (a few words edited) are found by SimHash: the 64-bit hash is stored with its four
16-bit bands, each indexed with the brand, so the candidates for a Hamming distance of at most 3
(which must share a band, by pigeonhole) are found by index lookups, not a scan.
Classification results live in their own table keyed by mention so a model change re-labels
without touching what was collected.

Schema version 3 adds what the analytics, the dashboard and the alerts work on: one row per
(mention, topic) so per-topic figures are SQL aggregates rather than JSON parsing, label
corrections kept for retraining, the handled state of the complaint queue, detected alerts, and
the outbox through which every e-mail and chat message leaves exactly once.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
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
    false,
)

SCHEMA_VERSION = 7
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
    # Schema version 7: where a feed's redirects ended, when not at its configured URL (`status`).
    Column("final_url", Text),
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
    # Schema version 7: an undated item from its source's first collect. Its time is the day it
    # was collected, not written, so a first run over old reviews is no spike: alerts skip it.
    Column("undated_backlog", Boolean, nullable=False, default=False, server_default=false()),
    UniqueConstraint("source_id", "external_key", name="uq_mentions_source_key"),
    UniqueConstraint("dedup_key", name="uq_mentions_dedup"),
    Index("ix_mentions_brand_published", "brand", "published_at"),
    Index("ix_mentions_published", "published_at"),
    Index("ix_mentions_content_hash", "content_hash"),
    # Schema version 5: the publication time in each band index, so the near-copy lookup reads
    # only its time window instead of every mention of the brand that shares the band.
    *(Index(f"ix_mentions_sim_band{i}_time", "brand", f"sim_band{i}", "published_at") for i in range(SIM_BANDS)),
    Index("ix_mentions_source_url", "source_id", "url_key"),
)

V2_COLUMNS = ("simhash", *(f"sim_band{i}" for i in range(SIM_BANDS)), "url_key", "app_version")
V2_INDEXES = (*(f"ix_mentions_sim_band{i}" for i in range(SIM_BANDS)), "ix_mentions_source_url")
V7_COLUMNS = {"mentions": ("undated_backlog",), "sources": ("final_url",)}
V5_INDEXES = tuple(f"ix_mentions_sim_band{i}_time" for i in range(SIM_BANDS))  # replace v2's band indexes


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


# -- schema version 3 --------------------------------------------------------------------------

mention_topics = Table(
    "mention_topics",
    metadata,
    Column("mention_id", Integer, ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
    Column("topic", String(200), primary_key=True),
    # The topic's own sentiment: that of the sentences speaking about it.
    Column("sentiment", String(10), nullable=False),
    Column("score", Float, nullable=False),
    Column("similarity", Float, nullable=False),
    Index("ix_mention_topics_topic", "topic", "mention_id"),
)

feedback = Table(
    "feedback",
    metadata,
    Column("id", Integer, primary_key=True),
    # SET NULL rather than CASCADE: a correction is training data that outlives the mention's row;
    # the text is kept here for that reason (and erased with it by `forget`).
    Column("mention_id", Integer, ForeignKey("mentions.id", ondelete="SET NULL")),
    Column("text", Text, nullable=False),
    Column("language", String(8)),
    Column("label", String(10), nullable=False),
    Column("model_label", String(10)),
    Column("model_version", String(200)),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("created_by", String(200)),
    Index("ix_feedback_mention", "mention_id"),
)

mention_status = Table(
    "mention_status",
    metadata,
    Column("mention_id", Integer, ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
    Column("handled_at", UTCDateTime(), nullable=False),
    Column("handled_by", String(200)),
    Column("note", Text),
)

alerts = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True),
    # One incident per scope: `scope_key` names brand, scope kind, topic or source, metric and window
    # ("Trapkracht|topic=delivery|negative_count|day"); an ongoing incident updates its row.
    Column("scope_key", String(400), nullable=False),
    Column("brand", String(200), nullable=False),
    Column("scope", String(20), nullable=False),  # brand | topic | source
    Column("topic", String(200)),
    Column("source", String(200)),
    Column("metric", String(40), nullable=False),
    Column("bucket", String(10), nullable=False),  # hour | day: the window the series is counted in
    Column("started_at", UTCDateTime(), nullable=False),
    Column("ended_at", UTCDateTime(), nullable=False),  # end of the last anomalous bucket seen
    Column("observed", Float, nullable=False),
    Column("expected", Float, nullable=False),
    Column("severity", String(10), nullable=False),  # low | medium | high
    Column("score", Float, nullable=False),  # the size of the deviation the severity comes from
    Column("cause", Text, nullable=False, default="{}"),  # JSON: drivers, terms, example mentions
    Column("status", String(16), nullable=False, default="open"),  # open | acknowledged | resolved
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("acknowledged_at", UTCDateTime()),
    Column("acknowledged_by", String(200)),
    UniqueConstraint("scope_key", "started_at", name="uq_alerts_scope_start"),
    Index("ix_alerts_brand_start", "brand", "started_at"),
    Index("ix_alerts_status", "status"),
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    # What makes a message the same message: "digest|2026-12-01|<recipients hash>",
    # "alert|<alert id>|<channel>"; the constraint is what makes sending exactly-once.
    Column("idempotency_key", String(400), nullable=False),
    Column("kind", String(20), nullable=False),  # digest | alert
    Column("channel", String(400), nullable=False),  # "email" or a masked Apprise URL
    Column("recipients", Text, nullable=False, default=""),
    Column("subject", Text, nullable=False, default=""),
    Column("payload", Text, nullable=False),  # JSON, or the MIME message as text
    Column("status", String(16), nullable=False, default="pending"),  # pending | sent | failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", UTCDateTime(), nullable=False),
    Column("last_error", Text),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("sent_at", UTCDateTime()),
    UniqueConstraint("idempotency_key", name="uq_outbox_key"),
    Index("ix_outbox_status_next", "status", "next_attempt_at"),
)

V3_TABLES = (mention_topics, feedback, mention_status, alerts, outbox)


# -- schema version 4: daily rollups -----------------------------------------------------------
# Sums per local day (in the zone recorded in repwatch_meta "rollup_zone") of classified mentions,
# so that dashboard figures over months read thousands of rows instead of a million. They are
# maintained in the same transaction as the classifications (monitor/storage/rollups.py) and
# rebuilt by the migration; the analytics read them only when the zone and the very-positive
# threshold they were built with are the ones asked for.

# Schema version 6: the sums of the classifier's posteriors P(negative), P(neutral), P(positive),
# from which the analytics estimate corrected shares (models/quantify.py).
POSTERIOR_SUMS = ("p_negative", "p_neutral", "p_positive")


def _rollup_sums() -> tuple[Column[Any], ...]:
    return (
        Column("n", Integer, nullable=False, default=0),
        Column("very_positive", Integer, nullable=False, default=0),
        Column("score_sum", Float, nullable=False, default=0.0),
    )

sentiment_rollup = Table(
    "sentiment_rollup",
    metadata,
    Column("brand", String(200), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("source_id", Integer, primary_key=True),
    Column("language", String(8), primary_key=True),  # "" for unknown: NULL cannot be part of the key
    Column("sentiment", String(10), primary_key=True),
    *_rollup_sums(),
    Column("rated", Integer, nullable=False, default=0),
    Column("stars_sum", Float, nullable=False, default=0.0),  # ratings normalized to 5 stars
    Column("low_rated", Integer, nullable=False, default=0),  # <= 2 of 5 stars
    Column("high_rated", Integer, nullable=False, default=0),  # >= 4 of 5 stars
    *(Column(name, Float, nullable=False, default=0.0) for name in POSTERIOR_SUMS),
)

topic_rollup = Table(
    "topic_rollup",
    metadata,
    Column("brand", String(200), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("topic", String(200), primary_key=True),
    Column("sentiment", String(10), primary_key=True),  # the topic's own sentiment
    *_rollup_sums(),
)

# Star-rated mentions are a minority; this index finds them without reading the others.
ix_mentions_rated = Index(
    "ix_mentions_rated", mentions.c.brand, mentions.c.published_at,
    sqlite_where=mentions.c.rating.isnot(None), postgresql_where=mentions.c.rating.isnot(None),
)

V4_TABLES = (sentiment_rollup, topic_rollup)
V6_COLUMNS = {sentiment_rollup: POSTERIOR_SUMS}
