"""The wellbeing axis (charts.trend): each tick label once, whatever the span (issue 11:
a span of two months printed "okt 2026" three times)."""

from __future__ import annotations

import datetime as dt

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from eigenkracht.charts.trend import date_ticks, trend_figure

D = dt.date


def drawn_labels(points: list[tuple[dt.date, float]]) -> list[str]:
    figure = trend_figure(points)
    FigureCanvasAgg(figure).draw()
    return [t.get_text() for t in figure.axes[0].get_xticklabels() if t.get_text()]


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        # Dhr. Kerkhof: nine, six and two weeks before 9 November 2026
        (
            [(D(2026, 9, 7), 3), (D(2026, 9, 28), 4), (D(2026, 10, 26), 5)],
            ["13 sep", "27 sep", "11 okt", "25 okt"],
        ),
        # three months: each month once
        ([(D(2026, 8, 3), 3), (D(2026, 10, 26), 5)], ["aug 2026", "sep 2026", "okt 2026"]),
        # two conversations a week apart: days
        ([(D(2026, 11, 2), 4), (D(2026, 11, 9), 5)], None),
        # one conversation
        ([(D(2026, 11, 9), 6)], None),
        # years of support
        ([(D(2019, 3, 1), 2), (D(2023, 6, 1), 5), (D(2026, 11, 9), 7)], None),
    ],
)
def test_every_month_label_appears_once(points, expected) -> None:
    labels = drawn_labels(points)
    assert len(labels) >= 2 or len(points) == 1
    assert len(labels) == len(set(labels)), labels
    assert 1 <= len(labels) <= 6
    if expected is not None:
        assert labels == expected


def test_the_ticks_name_the_unit_they_step_by() -> None:
    weeks = [label for _, label in date_ticks(D(2026, 10, 20), D(2026, 11, 12))]
    assert weeks and all(label.split()[1] in ("okt", "nov") for label in weeks)
    assert all(label.split()[0].isdigit() for label in weeks)  # "27 okt": days
    months = date_ticks(D(2026, 2, 10), D(2026, 11, 9))
    assert [label for _, label in months] == [
        "mrt 2026",
        "mei 2026",
        "jul 2026",
        "sep 2026",
        "nov 2026",
    ]
    assert all(day.day == 1 for day, _ in months)
    years = [label for _, label in date_ticks(D(1990, 1, 1), D(2026, 1, 1))]
    assert years == ["1990", "2000", "2010", "2020"]
    across = [label for _, label in date_ticks(D(2025, 12, 20), D(2026, 1, 10))]
    assert across[0].endswith("2025") and across[-1].endswith("2026")
    for start, end in ((D(2026, 1, 1), D(2026, 1, 1)), (D(2026, 3, 31), D(2026, 5, 2))):
        labels = [label for _, label in date_ticks(start, end)]
        assert labels and len(labels) == len(set(labels)) <= 6
