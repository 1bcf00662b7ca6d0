"""Tail tests and baselines for counts and shares: pure numpy/scipy, no store, no clock.

Every figure at bucket t is computed from buckets before t only (causal): an hour judged at one
scan is judged the same at every later scan, so alerts never flip retroactively.

Counts (`seasonal_count`): the expected window is the median of the same window one period back
(the same hour on earlier days, the same weekday in earlier weeks), or, while no such window
exists yet, of every earlier window: a new scope is tested from its first day. The deviation is
measured in standard deviations of the scope's own past residuals on the raw scale, ending one
period before the window (a guard band, so a lasting incident is not its own yardstick). Real mention
volumes are heavy-tailed (bursts of 10-100x): a raw-scale deviation absorbs earlier bursts, so a
scope that bursts often must burst harder to alert, and a short history is widened with Student's t.
A Poisson test guards the small counts where the deviation alone says little.

Shares (`share_baseline`, `share_tail`): a beta-binomial around the share of the preceding days,
widened by how much the scope's daily shares vary and by how few mentions the baseline rests on.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
from scipy import stats

PRIOR = 0.5  # pseudo-count: a scope with an empty history expects a little, not nothing
MIN_PHASES = 1
MIN_RESIDUALS = 12  # fewer past residuals than this: no spread to measure a deviation against


def window_sums(values: np.ndarray, length: int) -> np.ndarray:
    """Sum of the `length` buckets ending at each position (shorter at the very start)."""
    cum = np.concatenate([[0.0], np.cumsum(values, dtype=float)])
    idx = np.arange(1, len(values) + 1)
    return cum[idx] - cum[np.maximum(idx - length, 0)]


def lagged(values: np.ndarray, lags: range | list[int]) -> np.ndarray:
    """[t, j] = values[t - lags[j]]; NaN where that is before the start."""
    out = np.full((len(values), len(lags)), np.nan)
    for j, lag in enumerate(lags):
        if 0 < lag < len(values):
            out[lag:, j] = values[:-lag]
    return out


def trailing(values: np.ndarray, length: int, gap: int) -> np.ndarray:
    """[t, :] = the `length` values ending `gap` buckets before t (excluded), NaN-padded at the start."""
    padded = np.concatenate([np.full(length + gap, np.nan), values.astype(float)])
    return sliding_window_view(padded, length)[: len(values)]


def _quiet(fn, *args, **kwargs):  # noqa: ANN001, ANN202 - all-NaN rows are expected at the start
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return fn(*args, **kwargs)


def row_medians(matrix: np.ndarray) -> np.ndarray:
    """The median of each row's non-NaN values (NaN for an empty row), without numpy's row-by-row loop."""
    ordered = np.sort(matrix, axis=1)  # NaN sorts last
    valid = np.sum(~np.isnan(matrix), axis=1)
    rows = np.arange(len(matrix))
    lo, hi = np.maximum((valid - 1) // 2, 0), np.maximum(valid // 2, 0)
    if matrix.shape[1] == 0:
        return np.full(len(matrix), np.nan)
    med = (ordered[rows, np.minimum(lo, matrix.shape[1] - 1)] + ordered[rows, np.minimum(hi, matrix.shape[1] - 1)]) / 2
    return np.where(valid > 0, med, np.nan)


@dataclass(frozen=True)
class CountTest:
    observed: np.ndarray  # window sum at each bucket
    expected: np.ndarray
    z: np.ndarray  # deviation in past standard deviations (NaN where untested)
    threshold: np.ndarray  # the z it must reach there: `sigma`, widened for a short history
    poisson_p: np.ndarray  # P(X >= observed) for Poisson(expected): the small-count guard

    def p_value(self) -> np.ndarray:
        """The weaker of the two tests as one tail probability (the normal tail of z, or Poisson)."""
        with np.errstate(all="ignore"):
            return np.maximum(np.nan_to_num(stats.norm.sf(self.z), nan=1.0), self.poisson_p)


def seasonal_count(values: np.ndarray, length: int, period: int, periods: int, history: int, data_from: int,
                   sigma: float, first: int = 0) -> CountTest:
    """The count test of the window of `length` buckets ending at each bucket from `first` on (see the module doc)."""
    sums = window_sums(values, length)
    sums[: data_from + length - 1] = np.nan  # windows reaching before the data are unknown
    guard = length - 1 + period
    # Expected values are needed back to the start of the oldest residual the first tested window reads.
    known = slice(max(first - history - guard, 0), len(values))
    rows = slice(first, len(values))
    same_phase = lagged(sums, [period * k for k in range(1, periods + 1)])[known]
    phases = np.sum(~np.isnan(same_phase), axis=1)
    expected = np.full(len(values), np.nan)
    expected[known] = row_medians(same_phase)
    # Until one earlier day (week) exists, the median of every earlier window serves.
    early = np.flatnonzero(phases < MIN_PHASES) + known.start
    if len(early):
        expected[early] = row_medians(trailing(sums, history, length - 1)[early])
    residual = sums - expected
    # A guard band of one period between the window and the history its spread is measured on (as
    # CFAR radar detectors keep guard cells): an incident that lasts does not widen its own yardstick.
    past = trailing(residual, history, guard)[rows]
    count = np.zeros(len(values), dtype=int)
    count[rows] = np.sum(~np.isnan(past), axis=1)
    mean, spread = np.full(len(values), np.nan), np.full(len(values), np.nan)
    mean[rows], spread[rows] = _quiet(np.nanmean, past, axis=1), _quiet(np.nanstd, past, axis=1, ddof=1)
    with np.errstate(all="ignore"):
        z = (residual - mean) / np.maximum(spread, np.sqrt(np.maximum(expected, PRIOR)))
    z[count < MIN_RESIDUALS] = np.nan
    # The same tail probability as `sigma` under a normal, read off Student's t with the history's
    # degrees of freedom: a scope with two days of hours needs a clearer deviation than one with a month.
    threshold = stats.t.isf(stats.norm.sf(sigma), np.maximum(count - 1, 1))
    lam = np.nan_to_num(expected, nan=0.0) + PRIOR
    poisson_p = np.where(np.isnan(sums), 1.0, stats.poisson.sf(np.nan_to_num(sums) - 1, lam))
    return CountTest(sums, expected, z, threshold, poisson_p)


@dataclass(frozen=True)
class ShareBaseline:
    share: np.ndarray  # expected share per position
    alpha: np.ndarray  # beta parameters of that share, widened by the history's dispersion
    beta: np.ndarray
    days: np.ndarray  # buckets of history behind it


def share_baseline(hits: np.ndarray, volume: np.ndarray, length: int, history: int, data_from: int,
                   upper: bool) -> ShareBaseline:
    """Beta over the share of the `history` buckets before each window, without its most extreme bucket."""
    h, v = hits.astype(float).copy(), volume.astype(float).copy()
    h[:data_from], v[:data_from] = np.nan, np.nan
    past_h, past_v = trailing(h, history, length - 1), trailing(v, history, length - 1)
    ok = ~np.isnan(past_h) & (np.nan_to_num(past_v) > 0)
    days = ok.sum(axis=1)
    ph, pv = np.where(ok, past_h, 0.0), np.where(ok, past_v, 0.0)
    with np.errstate(all="ignore"):
        shares = np.where(ok, ph / np.maximum(pv, 1), np.nan)
    level = (ph.sum(axis=1) + PRIOR) / (pv.sum(axis=1) + 2 * PRIOR)
    rho = _share_dispersion(ph, pv, level)
    # The level without the bucket most in the direction tested: robust to one earlier incident.
    drop = _extreme(shares, upper) & (days[:, None] >= 4)
    k, m = np.where(drop, 0.0, ph).sum(axis=1), np.where(drop, 0.0, pv).sum(axis=1)
    share = (k + PRIOR) / (m + 2 * PRIOR)
    # A window of `length` buckets averages `length` buckets' dispersion; 1/(kappa+1) adds the
    # uncertainty of the level to that spread.
    kappa = np.maximum(1.0 / (1.0 / (m + 1.0) + rho / length) - 1.0, 1.0)
    return ShareBaseline(share, share * kappa, (1 - share) * kappa, days)


def _extreme(shares: np.ndarray, upper: bool) -> np.ndarray:
    filled = np.where(np.isnan(shares), -np.inf if upper else np.inf, shares)
    pick = np.argmax(filled, axis=1) if upper else np.argmin(filled, axis=1)
    out = np.zeros(shares.shape, dtype=bool)
    has = ~np.isnan(shares).all(axis=1)
    out[np.arange(len(shares))[has], pick[has]] = True
    return out


def _share_dispersion(h: np.ndarray, v: np.ndarray, share: np.ndarray) -> np.ndarray:
    """Per position: intra-bucket correlation rho of its past buckets, by the method of moments."""
    p = share[:, None]
    used = v > 0
    z2 = (h - v * p) ** 2 / np.maximum(v * p * (1 - p), 1e-9)
    excess = np.sum(np.where(used, z2 - 1.0, 0.0), axis=1)
    scale = np.sum(np.where(used, v - 1.0, 0.0), axis=1)
    with np.errstate(all="ignore"):
        return np.where(scale > 0, np.maximum(excess / scale, 0.0), 0.0)


def share_tail(hits: np.ndarray, volume: np.ndarray, base: ShareBaseline, upper: bool, idx: np.ndarray) -> np.ndarray:
    """P(K >= hits) (upper) or P(K <= hits) (lower) under the beta-binomial, at positions `idx`."""
    dist = stats.betabinom(np.maximum(volume.astype(int), 0), base.alpha[idx], base.beta[idx])
    return dist.sf(hits - 1) if upper else dist.cdf(hits)


def score_of(p: np.ndarray) -> np.ndarray:
    """-log10 p, the size of the deviation; capped so a certainty is a big number, not infinity."""
    return -np.log10(np.clip(p, 1e-30, 1.0))
