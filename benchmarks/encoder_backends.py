"""Where the encoder's time goes: one pass over the throughput texts per backend, against the CPU's ceiling.

    python benchmarks/encoder_backends.py [--texts 2000] [--skip-compile]
    pip install onnxruntime onnx   # first, to add the ONNX Runtime rows (not a repwatch dependency)

The same 2,000 texts as `classify_throughput.py`, tokenized once and batched as the product
batches them, go through the bare encoder (no language detection, head or topics) with:
torch fp32, torch bf16 (the shipped default on CPUs with bfloat16), torch int8 dynamic
quantization, torch.compile of the bf16 model, and, when onnxruntime is installed, ONNX Runtime
fp32 (with its BERT fusions) and int8 (dynamic, per-channel). The ceiling is the speed of a
bare bf16 matrix product of the encoder's own shapes on this machine: the encoder spends
about 42.5 MFLOP per token in its matrix products, so tokens / ceiling is a lower bound on the
pass that no backend of the same precision can beat.

Last line: RESULT tokens=.. ceiling_s=.. torch_bf16_s=.. best=<backend> best_s=..
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from classify_throughput import real_texts  # noqa: E402

from models.encoder import E5Encoder  # noqa: E402

Batch = tuple[np.ndarray, np.ndarray]


def flops_per_token(config) -> float:
    """Multiply-adds of the dense layers, times two: attention projections and feed-forward."""
    h, f = config.hidden_size, config.intermediate_size
    return 2.0 * config.num_hidden_layers * (4 * h * h + 2 * h * f)


def padded_batches(encoder: E5Encoder, texts: list[str]) -> list[Batch]:
    ids = encoder.tokenizer_(["query: " + t for t in texts], truncation=True, max_length=encoder.max_length)["input_ids"]
    out = []
    for rows in encoder._batches([len(s) for s in ids]):
        width = max(len(ids[i]) for i in rows)
        input_ids = np.full((len(rows), width), encoder.tokenizer_.pad_token_id, dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for r, i in enumerate(rows):
            input_ids[r, : len(ids[i])] = ids[i]
            mask[r, : len(ids[i])] = 1
        out.append((input_ids, mask))
    return out


def ceiling_gflops(hidden: int, ffn: int) -> float:
    """Bare bf16 matrix products of one layer's shapes, 2,048 rows: the most this CPU does on them."""
    shapes = ((hidden, hidden),) * 4 + ((hidden, ffn), (ffn, hidden))  # q, k, v, out; up, down
    flops = seconds = 0.0
    with torch.inference_mode():
        for k, n in shapes:
            a, layer = torch.randn(2048, k, dtype=torch.bfloat16), torch.nn.Linear(k, n).to(torch.bfloat16)
            for _ in range(3):
                layer(a)
            start = time.perf_counter()
            for _ in range(20):
                layer(a)
            seconds += time.perf_counter() - start
            flops += 2.0 * 2048 * k * n * 20
    return flops / seconds / 1e9


def timed(run: Callable[[Batch], object], batches: list[Batch]) -> float:
    run(batches[0])  # warm-up (and compilation, for the backends that compile)
    start = time.perf_counter()
    for batch in batches:
        run(batch)
    return time.perf_counter() - start


def torch_runner(model: torch.nn.Module) -> Callable[[Batch], object]:
    def run(batch: Batch) -> object:
        with torch.inference_mode():
            return model(input_ids=torch.from_numpy(batch[0]), attention_mask=torch.from_numpy(batch[1])).last_hidden_state
    return run


def onnx_runners(model: torch.nn.Module, folder: Path) -> dict[str, Callable[[Batch], object]]:
    """ONNX Runtime fp32 with BERT fusions, and int8; empty when onnxruntime is not installed."""
    try:
        import onnx
        import onnxruntime as ort
        from onnxruntime.quantization import QuantType, quantize_dynamic
        from onnxruntime.transformers import optimizer
    except ImportError:
        print("onnxruntime not installed: no ONNX Runtime rows (pip install onnxruntime onnx)")
        return {}

    class Hidden(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            return self.inner(input_ids=ids, attention_mask=mask).last_hidden_state

    raw, fused, int8 = folder / "e5.onnx", folder / "e5_fused.onnx", folder / "e5_int8.onnx"
    sample = (torch.ones(2, 16, dtype=torch.long), torch.ones(2, 16, dtype=torch.long))
    axes = {"ids": {0: "batch", 1: "length"}, "mask": {0: "batch", 1: "length"}, "hidden": {0: "batch", 1: "length"}}
    torch.onnx.export(Hidden(model), sample, str(raw), input_names=["ids", "mask"], output_names=["hidden"],
                      dynamic_axes=axes, opset_version=17, dynamo=False)
    cfg = model.config
    optimizer.optimize_model(str(raw), model_type="bert", num_heads=cfg.num_attention_heads,
                             hidden_size=cfg.hidden_size).save_model_to_file(str(fused))
    quantize_dynamic(str(fused), str(int8), weight_type=QuantType.QInt8, per_channel=True,
                     extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
    runners = {}
    for name, path in (("onnx_fp32", fused), ("onnx_int8", int8)):
        options = ort.SessionOptions()
        options.intra_op_num_threads = torch.get_num_threads()
        session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        runners[name] = lambda batch, s=session: s.run(None, {"ids": batch[0], "mask": batch[1]})
    return runners


def report(name: str, seconds: float, tokens: int, per_token: float) -> None:
    print(f"{name:>20}: {seconds:6.1f} s  {tokens / seconds:7.0f} tokens/s  {tokens * per_token / seconds / 1e9:5.0f} GFLOP/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--skip-compile", action="store_true", help="leave out torch.compile (a minute of compiling)")
    args = parser.parse_args()
    texts, origin = real_texts(args.texts)
    fp32 = E5Encoder(precision="fp32").load()
    batches = padded_batches(fp32, texts)
    tokens = int(sum(b[1].size for b in batches))
    cfg = fp32.model_.config
    per_token = flops_per_token(cfg)
    ceiling = ceiling_gflops(cfg.hidden_size, cfg.intermediate_size)
    floor_s = tokens * per_token / ceiling / 1e9
    print(f"{len(texts)} texts from {origin}: {len(batches)} batches, {tokens} tokens with padding; "
          f"{per_token / 1e6:.1f} MFLOP a token; bf16 ceiling {ceiling:.0f} GFLOP/s -> at least {floor_s:.1f} s")
    # Built one at a time and dropped before the next: a backend timed with others loaded next to
    # it runs slower (measured: fp32 took twice as long once the int8 copy had been made).
    factories: dict[str, Callable[[], Callable[[Batch], object]]] = {
        "torch_fp32": lambda: torch_runner(E5Encoder(precision="fp32").load().model_),
        "torch_bf16": lambda: torch_runner(E5Encoder(precision="bf16").load().model_),
    }
    if not args.skip_compile:
        factories["torch_bf16_compiled"] = lambda: torch_runner(
            torch.compile(E5Encoder(precision="bf16").load().model_, dynamic=True))
    factories["torch_int8"] = lambda: torch_runner(E5Encoder(quantize=True).load().model_)
    del fp32
    seconds = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, factory in factories.items():
            seconds[name] = timed(factory(), batches)
            report(name, seconds[name], tokens, per_token)
            gc.collect()
        for name, run in onnx_runners(E5Encoder(precision="fp32").load().model_, Path(folder)).items():
            seconds[name] = timed(run, batches)
            report(name, seconds[name], tokens, per_token)
    best = min(seconds, key=seconds.get)
    print(f"RESULT tokens={tokens} ceiling_s={floor_s:.1f} torch_bf16_s={seconds['torch_bf16']:.1f} "
          f"best={best} best_s={seconds[best]:.1f}")


if __name__ == "__main__":
    main()
