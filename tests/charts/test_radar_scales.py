"""Radar rings for any scale (issue 12): every value of 1-5 and of a 6-rung ladder,
every second of 0-10, a round step on a long scale; the axis ends at the maximum."""

from __future__ import annotations

import pytest

from eigenkracht.charts.radar import Series, radar_figure, scale_ticks


@pytest.mark.parametrize(
    ("low", "high", "rings"),
    [
        (1, 5, ["1", "2", "3", "4", "5"]),
        (1, 6, ["1", "2", "3", "4", "5", "6"]),
        (0, 10, ["0", "2", "4", "6", "8", "10"]),
        (0, 100, ["0", "20", "40", "60", "80", "100"]),
    ],
)
def test_the_rings_follow_the_scale(low: int, high: int, rings: list[str]) -> None:
    figure = radar_figure(["A", "B", "C", "D"], [Series("U", [low, high, None, high])], low, high)
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == rings
    assert ax.get_ylim()[1] == high


def test_no_more_rings_than_asked() -> None:
    for high in range(2, 60):
        ticks = scale_ticks(0, high)
        assert len(ticks) <= 8 and ticks[0] == 0 and ticks[-1] == high
