from __future__ import annotations

import pytest

from monitor.analytics.feedback import feedback_examples, record_feedback
from monitor.analytics.mentions import mention_detail
from monitor.storage.store import Store
from tests.analytics.conftest import M, at, seed


def test_a_correction_keeps_text_model_label_and_version(store: Store) -> None:
    ids = seed(store, [M(at(2026, 11, 16, 9), "positive", title="Ironie", text="geweldig, weer kapot", language="nl"),
                       M(at(2026, 11, 16, 10), None, text="nog niet gelabeld")])
    first = record_feedback(store, ids[0], "neutral", by="anna", now=at(2026, 11, 17))
    record_feedback(store, ids[0], "negative", by="anna", now=at(2026, 11, 18))
    record_feedback(store, ids[1], "negative")
    latest = feedback_examples(store)
    assert [(e.mention_id, e.label, e.model_label, e.model_version) for e in latest] == [
        (ids[0], "negative", "positive", "v"), (ids[1], "negative", None, None)]
    assert latest[0].text.startswith("Ironie\n") and latest[0].text.endswith("geweldig, weer kapot")
    assert latest[0].training_record() == {"text": latest[0].text, "label": "negative", "lang": "nl"}
    assert [e.id for e in feedback_examples(store, latest_only=False)][0] == first
    detail = mention_detail(store, ids[0])
    assert detail is not None and detail.corrections == ["neutral", "negative"]


def test_bad_feedback_is_refused(store: Store) -> None:
    (mid,) = seed(store, [M(at(2026, 11, 16, 9), "positive")])
    with pytest.raises(ValueError, match="not one of negative, neutral, positive"):
        record_feedback(store, mid, "angry")
    with pytest.raises(KeyError, match="does not exist"):
        record_feedback(store, 999999, "negative")
