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
        # Only markup goes: prose that names a scheme is the author's words (issue 15).
        ("plain javascript:void(0) text", "plain javascript:void(0) text"),
        ("Ik leer JavaScript: het is leuk", "Ik leer JavaScript: het is leuk"),
        # Block tags leave a break, so words either side never glue together (issue 15).
        ("<td>great</td><td>click</td>", "great\nclick"),
        ("<ul><li>snel</li></ul>geleverd<hr>prima", "snel\ngeleverd\nprima"),
        ("great<img src=x>click", "great\nclick"),
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


def _reference_simhash(title: str, text: str) -> int | None:
    """Charikar's SimHash spelled out bit by bit: what the stored hashes were computed with."""
    import hashlib
    import re

    from monitor.text import fold

    words = re.findall(r"\w+", fold(f"{title} {text}"))
    if len(words) < 8:
        return None
    weights = [0] * 64
    for shingle in words + [f"{a} {b}" for a, b in zip(words, words[1:])]:
        digest = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if digest >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def test_simhash_is_the_same_hash_the_stored_rows_have() -> None:
    """Computed at once with numpy, it must equal the bit-by-bit version already in databases."""
    import random

    from monitor.text import simhash

    rng = random.Random(3)
    vocab = "de het levering fiets snel traag kundeservice prijs ødelagt größe café 🚲 a b c".split()
    for n in (0, 3, 7, 8, 9, 12, 40, 300):
        for _ in range(20):
            text = " ".join(rng.choice(vocab) for _ in range(n))
            assert simhash("Titel", text) == _reference_simhash("Titel", text), text
