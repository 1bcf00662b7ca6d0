"""Fit a deployment head on the corpus plus a user's own labelled texts; keep it only if it is better.

The corpus is written to be clean and general; a user's star-rated reviews and corrections are
the domain the head actually meets. The new head is the usual logistic regression over the
corpus and the user's rows together, with the user's rows weighted up so that they carry a fixed
share of the total weight however few they are (50 labels next to 9,600 corpus texts would
otherwise change nothing). Old and new head are compared on a held-out, stratified part of the
user's labels that the new head did not see; the better one is kept, and a kept new head is
refitted on all the user's labels (the held-out score estimates that procedure).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import train_test_split

from models.labelled import Example
from models.sentiment import LABELS, EmbeddingSentimentHead, save_head
from models.train import DEFAULT_C

# The user's rows together carry this share of the training weight (the corpus the rest):
# the best of 0.5, 0.8 and 0.95 on NoReC and the tweets together (benchmarks/adapt_curve.py, docs/model.md).
USER_SHARE = 0.5
HELD_OUT = 0.3
MIN_LABELS = 20  # below this a held-out part of a few rows says nothing


@dataclass(frozen=True)
class HeadScore:
    accuracy: float
    macro_f1: float


@dataclass
class AdaptReport:
    labelled: int  # the user's labelled texts
    by_label: dict[str, int]
    train: int
    held_out: int
    old: HeadScore
    new: HeadScore
    kept: str  # "new" or "old"
    output: str  # where the kept head is ("" when the old head stays where it was)

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def user_weights(n_corpus: int, n_user: int, share: float = USER_SHARE) -> np.ndarray:
    """Sample weights: 1 per corpus row, and the user's rows together `share` of the total."""
    per_user = share / (1 - share) * n_corpus / max(n_user, 1)
    return np.concatenate([np.ones(n_corpus), np.full(n_user, max(per_user, 1.0))])


def fit_adapted(corpus_x: np.ndarray, corpus_y: np.ndarray, user_x: np.ndarray, user_y: np.ndarray,
                c: float = DEFAULT_C, share: float = USER_SHARE) -> LogisticRegression:
    """Logistic regression on corpus and user rows, classes balanced over the weighted rows."""
    x = np.concatenate([corpus_x, user_x]).astype(np.float64)
    y = np.concatenate([corpus_y, user_y])
    weight = user_weights(len(corpus_y), len(user_y), share)
    per_class = np.array([weight[y == k].sum() for k in range(len(LABELS))])
    present = per_class > 0
    balance = np.where(present, per_class[present].sum() / (present.sum() * np.maximum(per_class, 1e-12)), 0.0)
    return LogisticRegression(C=c, max_iter=3000).fit(x, y, sample_weight=weight * balance[y])


def score(gold: np.ndarray, predicted: np.ndarray) -> HeadScore:
    labels = sorted(set(gold.tolist()))
    return HeadScore(round(float(accuracy_score(gold, predicted)), 4),
                     round(float(f1_score(gold, predicted, labels=labels, average="macro", zero_division=0)), 4))


def split_held_out(y: np.ndarray, fraction: float = HELD_OUT, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Stratified train / held-out indices (plain random when a class has a single row)."""
    index = np.arange(len(y))
    counts = Counter(y.tolist())
    stratify = y if min(counts.values()) >= 2 else None
    train, held = train_test_split(index, test_size=fraction, random_state=seed, stratify=stratify)
    return np.sort(train), np.sort(held)


def adapt_head(old: EmbeddingSentimentHead, corpus_x: np.ndarray, corpus: Sequence[Example], user_x: np.ndarray,
               user: Sequence[Example], output: Path, held_out: float = HELD_OUT, seed: int = 0,
               metadata: dict[str, str] | None = None) -> AdaptReport:
    """Compare the loaded `old` head with a head fitted on corpus + the user's training part; save the
    better one's refit to `output` when it is the new one. Raises ValueError on too few labels."""
    if len(user) < MIN_LABELS:
        raise ValueError(f"{len(user)} labelled mentions; adapting needs at least {MIN_LABELS}")
    corpus_y = np.array([LABELS.index(e.label) for e in corpus])
    user_y = np.array([LABELS.index(e.label) for e in user])
    train, held = split_held_out(user_y, held_out, seed)
    new_model = fit_adapted(corpus_x, corpus_y, user_x[train], user_y[train])
    old_score = score(user_y[held], old.predict_proba(user_x[held]).argmax(axis=1))
    new_score = score(user_y[held], new_model.predict(user_x[held].astype(np.float64)))
    kept = "new" if new_score.macro_f1 > old_score.macro_f1 else "old"
    if kept == "new":
        final = fit_adapted(corpus_x, corpus_y, user_x, user_y)
        save_head(output, final.coef_, final.intercept_, np.zeros(corpus_x.shape[1]), {
            "adapted": "true", "user_labels": str(len(user)), "user_share": str(USER_SHARE), "c": str(DEFAULT_C),
            "held_out_macro_f1_old": f"{old_score.macro_f1:.4f}", "held_out_macro_f1_new": f"{new_score.macro_f1:.4f}",
            **(metadata or {})})
    return AdaptReport(len(user), dict(Counter(e.label for e in user)), len(train), len(held), old_score, new_score,
                       kept, str(output) if kept == "new" else "")
