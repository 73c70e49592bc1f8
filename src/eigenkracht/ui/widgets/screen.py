"""Windows that fit the screen they open on (design.md: a laptop's 1366×768 at 100 % and 150 %).

`fit_to_screen` gives a window its size, capped to the free area of its screen.
`restore_geometry` / `saved_geometry` remember where a window was and how large, and put
it back on the screen it now opens on (a laptop without its second monitor, a higher
scale). `scrolling` puts a dialog's content in a scroll area, so that on a small screen the
content scrolls and the button row below it stays in view.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

# Room for the window manager's title bar and frame, which availableGeometry() leaves in:
# above and below, and left and right.
FRAME_ALLOWANCE = 40
SIDE_ALLOWANCE = 8


def _screen(window: QWidget) -> QScreen | None:
    return window.screen() or QGuiApplication.primaryScreen()


def free_area(window: QWidget) -> QRect:
    """The part of the window's screen a window may take, its title bar included."""
    screen = _screen(window)
    if screen is None:
        return QRect(0, 0, 1366, 768)
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to width×height, or to the free area of its screen where that is
    smaller, so that no button opens below the bottom edge of a laptop screen."""
    free = free_area(window)
    width = min(width, free.width() - SIDE_ALLOWANCE)
    height = min(height, free.height() - FRAME_ALLOWANCE)
    window.resize(max(width, 1), max(height, 1))


def fit_dialog(dialog: QWidget, width: int, height: int | None = None) -> None:
    """Give a dialog `width` (capped to the screen) and the height its content asks for
    at that width (or `height`), capped to the screen: content in a `scrolling` area then
    scrolls instead of being squeezed, and the buttons stay on the screen."""
    free = free_area(dialog)
    room = free.width() - SIDE_ALLOWANCE
    width = max(min(width, room), min(dialog.minimumSizeHint().width(), room))
    if height is None:
        # Lay the content out at this width first: a scrolling() area then asks for the
        # height of its content at the width it really gets.
        dialog.resize(width, max(dialog.height(), 1))
        layout = dialog.layout()
        if layout is not None:
            layout.activate()
        height = dialog.sizeHint().height()
        if layout is not None and layout.hasHeightForWidth():
            height = max(height, layout.totalHeightForWidth(width))
    fit_to_screen(dialog, width, height)


def onto_screen(window: QWidget) -> None:
    """Move and shrink `window` so that it lies inside the free area of its screen."""
    free = free_area(window)
    width = min(window.width(), free.width() - SIDE_ALLOWANCE)
    height = min(window.height(), free.height() - FRAME_ALLOWANCE)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 1), max(height, 1))
    x = min(max(window.x(), free.left()), free.right() + 1 - SIDE_ALLOWANCE - width)
    y = min(max(window.y(), free.top()), free.bottom() + 1 - FRAME_ALLOWANCE - height)
    if (x, y) != (window.x(), window.y()):
        window.move(x, max(y, free.top()))


def saved_geometry(window: QWidget) -> str:
    """The window's place and size as text for a setting (QWidget.saveGeometry)."""
    return bytes(window.saveGeometry().toBase64().data()).decode("ascii")


def restore_geometry(window: QWidget, saved: str, width: int, height: int) -> None:
    """Put `window` where `saved` (from saved_geometry) says, kept on the screen; without
    a usable `saved`, the first start: width×height fitted to the screen."""
    restored = False
    if saved:
        try:
            restored = window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))
        except (UnicodeEncodeError, ValueError):
            restored = False
    if restored:
        onto_screen(window)
    else:
        fit_to_screen(window, width, height)


def scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    """`content` in a frameless vertical scroll area: on a small screen or at a large
    scale the content scrolls and what comes after the area (the buttons) stays in view.
    The area asks for the content's full height, so on a large screen nothing scrolls."""
    area = _FittingScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, which it shows
    area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
    content.setAutoFillBackground(False)
    area.viewport().setAutoFillBackground(False)
    return area


def scrolling_column(parent: QWidget, *parts: QWidget | QLayout) -> QScrollArea:
    """`parts` below each other, at the top of a `scrolling` area: a dialog's fields,
    with its buttons after the area."""
    content = QWidget(parent)
    column = QVBoxLayout(content)
    column.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    column.addStretch(1)
    return scrolling(content, parent)


def refit_scroll_area(content: QWidget) -> None:
    """Let the scroll area around `content` (a step) size it anew after its minimum
    changed: the area hears of a change only in its own layout requests, not in the
    content's."""
    parent = content.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None and parent.widget() is content:
        QCoreApplication.postEvent(parent, QEvent(QEvent.Type.LayoutRequest))


def content_width(scroll: QScrollArea) -> int:
    """The width `scroll` needs at least: its content's minimum, a vertical scroll bar
    beside it and the frame (so that it never scrolls sideways)."""
    inner = scroll.widget()
    width = inner.minimumSizeHint().width() if inner is not None else 0
    return width + scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth()


def content_height(scroll: QScrollArea) -> int:
    """The height `scroll` needs to show all of its content at the width it has."""
    inner = scroll.widget()
    if inner is None:
        return 0
    height = inner.sizeHint().height()
    width = scroll.viewport().width()
    if inner.hasHeightForWidth() and width > 0:
        height = max(height, inner.heightForWidth(width))
    return height + 2 * scroll.frameWidth()


class SplitReflow(QObject):
    """A step's `splitter` side by side where the width the step has (in the
    conversation: its scroll area's) is at least `side_by_side_width()`, else below each
    other; `arrange(wide)` then sizes the parts. When that changes the step's minimum
    height, the scroll area around the step hears of it. Follows the step and the
    widgets in `watched` (the content of a part that scrolls)."""

    def __init__(self, page: QWidget, splitter: QSplitter, *watched: QWidget) -> None:
        super().__init__(page)
        self.page = page
        self.splitter = splitter
        for widget in (page, *watched):
            widget.installEventFilter(self)

    def side_by_side_width(self) -> int:
        raise NotImplementedError

    def arrange(self, wide: bool) -> None:
        """Size the parts for side by side (`wide`) or below each other."""

    def turned(self, wide: bool) -> None:
        """The splitter has just turned (side by side when `wide`)."""

    def available_width(self) -> int:
        """The width the step has: in the conversation, its scroll area's (the step
        itself is never narrower than its minimum, which its parts raise)."""
        parent = self.page.parentWidget()
        return parent.width() if parent is not None else self.page.width()

    def update(self) -> None:
        before = self.page.minimumSizeHint().height()
        wide = self.available_width() >= self.side_by_side_width()
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if wanted != self.splitter.orientation():
            self.splitter.setOrientation(wanted)
            self.turned(wide)
        self.arrange(wide)
        if self.page.minimumSizeHint().height() != before:
            refit_scroll_area(self.page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest):
            self.update()
        return False


class _FittingScrollArea(QScrollArea):
    """A scroll area whose size hint is its content's (at the width it has), so that a
    dialog opens as tall as its content where the screen has room."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        content = self.widget()
        if content is None:
            return hint
        want = content.sizeHint()
        laid_out = self.viewport().width()
        width = laid_out if laid_out > content.minimumSizeHint().width() else want.width()
        height = want.height()
        if content.hasHeightForWidth():
            height = max(height, content.heightForWidth(width))
        margins = self.contentsMargins()
        hint.setWidth(want.width() + margins.left() + margins.right())
        hint.setHeight(height + margins.top() + margins.bottom())
        return hint


class Reflow(QObject):
    """The parts of `box` (a QHBoxLayout in `widget`'s layout) side by side where
    `widget` is wide enough for that, and below each other where it is not (a laptop at
    150 %): no sideways scrolling, no text cut off at the right. `widget` then asks
    only for the width of its widest part."""

    def __init__(self, widget: QWidget, box: QBoxLayout) -> None:
        super().__init__(widget)
        self.widget = widget
        self.box = box
        self.side_by_side_width = 0
        widget.installEventFilter(self)

    def _around(self) -> int:
        """What the widget's layout adds around `box` (margins)."""
        layout = self.widget.layout()
        if layout is None:
            return 0
        margins = layout.contentsMargins()
        return margins.left() + margins.right()

    def update(self) -> None:
        box = self.box
        side_by_side = box.direction() == QBoxLayout.Direction.LeftToRight
        if side_by_side:
            self.side_by_side_width = box.minimumSize().width() + self._around()
        parts = [box.itemAt(i) for i in range(box.count())]
        widest = max((p.minimumSize().width() for p in parts if p is not None), default=0)
        layout = self.widget.layout()
        if layout is not None:  # what else the widget holds needs its width as well
            for i in range(layout.count()):
                other = layout.itemAt(i)
                if other is not None and other.layout() is not box:
                    widest = max(widest, other.minimumSize().width())
        self.widget.setMinimumWidth(widest + self._around())
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if self.widget.width() >= self.side_by_side_width
            else QBoxLayout.Direction.TopToBottom
        )
        if wanted != box.direction():
            box.setDirection(wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.update()
        return False


__all__ = [
    "FRAME_ALLOWANCE",
    "Reflow",
    "SplitReflow",
    "content_height",
    "content_width",
    "fit_dialog",
    "fit_to_screen",
    "free_area",
    "onto_screen",
    "refit_scroll_area",
    "restore_geometry",
    "saved_geometry",
    "scrolling",
    "scrolling_column",
]
