"""`repwatch adapt` on a real SQLite store: stars and corrections become labels, the better head is kept."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pytest

from models.adapt import MIN_LABELS, user_weights
from models.classifier import Classifier
from models.labelled import Example
from monitor.adapt import adapt_store, adapt_target
from monitor.analytics.feedback import record_feedback
from monitor.config import Config, load_config
from monitor.storage.store import Store
from monitor.user_labels import stars_label, user_labels
from tests.analytics.conftest import M, seed
from tests.models.test_sentiment_backends import _examples
from tests.models.tiny import HashingEncoder, tiny_classifier

WHEN = datetime(2026, 11, 20, 9, tzinfo=timezone.utc)


@pytest.mark.parametrize(("rating", "rating_max", "label"), [
    (1, 5, "negative"), (2, 5, "negative"), (3, 5, "neutral"), (4, 5, "positive"), (5, 5, "positive"),
    (2.5, 5, "neutral"),  # rounded half up to 3 stars
    (6, 10, "neutral"), (4, 10, "negative"), (9, 10, "positive"),  # another scale, brought to 5 stars
    (4, None, "positive"),  # no scale stored: out of 5
    (0, 5, None), (7, 5, None), (float("nan"), 5, None),
])
def test_stars_map_to_labels(rating: float, rating_max: float | None, label: str | None) -> None:
    assert stars_label(rating, rating_max) == label


def _config(folder: Path, model: str = "") -> Config:
    file = folder / "config.yaml"
    file.write_text(f"brands:\n  - name: Trapkracht\n    own: true\n{model}", encoding="utf-8")
    return load_config(file)


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPWATCH_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(f"sqlite:///{tmp_path / 'data' / 'repwatch.db'}")
    yield s
    s.close()


def test_corrections_override_stars_and_unrated_corrections_count(store: Store) -> None:
    ids = seed(store, [M(WHEN, text="zadel zit prima", rating=5, rating_max=5),
                       M(WHEN, text="ketting roest", rating=1, rating_max=5),
                       M(WHEN, text="bestelnummer vraag", rating=3, rating_max=5),
                       M(WHEN, text="geen sterren hier"),
                       M(WHEN, text="ook geen sterren")])
    record_feedback(store, ids[1], "neutral", now=WHEN)
    record_feedback(store, ids[1], "negative", now=WHEN)  # the latest word counts
    record_feedback(store, ids[2], "positive", now=WHEN)
    record_feedback(store, ids[3], "negative", now=WHEN)
    got = {(label.mention_id, label.label, label.origin) for label in user_labels(store)}
    assert got == {(ids[0], "positive", "stars"), (ids[1], "negative", "correction"),
                   (ids[2], "positive", "correction"), (ids[3], "negative", "correction")}


# A domain the tiny corpus never saw: its words mean nothing to the shipped (tiny) head.
DOMAIN = {"positive": ["zadel zit prima", "remmen pakken lekker", "zadel perfect afgesteld", "remmen soepel"],
          "negative": ["ketting roest snel", "spaken gebroken", "ketting kraakt", "spaken los"],
          "neutral": ["bestelnummer 1234", "framemaat vraag", "bestelnummer gewijzigd", "framemaat 56"]}


def _rated(label: str) -> tuple[float, float]:
    return {"positive": (5.0, 5.0), "neutral": (3.0, 5.0), "negative": (2.0, 5.0)}[label]


def _seed_domain(store: Store, rounds: int) -> None:
    mentions = []
    for r in range(rounds):
        for label, texts in DOMAIN.items():
            for text in texts:
                rating, top = _rated(label)
                mentions.append(M(WHEN, text=f"{text} {r}", rating=rating, rating_max=top))
    seed(store, mentions)


def test_adapt_keeps_a_better_head_where_the_config_loads_it(tmp_path: Path, store: Store) -> None:
    _seed_domain(store, rounds=5)  # 60 labelled mentions
    cfg = _config(tmp_path)
    classifier = tiny_classifier(tmp_path / "tiny")
    shipped = classifier.sentiment_.version
    adapted = adapt_store(cfg, store, classifier, _examples())
    report = adapted.report
    assert (report.labelled, report.held_out) == (60, 18)
    assert report.kept == "new" and report.new.macro_f1 > report.old.macro_f1 + 0.2
    assert Path(report.output) == tmp_path / "data" / "sentiment-adapted.safetensors"
    assert list((tmp_path / "cache" / "embeddings").glob("corpus-*.npz")), "corpus embeddings are cached for the next run"
    # `sentiment: embedded` now loads the adapted head: another version, and it knows the domain.
    reloaded = Classifier(cfg.model).load(encoder=HashingEncoder())
    assert reloaded.sentiment_.version != shipped
    texts, gold = [t for ts in DOMAIN.values() for t in ts], [k for k, ts in DOMAIN.items() for _ in ts]

    def right(c: Classifier) -> int:
        return sum(r.sentiment.label == g for r, g in zip(c.classify(texts, sentences=False), gold))

    assert right(reloaded) >= 10 > right(classifier), "the adapted head knows the domain, the shipped one does not"


def test_a_second_run_without_new_labels_keeps_the_adapted_head(tmp_path: Path, store: Store) -> None:
    _seed_domain(store, rounds=5)
    cfg = _config(tmp_path)
    first = adapt_store(cfg, store, tiny_classifier(tmp_path / "tiny"), _examples()).report
    head = Path(first.output).read_bytes()
    # The adapted head now loads as the current one; it has seen all these labels, a new fit only 70 %.
    again = adapt_store(cfg, store, Classifier(cfg.model).load(encoder=HashingEncoder()), _examples())
    assert again.old_head != tiny_classifier(tmp_path / "tiny2").sentiment_.version
    assert again.report.kept == "old" and again.report.output == ""
    assert again.report.old.macro_f1 >= again.report.new.macro_f1
    assert Path(first.output).read_bytes() == head, "a head that is not better never replaces the kept one"


def test_adapt_refuses_too_few_labels_and_the_shipped_head(tmp_path: Path, store: Store) -> None:
    _seed_domain(store, rounds=1)  # 12 labels
    with pytest.raises(ValueError, match=f"12 labelled mentions .* at least {MIN_LABELS}"):
        adapt_store(_config(tmp_path), store, tiny_classifier(tmp_path / "tiny"), _examples())
    from models.sentiment import DEFAULT_HEAD

    with pytest.raises(ValueError, match="shipped with repwatch"):
        adapt_target(_config(tmp_path, f"model:\n  adapted_head: {DEFAULT_HEAD}\n"))
    with pytest.raises(ValueError, match="hf: model is not adapted"):
        adapt_target(_config(tmp_path, "model:\n  sentiment: hf:some/model\n"))
    own = tmp_path / "heads" / "mine.safetensors"
    assert adapt_target(_config(tmp_path, f"model:\n  sentiment: embedded:{own}\n")) == own


def test_user_rows_carry_their_share_of_the_weight() -> None:
    weights = user_weights(9000, 100, share=0.5)
    assert weights[:9000].sum() == pytest.approx(weights[9000:].sum())
    assert np.all(user_weights(100, 9000, share=0.5)[100:] == 1.0), "never weighted below a corpus row"


def test_examples_keep_their_language(store: Store) -> None:
    seed(store, [M(WHEN, text="zadel zit prima", language="nl", rating=5, rating_max=5)])
    (label,) = user_labels(store)
    assert label.example() == Example(label.text, "positive", "nl")


def test_the_cli_default_held_out_share_is_the_models_own() -> None:
    from models.adapt import HELD_OUT
    from monitor.cli_adapt import HELD_OUT as CLI_HELD_OUT

    assert CLI_HELD_OUT == HELD_OUT
