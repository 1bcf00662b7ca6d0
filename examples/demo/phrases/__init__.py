"""Phrase banks for the demo generator, one module per language, plus news articles.

All text here was written for this project; names of people are invented.
"""

from __future__ import annotations

from types import ModuleType

from . import de, en, news, nl, no

LANGS: dict[str, ModuleType] = {"nl": nl, "no": no, "en": en, "de": de}

__all__ = ["LANGS", "news"]
