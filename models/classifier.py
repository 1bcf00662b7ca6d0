"""One call per batch of texts: language, sentiment (whole text and per sentence) and topics.

The encoder runs once over the texts and once over the sentences of multi-sentence texts; the
same embeddings serve the sentiment head and the topic prototypes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from models.language import LanguageDetector, LanguageResult
from models.sentences import sentence_spans
from models.sentiment import (NEUTRAL_UNSURE, EmbeddingSentimentHead, Sentiment, from_probabilities, guard_short,
                              too_short)
from models.topics import DEFAULT_TOPICS, TopicClassifier
from models.verdict import text_verdict
from monitor.config import ModelConfig, TopicConfig


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


def _topics_digest(topics: Sequence[TopicConfig]) -> str:
    payload = json.dumps([t.model_dump() for t in topics], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:8]


class Classifier:
    def __init__(self, config: ModelConfig | None = None, topics: Sequence[TopicConfig] | None = None) -> None:
        self.config = config or ModelConfig()
        self.topic_config = tuple(topics) if topics else DEFAULT_TOPICS

    def load(self, encoder: object | None = None) -> "Classifier":
        """Load every part; pass an already-loaded encoder to share it."""
        from models.encoder import E5Encoder

        self.encoder_ = encoder or E5Encoder(batch_size=self.config.batch_size, precision=self.config.precision).load()
        self.languages_ = LanguageDetector(self.config.languages).load()
        self.sentiment_ = self._sentiment_backend().load()
        # Word evidence needs the token states, which only an encoder with `encode` exposes.
        words = self._words if hasattr(self.encoder_, "encode") else None
        self.topics_ = TopicClassifier(self.topic_config, threshold=self.config.topic_threshold).fit(self.encoder_.embed, words)
        return self

    def _words(self, texts: Sequence[str], probes: np.ndarray) -> np.ndarray:
        return self.encoder_.encode(texts, None, probes).words

    def _sentiment_backend(self) -> object:
        if self.config.sentiment == "embedded":
            # A head `repwatch adapt` fitted to this deployment's own labels wins over the shipped one.
            adapted = getattr(self.config, "adapted_head", None)
            return EmbeddingSentimentHead(adapted) if adapted and adapted.is_file() else EmbeddingSentimentHead()
        if self.config.sentiment.startswith("embedded:"):
            return EmbeddingSentimentHead(self.config.sentiment.removeprefix("embedded:"))
        from models.sentiment_hf import HFSentiment

        return HFSentiment(self.config.sentiment.removeprefix("hf:"))

    @property
    def version(self) -> str:
        self._check()
        words = "+words" if self.topics_.uses_words_ else ""
        return f"{self.encoder_.version}/{self.sentiment_.version}/topics-{_topics_digest(self.topic_config)}{words}"

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

    def _verdicts(self, texts: list[str], text_emb: np.ndarray, sent_emb: np.ndarray,
                  spans: list[list[tuple[int, int]]], multi: list[int]) -> list[Sentiment]:
        """Whole-text sentiments; a multi-sentence text's weighs its sentences (models.verdict)."""
        text_probs = self._probabilities(text_emb)
        if text_probs is None or not multi:
            return self._sentiments(texts, text_emb, text_probs)
        sent_probs = self._probabilities(sent_emb)
        cursor = 0
        for i in multi:
            n = len(spans[i])
            text_probs[i] = text_verdict(text_probs[i], sent_probs[cursor : cursor + n])
            cursor += n
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
        multi = [i for i, s in enumerate(spans) if len(s) > 1]
        text_emb, sent_emb, text_words, sent_words = self._embed(texts, spans, multi)
        text_sent = self._verdicts(texts, text_emb, sent_emb, spans, multi)
        text_topics = [[] if too_short(t) else found
                       for t, found in zip(texts, self.topics_.assign(self.topics_.scores(text_emb, text_words)))]
        sentence_texts = [texts[i][a:b] for i in multi for a, b in spans[i]]
        sent_sent = self._sentiments(sentence_texts, sent_emb) if sentence_texts else []
        sent_topic_scores = self.topics_.scores(sent_emb, sent_words) if sentence_texts else np.zeros((0, 0))

        version, multi_set = self.version, set(multi)
        results, cursor = [], 0
        for i, text in enumerate(texts):
            found = {t.name: t.score for t in text_topics[i]}
            if i in multi_set:
                n = len(spans[i])
                row_scores = sent_topic_scores[cursor : cursor + n]
                breakdown = self._sentence_results(text, spans[i], sent_sent[cursor : cursor + n], row_scores)
                cursor += n
                # A text is also about what one of its sentences is clearly about ("... but delivery took
                # three weeks"), even when the whole text leans elsewhere.
                for k, name in enumerate(self.topics_.names):
                    if any(name in sent.topics for sent in breakdown):
                        found[name] = max(found.get(name, -np.inf), float(row_scores[:, k].max()))
            else:
                breakdown = [SentenceResult(a, b, text[a:b], text_sent[i], list(found)) for a, b in spans[i]]
            topics = [TopicResult(name, score, _topic_sentiment(name, breakdown, text_sent[i]))
                      for name, score in sorted(found.items(), key=lambda item: -item[1])]
            results.append(Classification(languages[i], text_sent[i], topics, breakdown, version))
        return results

    def _embed(self, texts: list[str], spans: list[list[tuple[int, int]]], multi: list[int]) -> tuple[
            np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None]:
        """Text and sentence embeddings (sentences of multi-sentence texts only) and their word
        evidence, in one pass when the encoder can pool spans (the embedded one can), else in a
        second pass over the sentences, without word evidence."""
        if hasattr(self.encoder_, "encode"):
            wanted = set(multi)
            probes = self.topics_.centroids_ if self.topics_.uses_words_ else None
            encoded = self.encoder_.encode(texts, [spans[i] if i in wanted else [] for i in range(len(texts))], probes)
            text_emb, parts = encoded.texts, [encoded.spans[i] for i in multi]
            words = encoded.words
            part_words = [encoded.span_words[i] for i in multi] if encoded.span_words is not None else None
        else:
            text_emb = self.encoder_.embed(texts)
            parts = [self.encoder_.embed([texts[i][a:b] for a, b in spans[i]]) for i in multi]
            words, part_words = None, None
        sent_emb = np.concatenate(parts) if parts else np.zeros((0, text_emb.shape[1]), dtype=np.float32)
        sent_words = None
        if part_words is not None:
            sent_words = np.concatenate(part_words) if part_words else np.zeros((0, len(self.topics_.topics)), dtype=np.float32)
        return text_emb, sent_emb, words, sent_words

    def _sentence_results(
        self, text: str, spans: list[tuple[int, int]], sentiments: list[Sentiment], scores: np.ndarray
    ) -> list[SentenceResult]:
        assigned = self.topics_.assign(scores)
        return [
            SentenceResult(a, b, text[a:b], s, [t.name for t in topics])
            for (a, b), s, topics in zip(spans, sentiments, assigned)
        ]


def _topic_sentiment(name: str, sentences: list[SentenceResult], fallback: Sentiment) -> Sentiment:
    """The sentiment of the sentences that speak about the topic; the text's when none does alone."""
    about = [s.sentiment for s in sentences if name in s.topics and s.sentiment is not NEUTRAL_UNSURE]
    if not about:
        return fallback
    score = float(np.mean([s.score for s in about]))
    strongest = max(about, key=lambda s: abs(s.score))
    label = strongest.label if abs(score) >= 0.15 else "neutral"
    return Sentiment(label, score, float(np.mean([s.confidence for s in about])))
