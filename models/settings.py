"""The plain settings the model code takes: what the application's config converts into.

models/ never imports the application's config (monitor.config validates the YAML and converts),
so the model code stands alone: a script or a test builds these directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_LANGUAGES = ("nl", "nb", "nn", "da", "sv", "en", "de", "fr", "es")


@dataclass(frozen=True)
class TopicSpec:
    """One topic: a name, one line saying what it covers, and example phrases (any language)."""

    name: str
    description: str
    examples: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "examples", tuple(self.examples))

    def to_json(self) -> dict[str, object]:
        # the key order and list shape of the config's topics, so model versions (a digest) stay put
        return {"name": self.name, "description": self.description, "examples": list(self.examples)}


@dataclass(frozen=True)
class ModelSettings:
    sentiment: str = "embedded"  # "embedded", "embedded:<head file>" or "hf:<model id or path>"
    languages: tuple[str, ...] = DEFAULT_LANGUAGES  # ISO 639-1 codes the detector chooses between
    batch_size: int = 32
    precision: str = "auto"  # encoder arithmetic: auto, fp32 or bf16
    topic_threshold: float | None = None  # z above small talk; None: the topic model's default
    adapted_head: Path | None = None  # a head `repwatch adapt` fitted to the deployment; used when the file exists

    def __post_init__(self) -> None:
        object.__setattr__(self, "languages", tuple(self.languages))

