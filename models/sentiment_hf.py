"""Any Hugging Face sequence classifier as the sentiment backend (`model.sentiment: hf:<id or path>`).

Label names differ between models ("negative", "NEG", "LABEL_0", "1 star"...); they are mapped
onto negative / neutral / positive once at load, and a model whose labels cannot be mapped is
refused with the labels it has, instead of producing silent nonsense.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import torch

from models.sentiment import LABELS, Sentiment, from_probabilities

_NAMED = {"neg": 0, "negative": 0, "neu": 1, "neutral": 1, "pos": 2, "positive": 2}
_STARS = re.compile(r"^([1-5])\s*stars?$")


def label_columns(id2label: dict[int, str]) -> np.ndarray:
    """A (num_model_labels, 3) matrix that sums model probabilities into our three labels."""
    n = len(id2label)
    mapping = np.zeros((n, 3), dtype=np.float32)
    names = [str(id2label[i]).strip().lower() for i in range(n)]
    for i, name in enumerate(names):
        if name in _NAMED:
            mapping[i, _NAMED[name]] = 1
        elif star := _STARS.match(name):
            stars = int(star.group(1))
            mapping[i, 0 if stars <= 2 else (1 if stars == 3 else 2)] = 1
        elif re.fullmatch(r"label_\d+", name) and n in (2, 3):
            # The convention of untitled sentiment models: ids in order negative, (neutral,) positive.
            mapping[i, [0, 2][i] if n == 2 else i] = 1
        else:
            raise ValueError(f"cannot map the model's labels {names} onto {LABELS}; use a sentiment model")
    return mapping


class HFSentiment:
    needs_embeddings = False

    def __init__(self, name_or_path: str, batch_size: int = 16, max_length: int = 256) -> None:
        self.name_or_path = name_or_path
        self.batch_size = batch_size
        self.max_length = max_length

    def load(self) -> "HFSentiment":
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        self.tokenizer_ = AutoTokenizer.from_pretrained(self.name_or_path)
        self.model_ = AutoModelForSequenceClassification.from_pretrained(self.name_or_path).eval()
        self.mapping_ = label_columns({int(k): v for k, v in self.model_.config.id2label.items()})
        return self

    @property
    def version(self) -> str:
        return f"hf:{self.name_or_path}"

    def predict_texts(self, texts: Sequence[str]) -> list[Sentiment]:
        if not hasattr(self, "model_"):
            raise RuntimeError("HFSentiment: call load() first")
        probs = []
        with torch.inference_mode():
            for start in range(0, len(texts), self.batch_size):
                batch = self.tokenizer_(
                    list(texts[start : start + self.batch_size]), padding=True, truncation=True,
                    max_length=self.max_length, return_tensors="pt",
                )
                probs.append(torch.softmax(self.model_(**batch).logits, dim=-1).numpy() @ self.mapping_)
        return from_probabilities(np.concatenate(probs)) if probs else []
