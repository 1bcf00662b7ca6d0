"""The one HTTP layer every collector uses: timeouts, retries, Retry-After, a size cap, conditional GET,
and a per-host pace (a minimum interval between requests, plus X-Ratelimit-* headers honoured).

Built on requests with urllib3's `Retry`, so backoff and Retry-After follow the library's tested
behaviour; the only additions are the things a monitor needs on top: a cap on how long a
Retry-After may stall a run, a cap on body size and total time, and one-line errors.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3.exceptions
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from monitor import __version__
from monitor.collectors.base import RateLimited, SourceUnavailable, TooLarge
from monitor.config import HttpConfig
from monitor.http_deadline import POOL_CLASSES, Deadline

RETRY_STATUS = (429, 500, 502, 503, 504)
_CHUNK = 64 * 1024


class _CappedRetry(Retry):
    """Retry that gives up instead of sleeping through a Retry-After longer than the cap."""

    max_retry_after: float = 120.0

    def new(self, **kw: Any) -> "_CappedRetry":
        retry = super().new(**kw)
        retry.max_retry_after = self.max_retry_after
        return retry  # type: ignore[return-value]

    def increment(self, method: str | None = None, url: str | None = None, response: Any = None, **kw: Any) -> Retry:  # type: ignore[override]
        if response is not None:
            if self._retry_after_seconds(response) > self.max_retry_after:
                # Too long to wait inside this run: hand the 429/503 back so it is reported and retried next run.
                raise _GiveUp(response)
        return super().increment(method, url, response=response, **kw)

    def _retry_after_seconds(self, response: Any) -> float:
        value = response.headers.get("Retry-After")
        if not value:
            return 0.0
        try:
            return self.parse_retry_after(value)
        except Exception:  # an unparsable header is treated as absent, as urllib3 itself would retry
            return 0.0


class _OtherHost(Exception):
    def __init__(self, host: str) -> None:
        self.host = host


def _stay_on(host: str) -> Any:
    """A response hook refusing a redirect away from `host` (it runs before requests follows it)."""
    def check(response: requests.Response, *args: Any, **kw: Any) -> requests.Response:
        if response.is_redirect:
            target = urlsplit(requests.compat.urljoin(response.url, response.headers.get("Location", "")))
            if target.netloc.lower() != host:
                response.close()
                raise _OtherHost(target.netloc.lower() or target.scheme)
        return response
    return check


class _GiveUp(Exception):
    def __init__(self, response: Any) -> None:
        self.response = response


@dataclass
class Response:
    status: int
    body: bytes
    etag: str | None
    last_modified: str | None
    content_type: str
    url: str
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def user_agent(contact: str | None = None) -> str:
    extra = f"; +{contact}" if contact else "; +https://github.com/repwatch/repwatch"
    return f"repwatch/{__version__} ({extra.lstrip('; ')})"


class HttpClient:
    """A requests session configured once per run and shared by all sources."""

    def __init__(self, config: HttpConfig | None = None) -> None:
        self.config = config or HttpConfig()
        retry = _CappedRetry(
            total=self.config.retries,
            connect=self.config.retries,
            read=self.config.retries,
            status=self.config.retries,
            backoff_factor=self.config.backoff,
            status_forcelist=RETRY_STATUS,
            # POST too: the only POSTs are read-only queries (Google Play's batchexecute).
            allowed_methods=frozenset({"GET", "HEAD", "POST"}),
            respect_retry_after_header=True,
            raise_on_status=False,
        )
        retry.max_retry_after = self.config.max_retry_after
        self.session = requests.Session()
        adapter = HTTPAdapter(max_retries=retry)
        # Connections that register with the request's wall-clock deadline (monitor/http_deadline.py).
        adapter.poolmanager.pool_classes_by_scheme = dict(POOL_CLASSES)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers["User-Agent"] = user_agent(self.config.contact)
        self._lock = threading.Lock()
        self._next_at: dict[str, float] = {}  # host -> monotonic time its next request may start

    def close(self) -> None:
        self.session.close()

    def interval_for(self, kind: str, default: float) -> float:
        """Seconds between requests to one host for a source kind: http.min_interval, else the kind's default."""
        return float(self.config.min_interval.get(kind, default))

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            headers: dict[str, str] | None = None, min_interval: float = 0.0, same_host: bool = True) -> Response:
        """GET with conditional headers; raises a CollectorError subclass on failure.

        `same_host`: refuse a redirect to another host (API sources, whose `base_url` says where
        their data lives); a feed may move, and its final URL is in `Response.url`.
        """
        request_headers = dict(headers or {})
        if etag:
            request_headers["If-None-Match"] = etag
        if last_modified:
            request_headers["If-Modified-Since"] = last_modified
        return self._request("GET", url, request_headers, None, min_interval, etag, last_modified, same_host)

    def post(self, url: str, data: bytes | str, headers: dict[str, str] | None = None,
             min_interval: float = 0.0, same_host: bool = True) -> Response:
        """POST of a read-only query (form data); same errors, retries and pacing as `get`."""
        return self._request("POST", url, dict(headers or {}), data, min_interval, None, None, same_host)

    def _wait_turn(self, host: str) -> None:
        """Sleep until `host` may be asked again; refuse when that is longer than a run should stall."""
        with self._lock:
            wait = self._next_at.get(host, 0.0) - time.monotonic()
        if wait > self.config.max_retry_after:
            raise RateLimited(f"{host}: rate limit reached, resets in {wait:.0f}s; next run will continue")
        if wait > 0:
            time.sleep(wait)

    def _pace(self, host: str, started: float, min_interval: float, headers: Mapping[str, str]) -> None:
        next_at = started + min_interval
        # Reddit (and others) announce the budget left in this window and when it refills.
        remaining, reset = _number(headers.get("X-Ratelimit-Remaining")), _number(headers.get("X-Ratelimit-Reset"))
        if remaining is not None and reset is not None and remaining < 1:
            next_at = max(next_at, time.monotonic() + reset)
        with self._lock:
            self._next_at[host] = max(self._next_at.get(host, 0.0), next_at)

    def _request(self, method: str, url: str, request_headers: dict[str, str], data: bytes | str | None,
                 min_interval: float, etag: str | None, last_modified: str | None, same_host: bool) -> Response:
        host = urlsplit(url).netloc.lower()
        self._wait_turn(host)
        total = self.config.total_timeout
        with Deadline(total) as deadline:
            try:
                response = self._attempt(method, url, host, request_headers, data, min_interval, etag,
                                         last_modified, same_host)
            except Exception as exc:
                if not deadline.expired or isinstance(exc, (RateLimited, TooLarge)):
                    raise
            else:
                # A socket shut by the deadline reads as a clean end: what came back may be cut short.
                if not deadline.expired:
                    return response
        raise SourceUnavailable(
            f"{url}: no complete answer within {total:g}s (http.total_timeout); the server is too slow, next run will retry"
        )

    def _attempt(self, method: str, url: str, host: str, request_headers: dict[str, str], data: bytes | str | None,
                 min_interval: float, etag: str | None, last_modified: str | None, same_host: bool) -> Response:
        started = time.monotonic()
        hooks = {"response": [_stay_on(host)]} if same_host else {}
        try:
            raw = self.session.request(
                method,
                url,
                headers=request_headers,
                data=data,
                timeout=(self.config.connect_timeout, self.config.read_timeout),
                stream=True,
                hooks=hooks,
            )
        except _OtherHost as moved:
            raise SourceUnavailable(
                f"{url}: redirected to another host ({moved.host}); API sources do not follow that, check base_url"
            ) from None
        except _GiveUp as give_up:
            give_up.response.drain_conn()  # hand the connection back to the pool
            raise self._status_error(url, give_up.response.status, give_up.response.headers) from None
        except requests.exceptions.RetryError as exc:
            raise SourceUnavailable(f"{url}: still failing after {self.config.retries} retries ({_reason(exc)})") from None
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError) as exc:
            raise self._network_error(
                url, exc, f"after {self.config.retries} retries", "cannot connect ({}); check the URL and the network"
            ) from None
        finally:
            self._pace(host, started, min_interval, {})
        self._pace(host, started, min_interval, raw.headers)
        with raw:
            if raw.status_code == 304:
                return Response(304, b"", etag, last_modified, "", raw.url, raw.headers)
            if raw.status_code >= 400:
                raise self._status_error(url, raw.status_code, raw.headers)
            body = self._read_capped(url, raw)
            return Response(
                raw.status_code,
                body,
                raw.headers.get("ETag"),
                raw.headers.get("Last-Modified"),
                raw.headers.get("Content-Type", ""),
                raw.url,
                raw.headers,
            )

    def _read_capped(self, url: str, raw: requests.Response) -> bytes:
        cap = self.config.max_bytes
        declared = raw.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise TooLarge(f"{url}: response is {int(declared):,} bytes, over the {cap:,}-byte cap (http.max_bytes)")
        deadline = time.monotonic() + self.config.total_timeout
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in _arriving_chunks(raw):
                size += len(chunk)
                if size > cap:
                    raise TooLarge(f"{url}: response exceeds the {cap:,}-byte cap (http.max_bytes)")
                if time.monotonic() > deadline:
                    raise SourceUnavailable(
                        f"{url}: no complete answer within {self.config.total_timeout:g}s (http.total_timeout); "
                        "the server is too slow, next run will retry")
                chunks.append(chunk)
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError) as exc:
            raise self._network_error(url, exc, "while reading the response", "connection broke while reading ({})") from None
        return b"".join(chunks)

    def _network_error(self, url: str, exc: Exception, when: str, otherwise: str) -> SourceUnavailable:
        """A timeout says so (and how long was waited); anything else gives its innermost cause."""
        if _timed_out(exc):  # type: ignore[arg-type]
            return SourceUnavailable(
                f"{url}: no answer within {self.config.read_timeout:g}s {when}; the server is slow or down"
            )
        return SourceUnavailable(f"{url}: " + otherwise.format(_reason(exc)))

    def _status_error(self, url: str, status: int, headers: Any) -> Exception:
        if status in (429, 503) and headers.get("Retry-After"):
            return RateLimited(f"{url}: HTTP {status}, server asks to retry after {headers['Retry-After']}s; next run will retry")
        if status == 429:
            return RateLimited(f"{url}: HTTP 429 Too Many Requests; lower the source's poll rate")
        if status in (401, 403):
            return SourceUnavailable(f"{url}: HTTP {status}, access refused; check the URL or credentials")
        if status == 404:
            return SourceUnavailable(f"{url}: HTTP 404 Not Found; check the URL")
        return SourceUnavailable(f"{url}: HTTP {status} after {self.config.retries} retries")


def _arriving_chunks(raw: requests.Response) -> Iterator[bytes]:
    """The body as it arrives: read1 returns what is there instead of waiting for a full chunk,
    so the total-time check also catches a server that trickles a body with a Content-Length."""
    while chunk := raw.raw.read1(_CHUNK, decode_content=True):
        yield chunk


def _timed_out(exc: requests.exceptions.RequestException | urllib3.exceptions.HTTPError) -> bool:
    """A timeout, including the read timeouts requests reports as ConnectionError: after the last
    retry (a MaxRetryError whose reason is the ReadTimeoutError) and while streaming the body.

    Only ReadTimeoutError counts: urllib3's NewConnectionError (refused, DNS) subclasses its
    ConnectTimeoutError, and requests already raises ConnectTimeout for a real connect timeout.
    """
    if isinstance(exc, (requests.exceptions.Timeout, urllib3.exceptions.ReadTimeoutError)):
        return True
    cause = exc.args[0] if exc.args else None
    return isinstance(getattr(cause, "reason", cause), urllib3.exceptions.ReadTimeoutError)


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def _reason(exc: BaseException) -> str:
    """The innermost cause of a requests error, short enough for one line."""
    while exc.__context__ is not None and exc.__context__ is not exc:
        exc = exc.__context__
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]
