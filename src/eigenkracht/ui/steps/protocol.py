"""The step protocol: one screen of a guided sequence, shown one at a time.

Every step (`Step`) answers four questions for the window that shows it:

- `title()`: what the step is called;
- `enter()`: the step is shown: show what is stored (never save on leaving: every
  edit is stored as it is made);
- `problem()`: why one cannot go on from here yet, in Dutch, and which widget to fix
  (None: go on);
- `first_focus()`: where the keyboard starts.

The kitchen-table conversation (`ConversationPage`) adds its place in the law's order
(`Page`), the short name in the list of steps, and where an undo or redo lands;
its steps share a `Context` (the conversation's autosave, the instrument, the case).
The citizen's self-assessment (ui/citizen/pages.py) adds reading aloud and a
`changed` signal for its draft. A stepper is the only place that knows all its
steps (ui/conversation/view.py, ui/citizen/window.py); steps never import each
other (tests/core/test_layering.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from eigenkracht.ui.widgets.text import heading
from eigenkracht.ui.widgets.views import MessageBar

if TYPE_CHECKING:
    from eigenkracht.core.instruments import Instrument
    from eigenkracht.core.model import Case, Member
    from eigenkracht.ui.editing.conversation import Autosave


class Step(QWidget):
    """One screen of a guided sequence. Subclasses override what differs."""

    def title(self) -> str:
        raise NotImplementedError

    def enter(self) -> None:
        """The step is shown: show what is stored."""

    def problem(self) -> tuple[str, QWidget | None] | None:
        """Why one cannot go on from here yet (and the widget to fix), or None."""
        return None

    def first_focus(self) -> QWidget | None:
        """Where the keyboard starts when the step is shown."""
        return None


class Page(IntEnum):
    """The steps of the conversation, in the order of the law: question, life domains,
    own network, then goals (Wmo 2015 art. 2.3.2 lid 4), the summary the citizen checks
    ("Klopt het zo?") and then the plan they sign.

    A conversation stores the NAME of the page it was left on, so a new step may go
    anywhere; the values must stay 0, 1, 2, ... (they are the rows of the step list)."""

    START = 0
    QUESTION = 1
    DOMAINS = 2
    NETWORK = 3
    GOALS = 4
    SUMMARY = 5
    PLAN = 6


@dataclass
class Context:
    """What every page needs: the stored values and what the conversation is about.

    `instrument` is the conversation's first instrument (the network and the plan
    name its domains); `instruments` all those it uses now, in the interface
    language (the start step changes them; the stepper keeps this list current), and
    `offered` what the start step offers."""

    autosave: Autosave
    instrument: Instrument
    case: Case
    members: list[Member]
    instruments: list[Instrument] = field(default_factory=list)
    offered: list[Instrument] = field(default_factory=list)

    def used(self) -> list[Instrument]:
        return self.instruments or [self.instrument]

    def instrument_of(self, domain: str) -> Instrument:
        """The instrument whose domain this is (the first one that has it)."""
        for instrument in self.used():
            if domain in instrument.domain_keys():
                return instrument
        return self.instrument


class ConversationPage(Step):
    """One step of the conversation. Subclasses set `page`, build their widgets and
    override the protocol methods."""

    page: Page

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.autosave = context.autosave
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.heading = heading(self.title(), self)
        self.layout_.addWidget(self.heading)
        self.problem_bar = MessageBar("problem", self)
        self.problem_bar.hide()

    def step_title(self) -> str:
        """The short name in the list of steps."""
        return self.title()

    def where(self) -> tuple[Page, None]:
        return (self.page, None)

    def enter(self) -> None:
        """The page is shown: show what is stored, forget an old problem."""
        self.show_problem("")

    def navigate_to(self, where: Any) -> None:
        """Undo or redo changed something on this page (`where` from the command)."""

    def meet(self, other: ConversationPage) -> None:
        """`other`, a step of the same conversation, now exists too. The stepper
        builds its steps when needed, in any order, and calls this once on each of
        two steps for the other; a step that works with another links up here."""

    def show_problem(self, text: str, widget: QWidget | None = None) -> None:
        self.problem_bar.set_text(text)
        if text and widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)


__all__ = ["Context", "ConversationPage", "Page", "Step"]
