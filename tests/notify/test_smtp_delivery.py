"""The digest through the outbox to a real SMTP server on 127.0.0.1 (aiosmtpd)."""

from __future__ import annotations

import smtplib
from datetime import timedelta
from pathlib import Path

import pytest
import trustme

from monitor.config import Config
from monitor.notify import daily
from monitor.notify.deliver import make_sender
from monitor.notify.email import build_message
from monitor.notify.outbox import Message, Outbox
from monitor.storage.store import Store
from tests.notify.conftest import NOW, email_settings
from tests.notify.samples import HOSTILE_TEXT, sample_digest
from tests.notify.smtpserver import SmtpServer


def queue_sample(cfg: Config, store: Store) -> tuple[Outbox, str]:
    assert cfg.notify.email is not None
    key = daily.digest_key(sample_digest().date, cfg.notify.email.recipients)
    composed = daily.compose(sample_digest(), cfg, key)
    message = build_message(cfg.notify.email, composed.mail, seed=key)
    outbox = Outbox(store, cfg.notify.max_attempts, cfg.notify.retry_backoff)
    assert outbox.enqueue(Message(key, "digest", "email", message.as_string(), ", ".join(cfg.notify.email.recipients),
                                  composed.mail.subject), NOW)
    return outbox, key


def test_digest_arrives_with_both_parts_and_the_inline_chart(smtp: SmtpServer, config_for, store: Store) -> None:
    cfg = config_for({"email": email_settings(smtp, subject_prefix="[rw]")})
    outbox, key = queue_sample(cfg, store)
    report = outbox.deliver(NOW, make_sender(cfg, []))
    assert [r.key for r in report.sent] == [key]
    (got,) = smtp.inbox.messages
    assert got.rcpt_tos == ["marketing@example.org", "ceo@example.org"]
    assert got.mail_from == "repwatch@example.org"
    msg = got.message
    assert msg["Subject"] == "[rw] Trapkracht daily digest 2026-12-01: 20 mentions, 9 negative, 1 alert"
    assert msg.get_content_type() == "multipart/alternative"
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "Trapkracht: 20 mentions" in text and HOSTILE_TEXT in text
    assert "&lt;script&gt;" in html and "<script" not in html and "onerror=\"" not in html
    (image,) = [p for p in msg.walk() if p.get_content_type() == "image/png"]
    cid = image["Content-ID"].strip("<>")
    assert f'src="cid:{cid}"' in html
    assert image.get_content()[:8] == b"\x89PNG\r\n\x1a\n"
    row = outbox.get(key)
    assert row is not None and row.status == "sent" and row.attempts == 1 and row.sent_at is not None


def test_server_down_then_up_delivers_exactly_once(config_for, store: Store) -> None:
    server = SmtpServer()  # not started: the port refuses connections
    cfg = config_for({"email": email_settings(server), "retry_backoff": "2m"})
    outbox, key = queue_sample(cfg, store)
    send = make_sender(cfg, [])
    first = outbox.deliver(NOW, send)
    assert not first.sent and "Connection" in first.failed[0][1] or "refused" in first.failed[0][1].lower()
    row = outbox.get(key)
    assert row is not None and (row.status, row.attempts) == ("pending", 1)
    assert row.next_attempt_at == NOW + timedelta(minutes=2) and row.last_error
    assert not outbox.deliver(NOW + timedelta(minutes=1), send).failed, "not retried before its time"
    server.start()
    try:
        assert [r.key for r in outbox.deliver(NOW + timedelta(minutes=2), send).sent] == [key]
        assert not outbox.deliver(NOW + timedelta(hours=5), send).sent, "a sent message is never sent again"
        assert len(server.inbox.messages) == 1
    finally:
        server.stop()
    row = outbox.get(key)
    assert row is not None and (row.status, row.attempts) == ("sent", 2)
    # Queuing the same digest again (a restart, a second process) is refused by the key.
    assert not outbox.enqueue(Message(key, "digest", "email", "x"), NOW + timedelta(hours=6))


def test_backoff_doubles_and_gives_up_after_max_attempts(config_for, store: Store) -> None:
    server = SmtpServer()  # never started
    cfg = config_for({"email": email_settings(server), "retry_backoff": "1m", "max_attempts": 3})
    outbox, key = queue_sample(cfg, store)
    send, at, waits = make_sender(cfg, []), NOW, []
    for _ in range(3):
        outbox.deliver(at, send)
        row = outbox.get(key)
        assert row is not None
        waits.append(row.next_attempt_at - at)
        at = row.next_attempt_at
    assert waits[:2] == [timedelta(minutes=1), timedelta(minutes=2)]
    assert row.status == "failed" and row.attempts == 3
    assert not outbox.due(at + timedelta(days=1))


@pytest.fixture
def tls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A CA made for this test, trusted by the sender through SSL_CERT_FILE."""
    ca = trustme.CA()
    server_ctx = __import__("ssl").create_default_context(__import__("ssl").Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_ctx)
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    return server_ctx


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_login_over_tls_with_the_password_from_the_environment(security: str, tls, config_for, store: Store,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    server = SmtpServer(security, login=("rw", "s3cret-pw"), tls=tls).start()
    try:
        monkeypatch.setenv("RW_SMTP_PASSWORD", "s3cret-pw")
        cfg = config_for({"email": email_settings(server, username="rw", password_env="RW_SMTP_PASSWORD")})
        outbox, key = queue_sample(cfg, store)
        assert outbox.deliver(NOW, make_sender(cfg, [])).sent
        assert server.inbox.logins == ["rw"] and server.inbox.messages[0].login == "rw"
    finally:
        server.stop()


def test_wrong_password_is_retried_and_never_stored(tls, config_for, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    server = SmtpServer("starttls", login=("rw", "right-one"), tls=tls).start()
    try:
        monkeypatch.setenv("RW_SMTP_PASSWORD", "wrong-pass-123")
        cfg = config_for({"email": email_settings(server, username="rw", password_env="RW_SMTP_PASSWORD")})
        outbox, key = queue_sample(cfg, store)
        ((_row, error),) = outbox.deliver(NOW, make_sender(cfg, [])).failed
        assert "SMTPAuthenticationError" in error and "wrong-pass-123" not in error
        assert not server.inbox.messages
    finally:
        server.stop()


def test_plain_login_and_a_missing_password_variable(config_for, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    server = SmtpServer("none", login=("rw", "pw-plain")).start()
    try:
        cfg = config_for({"email": email_settings(server, username="rw", password_env="RW_SMTP_PASSWORD")})
        monkeypatch.delenv("RW_SMTP_PASSWORD", raising=False)
        outbox, key = queue_sample(cfg, store)
        ((_row, error),) = outbox.deliver(NOW, make_sender(cfg, [])).failed
        assert "RW_SMTP_PASSWORD is not set" in error
        monkeypatch.setenv("RW_SMTP_PASSWORD", "pw-plain")
        assert outbox.deliver(NOW + timedelta(hours=1), make_sender(cfg, [])).sent
        assert server.inbox.logins == ["rw"]
    finally:
        server.stop()


def test_tls_to_an_untrusted_certificate_fails(config_for, store: Store) -> None:
    ca = trustme.CA()  # not trusted: SSL_CERT_FILE is not pointed at it
    import ssl

    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(ctx)
    server = SmtpServer("ssl", tls=ctx).start()
    try:
        cfg = config_for({"email": email_settings(server)})
        outbox, _key = queue_sample(cfg, store)
        ((_row, error),) = outbox.deliver(NOW, make_sender(cfg, [])).failed
        assert "CERTIFICATE_VERIFY_FAILED" in error or "certificate" in error.lower()
        assert not server.inbox.messages
    finally:
        server.stop()


def test_smtplib_is_the_only_sender() -> None:
    """Guard: the sender uses smtplib's classes (what the tests above exercise against aiosmtpd)."""
    from monitor.notify import email

    assert email.smtplib is smtplib
