"""A classifier built in the test (tests/models/tiny.py's hashing encoder and a head trained on it)."""

from __future__ import annotations

from pathlib import Path

from models.classifier import Classifier
from models.train import train_head
from monitor.config import ModelConfig
from tests.models.test_sentiment_backends import _examples
from tests.models.tiny import HashingEncoder


def tiny_classifier(folder: Path) -> Classifier:
    encoder = HashingEncoder()
    head = folder / "head.safetensors"
    train_head(encoder.embed, _examples(), head, data_files=[])
    return Classifier(ModelConfig(sentiment=f"embedded:{head}")).load(encoder=encoder)
