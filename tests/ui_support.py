"""Checks the screen tests share: what a screen reader and a keyboard user need."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QSlider,
)


def unnamed_interactive(root: QWidget, *, visible_only: bool = False) -> list[str]:
    """Interactive widgets in `root` (itself included) without an accessible name. Qt's
    own parts of a spin box or combo box carry the name of their owner."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE):
            continue
        if visible_only and not widget.isVisibleTo(root):
            continue
        parent, inside = widget.parentWidget(), False
        while parent is not None and not inside:
            inside = isinstance(parent, QAbstractSpinBox | QComboBox)
            parent = None if parent is root else parent.parentWidget()
        if inside:
            continue
        if not widget.accessibleName().strip():
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {text}".rstrip())
    return missing


def labels_without_buddy(root: QWidget) -> list[str]:
    """Labels with a mnemonic (&) or a colon that do not point at their field."""
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if ("&" in label.text() or label.text().endswith(":")) and label.buddy() is None
    ]
