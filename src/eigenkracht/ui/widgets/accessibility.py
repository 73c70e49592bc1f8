"""Names for the parts Qt builds inside its own widgets.

A table's header and corner button, a line edit's clear button, a combo box's
list and the buttons of a date field's calendar have no accessible name of
their own. name_qt_parts() gives each one a Dutch name (and leaves names that
are set alone); call it after building a screen and after adding rows to it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QToolButton,
    QWidget,
)


def _part_names() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "qt_calendar_prevmonth": tr("QtParts", "Vorige maand"),
        "qt_calendar_nextmonth": tr("QtParts", "Volgende maand"),
        "qt_calendar_monthbutton": tr("QtParts", "Maand kiezen"),
        "qt_calendar_yearbutton": tr("QtParts", "Jaar kiezen"),
        "qt_calendar_yearedit": tr("QtParts", "Jaar"),
        "qt_calendar_calendarview": tr("QtParts", "Kalender"),
        "qt_tableview_cornerbutton": tr("QtParts", "Alles selecteren"),
    }


def _name_for(widget: QWidget, names: dict[str, str]) -> str:
    tr = QCoreApplication.translate
    if widget.objectName() in names:
        return names[widget.objectName()]
    parent = widget.parentWidget()
    if isinstance(widget, QHeaderView):
        if widget.orientation() == Qt.Orientation.Horizontal:
            return tr("QtParts", "Kolomkoppen")
        return tr("QtParts", "Rijkoppen")
    if isinstance(widget, QToolButton) and isinstance(parent, QLineEdit):
        return tr("QtParts", "Tekst wissen")
    if isinstance(widget, QAbstractItemView):
        # the list of a combo box sits in a popup frame whose parent is the combo box
        owner = parent.parentWidget() if parent is not None else None
        if isinstance(owner, QComboBox):
            return tr("QtParts", "Keuzelijst")
    return ""


def name_qt_parts(root: QWidget) -> None:
    """Give Qt's own inner widgets under root a name for screen readers."""
    names = _part_names()
    for widget in root.findChildren(QWidget):
        if widget.accessibleName():
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the line edit of a spin box or combo box: named by its owner
        name = _name_for(widget, names)
        if name:
            widget.setAccessibleName(name)


__all__ = ["name_qt_parts"]
