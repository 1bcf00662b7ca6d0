"""How far are the dashboard's shares from the truth? Raw (classify and count) against corrected.

    python benchmarks/share_error.py [--samples 200] [--head models/heads/sentiment.safetensors] [--files NAME ...]

For each dev file in ../shared/eval (3-class and binary; read only, never trained on), draws
`--samples` samples of 100-500 rows whose class proportions are drawn uniformly (a flat
Dirichlet over the file's classes), and scores each sample the way `repwatch eval` does
(monitor/evaluate.py `estimate_shares`): the raw shares of the labels, and the shares corrected
with the error rates the head stores (models/quantify.py). Prints the mean absolute error of the
negative, neutral and positive shares, raw vs corrected, by sample size, and the "in-domain
floor": the same correction with the file's own mean-posterior matrix (an oracle no deployment
has), which shows how much of the remaining error is sampling noise at that size.

Each file is encoded once and its embeddings cached (benchmarks/_embeddings.py), so a second run
takes seconds. Last line:
RESULT neg_share_mae_raw=.. neg_share_mae=.. pos_share_mae_raw=.. pos_share_mae=.. (means over files)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _embeddings import CachedEmbeddings, short_mask  # noqa: E402

from models.calibration import mean_posterior_matrix  # noqa: E402
from models.quantify import LABELS, ShareCorrection  # noqa: E402
from models.sentiment import DEFAULT_HEAD, EmbeddingSentimentHead  # noqa: E402
from monitor.evaluate import calibration_error, estimate_shares  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
FILES = ("multi_tweets_dev", "no_norec_sentences_dev", "nl_political_tweets_dev", "restaurant_aspects_dev",
         "de_rail_feedback_dev", "nl_book_reviews_binary_dev", "defr_book_reviews_binary_dev")
SIZES = ((100, 200), (200, 300), (300, 400), (400, 501))


def labelled_rows(path: Path) -> tuple[list[str], np.ndarray]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["text"] for r in rows], np.array([LABELS.index(r["label"]) if r.get("label") in LABELS else -1 for r in rows])


def draw(rng: np.random.Generator, gold: np.ndarray, classes: list[int]) -> np.ndarray:
    n = int(rng.integers(100, 501))
    counts = rng.multinomial(n, rng.dirichlet(np.ones(len(classes))))
    return np.concatenate([rng.choice(np.flatnonzero(gold == c), size=k, replace=True) for c, k in zip(classes, counts)])


def errors(shares: dict, which: str) -> np.ndarray:
    return np.array([abs(shares[which][k] - shares["true"][k]) for k in LABELS])


def score_file(path: Path, head: EmbeddingSentimentHead, cache: CachedEmbeddings, samples: int, seed: int) -> dict:
    name = path.stem
    texts, gold = labelled_rows(path)
    probs = head.predict_proba(cache.get(path, texts).astype(np.float64))
    probs[short_mask(texts)] = (0.0, 1.0, 0.0)  # what the product stores for a too-short text
    keep = gold >= 0
    probs, gold = probs[keep], gold[keep]
    binary = not (gold == 1).any()
    classes = [0, 2] if binary else [0, 1, 2]
    oracle = ShareCorrection(mean_posterior_matrix(probs, gold) if not binary else _binary_matrix(probs, gold), np.eye(3))
    rng = np.random.default_rng(seed)
    rows = []
    for _ in range(samples):
        idx = draw(rng, gold, classes)
        s = estimate_shares(gold[idx], probs[idx], binary, head.share_correction_)
        o = estimate_shares(gold[idx], probs[idx], binary, oracle)
        rows.append((len(idx), errors(s, "raw"), errors(s, "corrected"), errors(o, "corrected")))
    return {"name": name, "n": int(len(gold)), "binary": binary, "ece": calibration_error(gold, probs, binary), "rows": rows}


def _binary_matrix(probs: np.ndarray, gold: np.ndarray) -> np.ndarray:
    """The in-domain matrix of a file without neutral texts: its neutral column is never used."""
    m = np.eye(3)
    for j in (0, 2):
        m[:, j] = probs[gold == j].mean(axis=0)
    return m


def summary(result: dict) -> dict[str, float]:
    raw = np.array([r[1] for r in result["rows"]])
    cor = np.array([r[2] for r in result["rows"]])
    ora = np.array([r[3] for r in result["rows"]])
    return {"neg_raw": raw[:, 0].mean(), "neg": cor[:, 0].mean(), "neu_raw": raw[:, 1].mean(), "neu": cor[:, 1].mean(),
            "pos_raw": raw[:, 2].mean(), "pos": cor[:, 2].mean(), "neg_floor": ora[:, 0].mean()}


def print_file(result: dict) -> None:
    s = summary(result)
    kind = "binary" if result["binary"] else "3-class"
    print(f"\n{result['name']} ({kind}, {result['n']} rows, ECE {result['ece']:.3f}): "
          f"negative MAE raw {s['neg_raw']:.3f} corrected {s['neg']:.3f} (ratio {s['neg'] / s['neg_raw']:.2f}; "
          f"in-domain floor {s['neg_floor']:.3f}), neutral {s['neu_raw']:.3f} -> {s['neu']:.3f}, "
          f"positive {s['pos_raw']:.3f} -> {s['pos']:.3f}")
    print(f"  {'rows':>9} {'samples':>7} {'neg raw':>8} {'neg corr':>8} {'floor':>6} {'pos raw':>8} {'pos corr':>8}")
    for lo, hi in SIZES:
        chosen = [r for r in result["rows"] if lo <= r[0] < hi]
        if not chosen:
            continue
        raw, cor, ora = (np.array([r[k] for r in chosen]) for k in (1, 2, 3))
        print(f"  {lo:>4}-{min(hi, 500):<4} {len(chosen):>7} {raw[:, 0].mean():>8.3f} {cor[:, 0].mean():>8.3f} "
              f"{ora[:, 0].mean():>6.3f} {raw[:, 2].mean():>8.3f} {cor[:, 2].mean():>8.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--head", type=Path, default=DEFAULT_HEAD)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--precision", default="auto", help="encoder precision, as `model.precision` (eval uses auto)")
    parser.add_argument("--eval", type=Path, default=EVAL, help="the dev files' folder (default ../shared/eval)")
    parser.add_argument("--files", nargs="*", default=list(FILES), help="dev file names (default: all seven)")
    args = parser.parse_args()
    found = [f for f in args.files if (args.eval / f"{f}.jsonl").is_file()]
    if not found:
        sys.exit(f"no dev files in {args.eval}: this benchmark needs ../shared/eval (not part of a user's clone)")
    head = EmbeddingSentimentHead(args.head).load()
    if head.share_correction_ is None:
        print(f"{args.head}: the head records no error rates, so corrected = raw; retrain it with `repwatch train-sentiment`")
    cache = CachedEmbeddings(args.precision)
    print(f"head {head.version}, temperature {head.temperature_:.3f}, {args.samples} samples per file of 100-500 rows")
    results = [score_file(args.eval / f"{name}.jsonl", head, cache, args.samples, args.seed) for name in found]
    for result in results:
        print_file(result)
    means = {k: float(np.mean([summary(r)[k] for r in results])) for k in ("neg_raw", "neg", "pos_raw", "pos")}
    worst = max(summary(r)["neg"] / summary(r)["neg_raw"] for r in results)
    print(f"\nworst corrected/raw negative-share error over the files: {worst:.2f} (target <= 0.6)")
    print(f"RESULT neg_share_mae_raw={means['neg_raw']:.4f} neg_share_mae={means['neg']:.4f} "
          f"pos_share_mae_raw={means['pos_raw']:.4f} pos_share_mae={means['pos']:.4f}")


if __name__ == "__main__":
    main()
