"""The text an ad-hoc check classifies: one rule for the argument, stdin, a file and the dashboard.

Surrounding whitespace, trailing newlines included, is removed on every path, so the same text
scores the same whether it was typed, piped or read from a file; an empty text is refused before
any model loads.
"""

from __future__ import annotations

MAX_CHECK_CHARS = 20_000


class CheckInputError(ValueError):
    """What is wrong with a text to check, phrased for the user (without the place it came from)."""


def clean_text(text: str) -> str:
    """The text as classified: stripped of surrounding whitespace and newlines."""
    return text.strip()


def check_texts(texts: list[str]) -> list[str]:
    """The cleaned texts, or a CheckInputError naming the first empty or too long one (1-based)."""
    cleaned = [clean_text(t) for t in texts]
    if not cleaned:
        raise CheckInputError("no text given")
    for number, text in enumerate(cleaned, start=1):
        which = "the text" if len(cleaned) == 1 else f"text {number}"
        if not text:
            raise CheckInputError(f"{which} is empty (or only spaces); give the words to check")
        if len(text) > MAX_CHECK_CHARS:
            raise CheckInputError(f"{which} has {len(text):,} characters, over the {MAX_CHECK_CHARS:,} limit; "
                                  "check a shorter part")
    return cleaned
