"""repwatch: review and social-media sentiment monitor."""

from typing import Any


def __getattr__(name: str) -> Any:
    # The version is looked up on first use: importlib.metadata costs a tenth of a second at start-up.
    if name != "__version__":
        raise AttributeError(f"module 'monitor' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("repwatch")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"
