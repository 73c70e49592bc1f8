"""The radar builder: a pure Figure, both perspectives, gaps where not scored."""

from __future__ import annotations

import io
import sys

from matplotlib.figure import Figure

from eigenkracht.charts.radar import Series, radar_figure

AXES = ["Geldzaken", "Werk en school", "Uw woning", "Relaties thuis", "Hoe voelt u zich"]


def test_returns_a_figure_with_both_perspectives_in_the_legend() -> None:
    figure = radar_figure(
        AXES, [Series("Inwoner", [2, 3, 4, None, 1]), Series("Professional", [1, 3, 4, 2, 2])]
    )
    assert isinstance(figure, Figure)
    legend_texts = [t.get_text() for legend in figure.legends for t in legend.get_texts()]
    assert legend_texts == ["Inwoner", "Professional"]
    ax = figure.axes[0]
    assert [t.get_text().replace("\n", " ") for t in ax.get_xticklabels()] == AXES
    styles = {line.get_linestyle() for line in ax.get_lines()}
    assert len(styles) == 2  # the perspectives differ in line style, not only colour


def test_a_missing_score_breaks_the_line() -> None:
    full = radar_figure(AXES, [Series("Inwoner", [2, 3, 4, 5, 1])])
    gap = radar_figure(AXES, [Series("Inwoner", [2, 3, None, 5, 1])])
    assert len(full.axes[0].get_lines()) == 1
    assert len(gap.axes[0].get_lines()) == 1  # wraps around: 5, 1, 2, 3 is one segment
    data = gap.axes[0].get_lines()[0].get_ydata()
    assert list(data) == [5, 1, 2, 3]


def test_fewer_than_three_axes_says_it_in_words() -> None:
    figure = radar_figure(["Geldzaken", "Uw woning"], [Series("Inwoner", [2, None])])
    texts = [t.get_text() for t in figure.axes[0].texts]
    assert texts == ["Inwoner: Geldzaken: 2"]


def test_renders_to_png_without_pyplot() -> None:
    figure = radar_figure(AXES, [Series("Inwoner", [2, 3, 4, 5, 1])])
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    assert buffer.getvalue().startswith(b"\x89PNG")
    assert "matplotlib.pyplot" not in sys.modules
