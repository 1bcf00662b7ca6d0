"""repwatch: review and social-media sentiment monitor."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("repwatch")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
