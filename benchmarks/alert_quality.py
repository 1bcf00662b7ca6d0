"""Alert quality on simulated streams: recall, detection delay and false alarms per stream-quarter.

    python benchmarks/alert_quality.py [--streams 12] [--seed 7] [--set p_value=1e-3 ...]

Each stream is 8 weeks of history and one quarter (13 weeks) under watch, hour by hour: a daily
volume from 3 to 3,000 mentions with a weekly pattern (busy Mondays, quiet Sundays) and an hourly
one, Poisson noise on top of day-to-day overdispersion (gamma, 8% CV) and a negative share that
wanders a little from day to day. Spikes multiply the negative volume (x1.5, x2, x3) for 1 hour,
6 hours, 1 day or 3 days at a random time of the quarter. Every stream goes through the product's
own pure detection (`monitor.alerts.spikes.detect` on the hourly and the daily series, then
`monitor.alerts.merge.combine`), with the default `alerts:` settings.

A spike is found when an incident overlapping it opens no later than a day after it ends; the
delay is from the spike's start to the end of the bucket at which the incident opened. False
alarms are the incidents on spike-free streams, per stream-quarter.

Last line: RESULT recall=.. median_delay_h=.. false_alarms_per_quarter=.. oracle_recall=..
oracle_recall_at_budget=.. for the target case: one-day doubling at baselines of at least 10
negatives a day. The oracle knows each stream's true rate and noise model and tests only the
24-hour count, the one window and metric the target spike has (the Neyman-Pearson test for it,
scanned over every hour): `oracle_recall` is its recall at the detector's own false-alarm rate
on each volume, `oracle_recall_at_budget` at one false alarm per stream-quarter. A detector
that must estimate its baseline from the negative counts cannot beat it, so it says how much of
a shortfall is the detector's and how much is the data's.

Measured with the defaults (`--streams 48`, seed 7, 2026-12-01):
recall=0.837 median_delay_h=7.0 false_alarms_per_quarter=0.460 oracle_recall=0.861
oracle_recall_at_budget=0.875. Per volume (detector / oracle at the same false alarms / oracle
at one a quarter): 10 a day 0.38 / 0.42 / 0.48, 20 a day 0.73 / 0.81 / 0.83, 50 a day
0.94 / 0.94 / 0.94, 100 and up 0.98-1.0 / 1.0 / 1.0. The target recall of 0.9 is out of reach of
the oracle itself on these streams (0.875): at 10 negatives a day a doubling is hidden in Poisson
noise at this false-alarm rate, and at 50 a day the day-to-day variation (8 % in volume, 1.2
points in share) hides the weakest tenth. The detector is within 0.03 of the oracle at its own
false-alarm rate. Looser `p_value`s buy little recall for many false alarms, and past 1e-3 the
streams of 3 to 50 negatives a day go over one false alarm a quarter (150 streams a case, other
seeds: 1e-3 recall 0.84 at 0.51 a quarter, at most 0.80 on any volume; 2e-3 0.86 at 0.86, 1.38
at 10 a day; 3e-3 0.87 at 1.13, 1.73 at 20 a day).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import warnings
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scipy import stats  # noqa: E402

from monitor.alerts.config import AlertsConfig  # noqa: E402
from monitor.alerts.merge import combine  # noqa: E402
from monitor.alerts.spikes import Incident, Series, detect  # noqa: E402
from monitor.alerts.stats import window_sums  # noqa: E402

ORIGIN = datetime(2026, 1, 5, tzinfo=timezone.utc)  # a Monday
HISTORY_WEEKS, QUARTER_WEEKS = 8, 13
HOURS = (HISTORY_WEEKS + QUARTER_WEEKS) * 168
WEEKDAY = np.array([1.25, 1.1, 1.05, 1.0, 0.95, 0.75, 0.6])  # Monday .. Sunday
HOUR_OF_DAY = 0.25 + np.clip(np.sin((np.arange(24) - 6) / 16 * np.pi), 0, None)  # quiet nights
NEGATIVE_SHARE, POSITIVE_SHARE = 0.3, 0.45
# Measured on the real mention volumes of ../shared/eval/alerts_real (five NAB realTweets series)
# with `python benchmarks/alert_quality.py --calibrate ../shared/eval/alerts_real`, outside their
# labelled windows; the median over the series (per series 0.12-0.44, 0.06-1.30 a day, 1.0-1.4 h, 1.7-4.5):
OVERDISPERSION = 0.36  # coefficient of variation of a day's volume beyond Poisson noise (was 0.08, assumed)
BURST_RATE = 0.93  # unlabelled bursts a day: hours at over twice their usual at that day's level, clear of Poisson noise
BURST_HOURS = 1.26  # their mean length in hours
BURST_TAIL = 2.17  # Pareto tail index of their peak ratio over twice the usual (1.65 for the heaviest series)
SHARE_SPREAD = 1500  # beta concentration of a day's negative share around 0.3 (sd 1.2 points)
NEGATIVES_PER_DAY = (1, 3, 10, 20, 50, 100, 300, 900)  # volume = negatives / 0.3: 3 to 3,000 a day
SIZES, LENGTHS_H = (1.5, 2.0, 3.0), (1, 6, 24, 72)
TARGET = (2.0, 24)


@dataclass(frozen=True)
class Spike:
    start: int  # hour index
    hours: int
    size: float


def simulate(rng: np.random.Generator, negatives_per_day: float, spike: Spike | None) -> tuple[np.ndarray, ...]:
    """Hourly (negative, positive, labelled) counts."""
    days = HOURS // 24
    hour_shape = HOUR_OF_DAY / HOUR_OF_DAY.sum()
    day_level = (negatives_per_day / NEGATIVE_SHARE) * WEEKDAY[np.arange(days) % 7] / WEEKDAY.mean()
    day_level *= rng.gamma(1 / OVERDISPERSION**2, OVERDISPERSION**2, days)  # overdispersion: whole days run busier or quieter
    rate = np.repeat(day_level, 24) * np.tile(hour_shape, days) * bursts(rng, days * 24)
    share = np.repeat(np.clip(rng.beta(SHARE_SPREAD * NEGATIVE_SHARE, SHARE_SPREAD * (1 - NEGATIVE_SHARE), days), 0.01, 0.9), 24)
    neg_rate = rate * share
    pos_rate = rate * (1 - share) * POSITIVE_SHARE / (1 - NEGATIVE_SHARE)
    neutral = rng.poisson(rate * (1 - share) - pos_rate)
    if spike is not None:
        hours = slice(spike.start, spike.start + spike.hours)
        neg_rate = neg_rate.copy()
        neg_rate[hours] *= spike.size
    negative, positive = rng.poisson(neg_rate), rng.poisson(pos_rate)
    return negative, positive, negative + positive + neutral


def bursts(rng: np.random.Generator, hours: int) -> np.ndarray:
    """Hourly rate multipliers: the ordinary, unlabelled bursts real volumes have (news, a viral post)."""
    factor = np.ones(hours)
    for start in rng.integers(0, hours, rng.poisson(BURST_RATE * hours / 24)):
        length = int(rng.geometric(1 / BURST_HOURS))
        factor[start:start + length] *= 2 * (1 + rng.pareto(BURST_TAIL))
    return factor


def calibrate(folder: Path) -> dict[str, float]:
    """The noise of real volumes, outside their labelled windows: day-to-day dispersion and bursts."""
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    found: dict[str, list[float]] = {"overdispersion": [], "burst_rate": [], "burst_hours": [], "burst_tail": []}
    for name, label in sorted(labels.items()):
        x, first = _hourly(folder / name)
        n = len(x)
        inside = np.zeros(n, dtype=bool)
        for a, b in label["windows"]:
            lo, hi = (int((_utc(t) - first).total_seconds() // 3600) for t in (a, b))
            inside[max(lo, 0):max(hi + 1, 0)] = True
        # The usual hour: the median of the same hour over the 14 days before (as the detector's baseline).
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # the first day has no earlier hours
            usual = np.nanmedian(np.stack([np.concatenate([np.full(24 * k, np.nan), x[:n - 24 * k]]) for k in range(1, 15)]),
                                 axis=0)
        days = n // 24
        daily, out = x[:days * 24].reshape(days, 24).sum(axis=1), inside[:days * 24].reshape(days, 24).any(axis=1)
        level = np.array([np.median(daily[max(0, d - 14):d]) if d >= 3 else np.nan for d in range(days)])
        keep = ~np.isnan(level) & ~out
        ratio = daily[keep] / level[keep]
        cv = 1.4826 * np.median(np.abs(ratio - np.median(ratio))) / np.median(ratio)
        found["overdispersion"].append(float(np.sqrt(max(cv**2 - np.mean(1 / level[keep]), 0.0))))
        # A burst is an hour far above its usual at that day's own level: a day that runs busy as a
        # whole is the overdispersion above, not a burst (counting it twice overstates the noise).
        day_of = np.minimum(np.arange(n) // 24, days - 1)
        with np.errstate(all="ignore"):
            usual_day = np.array([np.nansum(usual[d * 24:(d + 1) * 24]) for d in range(days)])
            usual = usual * np.where(usual_day[day_of] > 0, daily[day_of] / usual_day[day_of], 1.0)
        ok = ~np.isnan(usual) & ~inside & (usual >= 1)
        burst = ok & (x > 2 * usual) & (x > usual + 3 * np.sqrt(np.maximum(usual, 1)))
        runs = _runs(burst)
        peaks = np.array([np.max(x[a:b] / usual[a:b]) for a, b in runs])
        found["burst_rate"].append(len(runs) / (ok.sum() / 24))
        found["burst_hours"].append(float(np.mean([b - a for a, b in runs])) if runs else 0.0)
        found["burst_tail"].append(float(1 / np.mean(np.log(peaks / 2))) if len(peaks) else float("nan"))
        print(f"{name:<28} " + " ".join(f"{k}={v[-1]:.2f}" for k, v in found.items()))
    return {k: float(np.nanmedian(v)) for k, v in found.items()}


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text.strip()).replace(tzinfo=timezone.utc)


def _hourly(path: Path) -> tuple[np.ndarray, datetime]:
    rows = [line.split(",") for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    first = _utc(rows[0][0]).replace(minute=0, second=0)
    x = np.zeros(int((_utc(rows[-1][0]) - first).total_seconds() // 3600) + 1)
    for at, value in rows:
        x[int((_utc(at) - first).total_seconds() // 3600)] += float(value)
    return x, first


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    edges = np.diff(np.concatenate([[0], flags.astype(int), [0]]))
    return list(zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)))


def expected_negatives(negatives_per_day: float) -> np.ndarray:
    """The true hourly negative rate of a spike-free stream, before any noise: what only an oracle knows."""
    days = HOURS // 24
    day_level = negatives_per_day * WEEKDAY[np.arange(days) % 7] / WEEKDAY.mean()
    return np.repeat(day_level, 24) * np.tile(HOUR_OF_DAY / HOUR_OF_DAY.sum(), days)


# A day's negatives vary beyond Poisson by the day's volume (gamma) and its share (beta): the
# squared coefficients of variation add up to the negative binomial's dispersion.
ORACLE_DISPERSION = OVERDISPERSION**2 + (1 - NEGATIVE_SHARE) / (NEGATIVE_SHARE * (SHARE_SPREAD + 1))


def oracle_p(negative: np.ndarray, negatives_per_day: float) -> np.ndarray:
    """Tail probability of every 24-hour window's negatives given the true rate and noise model.

    The best any detector can do on a one-day spike: it knows the expected count exactly (no
    baseline to estimate) and tests only the one window length and metric the target spike has.
    """
    mean = window_sums(expected_negatives(negatives_per_day), 24)
    size = 1.0 / ORACLE_DISPERSION
    return stats.nbinom.sf(window_sums(negative, 24) - 1, size, size / (size + mean))


def oracle_recall(free_p: list[float], free_alarmed: float, spike_p: list[float]) -> float:
    """Recall of the oracle at the detector's own false-alarm rate on the same volume.

    Its threshold is set so that the same share of spike-free streams (`free_alarmed`) would
    have raised at least one false alarm over the quarter as the detector did.
    """
    # No false alarm at all in the sample: half a stream's worth, the most the sample can rule out.
    threshold = float(np.quantile(free_p, max(free_alarmed, 0.5 / len(free_p))))
    return float(np.mean(np.array(spike_p) <= threshold))


def series_pair(negative: np.ndarray, positive: np.ndarray, labelled: np.ndarray) -> tuple[Series, Series]:
    starts = [ORIGIN + timedelta(hours=h) for h in range(HOURS)]
    hourly = Series("hour", tuple(starts), tuple(s + timedelta(hours=1) for s in starts),
                    negative.astype(float), positive.astype(float), labelled.astype(float))
    per_day = lambda a: a.reshape(-1, 24).sum(axis=1).astype(float)  # noqa: E731
    day_starts = starts[::24]
    daily = Series("day", tuple(day_starts), tuple(s + timedelta(days=1) for s in day_starts),
                   per_day(negative), per_day(positive), per_day(labelled))
    return hourly, daily


def incidents(counts: tuple[np.ndarray, ...], cfg: AlertsConfig) -> list[Incident]:
    hourly, daily = series_pair(*counts)
    since = ORIGIN + timedelta(weeks=HISTORY_WEEKS)
    return combine(detect(hourly, cfg, since) + detect(daily, cfg, since), timedelta(hours=cfg.cooldown_hours))


def found_delay(spike: Spike, found: list[Incident]) -> float | None:
    start = ORIGIN + timedelta(hours=spike.start)
    end = start + timedelta(hours=spike.hours)
    hits = [i for i in found if i.start < end + timedelta(days=1) and i.end > start
            and start <= i.detected_at <= end + timedelta(days=1)]
    if not hits:
        return None
    return min((i.detected_at - start).total_seconds() / 3600 for i in hits)


def run(streams: int, seed: int, overrides: dict[str, str]) -> None:
    cfg = AlertsConfig.model_validate({k: json.loads(v) for k, v in overrides.items()})
    rng = np.random.default_rng(seed)
    quarter_from = HISTORY_WEEKS * 168
    t0 = time.time()
    print(f"{'negatives/day':>13} {'false alarms/quarter':>21}")
    false_alarms: list[int] = []
    free_p: dict[float, list[float]] = {}
    alarmed: dict[float, float] = {}
    for level in NEGATIVES_PER_DAY:
        counts = []
        for _ in range(streams * 2):
            stream = simulate(rng, level, None)
            counts.append(len(incidents(stream, cfg)))
            free_p.setdefault(level, []).append(float(oracle_p(stream[0], level)[quarter_from:].min()))
        false_alarms += counts
        alarmed[level] = float(np.mean(np.array(counts) > 0))
        print(f"{level:>13} {np.mean(counts):>21.2f}")
    print(f"\n{'size':>5} {'length_h':>8} {'negatives/day':>13} {'recall':>7} {'median_delay_h':>14}")
    target: list[float | None] = []
    oracle: dict[float, list[float]] = {}
    found_by_level: dict[float, float] = {}
    for size in SIZES:
        for hours in LENGTHS_H:
            for level in NEGATIVES_PER_DAY:
                delays = []
                for _ in range(streams):
                    start = quarter_from + int(rng.integers(14 * 24, (QUARTER_WEEKS - 1) * 168 - hours))
                    spike = Spike(start, hours, size)
                    stream = simulate(rng, level, spike)
                    delays.append(found_delay(spike, incidents(stream, cfg)))
                    if (size, hours) == TARGET:
                        # windows ending in the spike or the day after: the same deadline as found_delay
                        span = oracle_p(stream[0], level)[start : start + hours + 24]
                        oracle.setdefault(level, []).append(float(span.min()))
                hit = [d for d in delays if d is not None]
                median = f"{statistics.median(hit):.1f}" if hit else "-"
                print(f"{size:>5} {hours:>8} {level:>13} {len(hit) / len(delays):>7.2f} {median:>14}")
                if (size, hours) == TARGET:
                    found_by_level[level] = len(hit) / len(delays)
                    if level >= 10:
                        target += delays
    # At one false alarm a quarter on average, 1 - e**-1 of the streams have at least one.
    at_budget = 1 - np.exp(-1.0)
    print(f"\n{'negatives/day':>13} {'recall':>7} {'oracle, same false alarms':>26} {'oracle, 1 false alarm':>22}")
    bound: list[float] = []
    ceiling: list[float] = []
    for level in NEGATIVES_PER_DAY:
        best = oracle_recall(free_p[level], alarmed[level], oracle[level])
        top = oracle_recall(free_p[level], at_budget, oracle[level])
        print(f"{level:>13} {found_by_level[level]:>7.2f} {best:>26.2f} {top:>22.2f}")
        if level >= 10:
            bound.append(best)
            ceiling.append(top)
    hit = [d for d in target if d is not None]
    print(f"\n{len(false_alarms) + len(SIZES) * len(LENGTHS_H) * len(NEGATIVES_PER_DAY) * streams} streams "
          f"in {time.time() - t0:.0f} s; target: x{TARGET[0]:g} for {TARGET[1]} h at >= 10 negatives/day")
    print(f"RESULT recall={len(hit) / len(target):.3f} median_delay_h={statistics.median(hit) if hit else float('nan'):.1f} "
          f"false_alarms_per_quarter={np.mean(false_alarms):.3f} oracle_recall={np.mean(bound):.3f} "
          f"oracle_recall_at_budget={np.mean(ceiling):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=12, help="streams per spike case (twice that spike-free per volume)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--calibrate", type=Path, metavar="DIR",
                        help="measure the noise constants on real series (NAB format: *.csv + labels.json) and stop")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="override an `alerts:` setting, e.g. --set p_value=1e-3 (JSON values)")
    args = parser.parse_args()
    if args.calibrate:
        measured = calibrate(args.calibrate)
        print("RESULT " + " ".join(f"{k}={v:.3f}" for k, v in measured.items()))
        return
    run(args.streams, args.seed, dict(item.split("=", 1) for item in args.set))


if __name__ == "__main__":
    main()
