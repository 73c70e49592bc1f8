"""Remove a case from this computer, after handover or when its retention period ends.

The laptop is not the archive (domain.md §7). Removing cannot be undone, so the
worker types the case reference to confirm; the button stays off until it matches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.store.errors import StoreError
from eigenkracht.ui.widgets import plain_line, unlimited
from eigenkracht.ui.widgets.problems import problem_text

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository


class RemoveCaseDialog(QDialog):
    """Asks for the reference, then removes the case. `removed` is True afterwards."""

    def __init__(
        self, repo: Repository, case_id: int, reference: str, household: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.case_id = case_id
        self.reference = reference
        self.removed = False
        self.setWindowTitle(self.tr("Dossier verwijderen"))
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "Alles van {household} wordt van deze computer gewist: gesprekken, scores, "
                "netwerk, doelen en plannen. Dit kan niet ongedaan worden gemaakt.\n\n"
                "Doe dit pas als het dossier is overgedragen, of als de bewaartermijn voorbij "
                "is. In het logboek blijft alleen staan dat kenmerk {reference} is verwijderd."
            ).format(household=plain_line(household), reference=plain_line(reference)),
            self,
        )
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        label = QLabel(
            self.tr("Typ het kenmerk &{reference} om te bevestigen:").format(
                reference=plain_line(reference)
            ),
            self,
        )
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_edit = QLineEdit(self)
        unlimited(self.confirm_edit)
        self.confirm_edit.setAccessibleName(self.tr("Kenmerk ter bevestiging"))
        label.setBuddy(self.confirm_edit)
        layout.addWidget(label)
        layout.addWidget(self.confirm_edit)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(self)
        self.remove_button = QPushButton(self.tr("Definitief verwijderen"), self)
        self.remove_button.setAccessibleName(self.tr("Dossier definitief verwijderen"))
        self.remove_button.setEnabled(False)
        self.remove_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self.tr("Annuleren"), self)
        self.cancel_button.setAccessibleName(self.tr("Annuleren"))
        self.cancel_button.setDefault(True)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.remove_button.clicked.connect(self._remove)
        self.cancel_button.clicked.connect(self.reject)
        self.confirm_edit.textChanged.connect(self._typed)

    def _typed(self, text: str) -> None:
        self.remove_button.setEnabled(text.strip() == self.reference)

    def _remove(self) -> None:
        if self.confirm_edit.text().strip() != self.reference:
            return
        try:
            self.repo.remove_case(self.case_id)
        except StoreError as exc:
            self.error.setText(problem_text(exc))
            self.error.show()
            return
        self.removed = True
        self.accept()


__all__ = ["RemoveCaseDialog"]
