"""Language detection with lingua, restricted to the languages a team watches.

Restricting the candidate set is what makes short texts work: "Levering duurde lang" is Dutch
with high confidence among nine languages, and a coin toss among seventy-five. It also bounds
memory: only the listed languages' models are ever read, on first use. Norwegian comes
out as `nb` (Bokmål) or `nn` (Nynorsk); a source hint of `no` covers both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

from models.settings import DEFAULT_LANGUAGES

UNDETERMINED = "und"
# Lingua tells Bokmål from Danish (and from Nynorsk) poorly on short texts, even at high
# confidence; within this group a source's hint decides. Outside it, the detector may overrule
# the hint when it is very sure (an English post in a Norwegian feed).
_SCANDINAVIAN = {"no", "nb", "nn", "da", "sv"}
_NORWEGIAN = {"no", "nb", "nn"}
_OVERRIDE_CONFIDENCE = 0.9
# Most written Norwegian is Bokmål, and lingua's Nynorsk confidence barely separates the two, so a
# Norwegian source's text counts as Nynorsk when lingua says so and a word only Nynorsk uses is there.
_NYNORSK_CONFIDENCE = 0.8
_NYNORSK_WORDS = re.compile(r"\b(eg|ikkje|kva|korleis|kvifor|berre|frå|noko|mykje|kven|nøgd|fekk|meir|dykk|hjå|kjem)\b", re.I)
_MIN_LETTERS = 3


@dataclass(frozen=True)
class LanguageResult:
    code: str
    confidence: float
    source: str  # "detected", "hint" or "none"


def _language(code: str) -> Language:
    try:
        return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
    except AttributeError:
        raise ValueError(f"unknown language code {code!r}; use ISO 639-1 codes such as nl, nb, de") from None


class LanguageDetector:
    def __init__(self, languages: Sequence[str] = DEFAULT_LANGUAGES) -> None:
        self.languages = tuple(languages)
        self.detector_ = None

    def load(self) -> "LanguageDetector":
        codes = {("nb" if c == "no" else c) for c in self.languages}
        langs = [_language(c) for c in sorted(codes)]
        if len(langs) < 2:
            raise ValueError("model.languages: list at least two languages to choose between")
        # Not preloaded: lingua reads a language's n-gram models (about 28 MB each) the first time a
        # text needs them, and only for the languages listed, so load() is instant and a team that
        # watches two languages never holds the other seven.
        self.detector_ = LanguageDetectorBuilder.from_languages(*langs).build()
        return self

    def detect(self, texts: Sequence[str], hints: Sequence[str | None] | None = None) -> list[LanguageResult]:
        if self.detector_ is None:
            raise RuntimeError("LanguageDetector: call load() first")
        hints = list(hints) if hints is not None else [None] * len(texts)
        values = self.detector_.compute_language_confidence_values_in_parallel(list(texts))
        return [self._decide(text, ranked, hint) for text, ranked, hint in zip(texts, values, hints)]

    def _decide(self, text: str, ranked: list, hint: str | None) -> LanguageResult:
        hint = hint.lower() if hint else None
        letters = sum(ch.isalpha() for ch in text)
        if letters < _MIN_LETTERS or not ranked:
            return LanguageResult(hint, 0.0, "hint") if hint else LanguageResult(UNDETERMINED, 0.0, "none")
        top = ranked[0]
        code, confidence = top.language.iso_code_639_1.name.lower(), float(top.value)
        if hint is None or code == hint:
            return LanguageResult(code, confidence, "detected")
        if hint in _NORWEGIAN and code in _NORWEGIAN:
            nynorsk = code == "nn" and (confidence >= _NYNORSK_CONFIDENCE or bool(_NYNORSK_WORDS.search(text)))
            return LanguageResult("nn" if nynorsk else "nb", confidence, "detected" if nynorsk or code == "nb" else "hint")
        if hint in _SCANDINAVIAN and code in _SCANDINAVIAN:
            return LanguageResult("nb" if hint == "no" else hint, confidence, "hint")
        if confidence >= _OVERRIDE_CONFIDENCE and letters >= 20:
            return LanguageResult(code, confidence, "detected")
        return LanguageResult("nb" if hint == "no" else hint, confidence, "hint")
