"""Sentiment results and the default backend: a small linear head over the e5 embedding.

The head is a multinomial logistic regression stored as safetensors (weights plus metadata:
labels, encoder, training corpus and its hash), so loading it runs no code from the file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from safetensors import safe_open
from safetensors.numpy import load_file, save_file

from models.quantify import ShareCorrection

LABELS = ("negative", "neutral", "positive")
DEFAULT_HEAD = Path(__file__).resolve().parent / "heads" / "sentiment.safetensors"
_MIN_CHARS = 2


@dataclass(frozen=True)
class Sentiment:
    label: str
    score: float  # P(positive) - P(negative), in [-1, 1]
    confidence: float  # probability of the chosen label

    def to_json(self) -> dict[str, object]:
        return {"label": self.label, "score": round(self.score, 4), "confidence": round(self.confidence, 4)}


NEUTRAL_UNSURE = Sentiment("neutral", 0.0, 0.0)


def too_short(text: str) -> bool:
    """Empty or one-character texts carry no sentiment worth a model's guess."""
    return len(text.strip()) < _MIN_CHARS


def from_probabilities(probs: np.ndarray) -> list[Sentiment]:
    """Rows of P(negative, neutral, positive) -> Sentiment."""
    out = []
    for row in probs:
        best = int(np.argmax(row))
        out.append(Sentiment(LABELS[best], float(row[2] - row[0]), float(row[best])))
    return out


class EmbeddingSentimentHead:
    """P(label | embedding) = softmax((W e + b) / T); trained by `repwatch train-sentiment`.

    T, the temperature, calibrates the confidence without changing the winning label."""

    needs_embeddings = True

    def __init__(self, path: str | Path = DEFAULT_HEAD) -> None:
        self.path = Path(path)

    def load(self) -> "EmbeddingSentimentHead":
        if not self.path.is_file():
            raise FileNotFoundError(f"{self.path}: sentiment head not found; run `repwatch train-sentiment`")
        tensors = load_file(str(self.path))
        with safe_open(str(self.path), framework="np") as fh:
            self.metadata_ = fh.metadata() or {}
        self.weight_, self.bias_ = tensors["weight"], tensors["bias"]
        self.mean_ = tensors.get("mean", np.zeros(self.weight_.shape[1], dtype=np.float32))
        self.labels_ = tuple(json.loads(self.metadata_.get("labels", json.dumps(LABELS))))
        if self.labels_ != LABELS:
            raise ValueError(f"{self.path}: labels {self.labels_} are not {LABELS}; retrain the head")
        # Calibration and known error rates, from cross-validation on the corpus (models/calibration.py);
        # a head trained before them has neither: temperature 1, raw shares.
        self.temperature_ = float(self.metadata_.get("temperature", "1.0"))
        self.share_correction_ = ShareCorrection.from_metadata(self.metadata_)
        return self

    @property
    def version(self) -> str:
        """Changes with the weights themselves, so a retrained head re-labels stored mentions."""
        self._check()
        payload = self.weight_.tobytes() + self.bias_.tobytes() + self.mean_.tobytes()
        if self.temperature_ != 1.0:  # a new calibration changes every stored confidence
            payload += repr(self.temperature_).encode()
        digest = hashlib.sha256(payload).hexdigest()
        return f"head-{digest[:8]}"

    def _check(self) -> None:
        if not hasattr(self, "weight_"):
            raise RuntimeError("EmbeddingSentimentHead: call load() first")

    def predict_proba(self, embeddings: np.ndarray) -> np.ndarray:
        self._check()
        logits = ((embeddings - self.mean_) @ self.weight_.T + self.bias_) / self.temperature_
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def predict(self, embeddings: np.ndarray) -> list[Sentiment]:
        return from_probabilities(self.predict_proba(embeddings))


def save_head(
    path: Path, weight: np.ndarray, bias: np.ndarray, mean: np.ndarray, metadata: dict[str, str]
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # C order explicitly: safetensors writes the raw buffer, and sklearn's coef_ can be Fortran-ordered.
    tensors = {
        name: np.ascontiguousarray(value, dtype=np.float32)
        for name, value in (("weight", weight), ("bias", bias), ("mean", mean))
    }
    save_file(tensors, str(path), metadata={"labels": json.dumps(LABELS), **metadata})


def guard_short(texts: Sequence[str], predicted: list[Sentiment]) -> list[Sentiment]:
    return [NEUTRAL_UNSURE if too_short(t) else s for t, s in zip(texts, predicted)]
