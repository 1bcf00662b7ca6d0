"""The topic calibration, kept on disk beside the converted encoder.

Fitting the topics embeds every topic's description and examples and the small-talk set (85 texts
with the default topics): about half the CPU time of a cold `repwatch check`. The result depends
only on the encoder's weights and precision, the topic list and the calibration code, so it is
computed once per combination of those and read back (four small arrays) on every later start.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from models import topics as topics_module
from models.e5_convert import default_cache_dir
from models.topics import TopicClassifier

_FITTED = ("centroids_", "mean_", "std_")


def _key(classifier: TopicClassifier, encoder: Any, words: bool) -> str:
    parts = {
        "encoder": [encoder.version, str(getattr(encoder, "precision_", "")), str(getattr(encoder, "model_dir_", ""))],
        "topics": [t.to_json() for t in classifier.topics],
        "words": words,
        "code": hashlib.sha256(Path(topics_module.__file__).read_bytes()).hexdigest(),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:24]


def cacheable(encoder: Any) -> bool:
    """Only the real encoder identifies its weights; a test's stand-in does not."""
    module = sys.modules.get("models.encoder")
    return module is not None and isinstance(encoder, module.E5Encoder)


def fit_cached(classifier: TopicClassifier, encoder: Any, words: Any, cache_dir: Path | None = None) -> TopicClassifier:
    """`classifier.fit(encoder.embed, words)`, read from the cache when this calibration was done before."""
    if not cacheable(encoder):
        return classifier.fit(encoder.embed, words)
    file = (cache_dir or default_cache_dir()) / "topics" / f"{_key(classifier, encoder, words is not None)}.npz"
    try:
        with np.load(file) as saved:
            for name in _FITTED:
                setattr(classifier, name, saved[name])
            classifier.uses_words_ = bool(saved["uses_words_"])
        return classifier
    except (OSError, KeyError, ValueError):
        pass  # not calibrated yet (or an unreadable file): fit and save
    classifier.fit(encoder.embed, words)
    _save(file, {**{n: getattr(classifier, n) for n in _FITTED}, "uses_words_": np.array(classifier.uses_words_)})
    return classifier


def _save(file: Path, arrays: dict[str, np.ndarray]) -> None:
    """Written whole or not at all: a concurrent start never reads half a file."""
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=file.parent, suffix=".npz", delete=False) as tmp:
            np.savez(tmp, **arrays)
        os.replace(tmp.name, file)
    except OSError:
        pass  # a read-only cache only costs the next start the fit again
