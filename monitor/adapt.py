"""`repwatch adapt`: the deployment head fitted to this store's labelled mentions, kept only if better.

The model side (weighting, held-out comparison) is `models.adapt`; this module decides where the
head goes (where the config's model settings load it, never over the shipped head) and reads
the labels from the store (`monitor.user_labels`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.adapt import HELD_OUT, MIN_LABELS, AdaptReport, adapt_head
from models.e5_convert import default_cache_dir
from models.embedding_cache import EmbeddingCache
from models.classifier import Classifier
from models.labelled import Example
from models.sentiment import DEFAULT_HEAD, EmbeddingSentimentHead
from monitor.config import Config
from monitor.storage.store import Store
from monitor.user_labels import UserLabel, user_labels


def adapt_target(cfg: Config) -> Path:
    """Where the config's model settings load a deployment head from; never the shipped head (ValueError)."""
    sentiment = cfg.model.sentiment
    if sentiment.startswith("hf:"):
        raise ValueError("model.sentiment: `repwatch adapt` fits the embedded head; an hf: model is not adapted "
                         "(set `sentiment: embedded` to use it)")
    target = Path(sentiment.removeprefix("embedded:")) if sentiment.startswith("embedded:") else cfg.model.adapted_head
    assert target is not None  # Config always resolves it; an `embedded:` path is read as the classifier reads it
    if target.resolve() == DEFAULT_HEAD.resolve():
        raise ValueError(f"model: {target} is the head shipped with repwatch; point `model.adapted_head` (or "
                         "`sentiment: embedded:<file>`) at a file of your own")
    return target


def enough_labels(labels: list[UserLabel]) -> list[UserLabel]:
    if len(labels) < MIN_LABELS:
        raise ValueError(f"{len(labels)} labelled mentions (star ratings or dashboard corrections); adapting needs at "
                         f"least {MIN_LABELS}: collect a rated source (appstore, googleplay) or correct labels in the dashboard")
    return labels


@dataclass(frozen=True)
class Adapted:
    report: AdaptReport
    labels: list[UserLabel]
    old_head: str  # version of the head compared against


def adapt_store(cfg: Config, store: Store, classifier: Classifier, corpus: list[Example],
                held_out: float = HELD_OUT) -> Adapted:
    """Compare the configured head with one fitted to the store's labelled mentions; keep the better.
    Raises ValueError with a one-line reason when it cannot."""
    target = adapt_target(cfg)
    labels = enough_labels(user_labels(store))
    head = classifier.sentiment_
    if not isinstance(head, EmbeddingSentimentHead):
        raise ValueError("model.sentiment: `repwatch adapt` fits the embedded head only")
    encoder = classifier.encoder_
    cache = EmbeddingCache(default_cache_dir() / "embeddings", f"{encoder.version}/{getattr(encoder, 'precision_', '')}")
    corpus_x = cache.embed(encoder.embed, [e.text for e in corpus])
    user_x = encoder.embed([label.text for label in labels])
    report = adapt_head(head, corpus_x, corpus, user_x, [label.example() for label in labels], target,
                        held_out, metadata={"base_head": head.version})
    return Adapted(report, labels, head.version)
