"""Calibrated confidence and known error rates, both measured on held-out folds of the corpus.

A temperature T divides the head's logits so that a confidence of 0.7 is right about 70 % of the
time; it never changes which label wins. It is fitted by minimizing the log loss of held-out
logits from cross-validation, never on evaluation data. The same held-out posteriors, scaled by
T, give the matrices the share estimator needs (models/quantify.py). Both go into the head's
metadata, so `repwatch train-sentiment` reproduces them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize_scalar

from models.quantify import ShareCorrection

Folds = Sequence[tuple[np.ndarray, np.ndarray]]
_T_BOUNDS = (0.05, 20.0)


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = logits / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def held_out_logits(x: np.ndarray, y: np.ndarray, folds: Folds, fit: Callable[[np.ndarray, np.ndarray], object]) -> np.ndarray:
    """Each row's logits from a model that did not see its fold."""
    out = np.zeros((len(y), len(np.unique(y))))
    for train, test in folds:
        model = fit(x[train], y[train])
        out[test] = model.decision_function(x[test])  # type: ignore[attr-defined]
    return out


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The T minimizing the mean negative log-likelihood of softmax(logits / T)."""
    def nll(t: float) -> float:
        p = softmax(logits, t)[np.arange(len(y)), y]
        return float(-np.log(np.clip(p, 1e-12, None)).mean())

    return float(minimize_scalar(nll, bounds=_T_BOUNDS, method="bounded").x)


def mean_posterior_matrix(probs: np.ndarray, y: np.ndarray) -> np.ndarray:
    """M[i, j] = mean P(i) over the texts of true class j."""
    return np.stack([probs[y == j].mean(axis=0) for j in range(probs.shape[1])], axis=1)


def confusion_rates(probs: np.ndarray, y: np.ndarray) -> np.ndarray:
    """C[i, j] = share of the texts of true class j labelled i."""
    predicted = probs.argmax(axis=1)
    k = probs.shape[1]
    return np.stack([np.bincount(predicted[y == j], minlength=k) / max((y == j).sum(), 1) for j in range(k)], axis=1)


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = 15) -> float:
    """Top-label ECE: the mean |accuracy - confidence| over equal-width bins, weighted by size."""
    confidence = np.asarray(confidence, dtype=float)
    correct = np.asarray(correct, dtype=float)
    if len(confidence) == 0:
        return 0.0
    which = np.clip(np.ceil(confidence * bins) - 1, 0, bins - 1).astype(int)
    total = 0.0
    for b in range(bins):
        inside = which == b
        if inside.any():
            total += inside.sum() * abs(correct[inside].mean() - confidence[inside].mean())
    return float(total / len(confidence))


@dataclass(frozen=True)
class Calibration:
    temperature: float
    correction: ShareCorrection
    held_out_ece: float  # on the held-out folds, after scaling

    def to_metadata(self) -> dict[str, str]:
        return {"temperature": f"{self.temperature:.6f}", "cv_ece": f"{self.held_out_ece:.4f}",
                **self.correction.to_metadata()}


def calibrate(x: np.ndarray, y: np.ndarray, folds: Folds, fit: Callable[[np.ndarray, np.ndarray], object],
              strength: float = 1.0) -> Calibration:
    """Temperature and share matrices from one set of held-out logits."""
    logits = held_out_logits(x, y, folds, fit)
    t = fit_temperature(logits, y)
    probs = softmax(logits, t)
    ece = expected_calibration_error(probs.max(axis=1), probs.argmax(axis=1) == y)
    correction = ShareCorrection(mean_posterior_matrix(probs, y), confusion_rates(probs, y), strength)
    return Calibration(t, correction, ece)
