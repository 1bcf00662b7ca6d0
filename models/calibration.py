"""Calibrated confidence and known error rates, both measured on held-out folds of the corpus.

A temperature T divides the head's logits so that a confidence of 0.7 is right about 70 % of the
time; it never changes which label wins. It is fitted by minimizing the log loss of held-out
logits from cross-validation, never on evaluation data. The same held-out posteriors, scaled by
T, give the matrices the share estimator needs (models/quantify.py). Both go into the head's
metadata, so `repwatch train-sentiment` reproduces them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

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
    held_out_ece: float  # on the held-out texts the temperature was fitted to, after scaling
    share_errors: dict[str, float]  # negative-share MAE per method on simulated shifted samples
    fitted_temperature: float = 1.0  # before `never_sharpen`

    def to_metadata(self) -> dict[str, str]:
        return {"temperature": f"{self.temperature:.6f}", "temperature_fitted": f"{self.fitted_temperature:.6f}",
                "cv_ece": f"{self.held_out_ece:.4f}",
                "cv_share_errors": json.dumps({k: round(v, 4) for k, v in self.share_errors.items()}),
                **self.correction.to_metadata()}


MIN_HARD = 200  # fewer hard held-out texts than this: calibrate on all of them
SAMPLES = 200


def share_errors(probs: np.ndarray, y: np.ndarray, correction: ShareCorrection, seed: int) -> dict[str, float]:
    """Negative-share MAE of raw counting, ACC and PACC on samples of 100-500 of these texts with
    class proportions drawn uniformly: the benchmark's protocol (benchmarks/share_error.py),
    run on held-out corpus texts."""
    rng = np.random.default_rng(seed)
    classes = [c for c in range(probs.shape[1]) if (y == c).any()]
    out: dict[str, list[float]] = {"raw": [], "acc": [], "pacc": []}
    for _ in range(SAMPLES):
        counts = rng.multinomial(int(rng.integers(100, 501)), rng.dirichlet(np.ones(len(classes))))
        idx = np.concatenate([rng.choice(np.flatnonzero(y == c), size=k) for c, k in zip(classes, counts)])
        true = np.mean(y[idx] == 0)
        labels = np.bincount(probs[idx].argmax(axis=1), minlength=probs.shape[1])
        out["raw"].append(abs(labels[0] / len(idx) - true))
        out["acc"].append(abs(correction.from_counts(labels)[0] - true))
        out["pacc"].append(abs(correction.from_posteriors(probs[idx].sum(axis=0), len(idx))[0] - true))
    return {k: float(np.mean(v)) for k, v in out.items()}


def calibrate(x: np.ndarray, y: np.ndarray, folds: Folds, fit: Callable[[np.ndarray, np.ndarray], object],
              hard: np.ndarray | None = None, seed: int = 0, never_sharpen: bool = True) -> Calibration:
    """Temperature, share matrices and share method from one set of held-out logits.

    Real mentions are harder than the corpus's plain texts: the temperature is fitted on the
    held-out hard cases (`hard`: negation, sarcasm, mixed, mild, typos...; models/data/README.md)
    when there are enough of them, because a temperature fitted on all texts is set by the clean
    ones and makes the head overconfident on real text (docs/model.md). The matrices come from
    every held-out text; the method (ACC or PACC) is the one with the lower negative-share error
    on samples of the held-out hard cases, the closest the corpus comes to a shifted domain.

    `never_sharpen`: a fitted temperature below 1 (held-out corpus texts say the head is
    underconfident) is not applied. The corpus is cleaner than real mentions, on which the head is
    20-25 points less accurate; sharpening it to the corpus made it overconfident on every real
    dev file (docs/model.md), so the corpus can only be trusted to say when to soften."""
    logits = held_out_logits(x, y, folds, fit)
    fit_on = hard if hard is not None and hard.sum() >= MIN_HARD else np.ones(len(y), dtype=bool)
    fitted = fit_temperature(logits[fit_on], y[fit_on])
    t = max(1.0, fitted) if never_sharpen else fitted
    probs = softmax(logits, t)
    ece = expected_calibration_error(probs[fit_on].max(axis=1), probs[fit_on].argmax(axis=1) == y[fit_on])
    correction = ShareCorrection(mean_posterior_matrix(probs, y), confusion_rates(probs, y))
    errors = share_errors(probs[fit_on], y[fit_on], correction, seed)
    method = min(("pacc", "acc"), key=lambda m: errors[m])  # PACC on a tie: it uses more of each text
    return Calibration(t, replace(correction, method=method), ece, errors, fitted)
