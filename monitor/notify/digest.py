"""The daily digest as data, and its rendering: a pure function from analytics results to a message.

`gather.py` fills a `Digest` from the store; here it becomes HTML (Jinja2, autoescaped: every
text from the web is escaped, so a mention saying `<script>` is shown, never run) and plain text.
The HTML is table-based with inline styles, which is what Outlook, Gmail and Apple Mail agree on.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined

SNIPPET = 280


def safe_link(url: str | None) -> str | None:
    """Only http(s) links are shown: `javascript:` and `data:` links in a feed stay text-less."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in {"http", "https"} and parts.netloc else None


def snippet(text: str, limit: int = SNIPPET) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Figures:
    volume: int = 0
    negative: int = 0
    positive: int = 0
    share_negative: float = 0.0  # 0..1
    net_sentiment: float = 0.0  # -100..100
    corrected: bool = False  # share and net estimated for the classifier's errors (monitor/analytics/shares.py)


@dataclass(frozen=True)
class KpiLine:
    brand: str
    own: bool
    day: Figures
    day_before: Figures
    week: Figures
    week_before: Figures

    def change(self, period: str, name: str) -> float | None:
        """None when a share or net figure would be compared with an empty period."""
        now, before = (self.day, self.day_before) if period == "day" else (self.week, self.week_before)
        if name != "volume" and not (now.volume and before.volume):
            return None
        return float(getattr(now, name)) - float(getattr(before, name))


@dataclass(frozen=True)
class MentionLine:
    brand: str
    source: str
    published: str  # local, formatted
    text: str
    title: str = ""
    url: str | None = None
    score: float | None = None
    age: str = ""


@dataclass(frozen=True)
class AlertLine:
    id: int
    severity: str
    scope: str  # "Trapkracht, topic delivery"
    window: str
    observed: float
    expected: float
    status: str = "open"
    drivers: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    examples: list[MentionLine] = field(default_factory=list)
    metric: str = "negative_count"
    severity_reason: str = ""  # why this severity, and the rule (monitor/alerts/severity.py)

    @property
    def figures(self) -> str:
        from monitor.alerts import metrics

        metric = metrics.get(self.metric)
        return f"{metric.figure(self.observed)} observed, {metric.figure(self.expected)} expected"


@dataclass(frozen=True)
class DayCounts:
    day: date
    negative: int
    neutral: int
    positive: int


@dataclass(frozen=True)
class Digest:
    date: date  # the digest's date; it reports on the day before
    zone: str
    own_brand: str
    day_label: str
    week_label: str
    kpis: list[KpiLine]
    alerts: list[AlertLine]
    negatives: list[MentionLine]
    complaints: list[MentionLine]
    chart: list[DayCounts]
    generated_at: datetime

    @property
    def corrected(self) -> bool:
        return any(f.corrected for k in self.kpis for f in (k.day, k.week))

    def subject(self, prefix: str = "") -> str:
        own = next((k for k in self.kpis if k.own), None)
        figures = f": {own.day.volume} mentions, {own.day.negative} negative" if own else ""
        alerts = f", {len(self.alerts)} alert{'s' if len(self.alerts) != 1 else ''}" if self.alerts else ""
        return f"{prefix} {self.own_brand} daily digest {self.date.isoformat()}{figures}{alerts}".strip()

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["date"] = self.date.isoformat()
        data["generated_at"] = self.generated_at.isoformat()
        data["chart"] = [{**asdict(d), "day": d.day.isoformat()} for d in self.chart]
        return data


def _signed(value: float | None, digits: int = 0, suffix: str = "") -> str:
    if value is None:
        return "n/a"
    if abs(value) < 0.5 * 10**-digits:
        return "±0" + suffix
    return f"{value:+.{digits}f}{suffix}"


def _pct(value: float) -> str:
    return f"{100 * value:.0f}%"


@lru_cache(maxsize=2)
def _environment(html: bool) -> Environment:
    env = Environment(loader=PackageLoader("monitor.notify", "templates"), autoescape=html,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["signed"] = _signed
    env.filters["pct"] = _pct
    return env


def render_html(digest: Digest, chart_src: str | None) -> str:
    """`chart_src`: "cid:…" in the e-mail, a data: URI in a preview, None for no chart."""
    return _environment(True).get_template("digest.html.j2").render(d=digest, chart_src=chart_src)


def render_text(digest: Digest) -> str:
    return _environment(False).get_template("digest.txt.j2").render(d=digest)


def render_alert(alert: AlertLine, brand_prefix: str = "") -> tuple[str, str, str]:
    """(subject, text, html) of an immediate alert."""
    subject = f"{brand_prefix} {alert.severity.upper()} alert: {alert.scope}".strip()
    text = _environment(False).get_template("alert.txt.j2").render(a=alert)
    html = _environment(True).get_template("alert.html.j2").render(a=alert, subject=subject)
    return subject, text, html
