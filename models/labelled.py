"""Labelled JSON Lines files, for training and for evaluation; errors name the file and line."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.sentiment import LABELS


class DataError(ValueError):
    """A labelled file is unusable; the message names the file and line."""


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    lang: str
    case: str = "plain"  # the corpus's hard-case type (models/data/README.md); yours are "plain"


def read_jsonl(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line, each with a string `text`."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read it ({exc})") from None
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            raise DataError(f"{path}:{number}: not valid JSON; one object per line") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise DataError(f"{path}:{number}: needs a string `text`")
        rows.append((number, row))
    if not rows:
        raise DataError(f"{path}: no labelled rows")
    return rows


def read_labelled(path: Path) -> list[Example]:
    """Training rows: a non-empty `text`, a `label` (negative/neutral/positive), `lang` optional."""
    out = []
    for number, row in read_jsonl(path):
        if not row["text"].strip():
            raise DataError(f"{path}:{number}: needs a non-empty string `text`")
        if row.get("label") not in LABELS:
            raise DataError(f"{path}:{number}: `label` must be one of {', '.join(LABELS)} (got {row.get('label')!r})")
        out.append(Example(row["text"], row["label"], str(row.get("lang") or "und"), str(row.get("case") or "plain")))
    return out
