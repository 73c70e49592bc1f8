"""Small read-only views and labels shared by pages."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QWidget,
)

from eigenkracht.ui.widgets.plain import plain
from eigenkracht.ui.widgets.theme import ERROR_COLOUR, message_style

# Background and text colours for things that need attention. The text colour is
# set together with the background, so the pair keeps its contrast under any theme;
# the meaning is always in the text as well (never in colour alone).
SOON_BACKGROUND = QColor("#fff0c2")
SOON_FOREGROUND = QColor("#4a3600")
OVERDUE_BACKGROUND = QColor("#fbd3d3")
OVERDUE_FOREGROUND = QColor("#6a0c0c")


def attention_style(name: str, overdue: bool) -> str:
    """A style sheet for a QLabel with this objectName, in the attention colours."""
    back = OVERDUE_BACKGROUND if overdue else SOON_BACKGROUND
    fore = OVERDUE_FOREGROUND if overdue else SOON_FOREGROUND
    return (
        f"QLabel#{name} {{ background-color: {back.name()}; color: {fore.name()};"
        " padding: 1px 4px; border-radius: 3px; }"
    )


class PlainLabel(QLabel):
    """A label that shows any text as plain text: never as markup, and with control
    characters and bidi overrides neutralised (ui.widgets.plain)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(plain(text))


def text_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A plain-text label whose text can be selected and copied (never rich text)."""
    label = PlainLabel(text, parent)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MessageLabel(QLabel):
    """An inline message under a form: plain text, bold, in an error colour, read out
    by screen readers when it appears. Hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineMessage")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The red, made readable on this palette's window (it is 1.7:1 on dark grey).
        self.setStyleSheet(message_style("inlineMessage", ERROR_COLOUR, self.palette()))
        self.setAccessibleName(self.tr("Melding"))
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(plain(message))
        self.setVisible(bool(message))
        if message and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))


class MessageBar(QFrame):
    """A message with an icon and words, so colour is never the only carrier."""

    STYLES: ClassVar[dict[str, tuple[str, str, QStyle.StandardPixmap]]] = {
        "problem": ("#FDECEA", "#B3261E", QStyle.StandardPixmap.SP_MessageBoxWarning),
        "info": ("#E8F1FB", "#1F5F99", QStyle.StandardPixmap.SP_MessageBoxInformation),
        "difference": ("#FFF4CE", "#8A6100", QStyle.StandardPixmap.SP_MessageBoxQuestion),
    }

    def __init__(self, kind: str, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        background, border, pixmap = self.STYLES[kind]
        self.setObjectName(f"messageBar_{kind}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: {background};"
            f" border: 2px solid {border}; border-radius: 4px; }}"
            f" QFrame#{self.objectName()} QLabel {{ color: #1A1A1A; background: transparent; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.icon = QLabel(self)
        size = self.fontMetrics().height() + 6
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.icon)
        self.label = PlainLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def add_button(self, text: str, name: str) -> QPushButton:
        """A button beside the message (for example: undo what the message reports)."""
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(button)
        return button

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def reserve(self, lines: int) -> None:
        """Keep the room of `lines` lines of text, also while there is no message: a
        message that comes, goes or changes then moves nothing around it (a field under
        it stays where the user is typing). A longer message still gets its room."""
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        measure = QLabel()  # as tall as `lines` lines of the label's text, exactly
        measure.setFont(self.label.font())
        measure.setWordWrap(True)
        measure.setText("\n".join(["X"] * lines))
        self.label.setMinimumHeight(measure.sizeHint().height())

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


def scroll_to(widget: QWidget) -> None:
    """Scroll every scroll area around `widget` so that it is in view, the innermost
    first; also a part shown just now (the layouts are brought up to date first)."""
    parent = widget.parentWidget()
    while parent is not None:
        inner = parent.widget() if isinstance(parent, QScrollArea) else None
        if isinstance(parent, QScrollArea) and inner is not None:
            layout = inner.layout()
            if layout is not None:
                layout.activate()
            parent.ensureWidgetVisible(widget, 8, 8)
        parent = parent.parentWidget()


class _FocusInView(QObject):
    """Event filter of keep_focus_in_view."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and isinstance(watched, QWidget)
            and event.reason() != Qt.FocusReason.MouseFocusReason  # it is in view already
        ):
            scroll_to(watched)
            # once more when the layout has settled (a card that was just filled)
            QTimer.singleShot(0, self, lambda: self._again(watched))
        return False

    @staticmethod
    def _again(widget: QWidget) -> None:
        try:
            if widget.hasFocus():
                scroll_to(widget)
        except RuntimeError:  # gone before the event loop came round
            pass


def keep_focus_in_view(scroll: QScrollArea) -> None:
    """Scroll to a field of `scroll` that gets the focus by a shortcut, by the program
    (a person just added) or by the keyboard: Qt itself follows only Tab. Call after
    the scroll area's widget is built."""
    inner = scroll.widget()
    if inner is None:
        return
    follower = _FocusInView(scroll)  # lives as long as the area
    for widget in inner.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            widget.installEventFilter(follower)


class CompactSplitter(QSplitter):
    """A splitter whose parts scroll themselves: it asks for the height it needs at
    least, not for their full height. A step in a scroll area (ui/conversation/view.py)
    then scrolls only when the window is smaller than that, and a hint that comes or
    goes does not switch a scroll bar on or off (which shifts everything sideways)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.orientation() == Qt.Orientation.Horizontal:
            hint.setHeight(self.minimumSizeHint().height())
        # Below each other, QSplitter adds the parts' hints, not what they need at least:
        # a step's scroll area (which sizes a step by its hint) would squeeze them.
        return hint.expandedTo(self.minimumSizeHint())


class FittedTableView(QTableView):
    """A read-only table as tall as its rows, for use inside a scrolling page.

    Whole rows are selected, Tab leaves the table, Ctrl+C copies the current cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setHighlightSections(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(self.updateGeometry)
            model.layoutChanged.connect(self.updateGeometry)
        self.updateGeometry()

    def _content_height(self) -> int:
        rows = self.model().rowCount() if self.model() is not None else 0
        body = sum(self.verticalHeader().sectionSizeHint(r) for r in range(rows))
        header = self.horizontalHeader().sizeHint().height()
        scroll = self.horizontalScrollBar()
        extra = scroll.sizeHint().height() if scroll.isVisible() else 0
        return body + header + extra + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self._content_height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self._content_height())


__all__ = [
    "OVERDUE_BACKGROUND",
    "OVERDUE_FOREGROUND",
    "SOON_BACKGROUND",
    "SOON_FOREGROUND",
    "CompactSplitter",
    "FittedTableView",
    "MessageBar",
    "MessageLabel",
    "PlainLabel",
    "attention_style",
    "keep_focus_in_view",
    "scroll_to",
    "text_label",
]
