"""Text on a page: fonts scaled from the user's settings, headings, wrapped plain
labels and multi-line text boxes that Tab leaves."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from eigenkracht.ui.widgets.views import PlainLabel


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font, scaled: sizes follow the user's settings, never pixels."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def heading(text: str, parent: QWidget, factor: float = 1.35) -> QLabel:
    """A bold, larger, wrapped plain-text label above a page or a part of it."""
    label = PlainLabel(text, parent)
    label.setFont(scaled_font(label, factor, bold=True))
    label.setWordWrap(True)
    return label


def wrapped_label(text: str, parent: QWidget, *, wrap: bool = True) -> QLabel:
    """A label that shows any text as plain text (user text included), wrapped."""
    label = PlainLabel(text, parent)
    label.setWordWrap(wrap)
    return label


def text_box(parent: QWidget, name: str, lines: int = 3) -> QPlainTextEdit:
    """A multi-line text field where Tab moves on (keyboard users must get out)."""
    box = QPlainTextEdit(parent)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 2 * box.frameWidth() + 12
    box.setMinimumHeight(height)
    box.setMaximumHeight(height)
    return box


__all__ = ["heading", "scaled_font", "text_box", "wrapped_label"]
