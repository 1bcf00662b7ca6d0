"""The classifier's plumbing with a small hashing encoder and a head trained in the test."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from models.classifier import Classifier
from models.topics import TopicClassifier
from models.train import train_head
from monitor.config import ModelConfig, TopicConfig
from tests.models.test_sentiment_backends import _examples
from tests.models.tiny import HashingEncoder

TOPICS = [
    TopicConfig(name="delivery", description="levering", examples=["levering", "delivery"]),
    TopicConfig(name="price", description="prijs", examples=["prijs", "price"]),
]


@pytest.fixture(scope="module")
def classifier(tmp_path_factory: pytest.TempPathFactory) -> Classifier:
    encoder = HashingEncoder()
    head = tmp_path_factory.mktemp("head") / "head.safetensors"
    train_head(encoder.embed, _examples(), head, data_files=[])
    config = ModelConfig(sentiment=f"embedded:{head}", topic_threshold=0.3)
    return Classifier(config, TOPICS).load(encoder=encoder)


def test_classify_gives_language_sentiment_topics_and_sentences(classifier: Classifier) -> None:
    (result,) = classifier.classify(["Great top, great service. Awful slecht levering, bad!"])
    assert result.language.code in {"nl", "en"}
    assert [s.text for s in result.sentences] == ["Great top, great service.", "Awful slecht levering, bad!"]
    first, second = result.sentences
    assert first.sentiment.label == "positive" and second.sentiment.label == "negative"
    assert second.topics == ["delivery"] and first.topics == []
    (delivery,) = [t for t in result.topics if t.name == "delivery"]
    assert delivery.sentiment.score == pytest.approx(second.sentiment.score), "a topic carries its sentences' sentiment"
    assert result.model_version.startswith("hashing-64/head-")


def test_empty_and_tiny_texts_are_neutral_and_unsure(classifier: Classifier) -> None:
    for result in classifier.classify(["", " ", "x"]):
        assert (result.sentiment.label, result.sentiment.confidence) == ("neutral", 0.0)
        assert result.topics == []


def test_texts_about_nothing_get_no_topic(tmp_path: Path) -> None:
    topics = TopicClassifier(TOPICS).fit(HashingEncoder().embed)
    assert topics.assign(topics.scores(HashingEncoder().embed(["het weer is mooi vandaag"]))) == [[]]


def test_topic_margin_keeps_only_the_clear_winners() -> None:
    topics = TopicClassifier(TOPICS, threshold=0.1, margin=0.05).fit(HashingEncoder().embed)
    (assigned,) = topics.assign(np.array([[0.9, 0.2]], dtype=np.float32))
    assert [t.name for t in assigned] == ["delivery"]
    (both,) = topics.assign(np.array([[0.6, 0.58]], dtype=np.float32))
    assert [t.name for t in both] == ["delivery", "price"]


def test_use_before_load_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="call load"):
        Classifier().classify(["x"])
    with pytest.raises(RuntimeError, match="call fit"):
        TopicClassifier(TOPICS).scores(np.zeros((1, 4)))
