"""Embeddings of labelled JSON Lines files, computed once and cached on disk (benchmarks only).

Encoding the dev files takes minutes on two cores; experiments that only refit a head reuse the
cache. Each file is encoded the way `repwatch eval` reads it: the text embedding and, in the same
pass, the embedding of each sentence (`models.sentences`). The cache key is the file's SHA-256,
the encoder version and its precision, so an edited file or another encoder is encoded again.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

CACHE = Path(tempfile.gettempdir()) / "repwatch-embeddings"


@dataclass(frozen=True)
class Embedded:
    rows: list[dict]
    texts: np.ndarray  # (n, dim)
    sentences: np.ndarray  # (m, dim), the sentences of every row in order
    offsets: np.ndarray  # (n + 1,): row i's sentences are sentences[offsets[i]:offsets[i + 1]]

    def sentences_of(self, i: int) -> np.ndarray:
        return self.sentences[self.offsets[i] : self.offsets[i + 1]]


def embedded(path: Path, encoder: object, cache: Path = CACHE) -> Embedded:
    """The rows of `path` with their text and sentence embeddings, from the cache when there."""
    from models.sentences import sentence_spans

    raw = path.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    key = hashlib.sha256(raw + f"{encoder.version}/{getattr(encoder, 'precision_', '')}".encode()).hexdigest()[:16]
    file = cache / f"{path.stem}-{key}.npz"
    if file.is_file():
        data = np.load(file)
        return Embedded(rows, data["texts"], data["sentences"], data["offsets"])
    texts = [r["text"] for r in rows]
    spans = [sentence_spans(t) for t in texts]
    encoded = encoder.encode(texts, spans)
    sentences = np.concatenate([s for s in encoded.spans if len(s)] or [np.zeros((0, encoded.texts.shape[1]))])
    offsets = np.concatenate([[0], np.cumsum([len(s) for s in encoded.spans])]).astype(np.int64)
    cache.mkdir(parents=True, exist_ok=True)
    np.savez(file, texts=encoded.texts, sentences=sentences.astype(np.float32), offsets=offsets)
    return Embedded(rows, encoded.texts, sentences.astype(np.float32), offsets)
