from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from models.labelled import DataError, Example, read_labelled
from models.sentiment import LABELS, EmbeddingSentimentHead, Sentiment, from_probabilities
from models.sentiment_hf import HFSentiment, label_columns
from models.train import train_head
from tests.models.tiny import HashingEncoder, save_tiny_classifier

POSITIVE = ["great bike", "good service", "top fiets", "goed geleverd", "great prijs", "good winkel"]
NEGATIVE = ["awful bike", "bad service", "slecht geleverd", "bad prijs", "awful levering", "slecht winkel"]
NEUTRAL = ["de fiets", "het is een winkel", "the bike", "de levering", "een prijs", "the service"]


@pytest.mark.parametrize(
    ("id2label", "expected"),
    [
        ({0: "negative", 1: "neutral", 2: "positive"}, [[1, 0, 0], [0, 1, 0], [0, 0, 1]]),
        ({0: "POS", 1: "NEG"}, [[0, 0, 1], [1, 0, 0]]),
        ({0: "LABEL_0", 1: "LABEL_1"}, [[1, 0, 0], [0, 0, 1]]),
        ({0: "1 star", 1: "2 stars", 2: "3 stars", 3: "4 stars", 4: "5 stars"},
         [[1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 0, 1]]),
    ],
)
def test_label_mapping(id2label: dict[int, str], expected: list[list[int]]) -> None:
    assert label_columns(id2label).tolist() == expected


def test_unmappable_labels_are_refused() -> None:
    with pytest.raises(ValueError, match=r"cannot map the model's labels \['joy', 'anger'\]"):
        label_columns({0: "joy", 1: "anger"})


def test_scores_and_labels_from_probabilities() -> None:
    (s,) = from_probabilities(np.array([[0.1, 0.2, 0.7]]))
    assert s == Sentiment("positive", pytest.approx(0.6), pytest.approx(0.7))


def test_hf_backend_loads_a_saved_model(tmp_path: Path) -> None:
    folder = save_tiny_classifier(tmp_path / "tiny", {0: "negative", 1: "neutral", 2: "positive"})
    backend = HFSentiment(str(folder), batch_size=2).load()
    results = backend.predict_texts(["great bike", "awful service", "de fiets is slecht"])
    assert len(results) == 3
    assert all(r.label in LABELS and -1 <= r.score <= 1 and 0 < r.confidence <= 1 for r in results)
    assert backend.version == f"hf:{folder}"


def test_hf_backend_before_load_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="call load"):
        HFSentiment("x").predict_texts(["x"])


def _examples() -> list[Example]:
    rows = [(t, "positive") for t in POSITIVE] + [(t, "negative") for t in NEGATIVE] + [(t, "neutral") for t in NEUTRAL]
    return [Example(t, label, "en") for t, label in rows * 3]


def test_trained_head_round_trips_and_separates_the_classes(tmp_path: Path) -> None:
    data = tmp_path / "corpus.jsonl"
    data.write_text("\n".join(json.dumps({"text": e.text, "label": e.label}) for e in _examples()), encoding="utf-8")
    encoder = HashingEncoder()
    report = train_head(encoder.embed, read_labelled(data), tmp_path / "head.safetensors", data_files=[data])
    assert report.examples == 54 and report.by_label == {"positive": 18, "negative": 18, "neutral": 18}
    head = EmbeddingSentimentHead(tmp_path / "head.safetensors").load()
    predicted = head.predict(encoder.embed(["great service", "awful prijs"]))
    assert [p.label for p in predicted] == ["positive", "negative"]
    assert predicted[0].score > 0 > predicted[1].score
    assert head.version.startswith("head-") and head.metadata_["examples"] == "54"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"text": "ok", "label": "meh"}', r"data.jsonl:1: `label` must be one of negative, neutral, positive"),
        ('{"text": "ok", "label": "neutral"}\nnot json', r"data.jsonl:2: not valid JSON"),
        ('{"label": "neutral"}', r"data.jsonl:1: needs a string `text`"),
        ("", r"data.jsonl: no labelled rows"),
    ],
)
def test_bad_training_data_names_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "data.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=message):
        read_labelled(path)


def test_head_missing_or_unloaded(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="run `repwatch train-sentiment`"):
        EmbeddingSentimentHead(tmp_path / "none.safetensors").load()
    with pytest.raises(RuntimeError, match="call load"):
        EmbeddingSentimentHead(tmp_path / "none.safetensors").predict(np.zeros((1, 4)))


def test_c_is_cross_validated_on_held_out_data_when_asked(tmp_path: Path) -> None:
    from models.train import C_GRID

    encoder = HashingEncoder()
    auto = train_head(encoder.embed, _examples(), tmp_path / "auto.safetensors", data_files=[], c=None)
    assert set(auto.cv_by_c) == {str(c) for c in C_GRID} and auto.c in C_GRID
    fixed = train_head(encoder.embed, _examples(), tmp_path / "fixed.safetensors", data_files=[], c=0.5)
    assert (fixed.c, list(fixed.cv_by_c)) == (0.5, ["0.5"])


def test_training_stores_a_calibration_that_keeps_every_label(tmp_path: Path) -> None:
    encoder = HashingEncoder()
    report = train_head(encoder.embed, _examples(), tmp_path / "head.safetensors", data_files=[])
    head = EmbeddingSentimentHead(tmp_path / "head.safetensors").load()
    assert head.temperature_ == pytest.approx(report.temperature, abs=1e-4) and head.temperature_ > 0
    correction = head.share_correction_
    assert correction is not None
    assert correction.confusion.sum(axis=0) == pytest.approx(np.ones(3))
    assert correction.mean_posterior.sum(axis=0) == pytest.approx(np.ones(3), abs=1e-5)
    x = encoder.embed(POSITIVE + NEGATIVE + NEUTRAL + ["prijs", "service awful great"])
    calibrated = head.predict_proba(x)
    version = head.version
    head.temperature_ = 1.0
    plain = head.predict_proba(x)
    assert (calibrated.argmax(axis=1) == plain.argmax(axis=1)).all()
    assert ((calibrated[:, 2] > calibrated[:, 0]) == (plain[:, 2] > plain[:, 0])).all(), "score > 0 unchanged"
    assert head.version != version or report.temperature == pytest.approx(1.0), "a new calibration relabels"
