"""RSS 0.9x/1.0/2.0, Atom (through feedparser) and JSON Feed, over HTTP(S) or from a local file.

The collector fetches bytes itself and hands them to the parser, never a URL or path, so
feedparser never opens anything on a feed author's behalf.
"""

from __future__ import annotations

import calendar
import json
import logging
import re
import xml.sax
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import unquote, urlsplit

import feedparser

from monitor.collectors.base import Batch, MentionRecord, SourceState, SourceUnavailable, TooLarge, Unparsable
from monitor.config import FeedSource
from monitor.text import content_hash, html_to_text, normalize_url, safe_link

if TYPE_CHECKING:  # monitor.http imports this package: a runtime import would be circular
    from monitor.http import HttpClient

log = logging.getLogger(__name__)
_HTML_PAGE = re.compile(rb"<\s*(!doctype\s+html|html[\s>])", re.IGNORECASE)
_JSON_START = re.compile(rb"^\s*(\xef\xbb\xbf)?\s*\{")


class FeedCollector:
    kind: ClassVar[str] = "feed"

    def __init__(self, source: FeedSource, http: HttpClient, base_dir: Path) -> None:
        self.source = source
        self.http = http
        self.base_dir = base_dir

    def collect(self, state: SourceState) -> Batch:
        local = local_path(self.source.url, self.base_dir)
        if local is not None:
            return Batch(parse_feed(read_local(local, self.http.config.max_bytes), str(local)), state)
        # A feed may move (its publisher's redirect); where it ended up is logged and kept for `status`.
        response = self.http.get(self.source.url, etag=state.etag, last_modified=state.last_modified, same_host=False)
        final_url = response.url if response.url and response.url != self.source.url else None
        if final_url:
            log.info("%s: redirected to %s", self.source.name, final_url)
        if response.not_modified:
            return Batch([], state, not_modified=True, final_url=final_url)
        records = parse_feed(response.body, self.source.url, response.content_type)
        return Batch(records, SourceState(response.etag, response.last_modified, state.cursor), final_url=final_url)


def local_path(url: str, base_dir: Path) -> Path | None:
    """The file a source points at, or None for an http(s) URL."""
    parts = urlsplit(url)
    if parts.scheme in {"http", "https"}:
        return None
    path = Path(unquote(parts.path)) if parts.scheme == "file" else Path(url).expanduser()
    return path if path.is_absolute() else base_dir / path


def read_local(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, at most `max_bytes`: read with a bound, because a device or a pipe
    (/dev/zero, a FIFO) reports size 0 and never ends."""
    try:
        with path.open("rb") as handle:
            body = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise SourceUnavailable(f"{path}: file not found; check the source's url") from None
    except OSError as exc:
        raise SourceUnavailable(f"{path}: cannot read it ({exc.strerror}); check the source's url") from None
    if len(body) > max_bytes:
        raise TooLarge(f"{path}: file exceeds the {max_bytes:,}-byte cap (http.max_bytes)")
    return body


def parse_feed(body: bytes, where: str, content_type: str = "") -> list[MentionRecord]:
    """Pure: bytes of any supported feed format -> records. Raises Unparsable with one line."""
    if _JSON_START.match(body[:64]):
        return parse_json_feed(body, where)
    body, content_type = as_utf8(body, content_type)
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(body, response_headers=headers, resolve_relative_uris=False, sanitize_html=True)
    broken = parsed.bozo and not _harmless(parsed.get("bozo_exception"))
    # `.get`: for an empty body feedparser's result has no `version` key at all.
    if not parsed.entries and (broken or not parsed.get("version")):
        if _HTML_PAGE.search(body[:4096]):
            raise Unparsable(f"{where}: this is an HTML page, not a feed; use the page's RSS/Atom link instead")
        reason = str(parsed.get("bozo_exception") or "no RSS, Atom or JSON Feed structure found").splitlines()[0]
        raise Unparsable(f"{where}: not a readable feed ({reason[:160]})")
    feed_lang = _lang(parsed.feed.get("language"))
    return [r for r in (_from_entry(e, feed_lang) for e in parsed.entries) if r is not None]


_XML_ENCODING = re.compile(rb"""^\s*(?:\xef\xbb\xbf)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._\-]+)["']""")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._\-]+)", re.IGNORECASE)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def as_utf8(body: bytes, content_type: str = "") -> tuple[bytes, str]:
    """A document that declares or looks like UTF-8, as valid UTF-8: stray bytes become U+FFFD.

    feedparser falls back to windows-1252 for the whole document when one byte is invalid
    UTF-8, which garbles every "å" of every item; replacing the one bad byte keeps the rest.
    A document in another declared encoding is left to feedparser.
    """
    try:
        body.decode("utf-8")
        return body, content_type
    except UnicodeDecodeError:
        pass
    declared = _XML_ENCODING.match(body[:256])
    charset = _CHARSET.search(content_type)
    names = {declared.group(1).decode("ascii").lower()} if declared else set()
    names |= {charset.group(1).lower()} if charset else set()
    text = body.decode("utf-8", errors="replace")
    if names:
        is_utf8 = bool(names & {"utf-8", "utf8"})
    else:  # sniffed: valid multi-byte UTF-8 sequences outnumber the bytes that do not decode
        is_utf8 = len(_UTF8_SEQUENCE.findall(body)) > text.count("\ufffd")
    if not is_utf8:
        return body, content_type
    # The header's charset wins over the XML declaration in feedparser: make both say UTF-8.
    return text.encode("utf-8"), _CHARSET.sub("charset=utf-8", content_type)


def _harmless(exc: Any) -> bool:
    """Bozo reasons after which feedparser still read the whole document, so an empty feed is
    just empty: a media type or charset it overrode (a feed served as text/html) and HTML named
    entities such as `&eacute;` that plain XML leaves undefined."""
    if isinstance(exc, feedparser.ThingsNobodyCaresAboutButMe):
        return True
    return isinstance(exc, xml.sax.SAXParseException) and exc.getMessage() == "undefined entity"


def _from_entry(entry: Any, feed_lang: str | None) -> MentionRecord | None:
    title = html_to_text(entry.get("title"))
    bodies = [c.get("value", "") for c in entry.get("content", [])] or [entry.get("summary", "")]
    text = html_to_text(max(bodies, key=len)) or title
    if not text:
        return None
    link = safe_link(entry.get("link"))
    rating, rating_max = _rating(entry)
    content_lang = next((c.get("language") for c in entry.get("content", []) if c.get("language")), None)
    return MentionRecord(
        external_key=item_key(entry.get("id"), link, title, text),
        text=text,
        title=title if title != text else "",
        url=link,
        author=html_to_text(entry.get("author")) or None,
        published_at=_struct_time(entry.get("published_parsed") or entry.get("updated_parsed")),
        language_hint=_lang(content_lang or entry.get("language")) or feed_lang,
        rating=rating,
        rating_max=rating_max,
    )


def _rating(entry: Any) -> tuple[float | None, float | None]:
    """Media RSS `media:starRating` (YouTube and others) or a plain `rating` element."""
    star = entry.get("media_starrating")
    if isinstance(star, dict) and star.get("average"):
        return _float(star.get("average")), _float(star.get("max")) or 5.0
    value = _float(entry.get("rating") or entry.get("review_rating"))
    return (value, 5.0) if value is not None else (None, None)


def parse_json_feed(body: bytes, where: str) -> list[MentionRecord]:
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Unparsable(f"{where}: invalid JSON ({str(exc)[:120]})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("items"), list):
        raise Unparsable(f"{where}: JSON without an `items` list; not a JSON Feed")
    feed_lang = _lang(doc.get("language"))
    return [r for r in (_from_json_item(i, feed_lang) for i in doc["items"] if isinstance(i, dict)) if r is not None]


def _from_json_item(item: dict[str, Any], feed_lang: str | None) -> MentionRecord | None:
    title = html_to_text(_str(item.get("title")))
    text = html_to_text(_str(item.get("content_text")) or _str(item.get("content_html")) or _str(item.get("summary")))
    text = text or title
    if not text:
        return None
    link = safe_link(_str(item.get("url")) or _str(item.get("external_url")))
    review = item.get("_review") if isinstance(item.get("_review"), dict) else {}
    authors = item.get("authors") or ([item["author"]] if isinstance(item.get("author"), dict) else [])
    author = next((html_to_text(_str(a.get("name"))) for a in authors if isinstance(a, dict) and a.get("name")), None)
    rating = _float(review.get("rating"))
    return MentionRecord(
        external_key=item_key(_str(item.get("id")), link, title, text),
        text=text,
        title=title if title != text else "",
        url=link,
        author=author,
        published_at=_iso_time(item.get("date_published") or item.get("date_modified")),
        language_hint=_lang(item.get("language")) or feed_lang,
        rating=rating,
        rating_max=(_float(review.get("best")) or 5.0) if rating is not None else None,
    )


def item_key(item_id: str | None, link: str | None, title: str, text: str) -> str:
    """An item's identity within its source: its id, else its normalized link, else its content."""
    if item_id and item_id.strip():
        return item_id.strip()
    return normalize_url(link) or "sha256:" + content_hash(title, text)


def _struct_time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc)
    except (OverflowError, ValueError, TypeError):
        return None


def _iso_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except (ValueError, OverflowError):
        return None
    # A time without zone is taken as UTC: the JSON Feed spec requires a zone, so this is a guess either way.
    return parsed.replace(tzinfo=timezone.utc) if parsed.tzinfo is None else parsed.astimezone(timezone.utc)


def _lang(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip().replace("_", "-").split("-")[0].lower()[:3] or None


def _float(value: Any) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""
