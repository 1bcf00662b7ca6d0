"""Finding mentions: filters, one page at a time with a count, the detail of one, and CSV export."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Select, func, select

from monitor.analytics.period import Period
from monitor.storage import rollups, schema
from monitor.storage.store import Store

LABELS = ("negative", "neutral", "positive")
UNLABELLED = "unlabelled"


@dataclass(frozen=True)
class MentionFilter:
    """Every field narrows; an empty tuple or None means any. Ratings are stars out of 5, inclusive."""

    brands: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    sentiments: tuple[str, ...] = ()  # negative, neutral, positive, or "unlabelled"
    topics: tuple[str, ...] = ()  # mentions about any of them
    min_rating: float | None = None
    max_rating: float | None = None
    period: Period | None = None
    text: str | None = None  # case-insensitive substring of the title or text

    def __post_init__(self) -> None:
        for name in ("brands", "sources", "languages", "sentiments", "topics"):
            object.__setattr__(self, name, tuple(getattr(self, name)))  # lists from a form are fine
        unknown = set(self.sentiments) - {*LABELS, UNLABELLED}
        if unknown:
            raise ValueError(f"MentionFilter.sentiments: unknown {sorted(unknown)}; use {', '.join((*LABELS, UNLABELLED))}")
        if self.min_rating is not None and self.max_rating is not None and self.min_rating > self.max_rating:
            raise ValueError(f"MentionFilter: min_rating {self.min_rating} is above max_rating {self.max_rating}")


@dataclass(frozen=True)
class MentionRow:
    id: int
    brand: str
    source: str
    published_at: datetime  # UTC
    language: str | None
    title: str
    text: str
    url: str | None
    author: str | None
    rating: float | None
    rating_max: float | None
    stars: float | None  # the rating out of 5
    sentiment: str | None  # None: not labelled yet
    score: float | None
    confidence: float | None
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    label: str
    score: float
    confidence: float
    topics: tuple[str, ...]


@dataclass(frozen=True)
class TopicSentiment:
    topic: str
    sentiment: str
    score: float
    similarity: float


@dataclass(frozen=True)
class MentionDetail:
    row: MentionRow
    sentences: list[Sentence]
    topics: list[TopicSentiment]
    model_version: str | None
    classified_at: datetime | None
    handled_at: datetime | None
    corrections: list[str] = field(default_factory=list)  # labels given as feedback, oldest first

    def body_sentences(self) -> list[Sentence]:
        """The sentences of the text itself: the model read the title first (title_length), and a
        page that shows the title above the breakdown need not repeat it there."""
        start = title_length(self.row.title, self.row.text)
        return [s for s in self.sentences if s.start >= start]


def title_length(title: str | None, text: str) -> int:
    """Where the text starts in what the model read (monitor.classify.mention_text: the title and a
    newline, unless the text already starts with the title)."""
    title = (title or "").strip()
    return len(title) + 1 if title and not text.startswith(title) else 0


def _fold(value: str | None) -> str | None:
    return None if value is None else value.casefold()


def _text_match(conn: Connection, query: str) -> Any:
    m = schema.mentions.c
    haystack = m.title + " " + m.text
    if conn.dialect.name == "sqlite":
        # SQLite's lower() and LIKE fold ASCII only; "Ø" must find "ø", so fold in Python.
        conn.connection.driver_connection.create_function("rw_casefold", 1, _fold, deterministic=True)  # type: ignore[union-attr]
        return func.instr(func.rw_casefold(haystack), query.casefold()) > 0
    return func.strpos(func.lower(haystack), query.lower()) > 0


def _filtered(conn: Connection, flt: MentionFilter, query: Select[Any]) -> Select[Any]:
    m, c, s, t = schema.mentions.c, schema.classifications.c, schema.sources.c, schema.mention_topics.c
    query = query.select_from(schema.mentions.join(schema.sources, s.id == m.source_id)
                              .outerjoin(schema.classifications, c.mention_id == m.id))
    if flt.brands:
        query = query.where(m.brand.in_(flt.brands))
    if flt.sources:
        query = query.where(s.name.in_(flt.sources))
    if flt.languages:
        query = query.where(m.language.in_(flt.languages))
    if flt.sentiments:
        labels = [x for x in flt.sentiments if x != UNLABELLED]
        wanted = c.sentiment.in_(labels)
        query = query.where(wanted | c.mention_id.is_(None) if UNLABELLED in flt.sentiments else wanted)
    if flt.topics:
        query = query.where(m.id.in_(select(t.mention_id).where(t.topic.in_(flt.topics))))
    stars = rollups.stars(m)
    if flt.min_rating is not None:
        query = query.where(m.rating.isnot(None), stars >= flt.min_rating)
    if flt.max_rating is not None:
        query = query.where(m.rating.isnot(None), stars <= flt.max_rating)
    if flt.period is not None:
        lo, hi = flt.period.utc()
        query = query.where(m.published_at >= lo, m.published_at < hi)
    if flt.text and flt.text.strip():
        query = query.where(_text_match(conn, flt.text.strip()))
    return query


def _row_columns() -> list[Any]:
    m, c, s = schema.mentions.c, schema.classifications.c, schema.sources.c
    return [m.id, m.brand, s.name.label("source"), m.published_at, m.language, m.title, m.text, m.url, m.author,
            m.rating, m.rating_max, rollups.stars(m).label("stars"), c.sentiment, c.score, c.confidence]


def _topics_of(conn: Connection, ids: list[int]) -> dict[int, tuple[str, ...]]:
    t = schema.mention_topics.c
    found: dict[int, list[str]] = {}
    if ids:
        query = select(t.mention_id, t.topic).where(t.mention_id.in_(ids)).order_by(t.mention_id, t.similarity.desc())
        for mid, topic in conn.execute(query):
            found.setdefault(mid, []).append(topic)
    return {k: tuple(v) for k, v in found.items()}


def search_mentions(store: Store, flt: MentionFilter, limit: int = 50, offset: int = 0) -> list[MentionRow]:
    """One page of matching mentions, newest first."""
    if limit < 0 or offset < 0:
        raise ValueError(f"search_mentions: limit and offset must not be negative (got {limit}, {offset})")
    m = schema.mentions.c
    with store.engine.connect() as conn:
        query = _filtered(conn, flt, select(*_row_columns())).order_by(m.published_at.desc(), m.id.desc())
        rows = conn.execute(query.limit(limit).offset(offset)).all()
        topics = _topics_of(conn, [r.id for r in rows])
    return [MentionRow(*r, topics=topics.get(r.id, ())) for r in rows]


def count_matching(store: Store, flt: MentionFilter) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(_filtered(conn, flt, select(func.count()))).scalar_one())


def mention_detail(store: Store, mention_id: int) -> MentionDetail | None:
    """One mention with its sentence-by-sentence breakdown, its topics and their own sentiment."""
    m, c, t, h, f = (schema.mentions.c, schema.classifications.c, schema.mention_topics.c,
                     schema.mention_status.c, schema.feedback.c)
    with store.engine.connect() as conn:
        query = _filtered(conn, MentionFilter(), select(*_row_columns(), c.sentences, c.model_version, c.classified_at))
        found = conn.execute(query.where(m.id == mention_id)).one_or_none()
        if found is None:
            return None
        topic_rows = conn.execute(select(t.topic, t.sentiment, t.score, t.similarity)
                                  .where(t.mention_id == mention_id).order_by(t.similarity.desc())).all()
        handled = conn.execute(select(h.handled_at).where(h.mention_id == mention_id)).scalar_one_or_none()
        corrections = list(conn.execute(select(f.label).where(f.mention_id == mention_id).order_by(f.created_at, f.id)).scalars())
    topics = [TopicSentiment(*r) for r in topic_rows]
    row = MentionRow(*found[:15], topics=tuple(x.topic for x in topics))
    sentences = [Sentence(int(x["start"]), int(x["end"]), x["text"], x["label"], float(x["score"]),
                          float(x.get("confidence", 0.0)), tuple(x.get("topics") or ()))
                 for x in json.loads(found.sentences or "[]")]
    return MentionDetail(row, sentences, topics, found.model_version, found.classified_at, handled, corrections)


CSV_COLUMNS = ("id", "published_at", "brand", "source", "language", "sentiment", "score", "confidence",
               "stars", "rating", "rating_max", "topics", "title", "text", "url", "author")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading quote (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(rows: Iterable[MentionRow]) -> str:
    """CSV with a header; times in UTC ISO 8601; numbers as numbers, texts made formula-safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        values = {**r.__dict__, "published_at": r.published_at.isoformat(), "topics": "; ".join(r.topics)}
        writer.writerow(["" if values[k] is None else _safe(values[k]) for k in CSV_COLUMNS])
    return out.getvalue()
