"""The details a marketer stumbles on: column labels, the clock, colours, names, the favicon."""

from __future__ import annotations

import ast
import json
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from dashboard import charts
from dashboard.checking import topic_rows
from monitor.display import language_name
from monitor.storage.store import Store
from tests.dashboard.apptest import open_app
from tests.dashboard.seed import APP, Seeded

ZONE = ZONE_AMS = ZoneInfo("Europe/Amsterdam")


def spec(chart: object) -> dict:
    return chart.to_dict()  # type: ignore[attr-defined]


def test_heatmap_labels_every_column_including_neutral() -> None:
    rows = [{"topic": t, "sentiment": s, "mentions": n} for t in ("levering", "prijs") for s, n in
            zip(charts.SENTIMENT_ORDER, (3, 0, 5))]
    x = spec(charts.heatmap(rows, "t", "s"))["layer"][0]["encoding"]["x"]
    assert x["scale"]["domain"] == ["negative", "neutral", "positive"]
    assert x["axis"]["labelOverlap"] is False, "Vega would drop every other label, the neutral one first"
    layers = spec(charts.heatmap(rows, "t", "s"))["layer"]
    assert "legend" in layers[0]["encoding"]["color"] and layers[0]["encoding"]["color"]["legend"] is None, \
        "no legend squeezing the columns: every cell prints its count"
    assert layers[1]["encoding"]["color"]["condition"]["value"] == "white", "counts stay readable on dark cells"


def _buckets(hours: int) -> list[SimpleNamespace]:
    start = datetime(2026, 11, 20, 23, 0, tzinfo=timezone.utc)
    return [SimpleNamespace(start=start + timedelta(hours=i), negative=i % 3, total=10 + 5 * (i % 4)) for i in range(hours)]


def test_alert_chart_uses_a_24_hour_clock() -> None:
    buckets = _buckets(6)
    layers = spec(charts.spike(buckets, ZONE, (buckets[2].start, buckets[3].start), "t", "s"))["layer"]
    axis = layers[2]["encoding"]["x"]["axis"]
    assert "%H:%M" in axis["labelExpr"] and "%I" not in axis["labelExpr"] and "%p" not in axis["labelExpr"]
    assert all("%I" not in json.dumps(layer) for layer in layers)


def test_alert_chart_keeps_its_dashed_line_inside_the_plot() -> None:
    buckets = _buckets(6)
    layers = spec(charts.spike(buckets, ZONE, (buckets[2].start, buckets[3].start), "t", "s"))["layer"]
    line = layers[2]
    assert line["mark"]["strokeDash"] and line["mark"]["clip"] is False
    top = line["encoding"]["y"]["scale"]["domain"][1]
    assert top > max(b.total for b in buckets), "headroom above the highest point"
    assert layers[1]["encoding"]["y"]["scale"]["domain"] == line["encoding"]["y"]["scale"]["domain"], "one y scale"
    lo, hi = (datetime.fromisoformat(d) for d in line["encoding"]["x"]["scale"]["domain"])
    first, last = (charts.local_naive(b.start, ZONE) for b in (buckets[0], buckets[-1]))
    assert lo < first and hi > last, "half a bucket either side, so the first and last bars and points fit"


def test_the_favicon_is_not_fetched_from_a_font_host() -> None:
    """Streamlit turns a `:material/...:` page icon into a fonts.gstatic.com URL; an emoji is drawn locally."""
    tree = ast.parse(APP.read_text(encoding="utf-8"))
    icon = next(n.value.value for n in ast.walk(tree) if isinstance(n, ast.Assign)
                and any(getattr(t, "id", "") == "PAGE_ICON" for t in n.targets))
    assert not icon.startswith(":") and not icon.isascii()
    assert "page_icon=PAGE_ICON" in APP.read_text(encoding="utf-8")


@pytest.mark.parametrize(("similarity", "level"), [(2.3, "slight"), (3.4, "clear"), (4.189, "strong")])
def test_check_topics_show_a_level_not_a_raw_score(similarity: float, level: str) -> None:
    from models.classifier import TopicResult
    from models.sentiment import Sentiment

    result = SimpleNamespace(topics=[TopicResult("delivery", similarity, Sentiment("negative", -0.8, 0.9))])
    (row,) = topic_rows(result, threshold=2.0)
    assert "similarity" not in row and row["strength"] == level
    assert row["strength_help"].startswith(f"{similarity:.1f} standard deviations above")


def _column_config(at, column: str) -> list[dict]:  # type: ignore[no-untyped-def]
    found = []
    for frame in at.dataframe:
        if column in frame.value.columns:
            config = json.loads(frame.proto.columns or "{}")
            found.append(config.get(column) or config.get(f"col:{column}") or {})
    return found


def test_confidence_bars_are_grey_and_languages_are_names(demo: tuple[Seeded, Store]) -> None:
    at = open_app(page="mentions")
    configs = _column_config(at, "confidence")
    assert configs, "the mentions table has a confidence column"
    for config in configs:
        assert config["type_config"]["type"] == "progress" and config["type_config"]["color"] == "gray"
    languages = {v for f in at.dataframe if "language" in f.value.columns for v in f.value["language"].dropna()}
    assert languages and all(len(v) > 3 for v in languages), languages
    assert language_name("nl") in languages or language_name("nb") in languages
