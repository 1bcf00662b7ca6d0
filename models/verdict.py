"""The verdict of a long text: its own posterior pooled with its sentences', the closing ones weighing more.

A long review tells a story before it judges ("the first chapters drag ... in the end I could
not put it down"). Mean pooling over all its tokens lets the story outvote the judgement, so the
text's verdict is a log-linear pool (a weighted geometric mean, renormalized) of

- the posterior of the whole text, and
- the pooled posteriors of its sentences, each weighted by how decided it is (|P(pos) - P(neg)|:
  plot summary and description carry little) and by its place: the last sentences, where
  reviewers conclude, count `closing` times as much.

Log-linear pooling is the standard way to combine experts' posteriors that each saw part of the
evidence: a sentence that is sure moves the verdict, an unsure one barely does.
"""

from __future__ import annotations

import numpy as np

CLOSING = 2.0  # weight of the closing sentences against the others
CLOSING_SENTENCES = 2  # how many sentences at the end count as the closing judgement
TEXT_WEIGHT = 1.0  # the whole text against the pooled sentences
_EPS = 1e-9


def _log_pool(probs: np.ndarray, weights: np.ndarray) -> np.ndarray:
    logp = (weights[:, None] * np.log(probs + _EPS)).sum(axis=0) / weights.sum()
    pooled = np.exp(logp - logp.max())
    return pooled / pooled.sum()


def sentence_weights(sentence_probs: np.ndarray, closing: float = CLOSING,
                     closing_sentences: int = CLOSING_SENTENCES) -> np.ndarray:
    """Decidedness times place: the last `closing_sentences` weigh `closing` times as much."""
    place = np.ones(len(sentence_probs))
    place[-closing_sentences:] = closing
    decided = np.abs(sentence_probs[:, -1] - sentence_probs[:, 0])
    return place * (decided + 1e-3)


def text_verdict(text_probs: np.ndarray, sentence_probs: np.ndarray, closing: float = CLOSING,
                 closing_sentences: int = CLOSING_SENTENCES, text_weight: float = TEXT_WEIGHT) -> np.ndarray:
    """P(label) of a text from its own (labels,) posterior and its sentences' (k, labels) posteriors;
    labels ordered negative ... positive. One sentence or none: the text's own posterior."""
    if len(sentence_probs) < 2:
        return text_probs
    pooled = _log_pool(sentence_probs, sentence_weights(sentence_probs, closing, closing_sentences))
    return _log_pool(np.stack([text_probs, pooled]), np.array([text_weight, 1.0]))
