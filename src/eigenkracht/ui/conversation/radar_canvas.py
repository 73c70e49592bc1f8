"""The radar of both perspectives on screen: charts.radar's Figure in a Qt canvas.

matplotlib is imported when the radar is first drawn or before, in idle time after
a conversation opens (`preload`: a module a turn, the longest about 0.1 s, where the
first radar otherwise spent about half a second at once); never at program start.
Drawing waits until the widget is visible and the edits pause, so a click on a level
never waits for the chart. A radar whose page was left before the
pause is drawn when it is shown again, not while hidden. The canvas renders the
figure once, when it is first painted (rendering it at once as well drew it twice:
showing the canvas asks for a render of its own).
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Iterator, Sequence
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from eigenkracht.ui.sources import forget_sources

REDRAW_DELAY_MS = 150

# What the first radar and network map import, in pieces that each take a turn of
# the event loop (each piece imports what it needs and is not yet there).
PRELOAD = (
    "pyparsing",
    "matplotlib",
    "matplotlib.text",
    "matplotlib.collections",
    "matplotlib.image",
    "matplotlib.axes",
    "matplotlib.projections",
    "matplotlib.figure",
    "matplotlib.backends.backend_qtagg",
    "eigenkracht.charts.radar",
    "eigenkracht.charts.network_map",
)


def preload() -> Iterator[str]:
    """Import PRELOAD a module at each next(); then forget their sources."""
    if PRELOAD[-1] in sys.modules:
        return
    for name in PRELOAD:
        importlib.import_module(name)
        yield name
    forget_sources()


SeriesData = tuple[str, Sequence[int | None]]


class RadarCanvas(QWidget):
    """Shows radar_figure(axes, series, minimum, maximum); redraws after set_data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 280)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("De radar wordt getekend…"), self)
        self.placeholder.setWordWrap(True)
        self._layout.addWidget(self.placeholder)
        self.canvas: Any = None  # a FigureCanvasQTAgg once drawn
        self._data: tuple[list[str], list[SeriesData], float, float] | None = None
        self._drawn: tuple[Any, ...] | None = None
        self.draw_ms = 0.0  # the last figure and canvas built (the render follows)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_DELAY_MS)
        self._timer.timeout.connect(self._draw_if_shown)

    def set_data(
        self,
        axes: Sequence[str],
        series: Sequence[SeriesData],
        minimum: float,
        maximum: float,
    ) -> None:
        self._data = (list(axes), [(label, list(v)) for label, v in series], minimum, maximum)
        self.setAccessibleDescription(self.describe())
        if self.isVisible():
            self._timer.start()

    def describe(self) -> str:
        """The chart in words, for screen readers."""
        if self._data is None or not self._data[0]:
            return self.tr("Nog geen leefgebieden gekozen.")
        axes, series, _, _ = self._data
        parts = []
        for label, values in series:
            scored = ", ".join(
                f"{axis} {'–' if value is None else value}"
                for axis, value in zip(axes, values, strict=False)
            )
            parts.append(f"{label}: {scored}")
        return ". ".join(parts)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._data is not None and self._key() != self._drawn:
            self._timer.start()

    def _key(self) -> tuple[Any, ...] | None:
        if self._data is None:
            return None
        axes, series, minimum, maximum = self._data
        return (tuple(axes), tuple((label, tuple(v)) for label, v in series), minimum, maximum)

    def _draw_if_shown(self) -> None:
        if self.isVisible():
            self.draw()  # else showEvent starts the timer again

    def draw(self) -> None:
        """Draw now (normally called by the timer)."""
        self._timer.stop()
        if self._data is None or self._key() == self._drawn:
            return
        start = time.perf_counter()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from eigenkracht.charts.radar import Series, radar_figure

        if self.canvas is None:
            forget_sources()  # what the first import left in linecache

        axes, series, minimum, maximum = self._data
        if not axes:
            self.placeholder.setText(
                self.tr("Kies leefgebieden om te bespreken. Dan verschijnt hier de radar.")
            )
            self.placeholder.show()
            if self.canvas is not None:
                self.canvas.hide()
            self._drawn = self._key()
            return
        figure = radar_figure(
            axes,
            [Series(label, values) for label, values in series],
            minimum,
            maximum,
            size=(max(self.width(), 200) / 100, max(self.height(), 200) / 100),
            font_size=9,
        )
        canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
        canvas.setParent(self)
        canvas.setAccessibleName(self.accessibleName())
        canvas.setAccessibleDescription(self.describe())
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMinimumSize(1, 1)
        old, self.canvas = self.canvas, canvas
        if old is not None:
            self._layout.replaceWidget(old, canvas)
            old.hide()
            old.deleteLater()
        else:
            self._layout.addWidget(canvas)
        self.placeholder.hide()
        canvas.show()  # renders when painted
        self._drawn = self._key()
        self.draw_ms = (time.perf_counter() - start) * 1000


__all__ = ["RadarCanvas"]
