"""Classification throughput and memory on 2,000 mixed-length real mentions, on this machine.

    python benchmarks/classify_throughput.py [--texts 2000] [--precision auto|fp32|bf16] [--quantize]

(a) the embedded model end to end: language, sentiment (text and sentences) and topics;
(b) a transformers `pipeline("text-classification")` with an XLM-R-base-sized model (random
weights from its config: speed only) on the same texts. Texts come from ../shared/eval when it is
there (read, never stored), else from the bundled demo feeds.

Last line: RESULT embedded_tps=.. baseline_tps=.. ratio=.. peak_rss_mb=..
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def real_texts(n: int) -> tuple[list[str], str]:
    files = sorted(EVAL.glob("*.jsonl")) if EVAL.is_dir() else []
    if files:
        pool = [json.loads(line)["text"] for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
        origin = f"{len(files)} files in {EVAL}"
    else:
        from monitor.collectors.feed import parse_feed

        feeds = sorted((ROOT / "examples/demo/feeds").glob("*"))
        pool = [r.text for f in feeds for r in parse_feed(f.read_bytes(), str(f))]
        origin = "the demo feeds"
    random.Random(0).shuffle(pool)
    return pool[:n], origin


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def embedded(texts: list[str], quantize: bool, precision: str) -> float:
    from models.classifier import Classifier
    from models.encoder import E5Encoder
    from models.settings import ModelSettings

    encoder = E5Encoder(quantize=quantize, precision=precision).load()
    print(f"encoder precision: {'int8' if quantize else encoder.precision_}")
    classifier = Classifier(ModelSettings()).load(encoder=encoder)
    classifier.classify(texts[:32])  # warm-up
    start = time.perf_counter()
    classifier.classify(texts)
    return len(texts) / (time.perf_counter() - start)


def baseline(texts: list[str]) -> float:
    import torch
    from transformers import AutoTokenizer, XLMRobertaConfig, XLMRobertaForSequenceClassification, pipeline

    from models.e5_convert import ensure_converted
    from models.encoder import resolve_precision

    torch.manual_seed(0)
    # XLM-R base: 12 x 768, 278M parameters; positions are offset by the padding index, hence 514.
    config = XLMRobertaConfig(vocab_size=250_002, max_position_embeddings=514, type_vocab_size=1, pad_token_id=1, num_labels=3)
    model = XLMRobertaForSequenceClassification(config).eval()
    tokenizer = AutoTokenizer.from_pretrained(ensure_converted(precision=resolve_precision("auto")))  # the same XLM-R vocabulary
    classify = pipeline("text-classification", model=model, tokenizer=tokenizer, device=-1)
    ordered = sorted(texts, key=len)  # give the baseline the same length-sorted batching
    classify(ordered[:32], batch_size=32, truncation=True, max_length=512)
    start = time.perf_counter()
    classify(ordered, batch_size=32, truncation=True, max_length=512)
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--quantize", action="store_true", help="int8 dynamic quantization of the encoder")
    parser.add_argument("--precision", default="auto", choices=["auto", "fp32", "bf16"],
                        help="encoder arithmetic, as model.precision in config.yaml (default auto, as the product)")
    parser.add_argument("--skip-baseline", action="store_true")
    args = parser.parse_args()
    texts, origin = real_texts(args.texts)
    chars = sorted(len(t) for t in texts)
    print(f"{len(texts)} texts from {origin}; length median {chars[len(chars) // 2]} chars, max {chars[-1]}")
    tps = embedded(texts, args.quantize, args.precision)
    rss = peak_rss_mb()
    print(f"embedded end to end: {tps:.1f} texts/s, peak RSS {rss:.0f} MB")
    base = float("nan") if args.skip_baseline else baseline(texts)
    print(f"XLM-R-base pipeline: {base:.1f} texts/s")
    print(f"RESULT embedded_tps={tps:.1f} baseline_tps={base:.1f} ratio={tps / base:.2f} peak_rss_mb={rss:.0f}")


if __name__ == "__main__":
    sys.exit(main())
