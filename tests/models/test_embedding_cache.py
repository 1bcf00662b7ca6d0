"""The corpus embedding cache: a retrain embeds only texts it has not seen (models.embedding_cache)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from models.embedding_cache import EmbeddingCache
from tests.models.tiny import HashingEncoder


class Counting(HashingEncoder):
    def __init__(self) -> None:
        self.asked: list[str] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.asked += list(texts)
        return super().embed(texts)


def test_only_new_texts_are_embedded_and_results_match(tmp_path: Path) -> None:
    encoder = Counting()
    cache = EmbeddingCache(tmp_path, "hashing-64")
    first = cache.embed(encoder.embed, ["good bike", "bad service", "good bike"])
    assert sorted(encoder.asked) == ["bad service", "good bike"]
    encoder.asked.clear()
    again = cache.wrap(encoder.embed)(["bad service", "great prijs", "good bike"])
    assert encoder.asked == ["great prijs"]
    np.testing.assert_allclose(again[[0, 2]], first[[1, 0]])
    np.testing.assert_allclose(again, HashingEncoder().embed(["bad service", "great prijs", "good bike"]))


def test_another_encoder_and_a_damaged_file_start_afresh(tmp_path: Path) -> None:
    encoder = Counting()
    EmbeddingCache(tmp_path, "hashing-64").embed(encoder.embed, ["good bike"])
    other = EmbeddingCache(tmp_path, "hashing-64/bf16")
    assert other.file != EmbeddingCache(tmp_path, "hashing-64").file
    other.file.write_bytes(b"not an npz")
    encoder.asked.clear()
    assert other.embed(encoder.embed, ["good bike"]).shape == (1, 64) and encoder.asked == ["good bike"]
