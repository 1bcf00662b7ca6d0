"""`repwatch adapt`: fit the sentiment head to this deployment's own labelled mentions."""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Annotated

import typer

from monitor.cli_common import ConfigOption, JsonOption, err, fail, opened, out

if TYPE_CHECKING:  # numpy, scikit-learn and the model load when the command runs, not for --help
    from monitor.adapt import Adapted

HELD_OUT = 0.3  # models.adapt.HELD_OUT, repeated here so --help needs no numpy (a test keeps them equal)


def adapt(
    config: ConfigOption = None,
    held_out: Annotated[float, typer.Option("--held-out", min=0.1, max=0.5,
                                            help="Share of your labelled mentions kept aside to compare the heads.")] = HELD_OUT,
    json_output: JsonOption = False,
) -> None:
    """Fit a sentiment head on the corpus plus your star ratings and corrections; keep it only if it scores better."""
    from models.labelled import DataError, read_labelled
    from models.train import CORPUS
    from monitor.adapt import adapt_store, adapt_target, enough_labels
    from monitor.cli_model import load_classifier
    from monitor.user_labels import user_labels

    with opened(config) as (cfg, store):
        try:
            target = adapt_target(cfg)
            corpus = read_labelled(CORPUS)
            enough_labels(user_labels(store))  # say so before loading the model
            classifier = load_classifier(cfg)
            with err.status(f"embedding the corpus ({len(corpus)} texts, cached after the first run) "
                            "and your labelled mentions"):
                adapted = adapt_store(cfg, store, classifier, corpus, held_out)
        except (DataError, ValueError) as exc:
            fail(str(exc))
    _print(adapted, json_output)


def _print(adapted: Adapted, json_output: bool) -> None:
    report, labels, old_version = adapted.report, adapted.labels, adapted.old_head
    origins = dict(Counter(label.origin for label in labels))
    if json_output:
        print(json.dumps({"adapt": {**report.to_json(), "by_origin": origins, "old_head": old_version}}))
        return
    out.print(f"{report.labelled} labelled mentions ({', '.join(f'{n} {o}' for o, n in origins.items())}); "
              f"{report.held_out} held out to compare the heads", highlight=False)
    out.print(f"  current head ({old_version}): macro-F1 {report.old.macro_f1:.3f}, accuracy {report.old.accuracy:.3f}",
              highlight=False)
    out.print(f"  adapted head:  macro-F1 {report.new.macro_f1:.3f}, accuracy {report.new.accuracy:.3f}", highlight=False)
    if report.kept == "new":
        out.print(f"kept the adapted head (+{report.new.macro_f1 - report.old.macro_f1:.3f} macro-F1), refitted on all "
                  f"{report.labelled} labels: {report.output}. The next `repwatch classify` relabels stored mentions.",
                  highlight=False)
    else:
        out.print("kept the current head: the adapted one did not score better on your held-out mentions.", highlight=False)
