"""Embeddings of the training corpus kept on disk, per text, so a retrain embeds only new texts.

Embedding the 9,800-text corpus takes minutes on two cores; `train-sentiment` after adding a few
rows, and every `adapt`, would pay that again. The cache is one .npz per encoder (its version
and arithmetic: fp32 and bf16 embeddings differ in the fourth decimal), holding texts and
vectors; texts no longer asked for are dropped when it is written back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

Embed = Callable[[Sequence[str]], np.ndarray]


class EmbeddingCache:
    def __init__(self, folder: Path, encoder_key: str) -> None:
        self.folder = folder
        self.encoder_key = encoder_key

    @property
    def file(self) -> Path:
        digest = hashlib.sha256(self.encoder_key.encode()).hexdigest()[:12]
        return self.folder / f"corpus-{digest}.npz"

    def _load(self) -> dict[str, np.ndarray]:
        if not self.file.is_file():
            return {}
        try:
            data = np.load(self.file)
            texts = json.loads(bytes(data["texts"]).decode("utf-8"))
            return dict(zip(texts, data["vectors"]))
        except (OSError, ValueError, KeyError):
            return {}  # a damaged cache is only a slower run

    def embed(self, embed: Embed, texts: Sequence[str]) -> np.ndarray:
        """`embed(texts)`, calling it only for texts not in the cache, and saving the result."""
        known = self._load()
        missing = sorted({t for t in texts if t not in known})
        if missing:
            known.update(zip(missing, embed(missing).astype(np.float32)))
        out = np.stack([known[t] for t in texts]) if texts else np.zeros((0, 0), dtype=np.float32)
        if missing or len(known) != len(set(texts)):
            kept = list(dict.fromkeys(texts))
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = self.file.with_suffix(".tmp.npz")
            np.savez(tmp, texts=np.frombuffer(json.dumps(kept, ensure_ascii=False).encode("utf-8"), dtype=np.uint8),
                     vectors=np.stack([known[t] for t in kept]))
            tmp.replace(self.file)
        return out

    def wrap(self, embed: Embed) -> Embed:
        return lambda texts: self.embed(embed, texts)
