"""The then-and-now charts (charts/then_now.py), one builder for the screen and the PDF:
a radar per perspective with its first and latest scores, and wellbeing over time,
from the data of core.plan.then_and_now; the caller's words on them."""

from __future__ import annotations

import datetime as dt
import sys

from matplotlib.figure import Figure

from eigenkracht.charts.then_now import (
    PERSPECTIVES,
    perspective_dates,
    then_now_radar,
    wellbeing_points,
    wellbeing_trend,
)

DATA = {
    "domains": ["Geldzaken", "Werk en school", "Uw woning"],
    "minimum": 1,
    "maximum": 5,
    "perspectives": {
        "burger": {
            "then": [1, 2, None],
            "now": [3, 2, 4],
            "then_date": "2026-03-02",
            "now_date": "2026-11-02",
        },
        "professional": {"then": [2, 2, 2], "now": [2, 3, 3]},
    },
    "wellbeing": [{"date": "2026-03-02", "value": 4}, {"date": "2026-11-02", "value": 6}],
}


def test_a_radar_of_then_against_now_with_the_callers_words() -> None:
    figure = then_now_radar(
        DATA, "burger", title="Uw eigen cijfers", labels=("Toen (2 maart)", "Nu (2 november)")
    )
    assert isinstance(figure, Figure)
    legend = [t.get_text() for legend in figure.legends for t in legend.get_texts()]
    assert legend == ["Toen (2 maart)", "Nu (2 november)"]
    assert figure.get_suptitle() == "Uw eigen cijfers"
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == DATA["domains"]
    now = ax.get_lines()[-1].get_ydata()
    assert list(now) == [3, 2, 4, 3]  # closed: back to the first axis
    shown = then_now_radar(DATA, "burger", title="", labels=("a", "b"), axes=["A", "B", "C"])
    assert [t.get_text() for t in shown.axes[0].get_xticklabels()] == ["A", "B", "C"]


def test_the_dates_and_points_of_the_data() -> None:
    assert PERSPECTIVES == ("burger", "professional")
    assert perspective_dates(DATA, "burger") == (dt.date(2026, 3, 2), dt.date(2026, 11, 2))
    assert perspective_dates(DATA, "professional") == (None, None)
    assert wellbeing_points(DATA) == [(dt.date(2026, 3, 2), 4), (dt.date(2026, 11, 2), 6)]


def test_wellbeing_over_time_at_the_size_asked() -> None:
    figure = wellbeing_trend(DATA, size=(7.0, 2.2))
    assert tuple(figure.get_size_inches()) == (7.0, 2.2)
    assert list(figure.axes[0].get_lines()[0].get_ydata()) == [4, 6]
    assert "matplotlib.pyplot" not in sys.modules
