"""`repwatch dashboard`: serve the Streamlit dashboard for one config, on 127.0.0.1 by default."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from monitor.cli_common import ConfigOption, err, fail, opened, out
from monitor.dashboard_process import APP, DEFAULT_PORT, streamlit_command, streamlit_env

PortOption = Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="Port to serve the dashboard on.")]
AddressOption = Annotated[
    str, typer.Option("--address", help="Address to bind; 127.0.0.1 keeps it on this machine, 0.0.0.0 opens it to the network.")
]


def serve(config_file: Path, port: int, address: str = "127.0.0.1") -> None:
    """Replace this process with Streamlit, so Ctrl+C and SIGTERM reach the server itself."""
    config_file = config_file.resolve()
    command = streamlit_command(config_file, port, address)
    env = streamlit_env(config_file)
    out.print(f"dashboard for {config_file} on http://{address}:{port} (Ctrl+C stops it)", highlight=False)
    sys.stdout.flush()
    if os.name == "posix":
        os.execve(sys.executable, command, env)
    raise typer.Exit(subprocess.call(command, env=env))  # pragma: no cover - Windows has no exec


NoAuthOption = Annotated[
    bool, typer.Option("--no-auth", help="Serve on a non-loopback --address without a login (prints a warning).")
]


def dashboard(
    config: ConfigOption = None,
    port: PortOption = DEFAULT_PORT,
    address: AddressOption = "127.0.0.1",
    no_auth: NoAuthOption = False,
) -> None:
    """Serve the live dashboard (trends, topics, mentions, alerts, ad-hoc check) in the browser."""
    from monitor.config import config_path

    if not APP.is_file():
        fail(f"{APP}: the dashboard app is missing; reinstall repwatch from its checkout")
    with opened(config) as (cfg, _store):  # config and schema problems stop here, as one line, not in the browser
        allow = cfg.dashboard.allow
    check_access(address, no_auth, allow)
    serve(config_path(config), port, address)


def check_access(address: str, no_auth: bool, allow: Any) -> None:
    """Refuse (one line) or warn before serving on a non-loopback address without a login."""
    from monitor.access import AccessError, check_serving, login_configured, secrets_files

    try:
        warning = check_serving(address, no_auth, allow, login_configured(secrets_files(Path.cwd(), Path.home())))
    except AccessError as exc:
        fail(str(exc))
    if warning:
        err.print(warning, style="yellow", highlight=False)


def demo_config_file(db_path: Path) -> Path:
    """A config file beside the demo database, so the dashboard reads that database."""
    import yaml

    from monitor.starter import starter_text

    target = db_path.resolve().with_suffix(".yaml")
    data = yaml.safe_load(starter_text(target.parent))
    data["storage"] = {"url": f"sqlite:///{db_path.resolve()}"}
    header = "# Written by `repwatch demo`: the demo config, reading the demo database. Recreated each run.\n"
    target.write_text(header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return target
