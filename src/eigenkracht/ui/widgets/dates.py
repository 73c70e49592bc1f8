"""Dates on screen: one way to write them, and a date field that may stay empty.

Dates are written as the default QLocale writes "ddd dd-MM-yyyy" (the program sets
the default locale to the chosen language, so Dutch shows "do 12-11-2026").
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QToolButton, QWidget

from eigenkracht.ui.widgets.accessibility import name_qt_parts

# The value a NullableDateEdit holds for "no date"; it is shown as the special text.
NO_DATE = QDate(1800, 1, 1)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def format_date(day: dt.date | None, *, weekday: bool = True) -> str:
    """ "do 12-11-2026" (or "12-11-2026" without the weekday); "" for no date."""
    if day is None:
        return ""
    pattern = "ddd dd-MM-yyyy" if weekday else "dd-MM-yyyy"
    return QLocale().toString(qdate(day), pattern)


def relative_days(days: int) -> str:
    """How far away a day is, in words: "over 3 dagen", "vandaag", "2 dagen te laat"."""
    tr = QCoreApplication.translate
    if days == 0:
        return tr("Dates", "vandaag")
    if days == 1:
        return tr("Dates", "morgen")
    if days > 1:
        return tr("Dates", "over {n} dagen").format(n=days)
    if days == -1:
        return tr("Dates", "1 dag te laat")
    return tr("Dates", "{n} dagen te laat").format(n=-days)


def days_ago(days: int) -> str:
    """How long ago a day was: "vandaag", "gisteren", "5 dagen geleden"."""
    tr = QCoreApplication.translate
    if days <= 0:
        return tr("Dates", "vandaag")
    if days == 1:
        return tr("Dates", "gisteren")
    return tr("Dates", "{n} dagen geleden").format(n=days)


def age_in_years(birth: dt.date, today: dt.date) -> int:
    years = today.year - birth.year
    if (today.month, today.day) < (birth.month, birth.day):
        years -= 1
    return years


class NullableDateEdit(QDateEdit):
    """A QDateEdit whose lowest value means "no date" and shows as "geen datum".

    Typing a digit into an empty field starts from `fallback` (so the sections can be
    typed over one by one), and the calendar opens on the fallback's month."""

    def __init__(self, fallback: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fallback = fallback or dt.date.today()
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("geen datum"))
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    @property
    def is_empty(self) -> bool:
        return self.date() == NO_DATE

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.is_empty and event.text().isdigit():
            self.setDate(qdate(self.fallback))
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.is_empty:
            calendar = self.calendarWidget()
            calendar.setCurrentPage(self.fallback.year, self.fallback.month)
        return False


class OptionalDateEdit(QWidget):
    """A date field that allows "no date": a date edit and a button that empties it.

    value() is a datetime.date or None; valueChanged(object) says so too. Focus goes
    to the date edit, so a QLabel can have this widget as its buddy."""

    valueChanged = Signal(object)

    def __init__(
        self,
        value: dt.date | None = None,
        *,
        fallback: dt.date | None = None,
        maximum: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.edit = NullableDateEdit(fallback, self)
        if maximum is not None:
            self.edit.setMaximumDate(qdate(maximum))
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Datum leegmaken"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.set_accessible_name(self.tr("Datum"))
        self.setValue(value)
        self.edit.dateChanged.connect(self._changed)
        name_qt_parts(self)

    def set_accessible_name(self, name: str) -> None:
        """Name the date edit and its clear button for screen readers."""
        self.setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.clear_button.setAccessibleName(self.tr("{name} leegmaken").format(name=name))
        self.edit.calendarWidget().setAccessibleName(
            self.tr("Kalender voor {name}").format(name=name.lower())
        )

    def value(self) -> dt.date | None:
        return None if self.edit.is_empty else pydate(self.edit.date())

    def setValue(self, value: dt.date | None) -> None:
        self.edit.setDate(NO_DATE if value is None else qdate(value))
        self.clear_button.setEnabled(value is not None)

    def clear(self) -> None:
        self.setValue(None)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self) -> None:
        value = self.value()
        self.clear_button.setEnabled(value is not None)
        self.valueChanged.emit(value)


class OptionalDate(QWidget):
    """A check box and a date: a date that may be unknown (None).

    Unlike OptionalDateEdit the check box says what the date is for ("Datum van de
    melding:"), so a form needs no separate label."""

    toggled = Signal()  # by the user: store at once
    dateEdited = Signal()  # by the user: store after the typing delay

    def __init__(self, text: str, name: str, default: dt.date, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(text, self)
        self.check.setAccessibleName(name)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd-MM-yyyy")
        self.edit.setAccessibleName(self.tr("Datum: {name}").format(name=name))
        self.edit.setDate(qdate(default))
        self.edit.setEnabled(False)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self._updating = False
        self.check.clicked.connect(self._clicked)
        self.edit.dateChanged.connect(self._date_changed)

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        return pydate(self.edit.date())

    def set_value(self, value: dt.date | None) -> None:
        self._updating = True
        try:
            self.check.setChecked(value is not None)
            self.edit.setEnabled(value is not None)
            if value is not None:
                self.edit.setDate(qdate(value))
        finally:
            self._updating = False

    def _clicked(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        self.toggled.emit()

    def _date_changed(self) -> None:
        if not self._updating:
            self.dateEdited.emit()


__all__ = [
    "NO_DATE",
    "NullableDateEdit",
    "OptionalDate",
    "OptionalDateEdit",
    "age_in_years",
    "days_ago",
    "format_date",
    "pydate",
    "qdate",
    "relative_days",
]
