"""`repwatch eval --topics`: per-topic precision and recall, and topics given to rows with nothing to find."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.classifier import Classification, TopicResult
from models.language import LanguageResult
from models.sentiment import NEUTRAL_UNSURE
from monitor.evaluate import gold_topics, read_category_map, topic_scores

NAMES = ["food", "service", "price"]


def _result(*topics: str) -> Classification:
    return Classification(LanguageResult("nl", 1.0, "detected"), NEUTRAL_UNSURE,
                          [TopicResult(t, 3.0, NEUTRAL_UNSURE) for t in topics])


def test_precision_recall_and_topics_on_rows_without_a_category() -> None:
    rows = [
        {"categories": ["FOOD#QUALITY"]},
        {"categories": ["FOOD#QUALITY", "SERVICE#GENERAL"]},
        {"categories": ["RESTAURANT#PRICES"]},
        {"categories": []},
        {"categories": []},
        {"categories": ["RESTAURANT#GENERAL"]},
    ]
    results = [_result("food"), _result("food"), _result("service"), _result(), _result("price"), _result("food")]
    report = topic_scores(rows, results, NAMES)
    food, service, price = (report["per_topic"][n] for n in NAMES)
    assert (food["precision"], food["recall"], food["predicted"], food["support"]) == (pytest.approx(2 / 3, abs=1e-4), 1.0, 3, 2)
    assert (service["precision"], service["recall"]) == (0.0, 0.0)
    assert (price["precision"], price["recall"], price["support"]) == (0.0, 0.0, 1)
    assert report["macro_precision"] == pytest.approx((2 / 3) / 3, abs=1e-4)
    assert report["no_category"] == {"n": 2, "with_topic": 0.5}
    assert report["no_gold_topic"] == {"n": 3, "with_topic": pytest.approx(2 / 3, abs=1e-4)}


def test_a_topics_file_can_map_its_topics_to_the_gold_categories(tmp_path: Path) -> None:
    file = tmp_path / "topics.yaml"
    file.write_text("topics: []\ncategories:\n  Reise: [Zugfahrt, Sonstige_Unregelmässigkeiten]\n  Komfort: [Toiletten]\n")
    mapping = read_category_map(file)
    assert gold_topics(["Allgemein", "Toiletten"], ["Reise", "Komfort"], mapping) == {"Komfort"}
    assert gold_topics(["Sonstige_Unregelmässigkeiten"], ["Reise", "Komfort"], mapping) == {"Reise"}
    file.write_text("categories: [Zugfahrt]\n")
    with pytest.raises(ValueError, match="categories: expected a mapping"):
        read_category_map(file)


def test_the_shipped_eval_topic_files_cover_what_they_map() -> None:
    import yaml

    root = Path(__file__).resolve().parents[1] / "examples" / "eval"
    for path in sorted(root.glob("*_topics.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        names = {t["name"] for t in data["topics"]}
        assert set(data.get("categories") or {}) <= names, path
        assert all(len(t["examples"]) <= 5 for t in data["topics"]), path
