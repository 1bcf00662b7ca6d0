"""`repwatch train-sentiment`: fit the sentiment head on the project's corpus (and your labels).

Reproducible: the corpus is committed, the encoder is fixed, the fit is deterministic, and the
head records the SHA-256 of the data it was trained on.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold, StratifiedKFold

from models.calibration import calibrate
from models.labelled import Example
from models.sentiment import DEFAULT_HEAD, LABELS, save_head

CORPUS = Path(__file__).resolve().parent / "data" / "sentiment_train.jsonl"
# On unit-length embeddings; strong regularization carries over to other domains and languages
# far better than a tight fit to the corpus (measured in docs/model.md).
C_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
# Chosen on the real-data dev files in docs/model.md (never trained on): the project's corpus is
# cleaner than real mentions, so cross-validation on it alone prefers a looser fit (C = 3) that
# scores 2-5 points lower on real tweets and reviews.
DEFAULT_C = 0.3


@dataclass
class TrainReport:
    examples: int
    by_language: dict[str, int]
    by_label: dict[str, int]
    c: float
    cv_macro_f1: float  # on held-out languages when the data has five or more
    cv_by_c: dict[str, float] = field(default_factory=dict)
    output: str = ""
    temperature: float = 1.0  # calibration (models/calibration.py), on the same held-out folds
    cv_ece: float = 0.0


def _fit(x: np.ndarray, y: np.ndarray, c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x, y)


def _folds(y: np.ndarray, groups: np.ndarray, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Folds that hold out whole languages when there are enough of them.

    The corpus tells the same everyday situations in several languages, so a random split would
    score a text against its own translation; holding out languages measures what matters, how
    well the head carries over to a language (and phrasing) it has not seen.
    """
    if len(set(groups)) >= 5:
        return list(GroupKFold(n_splits=5).split(y, y, groups))
    return list(StratifiedKFold(n_splits=5, shuffle=True, random_state=seed).split(y, y))


def _cross_validate(
    x: np.ndarray, y: np.ndarray, groups: np.ndarray, seed: int, grid: Sequence[float]
) -> dict[float, float]:
    folds = _folds(y, groups, seed)
    scores = {}
    for c in grid:
        f1 = [f1_score(y[te], _fit(x[tr], y[tr], c).predict(x[te]), average="macro") for tr, te in folds]
        scores[c] = float(np.mean(f1))
    return scores


def train_head(
    embed: Callable[[Sequence[str]], np.ndarray],
    examples: Sequence[Example],
    output: Path = DEFAULT_HEAD,
    seed: int = 0,
    data_files: Sequence[Path] = (CORPUS,),
    c: float | None = DEFAULT_C,
) -> TrainReport:
    """Fit and save the head; `c=None` picks C by cross-validation over C_GRID instead."""
    x = embed([e.text for e in examples]).astype(np.float64)
    y = np.array([LABELS.index(e.label) for e in examples])
    grid = C_GRID if c is None else (c,)
    by_c = _cross_validate(x, y, np.array([e.lang for e in examples]), seed, grid)
    best_c = max(by_c, key=by_c.get)
    model = _fit(x, y, best_c)
    groups = np.array([e.lang for e in examples])
    hard = np.array([e.case != "plain" for e in examples])
    calibration = calibrate(x, y, _folds(y, groups, seed), lambda a, b: _fit(a, b, best_c), hard, seed)
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in data_files)).hexdigest()
    save_head(
        output, model.coef_, model.intercept_, np.zeros(x.shape[1]),
        {"corpus_sha256": digest, "corpus": ",".join(p.name for p in data_files), "c": str(best_c),
         "examples": str(len(examples)), "cv_macro_f1": f"{by_c[best_c]:.4f}", **calibration.to_metadata()},
    )
    return TrainReport(
        len(examples), dict(Counter(e.lang for e in examples)), dict(Counter(e.label for e in examples)),
        best_c, by_c[best_c], {str(c): round(v, 4) for c, v in by_c.items()}, str(output),
        round(calibration.temperature, 4), round(calibration.held_out_ece, 4),
    )
