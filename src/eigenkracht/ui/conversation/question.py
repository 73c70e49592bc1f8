"""The question of the citizen, in their own words, what matters to them, and how
satisfied they are with their life (0-10)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.model import Conversation, ConversationKind
from eigenkracht.core.problems import question_problems
from eigenkracht.ui.editing.binding import value_binding
from eigenkracht.ui.editing.conversation import conversation_key
from eigenkracht.ui.editing.fields import bind_plain_text
from eigenkracht.ui.steps.protocol import Context, ConversationPage, Page
from eigenkracht.ui.widgets.text import scaled_font, text_box, wrapped_label


class WellbeingScale(QWidget):
    """Eleven big toggle buttons 0-10 with the ends labelled. Tab reaches one button
    (the chosen one); arrow keys, Home, End and the digits choose."""

    chosen = Signal(int)  # by the user

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(4)
        self.group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []
        size = self.fontMetrics().height() * 2 + 8
        for value in range(11):
            button = QPushButton(str(value), self)
            button.setCheckable(True)
            button.setFont(scaled_font(button, 1.3, bold=True))
            button.setMinimumSize(size, size)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(self.tr("Cijfer {value} van 10").format(value=value))
            button.installEventFilter(self)
            self.group.addButton(button, value)
            self.buttons.append(button)
            layout.addWidget(button, 0, value)
        low = wrapped_label(self.tr("0 = heel ontevreden"), self)
        high = wrapped_label(self.tr("10 = heel tevreden"), self)
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(low, 1, 0, 1, 5)
        layout.addWidget(high, 1, 6, 1, 5)
        # The chosen number must stand out, and so must the keyboard focus.
        self.setStyleSheet(
            "QPushButton { border: 1px solid palette(mid); border-radius: 4px;"
            " background: palette(button); color: palette(button-text); padding: 4px; }"
            " QPushButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border: 2px solid palette(shadow); }"
            " QPushButton:focus { border: 3px solid palette(highlight); }"
            " QPushButton:checked:focus { border: 3px solid palette(shadow); }"
        )
        self.group.idClicked.connect(self._clicked)
        self._update_focus_policy()

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[value].setChecked(True)
        self._update_focus_policy()

    def focus_button(self) -> QPushButton:
        value = self.value()
        return self.buttons[5 if value is None else value]

    def _clicked(self, value: int) -> None:
        self._update_focus_policy()
        self.chosen.emit(value)

    def _update_focus_policy(self) -> None:
        target = self.focus_button()
        for button in self.buttons:
            policy = Qt.FocusPolicy.StrongFocus if button is target else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self.buttons:
            assert isinstance(event, QKeyEvent)
            current = self.buttons.index(watched)
            key = event.key()
            target = None
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
                target = max(current - 1, 0)
            elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
                target = min(current + 1, 10)
            elif key == Qt.Key.Key_Home:
                target = 0
            elif key == Qt.Key.Key_End:
                target = 10
            elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not event.modifiers() & (
                Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
            ):
                target = key - Qt.Key.Key_0
            if target is not None:
                button = self.buttons[target]
                if not button.isChecked():
                    button.click()
                button.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)


class QuestionPage(ConversationPage):
    page = Page.QUESTION

    def title(self) -> str:
        return self.tr("De vraag van de inwoner")

    def step_title(self) -> str:
        return self.tr("Vraag")

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        autosave = self.autosave
        where = self.where()
        self.layout_.addWidget(
            wrapped_label(
                self.tr("Schrijf de vraag op zoals de inwoner die zelf zegt, in eigen woorden."),
                self,
            )
        )
        self.layout_.addWidget(self.problem_bar)
        big = 1.15

        question_label = QLabel(self.tr("Wat is uw vraag? In uw &eigen woorden:"), self)
        question_label.setFont(scaled_font(question_label, big, bold=True))
        self.question = text_box(self, self.tr("De vraag in eigen woorden"), lines=4)
        self.question.setFont(scaled_font(self.question, big))
        question_label.setBuddy(self.question)
        self.layout_.addWidget(question_label)
        self.layout_.addWidget(self.question)
        self.question_binding = bind_plain_text(
            autosave, self.question, conversation_key("question"), self.tr("Vraag wijzigen"), where
        )

        matters_label = QLabel(self.tr("&Wat is belangrijk voor u?"), self)
        matters_label.setFont(scaled_font(matters_label, big, bold=True))
        self.what_matters = text_box(self, self.tr("Wat is belangrijk voor de inwoner"), lines=3)
        self.what_matters.setFont(scaled_font(self.what_matters, big))
        matters_label.setBuddy(self.what_matters)
        self.layout_.addWidget(matters_label)
        self.layout_.addWidget(self.what_matters)
        self.matters_binding = bind_plain_text(
            autosave,
            self.what_matters,
            conversation_key("what_matters"),
            self.tr("Wat belangrijk is wijzigen"),
            where,
        )

        wellbeing_box = QGroupBox(self)
        box_layout = QVBoxLayout(wellbeing_box)
        wellbeing_label = QLabel(self.tr("&Hoe tevreden bent u met uw leven?"), wellbeing_box)
        wellbeing_label.setFont(scaled_font(wellbeing_label, big, bold=True))
        box_layout.addWidget(wellbeing_label)
        box_layout.addWidget(wrapped_label(self.tr("Kies een cijfer van 0 tot 10."), wellbeing_box))
        self.wellbeing = WellbeingScale(wellbeing_box)
        box_layout.addWidget(self.wellbeing)
        self.wellbeing_value = QLabel(wellbeing_box)
        self.wellbeing_value.setFont(scaled_font(self.wellbeing_value, 1.5, bold=True))
        self.wellbeing_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box_layout.addWidget(self.wellbeing_value)
        wellbeing_label.setBuddy(self.wellbeing.focus_button())
        self._wellbeing_label = wellbeing_label
        self.layout_.addWidget(wellbeing_box)
        self.layout_.addStretch(1)

        self.wellbeing_binding = value_binding(
            autosave,
            self.wellbeing,
            conversation_key("wellbeing"),
            text=self.tr("Tevredenheid wijzigen"),
            read=self.wellbeing.value,
            show=self.wellbeing.set_value,
            where=where,
        )
        self.wellbeing.chosen.connect(self.wellbeing_binding.changed)
        autosave.valueChanged.connect(self._value_changed)
        self._show_value()

    def _value_changed(self, key: Any) -> None:
        if key == conversation_key("wellbeing"):
            self._show_value()

    def _show_value(self) -> None:
        value = self.autosave.value(conversation_key("wellbeing"))
        if value is None:
            self.wellbeing_value.setText(self.tr("Nog geen cijfer gekozen"))
        else:
            self.wellbeing_value.setText(self.tr("Cijfer: {value} van 10").format(value=value))
        self._wellbeing_label.setBuddy(self.wellbeing.focus_button())

    def first_focus(self) -> QWidget | None:
        return self.question

    def problem(self) -> tuple[str, QWidget | None] | None:
        """core.problems.question_problems, in words, with its widget."""
        value = self.autosave.value
        conversation = Conversation(
            case_id=self.context.case.id or 0,
            date=value(conversation_key("date")) or dt.date.today(),
            kind=value(conversation_key("kind")) or ConversationKind.INTAKE,
            question=str(value(conversation_key("question")) or ""),
        )
        if question_problems(conversation):
            return (
                self.tr("Schrijf de vraag van de inwoner op, in zijn of haar eigen woorden."),
                self.question,
            )
        return None


__all__ = ["QuestionPage", "WellbeingScale"]
