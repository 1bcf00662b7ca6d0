"""One call per batch of texts: language, sentiment (whole text and per sentence) and topics.

The encoder runs once over the texts; sentences and contrastive clauses are pooled from that pass
(models.clauses), and the same embeddings serve the sentiment head and the topic prototypes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from models.clauses import clause_spans
from models.language import LanguageDetector, LanguageResult
from models.sentences import sentence_spans
from models.sentiment import NEUTRAL_UNSURE, EmbeddingSentimentHead, Sentiment, from_probabilities, guard_short, too_short
from models.settings import ModelSettings, TopicSpec
from models.topic_cache import fit_cached
from models.topics import DEFAULT_TOPICS, TopicClassifier, TopicScore
from models.verdict import text_verdict


@dataclass(frozen=True)
class SentenceResult:
    start: int
    end: int
    text: str
    sentiment: Sentiment
    topics: list[str]

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, **self.sentiment.to_json(), "topics": self.topics}


@dataclass(frozen=True)
class TopicResult:
    name: str
    similarity: float
    sentiment: Sentiment

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "similarity": round(self.similarity, 4), **self.sentiment.to_json()}


@dataclass(frozen=True)
class Classification:
    language: LanguageResult
    sentiment: Sentiment
    topics: list[TopicResult] = field(default_factory=list)
    sentences: list[SentenceResult] = field(default_factory=list)
    model_version: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "language": self.language.code,
            "language_confidence": round(self.language.confidence, 4),
            "sentiment": self.sentiment.to_json(),
            "topics": [t.to_json() for t in self.topics],
            "sentences": [s.to_json() for s in self.sentences],
            "model_version": self.model_version,
        }


def _topics_digest(topics: Sequence[TopicSpec]) -> str:
    payload = json.dumps([t.to_json() for t in topics], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:8]


class Classifier:
    def __init__(self, config: ModelSettings | None = None, topics: Sequence[TopicSpec] | None = None) -> None:
        self.config = config or ModelSettings()
        self.topic_config = tuple(topics) if topics else DEFAULT_TOPICS

    def load(self, encoder: object | None = None) -> "Classifier":
        """Load every part; pass an already-loaded encoder to share it."""
        from models.encoder import E5Encoder

        self.encoder_ = encoder or E5Encoder(batch_size=self.config.batch_size, precision=self.config.precision).load()
        self.languages_ = LanguageDetector(self.config.languages).load()
        self.sentiment_ = self._sentiment_backend().load()
        # Word evidence needs the token states, which only an encoder with `encode` exposes.
        words = self._words if hasattr(self.encoder_, "encode") else None
        # The calibration is cached on disk per encoder and topic list: fitting it is most of a cold start.
        self.topics_ = fit_cached(TopicClassifier(self.topic_config, threshold=self.config.topic_threshold), self.encoder_, words)
        return self

    def _words(self, texts: Sequence[str], probes: np.ndarray) -> np.ndarray:
        return self.encoder_.encode(texts, None, probes).words

    def _sentiment_backend(self) -> object:
        if self.config.sentiment == "embedded":
            # A head `repwatch adapt` fitted to this deployment's own labels wins over the shipped one.
            adapted = self.config.adapted_head
            return EmbeddingSentimentHead(adapted) if adapted and adapted.is_file() else EmbeddingSentimentHead()
        if self.config.sentiment.startswith("embedded:"):
            return EmbeddingSentimentHead(self.config.sentiment.removeprefix("embedded:"))
        from models.sentiment_hf import HFSentiment

        return HFSentiment(self.config.sentiment.removeprefix("hf:"))

    @property
    def version(self) -> str:
        self._check()
        words = "+words" if self.topics_.uses_words_ else ""
        # "+v2": calibrated against small talk and verdicts, topic sentiment read from clauses; a new
        # method gives a new version, so stored mentions are labelled again
        return f"{self.encoder_.version}/{self.sentiment_.version}/topics-{_topics_digest(self.topic_config)}{words}+v2"

    def _check(self) -> None:
        if not hasattr(self, "encoder_"):
            raise RuntimeError("Classifier: call load() first")

    def _probabilities(self, embeddings: np.ndarray) -> np.ndarray | None:
        """P(negative, neutral, positive) per row where the backend gives them (the embedded head)."""
        if getattr(self.sentiment_, "needs_embeddings", True) and hasattr(self.sentiment_, "predict_proba"):
            return self.sentiment_.predict_proba(embeddings)
        return None

    def _sentiments(self, texts: Sequence[str], embeddings: np.ndarray, probs: np.ndarray | None = None) -> list[Sentiment]:
        if probs is not None:
            predicted = from_probabilities(probs)
        elif getattr(self.sentiment_, "needs_embeddings", True):
            predicted = self.sentiment_.predict(embeddings)
        else:
            predicted = self.sentiment_.predict_texts(texts)
        return guard_short(texts, predicted)

    def _verdicts(self, texts: list[str], text_emb: np.ndarray, part_emb: np.ndarray,
                  parts: list[list[tuple[int, int]]], pooled: list[list[tuple[int, int]]]) -> list[Sentiment]:
        """Whole-text sentiments; a multi-sentence text's weighs its sentences (models.verdict).
        `parts[i]` are the rows of `part_emb` of text i: its `pooled` sentences first, then its clauses."""
        text_probs = self._probabilities(text_emb)
        if text_probs is None or not any(pooled):
            return self._sentiments(texts, text_emb, text_probs)
        part_probs = self._probabilities(part_emb)
        cursor = 0
        for i, rows in enumerate(parts):
            if pooled[i]:
                text_probs[i] = text_verdict(text_probs[i], part_probs[cursor : cursor + len(pooled[i])])
            cursor += len(rows)
        return self._sentiments(texts, text_emb, text_probs)

    def classify(
        self, texts: Sequence[str], hints: Sequence[str | None] | None = None, sentences: bool = True
    ) -> list[Classification]:
        """Classify texts; `sentences=False` skips the per-sentence pass (whole-text results only)."""
        self._check()
        texts = [t or "" for t in texts]
        if not texts:
            return []
        languages = self.languages_.detect(texts, hints)
        spans = [sentence_spans(t) if sentences else [(0, len(t))] for t in texts]
        clauses = [clause_spans(t, s) if sentences else s for t, s in zip(texts, spans)]
        # The sentences of multi-sentence texts, pooled from the text pass, then the clauses of
        # sentences with a contrastive turn, encoded on their own: pooled in context, the second half of
        # "Die Lieferung kam schnell, aber das Rad war beschädigt." still reads positive (-0.08 against
        # -0.79 alone). Few texts turn, so the extra pass is small.
        pooled = [s if len(s) > 1 else [] for s in spans]
        turns = [[x for x in c if x not in s] if len(c) > len(s) else [] for s, c in zip(spans, clauses)]
        parts = [p + t for p, t in zip(pooled, turns)]
        text_emb, part_emb, text_words, part_words = self._embed(texts, pooled, turns)
        text_sent = self._verdicts(texts, text_emb, part_emb, parts, pooled)
        text_scores = self.topics_.scores(text_emb, text_words)
        part_texts = [texts[i][a:b] for i, p in enumerate(parts) for a, b in p]
        part_sent = self._sentiments(part_texts, part_emb) if part_texts else []
        part_scores = self.topics_.scores(part_emb, part_words) if part_texts else np.zeros((0, len(self.topics_.names)))
        part_topics = self.topics_.assign(part_scores)

        version, results, cursor = self.version, [], 0
        for i, (text, found_topics) in enumerate(zip(texts, self.topics_.assign(text_scores))):
            found_topics = [] if too_short(text) else found_topics
            n = len(parts[i])
            rows = slice(cursor, cursor + n)
            cursor += n
            scored = {(a, b): _Unit(a, b, part_sent[k], part_scores[k], part_topics[k])
                      for k, (a, b) in enumerate(parts[i], start=rows.start)}
            whole = _Unit(0, len(text), text_sent[i], text_scores[i], found_topics)
            units = _units(spans[i], clauses[i], scored, whole)
            found = {t.name: t.score for t in found_topics}
            # A text is also about what one of its sentences (or clauses) is clearly about ("... but
            # delivery took three weeks"), even when the whole text leans elsewhere.
            for unit in units:
                for t in unit.topics:
                    found[t.name] = max(found.get(t.name, -np.inf), t.score)
            breakdown = self._breakdown(text, spans[i], units, scored, text_sent[i], found)
            topics = [TopicResult(name, score, _topic_sentiment(self.topics_.names.index(name), name, units, text_sent[i]))
                      for name, score in sorted(found.items(), key=lambda item: -item[1])]
            results.append(Classification(languages[i], text_sent[i], topics, breakdown, version))
        return results

    def _embed(self, texts: list[str], pooled: list[list[tuple[int, int]]], alone: list[list[tuple[int, int]]]) -> tuple[
            np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None]:
        """Text embeddings, then per text the embeddings of its `pooled` spans (from the text pass, when
        the encoder can pool spans; the embedded one can) followed by its `alone` spans (encoded as texts
        of their own), concatenated in text order, and their word evidence where the encoder gives it."""
        flat_alone = [texts[i][a:b] for i, p in enumerate(alone) for a, b in p]
        if hasattr(self.encoder_, "encode"):
            probes = self.topics_.centroids_ if self.topics_.uses_words_ else None
            encoded = self.encoder_.encode(texts, pooled, probes)
            extra = self.encoder_.encode(flat_alone, None, probes)
            text_emb, span_emb, words, span_words = encoded.texts, encoded.spans, encoded.words, encoded.span_words
            alone_emb, alone_words = extra.texts, extra.words
        else:
            text_emb = self.encoder_.embed(texts)
            flat_pooled = [texts[i][a:b] for i, p in enumerate(pooled) for a, b in p]
            flat = self.encoder_.embed(flat_pooled + flat_alone) if flat_pooled or flat_alone else text_emb[:0]
            cuts = np.cumsum([len(p) for p in pooled])[:-1]
            span_emb, alone_emb = np.split(flat[: len(flat_pooled)], cuts), flat[len(flat_pooled):]
            words = span_words = alone_words = None
        rows, word_rows, at = [], [], 0
        for i in range(len(texts)):
            n = len(alone[i])
            rows += [span_emb[i], alone_emb[at : at + n]]
            if span_words is not None and alone_words is not None:
                word_rows += [span_words[i], alone_words[at : at + n]]
            at += n
        part_emb = np.concatenate(rows) if rows else np.zeros((0, text_emb.shape[1]), dtype=np.float32)
        part_words = np.concatenate(word_rows) if word_rows else (
            np.zeros((0, len(self.topics_.topics)), dtype=np.float32) if words is not None else None)
        return text_emb, part_emb.astype(np.float32), words, part_words

    @staticmethod
    def _breakdown(text: str, spans: list[tuple[int, int]], units: list[_Unit], scored: dict[tuple[int, int], _Unit],
                   text_sentiment: Sentiment, found: dict[str, float]) -> list[SentenceResult]:
        """One result per sentence, with the topics of the sentence and of its clauses."""
        if len(spans) == 1:
            (a, b), = spans
            return [SentenceResult(a, b, text[a:b], text_sentiment, list(found))]
        out = []
        for a, b in spans:
            names = [t.name for t in scored[(a, b)].topics]
            names += [t.name for u in units if a <= u.start and u.end <= b for t in u.topics if t.name not in names]
            out.append(SentenceResult(a, b, text[a:b], scored[(a, b)].sentiment, names))
        return out


@dataclass(frozen=True)
class _Unit:
    """The smallest stretch of a text scored on its own: a clause, a sentence or the whole text."""

    start: int
    end: int
    sentiment: Sentiment
    scores: np.ndarray  # calibrated topic scores
    topics: list[TopicScore]


def _units(spans: list[tuple[int, int]], clauses: list[tuple[int, int]], scored: dict[tuple[int, int], _Unit],
           whole: _Unit) -> list[_Unit]:
    """The sentences of a text and, where a sentence turns ("..., aber ..."), its clauses instead;
    an undivided single sentence is the text itself (`whole`)."""
    if not scored:
        return [whole]
    units: list[_Unit] = []
    for a, b in spans:
        inside = [c for c in clauses if a <= c[0] and c[1] <= b]
        if len(inside) > 1:
            units.extend(scored[c] for c in inside)
        else:
            units.append(scored[(a, b)])
    return units


def _topic_sentiment(k: int, name: str, units: list[_Unit], fallback: Sentiment) -> Sentiment:
    """The sentiment of the units (clauses or sentences) about the topic; when none is about it
    alone, that of the unit that speaks of it most, so a topic never takes the tone of a part of the
    text it does not come from. The text's own sentiment when no unit carries one."""
    about = [u.sentiment for u in units if any(t.name == name for t in u.topics) and u.sentiment is not NEUTRAL_UNSURE]
    if not about:
        best = max(units, key=lambda u: float(u.scores[k]), default=None)
        about = [best.sentiment] if best is not None and best.sentiment is not NEUTRAL_UNSURE else []
    if not about:
        return fallback
    score = float(np.mean([s.score for s in about]))
    strongest = max(about, key=lambda s: abs(s.score))
    label = strongest.label if abs(score) >= 0.15 else "neutral"
    return Sentiment(label, score, float(np.mean([s.confidence for s in about])))
