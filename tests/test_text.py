from __future__ import annotations

import pytest

from monitor.text import content_hash, dedup_key, html_to_text, normalize_url, safe_link


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>Snelle <b>levering</b>!</p>", "Snelle levering!"),
        ("Prijs &amp; kwaliteit &euro; 10", "Prijs & kwaliteit € 10"),
        ("&lt;b&gt;dubbel&lt;/b&gt; escaped", "dubbel escaped"),
        ("<script>alert(1)</script>Goede service<style>p{}</style>", "Goede service"),
        ('<a href="javascript:alert(1)">klik</a> hier', "klik hier"),
        ("regel een<br>regel twee", "regel een\nregel twee"),
        ("  veel   \t spaties\u00a0hier  ", "veel spaties hier"),
        ("tekst met a < b en c > d", "tekst met a < b en c > d"),
        ("plain javascript:void(0) text", "plain void(0) text"),
        (None, ""),
    ],
)
def test_html_to_text(markup: str | None, text: str) -> None:
    assert html_to_text(markup) == text


def test_content_hash_ignores_markup_case_and_spacing() -> None:
    assert content_hash("Titel", "De  fiets is TOP!") == content_hash("titel", "de fiets is top")
    assert content_hash("", "a") != content_hash("", "b")


def test_short_texts_have_no_dedup_key() -> None:
    assert dedup_key("", "Top service!") is None
    assert dedup_key("", "Een langere tekst over de levering van mijn nieuwe fiets") is not None


@pytest.mark.parametrize(
    ("url", "normalized"),
    [
        ("https://Example.org/a/?utm_source=x&id=3#top", "https://example.org/a?id=3"),
        ("https://example.org/a?fbclid=1", "https://example.org/a"),
        ("https://example.org/", "https://example.org/"),
        (None, None),
    ],
)
def test_normalize_url(url: str | None, normalized: str | None) -> None:
    assert normalize_url(url) == normalized


@pytest.mark.parametrize(
    ("url", "kept"),
    [("https://x.org/a", True), ("http://x.org", True), ("javascript:alert(1)", False), ("data:text/html,x", False), ("", False)],
)
def test_safe_link(url: str, kept: bool) -> None:
    assert (safe_link(url) is not None) == kept
