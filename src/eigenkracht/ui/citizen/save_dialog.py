"""Asks the citizen whether the file gets a code, and which one.

The code is shown as it is typed (not as dots): it is short, chosen at home, and must be
written down; seeing it avoids typing mistakes that would lock the citizen out.

Also `ConfirmDialog`, the window's "Weet u het zeker?". Both have a "Lees voor" button
when the computer can read aloud (`speak`), like every screen of the citizen window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.exchange.selfassessment import MAX_CODE, MIN_CODE, code_problem
from eigenkracht.ui.citizen.widgets import (
    STYLE,
    ChoiceButton,
    HeadingLabel,
    QuestionGroup,
    TextSizer,
    big_button,
    check_only,
    label,
    make_answers,
    read_button,
    show_status,
)
from eigenkracht.ui.widgets.screen import fit_dialog, fit_to_screen, scrolling

Speak = Callable[[str], None]


def _read_button(dialog: QWidget, speak: Speak | None, text: Callable[[], str]) -> QPushButton:
    """A "Lees voor" button that reads `text()`; hidden without a speech engine."""
    button = read_button(QCoreApplication.translate("CitizenDialogs", "Dit voorlezen"), dialog)
    button.setObjectName("big")
    button.setText(QCoreApplication.translate("CitizenDialogs", "&Lees voor"))
    if speak is not None:
        button.clicked.connect(lambda _checked=False: speak(text()))
        button.show()
    return button


class SaveDialog(QDialog):
    """After accept(), `code` is the chosen code, or None for a file without one."""

    def __init__(
        self, factor: float, parent: QWidget | None = None, *, speak: Speak | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CitizenSaveDialog")
        self.setWindowTitle(self.tr("Bestand opslaan"))
        self.setStyleSheet(STYLE)
        self.sizer = TextSizer(self, factor)
        self.code: str | None = None

        heading = HeadingLabel(self.tr("Wilt u een code op het bestand?"), self)
        self.heading = heading
        self.sizer.register(heading, 1.4, bold=True)
        self.intro = intro = label(
            self.tr(
                "Kiest u een code? Dan kan alleen iemand met die code het bestand openen. "
                "Vertel de code aan uw hulpverlener."
            ),
            self,
        )
        self.question = QuestionGroup(self)
        self.question.set_question(heading.text(), intro.text())
        self.without = ChoiceButton(
            self.tr("Zonder code"),
            self.tr("Iedereen die het bestand heeft, kan het lezen."),
            self.question,
            self.sizer,
        )
        self.with_code = ChoiceButton(
            self.tr("Met een code"),
            self.tr("U kiest zelf een code van minstens {n} tekens.").format(n=MIN_CODE),
            self.question,
            self.sizer,
        )
        make_answers([self.without, self.with_code])
        self.question.box.addWidget(self.without)
        self.question.box.addWidget(self.with_code)
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
        self.note = note = label(
            self.tr(
                "Schrijf de code op. Zonder de code kan niemand het bestand openen. Ook u niet."
            ),
            self.code_box,
        )
        self.code_label = code_label
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
        self.read_aloud = _read_button(self, speak, self.speech_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_aloud)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)

        # The question scrolls on a small screen (a laptop at 150 %, large text); the
        # buttons below it stay in view.
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        for widget in (heading, intro, self.question, self.code_box, self.problem):
            column.addWidget(widget)
        column.addStretch(1)
        self.scroll_area = scrolling(content, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        self.sizer.apply()
        self._choose(False)
        fit_to_screen(self, 640, 560)

    def speech_text(self) -> str:
        parts = [self.heading.text(), self.intro.text()]
        parts += [b.spoken_text() + "." for b in (self.without, self.with_code)]
        if not self.code_box.isHidden():
            parts += [self.code_label.text().replace("&", ""), self.note.text()]
        if not self.problem.isHidden():
            parts.append(self.problem.text())
        return " ".join(parts)

    def _choose(self, with_code: bool) -> None:
        check_only([self.without, self.with_code], self.with_code if with_code else self.without)
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
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            show_status(
                self.problem,
                self.tr("Kies een code van minstens {n} tekens.").format(n=MIN_CODE),
                assertive=True,
            )
            return
        self.code = self.code_edit.text()
        self.accept()


class ConfirmDialog(QDialog):
    """The window's "Weet u het zeker?" before something typed goes away: the question,
    "Lees voor", the yes button and "Nee, terug" (the default: Return and Escape keep
    everything)."""

    def __init__(
        self,
        question: str,
        yes: str,
        factor: float,
        parent: QWidget | None = None,
        *,
        speak: Speak | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CitizenConfirmDialog")
        self.setWindowTitle(self.tr("Zeker weten?"))
        self.setStyleSheet(STYLE)
        self.sizer = TextSizer(self, factor)
        self.question = HeadingLabel(question, self)
        self.sizer.register(self.question, 1.2, bold=True)
        self.yes_button = big_button(yes, yes, self)
        self.no_button = big_button(self.tr("Nee, terug"), self.tr("Nee, terug"), self)
        self.no_button.setDefault(True)
        self.yes_button.clicked.connect(self.accept)
        self.no_button.clicked.connect(self.reject)
        self.read_aloud = _read_button(self, speak, self.question.text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_aloud)
        buttons.addStretch(1)
        buttons.addWidget(self.yes_button)
        buttons.addWidget(self.no_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(16)
        layout.addWidget(scrolling(self.question, self), 1)
        layout.addLayout(buttons)
        self.sizer.apply()
        self._fit()

    def _fit(self) -> None:
        """About 45 letters of the question a line: 560 px at normal text, wider with
        large text (where 560 px left it only as wide as its buttons); as tall as the
        question at that width, so no scroll bar; fit_dialog keeps it on the screen,
        and the question wraps."""
        letters = self.question.fontMetrics().averageCharWidth() * 45
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        fit_dialog(self, max(560, letters + margins.left() + margins.right()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.no_button.setFocus(Qt.FocusReason.OtherFocusReason)  # Return keeps everything


__all__ = ["ConfirmDialog", "SaveDialog"]
