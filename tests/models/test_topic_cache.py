"""The topic calibration is fitted once per encoder and topic list, then read from disk."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from models.topic_cache import fit_cached
from models.topics import DEFAULT_TOPICS, TopicClassifier
from tests.models.tiny import HashingEncoder


def counting_encoder() -> object:
    """An E5Encoder in type (so its calibration may be cached) whose embedding is the hashing one."""
    from models.encoder import E5Encoder

    class Counting(E5Encoder):
        calls = 0

        def embed(self, texts: Sequence[str]) -> np.ndarray:  # type: ignore[override]
            Counting.calls += len(texts)
            return HashingEncoder().embed(texts)

    return Counting()


def test_a_second_start_reads_the_calibration_instead_of_embedding(tmp_path: Path) -> None:
    encoder = counting_encoder()
    first = fit_cached(TopicClassifier(DEFAULT_TOPICS), encoder, None, cache_dir=tmp_path)
    embedded = type(encoder).calls
    assert embedded > len(DEFAULT_TOPICS), "the fit embeds the topics and the small talk"
    second = fit_cached(TopicClassifier(DEFAULT_TOPICS), encoder, None, cache_dir=tmp_path)
    assert type(encoder).calls == embedded, "nothing embedded the second time"
    for name in ("centroids_", "mean_", "std_"):
        np.testing.assert_array_equal(getattr(first, name), getattr(second, name))
    assert second.uses_words_ is False
    texts = HashingEncoder().embed(["de levering was laat", "goede service"])
    np.testing.assert_array_equal(first.scores(texts), second.scores(texts))


def test_another_topic_list_is_fitted_anew(tmp_path: Path) -> None:
    encoder = counting_encoder()
    fit_cached(TopicClassifier(DEFAULT_TOPICS), encoder, None, cache_dir=tmp_path)
    before = type(encoder).calls
    fit_cached(TopicClassifier(DEFAULT_TOPICS[:2]), encoder, None, cache_dir=tmp_path)
    assert type(encoder).calls > before
    assert len(list((tmp_path / "topics").glob("*.npz"))) == 2


def test_a_stand_in_encoder_is_never_cached(tmp_path: Path) -> None:
    fitted = fit_cached(TopicClassifier(DEFAULT_TOPICS), HashingEncoder(), None, cache_dir=tmp_path)
    assert fitted.centroids_.shape[0] == len(DEFAULT_TOPICS)
    assert not (tmp_path / "topics").exists()


def test_a_broken_cache_file_is_fitted_again(tmp_path: Path) -> None:
    encoder = counting_encoder()
    fit_cached(TopicClassifier(DEFAULT_TOPICS), encoder, None, cache_dir=tmp_path)
    (file,) = (tmp_path / "topics").glob("*.npz")
    file.write_bytes(b"not a numpy file")
    before = type(encoder).calls
    fitted = fit_cached(TopicClassifier(DEFAULT_TOPICS), encoder, None, cache_dir=tmp_path)
    assert type(encoder).calls > before and fitted.centroids_.shape[0] == len(DEFAULT_TOPICS)
