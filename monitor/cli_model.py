"""The model commands of `repwatch`: classify, check, eval and train-sentiment."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from models.classifier import Classification, Classifier
from models.labelled import DataError, read_labelled
from models.train import CORPUS, DEFAULT_C, train_head
from monitor.classify import ClassifyReport, classify_pending
from monitor.cli_common import ConfigOption, JsonOption, err, fail, opened, out
from monitor.config import Config, ConfigError, ModelConfig, TopicConfig, config_path, load_config, load_topics
from monitor.evaluate import read_eval_rows, sentiment_scores, topic_scores
from monitor.storage.store import Store

MAX_CHECK_CHARS = 20_000


def load_classifier(config: Config | None) -> Classifier:
    model = config.model if config else ModelConfig()
    with err.status("loading the model (the first run converts the embedded encoder)"):
        try:
            return Classifier(model, config.topics if config else None).load()
        except (FileNotFoundError, ValueError, OSError) as exc:
            fail(f"model: {str(exc).splitlines()[0]}")


def optional_config(path: Path | None) -> Config | None:
    """The config when one is given or present; the ad-hoc check also works without one."""
    if path is None and not config_path(None).exists():
        return None
    try:
        return load_config(path)
    except ConfigError as exc:
        fail(str(exc))


def classify(
    config: ConfigOption = None,
    limit: Annotated[Optional[int], typer.Option(help="Classify at most this many mentions.")] = None,
    json_output: JsonOption = False,
) -> None:
    """Label every stored mention the current model has not labelled yet."""
    with opened(config) as (cfg, store):
        report = classify_store(cfg, store, limit)
    if json_output:
        print(json.dumps({"classify": vars(report)}))
    else:
        print_classified(report)


def classify_store(cfg: Config, store: Store, limit: int | None = None) -> ClassifyReport:
    classifier = load_classifier(cfg)
    with Progress(TextColumn("classifying"), BarColumn(), MofNCompleteColumn(), console=err, transient=True,
                  disable=not err.is_terminal) as bar:
        task = bar.add_task("classify", total=None)
        return classify_pending(store, classifier, limit=limit,
                                on_batch=lambda done, total: bar.update(task, completed=done, total=total))


def print_classified(report: ClassifyReport) -> None:
    out.print(f"classified {report.classified} mentions ({report.from_cache} more from cache), "
              f"model {report.model_version}", highlight=False)


def _read_texts(texts: list[str], file: Path | None) -> list[str]:
    if file is not None:
        try:
            texts = [line for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"{file}: cannot read it as UTF-8 text ({exc.__class__.__name__}); give one text per line")
    elif texts == ["-"]:
        texts = [sys.stdin.read()]
    if not texts:
        fail('give a text: repwatch check "De levering duurde drie weken" (or - for stdin, or --file)')
    too_long = [i for i, t in enumerate(texts) if len(t) > MAX_CHECK_CHARS]
    if too_long:
        fail(f"text {too_long[0] + 1} has over {MAX_CHECK_CHARS:,} characters; check a shorter part")
    return texts


def check(
    texts: Annotated[Optional[list[str]], typer.Argument(help="Text(s) to check, or - to read stdin.")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-f", help="A file with one text per line.")] = None,
    config: ConfigOption = None,
    json_output: JsonOption = False,
) -> None:
    """Ad-hoc check: language, sentiment with confidence, topics and the sentence breakdown."""
    items = _read_texts(list(texts or []), file)
    classifier = load_classifier(optional_config(config))
    results = classifier.classify(items)
    if json_output:
        print(json.dumps({"results": [{"text": t, **r.to_json()} for t, r in zip(items, results)]}, ensure_ascii=False))
        return
    for text, result in zip(items, results):
        _print_check(text, result)


def _print_check(text: str, result: Classification) -> None:
    s = result.sentiment
    out.print(f"[bold]{text[:200]}[/]", markup=True, highlight=False)
    out.print(f"  language {result.language.code} ({result.language.confidence:.0%})   "
              f"sentiment [bold]{s.label}[/] score {s.score:+.2f} confidence {s.confidence:.0%}", highlight=False)
    if result.topics:
        out.print("  topics " + "; ".join(f"{t.name} ({t.sentiment.label} {t.sentiment.score:+.2f})" for t in result.topics),
                  highlight=False)
    if len(result.sentences) > 1:
        table = Table("sentence", "sentiment", "score", "topics", box=None, padding=(0, 2))
        for sent in result.sentences:
            table.add_row(sent.text, sent.sentiment.label, f"{sent.sentiment.score:+.2f}", ", ".join(sent.topics))
        out.print(table)


def eval_cmd(
    file: Annotated[Path, typer.Argument(help="JSON Lines with text, label and lang.")],
    topics: Annotated[Optional[Path], typer.Option("--topics", help="A config whose `topics:` are scored against `categories`.")] = None,
    config: ConfigOption = None,
    json_output: JsonOption = False,
) -> None:
    """Accuracy and macro-F1 per language and overall, and the confusion matrix."""
    try:
        rows = read_eval_rows(file)
    except DataError as exc:
        fail(str(exc))
    cfg = optional_config(config)
    topic_cfg = _topics_from(topics) if topics else None
    model = cfg.model if cfg else ModelConfig()
    with err.status("loading the model"):
        classifier = Classifier(model, topic_cfg or (cfg.topics if cfg else None)).load()
    # With sentences, as mentions are classified: a long text's verdict weighs them (models.verdict).
    results = classifier.classify([r["text"] for r in rows], [None] * len(rows))
    report = {"file": str(file), "model_version": classifier.version, **sentiment_scores(rows, results)}
    if topic_cfg:
        report["topics"] = topic_scores(rows, results, [t.name for t in topic_cfg])
    if json_output:
        print(json.dumps(report, ensure_ascii=False))
        return
    _print_eval(report)


def _topics_from(path: Path) -> list[TopicConfig]:
    try:
        return load_topics(path)
    except ConfigError as exc:
        fail(str(exc))


def _print_eval(report: dict) -> None:
    table = Table("language", "n", "accuracy", "macro-F1", title=f"{report['file']}")
    for lang, v in report.get("by_lang", {}).items():
        table.add_row(lang, str(v["n"]), f"{v['accuracy']:.3f}", f"{v['macro_f1']:.3f}")
    if "overall" in report:
        o = report["overall"]
        table.add_row("[bold]overall[/]", str(o["n"]), f"{o['accuracy']:.3f}", f"{o['macro_f1']:.3f}")
    out.print(table)
    if "confusion" in report:
        labels = report["confusion"]["labels"]
        matrix = Table("gold \\ predicted", *labels, title="confusion matrix")
        for label, row in zip(labels, report["confusion"]["matrix"]):
            matrix.add_row(label, *map(str, row))
        out.print(matrix)
    if "topics" in report:
        t = report["topics"]
        out.print(f"topics macro-F1 {t['macro_f1']:.3f}: " + ", ".join(f"{k} {v:.3f}" for k, v in t["per_topic"].items()))


def train_sentiment(
    data: Annotated[Optional[list[Path]], typer.Option("--data", help="Your labelled JSON Lines, added to the corpus (repeatable).")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Where to write the head.")] = None,
    c: Annotated[str, typer.Option("--c", help="Inverse regularization strength, or `auto` to cross-validate.")] = str(DEFAULT_C),
    precision: Annotated[str, typer.Option("--precision", help="Encoder arithmetic: fp32, bf16 or auto (as model.precision).")] = "fp32",
    json_output: JsonOption = False,
) -> None:
    """Train the sentiment head on the project's corpus (plus your own labelled texts)."""
    from models.e5_convert import default_cache_dir
    from models.embedding_cache import EmbeddingCache
    from models.encoder import PRECISIONS, E5Encoder
    from models.sentiment import DEFAULT_HEAD

    try:
        strength = None if c == "auto" else float(c)
    except ValueError:
        fail(f"--c: expected a number or `auto`, got {c!r}")
    if precision not in PRECISIONS:
        fail(f"--precision: expected one of {', '.join(PRECISIONS)}, got {precision!r}")
    files = [CORPUS, *(data or [])]
    try:
        examples = [e for f in files for e in read_labelled(f)]
    except DataError as exc:
        fail(str(exc))
    target = output or (DEFAULT_HEAD if not data else Path("data/sentiment-head.safetensors"))
    with err.status(f"embedding {len(examples)} texts and fitting the head"):
        encoder = E5Encoder(precision=precision).load()
        # Texts embedded by an earlier run are read back: after adding rows only those are encoded.
        cache = EmbeddingCache(default_cache_dir() / "embeddings", f"{encoder.version}/{encoder.precision_}")
        report = train_head(cache.wrap(encoder.embed), examples, target, data_files=files, c=strength)
    if json_output:
        print(json.dumps(vars(report)))
        return
    out.print(f"trained on {report.examples} texts ({report.by_label}); macro-F1 {report.cv_macro_f1:.3f} on held-out languages "
              f"at C={report.c}; wrote {report.output}")
    if target != DEFAULT_HEAD:
        out.print(f"use it with `model: {{sentiment: \"embedded:{target.resolve()}\"}}` in config.yaml")
