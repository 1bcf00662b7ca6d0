"""The Mentions page's own filters in the URL, so a filtered search is a link to share.

`?source=forum&source=trustpilot&language=nl&sentiment=negative&topic=price and value&stars=1-2&q=levering`:
lists repeat their key (topic names hold commas), `stars` is a range of the 1-5 scale in half
stars, `q` the free text. Values the page does not offer (a source since removed, a typo) are
dropped, never an error, so an old link still opens. The brands and the period stay global
(`dashboard.state`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# widget key -> query key, for the multi-select filters
LISTS = {"m_sources": "source", "m_languages": "language", "m_sentiments": "sentiment", "m_topics": "topic"}
STARS, TEXT = "stars", "q"
MAX_TEXT = 200
_STARS = re.compile(r"^([1-5](?:\.[05])?)-([1-5](?:\.[05])?)$")


@dataclass(frozen=True)
class MentionQuery:
    """What the page's filter widgets hold, in the shape of their session state."""

    lists: dict[str, list[str]]  # widget key -> chosen values
    stars: tuple[float, float] | None = None  # None: no rating filter
    text: str = ""

    def to_params(self) -> dict[str, str | list[str]]:
        params: dict[str, str | list[str]] = {LISTS[key]: values for key, values in self.lists.items() if values}
        if self.stars is not None:
            params[STARS] = f"{self.stars[0]:g}-{self.stars[1]:g}"
        if self.text:
            params[TEXT] = self.text
        return params


def _values(params: Mapping[str, Any], key: str) -> list[str]:
    get_all = getattr(params, "get_all", None)
    if get_all is not None:
        return [str(v) for v in get_all(key)]
    raw = params.get(key)
    if raw is None:
        return []
    return [str(v) for v in raw] if isinstance(raw, (list, tuple)) else [str(raw)]


def parse(params: Mapping[str, Any], choices: Mapping[str, list[str]]) -> MentionQuery:
    """The filters a query string asks for, keeping only what `choices` (widget key -> options) offers."""
    lists = {}
    for key, name in LISTS.items():
        offered = choices.get(key, [])
        wanted = set(_values(params, name))
        lists[key] = [option for option in offered if option in wanted]
    stars = None
    if found := _STARS.match((_values(params, STARS) or [""])[-1]):
        low, high = float(found.group(1)), float(found.group(2))
        if low <= high:
            stars = (low, high)
    text = (_values(params, TEXT) or [""])[-1].strip()[:MAX_TEXT]
    return MentionQuery(lists, stars, text)


def differences(current: Mapping[str, Any], wanted: MentionQuery) -> tuple[dict[str, str | list[str]], list[str]]:
    """What to set and which keys to remove so the URL says `wanted` (and only touch what changed)."""
    target = wanted.to_params()
    mine = [*LISTS.values(), STARS, TEXT]
    to_set = {}
    for key, value in target.items():
        have = _values(current, key)
        if have != (value if isinstance(value, list) else [value]):
            to_set[key] = value
    to_remove = [key for key in mine if key not in target and _values(current, key)]
    return to_set, to_remove
