"""Then and now in charts, for the screen and the one-page PDF alike: the first
against the latest scores of one perspective (a radar of both), and wellbeing over
time. Pure builders over the data of core.plan.then_and_now: each returns a
`matplotlib.figure.Figure`, never touches pyplot or Qt. The caller gives the words
(titles, "Toen (datum)"), in its own language and date format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from matplotlib.figure import Figure

from eigenkracht.charts.radar import Series, radar_figure
from eigenkracht.charts.trend import trend_figure

# The perspectives then and now compares, in the order they are shown.
PERSPECTIVES = ("burger", "professional")
RADAR_SIZE = (4.6, 4.4)
FONT_SIZE = 8


def _day(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def perspective_dates(
    data: Mapping[str, Any], perspective: str
) -> tuple[dt.date | None, dt.date | None]:
    """The days of the first and of the latest scores of `perspective` (None: none)."""
    found = data.get("perspectives", {}).get(perspective, {})
    return _day(found.get("then_date")), _day(found.get("now_date"))


def then_now_radar(
    data: Mapping[str, Any],
    perspective: str,
    *,
    title: str,
    labels: tuple[str, str],
    axes: Sequence[str] | None = None,
) -> Figure:
    """The radar of one perspective: its first scores against its latest.
    labels: of the two series (then, now). axes: the domain names as they are to be
    shown (default: as in the data)."""
    found = data.get("perspectives", {}).get(perspective, {})
    then, now = labels
    return radar_figure(
        list(data.get("domains", [])) if axes is None else axes,
        [Series(then, found.get("then", [])), Series(now, found.get("now", []))],
        data.get("minimum", 1),
        data.get("maximum", 5),
        size=RADAR_SIZE,
        font_size=FONT_SIZE,
        title=title,
    )


def wellbeing_points(data: Mapping[str, Any]) -> list[tuple[dt.date, float]]:
    """Wellbeing (0 to 10) at each conversation, as (day, value)."""
    return [(dt.date.fromisoformat(p["date"]), p["value"]) for p in data.get("wellbeing", [])]


def wellbeing_trend(data: Mapping[str, Any], *, size: tuple[float, float]) -> Figure:
    """Wellbeing over time, `size` inches (the screen is wider than the page)."""
    return trend_figure(wellbeing_points(data), size=size, font_size=FONT_SIZE)


__all__ = [
    "PERSPECTIVES",
    "perspective_dates",
    "then_now_radar",
    "wellbeing_points",
    "wellbeing_trend",
]
