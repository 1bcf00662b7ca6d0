"""Which brand a text is about: aliases on word boundaries, case- and accent-insensitive."""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.config import Brand
from monitor.text import fold


def _phrase_pattern(phrases: list[str]) -> re.Pattern[str] | None:
    folded = sorted({fold(p.strip()) for p in phrases if p.strip()}, key=len, reverse=True)
    if not folded:
        return None
    # \w-lookarounds rather than \b so aliases that start or end with punctuation (".nl") still work.
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in folded) + r")(?!\w)")


@dataclass(frozen=True)
class _CompiledBrand:
    name: str
    aliases: re.Pattern[str]
    exclude: re.Pattern[str] | None


class BrandMatcher:
    """Finds the brand a mention is about; exclusion phrases are cut out before matching."""

    def __init__(self, brands: list[Brand]) -> None:
        self._brands = [
            _CompiledBrand(b.name, _phrase_pattern(b.all_aliases()), _phrase_pattern(b.exclude))  # type: ignore[arg-type]
            for b in brands
        ]

    def hits(self, text: str) -> dict[str, int]:
        """Alias hits per brand name (brands with none are left out)."""
        folded = fold(text)
        counts: dict[str, int] = {}
        for brand in self._brands:
            scoped = brand.exclude.sub(" ", folded) if brand.exclude else folded
            n = len(brand.aliases.findall(scoped))
            if n:
                counts[brand.name] = n
        return counts

    def match(self, text: str) -> str | None:
        """The brand named most often; on a tie, the one named first. None when no brand is named."""
        counts = self.hits(text)
        if not counts:
            return None
        folded = fold(text)
        first = {name: self._first_position(name, folded) for name in counts}
        return min(counts, key=lambda name: (-counts[name], first[name]))

    def _first_position(self, name: str, folded: str) -> int:
        brand = next(b for b in self._brands if b.name == name)
        found = brand.aliases.search(brand.exclude.sub(" ", folded) if brand.exclude else folded)
        return found.start() if found else len(folded)
