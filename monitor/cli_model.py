"""The model commands of `repwatch`: classify, check, eval and train-sentiment."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional, TypeVar

import typer

from monitor.check_input import MAX_CHECK_CHARS, CheckInputError, check_texts
from monitor.cli_common import ConfigOption, JsonOption, err, fail, opened, out

if TYPE_CHECKING:  # torch, the model and pydantic load inside the commands that use them
    from models.classifier import Classification, Classifier
    from monitor.classify import ClassifyReport
    from monitor.config import Config, TopicConfig
    from monitor.storage.store import Store

__all__ = ["MAX_CHECK_CHARS"]  # the dashboard's Check page applies the same limit

T = TypeVar("T")


def load_classifier(config: Config | None) -> Classifier:
    from models.classifier import Classifier
    from monitor.config import ModelConfig, topic_specs

    model = config.model if config else ModelConfig()
    with err.status("loading the model (the first run converts the embedded encoder)"):
        try:
            return Classifier(model.settings(), topic_specs(config.topics) if config else None).load()
        except (FileNotFoundError, ValueError, OSError) as exc:
            fail(f"model: {str(exc).splitlines()[0]}")


def optional_config(path: Path | None) -> Config | None:
    """The config when one is given or present; the ad-hoc check also works without one."""
    from monitor.config import ConfigError, config_path, load_config

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


def classify_store(cfg: Config, store: Store, limit: int | None = None, only_new: bool = False) -> ClassifyReport:
    """Classify what the model has not labelled; with `only_new`, the model loads only when some mention
    was never labelled (after a model change, `repwatch classify` re-labels the rest)."""
    from monitor.classify import ClassifyReport, classify_pending, count_unlabelled

    if only_new and count_unlabelled(store) == 0:
        return ClassifyReport(model_version="not loaded: nothing new")
    classifier = load_classifier(cfg)
    return with_progress(lambda on_batch: classify_pending(store, classifier, limit=limit, on_batch=on_batch))


def with_progress(work: Callable[[Callable[[int, int], None]], T]) -> T:
    """Run `work(on_batch)` under a classify progress bar on a terminal, else one log line every few seconds."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    if not err.is_terminal:
        from monitor.progress import ProgressLog

        return work(ProgressLog("classifying", logging.getLogger("monitor.classify"), on_line=_print_line))
    with Progress(TextColumn("classifying"), BarColumn(), MofNCompleteColumn(), console=err, transient=True) as bar:
        task = bar.add_task("classify", total=None)
        return work(lambda done, total: bar.update(task, completed=done, total=total))


def _print_line(line: str) -> None:
    err.print(line, highlight=False, markup=False)


def print_classified(report: ClassifyReport) -> None:
    out.print(f"classified {report.classified} mentions ({report.from_cache} more from cache), "
              f"model {report.model_version}", highlight=False)


def _read_texts(texts: list[str], file: Path | None) -> list[str]:
    """The texts to check, cleaned the same way whichever way they came; problems end the command."""
    where = "--file " + str(file) if file is not None else "stdin" if texts == ["-"] else "argument"
    if file is not None:
        try:
            texts = [line for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"{file}: cannot read it as UTF-8 text ({exc.__class__.__name__}); give one text per line")
        if not texts:
            fail(f"{file}: no text in it; give one text per line")
    elif texts == ["-"]:
        texts = [sys.stdin.read()]
    if not texts:
        fail('give a text: repwatch check "De levering duurde drie weken" (or - for stdin, or --file)')
    try:
        return check_texts(texts)
    except CheckInputError as exc:
        fail(f"{where}: {exc}")


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
    from rich.table import Table

    from monitor.display import language_name

    s = result.sentiment
    out.print(f"[bold]{text[:200]}[/]", markup=True, highlight=False)
    out.print(f"  language {language_name(result.language.code)} ({result.language.code}, {result.language.confidence:.0%})   "
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
    from models.classifier import Classifier
    from models.labelled import DataError
    from monitor.config import ModelConfig, topic_specs
    from monitor.evaluate import read_eval_rows, sentiment_scores, share_scores, topic_scores

    try:
        rows = read_eval_rows(file)
    except DataError as exc:
        fail(str(exc))
    cfg = optional_config(config)
    topic_cfg = _topics_from(topics) if topics else None
    mapping = _category_map(topics, topic_cfg) if topics and topic_cfg else None
    model = cfg.model if cfg else ModelConfig()
    with err.status("loading the model"):
        classifier = Classifier(model.settings(), topic_specs(topic_cfg or (cfg.topics if cfg else None))).load()
    # With sentences, as mentions are classified: a long text's verdict weighs them (models.verdict).
    results = classifier.classify([r["text"] for r in rows], [None] * len(rows))
    report = {"file": str(file), "model_version": classifier.version, **sentiment_scores(rows, results),
              **share_scores(rows, results, getattr(classifier.sentiment_, "share_correction_", None))}
    if topic_cfg:
        report["topics"] = topic_scores(rows, results, [t.name for t in topic_cfg], mapping)
    if json_output:
        print(json.dumps(report, ensure_ascii=False))
        return
    _print_eval(report)


def _category_map(path: Path, topics: list[TopicConfig]) -> dict[str, list[str]] | None:
    from monitor.evaluate import read_category_map

    try:
        mapping = read_category_map(path)
    except ValueError as exc:
        fail(str(exc))
    unknown = sorted(set(mapping or {}) - {t.name for t in topics})
    if unknown:
        fail(f"{path}: categories: {', '.join(unknown)} is not one of the file's topics; use a topic's `name`")
    return mapping


def _topics_from(path: Path) -> list[TopicConfig]:
    from monitor.config import ConfigError, load_topics

    try:
        return load_topics(path)
    except ConfigError as exc:
        fail(str(exc))


def _print_eval(report: dict) -> None:
    from rich.table import Table

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
    if "shares" in report:
        sh = report["shares"]
        out.print(f"expected calibration error {report['ece']:.3f}; shares ({report['share_method']}): " + ", ".join(
            f"{k} true {sh['true'][k]:.1%} raw {sh['raw'][k]:.1%} corrected {sh['corrected'][k]:.1%}" for k in sh["true"]),
            highlight=False)
    if "topics" in report:
        t = report["topics"]
        out.print(f"topics macro-F1 {t['macro_f1']:.3f} (precision {t['macro_precision']:.3f}, recall "
                  f"{t['macro_recall']:.3f}): " + ", ".join(f"{k} {v['f1']:.3f}" for k, v in t["per_topic"].items()))
        if t["no_category"]["with_topic"] is not None:
            out.print(f"rows without a category given a topic: {t['no_category']['with_topic']:.1%}")


def train_sentiment(
    data: Annotated[Optional[list[Path]], typer.Option("--data", help="Your labelled JSON Lines, added to the corpus (repeatable).")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Where to write the head.")] = None,
    c: Annotated[Optional[str], typer.Option("--c", help="Inverse regularization strength, or `auto` to cross-validate "
                                                   "(default: the project's tuned value).", show_default=False)] = None,
    precision: Annotated[str, typer.Option("--precision", help="Encoder arithmetic: fp32, bf16 or auto (as model.precision).")] = "fp32",
    json_output: JsonOption = False,
) -> None:
    """Train the sentiment head on the project's corpus (plus your own labelled texts)."""
    from models.e5_convert import default_cache_dir
    from models.embedding_cache import EmbeddingCache
    from models.encoder import PRECISIONS, E5Encoder
    from models.labelled import DataError, read_labelled
    from models.sentiment import DEFAULT_HEAD
    from models.train import CORPUS, DEFAULT_C, train_head

    try:
        strength = DEFAULT_C if c is None else None if c == "auto" else float(c)
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
