"""A real SMTP server on 127.0.0.1 (aiosmtpd) that keeps what it receives.

Plain, STARTTLS or implicit TLS (SSL), with optional AUTH checked against one login; the TLS
certificate is made per test by trustme and trusted through SSL_CERT_FILE, which OpenSSL reads
when the sender makes its default context. `stop()` and `start()` on the same port simulate a
server that is down at send time and back later.
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage
    login: str | None


@dataclass
class Inbox:
    messages: list[Received] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = BytesParser(policy=policy.default).parsebytes(envelope.content)
        login = session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None
        self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), message, login))  # type: ignore[arg-type]
        return "250 OK"


class SmtpServer:
    def __init__(self, security: str = "none", login: tuple[str, str] | None = None,
                 tls: ssl.SSLContext | None = None) -> None:
        self.security, self.login, self.tls = security, login, tls
        self.port = free_port()
        self.inbox = Inbox()
        self.controller: Controller | None = None

    def _authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and self.login is not None and \
            (data.login.decode(), data.password.decode()) == self.login
        if ok:
            self.inbox.logins.append(data.login.decode())
        return AuthResult(success=ok, handled=False, auth_data=data)

    def start(self) -> "SmtpServer":
        kwargs: dict[str, Any] = {}
        if self.login:
            # Over implicit TLS aiosmtpd does not see the STARTTLS it looks for, so it is told TLS is not needed.
            kwargs.update(authenticator=self._authenticate, auth_required=True, auth_require_tls=self.security == "starttls")
        if self.security == "starttls":
            kwargs.update(tls_context=self.tls, require_starttls=True)
        elif self.security == "ssl":
            kwargs.update(ssl_context=self.tls)
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port, server_hostname="127.0.0.1", **kwargs)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None
