"""Radar ("spider") chart of scores per domain, for one or more perspectives.

A pure builder: returns a `matplotlib.figure.Figure`, never touches pyplot or Qt.
The screen wraps it in a canvas, the PDF saves it to a buffer: one drawing.
Perspectives differ in line style and marker as well as colour, so the chart
reads in grey print and for colour-blind readers too.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.projections.polar import PolarAxes

# Colour-blind safe (Okabe-Ito) with distinct line styles and markers.
STYLES = [
    {"color": "#0072B2", "linestyle": "-", "marker": "o"},
    {"color": "#D55E00", "linestyle": "--", "marker": "s"},
    {"color": "#009E73", "linestyle": ":", "marker": "^"},
    {"color": "#CC79A7", "linestyle": "-.", "marker": "D"},
]


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[float | None]  # one per axis; None: not scored


def radar_figure(
    axes: Sequence[str],
    series: Sequence[Series],
    minimum: float = 1,
    maximum: float = 5,
    *,
    size: tuple[float, float] = (5.5, 5.0),
    title: str = "",
    font_family: str = "DejaVu Sans",
    font_size: float = 8.5,
) -> Figure:
    """Draw the radar. With fewer than three axes a radar means nothing, so the
    figure then says so in words instead of drawing a misleading shape."""
    figure = Figure(figsize=size, dpi=100, layout="constrained")
    if len(axes) < 3:
        ax = figure.add_subplot()
        ax.set_axis_off()
        lines = [title] if title else []
        for s in series:
            scored = ", ".join(
                f"{a}: {_fmt(v)}" for a, v in zip(axes, s.values, strict=False) if v is not None
            )
            lines.append(f"{s.label}: {scored or '-'}")
        ax.text(
            0.5,
            0.5,
            "\n".join(lines),
            ha="center",
            va="center",
            family=font_family,
            parse_math=False,
        )
        return figure

    n = len(axes)
    angles = [2 * math.pi * i / n for i in range(n)]
    ax = cast(PolarAxes, figure.add_subplot(projection="polar"))
    ax.set_theta_offset(math.pi / 2)  # first axis at the top, then clockwise
    ax.set_theta_direction(-1)
    ax.set_ylim(minimum - (maximum - minimum) * 0.15, maximum)
    ticks = scale_ticks(minimum, maximum)
    ax.set_yticks(ticks)
    ax.set_yticklabels([_fmt(t) for t in ticks], fontsize=font_size - 1.5, color="#555555")
    ax.set_rlabel_position(180 / n)
    ax.set_xticks(angles)
    ax.set_xticklabels(
        [textwrap.fill(a, 14) for a in axes],
        fontsize=font_size,
        family=font_family,
        parse_math=False,  # a "$" in a domain name (an instrument file) is a dollar, not math
    )
    ax.tick_params(axis="x", pad=12)
    ax.grid(color="#BBBBBB", linewidth=0.6)
    ax.spines["polar"].set_color("#999999")

    handles = []
    for index, s in enumerate(series):
        style = STYLES[index % len(STYLES)]
        _draw_series(ax, angles, s.values, style)
        handles.append(
            Line2D([], [], linewidth=2, markersize=6, label=s.label, **style)  # type: ignore[arg-type]
        )
    if handles:
        figure.legend(
            handles=handles,
            loc="outside lower center",
            ncols=min(len(handles), 3),
            frameon=False,
            prop={"family": font_family, "size": font_size},
        )
    if title:
        figure.suptitle(title, fontsize=font_size + 2, family=font_family)
    return figure


def _draw_series(ax, angles: list[float], values: Sequence[float | None], style: dict) -> None:  # type: ignore[no-untyped-def, type-arg]
    """Connect consecutive scored axes; a gap (not scored) breaks the line."""
    points = list(zip(angles, values, strict=False))
    gaps = [i for i, (_, v) in enumerate(points) if v is None]
    if not gaps:
        first_angle, first_value = points[0]
        closed = [(a, float(v)) for a, v in points if v is not None]
        closed.append((first_angle + 2 * math.pi, float(first_value or 0)))
        _plot(ax, closed, style)
        ax.fill([a for a, _ in closed], [v for _, v in closed], color=style["color"], alpha=0.08)
        return
    # Start right after a gap and go once around, so segments never wrap.
    start = gaps[0] + 1
    segment: list[tuple[float, float]] = []
    wrapped = [(a + 2 * math.pi, v) for a, v in points[:start]]
    for angle, value in points[start:] + wrapped:
        if value is None:
            _plot(ax, segment, style)
            segment = []
        else:
            segment.append((angle, value))
    _plot(ax, segment, style)


def _plot(ax, segment: list[tuple[float, float]], style: dict) -> None:  # type: ignore[no-untyped-def, type-arg]
    if segment:
        ax.plot(
            [a for a, _ in segment],
            [v for _, v in segment],
            linewidth=2,
            markersize=6,
            **style,
        )


def scale_ticks(minimum: float, maximum: float, most: int = 6) -> list[float]:
    """The rings of a radar (or the lines of a chart) for any scale: every value of a
    short scale (1-5, a 6-rung ladder), every second of 0-10, and for a longer scale a
    round step, never more than `most` + 1 rings; the last ring is the maximum."""
    span = max(float(maximum) - float(minimum), 1.0)
    step = next((s for s in (1, 2, 5, 10, 20, 25, 50) if span / s <= most), math.ceil(span / most))
    ticks = [float(minimum) + i * step for i in range(int(span // step) + 1)]
    if ticks[-1] != maximum:
        ticks.append(float(maximum))
    return ticks


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
