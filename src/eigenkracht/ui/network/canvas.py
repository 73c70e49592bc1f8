"""The network map on screen: charts.network_map's Figure in a Qt canvas, with
clicks, drags and double-clicks hit-tested against the same layout.

The map observes; it never changes data. It says what the user did through signals
(personClicked, personDropped, addRequested, personActivated) and the page turns
those into undoable edits of the NetworkBook.

matplotlib is imported when the map is first drawn (never at program start), and
drawing waits until the widget is visible and edits pause (a map whose page was left
before the pause is drawn when shown again). The canvas renders the figure once, when
it is first painted.
"""

from __future__ import annotations

import math
import time
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QVBoxLayout, QWidget

from eigenkracht.core.model import NetworkPerson, Ring, Sector
from eigenkracht.ui.network.texts import ring_text, sector_text
from eigenkracht.ui.sources import forget_sources

REDRAW_DELAY_MS = 120


class DropHint(QWidget):
    """While dragging: a dashed circle under the pointer and where the person will go."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.position = QPointF()
        self.text = ""
        self.hide()

    def show_at(self, position: QPointF, text: str) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self.position = position
        self.text = text
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#1A1A1A"), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        radius = max(self.fontMetrics().height() * 0.8, 8)
        painter.drawEllipse(self.position, radius, radius)
        if self.text:
            metrics = self.fontMetrics()
            width = metrics.horizontalAdvance(self.text) + 12
            height = metrics.height() + 8
            x = self.position.x() + radius + 6
            if x + width > self.width():
                x = self.position.x() - radius - 6 - width
            y = self.position.y() - height / 2
            box = QRectF(x, y, width, height)
            painter.setPen(QPen(QColor("#1A1A1A"), 1))
            painter.setBrush(QColor("#FFF4CE"))
            painter.drawRoundedRect(box, 4, 4)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.text)
        painter.end()


class NetworkMapView(QWidget):
    """Shows network_map_figure(persons, centre_label, names=, highlight=)."""

    personClicked = Signal(int)  # pressed on a person: select them
    personActivated = Signal(int)  # double-clicked a person: edit them
    personDropped = Signal(int, object, object)  # person id, Sector, Ring
    addRequested = Signal(object, object)  # double-click on empty space: Sector, Ring

    def __init__(self, parent: QWidget | None = None, *, editable: bool = True) -> None:
        super().__init__(parent)
        self.editable = editable
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 260)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("De netwerkkaart wordt getekend…"), self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self.placeholder)
        self.canvas: Any = None  # a FigureCanvasQTAgg once drawn
        self.layout_: Any = None  # the charts.network_map.NetworkLayout drawn
        self.persons: list[NetworkPerson] = []
        self.centre_label = ""
        self.names: dict[int, str] = {}
        self.highlight: set[int] = set()
        self.selected: int | None = None
        self._selection_artist: Any = None
        self._drawn: tuple[Any, ...] | None = None
        self._press: tuple[int, QPointF] | None = None
        self._dragging = False
        self.hint: DropHint | None = None
        self.draw_ms = 0.0  # the last figure and canvas built (the render follows)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_DELAY_MS)
        self._timer.timeout.connect(self._draw_if_shown)

    # -- data ---------------------------------------------------------------------

    def set_data(
        self,
        persons: Sequence[NetworkPerson],
        centre_label: str,
        names: Mapping[int, str] | None = None,
        highlight: Collection[int] = (),
    ) -> None:
        from copy import deepcopy

        self.persons = deepcopy(list(persons))  # a picture of now: the book moves on
        self.centre_label = centre_label
        self.names = dict(names or {})
        self.highlight = set(highlight)
        self.setAccessibleDescription(self.describe())
        if self.isVisible():
            self._timer.start()

    def describe(self) -> str:
        """The map in words, for screen readers (the list beside it is the table)."""
        if not self.persons:
            return self.tr("Nog niemand op de netwerkkaart.")
        return self.tr("Netwerkkaart met {count} personen. De lijst ernaast toont hen.").format(
            count=len(self.persons)
        )

    def set_selected(self, person_id: int | None) -> None:
        self.selected = person_id
        self._show_selection()

    def _key(self) -> tuple[Any, ...]:
        return (
            tuple(repr(p) for p in self.persons),
            self.centre_label,
            tuple(sorted(self.names.items())),
            tuple(sorted(self.highlight)),
            self.width(),
            self.height(),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._key() != self._drawn:
            self._timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible() and self._drawn is not None:
            self._timer.start()

    # -- drawing ------------------------------------------------------------------

    def _draw_if_shown(self) -> None:
        if self.isVisible():
            self.draw()  # else showEvent starts the timer again

    def draw(self) -> None:
        """Draw now (normally called by the timer)."""
        self._timer.stop()
        if self._key() == self._drawn:
            return
        start = time.perf_counter()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from eigenkracht.charts.network_map import draw_layout, network_layout

        if self.canvas is None:
            forget_sources()  # what the first import left in linecache

        size = (max(self.width(), 260) / 100, max(self.height(), 260) / 100)
        layout = network_layout(
            self.persons,
            self.centre_label,
            names=self.names,
            highlight=self.highlight,
            size=size,
        )
        figure = draw_layout(self.persons, layout)
        canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
        canvas.setParent(self)
        canvas.setAccessibleName(self.accessibleName())
        canvas.setAccessibleDescription(self.describe())
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMinimumSize(1, 1)
        canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        canvas.installEventFilter(self)
        old, self.canvas = self.canvas, canvas
        if old is not None:
            self._layout.replaceWidget(old, canvas)
            old.removeEventFilter(self)
            old.hide()
            old.deleteLater()
        else:
            self._layout.addWidget(canvas)
        self.layout_ = layout
        self.hint = DropHint(canvas)
        self._selection_artist = None
        self.placeholder.hide()
        canvas.show()  # renders when painted
        self._show_selection(redraw=False)
        self._drawn = self._key()
        self.draw_ms = (time.perf_counter() - start) * 1000

    def _show_selection(self, redraw: bool = True) -> None:
        """A dashed ring around the selected person (drawn over the figure)."""
        if self.canvas is None or self.layout_ is None:
            return
        place = self.layout_.place_of(self.selected) if self.selected is not None else None
        if self._selection_artist is None:
            if place is None:
                return
            from matplotlib.patches import Circle

            axes = self.canvas.figure.axes[0]
            self._selection_artist = Circle(
                (0, 0),
                1,
                fill=False,
                edgecolor="#1A1A1A",
                linewidth=2.2,
                linestyle=(0, (3, 2)),
                zorder=12,
            )
            axes.add_artist(self._selection_artist)
        if place is None:
            self._selection_artist.set_visible(False)
        else:
            self._selection_artist.set_visible(True)
            self._selection_artist.set_center((place.x, place.y))
            self._selection_artist.set_radius(place.radius * 2.1)
        if redraw:
            self.canvas.draw_idle()

    # -- coordinates --------------------------------------------------------------

    def to_data(self, position: QPointF) -> tuple[float, float]:
        """A point of the canvas (logical pixels) in the map's data units."""
        assert self.canvas is not None and self.layout_ is not None
        fx = position.x() / max(self.canvas.width(), 1)
        fy = 1.0 - position.y() / max(self.canvas.height(), 1)
        x, y = self.layout_.from_figure(fx, fy)
        return float(x), float(y)

    def to_canvas(self, x: float, y: float) -> QPointF:
        """Data units to a point of the canvas (for tests and the drop hint)."""
        assert self.canvas is not None and self.layout_ is not None
        fx, fy = self.layout_.to_figure(x, y)
        return QPointF(fx * self.canvas.width(), (1.0 - fy) * self.canvas.height())

    def person_at(self, position: QPointF) -> int | None:
        if self.layout_ is None:
            return None
        place = self.layout_.person_at(*self.to_data(position))
        return None if place is None else place.person_id

    def cell_at(self, position: QPointF, clamp: bool = False) -> tuple[Sector, Ring] | None:
        if self.layout_ is None:
            return None
        found: tuple[Sector, Ring] | None = self.layout_.cell_at(
            *self.to_data(position), clamp=clamp
        )
        return found

    # -- mouse --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.canvas or self.layout_ is None:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            return self._pressed(event)
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            return self._moved(event)
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            return self._released(event)
        if kind == QEvent.Type.MouseButtonDblClick and isinstance(event, QMouseEvent):
            return self._double_clicked(event)
        return False

    def _pressed(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        person_id = self.person_at(event.position())
        self._dragging = False
        self._press = None
        if person_id is not None:
            self._press = (person_id, event.position())
            self.personClicked.emit(person_id)
        return True

    def _moved(self, event: QMouseEvent) -> bool:
        if self._press is None or not self.editable:
            return False
        person_id, origin = self._press
        distance = math.hypot(event.position().x() - origin.x(), event.position().y() - origin.y())
        if not self._dragging and distance < QApplication.startDragDistance():
            return True
        self._dragging = True
        self.canvas.setCursor(Qt.CursorShape.ClosedHandCursor)
        cell = self.cell_at(event.position(), clamp=True)
        name = self.names.get(person_id, "")
        if cell is None:
            text = self.tr("{name}: hier kan niemand staan").format(name=name)
        else:
            text = self.tr("{name} → {sector}, {ring}").format(
                name=name, sector=sector_text(cell[0]), ring=ring_text(cell[1])
            )
        if self.hint is not None:
            self.hint.show_at(event.position(), text)
        return True

    def _released(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        press, dragging = self._press, self._dragging
        self._press, self._dragging = None, False
        if self.hint is not None:
            self.hint.hide()
        if self.canvas is not None:
            self.canvas.unsetCursor()
        if press is None or not dragging:
            return True
        cell = self.cell_at(event.position(), clamp=True)
        if cell is not None:
            self.personDropped.emit(press[0], cell[0], cell[1])
        return True

    def _double_clicked(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        person_id = self.person_at(event.position())
        if person_id is not None:
            self.personActivated.emit(person_id)
            return True
        cell = self.cell_at(event.position())
        if cell is not None and self.editable:
            self.addRequested.emit(cell[0], cell[1])
        return True


__all__ = ["DropHint", "NetworkMapView"]
