"""Asks the citizen whether the file gets a code, and which one.

The code is shown as it is typed (not as dots): it is short, chosen at home, and must be
written down; seeing it avoids typing mistakes that would lock the citizen out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from eigenkracht.exchange.selfassessment import MAX_CODE, MIN_CODE, code_problem
from eigenkracht.ui.citizen.widgets import STYLE, ChoiceButton, TextSizer, big_button, label


class SaveDialog(QDialog):
    """After accept(), `code` is the chosen code, or None for a file without one."""

    def __init__(self, factor: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CitizenSaveDialog")
        self.setWindowTitle(self.tr("Bestand opslaan"))
        self.setStyleSheet(STYLE)
        self.sizer = TextSizer(self, factor)
        self.code: str | None = None

        heading = label(self.tr("Wilt u een code op het bestand?"), self)
        self.sizer.register(heading, 1.4, bold=True)
        intro = label(
            self.tr(
                "Kiest u een code? Dan kan alleen iemand met die code het bestand openen. "
                "Vertel de code aan uw hulpverlener."
            ),
            self,
        )
        self.without = ChoiceButton(
            self.tr("Zonder code"),
            self.tr("Iedereen die het bestand heeft, kan het lezen."),
            self,
            self.sizer,
        )
        self.with_code = ChoiceButton(
            self.tr("Met een code"),
            self.tr("U kiest zelf een code van minstens {n} tekens.").format(n=MIN_CODE),
            self,
            self.sizer,
        )
        self.without.clicked.connect(lambda _c=False: self._choose(False))
        self.with_code.clicked.connect(lambda _c=False: self._choose(True))

        self.code_box = QWidget(self)
        box = QVBoxLayout(self.code_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.code_edit = QLineEdit(self.code_box)
        self.code_edit.setAccessibleName(self.tr("Uw code"))
        self.code_edit.setMaxLength(MAX_CODE)
        code_label = QLabel(self.tr("&Uw code:"), self.code_box)
        code_label.setBuddy(self.code_edit)
        self.sizer.register(code_label, 1.0, bold=True)
        note = label(
            self.tr(
                "Schrijf de code op. Zonder de code kan niemand het bestand openen. Ook u niet."
            ),
            self.code_box,
        )
        box.addWidget(code_label)
        box.addWidget(self.code_edit)
        box.addWidget(note)

        self.problem = label("", self)
        self.problem.setObjectName("problem")
        self.problem.hide()

        self.ok_button = big_button(self.tr("&Verder"), self.tr("Verder: plek kiezen"), self)
        self.ok_button.setDefault(True)
        self.cancel_button = big_button(self.tr("&Annuleren"), self.tr("Annuleren"), self)
        self.ok_button.clicked.connect(self._accept)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        for widget in (heading, intro, self.without, self.with_code, self.code_box, self.problem):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.sizer.apply()
        self._choose(False)
        self.resize(640, 560)

    def _choose(self, with_code: bool) -> None:
        self.without.setChecked(not with_code)
        self.with_code.setChecked(with_code)
        self.code_box.setVisible(with_code)
        self.problem.hide()
        if with_code:
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _accept(self) -> None:
        if not self.with_code.isChecked():
            self.code = None
            self.accept()
            return
        problem = code_problem(self.code_edit.text())
        if problem:
            self.problem.setText(
                self.tr("Kies een code van minstens {n} tekens.").format(n=MIN_CODE)
            )
            self.problem.show()
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.code = self.code_edit.text()
        self.accept()


__all__ = ["SaveDialog"]
