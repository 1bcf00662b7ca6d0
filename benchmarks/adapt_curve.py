"""How much do a user's own labels help? `repwatch adapt` simulated on the dev files.

    python benchmarks/adapt_curve.py [--repeats 3] [--share 0.5] [--files multi_tweets_dev,...]

Each dev file in ../shared/eval is split in two halves (stratified, fixed seed). From the first,
k in {50, 100, 200, 500} labelled rows are drawn (stratified, `--repeats` draws): they play the
user's star ratings and corrections. A head is fitted the way `repwatch adapt` fits it (corpus
plus those k rows, the rows weighted to `--share` of the total: models.adapt.fit_adapted) and
scored on the second half against the shipped head. Training on a dev file here simulates a
user's labels; the shipped head never sees dev files.

Scores are macro-F1 averaged over the file's languages, as in docs/model.md (binary files:
score > 0 is positive, as `repwatch eval` reads them). Embeddings of the corpus and of each dev
file are computed once and cached in the temp directory (benchmarks/_embeddings.py).

Last line: RESULT norec_gain_500=.. tweets_gain_500=.. (macro-F1 points at k = 500) and the
same for the other files.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._dev_embeddings import embedded  # noqa: E402
from models.adapt import USER_SHARE, fit_adapted  # noqa: E402
from models.e5_convert import default_cache_dir  # noqa: E402
from models.embedding_cache import EmbeddingCache  # noqa: E402
from models.labelled import read_labelled  # noqa: E402
from models.sentiment import LABELS, EmbeddingSentimentHead  # noqa: E402
from models.train import CORPUS  # noqa: E402

# ../shared/eval beside the checkout; REPWATCH_EVAL_DIR where the checkout lives elsewhere (a worktree)
EVAL = Path(os.environ.get("REPWATCH_EVAL_DIR", ROOT.parent / "shared" / "eval"))
FILES = {"tweets": "multi_tweets_dev", "norec": "no_norec_sentences_dev", "politics": "nl_political_tweets_dev",
         "nl_books": "nl_book_reviews_binary_dev", "defr_books": "defr_book_reviews_binary_dev",
         "rail": "de_rail_feedback_dev", "restaurants": "restaurant_aspects_dev"}
KS = (50, 100, 200, 500)


def macro_f1(gold: np.ndarray, probs: np.ndarray, langs: np.ndarray, binary: bool) -> float:
    """Macro-F1 averaged over languages; binary files read score > 0 as positive."""
    if binary:
        predicted = np.where(probs[:, 2] > probs[:, 0], 2, 0)
        labels = [0, 2]
    else:
        predicted, labels = probs.argmax(axis=1), [0, 1, 2]
    return float(np.mean([f1_score(gold[langs == lang], predicted[langs == lang], labels=labels, average="macro",
                                   zero_division=0) for lang in np.unique(langs)]))


def draw(y: np.ndarray, k: int, seed: int) -> np.ndarray:
    if k >= len(y):
        return np.arange(len(y))
    picked, _ = train_test_split(np.arange(len(y)), train_size=k, random_state=seed, stratify=y)
    return picked


def curve(name: str, encoder: object, head: EmbeddingSentimentHead, corpus_x: np.ndarray, corpus_y: np.ndarray,
          repeats: int, share: float) -> dict[int, float]:
    data = embedded(EVAL / f"{name}.jsonl", encoder)
    keep = np.array([r.get("label") in LABELS for r in data.rows])
    x = data.texts[keep].astype(np.float64)
    y = np.array([LABELS.index(r["label"]) for r in data.rows if r.get("label") in LABELS])
    langs = np.array([str(r.get("lang") or "und") for r in data.rows if r.get("label") in LABELS])
    binary = not (y == 1).any()
    strata = np.array([f"{lang}/{label}" for lang, label in zip(langs, y)])
    first, second = train_test_split(np.arange(len(y)), test_size=0.5, random_state=0, stratify=strata)
    base = macro_f1(y[second], head.predict_proba(x[second]), langs[second], binary)
    gains = {}
    for k in KS:
        scores = []
        for seed in range(repeats):
            picked = first[draw(strata[first], min(k, len(first)), seed)]
            model = fit_adapted(corpus_x, corpus_y, x[picked], y[picked], share=share)
            scores.append(macro_f1(y[second], model.predict_proba(x[second]), langs[second], binary))
        gains[k] = float(np.mean(scores)) - base
        print(f"{name:32s} k={k:4d}  shipped {base:.3f}  adapted {np.mean(scores):.3f} "
              f"(+/- {np.std(scores):.3f})  gain {100 * gains[k]:+.1f} points", flush=True)
    return gains


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--share", type=float, default=USER_SHARE, help="the user's rows' share of the weight")
    parser.add_argument("--files", default=",".join(FILES), help="comma-separated keys: " + ", ".join(FILES))
    args = parser.parse_args()
    if not EVAL.is_dir():
        print(f"RESULT skipped=1 reason=no_{EVAL}")
        return 0
    from models.encoder import E5Encoder

    start = time.perf_counter()
    encoder = E5Encoder(precision="auto").load()
    head = EmbeddingSentimentHead().load()
    corpus = read_labelled(CORPUS)
    # The corpus as `repwatch train-sentiment` embeds it (fp32), from its cache; the dev files in the
    # product's arithmetic (auto). The two differ by about 1e-4 per component.
    cache = EmbeddingCache(default_cache_dir() / "embeddings", f"{encoder.version}/fp32")
    corpus_x = cache.embed(lambda texts: E5Encoder(precision="fp32").load().embed(texts), [e.text for e in corpus])
    corpus_y = np.array([LABELS.index(e.label) for e in corpus])
    results = {key: curve(FILES[key], encoder, head, corpus_x, corpus_y, args.repeats, args.share)
               for key in args.files.split(",")}
    print(f"share {args.share}, {args.repeats} draws per k, {time.perf_counter() - start:.0f} s")
    print("RESULT " + " ".join(f"{key}_gain_500={100 * gains[500]:.1f}" for key, gains in results.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
