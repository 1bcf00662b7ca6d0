"""Class shares estimated, not counted: prevalence estimation corrected for the head's known errors.

Counting labels (classify and count) turns the classifier's errors into bias: if a tenth of the
neutral mentions are called negative, the negative share is too high by a tenth of the neutral
share, whatever the sample size. The head knows its error rates from cross-validation on its
corpus (models/calibration.py) and stores them with its weights; here they undo the bias.

- `adjusted_shares` solves observed = matrix @ shares for shares on the probability simplex.
  With the confusion matrix P(predicted i | true j) and label shares it is adjusted classify and
  count (ACC, Forman 2008); with the mean posterior matrix E[p_i | true j] and the mean of the
  posteriors it is its probabilistic form (PACC, Bella et al. 2010). Both need only sums, so the
  daily rollups can serve them.
- `em_shares` is the EM prior adjustment of Saerens, Latinne and Decaestecker (2002); it needs
  every posterior, so it serves evaluation, not the rollups.
- `ShareCorrection` is what the head stores: the matrices and how strongly to apply them.

Why not QuaPy: it implements these, but pulls in its own dataset downloaders and plotting stack
for a few lines of linear algebra; the estimators here are tested against synthetic data with a
known confusion (tests/models/test_quantify.py).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import nnls

LABELS = ("negative", "neutral", "positive")
_SUM_WEIGHT = 1e3  # weight of the sum-to-one row in the constrained least squares


def adjusted_shares(observed: np.ndarray, matrix: np.ndarray, classes: Sequence[int] | None = None) -> np.ndarray:
    """Shares p >= 0, sum 1, minimizing |matrix[:, classes] @ p - observed|; zero outside `classes`.

    `observed` is the share of each predicted label (ACC) or the mean posterior (PACC);
    `matrix[i, j]` the expected value of that observation for a text of true class j. `classes`
    restricts the classes that can occur (a file labelled negative/positive only)."""
    observed = np.asarray(observed, dtype=float)
    k = matrix.shape[1]
    cols = list(range(k)) if classes is None else list(classes)
    a = np.vstack([matrix[:, cols], _SUM_WEIGHT * np.ones((1, len(cols)))])
    b = np.concatenate([observed, [_SUM_WEIGHT]])
    solution, _ = nnls(a, b)
    total = solution.sum()
    out = np.zeros(k)
    out[cols] = solution / total if total > 0 else 1.0 / len(cols)
    return out


def em_shares(posteriors: np.ndarray, train_prior: np.ndarray, max_iter: int = 1000, tol: float = 1e-8) -> np.ndarray:
    """Saerens-Latinne-Decaestecker EM: re-weight posteriors by new/old priors until the priors settle."""
    posteriors = np.asarray(posteriors, dtype=float)
    train_prior = np.asarray(train_prior, dtype=float)
    prior = posteriors.mean(axis=0)
    for _ in range(max_iter):
        weighted = posteriors * (prior / train_prior)
        weighted /= weighted.sum(axis=1, keepdims=True)
        new = weighted.mean(axis=0)
        if np.abs(new - prior).max() < tol:
            return new
        prior = new
    return prior


def label_shares(labels: Sequence[str], classes: Sequence[str] = LABELS) -> np.ndarray:
    counts = np.array([sum(1 for label in labels if label == c) for c in classes], dtype=float)
    return counts / max(counts.sum(), 1.0)


def posteriors_from_label(label: str, score: float, confidence: float) -> tuple[float, float, float]:
    """P(negative, neutral, positive) back from a stored label, score (P(pos) - P(neg)) and confidence.

    The three stored numbers pin the posterior down exactly; a confidence of 0 marks a text too
    short to judge (models.sentiment.NEUTRAL_UNSURE), taken as neutral. No clipping, so that the
    SQL twin computes exactly the same; that twin is
    monitor/storage/rollups.py `posterior_columns`; tests hold them equal."""
    if confidence <= 0:
        return (0.0, 1.0, 0.0)
    if label == "negative":
        neg, pos = confidence, confidence + score
    elif label == "positive":
        neg, pos = confidence - score, confidence
    else:
        neg, pos = (1.0 - confidence - score) / 2.0, (1.0 - confidence + score) / 2.0
    return (neg, 1.0 - neg - pos, pos)


@dataclass(frozen=True)
class ShareCorrection:
    """The head's known errors: what turns observed sums into corrected shares.

    `mean_posterior[i, j]` = E[P(i) | true class j] and `confusion[i, j]` = P(predicted i | true j),
    both measured on held-out folds of the corpus (columns sum to 1). `strength` in [0, 1] moves
    the matrices towards the identity (0: raw counts, 1: the full correction); see
    docs/model.md for how it was chosen."""

    mean_posterior: np.ndarray
    confusion: np.ndarray
    strength: float = 1.0
    method: str = "pacc"  # "pacc": from posterior sums where there are any; "acc": from label counts always

    def _matrix(self, which: np.ndarray) -> np.ndarray:
        return self.strength * which + (1.0 - self.strength) * np.eye(which.shape[0])

    def from_posteriors(self, posterior_sums: np.ndarray, n: float, classes: Sequence[int] | None = None) -> np.ndarray:
        """Corrected shares from the sum of the posteriors of n texts (PACC)."""
        if n <= 0:
            return np.zeros(len(LABELS))
        return adjusted_shares(np.asarray(posterior_sums, dtype=float) / n, self._matrix(self.mean_posterior), classes)

    def estimate(self, counts: np.ndarray, posterior_sums: np.ndarray | None, classes: Sequence[int] | None = None) -> np.ndarray:
        """Shares by the head's chosen method; label counts alone where no posterior sums are kept."""
        total = 0.0 if posterior_sums is None else float(np.sum(posterior_sums))
        if self.method == "pacc" and total > 0:
            return self.from_posteriors(np.asarray(posterior_sums), total, classes)
        return self.from_counts(counts, classes)

    def from_counts(self, counts: np.ndarray, classes: Sequence[int] | None = None) -> np.ndarray:
        """Corrected shares from label counts (ACC), where only labels are kept (topics)."""
        counts = np.asarray(counts, dtype=float)
        if counts.sum() <= 0:
            return np.zeros(len(LABELS))
        return adjusted_shares(counts / counts.sum(), self._matrix(self.confusion), classes)

    def to_metadata(self) -> dict[str, str]:
        return {
            "share_mean_posterior": json.dumps(np.round(self.mean_posterior, 6).tolist()),
            "share_confusion": json.dumps(np.round(self.confusion, 6).tolist()),
            "share_strength": repr(float(self.strength)),
            "share_method": self.method,
        }

    @classmethod
    def from_metadata(cls, metadata: Mapping[str, str]) -> "ShareCorrection | None":
        """None for a head trained before corrected shares (the figures then stay raw)."""
        if "share_mean_posterior" not in metadata or "share_confusion" not in metadata:
            return None
        return cls(
            np.array(json.loads(metadata["share_mean_posterior"]), dtype=float),
            np.array(json.loads(metadata["share_confusion"]), dtype=float),
            float(metadata.get("share_strength", "1.0")),
            metadata.get("share_method", "pacc"),
        )


IDENTITY = ShareCorrection(np.eye(len(LABELS)), np.eye(len(LABELS)), 1.0)
