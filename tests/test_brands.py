from __future__ import annotations

import pytest

from monitor.brands import BrandMatcher
from monitor.config import Brand

BRANDS = [
    Brand(name="Fietsenwinkel", aliases=["fietsenwinkel.nl"], own=True),
    Brand(name="Apple", exclude=["apple pie", "appeltaart"]),
    Brand(name="Café Noir", aliases=["CafeNoir"]),
]


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Besteld bij Fietsenwinkel, snel geleverd", "Fietsenwinkel"),
        ("besteld via FIETSENWINKEL.NL gisteren", "Fietsenwinkel"),
        ("de fietsenwinkelketen groeit", None),  # not on a word boundary
        ("Mijn Apple Watch is stuk", "Apple"),
        ("Het recept voor apple pie van oma", None),
        ("Apple pie bij de lunch, daarna naar de Apple store", "Apple"),
        ("Koffie bij cafe noir was top", "Café Noir"),
        ("KOFFIE BIJ CAFÉ NOIR", "Café Noir"),
        ("cafenoir", "Café Noir"),
        ("", None),
    ],
)
def test_match(text: str, brand: str | None) -> None:
    assert BrandMatcher(BRANDS).match(text) == brand


def test_most_named_brand_wins_then_the_first_named() -> None:
    matcher = BrandMatcher(BRANDS)
    assert matcher.match("Apple vs Fietsenwinkel: Fietsenwinkel wint") == "Fietsenwinkel"
    assert matcher.match("Apple en Fietsenwinkel") == "Apple"
    assert matcher.hits("Apple en Fietsenwinkel, apple pie") == {"Apple": 1, "Fietsenwinkel": 1}
