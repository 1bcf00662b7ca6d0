from __future__ import annotations

import pytest

from models.language import LanguageDetector


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector().load()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("De levering duurde drie weken en niemand nam op", "nl"),
        ("Jeg er veldig fornøyd med sykkelen jeg kjøpte", "nb"),
        ("Eg er svært nøgd med sykkelen eg kjøpte i går", "nn"),
        ("Jeg er meget tilfreds med cyklen, den kører perfekt", "da"),
        ("Jag är mycket nöjd med cykeln och servicen", "sv"),
        ("Die Lieferung kam pünktlich und gut verpackt an", "de"),
        ("Great bike, terrible customer service", "en"),
        ("Le vélo est arrivé en retard et abîmé", "fr"),
        ("La bicicleta llegó tarde y el servicio fue malo", "es"),
    ],
)
def test_detects_the_watched_languages(detector: LanguageDetector, text: str, code: str) -> None:
    (result,) = detector.detect([text])
    assert (result.code, result.source) == (code, "detected")


def test_short_texts_fall_back_to_the_hint_or_undetermined(detector: LanguageDetector) -> None:
    hinted, unknown = detector.detect(["👍👍", "👍👍"], ["no", None])
    assert (hinted.code, hinted.source) == ("no", "hint")
    assert (unknown.code, unknown.source) == ("und", "none")


def test_hint_wins_over_a_neighbour_unless_the_detector_is_sure(detector: LanguageDetector) -> None:
    # Short Norwegian is easily taken for Danish; the source says it is Norwegian.
    short, clear = detector.detect(
        ["Meget god service", "Die Lieferung kam pünktlich und gut verpackt an, sehr zufrieden"], ["no", "no"]
    )
    assert short.code == "nb" and short.source == "hint"
    assert clear.code == "de" and clear.source == "detected"


def test_unknown_language_code_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown language code 'xx'"):
        LanguageDetector(["nl", "xx"]).load()


def test_use_before_load_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="call load"):
        LanguageDetector().detect(["hallo"])


@pytest.mark.parametrize(
    ("text", "hint", "code"),
    [
        ("Har handlet fra butikken to ganger nå. Pakken er sendt, venter spent.", "no", "nb"),
        ("Noen som har prøvd den elektriske bysykkelen? 🙂", "no", "nb"),
        ("Eg har kjøpt ein ny sykkel, og eg er svært nøgd med han. Han er lett og rask.", "no", "nn"),
        ("Jeg er meget tilfreds med cyklen, den kører perfekt", "da", "da"),
    ],
)
def test_a_scandinavian_hint_decides_between_neighbours(detector: LanguageDetector, text: str, hint: str, code: str) -> None:
    (result,) = detector.detect([text], [hint])
    assert result.code == code, result


_MEMORY_PROBE = """
import sys
from models.language import LanguageDetector

def anon_mb():
    for line in open("/proc/self/status"):
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) / 1024

start = anon_mb()
detector = LanguageDetector(sys.argv[1].split(",")).load()
loaded = anon_mb()
detector.detect(["Die Lieferung kam schnell, aber das Rad war beschädigt.", "De levering duurde lang"])
print(loaded - start, anon_mb() - loaded)
"""


def _lingua_memory(languages: str) -> tuple[float, float]:
    import subprocess
    import sys
    from pathlib import Path

    if not Path("/proc/self/status").exists():
        pytest.skip("needs /proc to read the process's memory")
    done = subprocess.run([sys.executable, "-c", _MEMORY_PROBE, languages], capture_output=True, text=True,
                          timeout=300, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    at_load, at_first_use = map(float, done.stdout.split())
    return at_load, at_first_use


def test_lingua_loads_only_the_configured_languages_on_first_use() -> None:
    two_load, two_use = _lingua_memory("nl,de")
    nine_load, nine_use = _lingua_memory("nl,nb,nn,da,sv,en,de,fr,es")
    assert two_load < 10 and nine_load < 10, "load() reads no language model"
    # measured: about 100 MB for nl+de, 245 MB for all nine; the seven others are never read
    assert nine_use > two_use + 100, (two_use, nine_use)
    assert two_use < 150
