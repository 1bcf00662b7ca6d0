"""Fill a `Digest` from the store through the analytics and alerts APIs (the only impure part).

The digest of date D reports on the whole local day before it (D-1), compared with the day before
that, and on the seven days ending with D-1, compared with the seven before.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from monitor.alerts import metrics
from monitor.alerts.severity import explain
from monitor.analytics.series import Scope, sentiment_series
from monitor.config import Config
from monitor.notify.digest import AlertLine, DayCounts, Digest, Figures, KpiLine, MentionLine, safe_link, snippet
from monitor.storage.store import Store


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def local_text(value: datetime | None, zone: ZoneInfo) -> str:
    return value.astimezone(zone).strftime("%d %b %Y %H:%M") if value else ""


def age_text(seconds: float) -> str:
    hours = seconds / 3600
    if hours < 48:
        return f"{max(hours, 0):.0f} hours"
    return f"{hours / 24:.0f} days"


def figures(kpis: Any) -> Figures:
    return Figures(
        volume=int(_get(kpis, "volume", 0) or 0), negative=int(_get(kpis, "negative", 0) or 0),
        positive=int(_get(kpis, "positive", 0) or 0), share_negative=float(_get(kpis, "share_negative", 0.0) or 0.0),
        net_sentiment=float(_get(kpis, "net_sentiment", 0.0) or 0.0), corrected=bool(_get(kpis, "corrected", False)),
    )


def mention_line(row: Any, zone: ZoneInfo, now: datetime | None = None) -> MentionLine:
    published = _get(row, "published_at")
    if isinstance(published, str):  # alert examples keep ISO text in their JSON
        published = datetime.fromisoformat(published)
    age = _get(row, "age")
    if age is None and now is not None and published is not None:
        age = now - published
    seconds = age.total_seconds() if isinstance(age, timedelta) else (float(age) if age is not None else None)
    return MentionLine(
        brand=str(_get(row, "brand", "") or ""), source=str(_get(row, "source", "") or ""),
        published=local_text(published, zone), text=snippet(str(_get(row, "text", "") or "")),
        title=snippet(str(_get(row, "title", "") or ""), 120), url=safe_link(_get(row, "url")),
        score=_get(row, "score"), age=age_text(seconds) if seconds is not None else "",
    )


def _names(items: Any) -> list[str]:
    out = []
    for item in items or []:
        name = item if isinstance(item, str) else (_get(item, "name") or _get(item, "topic") or _get(item, "source")
                                                  or _get(item, "term"))
        if name:
            out.append(str(name))
    return out


def _driver(kind: str, item: Any) -> str:
    name = _names([item])
    if not name:
        return ""
    share = _get(item, "share_of_excess") if not isinstance(item, str) else None
    return f"{kind} {name[0]}" + (f" ({100 * float(share):.0f}% of the excess)" if share else "")


def alert_line(alert: Any, zone: ZoneInfo) -> AlertLine:
    cause = _get(alert, "cause") or {}
    if isinstance(cause, str):
        cause = json.loads(cause or "{}")
    scope = [str(_get(alert, "brand", ""))]
    for kind in ("topic", "source"):
        if _get(alert, kind):
            scope.append(f"{kind} {_get(alert, kind)}")
    metric = _get(alert, "metric")
    if metric:
        scope.append(metrics.get(str(metric)).label)
    started, ended = _get(alert, "started_at"), _get(alert, "ended_at")
    found = _get(cause, "drivers") or cause
    drivers = [*(_driver("topic", d) for d in _get(found, "topics") or []), *(_driver("source", d) for d in _get(found, "sources") or [])]
    severity = str(_get(alert, "severity", "low"))
    observed, expected = float(_get(alert, "observed", 0) or 0), float(_get(alert, "expected", 0) or 0)
    reason = explain(severity, str(metric or "negative_count"), observed, expected, cause if isinstance(cause, dict) else {})
    return AlertLine(
        id=int(_get(alert, "id", 0) or 0), severity=severity, scope=", ".join(scope), severity_reason=reason,
        window=f"{local_text(started, zone)} - {local_text(ended, zone)}", observed=float(_get(alert, "observed", 0) or 0),
        expected=float(_get(alert, "expected", 0) or 0), status=str(_get(alert, "status", "open") or "open"),
        metric=str(metric or "negative_count"), drivers=[d for d in drivers if d][:6], terms=_names(_get(cause, "terms"))[:8],
        examples=[mention_line(m, zone) for m in (_get(cause, "examples") or [])[:5]],
    )


def digest_periods(day: date, zone: ZoneInfo) -> tuple[Any, Any]:
    from monitor.analytics.period import Period

    return Period.day(day - timedelta(days=1), zone), Period.days(day - timedelta(days=7), day - timedelta(days=1), zone)


def gather(store: Store, config: Config, day: date, now: datetime) -> Digest:
    from monitor.analytics.complaints import complaint_queue
    from monitor.analytics.kpis import brand_kpis

    zone, notify = config.analytics.zone, config.notify
    own = config.own_brand.name
    reported, week = digest_periods(day, zone)
    brands = [b.name for b in config.brands]
    by_day = brand_kpis(store, brands, reported, very_positive=config.analytics.very_positive)
    by_week = brand_kpis(store, brands, week, very_positive=config.analytics.very_positive)
    kpis = [
        KpiLine(name, name == own, figures(by_day[name].current), figures(by_day[name].previous),
                figures(by_week[name].current), figures(by_week[name].previous))
        for name in brands if name in by_day and name in by_week
    ]
    alerts = sorted(recent_alerts(store, reported.start), key=lambda a: (-_rank(a), -float(_get(a, "score", 0) or 0)))
    complaints = complaint_queue(store, own, now=now, limit=notify.complaints) if notify.complaints else []
    return Digest(
        date=day, zone=config.analytics.timezone, own_brand=own, day_label=reported.label(), week_label=week.label(),
        kpis=kpis, alerts=[alert_line(a, zone) for a in alerts],
        negatives=[mention_line(m, zone) for m in most_negative(store, own, reported, notify.top_mentions)],
        complaints=[mention_line(c, zone, now) for c in complaints],
        chart=chart_days(store, own, day, notify.chart_days, zone), generated_at=now.astimezone(zone),
    )


def recent_alerts(store: Store, since: datetime) -> list[Any]:
    try:
        from monitor.alerts.store import list_alerts
    except ModuleNotFoundError as exc:  # detection not installed: a digest without alerts
        if exc.name != "monitor.alerts.store" and exc.name != "monitor.alerts":
            raise
        return []
    return list(list_alerts(store, since=since))


def _rank(alert: Any) -> int:
    return {"high": 3, "medium": 2, "low": 1}.get(str(_get(alert, "severity")), 0)


def most_negative(store: Store, brand: str, period: Any, limit: int) -> list[Any]:
    from monitor.analytics.mentions import MentionFilter, search_mentions

    if limit <= 0:
        return []
    # search_mentions pages newest first; the day's negatives are few enough to rank here.
    rows = search_mentions(store, MentionFilter(brands=[brand], sentiments=["negative"], period=period), limit=2000, offset=0)
    return sorted(rows, key=lambda r: (_get(r, "score") if _get(r, "score") is not None else 0.0))[:limit]


def chart_days(store: Store, brand: str, day: date, days: int, zone: ZoneInfo) -> list[DayCounts]:
    from monitor.analytics.period import Period

    start = Period.day(day - timedelta(days=days), zone).start
    end = Period.day(day - timedelta(days=1), zone).end
    buckets = sentiment_series(store, Scope(brand=brand), start, end, "day", zone)
    return [DayCounts(b.start.date(), b.negative, b.neutral, b.positive) for b in buckets]
