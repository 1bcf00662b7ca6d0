"""Delivery: the daily digest e-mail, immediate alerts to e-mail and Apprise channels, the outbox."""
