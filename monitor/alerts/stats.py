"""Tail probabilities and baselines for counts and shares: pure numpy/scipy, no store.

Counts are tested against a negative binomial: a Poisson whose rate is known only from a few
weeks of history (its gamma posterior makes the predictive a negative binomial) and whose days
vary more than Poisson noise alone (overdispersion measured in the same history). Shares are
tested against a beta-binomial in the same spirit. Both widen the tail for small baselines, which
is what keeps small brands from being flagged on noise.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
from scipy import stats

PRIOR = 0.5  # pseudo-count: a scope with an empty history expects a little, not nothing


def window_sums(values: np.ndarray, length: int) -> np.ndarray:
    """Sum of the `length` buckets ending at each position (shorter at the very start)."""
    cum = np.concatenate([[0.0], np.cumsum(values, dtype=float)])
    idx = np.arange(1, len(values) + 1)
    return cum[idx] - cum[np.maximum(idx - length, 0)]


def weekly_matrix(values: np.ndarray, period: int, weeks: int, valid_from: int, length: int) -> np.ndarray:
    """[t, w] = the same window `w + 1` weeks before t; NaN where that window is before the data starts."""
    out = np.full((len(values), weeks), np.nan)
    for w in range(1, weeks + 1):
        shift = w * period
        if shift >= len(values):
            break
        out[shift:, w - 1] = values[:-shift]
        # A window reaching back before the first bucket with data is not a zero: it is unknown.
        first_ok = valid_from + length - 1 + shift
        out[: min(first_ok, len(values)), w - 1] = np.nan
    return out


@dataclass(frozen=True)
class CountBaseline:
    mean: np.ndarray  # expected count per position
    total: np.ndarray  # sum of the (winsorized) weekly values: the evidence behind the mean
    weeks: np.ndarray  # weeks of history used per position
    dispersion: float  # overdispersion phi: variance = mean + phi * mean**2


def winsorized(matrix: np.ndarray) -> np.ndarray:
    """Clip each row at a robust upper fence so one past incident does not raise the baseline."""
    with warnings.catch_warnings():  # rows with no history at all are NaN, as intended
        warnings.simplefilter("ignore", RuntimeWarning)
        med = np.nanmedian(matrix, axis=1, keepdims=True)
        mad = np.nanmedian(np.abs(matrix - med), axis=1, keepdims=True)
    fence = med + 3.0 * np.maximum(np.maximum(1.4826 * mad, np.sqrt(np.maximum(med, 0))), 1.0)
    return np.where(np.isnan(matrix), np.nan, np.minimum(matrix, fence))


def count_baseline(matrix: np.ndarray, min_weeks: int) -> CountBaseline:
    clipped = winsorized(matrix)
    weeks = np.sum(~np.isnan(clipped), axis=1)
    total = np.nansum(clipped, axis=1)
    mean = (total + PRIOR) / np.maximum(weeks, 1)
    enough = weeks >= max(min_weeks, 2)
    dispersion = 0.0
    if enough.any():
        var = np.nanvar(clipped[enough], axis=1, ddof=1)
        sample_mean = total[enough] / weeks[enough]
        denom = float(np.sum(sample_mean**2))
        if denom > 0:
            dispersion = max(0.0, float(np.sum(var - sample_mean)) / denom)
    return CountBaseline(mean, total, weeks, dispersion)


def count_upper_tail(observed: np.ndarray, base: CountBaseline, idx: np.ndarray | None = None) -> np.ndarray:
    """P(X >= observed) under the predictive negative binomial (at positions `idx` of the baseline)."""
    sel = slice(None) if idx is None else idx
    size = 1.0 / (base.dispersion + 1.0 / (base.total[sel] + PRIOR))
    return stats.nbinom.sf(observed - 1, size, size / (size + base.mean[sel]))


@dataclass(frozen=True)
class ShareBaseline:
    share: np.ndarray  # expected share per position
    alpha: np.ndarray  # beta parameters of that share, widened by the history's dispersion
    beta: np.ndarray
    weeks: np.ndarray


def share_baseline(hits: np.ndarray, volume: np.ndarray, min_weeks: int, upper: bool) -> ShareBaseline:
    """Beta over the share `hits / volume` from the weekly windows, without the most extreme week."""
    ok = ~np.isnan(hits) & ~np.isnan(volume)
    weeks = ok.sum(axis=1)
    h, v = np.where(ok, hits, 0.0), np.where(ok, volume, 0.0)
    with np.errstate(all="ignore"):
        shares = np.where(ok & (v > 0), h / np.maximum(v, 1), np.nan)
    # The spread is measured on every week (leaving one out would understate it), the level
    # without the week most in the direction tested: robust to one earlier incident.
    all_share = (h.sum(axis=1) + PRIOR) / (v.sum(axis=1) + 2 * PRIOR)
    rho = _share_dispersion(h, v, all_share, weeks >= min_weeks)
    drop = _extreme_week(shares, upper) & (weeks[:, None] >= 4)
    h, v = np.where(drop, 0.0, h), np.where(drop, 0.0, v)
    weeks = weeks - drop.sum(axis=1)
    k, n = h.sum(axis=1), v.sum(axis=1)
    share = (k + PRIOR) / (n + 2 * PRIOR)
    # 1/(kappa+1) adds up the uncertainty of the estimate and the week-to-week spread.
    kappa = np.maximum(1.0 / (1.0 / (n + 1.0) + rho) - 1.0, 1.0)
    return ShareBaseline(share, share * kappa, (1 - share) * kappa, weeks)


def _extreme_week(shares: np.ndarray, upper: bool) -> np.ndarray:
    filled = np.where(np.isnan(shares), -np.inf if upper else np.inf, shares)
    pick = np.argmax(filled, axis=1) if upper else np.argmin(filled, axis=1)
    out = np.zeros(shares.shape, dtype=bool)
    has = ~np.isnan(shares).all(axis=1)
    out[np.arange(len(shares))[has], pick[has]] = True
    return out


def _share_dispersion(h: np.ndarray, v: np.ndarray, share: np.ndarray, rows: np.ndarray) -> float:
    """Intra-window correlation rho, by the method of moments on standardized weekly residuals."""
    if not rows.any():
        return 0.0
    p = share[rows, None]
    hv, vv = h[rows], v[rows]
    used = vv > 0
    if not used.any():
        return 0.0
    z2 = (hv - vv * p) ** 2 / np.maximum(vv * p * (1 - p), 1e-9)
    excess = float(np.sum(np.where(used, z2 - 1.0, 0.0)))
    scale = float(np.sum(np.where(used, vv - 1.0, 0.0)))
    return max(0.0, excess / scale) if scale > 0 else 0.0


def share_tail(hits: np.ndarray, volume: np.ndarray, base: ShareBaseline, upper: bool, idx: np.ndarray) -> np.ndarray:
    """P(K >= hits) (upper) or P(K <= hits) (lower) under the beta-binomial, at positions `idx`."""
    dist = stats.betabinom(np.maximum(volume.astype(int), 0), base.alpha[idx], base.beta[idx])
    return dist.sf(hits - 1) if upper else dist.cdf(hits)


def score_of(p: np.ndarray) -> np.ndarray:
    """-log10 p, the size of the deviation; capped so a certainty is a big number, not infinity."""
    return -np.log10(np.clip(p, 1e-30, 1.0))
