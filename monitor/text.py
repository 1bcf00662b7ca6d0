"""Turn web markup into plain text and compute the keys that deduplicate mentions.

Feeds carry HTML, double-escaped HTML and the occasional script. What is stored, classified and
shown is plain text only, so a dashboard can never render a feed's markup.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
import warnings
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning

_TAG = re.compile(r"</?[A-Za-z!?][^<>]*>")
_LOOKS_LIKE_MARKUP = re.compile(r"</?[A-Za-z!?]|&(?:#\d+|#x[0-9a-fA-F]+|\w+);")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_DROP = ("script", "style", "noscript", "template", "iframe", "object", "embed", "head")
# Tags that break a line in a browser: each leaves a line break, so words either side never glue.
_BLOCKS = (
    "p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "caption",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "header", "footer",
    "nav", "aside", "main", "figure", "figcaption", "address", "details", "summary", "img",
)
# Parameters that identify a campaign, not a page: the same article shared twice differs only here.
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|s_cid|at_medium|at_campaign)$", re.I)
_MIN_DEDUP_WORDS = 8
# One item's text is bounded: a 5 MB post would otherwise cost hundreds of MB to parse and hash,
# and no reader or classifier uses more than its start.
TEXT_CAP = 100_000  # characters stored per item; the rest is cut, with CUT_MARKER saying so
CUT_MARKER = " [… cut: longer than {cap:,} characters]"
_FRAGMENT_CAP = 4 * TEXT_CAP  # markup parsed per fragment: enough for TEXT_CAP characters of text
HASH_PREFIX = 20_000  # characters the content hash and SimHash read: a copy is a copy from its start

warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)
warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)


def _strip_once(fragment: str) -> str:
    soup = BeautifulSoup(fragment, "html.parser")
    for node in soup(_DROP):
        node.decompose()
    for node in soup(_BLOCKS):
        node.insert_before("\n")
        node.insert_after("\n")
    return soup.get_text()


def html_to_text(fragment: str | None) -> str:
    """Plain text from an HTML fragment: tags gone, entities decoded, whitespace tidy."""
    if not fragment:
        return ""
    text = fragment[:_FRAGMENT_CAP]
    # Double-escaped markup (`&lt;b&gt;`) becomes markup after one pass; a few passes settle it.
    for _ in range(3):
        if not _LOOKS_LIKE_MARKUP.search(text):
            break
        text = _strip_once(text)
    # Only markup goes: words such as "JavaScript:" are the author's text. Stored text is plain
    # and every output escapes it, so a `javascript:` in prose is inert (links are filtered apart).
    text = _TAG.sub(" ", html.unescape(text))
    return normalize_whitespace(text)


def cap_text(text: str, cap: int = TEXT_CAP) -> str:
    """The text as stored: at most `cap` characters plus the marker that says it was cut."""
    if len(text) <= cap:
        return text
    return text[:cap].rstrip() + CUT_MARKER.format(cap=cap)


def _hashed_words(title: str, text: str) -> list[str]:
    return re.findall(r"\w+", fold(f"{title} {text}"[:HASH_PREFIX]))


def normalize_whitespace(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n", "\n".join(lines)).strip()


def fold(text: str) -> str:
    """Case- and accent-insensitive form used for matching and hashing."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def content_hash(title: str, text: str) -> str:
    """Hash of the normalized words, so copies that differ in markup or spacing collide."""
    words = _hashed_words(title, text)
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def dedup_key(title: str, text: str) -> str | None:
    """The cross-source duplicate key, or None for texts too short to call a copy.

    Two customers can both write "Top service!"; they are two mentions. Only a text of some
    length appearing in two places is a syndicated copy.
    """
    if len(_hashed_words(title, text)) < _MIN_DEDUP_WORDS:
        return None
    return content_hash(title, text)


def simhash(title: str, text: str) -> int | None:
    """64-bit SimHash (Charikar 2002) over the word shingles of the folded text: single words and
    word pairs. None below the dedup length.

    Single words keep a small edit in a long text within a few bits (`hamming <= 3` is the
    near-duplicate test); pairs keep word order in play, so two short reviews that differ in the
    one word that matters ("goed" / "slecht") stay well apart.
    """
    words = _hashed_words(title, text)
    if len(words) < _MIN_DEDUP_WORDS:
        return None
    shingles = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    digests = b"".join(hashlib.blake2b(s.encode(), digest_size=8).digest() for s in shingles)
    # Each digest's 64 bits, most significant first; a bit of the hash is set where most
    # shingles have it set (the +1/-1 vote of Charikar's scheme, counted at once).
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8).reshape(len(shingles), 8), axis=1)
    majority = 2 * bits.sum(axis=0, dtype=np.int64) > len(shingles)
    return int.from_bytes(np.packbits(majority).tobytes(), "big")


def hamming(a: int, b: int) -> int:
    return ((a ^ b) & 0xFFFF_FFFF_FFFF_FFFF).bit_count()


def normalize_url(url: str | None) -> str | None:
    """Canonical form of a link: lower-case host, no fragment, no tracking parameters."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in {"http", "https"}:
        return url.strip() or None
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def safe_link(url: str | None) -> str | None:
    """Only http(s) links are kept: a `javascript:` or `data:` link from a feed is dropped."""
    if url and urlsplit(url.strip()).scheme.lower() in {"http", "https"}:
        return url.strip()
    return None
