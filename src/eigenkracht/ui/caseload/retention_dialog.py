"""Bewaartermijnen: the cases past their retention or handed over, offered for removal.

Each case has a check box, unticked; "Verwijderen…" asks once, naming every ticked case,
and then removes them one by one through Repository.remove_case. Nothing is removed
without that answer (docs/retention.md). The rules are core/retention.py; the years the
organisation's (exchange/organisation.py, [retention]).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.model import CaseKind
from eigenkracht.core.retention import (
    DEFAULT_POLICY,
    CaseRetention,
    Retention,
    RetentionPolicy,
    RetentionReason,
)
from eigenkracht.exchange.organisation import ExportSettingsError
from eigenkracht.store.errors import StoreError
from eigenkracht.ui.caseload.model import Today, today_function
from eigenkracht.ui.widgets import format_date, plain_line, plain_message, text_label
from eigenkracht.ui.widgets.problems import problem_text
from eigenkracht.ui.widgets.screen import fit_to_screen

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository


def organisation_policy() -> tuple[RetentionPolicy, str]:
    """The organisation's years, and the problem with its file ("" when none: then the
    defaults are used and the problem is said)."""
    from eigenkracht.exchange import organisation

    try:
        return organisation.load().retention, ""
    except ExportSettingsError as exc:
        return DEFAULT_POLICY, problem_text(exc)


def kind_text(kind: CaseKind) -> str:
    return (
        QCoreApplication.translate("Retention", "Jeugdwet")
        if kind is CaseKind.JEUGD
        else QCoreApplication.translate("Retention", "Wmo")
    )


def why_text(found: Retention) -> str:
    """Why the case is kept until its end, in the screen's words."""
    since = format_date(found.since, weekday=False)
    match found.reason:
        case RetentionReason.OPEN:
            return QCoreApplication.translate(
                "Retention", "de bewaartermijn begint als het dossier wordt afgesloten"
            )
        case RetentionReason.SET_ON_CASE:
            return QCoreApplication.translate("Retention", "deze datum staat op het dossier zelf")
        case RetentionReason.JEUGD:
            return QCoreApplication.translate(
                "Retention", "Jeugdwet: {years} jaar na de laatste wijziging op {since}"
            ).format(years=found.years, since=since)
        case RetentionReason.WMO_SUPPORT:
            return QCoreApplication.translate(
                "Retention", "Wmo met ondersteuning: {years} jaar na het afsluiten op {since}"
            ).format(years=found.years, since=since)
        case RetentionReason.WMO_NO_SUPPORT:
            return QCoreApplication.translate(
                "Retention", "Wmo zonder ondersteuning: {years} jaar na het afsluiten op {since}"
            ).format(years=found.years, since=since)


def retention_line(found: Retention, today: dt.date) -> str:
    """ "Bewaren tot: 14-09-2041 (why)", or that the case still runs (the overview)."""
    if found.end is None:
        return QCoreApplication.translate("Retention", "Dossier loopt nog: {why}.").format(
            why=why_text(found)
        )
    if found.past(today):
        return QCoreApplication.translate(
            "Retention", "⚠ Bewaren tot: {date}, de bewaartermijn is voorbij ({why})."
        ).format(date=format_date(found.end, weekday=False), why=why_text(found))
    return QCoreApplication.translate("Retention", "Bewaren tot: {date} ({why}).").format(
        date=format_date(found.end, weekday=False), why=why_text(found)
    )


def state_text(line: CaseRetention) -> str:
    """Why a case is on the list: past its end, handed over, or both; and why that end."""
    parts = []
    if line.handed_over_on is not None:
        day = format_date(line.handed_over_on, weekday=False)
        if line.handed_over_to:
            parts.append(
                QCoreApplication.translate("Retention", "Overgedragen op {date} aan {name}").format(
                    date=day, name=plain_line(line.handed_over_to)
                )
            )
        else:
            parts.append(
                QCoreApplication.translate("Retention", "Overgedragen op {date}").format(date=day)
            )
    if line.end is None:
        parts.append(QCoreApplication.translate("Retention", "het dossier loopt nog"))
    elif line.past:
        parts.append(
            QCoreApplication.translate(
                "Retention", "Bewaren tot {date}: de bewaartermijn is voorbij ({why})"
            ).format(date=format_date(line.end, weekday=False), why=why_text(line.retention))
        )
    else:
        parts.append(
            QCoreApplication.translate("Retention", "bewaren tot {date} ({why})").format(
                date=format_date(line.end, weekday=False), why=why_text(line.retention)
            )
        )
    return "; ".join(parts) + "."


class RetentionDialog(QDialog):
    """The list of cases that may go. `removed` holds the ids removed while it was open."""

    def __init__(
        self,
        repo: Repository,
        *,
        today: Today = None,
        policy: RetentionPolicy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self._today = today_function(today)
        problem = ""
        if policy is None:
            policy, problem = organisation_policy()
        self.policy = policy
        self.removed: list[int] = []
        self.boxes: dict[int, QCheckBox] = {}
        self.lines: list[CaseRetention] = []
        self.setWindowTitle(self.tr("Bewaartermijnen"))
        self.setObjectName("RetentionDialog")

        layout = QVBoxLayout(self)
        intro = text_label(
            self.tr(
                "Deze dossiers hoeven niet langer op deze computer te staan: de "
                "bewaartermijn is voorbij, of het dossier is overgedragen aan een collega. "
                "Vink aan wat weg mag en kies Verwijderen. Er wordt niets verwijderd "
                "voordat u dat nog een keer bevestigt."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.policy_problem = text_label(
            self.tr("Het bestand van de organisatie klopt niet, dus gelden de gewone termijnen: ")
            + problem,
            self,
        )
        self.policy_problem.setWordWrap(True)
        self.policy_problem.setVisible(bool(problem))
        layout.addWidget(self.policy_problem)

        self.list_widget = QWidget()
        self.list_widget.setObjectName("retentionList")
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(4, 4, 4, 4)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.list_widget)
        self.scroll_area.setAccessibleName(self.tr("Dossiers die weg mogen"))
        layout.addWidget(self.scroll_area, 10)
        self.empty_label = text_label(
            self.tr(
                "Er zijn geen dossiers voorbij de bewaartermijn en geen overgedragen dossiers."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.error = text_label("", self)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)  # holds the rest of the space when the list is empty

        buttons = QDialogButtonBox(self)
        self.remove_button = QPushButton(self.tr("&Verwijderen…"), self)
        self.remove_button.setAccessibleName(self.tr("Aangevinkte dossiers definitief verwijderen"))
        self.remove_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.setDefault(True)
        self.close_button.setAccessibleName(self.tr("Bewaartermijnen sluiten"))
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.remove_button.clicked.connect(self.remove_ticked)
        self.close_button.clicked.connect(self.reject)
        fit_to_screen(self, 760, 460)
        self.refresh()

    def refresh(self) -> None:
        """Read the list again; every box unticked."""
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.boxes.clear()
        today = self._today()
        self.lines = self.repo.removable_cases(today, self.policy)
        for line in self.lines:
            box = QCheckBox(
                self.tr("{reference} · {household} · {kind}")
                .format(
                    reference=plain_line(line.reference),
                    household=plain_line(line.household_name),
                    kind=kind_text(line.case_kind),
                )
                .replace("&", "&&"),  # user text: an "&" is no Alt letter
                self.list_widget,
            )
            box.setObjectName(f"retentionCase{line.case_id}")
            box.setAccessibleName(
                self.tr("Verwijderen: {reference}, {household}").format(
                    reference=plain_line(line.reference), household=plain_line(line.household_name)
                )
            )
            box.toggled.connect(self._ticked)
            detail = QLabel(state_text(line), self.list_widget)
            detail.setTextFormat(Qt.TextFormat.PlainText)
            detail.setWordWrap(True)
            detail.setIndent(24)
            box.setAccessibleDescription(detail.text())
            self.list_layout.addWidget(box)
            self.list_layout.addWidget(detail)
            self.boxes[line.case_id] = box
        self.list_layout.addStretch(1)
        self.scroll_area.setVisible(bool(self.lines))
        self.empty_label.setVisible(not self.lines)
        self._ticked()

    def ticked(self) -> list[CaseRetention]:
        return [line for line in self.lines if self.boxes[line.case_id].isChecked()]

    def _ticked(self) -> None:
        self.remove_button.setEnabled(bool(self.ticked()))

    def remove_ticked(self) -> None:
        chosen = self.ticked()
        if not chosen:
            return
        names = "\n".join(
            f"• {plain_line(line.reference)} ({plain_line(line.household_name)})" for line in chosen
        )
        question = self.tr(
            "Deze dossiers worden definitief van deze computer gewist, met alle gesprekken, "
            "scores, netwerk, doelen en plannen:\n\n{names}\n\nDit kan niet ongedaan worden "
            "gemaakt. In het logboek blijft alleen het kenmerk staan. Doorgaan?"
        ).format(names=names)
        answer = QMessageBox.question(
            self,
            self.tr("Dossiers verwijderen"),
            plain_message(question),  # names as typed, never rich text
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.error.hide()
        for line in chosen:
            try:
                self.repo.remove_case(line.case_id)
            except StoreError as exc:
                self.error.setText(problem_text(exc))
                self.error.show()
                break
            self.removed.append(line.case_id)
        self.refresh()


__all__ = [
    "RetentionDialog",
    "kind_text",
    "organisation_policy",
    "retention_line",
    "state_text",
    "why_text",
]
