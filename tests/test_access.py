"""Who may see the dashboard: the allow-list as a pure function, and the refusal to serve openly."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from monitor.access import AccessError, check_serving, email_allowed, is_loopback, login_configured
from monitor.cli import app


@pytest.mark.parametrize(
    ("address", "loopback"),
    [("127.0.0.1", True), ("127.8.9.1", True), ("::1", True), ("[::1]", True), ("localhost", True),
     ("0.0.0.0", False), ("::", False), ("192.168.1.20", False), ("dashboard.example.org", False)],
)
def test_loopback_addresses(address: str, loopback: bool) -> None:
    assert is_loopback(address) is loopback


@pytest.mark.parametrize(
    ("email", "allowed"),
    [("anna@trapkracht.nl", True), ("ANNA@Trapkracht.NL", True), ("piet@trapkracht.nl", True),
     ("bob@bureau.example", True), ("eve@bureau.example.evil", False), ("eve@evil-trapkracht.nl", False),
     ("eve@mail.trapkracht.nl", False), ("kim@agency.example", False), ("", False), (None, False),
     ("no-at-sign", False), ("a@b@trapkracht.nl", False)],
)
def test_allow_list_of_addresses_and_domains(email: str | None, allowed: bool) -> None:
    allow = ["@trapkracht.nl", "bob@bureau.example", "  "]
    assert email_allowed(email, allow) is allowed


def test_a_bare_domain_works_like_an_at_domain() -> None:
    assert email_allowed("piet@trapkracht.nl", ["trapkracht.nl"])
    assert not email_allowed("piet@trapkracht.nl", [])


def test_serving_rules() -> None:
    assert check_serving("127.0.0.1", no_auth=False, allow=[], has_login=False) is None
    assert check_serving("0.0.0.0", no_auth=False, allow=["@trapkracht.nl"], has_login=True) is None
    assert "without a login" in (check_serving("0.0.0.0", no_auth=True, allow=[], has_login=False) or "")
    with pytest.raises(AccessError, match="needs a login"):
        check_serving("0.0.0.0", no_auth=False, allow=[], has_login=True)
    with pytest.raises(AccessError, match=r"no \.streamlit/secrets\.toml has an \[auth\] section"):
        check_serving("10.0.0.5", no_auth=False, allow=["@trapkracht.nl"], has_login=False)


def test_login_configured_reads_secrets_toml(tmp_path: Path) -> None:
    secrets = tmp_path / "secrets.toml"
    assert not login_configured([secrets])
    secrets.write_text('[connections]\nx = 1\n')
    assert not login_configured([secrets])
    secrets.write_text('[auth]\nredirect_uri = "https://dash.example.org/oauth2callback"\ncookie_secret = "s"\n')
    assert login_configured([tmp_path / "missing.toml", secrets])
    secrets.write_text("[auth\nbroken")
    assert not login_configured([secrets])


def test_dashboard_refuses_an_open_address_without_login_or_no_auth(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"brands": [{"name": "B", "own": True}],
                                      "storage": {"url": f"sqlite:///{tmp_path / 'd.db'}"}}))
    result = CliRunner().invoke(app, ["dashboard", "--config", str(config), "--address", "0.0.0.0"])
    assert result.exit_code == 2
    assert "--address 0.0.0.0: serving beyond this machine needs a login" in result.stderr
