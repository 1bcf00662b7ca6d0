"""Alert detection replayed on real mention volumes, next to the trailing-mean reference rules.

    python benchmarks/alert_real.py --data ../shared/eval/alerts_real [--json]

DIR holds series in the Numenta Anomaly Benchmark's format: `<name>.csv` with `timestamp,value`
(counts per step, any step up to an hour) and `labels.json` with each file's `anomalies` (labelled
times) and `windows` (`[start, end]`). Every series is read as one brand's negative mentions,
bucketed by hour (and by UTC day), and replayed hour by hour exactly as the watch loop runs it:
at the end of each hour `detect_alerts` runs on a real SQLite store in a temporary folder, sees
only the hours that have ended, and stores and updates its alerts there. An alert opens at the scan
that first stores it.

The references see the same hourly series: an hour is flagged when it exceeds the mean of the
trailing 14 days of hours by 3 (4) of their standard deviations (Huginn's PeakDetectorAgent), and
flagged hours within `cooldown_hours` of each other are one alert, as the product groups them.

Per detector: recall (share of labelled windows an alert opens in), recall within 24 h (share of
labelled anomalies with an alert opening in their window no later than 24 h after the labelled
time), false alarms per series-quarter (openings outside every window, per 91 days of data), and
the median delay in hours from the labelled time to the first opening in its window (negative:
the alert opened before the labelled peak). The labels are incomplete: compare detectors side by
side, never read one detector's false alarms as absolute. Last line:
RESULT recall=.. recall_24h=.. false_alarms_per_quarter=.. median_delay_h=.. huginn3_recall=.. huginn3_fa=.. huginn4_recall=.. huginn4_fa=..
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.alerts.replay import HourlyCounts, replay  # noqa: E402
from monitor.config import Config  # noqa: E402
from monitor.storage.store import Store  # noqa: E402

BRAND = "Replay"
HOUR = timedelta(hours=1)
QUARTER_DAYS = 91


@dataclass
class Labelled:
    name: str
    start: datetime  # start of the first hour
    counts: np.ndarray  # per hour
    windows: list[tuple[datetime, datetime]]
    anomalies: list[datetime]

    @property
    def days(self) -> float:
        return len(self.counts) / 24

    def hour(self, i: int) -> datetime:
        return self.start + i * HOUR


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text.strip()).replace(tzinfo=timezone.utc)


def load(folder: Path) -> list[Labelled]:
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    out = []
    for name in sorted(labels):
        path = folder / name
        if not path.is_file():
            raise SystemExit(f"{path}: named in labels.json but missing; remove it from labels.json or add the file")
        with path.open(encoding="utf-8") as fh:
            rows = [(_time(r["timestamp"]), float(r["value"])) for r in csv.DictReader(fh)]
        start = rows[0][0].replace(minute=0, second=0, microsecond=0)
        counts = np.zeros(int((rows[-1][0] - start) / HOUR) + 1)
        for at, value in rows:
            counts[int((at - start) / HOUR)] += value
        out.append(Labelled(name, start, counts, [(_time(a), _time(b)) for a, b in labels[name]["windows"]],
                            [_time(a) for a in labels[name]["anomalies"]]))
    return out


def product_openings(series: Labelled, config: Config, folder: Path) -> list[datetime]:
    """Replay the product hour by hour; the scan times at which alerts were first stored."""
    store = Store(f"sqlite:///{folder / (series.name + '.db')}")
    try:
        return [o.at for o in replay(store, config, HourlyCounts(BRAND, series.start, series.counts))]
    finally:
        store.close()


def sigma_rule_openings(series: Labelled, sigmas: float, cooldown_hours: int, days: int = 14) -> list[datetime]:
    """Huginn's PeakDetectorAgent on the hourly series, flagged hours grouped as the product does."""
    x, n = series.counts, days * 24
    flagged = [t for t in range(2, len(x)) if x[t] > x[max(0, t - n):t].mean() + sigmas * x[max(0, t - n):t].std()]
    return [series.hour(t + 1) for t in _group(flagged, cooldown_hours)]


def _group(flagged: Sequence[int], cooldown: int) -> list[int]:
    opens, last = [], None
    for t in flagged:
        if last is None or t - last > cooldown:
            opens.append(t)
        last = t
    return opens


@dataclass
class Score:
    windows: int = 0
    found: int = 0
    anomalies: int = 0
    found_24h: int = 0
    false_alarms: int = 0
    days: float = 0.0
    delays: list[float] = field(default_factory=list)

    def add(self, series: Labelled, opened: Sequence[datetime]) -> None:
        inside = lambda at, w: w[0] <= at <= w[1]  # noqa: E731
        self.days += series.days
        self.false_alarms += sum(1 for at in opened if not any(inside(at, w) for w in series.windows))
        for w in series.windows:
            self.windows += 1
            self.found += any(inside(at, w) for at in opened)
        for label in series.anomalies:
            window = next((w for w in series.windows if inside(label, w)), None)
            self.anomalies += 1
            hits = [at for at in opened if window and inside(at, window)]
            if hits:
                self.delays.append((min(hits) - label) / HOUR)
                self.found_24h += min(hits) <= label + timedelta(hours=24)

    def figures(self) -> dict[str, float | None]:
        return {
            "recall": round(self.found / self.windows, 3) if self.windows else None,
            "recall_24h": round(self.found_24h / self.anomalies, 3) if self.anomalies else None,
            "false_alarms_per_quarter": round(self.false_alarms / self.days * QUARTER_DAYS, 2) if self.days else None,
            "median_delay_h": round(float(np.median(self.delays)), 2) if self.delays else None,
        }


DETECTORS: dict[str, Callable[[Labelled, Config, Path], list[datetime]]] = {
    "repwatch": product_openings,
    "huginn3": lambda s, c, _: sigma_rule_openings(s, 3, c.alerts.cooldown_hours),
    "huginn4": lambda s, c, _: sigma_rule_openings(s, 4, c.alerts.cooldown_hours),
}


def replay_config(folder: Path, alerts: dict[str, object]) -> Config:
    return Config.model_validate({"brands": [{"name": BRAND, "own": True}],
                                  "storage": {"url": f"sqlite:///{folder / 'unused.db'}"},
                                  "analytics": {"timezone": "UTC"}, "alerts": alerts})


def run(data: Path, alerts: dict[str, object] | None = None) -> dict[str, object]:
    series = load(data)
    totals = {name: Score() for name in DETECTORS}
    per_series: dict[str, dict[str, object]] = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="alert-real-") as tmp:
        config = replay_config(Path(tmp), alerts or {})
        for s in series:
            row: dict[str, object] = {"days": round(s.days, 1), "windows": len(s.windows)}
            for name, detector in DETECTORS.items():
                one = Score()
                opened = detector(s, config, Path(tmp))
                one.add(s, opened)
                totals[name].add(s, opened)
                row[name] = one.figures()
            per_series[s.name] = row
    return {"series": per_series, "detectors": {n: t.figures() for n, t in totals.items()},
            "seconds": round(time.perf_counter() - started, 1)}


def _print_table(result: dict[str, object]) -> None:
    head = f"{'series':<28} {'detector':<9} {'recall':>6} {'24h':>6} {'FA/q':>6} {'delay h':>8}"
    print(head)
    print("-" * len(head))
    rows = [(name, row) for name, row in result["series"].items()] + [("all", {"detectors": result["detectors"]})]
    for name, row in rows:
        figures = row.get("detectors", row)
        for det in DETECTORS:
            f = figures[det]
            fmt = lambda v, spec: "-" if v is None else format(v, spec)  # noqa: E731
            print(f"{name:<28} {det:<9} {fmt(f['recall'], '6.3f')} {fmt(f['recall_24h'], '6.3f')} "
                  f"{fmt(f['false_alarms_per_quarter'], '6.2f')} {fmt(f['median_delay_h'], '8.2f')}")
            name = ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="folder with <series>.csv files and labels.json")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object before RESULT")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="override an alerts: setting for an experiment (repeatable; JSON values)")
    args = parser.parse_args()
    if not (args.data / "labels.json").is_file():
        raise SystemExit(f"{args.data}: no labels.json; point --data at a folder of series in the NAB format")
    overrides = {k: json.loads(v) for k, v in (item.split("=", 1) for item in args.set)}
    result = run(args.data, overrides)
    if args.json:
        print(json.dumps(result))
    else:
        _print_table(result)
        print(f"replayed in {result['seconds']} s")
    ours, h3, h4 = (result["detectors"][n] for n in DETECTORS)
    print(f"RESULT recall={ours['recall']} recall_24h={ours['recall_24h']} "
          f"false_alarms_per_quarter={ours['false_alarms_per_quarter']} median_delay_h={ours['median_delay_h']} "
          f"huginn3_recall={h3['recall']} huginn3_fa={h3['false_alarms_per_quarter']} "
          f"huginn4_recall={h4['recall']} huginn4_fa={h4['false_alarms_per_quarter']}")


if __name__ == "__main__":
    main()
