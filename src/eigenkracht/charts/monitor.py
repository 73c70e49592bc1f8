"""The charts of the monitor (report/monitor_pdf.py): who does the actions, wellbeing at
the start and now, the change per life domain.

Pure builders: each returns a `matplotlib.figure.Figure`, never touches pyplot or Qt.
They draw only the numbers they are given; a number the monitor does not show (None:
too few cases) is never drawn, the row says "x" instead. Every bar carries its value as
text and the categories differ in hatching as well as colour, so nothing depends on
reading a colour (EN 301 549).
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

# Colour-blind safe (Okabe-Ito), each with its own hatching.
COLOURS = ("#0072B2", "#009E73", "#E69F00", "#CC79A7", "#D55E00")
HATCHES = ("", "//", "..", "\\\\", "xx")
HIDDEN_TEXT = "x (te weinig om te tonen)"
EMPTY_TEXT = "geen cijfers"
MIN_LABEL_SHARE = 7.0  # a segment narrower than this many percent has no number inside


def _say(ax: Axes, x: float, y: float, text: str, font_family: str, font_size: float) -> None:
    ax.text(
        x, y, text, va="center", ha="left", family=font_family, fontsize=font_size, color="#555555"
    )


def shares_figure(
    rows: Sequence[tuple[str, Sequence[float] | None]],
    categories: Sequence[str],
    *,
    size: tuple[float, float] = (7.0, 2.4),
    font_family: str = "DejaVu Sans",
    font_size: float = 8,
) -> Figure:
    """One bar per row (a team, a life domain), 100 % wide, split into `categories`
    with the percentage in each part; a row None is too small to show, an empty one has
    no cases. Rows top to
    bottom in the order given."""
    figure = Figure(figsize=size, dpi=100, layout="constrained")
    ax = figure.add_subplot()
    count = len(rows)
    for position, (_label, shares) in enumerate(rows):
        y = count - 1 - position
        if not shares:
            _say(ax, 1, y, HIDDEN_TEXT if shares is None else EMPTY_TEXT, font_family, font_size)
            continue
        left = 0.0
        for index, share in enumerate(shares):
            if share <= 0:
                continue
            ax.barh(
                y,
                share,
                left=left,
                color=COLOURS[index % len(COLOURS)],
                hatch=HATCHES[index % len(HATCHES)],
                edgecolor="white",
                linewidth=0.6,
                height=0.7,
            )
            if share >= MIN_LABEL_SHARE:
                ax.text(
                    left + share / 2,
                    y,
                    f"{share:.0f}%",
                    ha="center",
                    va="center",
                    family=font_family,
                    fontsize=font_size,
                    color="white",
                    fontweight="bold",
                    bbox={"boxstyle": "round,pad=0.15", "fc": "#00000055", "ec": "none"},
                )
            left += share
    ax.set_xlim(0, 100)
    ax.set_ylim(-0.6, count - 0.4)
    ax.set_yticks(range(count))
    ax.set_yticklabels(
        [label for label, _ in reversed(rows)], family=font_family, fontsize=font_size
    )
    ax.set_xticks([0, 25, 50, 75, 100])
    ax.set_xticklabels(["0%", "25%", "50%", "75%", "100%"], family=font_family, fontsize=font_size)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    handles = [
        Patch(
            facecolor=COLOURS[i % len(COLOURS)],
            hatch=HATCHES[i % len(HATCHES)],
            edgecolor="white",
            label=name,
        )
        for i, name in enumerate(categories)
    ]
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.18),
        ncol=min(len(categories), 5),
        frameon=False,
        prop={"family": font_family, "size": font_size},
    )
    return figure


def averages_figure(
    rows: Sequence[tuple[str, float | None, float | None]],
    labels: tuple[str, str] = ("Bij de start", "Nu"),
    *,
    maximum: float = 10,
    size: tuple[float, float] = (3.4, 2.4),
    font_family: str = "DejaVu Sans",
    font_size: float = 8,
) -> Figure:
    """Two bars per row (the average at the start and now), each with its number; a
    row with neither shown says "x"."""
    figure = Figure(figsize=size, dpi=100, layout="constrained")
    ax = figure.add_subplot()
    count = len(rows)
    height = 0.36
    for position, (_label, start, now) in enumerate(rows):
        y = count - 1 - position
        if start is None and now is None:
            _say(ax, 0.2, y, HIDDEN_TEXT, font_family, font_size)
            continue
        for offset, value, index in ((height / 2, start, 0), (-height / 2, now, 1)):
            if value is None:
                ax.text(0.2, y + offset, "x", va="center", family=font_family, fontsize=font_size)
                continue
            ax.barh(
                y + offset,
                value,
                height=height,
                color=COLOURS[index],
                hatch=HATCHES[index],
                edgecolor="white",
                linewidth=0.6,
            )
            ax.text(
                value + 0.15,
                y + offset,
                f"{value:.1f}".replace(".", ","),
                va="center",
                family=font_family,
                fontsize=font_size,
            )
    ax.set_xlim(0, maximum * 1.15)
    ax.set_ylim(-0.7, count - 0.3)
    ax.set_yticks(range(count))
    ax.set_yticklabels(
        [label for label, _, _ in reversed(rows)], family=font_family, fontsize=font_size
    )
    ax.set_xticks(range(0, int(maximum) + 1, 2))
    ax.tick_params(axis="x", labelsize=font_size)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    handles = [
        Patch(facecolor=COLOURS[i], hatch=HATCHES[i], edgecolor="white", label=labels[i])
        for i in (0, 1)
    ]
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.14),
        ncol=2,
        frameon=False,
        prop={"family": font_family, "size": font_size},
    )
    return figure


__all__ = ["EMPTY_TEXT", "HIDDEN_TEXT", "averages_figure", "shares_figure"]
