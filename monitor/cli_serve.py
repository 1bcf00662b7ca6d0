"""`repwatch serve`: the live monitor (watch loop and dashboard together); the logic is monitor/serve.py."""

from __future__ import annotations

from typing import Annotated

import typer

from monitor.cli_common import EXIT_FAILED, ConfigOption, err, fail, opened
from monitor.cli_dashboard import DEFAULT_PORT, AddressOption, NoAuthOption, PortOption, check_access
from monitor.cli_notify import ClassifyOption, _log_events


def serve(
    config: ConfigOption = None,
    port: PortOption = DEFAULT_PORT,
    address: AddressOption = "127.0.0.1",
    no_auth: NoAuthOption = False,
    classify: ClassifyOption = True,
    grace: Annotated[float, typer.Option("--grace", min=1, help="Seconds each part gets to stop cleanly.")] = 15.0,
) -> None:
    """Run the live monitor: every source on its interval, classify, detect, alert, the digest, and the dashboard."""
    from monitor.config import config_path
    from monitor.notify.channels import ChannelError
    from monitor.serve import Service

    _log_events()
    with opened(config) as (cfg, store):
        check_access(address, no_auth, cfg.dashboard.allow)
        try:
            service = Service(cfg, store, config_path(config), port, address, classify=classify, grace=grace)
        except (ChannelError, LookupError) as exc:  # LookupError: an unset *_env variable
            fail(f"{cfg.path}: {exc}")
        err.print(f"repwatch serve: dashboard on {service.url}, monitor running (Ctrl+C stops both)", highlight=False)
        service.install_signal_handlers()
        outcome = service.run()
    if outcome.code:
        err.print(f"[red]error:[/] repwatch serve: {outcome.reason}", highlight=False)
        raise typer.Exit(EXIT_FAILED)
