"""A value over time (wellbeing 0-10 at each conversation) as a line with its numbers.

A pure builder: returns a `matplotlib.figure.Figure`, never touches pyplot or Qt; the
screen wraps it in a canvas, the PDF draws it to pixels in memory. Every point carries
its value as text, so the chart never depends on reading a scale or a colour.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from matplotlib.dates import date2num, num2date
from matplotlib.figure import Figure

from eigenkracht.core.i18n import QT_TRANSLATE_NOOP, translate

# Short month names (Dutch; read in the program's language, core.i18n).
MONTHS = (
    QT_TRANSLATE_NOOP("Trend", "jan"),
    QT_TRANSLATE_NOOP("Trend", "feb"),
    QT_TRANSLATE_NOOP("Trend", "mrt"),
    QT_TRANSLATE_NOOP("Trend", "apr"),
    QT_TRANSLATE_NOOP("Trend", "mei"),
    QT_TRANSLATE_NOOP("Trend", "jun"),
    QT_TRANSLATE_NOOP("Trend", "jul"),
    QT_TRANSLATE_NOOP("Trend", "aug"),
    QT_TRANSLATE_NOOP("Trend", "sep"),
    QT_TRANSLATE_NOOP("Trend", "okt"),
    QT_TRANSLATE_NOOP("Trend", "nov"),
    QT_TRANSLATE_NOOP("Trend", "dec"),
)


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
        ax.text(
            0.5,
            0.5,
            translate("Trend", "Nog geen cijfers"),
            ha="center",
            va="center",
            family=font_family,
        )
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
    step = max(1, math.ceil((maximum - minimum) / 6))  # 0-10: every second
    ax.set_yticks(range(int(minimum), int(maximum) + 1, step))
    if len(xs) == 1:
        ax.set_xlim(xs[0] - 30, xs[0] + 30)
    else:
        pad = max((xs[-1] - xs[0]) * 0.06, 3)
        ax.set_xlim(xs[0] - pad, xs[-1] + pad)
    low, high = ax.get_xlim()
    ticks = date_ticks(_day(low), _day(high))
    ax.set_xticks([float(date2num(day)) for day, _ in ticks])  # type: ignore[no-untyped-call]
    ax.set_xticklabels([label for _, label in ticks])
    for tick in ax.get_xticklabels() + ax.get_yticklabels():
        tick.set_fontsize(font_size - 1)
        tick.set_fontfamily(font_family)
    ax.grid(axis="y", color="#DDDDDD", linewidth=0.6)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if label:
        ax.set_ylabel(label, fontsize=font_size, family=font_family)
    return figure


def _day(value: float) -> dt.date:
    moment: dt.datetime = num2date(value)  # type: ignore[no-untyped-call]
    return moment.date()


def _months(start: dt.date, end: dt.date, step: int) -> list[dt.date]:
    """The first days of months within [start, end], every `step` months (January,
    April, July, October for 3: steps counted from January, so they read naturally)."""
    found = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        first = dt.date(year, month, 1)
        if start <= first and (month - 1) % step == 0:
            found.append(first)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def date_ticks(start: dt.date, end: dt.date, most: int = 6) -> list[tuple[dt.date, str]]:
    """Ticks for a date axis from `start` to `end`, at most `most`, every label once.

    Each label names exactly the unit the ticks step by, so no two can be the same:
    days for a span of weeks ("3 mrt"), the first of the month for months ("mrt 2026"),
    the first of January for years ("2026"). matplotlib's AutoDateLocator chose weekly
    ticks for a span of two months, and a month formatter then printed "okt 2026" three
    times (issue 11). Dutch month names, whatever the system's language."""
    if end < start:
        start, end = end, start
    for step in (1, 2, 3, 6):
        months = _months(start, end, step)
        if 2 <= len(months) <= most:
            return [(d, f"{translate('Trend', MONTHS[d.month - 1])} {d.year}") for d in months]
        if len(months) > most:
            continue
        break  # fewer than two month starts: a span of weeks, ticks on days
    else:  # more than `most` ticks even every half year: years
        for step in (1, 2, 5, 10, 20, 50, 100):
            years = [
                dt.date(y, 1, 1)
                for y in range(start.year, end.year + 1)
                if dt.date(y, 1, 1) >= start and y % step == 0
            ]
            if len(years) <= most:
                return [(d, str(d.year)) for d in years]
        return []
    span = (end - start).days
    for step in (1, 2, 3, 7, 14, 21, 28):
        if span // step + 1 <= most:
            break
    first = start + dt.timedelta(days=(-start.toordinal()) % step)  # a fixed grid
    days = [first + dt.timedelta(days=i) for i in range(0, (end - first).days + 1, step)]
    two_years = len({d.year for d in days}) > 1
    return [
        (
            d,
            f"{d.day} {translate('Trend', MONTHS[d.month - 1])}"
            + (f" {d.year}" if two_years else ""),
        )
        for d in days
    ]


__all__ = ["date_ticks", "trend_figure"]
