"""The verdict of a long text from its own and its sentences' posteriors (models.verdict)."""

from __future__ import annotations

import numpy as np
import pytest

from models.verdict import sentence_weights, text_verdict

NARRATION = [0.25, 0.6, 0.15]  # plot summary: undecided
SLOW_START = [0.55, 0.3, 0.15]  # "the first chapters drag"
LOVED_IT = [0.03, 0.07, 0.9]  # "in the end I could not put it down"
HATED_IT = [0.9, 0.07, 0.03]


def test_one_sentence_keeps_the_text_posterior() -> None:
    text = np.array([0.2, 0.3, 0.5])
    assert text_verdict(text, np.array([LOVED_IT])) is text
    assert text_verdict(text, np.zeros((0, 3))) is text


def test_a_decided_closing_judgement_outweighs_the_story_before_it() -> None:
    text = np.array([0.45, 0.3, 0.25])  # the mean-pooled text leans negative
    sentences = np.array([NARRATION, SLOW_START, NARRATION, SLOW_START, LOVED_IT])
    verdict = text_verdict(text, sentences)
    assert verdict.sum() == pytest.approx(1.0)
    assert verdict.argmax() == 2 and verdict[2] > text[2]


@pytest.mark.parametrize(("order", "label"), [((HATED_IT, LOVED_IT), 2), ((LOVED_IT, HATED_IT), 0)])
def test_the_closing_sentence_decides_between_equally_sure_ones(order: tuple[list[float], ...], label: int) -> None:
    first, last = order
    sentences = np.array([NARRATION, first, NARRATION, NARRATION, last])
    assert text_verdict(np.array([0.3, 0.4, 0.3]), sentences).argmax() == label


def test_undecided_sentences_weigh_little() -> None:
    weights = sentence_weights(np.array([NARRATION, LOVED_IT, NARRATION]), closing=1.0)
    assert weights[1] > 5 * weights[0] and weights[0] == pytest.approx(weights[2])


def test_the_classifier_gives_long_texts_the_pooled_verdict(tmp_path) -> None:
    from models.sentences import split_sentences
    from tests.models.tiny import tiny_classifier

    classifier = tiny_classifier(tmp_path)
    text = "the bike is a winkel. de levering is een prijs. awful service and bad prijs, awful bike."
    (result,) = classifier.classify([text])
    head, encoder = classifier.sentiment_, classifier.encoder_
    expected = text_verdict(head.predict_proba(encoder.embed([text]))[0],
                            head.predict_proba(encoder.embed(split_sentences(text))))
    assert len(result.sentences) == 3
    assert result.sentiment.score == pytest.approx(float(expected[2] - expected[0]), abs=1e-5)
    (alone,) = classifier.classify([text], sentences=False)  # without sentences: the text's own posterior
    assert alone.sentiment.score != pytest.approx(result.sentiment.score, abs=1e-3)
