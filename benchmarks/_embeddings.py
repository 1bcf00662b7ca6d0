"""Embeddings of whole files, encoded once and cached (benchmarks only, never shipped).

The share and calibration benchmarks score many samples of the same dev files; encoding each
file once and reusing the embeddings makes them run in minutes. The cache lives outside the
repository (REPWATCH_EMBED_CACHE, default ~/.cache/repwatch/embeddings), keyed by the file's
SHA-256 and the encoder's version, so a changed file or encoder is encoded again.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from models.sentiment import too_short


def cache_dir() -> Path:
    return Path(os.environ.get("REPWATCH_EMBED_CACHE", Path.home() / ".cache" / "repwatch" / "embeddings"))


class CachedEmbeddings:
    """`get(path, texts)` -> unit-length e5 embeddings of `texts`, read from the cache when there.

    `precision` as `model.precision` ("auto": what `repwatch eval` uses on this CPU); training
    (`repwatch train-sentiment`) embeds in fp32."""

    def __init__(self, precision: str = "auto") -> None:
        from models.encoder import resolve_precision

        self.precision = resolve_precision(precision)
        self._encoder = None

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        if self._encoder is None:
            from models.encoder import E5Encoder

            self._encoder = E5Encoder(precision=self.precision).load()
        return self._encoder.embed(list(texts))

    def get(self, path: Path, texts: Sequence[str]) -> np.ndarray:
        from models.encoder import E5Encoder

        key = hashlib.sha256(path.read_bytes() + "\x00".join(texts).encode()).hexdigest()[:16]
        version = E5Encoder().version.replace("/", "_").replace("@", "_")
        target = cache_dir() / f"{path.stem}-{key}-{version}-{self.precision}.npy"
        if target.is_file():
            return np.load(target)
        emb = self._encode(texts).astype(np.float32)
        target.parent.mkdir(parents=True, exist_ok=True)
        np.save(target, emb)
        return emb


def short_mask(texts: Sequence[str]) -> np.ndarray:
    """Texts the product labels neutral without asking the head (models.sentiment.guard_short)."""
    return np.array([too_short(t) for t in texts], dtype=bool)
