"""What every screen of the citizen window shares: the `Context` (the one
`SelfAssessment` being filled in, the instrument, the text size, reading aloud) and
`CitizenPage`, the citizen's form of the step protocol (ui/steps/protocol.py).

A citizen page adds to the protocol: `changed` after each edit (the window keeps the
draft from that), `speech_text()` (what "Lees voor" reads), `answered()` (counted
pages: is this question answered) and `counted` (is it a question: "vraag 4 van 18").
It keeps the protocol's `problem()` returning None: every question may be skipped.
`skipped()` pages are passed over by Terug and Verder (the plan's screens when the
citizen makes no plan); `focus_order()` is the Tab order of a page whose widgets are
rebuilt (a list with its "Weghalen" buttons), set by the window after `enter()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from eigenkracht.core.instruments import Instrument
from eigenkracht.exchange.selfassessment import SelfAssessment
from eigenkracht.ui.citizen.widgets import (
    HeadingLabel,
    QuestionGroup,
    TextSizer,
    label,
    read_button,
)
from eigenkracht.ui.steps.protocol import Step

HEADING = 1.5  # headings relative to the window's text


@dataclass
class Context:
    """What every page shares: the answers, the instrument, the text size, reading aloud.

    `plan_declined`: the citizen answered "Nee, nu niet" to making a plan of their own
    (kept in the draft, not in the file). `confirm(question, yes)`: ask before something
    typed goes away (the window's dialog)."""

    content: SelfAssessment
    instrument: Instrument
    sizer: TextSizer
    speak: Callable[[str], None]
    read_buttons: list[QPushButton] = field(default_factory=list)
    plan_declined: bool = False
    confirm: Callable[[str, str], bool] = lambda _question, _yes: True

    def read_button(self, name: str, parent: QWidget, text: Callable[[], str]) -> QPushButton:
        button = read_button(name, parent)
        button.clicked.connect(lambda _checked=False: self.speak(text()))
        self.read_buttons.append(button)
        return button


class CitizenPage(Step):
    """One screen. `counted` pages are questions ("vraag 4 van 18")."""

    changed = Signal()
    submitted = Signal()  # Return in a one-line answer: on to the next question
    counted = True

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 16, 24, 16)
        self.layout_.setSpacing(14)
        self.kicker = label("", self)
        self.kicker.setObjectName("pageKicker")
        ctx.sizer.register(self.kicker, 1.1, bold=True)
        self.kicker.hide()
        self.heading = HeadingLabel("", self)
        self.heading.setObjectName("pageHeading")
        ctx.sizer.register(self.heading, HEADING, bold=True)
        self.help = label("", self)
        self.help.setObjectName("pageHelp")
        self.layout_.addWidget(self.kicker)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.help)
        self.question: QuestionGroup | None = None

    def question_group(self) -> QuestionGroup:
        """The group of this page's answers, named after the question (made once, added
        to the page where it is asked for)."""
        if self.question is None:
            self.question = QuestionGroup(self)
            self.question.set_question(self.heading.text(), self.help.text())
            self.layout_.addWidget(self.question)
        return self.question

    def set_texts(self, heading: str, help_text: str = "", kicker: str = "") -> None:
        """The question (heading), a line of help under it, a topic above it."""
        self.kicker.setText(kicker)
        self.kicker.setVisible(bool(kicker))
        self.heading.setText(heading)
        self.help.setText(help_text)
        self.help.setVisible(bool(help_text))
        if self.question is not None:
            self.question.set_question(self.heading.text(), self.help.text())

    def title(self) -> str:
        return self.heading.text()

    def speech_text(self) -> str:
        texts = (self.kicker.text(), self.heading.text(), self.help.text())
        return " ".join(t if t.endswith(("?", ".", ":", "!")) else f"{t}." for t in texts if t)

    def answered(self) -> bool:
        """A question: has the citizen answered it (the count on the last page)."""
        return False

    def skipped(self) -> bool:
        """Terug and Verder pass this page over (now)."""
        return False

    def focus_order(self) -> list[QWidget]:
        """The page's widgets in Tab order; [] leaves the order as the widgets were made."""
        return []

    def finish(self) -> None:
        self.layout_.addStretch(1)


__all__ = ["HEADING", "CitizenPage", "Context"]
