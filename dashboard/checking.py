"""The Check page's logic without Streamlit: validate input, read an uploaded CSV, write the result.

The same limit as `repwatch check` applies, so the page and the command refuse the same texts.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from models.topics import DEFAULT_Z
from monitor.check_input import MAX_CHECK_CHARS, clean_text
from monitor.display import topic_strength, topic_strength_help

MAX_CSV_ROWS = 5_000
MAX_CSV_BYTES = 20_000_000
RESULT_COLUMNS = ("language", "sentiment", "score", "confidence", "topics")


class InputError(ValueError):
    """What is wrong with a pasted text or an uploaded file, phrased for the user."""


def check_text(text: str) -> str:
    """The text to classify (cleaned as `repwatch check` cleans it), or an InputError saying why not."""
    text = clean_text(text)
    if not text:
        raise InputError("Paste a text first: a review, a post or a comment.")
    if len(text) > MAX_CHECK_CHARS:
        raise InputError(
            f"This text has {len(text):,} characters; the limit is {MAX_CHECK_CHARS:,}. Check a shorter part of it."
        )
    return text


@dataclass(frozen=True)
class UploadedTable:
    name: str
    columns: list[str]
    rows: list[dict[str, str]]

    def default_column(self) -> str:
        named = [c for c in self.columns if c.strip().lower() in ("text", "tekst", "review", "message")]
        return named[0] if named else self.columns[0]

    def texts(self, column: str) -> list[str]:
        texts = [row.get(column) or "" for row in self.rows]
        too_long = next((i for i, t in enumerate(texts) if len(t) > MAX_CHECK_CHARS), None)
        if too_long is not None:
            raise InputError(
                f"{self.name}: row {too_long + 2} has over {MAX_CHECK_CHARS:,} characters in column {column!r}; "
                "shorten it or remove that row."
            )
        return texts


def read_csv_upload(name: str, content: bytes) -> UploadedTable:
    """A UTF-8 CSV with a header row; binary files, other encodings and empty files are refused."""
    if len(content) > MAX_CSV_BYTES:
        raise InputError(f"{name}: {len(content):,} bytes is over the {MAX_CSV_BYTES:,} byte limit; split the file.")
    if b"\x00" in content[:8192]:
        raise InputError(f"{name}: this is a binary file, not a CSV; export the sheet as CSV (UTF-8) and upload that.")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not UTF-8 text; save the file as CSV (UTF-8) and upload it again.") from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # one column has no delimiter to sniff
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    try:
        rows = [{k: v for k, v in row.items() if k is not None} for row in reader]
    except csv.Error as exc:
        raise InputError(f"{name}: not a readable CSV ({exc}); give one text per row under a header line.") from None
    columns = [c for c in (reader.fieldnames or []) if c is not None]
    if not columns or not rows:
        raise InputError(f"{name}: no rows found; give a header line (e.g. `text`) and one text per row.")
    if len(rows) > MAX_CSV_ROWS:
        raise InputError(f"{name}: {len(rows):,} rows is over the {MAX_CSV_ROWS:,} row limit; split the file.")
    return UploadedTable(name, columns, rows)


def result_fields(result: Any) -> dict[str, Any]:
    """One classification as flat CSV fields."""
    return {
        "language": result.language.code,
        "sentiment": result.sentiment.label,
        "score": round(result.sentiment.score, 4),
        "confidence": round(result.sentiment.confidence, 4),
        "topics": json.dumps({t.name: t.sentiment.label for t in result.topics}, ensure_ascii=False),
    }


def classified_csv(table: UploadedTable, results: Sequence[Any]) -> str:
    """The uploaded rows with the result columns appended (an existing column of that name is replaced)."""
    columns = [c for c in table.columns if c not in RESULT_COLUMNS] + list(RESULT_COLUMNS)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row, result in zip(table.rows, results, strict=True):
        writer.writerow({**row, **result_fields(result)})
    return buffer.getvalue()


def sentence_rows(result: Any) -> list[dict[str, Any]]:
    return [
        {"sentence": s.text, "sentiment": s.sentiment.label, "score": round(s.sentiment.score, 2),
         "confidence": round(s.sentiment.confidence, 2), "topics": ", ".join(s.topics)}
        for s in result.sentences
    ]


def topic_rows(result: Any, threshold: float = DEFAULT_Z) -> list[dict[str, Any]]:
    """Each topic with a plain strength level; the score behind it only for a hover."""
    return [
        {"topic": t.name, "sentiment": t.sentiment.label, "score": round(t.sentiment.score, 2),
         "strength": topic_strength(t.similarity, threshold), "strength_help": topic_strength_help(t.similarity, threshold)}
        for t in result.topics
    ]
