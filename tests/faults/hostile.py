"""A hostile HTTP server on 127.0.0.1: every fault of issue 15 as a route.

Each route is a function that writes to the raw socket, so a case can misbehave below HTTP:
drip the status line and headers a byte at a time, send a body that inflates a thousandfold,
redirect to another host name for the same loopback server (`localhost` vs `127.0.0.1`), page for
ever. Drips wait on a `threading.Event`, so `close()` ends every handler at once.

Routes are plain callables `(handler, query) -> None`; `HostileServer.route(path, fn)` adds one and
every request is counted per path, so a test can assert how far a client walked.
"""

from __future__ import annotations

import gzip
import json
import threading
import zlib
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

Route = Callable[["_Handler", dict[str, list[str]]], None]
DRIP_SECONDS = 120.0  # how long a drip would last if nothing cut it: far past every test's deadline


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        self._dispatch()

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self._dispatch()

    def _dispatch(self) -> None:
        parts = urlsplit(self.path)
        self.server.hits[parts.path] += 1
        route = self.server.routes.get(parts.path)
        if route is None:
            self.reply(404, b"no such route", "text/plain")
            return
        try:
            route(self, parse_qs(parts.query))
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass  # the client gave up (what a deadline is for)

    # -- helpers for routes ------------------------------------------------------------------
    def reply(self, status: int, body: bytes, content_type: str = "application/json", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def drip(self, data: bytes, pause: float) -> None:
        """Write `data` one byte at a time, `pause` seconds apart, until done or the server closes."""
        for i in range(len(data)):
            if self.server.stopping.wait(pause):
                return
            self.wfile.write(data[i : i + 1])
            self.wfile.flush()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    routes: dict[str, Route]
    hits: Counter[str]
    stopping: threading.Event

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client cut off by its deadline resets the connection: expected here, not news


class HostileServer:
    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.routes, self._server.hits, self._server.stopping = {}, Counter(), threading.Event()
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="hostile", daemon=True)
        self._thread.start()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def route(self, path: str, fn: Route) -> str:
        self._server.routes[path] = fn
        return self.url(path)

    def hits(self, path: str) -> int:
        return self._server.hits[path]

    def close(self) -> None:
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()


# -- the cases, as route builders ------------------------------------------------------------------

def header_drip(pause: float = 1.0) -> Route:
    """The status line at once, then headers one byte per `pause` seconds (never ending in time)."""
    def route(h: _Handler, _q: dict[str, list[str]]) -> None:
        h.wfile.write(b"HTTP/1.1 200 OK\r\n")
        h.wfile.flush()
        h.drip(b"X-Slow: " + b"a" * int(DRIP_SECONDS / pause) + b"\r\n\r\n", pause)
    return route


def body_drip(body: bytes, pause: float = 1.0) -> Route:
    """Headers announcing the whole body, then the body one byte per `pause` seconds."""
    def route(h: _Handler, _q: dict[str, list[str]]) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.drip(body, pause)
    return route


def bomb(encoding: str, inflated: int = 200_000_000) -> Route:
    """A small body that inflates to `inflated` bytes of zeros (gzip or deflate)."""
    zeros = b"\0" * 1_000_000
    if encoding == "gzip":
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    else:
        packer = zlib.compressobj(9, zlib.DEFLATED, 15)
    packed = b"".join(packer.compress(zeros) for _ in range(inflated // len(zeros))) + packer.flush()

    def route(h: _Handler, _q: dict[str, list[str]]) -> None:
        h.reply(200, packed, "application/rss+xml", Content_Encoding=encoding)
    return route


def fixed(body: bytes | str, content_type: str = "application/rss+xml", status: int = 200, **headers: str) -> Route:
    data = body.encode("utf-8") if isinstance(body, str) else body

    def route(h: _Handler, _q: dict[str, list[str]]) -> None:
        h.reply(status, data, content_type, **headers)
    return route


def sequence(*routes: Route) -> Route:
    """The first request gets the first route, the next the next; the last repeats."""
    calls = {"n": 0}

    def route(h: _Handler, q: dict[str, list[str]]) -> None:
        index = min(calls["n"], len(routes) - 1)
        calls["n"] += 1
        routes[index](h, q)
    return route


def redirect(location: str, status: int = 302) -> Route:
    def route(h: _Handler, _q: dict[str, list[str]]) -> None:
        h.send_response(status)
        h.send_header("Location", location)
        h.send_header("Content-Length", "0")
        h.end_headers()
    return route


def gzip_json(doc: Any) -> bytes:
    return gzip.compress(json.dumps(doc).encode())
