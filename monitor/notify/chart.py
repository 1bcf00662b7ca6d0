"""The digest's chart: daily negative / neutral / positive volumes of the own brand, as a PNG.

matplotlib's object API with the Agg canvas, never pyplot: no global figure state, no display
needed, safe in the watch loop's long-running process.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Protocol

COLOURS = {"negative": "#c0392b", "neutral": "#b0b7bf", "positive": "#27ae60"}


class DayCounts(Protocol):
    day: date
    negative: int
    neutral: int
    positive: int


def sentiment_chart(days: Sequence[DayCounts], title: str, width_px: int = 640, height_px: int = 260) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    dpi = 100
    figure = Figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    x = list(range(len(days)))
    bottom = [0] * len(days)
    for label in ("negative", "neutral", "positive"):
        values = [getattr(d, label) for d in days]
        axes.bar(x, values, bottom=bottom, color=COLOURS[label], label=label, width=0.8)
        bottom = [b + v for b, v in zip(bottom, values)]
    axes.set_xticks(x, [d.day.strftime("%d %b") if i % 2 == 0 else "" for i, d in enumerate(days)], fontsize=7)
    axes.tick_params(axis="y", labelsize=7)
    axes.set_title(title, fontsize=9, loc="left")
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(fontsize=7, frameon=False, loc="upper left", ncols=3)
    axes.set_ylim(0, max([*bottom, 1]) * 1.25)  # room for the legend above the bars
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
