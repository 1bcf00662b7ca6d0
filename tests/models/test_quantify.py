"""Share estimators against synthetic data whose true shares and confusion are known."""

from __future__ import annotations

import numpy as np
import pytest

from models.calibration import confusion_rates, expected_calibration_error, fit_temperature, mean_posterior_matrix, softmax
from models.quantify import IDENTITY, LABELS, ShareCorrection, adjusted_shares, em_shares, label_shares, posteriors_from_label
from models.sentiment import from_probabilities

# Columns: true class; rows: predicted. A classifier that calls a fifth of neutral texts negative.
CONFUSION = np.array([[0.80, 0.20, 0.05],
                      [0.15, 0.70, 0.10],
                      [0.05, 0.10, 0.85]])


def _labels(rng: np.random.Generator, truth: np.ndarray, confusion: np.ndarray) -> np.ndarray:
    return np.array([rng.choice(3, p=confusion[:, t]) for t in truth])


@pytest.mark.parametrize("shares", [(0.6, 0.2, 0.2), (0.1, 0.3, 0.6), (0.2, 0.6, 0.2), (0.0, 0.5, 0.5)])
def test_acc_recovers_true_shares_where_counting_is_biased(shares: tuple[float, float, float]) -> None:
    rng = np.random.default_rng(7)
    truth = rng.choice(3, size=20_000, p=shares)
    predicted = _labels(rng, truth, CONFUSION)
    counted = np.bincount(predicted, minlength=3) / len(predicted)
    corrected = ShareCorrection(CONFUSION, CONFUSION).from_counts(np.bincount(predicted, minlength=3))
    true = np.bincount(truth, minlength=3) / len(truth)
    assert np.abs(corrected - true).max() < 0.015
    assert corrected.sum() == pytest.approx(1.0)
    # the bias that counting keeps is large here, so the test could fail in the other direction
    assert np.abs(counted - true).max() > 0.04


def test_pacc_recovers_shares_from_posterior_sums() -> None:
    rng = np.random.default_rng(3)
    centers = np.array([[2.0, 0.0, -2.0], [0.0, 1.0, 0.0], [-2.0, 0.0, 2.0]])
    def draw(n: int, p: tuple[float, ...]) -> tuple[np.ndarray, np.ndarray]:
        y = rng.choice(3, size=n, p=p)
        return softmax(centers[y] + rng.normal(0, 1.5, size=(n, 3))), y

    calib_probs, calib_y = draw(30_000, (1 / 3, 1 / 3, 1 / 3))
    correction = ShareCorrection(mean_posterior_matrix(calib_probs, calib_y), confusion_rates(calib_probs, calib_y))
    probs, y = draw(20_000, (0.7, 0.1, 0.2))
    true = np.bincount(y, minlength=3) / len(y)
    corrected = correction.from_posteriors(probs.sum(axis=0), len(y))
    assert np.abs(corrected - true).max() < 0.02
    assert np.abs(probs.mean(axis=0) - true).max() > 0.05


def test_em_adjusts_calibrated_posteriors_to_the_new_prior() -> None:
    rng = np.random.default_rng(5)
    # Gaussian classes in 1-D with known likelihoods: the Bayes posterior at a uniform prior is calibrated.
    means = np.array([-1.0, 0.0, 1.0])
    y = rng.choice(3, size=30_000, p=(0.1, 0.2, 0.7))
    x = means[y] + rng.normal(0, 0.8, size=len(y))
    posterior = softmax(-((x[:, None] - means[None, :]) ** 2) / (2 * 0.8**2))
    estimate = em_shares(posterior, np.full(3, 1 / 3))
    assert np.abs(estimate - np.bincount(y, minlength=3) / len(y)).max() < 0.02


def test_binary_restriction_puts_nothing_on_the_missing_class() -> None:
    shares = adjusted_shares(np.array([0.5, 0.2, 0.3]), CONFUSION, classes=[0, 2])
    assert shares[1] == 0.0
    assert shares.sum() == pytest.approx(1.0)


def test_strength_zero_and_identity_give_the_raw_shares() -> None:
    counts = np.array([30, 50, 20])
    assert ShareCorrection(CONFUSION, CONFUSION, 0.0).from_counts(counts) == pytest.approx(counts / 100)
    assert IDENTITY.from_posteriors(np.array([3.0, 5.0, 2.0]), 10) == pytest.approx([0.3, 0.5, 0.2])


def test_metadata_round_trip() -> None:
    c = ShareCorrection(CONFUSION, CONFUSION.T.T * 1.0, 0.5)
    back = ShareCorrection.from_metadata(c.to_metadata())
    assert back is not None and back.strength == 0.5
    assert back.confusion == pytest.approx(CONFUSION)
    assert ShareCorrection.from_metadata({}) is None


@pytest.mark.parametrize("probs", [(0.7, 0.2, 0.1), (0.1, 0.3, 0.6), (0.25, 0.5, 0.25), (0.3, 0.45, 0.25), (0.0, 0.0, 1.0)])
def test_posteriors_come_back_from_label_score_and_confidence(probs: tuple[float, float, float]) -> None:
    s = from_probabilities(np.array([probs]))[0]
    assert posteriors_from_label(s.label, s.score, s.confidence) == pytest.approx(probs, abs=1e-9)


def test_label_shares_and_ece() -> None:
    assert label_shares(["negative", "negative", "positive", "neutral"]) == pytest.approx([0.5, 0.25, 0.25])
    assert LABELS == ("negative", "neutral", "positive")
    # confidence 0.8, right 80 % of the time: calibrated; claiming 0.99 instead is not
    correct = np.array([1] * 80 + [0] * 20)
    assert expected_calibration_error(np.full(100, 0.8), correct) == pytest.approx(0.0)
    assert expected_calibration_error(np.full(100, 0.99), correct) == pytest.approx(0.19)


def test_temperature_undoes_overconfident_logits() -> None:
    rng = np.random.default_rng(11)
    y = rng.choice(3, size=20_000)
    logits = np.eye(3)[y] * 1.0 + rng.normal(0, 1.0, size=(len(y), 3))
    t = fit_temperature(logits * 4.0, y)  # four times too sharp
    assert 3.0 < t < 5.0
    probs = softmax(logits * 4.0, t)
    assert expected_calibration_error(probs.max(axis=1), probs.argmax(axis=1) == y) < 0.02


def test_calibrate_never_sharpens_and_picks_the_better_method_on_hard_cases() -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    from models.calibration import calibrate

    rng = np.random.default_rng(4)
    y = rng.choice(3, size=1500)
    x = np.eye(3)[y] * 2.0 + rng.normal(0, 1.0, size=(1500, 3))
    hard = rng.random(1500) < 0.4
    x[hard] = np.eye(3)[y[hard]] * 0.7 + rng.normal(0, 1.0, size=(int(hard.sum()), 3))  # harder texts
    folds = list(StratifiedKFold(5, shuffle=True, random_state=0).split(x, y))
    # strongly regularized, like the head: underconfident, so the fitted temperature is below 1
    fit = lambda a, b: LogisticRegression(C=0.001).fit(a, b)  # noqa: E731
    c = calibrate(x, y, folds, fit, hard, seed=0)
    assert c.fitted_temperature < 1.0 and c.temperature == 1.0
    sharp = calibrate(x, y, folds, fit, hard, seed=0, never_sharpen=False)
    assert sharp.temperature == pytest.approx(c.fitted_temperature)
    assert c.correction.method == min(("pacc", "acc"), key=lambda m: c.share_errors[m])
    assert c.share_errors["raw"] > min(c.share_errors["acc"], c.share_errors["pacc"])
    meta = c.to_metadata()
    assert float(meta["temperature"]) == 1.0 and meta["share_method"] == c.correction.method
