"""`repwatch eval`: accuracy and macro-F1 per language on a labelled JSON Lines file, the
calibration of the confidence, and the class shares: true, counted, and corrected.

A file without neutral labels is binary: a text counts as positive when its score is above 0, its
confidence is P(its side) / (P(negative) + P(positive)), and corrected shares know that no
neutral text is in the file.
With a topics config, rows' aspect `categories` give the gold topics: the file's `categories:`
mapping (topic -> categories) when it has one, else the entity of ENTITY#ATTRIBUTE, plus `price`
for a PRICES attribute.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

from models.calibration import expected_calibration_error
from models.classifier import Classification
from models.labelled import read_jsonl
from models.quantify import ShareCorrection, posteriors_from_label
from models.sentiment import LABELS


def read_eval_rows(path: Path) -> list[dict[str, Any]]:
    return [row for _, row in read_jsonl(path)]


def _scores(gold: list[str], predicted: list[str], labels: Sequence[str]) -> dict[str, Any]:
    return {
        "n": len(gold),
        "accuracy": round(float(accuracy_score(gold, predicted)), 4),
        "macro_f1": round(float(f1_score(gold, predicted, labels=list(labels), average="macro", zero_division=0)), 4),
    }


def sentiment_scores(rows: Sequence[dict[str, Any]], results: Sequence[Classification]) -> dict[str, Any]:
    pairs = [(r, res) for r, res in zip(rows, results) if r.get("label") in LABELS]
    if not pairs:
        return {}
    binary = not any(r["label"] == "neutral" for r, _ in pairs)
    labels = ("negative", "positive") if binary else LABELS
    gold = [r["label"] for r, _ in pairs]
    predicted = [("positive" if res.sentiment.score > 0 else "negative") if binary else res.sentiment.label
                 for _, res in pairs]
    by_lang: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for (row, _), g, p in zip(pairs, gold, predicted):
        by_lang[str(row.get("lang") or "und")][0].append(g)
        by_lang[str(row.get("lang") or "und")][1].append(p)
    per_lang = {lang: _scores(g, p, labels) for lang, (g, p) in sorted(by_lang.items())}
    overall = _scores(gold, predicted, labels)
    overall["macro_f1_mean_over_languages"] = round(float(np.mean([v["macro_f1"] for v in per_lang.values()])), 4)
    return {
        "binary": binary,
        "overall": overall,
        "by_lang": per_lang,
        "confusion": {"labels": list(labels), "matrix": confusion_matrix(gold, predicted, labels=list(labels)).tolist()},
        "skipped_rows": len(rows) - len(pairs),
    }


def gold_topics(categories: Sequence[str], names: Sequence[str], mapping: dict[str, Sequence[str]] | None = None) -> set[str]:
    """The topics a row's gold `categories` stand for. With `mapping` (topic -> categories, from the
    topics file's `categories:`), exactly those; else FOOD#QUALITY -> food, any X#PRICES -> price, and
    entities with no topic of that name are ignored."""
    if mapping:
        wanted = {str(c) for c in categories}
        return {name for name in names if wanted & set(mapping.get(name, ()))}
    known = {n.lower(): n for n in names}
    gold = set()
    for category in categories:
        entity, _, attribute = str(category).partition("#")
        if entity.lower() in known:
            gold.add(known[entity.lower()])
        if attribute.upper() == "PRICES" and "price" in known:
            gold.add(known["price"])
    return gold


def read_category_map(path: Path) -> dict[str, list[str]] | None:
    """The optional `categories:` of a topics file: which gold categories each topic stands for."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    mapping = data.get("categories") if isinstance(data, dict) else None
    if mapping is None:
        return None
    if not isinstance(mapping, dict) or not all(isinstance(v, list) for v in mapping.values()):
        raise ValueError(f"{path}: categories: expected a mapping from topic name to a list of categories")
    return {str(k): [str(c) for c in v] for k, v in mapping.items()}


def topic_scores(rows: Sequence[dict[str, Any]], results: Sequence[Classification], names: Sequence[str],
                 mapping: dict[str, Sequence[str]] | None = None) -> dict[str, Any]:
    """Per-topic precision, recall and F1, their macro means, and how often a row without any gold
    category (nothing to find) was given a topic anyway."""
    gold = np.array([[n in gold_topics(r.get("categories") or [], names, mapping) for n in names] for r in rows],
                    dtype=bool).reshape(len(rows), len(names))
    pred = np.array([[n in {t.name for t in res.topics} for n in names] for res in results],
                    dtype=bool).reshape(len(rows), len(names))
    per_topic = {}
    for k, name in enumerate(names):
        p, r, f, _ = precision_recall_fscore_support(gold[:, k], pred[:, k], average="binary", zero_division=0)
        per_topic[name] = {"precision": round(float(p), 4), "recall": round(float(r), 4), "f1": round(float(f), 4),
                           "support": int(gold[:, k].sum()), "predicted": int(pred[:, k].sum())}
    uncategorised = np.array([not (r.get("categories") or []) for r in rows], dtype=bool)
    without_gold = ~gold.any(axis=1)
    return {
        "n": len(rows),
        "macro_f1": _mean(per_topic, "f1"),
        "macro_precision": _mean(per_topic, "precision"),
        "macro_recall": _mean(per_topic, "recall"),
        "per_topic": per_topic,
        "no_category": {"n": int(uncategorised.sum()), "with_topic": _share(pred[uncategorised].any(axis=1))},
        "no_gold_topic": {"n": int(without_gold.sum()), "with_topic": _share(pred[without_gold].any(axis=1))},
    }


def _mean(per_topic: dict[str, dict[str, Any]], key: str) -> float:
    return round(float(np.mean([v[key] for v in per_topic.values()])), 4) if per_topic else 0.0


def _share(flags: np.ndarray) -> float | None:
    return round(float(flags.mean()), 4) if flags.size else None


# -- calibration and shares ------------------------------------------------------------------------

def posteriors(results: Sequence[Classification]) -> np.ndarray:
    """(n, 3) P(negative, neutral, positive), exactly as stored with each label."""
    return np.array([posteriors_from_label(r.sentiment.label, r.sentiment.score, r.sentiment.confidence)
                     for r in results]).reshape(-1, 3)


def calibration_error(gold: np.ndarray, probs: np.ndarray, binary: bool) -> float:
    """Expected calibration error of the confidence the product shows (gold: class indices)."""
    if binary:
        sides = probs[:, [0, 2]]
        total = np.clip(sides.sum(axis=1), 1e-12, None)
        positive = probs[:, 2] - probs[:, 0] > 0
        confidence = np.where(positive, probs[:, 2], probs[:, 0]) / total
        return expected_calibration_error(confidence, positive == (gold == 2))
    return expected_calibration_error(probs.max(axis=1), probs.argmax(axis=1) == gold)


def _named(values: np.ndarray) -> dict[str, float]:
    return {label: round(float(v), 4) for label, v in zip(LABELS, values)}


def estimate_shares(gold: np.ndarray, probs: np.ndarray, binary: bool, correction: ShareCorrection | None) -> dict[str, Any]:
    """True, raw (classify and count, as `eval` labels) and corrected shares of one sample."""
    n = len(gold)
    if binary:
        predicted = np.where(probs[:, 2] - probs[:, 0] > 0, 2, 0)
    else:
        predicted = probs.argmax(axis=1)
    raw = np.bincount(predicted, minlength=3) / n
    classes = [0, 2] if binary else None
    counts = np.bincount(probs.argmax(axis=1), minlength=3)  # the stored labels, as ACC counts them
    corrected = raw if correction is None else correction.estimate(counts, probs.sum(axis=0), classes)
    return {"true": _named(np.bincount(gold, minlength=3) / n), "raw": _named(raw), "corrected": _named(corrected)}


def share_scores(rows: Sequence[dict[str, Any]], results: Sequence[Classification],
                 correction: ShareCorrection | None) -> dict[str, Any]:
    """ECE, shares, and shares per `group` when rows carry one (many samples in one call)."""
    pairs = [(r, res) for r, res in zip(rows, results) if r.get("label") in LABELS]
    if not pairs:
        return {}
    gold = np.array([LABELS.index(r["label"]) for r, _ in pairs])
    probs = posteriors([res for _, res in pairs])
    binary = not (gold == 1).any()
    out: dict[str, Any] = {
        "ece": round(calibration_error(gold, probs, binary), 4),
        "share_method": "none (the head records no error rates)" if correction is None else correction.method,
        "shares": estimate_shares(gold, probs, binary, correction),
    }
    groups = np.array([str(r.get("group")) if r.get("group") is not None else "" for r, _ in pairs])
    if any(groups):
        out["by_group"] = {
            g: {"n": int((groups == g).sum()),
                "shares": estimate_shares(gold[groups == g], probs[groups == g], binary, correction)}
            for g in sorted(set(groups) - {""})
        }
    return out
