"""One wall-clock deadline per request, covering connect, headers, body and retries together.

Socket timeouts bound each wait, not the whole: a server that sends one header byte a second
never trips a 5-second read timeout, and requests offers no total timeout. So the request runs
under a `Deadline`: a timer that, when it fires, shuts down every socket the request is using.
The blocked read then ends at once, and a connection attempted after the deadline is refused.

The sockets are found through urllib3 connection classes that register themselves with the
deadline of the calling thread when they connect and when they wait for a response.
"""

from __future__ import annotations

import socket
import threading
from types import TracebackType
from typing import Any

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ProtocolError

_current = threading.local()


class Deadline:
    """`with Deadline(seconds) as d:` ... `d.expired` tells afterwards whether it fired."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> "Deadline":
        _current.deadline = self
        self._timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._timer.cancel()
        _current.deadline = None
        with self._lock:
            self._sockets.clear()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shutdown(sock)

    def watch(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            if not self.expired:
                self._sockets.append(sock)
                return
        _shutdown(sock)


def _shutdown(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)  # wakes a thread blocked in recv on this socket
    except OSError:
        pass  # already closed


def _deadline() -> Deadline | None:
    return getattr(_current, "deadline", None)


def _refuse_when_expired() -> None:
    deadline = _deadline()
    if deadline is not None and deadline.expired:
        raise ProtocolError("request deadline passed (http.total_timeout)")


class _WatchedMixin:
    sock: Any

    def connect(self) -> None:
        _refuse_when_expired()
        super().connect()  # type: ignore[misc]
        if (deadline := _deadline()) is not None:
            deadline.watch(self.sock)

    def getresponse(self, *args: Any, **kw: Any) -> Any:
        # A pooled connection is reused without connect(): register it before waiting for headers.
        if (deadline := _deadline()) is not None:
            deadline.watch(self.sock)
        return super().getresponse(*args, **kw)  # type: ignore[misc]


class _HTTPConnection(_WatchedMixin, HTTPConnection):
    pass


class _HTTPSConnection(_WatchedMixin, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


POOL_CLASSES = {"http": _HTTPPool, "https": _HTTPSPool}
