"""`repwatch eval`'s calibration and share fields, on classifications whose errors are known."""

from __future__ import annotations

import json

import numpy as np
import pytest

from models.calibration import expected_calibration_error, softmax
from models.classifier import Classification
from models.language import LanguageResult
from models.quantify import ShareCorrection
from models.sentiment import LABELS, from_probabilities
from monitor.evaluate import share_scores

# Texts of each true class land around these logits: a head that confuses neutral with the others.
CENTERS = np.array([[1.5, 0.3, -1.0], [0.5, 1.5, 0.0], [-1.0, 0.3, 1.5]])


def _sample(rng: np.random.Generator, shares: tuple[float, ...], n: int) -> tuple[np.ndarray, np.ndarray]:
    y = rng.choice(3, size=n, p=shares)
    return y, softmax(CENTERS[y] + rng.normal(0, 1.0, size=(n, 3)))


def _classifications(probs: np.ndarray) -> list[Classification]:
    return [Classification(LanguageResult("nl", 1.0, "hint"), s) for s in from_probabilities(probs)]


@pytest.fixture
def correction() -> ShareCorrection:
    rng = np.random.default_rng(0)
    y, probs = _sample(rng, (1 / 3, 1 / 3, 1 / 3), 30_000)
    confusion = np.stack([np.bincount(probs[y == j].argmax(axis=1), minlength=3) / (y == j).sum() for j in range(3)], axis=1)
    mean_posterior = np.stack([probs[y == j].mean(axis=0) for j in range(3)], axis=1)
    return ShareCorrection(mean_posterior, confusion, method="acc")


def test_shares_per_group_are_true_raw_and_corrected(correction: ShareCorrection) -> None:
    rng = np.random.default_rng(1)
    rows, results = [], []
    for group, shares in (("a", (0.6, 0.2, 0.2)), ("b", (0.1, 0.3, 0.6))):
        y, probs = _sample(rng, shares, 3000)
        rows += [{"text": "x", "label": LABELS[k], "group": group} for k in y]
        results += _classifications(probs)
    report = json.loads(json.dumps(share_scores(rows, results, correction)))
    assert report["share_method"] == "acc"
    for group in ("a", "b"):
        g = report["by_group"][group]
        assert g["n"] == 3000
        true, raw, corrected = (np.array([g["shares"][k][c] for c in LABELS]) for k in ("true", "raw", "corrected"))
        gold = [r["label"] for r in rows if r["group"] == group]
        assert true == pytest.approx([gold.count(c) / 3000 for c in LABELS], abs=1e-4)
        assert np.abs(corrected - true).max() < 0.03
        assert np.abs(raw - true).max() > 0.05 > np.abs(corrected - true).max() + 0.02, "counting is biased here"
    everything = report["shares"]
    assert sum(everything["corrected"].values()) == pytest.approx(1.0, abs=1e-3)
    predicted = [r.sentiment.label for r in results]
    assert everything["raw"]["negative"] == pytest.approx(predicted.count("negative") / len(predicted), abs=1e-4)
    confidence = np.array([r.sentiment.confidence for r in results])
    correct = np.array([r.sentiment.label == row["label"] for r, row in zip(results, rows)])
    assert report["ece"] == pytest.approx(expected_calibration_error(confidence, correct), abs=1e-4)


def test_binary_file_has_no_neutral_share_and_no_groups_without_a_group_field(correction: ShareCorrection) -> None:
    rng = np.random.default_rng(2)
    y, probs = _sample(rng, (0.7, 0.0, 0.3), 2000)
    report = share_scores([{"text": "x", "label": LABELS[k]} for k in y], _classifications(probs), correction)
    assert "by_group" not in report
    shares = report["shares"]
    assert shares["true"]["neutral"] == 0.0 and shares["corrected"]["neutral"] == 0.0 and shares["raw"]["neutral"] == 0.0
    true = shares["true"]["negative"]
    assert abs(shares["corrected"]["negative"] - true) < abs(shares["raw"]["negative"] - true)


def test_without_a_correction_the_corrected_shares_are_the_raw_ones() -> None:
    rng = np.random.default_rng(3)
    y, probs = _sample(rng, (0.5, 0.25, 0.25), 500)
    report = share_scores([{"text": "x", "label": LABELS[k]} for k in y], _classifications(probs), None)
    assert report["shares"]["corrected"] == report["shares"]["raw"]
    assert report["share_method"].startswith("none")
