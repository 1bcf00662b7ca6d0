"""How bad an incident is: `low`, `medium` or `high`, by a rule a reader can be told in words.

Two things make an incident serious: how unlikely it is by chance (the score, -log10 p) and how
big it is. A small brand's spike can be very unlikely yet only a handful of mentions, and a large
one can be plain to see (three times the usual, twenty complaints) while a wide baseline keeps its
p-value modest; the second rule grades such an incident `medium` at least, so a crisis a person
would call one is never filed as `low`. The thresholds come from the `alerts:` config
(`SeverityRule.of`); `words` says the rule beside every alert, on the dashboard and in e-mails.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from monitor.alerts import metrics
from monitor.alerts.metrics.base import times

SEVERITIES = ("low", "medium", "high")


@dataclass(frozen=True)
class SeverityRule:
    medium_score: float = 6.0  # -log10 p from which a spike of `medium_ratio` is medium
    high_score: float = 9.0  # -log10 p from which a spike of `high_ratio` is high
    medium_ratio: float = 2.0
    high_ratio: float = 3.0
    large_ratio: float = 3.0  # a large incident: this many times the usual ...
    large_negative: int = 20  # ... with at least this many negative mentions is medium whatever its score

    @classmethod
    def of(cls, cfg: Any) -> "SeverityRule":
        """From the `alerts:` config."""
        names = ("medium_score", "high_score", "medium_ratio", "high_ratio", "large_ratio", "large_negative")
        return cls(**{n: getattr(cfg, n) for n in names})

    def grade(self, score: float, ratio: float, negative: int | None) -> str:
        """`negative`: the negative mentions behind the incident; None for a positive-share drop."""
        if score >= self.high_score and ratio >= self.high_ratio:
            return "high"
        if score >= self.medium_score and ratio >= self.medium_ratio:
            return "medium"
        if negative is not None and negative >= self.large_negative and ratio >= self.large_ratio:
            return "medium"
        return "low"

    def words(self) -> str:
        """The rule as one sentence for people."""
        return (f"High: at least {times(self.high_ratio)} the usual and less than a {_chance(self.high_score)} chance "
                f"of happening by chance. Medium: at least {times(self.medium_ratio)} the usual at less than a "
                f"{_chance(self.medium_score)} chance, or at least {times(self.large_ratio)} the usual with "
                f"{self.large_negative} or more negative mentions. Otherwise low.")


def explain(severity: str, metric: str, observed: float, expected: float, cause: dict[str, Any] | None) -> str:
    """Why a stored alert has its severity, then the rule it was graded by (kept in its cause)."""
    cause, kind = cause or {}, metrics.get(metric)
    ratio = kind.ratio(observed, expected)
    negative = cause.get("count") if kind.counts_negatives else None
    size = kind.size_words(ratio)
    count = f" with {negative} negative mention{'s' if negative != 1 else ''}" if negative is not None else ""
    rule = cause.get("severity_rule")
    return f"{severity.capitalize()}: {size}{count}." + (f" {rule}" if rule else "")


def _chance(score: float) -> str:
    """-log10 p as '1 in 1,000,000'."""
    return f"1 in {10 ** score:,.0f}"
