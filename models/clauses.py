"""Contrastive clauses: where one sentence judges two things ("fast delivery, but the bike was damaged").

A topic's sentiment is read from the words about that topic. Within one sentence, a contrast
word after a comma, semicolon or dash ("aber", "maar", "but", "men", "mais", "pero") marks
where the judgement turns, so each side is scored on its own. Without the punctuation the
word is often something else (German "Das ist aber schön", Dutch "maar twee euro"), so the
sentence stays whole.
"""

from __future__ import annotations

import re

# Contrast conjunctions and adverbs of the languages the model is set up for (nl, nb, nn, da, sv,
# en, de, fr, es); "men" covers the Scandinavian languages.
_CONTRAST = (
    "but", "however", "although", "though", "whereas", "yet",
    "maar", "echter", "hoewel", "alleen",
    "aber", "jedoch", "doch", "allerdings", "obwohl", "trotzdem",
    "men", "derimot", "likevel", "dock",
    "mais", "cependant", "pourtant", "toutefois", "par contre",
    "pero", "sin embargo", "aunque",
)
_TURN = re.compile(r"[,;:–—-]\s*(?=(?:" + "|".join(re.escape(w) for w in _CONTRAST) + r")\b)", re.IGNORECASE)
_MIN_WORDS = 2


def clause_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of `text`, each cut where a contrast turns it; spans in order, covering the same words."""
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        cuts = [start] + [m.end() for m in _TURN.finditer(text, start, end)] + [end]
        parts = [(a, b) for a, b in zip(cuts, cuts[1:])]
        if len(parts) > 1 and all(_words(text, a, b) >= _MIN_WORDS for a, b in parts):
            out.extend(_trim(text, a, b) for a, b in parts)
        else:
            out.append((start, end))
    return out


def _words(text: str, start: int, end: int) -> int:
    return len(re.findall(r"\w+", text[start:end]))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Without the punctuation and spaces the cut left at the clause's end."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:–—-"):
        end -= 1
    return start, end
