"""A value over time (wellbeing 0-10 at each conversation) as a line with its numbers.

A pure builder: returns a `matplotlib.figure.Figure`, never touches pyplot or Qt; the
screen wraps it in a canvas, the PDF draws it to pixels in memory. Every point carries
its value as text, so the chart never depends on reading a scale or a colour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from matplotlib.dates import AutoDateLocator, date2num, num2date
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def trend_figure(
    points: Sequence[tuple[dt.date, float]],
    *,
    minimum: float = 0,
    maximum: float = 10,
    label: str = "",
    size: tuple[float, float] = (6.0, 2.8),
    font_family: str = "DejaVu Sans",
    font_size: float = 9,
) -> Figure:
    """Draw the values in date order. No points: the figure says so in words."""
    figure = Figure(figsize=size, dpi=100, layout="constrained")
    ax = figure.add_subplot()
    ordered = sorted(points)
    if not ordered:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "Nog geen cijfers", ha="center", va="center", family=font_family)
        return figure
    xs = [float(date2num(day)) for day, _ in ordered]  # type: ignore[no-untyped-call]
    ys = [float(value) for _, value in ordered]
    ax.plot(xs, ys, color="#0072B2", linewidth=2, marker="o", markersize=6)
    for x, y in zip(xs, ys, strict=True):
        ax.annotate(
            f"{y:g}",
            (x, y),
            textcoords="offset points",
            xytext=(0, 7),
            ha="center",
            fontsize=font_size,
            family=font_family,
        )
    ax.set_ylim(minimum, maximum + (maximum - minimum) * 0.12)
    ax.set_yticks(range(int(minimum), int(maximum) + 1, 2))
    if len(xs) == 1:
        ax.set_xlim(xs[0] - 30, xs[0] + 30)
    else:
        pad = max((xs[-1] - xs[0]) * 0.06, 3)
        ax.set_xlim(xs[0] - pad, xs[-1] + pad)
    locator = AutoDateLocator(minticks=2, maxticks=6)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(FuncFormatter(_dutch_month))
    for tick in ax.get_xticklabels() + ax.get_yticklabels():
        tick.set_fontsize(font_size - 1)
        tick.set_fontfamily(font_family)
    ax.grid(axis="y", color="#DDDDDD", linewidth=0.6)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if label:
        ax.set_ylabel(label, fontsize=font_size, family=font_family)
    return figure


def _dutch_month(value: float, _position: int | None = None) -> str:
    """A tick as "mrt 2026" (Dutch month names, whatever the system's language)."""
    day = num2date(value)  # type: ignore[no-untyped-call]
    return f"{MONTHS[day.month - 1]} {day.year}"


__all__ = ["trend_figure"]
