"""The classifier's plumbing with a small hashing encoder and a head trained in the test."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from models.classifier import Classifier
from models.topics import TopicClassifier
from models.settings import TopicSpec
from tests.models.tiny import HashingEncoder, tiny_classifier

TOPICS = [
    TopicSpec(name="delivery", description="levering", examples=["levering", "delivery"]),
    TopicSpec(name="price", description="prijs", examples=["prijs", "price"]),
]


@pytest.fixture(scope="module")
def classifier(tmp_path_factory: pytest.TempPathFactory) -> Classifier:
    return tiny_classifier(tmp_path_factory.mktemp("head"), topic_threshold=0.3, topics=TOPICS)


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


def test_topics_above_the_threshold_best_first() -> None:
    topics = TopicClassifier(TOPICS, threshold=2.0).fit(HashingEncoder().embed)
    rows = topics.assign(np.array([[5.0, 1.0], [2.5, 3.5], [0.0, -1.0]], dtype=np.float32))
    assert [[t.name for t in row] for row in rows] == [["delivery"], ["price", "delivery"], []]


def test_scores_are_z_scores_against_small_talk() -> None:
    encoder = HashingEncoder()
    topics = TopicClassifier(TOPICS).fit(encoder.embed)
    on_topic = topics.scores(encoder.embed(["levering levering delivery"]))[0]
    assert on_topic[0] > topics.threshold > on_topic[1]


def test_use_before_load_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="call load"):
        Classifier().classify(["x"])
    with pytest.raises(RuntimeError, match="call fit"):
        TopicClassifier(TOPICS).scores(np.zeros((1, 4)))


def test_word_evidence_is_calibrated_and_then_required() -> None:
    """Small talk goes through the same word evidence as the texts, so it still scores about 0."""
    encoder = HashingEncoder()
    seen: list[int] = []

    def words(texts: list[str], probes: np.ndarray) -> np.ndarray:
        seen.append(len(texts))
        return np.tile(np.linspace(0.0, 1.0, len(probes), dtype=np.float32), (len(texts), 1))

    topics = TopicClassifier(TOPICS).fit(encoder.embed, words)
    assert seen and topics.uses_words_
    small_talk = encoder.embed(["het weer is mooi vandaag"])
    with pytest.raises(ValueError, match="word evidence"):
        topics.scores(small_talk)
    # the same constant evidence as in calibration shifts nothing; more for a topic lifts only it
    same = topics.scores(small_talk, words(["x"], topics.centroids_))[0]
    lifted = words(["x"], topics.centroids_)
    lifted[0, 0] += 1.0
    more = topics.scores(small_talk, lifted)[0]
    assert more[0] > same[0] and more[1] == pytest.approx(same[1])


def test_each_topic_of_a_turning_sentence_takes_its_own_clauses_sentiment(classifier: Classifier) -> None:
    (result,) = classifier.classify(["Great great levering top, but awful slecht prijs bad."])
    assert len(result.sentences) == 1, "one sentence: the clauses are not a breakdown of their own"
    topics = {t.name: t.sentiment for t in result.topics}
    assert topics["delivery"].label == "positive" and topics["price"].label == "negative", topics
    assert set(result.sentences[0].topics) == {"delivery", "price"}


def test_clauses_split_only_at_a_contrast_after_punctuation() -> None:
    from models.clauses import clause_spans

    def clauses(text: str) -> list[str]:
        return [text[a:b] for a, b in clause_spans(text, [(0, len(text))])]

    assert clauses("Die Lieferung kam schnell, aber das Rad war beschädigt.") == [
        "Die Lieferung kam schnell", "aber das Rad war beschädigt."]
    assert clauses("Lekker eten; maar de sfeer was kil") == ["Lekker eten", "maar de sfeer was kil"]
    assert clauses("Das ist aber schön.") == ["Das ist aber schön."]  # a particle, not a turn
    assert clauses("Great, but.") == ["Great, but."]  # a side of one word judges nothing
