"""The digest as HTML and text: escaped web text, safe links, the figures it was given."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from monitor.notify.chart import sentiment_chart
from monitor.notify.digest import render_html, render_text, safe_link, snippet
from tests.notify.samples import HOSTILE_TEXT, sample_digest


class Elements(HTMLParser):
    """Every start tag with its attributes, and the page's text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    parser.close()
    return parser


def test_hostile_mention_text_is_inert_in_the_html() -> None:
    page = parse(render_html(sample_digest(), "cid:chart@x"))
    tags = [t for t, _ in page.tags]
    assert "script" not in tags
    assert [a for t, a in page.tags if t == "img"] == [a for t, a in page.tags if t == "img" and a.get("src") == "cid:chart@x"]
    assert not any(k.startswith("on") for _, attrs in page.tags for k in attrs), "no event handler attributes"
    assert HOSTILE_TEXT in "".join(page.text), "the hostile text is shown as text"
    assert "<b>boos</b>" in "".join(page.text)


def test_only_http_links_become_links() -> None:
    hrefs = [a["href"] for t, a in parse(render_html(sample_digest(), None)).tags if t == "a"]
    assert "https://forum.example.org/t/1?a=1&b=2" in hrefs
    assert all(h and h.startswith(("http://", "https://")) for h in hrefs)


@pytest.mark.parametrize(("url", "kept"), [
    ("https://x.org/a", True), ("http://x.org", True), ("HTTPS://X.ORG/", True), ("javascript:alert(1)", False),
    ("data:text/html;base64,PHNjcmlwdD4=", False), ("//x.org/a", False), ("file:///etc/passwd", False),
    ("  https://x.org/b ", True), ("", False), (None, False), ("https:///nohost", False),
])
def test_safe_link(url: str | None, kept: bool) -> None:
    assert (safe_link(url) is not None) is kept


def test_html_is_mail_client_friendly() -> None:
    html = render_html(sample_digest(), "cid:chart@x")
    page = parse(html)
    tags = {t for t, _ in page.tags}
    assert {"table", "tr", "td"} <= tags
    assert "<style" not in html and "<link" not in html and "class=" not in html, "inline styles only"
    assert all(a.get("role") == "presentation" for t, a in page.tags if t == "table"), "layout tables, not data to screen readers"
    assert all("style" in a or "align" in a for t, a in page.tags if t == "td"), "every cell laid out inline"


def test_text_part_has_the_figures_and_sections() -> None:
    digest = sample_digest()
    text = render_text(digest)
    assert "Trapkracht: 20 mentions (+8), 9 negative (45%), net sentiment -15 (-57)" in text
    assert "HIGH Trapkracht, topic delivery" in text and "14 observed, 3.5 expected" in text
    assert "driven by: topic delivery, source reviews" in text
    assert "https://forum.example.org/t/1?a=1&b=2" in text
    assert "javascript:" not in text
    assert "open 3 days" in text


def test_subject_names_brand_date_and_counts() -> None:
    assert sample_digest().subject("[rw]") == "[rw] Trapkracht daily digest 2026-12-01: 20 mentions, 9 negative, 1 alert"


def test_snippet_flattens_and_shortens() -> None:
    assert snippet("a\n\n b  c") == "a b c"
    long = snippet("woord " * 100, 50)
    assert len(long) == 50 and long.endswith("…")


def test_chart_is_a_png_of_the_given_size() -> None:
    png = sentiment_chart(sample_digest().chart, "Trapkracht", width_px=640, height_px=260)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (640, 260)


def test_corrected_shares_are_marked_as_estimated() -> None:
    from dataclasses import replace

    digest = sample_digest()
    kpis = [replace(k, day=replace(k.day, corrected=True, share_negative=0.38)) for k in digest.kpis]
    corrected = replace(digest, kpis=kpis)
    text = render_text(corrected)
    assert "9 labelled negative (negative share 38%, corrected)" in text
    assert "corrected for the classifier's known error rates" in text
    assert "corrected for the classifier" in "".join(parse(render_html(corrected, None)).text)
    assert "corrected for the classifier" not in render_text(digest), "raw figures are not called corrected"
