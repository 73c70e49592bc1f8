"""Checks the screen tests share: what a screen reader and a keyboard user need."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale
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

from eigenkracht.core import i18n

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


@contextmanager
def program_language(app: object, language: str) -> Iterator[None]:
    """The program in `language` ("en", "nl") inside the block, as ui/app.py starts it
    (Qt's and the program's translators, the default locale, the language property that
    localises instrument texts, core.i18n for printed words); everything as it was after,
    so later tests are not in another language."""
    from PySide6.QtWidgets import QApplication

    from eigenkracht.ui.app import LANGUAGE_PROPERTY, install_translators

    assert isinstance(app, QApplication)
    locale, property_ = QLocale(), app.property(LANGUAGE_PROPERTY)
    printed = i18n._translator
    installed = install_translators(app, language)
    assert installed, f"no {language} translation installed"
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)
        app.setProperty(LANGUAGE_PROPERTY, property_)
        i18n.install(printed)
