"""A hand-made Digest: what the analytics would report, without a database."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from monitor.notify.digest import AlertLine, DayCounts, Digest, Figures, KpiLine, MentionLine, safe_link

HOSTILE_TEXT = '<script>alert("x")</script> kapot <img src=x onerror="alert(1)">'


def sample_digest(n_days: int = 14) -> Digest:
    hostile = MentionLine("Trapkracht", "forum", "30 Nov 2026 14:00", HOSTILE_TEXT, title="<b>boos</b>",
                          url=safe_link("javascript:alert(1)"), score=-0.95)
    linked = MentionLine("Trapkracht", "reviews", "30 Nov 2026 09:12", "Levering duurde drie weken",
                         url=safe_link("https://forum.example.org/t/1?a=1&b=2"), score=-0.7, age="3 days")
    alert = AlertLine(7, "high", "Trapkracht, topic delivery, negative count", "30 Nov 2026 00:00 - 01 Dec 2026 00:00",
                      14, 3.5, drivers=["topic delivery", "source reviews"], terms=["levering", "weken"], examples=[linked])
    day = Figures(volume=20, negative=9, positive=6, share_negative=0.45, net_sentiment=-15)
    before = Figures(volume=12, negative=2, positive=7, share_negative=0.17, net_sentiment=42)
    kpis = [KpiLine("Trapkracht", True, day, before, day, before),
            KpiLine("Velora", False, before, before, before, before)]
    chart = [DayCounts(date(2026, 11, 30) - timedelta(days=n_days - 1 - i), i % 4, 3, 5 + i % 3) for i in range(n_days)]
    return Digest(date(2026, 12, 1), "Europe/Amsterdam", "Trapkracht", "30 Nov 2026, Europe/Amsterdam",
                  "24 Nov - 30 Nov 2026, Europe/Amsterdam", kpis, [alert], [hostile, linked], [linked], chart,
                  datetime(2026, 12, 1, 8, 0, tzinfo=timezone.utc))
