"""How codes and figures read to a marketer: one function per concept, shared by the CLI, the
dashboard and the e-mails, so a later translation changes each wording in one place.

Language names come from CLDR (Babel), the registry every locale-aware program uses, so no list of
names is kept by hand and another UI language is a locale away.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

UI_LOCALE = "en"
CLOCK = "%H:%M"  # 24-hour everywhere: tables, captions, charts and e-mails
DATE_TIME = "%Y-%m-%d %H:%M"


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 mention', '2 mentions', '1,204 mentions'."""
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def mention_count(n: int) -> str:
    return plural(n, "mention")


def mentions_match(n: int) -> str:
    """'1 mention matches', '3 mentions match'."""
    return f"{mention_count(n)} {'matches' if n == 1 else 'match'}"


@lru_cache(maxsize=256)
def language_name(code: str | None, locale: str = UI_LOCALE) -> str:
    """'nl' -> 'Dutch', 'nb' -> 'Norwegian Bokmål'; an unknown or missing code reads as such."""
    from babel import Locale

    if not code or code == "und":
        return "unknown"
    names = Locale.parse(locale).languages
    return names.get(code.lower()) or names.get(code.lower().split("-")[0]) or code


def language_label(code: str | None) -> str:
    """For a picker: 'Dutch (nl)', so the code a config uses stays findable."""
    return language_name(code) if not code or code == "und" else f"{language_name(code)} ({code})"


# Topic strength: how far above small talk a text scores, in standard deviations, counted from the
# threshold at which a topic is assigned at all (models/topics.py, default 2).
_STRENGTHS = ((2.0, "strong"), (1.0, "clear"), (0.0, "slight"))


def topic_strength(z: float, threshold: float = 2.0) -> str:
    """A plain level for a topic score: strong, clear or slight (below the threshold: not about it)."""
    above = z - threshold
    return next((word for floor, word in _STRENGTHS if above >= floor), "not about it")


def topic_strength_help(z: float, threshold: float = 2.0) -> str:
    """The number behind the level, for a hover."""
    return (f"{z:.1f} standard deviations above what a text about nothing scores; a topic is assigned from "
            f"{threshold:.1f}, clear from {threshold + 1:.1f}, strong from {threshold + 2:.1f}")


def clock(when: datetime) -> str:
    return when.strftime(CLOCK)


def date_time(when: datetime) -> str:
    return when.strftime(DATE_TIME)
