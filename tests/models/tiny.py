"""Small real models the tests build themselves (no network, seconds to make)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from models.classifier import Classifier

WORDS = "de het een fiets is top slecht goed levering service prijs winkel the bike good bad great awful".split()


class HashingEncoder:
    """A deterministic bag-of-words embedder with the encoder's interface (embed, dim, version)."""

    dim = 64
    version = "hashing-64"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                bucket = int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim
                out[i, bucket] += 1.0
            out[i] /= max(np.linalg.norm(out[i]), 1e-6)
        return out


def tiny_classifier(folder: Path, **model: object) -> "Classifier":
    """The full Classifier on the hashing encoder, with a head trained here (seconds); `model`
    holds extra ModelSettings fields, `topics` a topic list."""
    from models.classifier import Classifier
    from models.train import train_head
    from models.settings import ModelSettings
    from tests.models.test_sentiment_backends import _examples  # it imports this module

    encoder = HashingEncoder()
    head = folder / "head.safetensors"
    train_head(encoder.embed, _examples(), head, data_files=[])
    topics = model.pop("topics", None)
    return Classifier(ModelSettings(sentiment=f"embedded:{head}", **model), topics).load(encoder=encoder)  # type: ignore[arg-type]


def save_tiny_classifier(folder: Path, id2label: dict[int, str]) -> Path:
    """A random 1-layer BERT sequence classifier with a word-level tokenizer, via save_pretrained."""
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import BertConfig, BertForSequenceClassification, PreTrainedTokenizerFast

    vocab = {w: i for i, w in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", *WORDS])}
    backend = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    backend.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=backend, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]", sep_token="[SEP]"
    )
    config = BertConfig(
        vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2, intermediate_size=32,
        max_position_embeddings=64, num_labels=len(id2label), id2label=id2label,
        label2id={v: k for k, v in id2label.items()},
    )
    BertForSequenceClassification(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
