"""E-mail: build the MIME message (text and HTML alternatives, inline images by CID) and send it.

Only `send` touches the network. The structure is multipart/alternative [text/plain,
multipart/related [text/html, image/png]], which every common client shows as the HTML with its
image inline, and the text to clients that prefer it. TLS verifies the server against the system
CA store (OpenSSL honours SSL_CERT_FILE for a private CA).
"""

from __future__ import annotations

import hashlib
import smtplib
import ssl
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import Parser
from email.utils import formatdate

from monitor.notify.config import EmailConfig

# Python's folder breaks some 79+ character subjects right after "Subject:", which parsers then
# read with a leading space; RFC 5322 allows lines up to 998 characters, so nothing is folded.
MAIL_POLICY = policy.default.clone(max_line_length=998)


@dataclass(frozen=True)
class InlineImage:
    cid: str  # without angle brackets; the HTML refers to it as src="cid:<cid>"
    data: bytes
    subtype: str = "png"


@dataclass(frozen=True)
class Mail:
    subject: str
    text: str
    html: str | None = None
    images: list[InlineImage] = field(default_factory=list)


def image_cid(name: str, seed: str, sender: str) -> str:
    """A content id unique to this message (clients cache images by it), stable for one message."""
    domain = sender.rsplit("@", 1)[-1].strip(">") or "repwatch.invalid"
    return f"{name}.{hashlib.sha256(seed.encode()).hexdigest()[:16]}@{domain}"


def build_message(config: EmailConfig, mail: Mail, seed: str) -> EmailMessage:
    """`seed` (the outbox key) fixes the Message-ID, so a re-sent copy is recognisable as the same one."""
    message = EmailMessage(policy=MAIL_POLICY)
    message["Subject"] = mail.subject
    message["From"] = config.sender
    message["To"] = ", ".join(config.recipients)
    message["Date"] = formatdate(localtime=False)
    digest = hashlib.sha256(seed.encode()).hexdigest()[:24]
    message["Message-ID"] = f"<{digest}@{config.sender.rsplit('@', 1)[-1].strip('>')}>"
    message.set_content(mail.text)
    if mail.html is not None:
        message.add_alternative(mail.html, subtype="html")
        html_part = message.get_payload()[1]
        for image in mail.images:
            html_part.add_related(image.data, "image", image.subtype, cid=f"<{image.cid}>",
                                  disposition="inline", filename=f"{image.cid.split('@')[0]}.{image.subtype}")
    return message


def parse_message(text: str) -> EmailMessage:
    return Parser(_class=EmailMessage, policy=MAIL_POLICY).parsestr(text)  # type: ignore[return-value]


def _tls_context() -> ssl.SSLContext:
    return ssl.create_default_context()


def send(config: EmailConfig, message: EmailMessage, recipients: list[str] | None = None) -> str | None:
    """Send over SSL, STARTTLS or plain, logging in when configured.

    Raises on any failure (connection, TLS, login, all recipients refused). Returns a note naming
    the recipients the server refused when it accepted the others: resending would duplicate.
    """
    password = config.password()
    host, port, timeout = config.host, config.effective_port, config.timeout
    if config.security == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=_tls_context())
    else:
        smtp = smtplib.SMTP(host, port, timeout=timeout)
    with smtp:
        if config.security == "starttls":
            smtp.starttls(context=_tls_context())
        if config.username:
            smtp.login(config.username, password or "")
        refused = smtp.send_message(message, from_addr=_address(config.sender),
                                    to_addrs=[_address(r) for r in (recipients or config.recipients)])
    if refused:
        return "refused: " + ", ".join(f"{who} ({code})" for who, (code, _msg) in refused.items())
    return None


def _address(value: str) -> str:
    return value.rsplit("<", 1)[-1].rstrip(">").strip()
