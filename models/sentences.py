"""Sentence spans of a mention, so a long review can show which sentence is negative.

A regex splitter is enough for reviews and posts: sentences end in . ! ? … or a line break.
Fragments of one or two words ("Top!", "Maar.") are merged into their neighbour because a
sentiment on them alone means little.
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+|\n+")
_MIN_WORDS = 3
MAX_SENTENCES = 40


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans covering the sentences of `text`, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        _add(spans, text, start, boundary.start())
        start = boundary.end()
    _add(spans, text, start, len(text))
    merged = _merge_fragments(spans, text)
    if len(merged) > MAX_SENTENCES:  # a pasted essay: keep the breakdown readable and bounded
        merged = merged[: MAX_SENTENCES - 1] + [(merged[MAX_SENTENCES - 1][0], merged[-1][1])]
    return merged


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _words(text: str, span: tuple[int, int]) -> int:
    return len(re.findall(r"\w+", text[span[0] : span[1]]))


def _merge_fragments(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for span in spans:
        if out and (_words(text, span) < _MIN_WORDS or _words(text, out[-1]) < _MIN_WORDS):
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def split_sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]
