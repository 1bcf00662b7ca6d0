"""A real HTTP server for collector tests, with per-test scripted replies.

`FeedServer` is a `ThreadingHTTPServer` on 127.0.0.1 (a free port) in a daemon thread. A test
scripts a route as a sequence of `Reply`s: the first request to the route gets the first reply,
the next request the next one, and the last reply repeats for ever after. Replies can misbehave
the way real servers do:

- `Reply.reset()`: read the request, then close the socket with an RST and no response;
- `Reply.hang(...)`: send status and headers, then stall (no body) longer than the client's read
  timeout; `Reply.silent()` stalls before sending anything at all;
- `Reply.slow(body, ...)`: send the body in small pieces with a pause between them;
- `Reply.huge(size, chunked=...)`: a body of `size` bytes generated lazily, with or without a
  Content-Length (chunked transfer encoding when without).

Stalls wait on a `threading.Event`, so `close()` releases every handler at once instead of
leaving threads asleep. Every request is recorded (method, path, headers) so a test can assert
on conditional headers, the User-Agent and the number of attempts.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

RSS_TYPE = "application/rss+xml; charset=utf-8"
_FILLER = (b"<item><title>Trapkracht filler</title><description>" + b"x" * 900 + b"</description></item>\n") * 64
STALL_SECONDS = 30.0  # far beyond any test's read timeout; teardown releases stalls early


@dataclass(frozen=True)
class Reply:
    """One scripted response."""

    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = RSS_TYPE
    # Validators: sent as ETag / Last-Modified; a request carrying a matching If-None-Match (or,
    # without one, a matching If-Modified-Since) is answered 304 Not Modified instead.
    etag: str | None = None
    last_modified: str | None = None
    behaviour: str | None = None  # None, "reset", "hang", "silent", "slow", "huge"
    chunked: bool = False  # no Content-Length; Transfer-Encoding: chunked
    size: int = 0  # "huge": bytes to send
    piece: int = 1024  # "slow": bytes per piece
    pause: float = 0.0  # "slow": seconds between pieces

    @classmethod
    def reset(cls) -> "Reply":
        return cls(behaviour="reset")

    @classmethod
    def hang(cls, body_length: int = 1000) -> "Reply":
        """Status and headers (announcing `body_length` bytes), then no body until released."""
        return cls(behaviour="hang", size=body_length)

    @classmethod
    def silent(cls) -> "Reply":
        """Accept the request and never answer (until released)."""
        return cls(behaviour="silent")

    @classmethod
    def slow(cls, body: bytes | str, piece: int = 1024, pause: float = 0.1, chunked: bool = False) -> "Reply":
        return cls(body=body, behaviour="slow", piece=piece, pause=pause, chunked=chunked)

    @classmethod
    def huge(cls, size: int = 50 * 1024 * 1024, chunked: bool = False) -> "Reply":
        return cls(behaviour="huge", size=size, chunked=chunked)

    @property
    def body_bytes(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    at: float  # time.monotonic() when the request was read
    body: bytes = b""  # what a POST sent

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers.items() if k.lower() == name.lower()), None)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet test output
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        owner = self.server.owner
        reply = owner._take(self)
        try:
            if reply is None:
                self._send_simple(404, b"no such route in this test\n", "text/plain")
            else:
                self._serve(reply, owner)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, socket.timeout):
            # The client gave up (size cap, timeout): nothing more to say on this connection.
            self.close_connection = True

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802 - routes answer POSTs like GETs (Google Play's batchexecute)
        length = int(self.headers.get("Content-Length") or 0)
        self.posted = self.rfile.read(length) if length else b""
        self.do_GET()

    def _send_simple(self, status: int, body: bytes, content_type: str | None, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _validators(self, reply: Reply) -> dict[str, str]:
        out = {}
        if reply.etag:
            out["ETag"] = reply.etag
        if reply.last_modified:
            out["Last-Modified"] = reply.last_modified
        return out

    def _not_modified(self, reply: Reply) -> bool:
        inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
        if reply.etag and inm is not None:
            return reply.etag in [tag.strip() for tag in inm.split(",")] or inm.strip() == "*"
        return bool(reply.last_modified and ims and ims == reply.last_modified)

    def _serve(self, reply: Reply, owner: "FeedServer") -> None:
        if reply.behaviour == "reset":
            self._reset()
            return
        if reply.behaviour == "silent":
            owner.released.wait(STALL_SECONDS)
            self.close_connection = True
            return
        if self._not_modified(reply):
            self.send_response(304)
            for name, value in {**self._validators(reply), **reply.headers}.items():
                self.send_header(name, value)
            self.end_headers()
            return
        headers = {**self._validators(reply), **reply.headers}
        if reply.behaviour is None:
            self._send_simple(reply.status, reply.body_bytes, reply.content_type, headers)
            return
        length = {"hang": reply.size, "huge": reply.size, "slow": len(reply.body_bytes)}[reply.behaviour]
        self.send_response(reply.status)
        if reply.content_type:
            self.send_header("Content-Type", reply.content_type)
        for name, value in headers.items():
            self.send_header(name, value)
        if reply.chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(length))
        self.end_headers()
        self.wfile.flush()
        if reply.behaviour == "hang":
            owner.released.wait(STALL_SECONDS)
            self.close_connection = True
            return
        pieces = _lazy_body(reply.size) if reply.behaviour == "huge" else _pieces(reply.body_bytes, reply.piece)
        for piece in pieces:
            if owner.released.is_set():
                self.close_connection = True
                return
            self._write(piece, reply.chunked)
            if reply.behaviour == "slow":
                owner.released.wait(reply.pause)
        if reply.chunked:
            self.wfile.write(b"0\r\n\r\n")

    def _write(self, data: bytes, chunked: bool) -> None:
        if chunked:
            self.wfile.write(f"{len(data):X}\r\n".encode("ascii") + data + b"\r\n")
        else:
            self.wfile.write(data)

    def _reset(self) -> None:
        """Close abruptly: SO_LINGER with a zero timeout makes close() send an RST."""
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()


def _pieces(body: bytes, size: int) -> Iterator[bytes]:
    for start in range(0, len(body), size):
        yield body[start : start + size]


def _lazy_body(size: int) -> Iterator[bytes]:
    """`size` bytes of RSS-looking filler, produced 64 KiB at a time and never held whole."""
    sent = 0
    while sent < size:
        piece = _FILLER[: size - sent]
        sent += len(piece)
        yield piece


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: "FeedServer"

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that hung up is part of what these tests do; record instead of printing.
        import sys

        self.owner.server_errors.append(repr(sys.exc_info()[1]))


class FeedServer:
    """Scripted routes on a real socket; see the module docstring."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._routes: dict[str, list[Reply]] = {}
        self._served: dict[str, int] = {}
        self.requests: list[Recorded] = []
        self.server_errors: list[str] = []
        self.released = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="feedserver", daemon=True
        )
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path if path.startswith('/') else '/' + path}"

    def route(self, path: str, *replies: Reply | bytes | str) -> str:
        """Script `path`; returns its URL. Plain bytes/str become a 200 RSS reply."""
        if not replies:
            raise ValueError("a route needs at least one reply")
        script = [r if isinstance(r, Reply) else Reply(body=r) for r in replies]
        with self._lock:
            self._routes[path] = script
            self._served[path] = 0
        return self.url(path)

    def requests_to(self, path: str) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if urlsplit(r.path).path == path]

    def _take(self, handler: _Handler) -> Reply | None:
        path = urlsplit(handler.path).path
        with self._lock:
            body = getattr(handler, "posted", b"")
            self.requests.append(Recorded(handler.command, handler.path, dict(handler.headers.items()), time.monotonic(), body))
            script = self._routes.get(path)
            if script is None:
                return None
            index = min(self._served[path], len(script) - 1)
            self._served[path] += 1
            return script[index]

    def close(self) -> None:
        self.released.set()  # wake every stalled handler
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
