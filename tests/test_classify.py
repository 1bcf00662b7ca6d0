"""The classify step on a real SQLite store, with the small hashing encoder."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from models.classifier import Classifier
from monitor.classify import classify_pending, mention_text
from monitor.collectors.base import MentionRecord
from monitor.storage.store import ClassificationStore, NewMention, Store
from tests.models.tiny import tiny_classifier

NOW = datetime(2026, 11, 20, tzinfo=timezone.utc)
LONG = "Great bike and great service, the levering was top and the prijs was good for this fiets"


@pytest.fixture(scope="module")
def classifier(tmp_path_factory: pytest.TempPathFactory) -> Classifier:
    return tiny_classifier(tmp_path_factory.mktemp("head"))


def add(store: Store, source: str, *texts: str) -> None:
    sid = store.ensure_source(source, "feed", "x")
    items = [NewMention(MentionRecord(f"{source}-{i}", t), "Trapkracht", NOW, False) for i, t in enumerate(texts)]
    store.add_mentions(sid, items)


def test_classifies_each_mention_once_and_reuses_results_for_copies(db_url: str, classifier: Classifier) -> None:
    store = Store(db_url)
    add(store, "a", "great bike", "awful service", "Top service!")
    add(store, "b", "Top service!")  # same short text from another customer: a second mention, same content
    report = classify_pending(store, classifier)
    assert (report.classified, report.from_cache) == (3, 1)
    assert classify_pending(store, classifier).classified == 0, "nothing is classified twice"
    rows = {r["text"]: r for r in store.iter_mentions()}
    assert rows["great bike"]["language"] is not None
    pending = ClassificationStore(store, classifier.version)
    assert pending.count_pending() == 0
    assert ClassificationStore(store, "another-model").count_pending() == 4, "a new model version re-labels"


def test_results_are_stored_with_sentences_and_topics(db_url: str, classifier: Classifier) -> None:
    store = Store(db_url)
    add(store, "a", LONG + ". Awful slecht levering, bad!")
    classify_pending(store, classifier)
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql("select sentiment, score, confidence, topics, sentences, model_version from classifications").one()
    assert row.sentiment in {"negative", "neutral", "positive"} and -1 <= row.score <= 1
    assert len(json.loads(row.sentences)) == 2
    assert isinstance(json.loads(row.topics), list)
    assert row.model_version == classifier.version


def test_topic_rows_follow_the_classification(db_url: str, classifier: Classifier) -> None:
    """mention_topics mirrors classifications.topics, and a re-label replaces its rows."""
    store = Store(db_url)
    add(store, "a", LONG)
    results = ClassificationStore(store, "v1")
    (pending,) = results.pending(10)
    topics = [{"name": "delivery", "similarity": 0.5, "label": "negative", "score": -0.7, "confidence": 0.8},
              {"name": "price", "similarity": 0.4, "label": "positive", "score": 0.6, "confidence": 0.7}]
    row = {"mention_id": pending["id"], "sentiment": "neutral", "score": 0.0, "confidence": 0.5,
           "topics": json.dumps(topics), "sentences": "[]", "model_version": "v1", "classified_at": NOW, "language": "en"}
    results.save([row])
    results.save([{**row, "topics": json.dumps(topics[1:])}])
    with store.engine.connect() as conn:
        stored = conn.exec_driver_sql("select topic, sentiment, score from mention_topics").all()
    assert [tuple(r) for r in stored] == [("price", "positive", 0.6)]


def test_limit_and_batches(db_url: str, classifier: Classifier, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("monitor.classify.BATCH", 2)
    store = Store(db_url)
    add(store, "a", *[f"great bike number {i}" for i in range(5)])
    seen: list[tuple[int, int]] = []
    report = classify_pending(store, classifier, limit=3, on_batch=lambda done, total: seen.append((done, total)))
    assert report.classified == 3 and seen == [(2, 3), (3, 3)]


@pytest.mark.parametrize(
    ("title", "text", "combined"),
    [("", "body", "body"), ("Titel", "body", "Titel\nbody"), ("Titel", "Titel en body", "Titel en body")],
)
def test_mention_text(title: str, text: str, combined: str) -> None:
    assert mention_text(title, text) == combined


def test_new_mentions_go_before_relabelling_and_relabelling_starts_with_the_newest(db_url: str, classifier: Classifier) -> None:
    """After a model change the history is re-labelled, but what arrives meanwhile is not kept waiting."""
    store = Store(db_url)
    add(store, "old", "great bike", "awful service", "slow levering", "good prijs")
    classify_pending(store, classifier)
    add(store, "new", "top winkel", "bad bike")
    ids = {r["text"]: r["id"] for r in store.iter_mentions()}
    upgraded = ClassificationStore(store, "another-model")
    order = [r["text"] for r in upgraded.pending(4)]
    assert order == ["top winkel", "bad bike", "good prijs", "slow levering"]
    assert [r["id"] for r in upgraded.pending(10)][2:] == sorted((ids[t] for t in ("great bike", "awful service",
                                                                                   "slow levering", "good prijs")), reverse=True)
    assert upgraded.count_pending() == 6
