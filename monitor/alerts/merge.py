"""One incident, one alert: merging what several metrics, windows and scopes say about it. Pure.

Within a scope, incidents of different metrics or bucket sizes that overlap (or follow within
the cooldown) are the same incident: the one kept is the most direct metric (negative count, then
negative share, then positive share) and the daily one over the hourly one, spanning them all.
Across scopes of one brand, an incident is reported at the brand and at the topic that drives it;
source alerts are kept only when nothing broader explains them, and only the strongest topics.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

from monitor.alerts.spikes import Incident

TOPIC_SHARE = 0.5  # a second topic stays an alert when its excess is at least this share of the first's


def overlaps(a: Incident, b: Incident, gap: timedelta) -> bool:
    return a.start <= b.end + gap and b.start <= a.end + gap


def _rank(incident: Incident) -> tuple[int, int]:
    return incident.kind.rank, 0 if incident.bucket == "day" else 1


def combine(incidents: Sequence[Incident], cooldown: timedelta) -> list[Incident]:
    """One incident per overlapping group within a scope."""
    groups: list[list[Incident]] = []
    for incident in sorted(incidents, key=lambda i: i.start):
        if groups and any(overlaps(incident, other, cooldown) for other in groups[-1]):
            groups[-1].append(incident)
        else:
            groups.append([incident])
    return [_merged(group) for group in groups]


def _merged(group: list[Incident]) -> Incident:
    lead = min(group, key=_rank)
    return replace(
        lead,
        start=min(i.start for i in group),
        end=max(i.end for i in group),
        score=max(i.score for i in group),
        detected_at=min(i.detected_at for i in group),
    )


@dataclass(frozen=True)
class Scoped:
    """An incident with the scope it was found in."""

    brand: str
    scope: str  # brand | topic | source
    name: str | None  # the topic or source
    incident: Incident

    @property
    def excess(self) -> float:
        return self.incident.excess


def dedupe(found: Sequence[Scoped], cooldown: timedelta) -> list[Scoped]:
    """Drop the alerts that only repeat a broader or stronger one for the same incident."""
    kept: list[Scoped] = []
    for item in found:
        rivals = [o for o in found if o is not item and o.brand == item.brand
                  and overlaps(o.incident, item.incident, cooldown)]
        if item.scope == "source" and any(o.scope in ("brand", "topic") for o in rivals):
            continue
        if item.scope == "source":
            stronger = [o for o in rivals if o.scope == "source" and o.excess > item.excess]
            if stronger:
                continue
        if item.scope == "topic":
            best = max((o.excess for o in rivals if o.scope == "topic"), default=0.0)
            if best > item.excess and item.excess < TOPIC_SHARE * best:
                continue
        kept.append(item)
    return kept
