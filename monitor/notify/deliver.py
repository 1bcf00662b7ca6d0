"""Send an outbox row over the right path: SMTP for e-mail, Apprise for a channel."""

from __future__ import annotations

import json

from monitor.config import Config
from monitor.notify import email as mail
from monitor.notify.channels import Channel, DeliveryError, send_apprise
from monitor.notify.outbox import Row, Sender


def make_sender(config: Config, channels: list[Channel]) -> Sender:
    by_key = {c.key: c for c in channels}

    def send(row: Row) -> str | None:
        if row.kind == "digest" or row.channel == "email":
            if config.notify.email is None:
                raise DeliveryError("notify.email: not configured any more; the message cannot be sent")
            text = row.payload if row.kind == "digest" else json.loads(row.payload)["mime"]
            recipients = [r.strip() for r in row.recipients.split(",") if r.strip()]
            return mail.send(config.notify.email, mail.parse_message(text), recipients or None)
        channel = by_key.get(row.key.split("|")[2])
        if channel is None:
            raise DeliveryError(f"{row.channel}: this channel is no longer configured")
        data = json.loads(row.payload)
        send_apprise(channel, data["title"], data["body"])
        return None

    return send
