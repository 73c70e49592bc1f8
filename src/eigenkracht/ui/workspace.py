"""What the main window shows while unlocked: the case list, one case's overview,
or the guided conversation, and the kitchen-table mode.

Kitchen-table mode is on while the screen is shown to a citizen: only the case at
the table is on screen; the case list and anything naming other households is
hidden and cannot be reached until the worker switches the mode off. Starting or
resuming a conversation switches it on.

`location()` says where the worker is, so that after a lock the new workspace can
`restore()` the same place.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.model import ConversationKind
from eigenkracht.store.errors import StoreError
from eigenkracht.store.repository import Repository
from eigenkracht.ui.caseload import CaseListPage, CaseOverview, NewCaseDialog
from eigenkracht.ui.conversation import ConversationView, Page
from eigenkracht.ui.widgets import plain_line
from eigenkracht.ui.widgets.problems import show_problem

if TYPE_CHECKING:
    from pathlib import Path

    from eigenkracht.core.instruments import Catalogue, Instrument
    from eigenkracht.store.database import Store
    from eigenkracht.ui.settings import Settings

log = logging.getLogger(__name__)

CASES = "cases"
OVERVIEW = "overview"
CONVERSATION = "conversation"


@dataclass(frozen=True)
class Location:
    view: str = CASES
    case_id: int | None = None
    conversation_id: int | None = None
    page: int | None = None
    kitchen_table: bool = False


class Workspace(QWidget):
    """Navigation between the case list, a case overview and a conversation."""

    kitchenTableChanged = Signal(bool)
    titleChanged = Signal(str)  # a short description of what is shown, never another client
    undoStackChanged = Signal(object)  # the QUndoStack of the open conversation, or None

    def __init__(
        self,
        store: Store,
        *,
        today: dt.date | None = None,
        settings: Settings | None = None,
        instrument_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Workspace")
        from eigenkracht.core.instruments import load_all, user_instrument_dir

        # The installed instruments: bundled plus the organisation's own files
        # (`instrument_dir`, default core.instruments.user_instrument_dir()); a broken file
        # is left out and listed in instrument_errors. The store checks against the same.
        installed, self.instrument_errors = load_all(
            instrument_dir if instrument_dir is not None else user_instrument_dir()
        )
        self.installed: tuple[Instrument, ...] = tuple(installed)
        self.repo = Repository(store, installed=self.installed)
        self.today = today
        self.settings = settings  # the worker's own name (None: the OS login)
        # Deprecated: the first of the organisation's default set. Kept while the
        # conversation, overview, plan and citizen window move to `catalogue` (issue 12);
        # new code reads the instrument from the assessment through `catalogue`.
        self.instrument: Instrument = self.catalogue.defaults()[0]
        self.kitchen_table = False
        self.case_id: int | None = None
        self.overview: CaseOverview | None = None
        self.conversation: ConversationView | None = None
        self.undo_stack: QUndoStack | None = None

        self.stack = QStackedWidget(self)
        self.cases = CaseListPage(self.repo, today=today, parent=self)
        self.cases.caseOpened.connect(self.open_case)
        self.cases.newCaseRequested.connect(self.new_case)
        self.stack.addWidget(self.cases)

        self.table_bar = self._build_table_bar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table_bar)
        layout.addWidget(self.stack, 1)
        self.table_bar.hide()
        self.cases.refresh()

    @property
    def catalogue(self) -> Catalogue:
        """Where every part finds an instrument (core.instruments.Catalogue): the installed
        ones and the definitions kept with the data, so an assessment made with an
        instrument that is no longer installed stays readable. Built on each use (the
        kept definitions grow as assessments are saved; they are parsed once)."""
        return self.repo.catalogue(self.installed)

    def _build_table_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("kitchenTableBar")
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(bar)
        self.table_label = QLabel(bar)
        self.table_label.setTextFormat(Qt.TextFormat.PlainText)
        self.table_label.setWordWrap(True)
        font = self.table_label.font()
        font.setBold(True)
        self.table_label.setFont(font)
        layout.addWidget(self.table_label, 1)
        self.leave_button = QPushButton(self.tr("&Keukentafel verlaten"), bar)
        self.leave_button.setAccessibleName(self.tr("Keukentafelmodus verlaten"))
        self.leave_button.setAutoDefault(False)
        self.leave_button.clicked.connect(lambda: self.set_kitchen_table(False))
        layout.addWidget(self.leave_button)
        return bar

    # -- where are we --------------------------------------------------------------

    @property
    def view(self) -> str:
        current = self.stack.currentWidget()
        if current is self.conversation and current is not None:
            return CONVERSATION
        if current is self.overview and current is not None:
            return OVERVIEW
        return CASES

    def location(self) -> Location:
        page = int(self.conversation.current_page()) if self.conversation else None
        conversation_id = self.conversation.conversation_id if self.conversation else None
        return Location(self.view, self.case_id, conversation_id, page, self.kitchen_table)

    def restore(self, location: Location) -> None:
        """Go back to where the worker was; quietly fall back to the list if that
        case or conversation is gone."""
        try:
            if location.view == CONVERSATION and location.conversation_id is not None:
                assert location.case_id is not None
                self.open_case(location.case_id)
                self.resume_conversation(location.conversation_id)
                if location.page is not None and self.conversation is not None:
                    self.conversation.goto(Page(location.page), check=False)
            elif location.view == OVERVIEW and location.case_id is not None:
                self.open_case(location.case_id)
                if location.kitchen_table:
                    self.set_kitchen_table(True)
        except StoreError:
            self.show_cases()

    # -- navigation ----------------------------------------------------------------

    def show_cases(self) -> None:
        if self.kitchen_table:
            return  # the list of other households never shows at the table
        self._close_conversation()
        self._drop_overview()
        self.case_id = None
        self.cases.refresh()
        self.stack.setCurrentWidget(self.cases)
        self.titleChanged.emit("")

    def open_case(self, case_id: int) -> None:
        self._close_conversation()
        self._drop_overview()
        self.case_id = case_id
        self.overview = CaseOverview(
            self.repo, case_id, today=self.today, catalogue=self.catalogue, parent=self
        )
        self.overview.back.connect(self.show_cases)
        self.overview.startConversation.connect(self.start_conversation)
        self.overview.resumeConversation.connect(self.resume_conversation)
        self.overview.importSelfAssessment.connect(self.import_selfassessment)
        self.overview.planRequested.connect(self.show_plan)
        self.overview.back_button.setVisible(not self.kitchen_table)
        self.stack.addWidget(self.overview)
        self.stack.setCurrentWidget(self.overview)
        self.titleChanged.emit(self.household())

    def new_case(self) -> None:
        dialog = NewCaseDialog(self.repo, today=self.today, settings=self.settings, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created_case_id is not None:
            self.cases.refresh()
            self.open_case(dialog.created_case_id)

    def import_selfassessment(self, case_id: int, path: Path | None = None) -> None:
        """Read a citizen's self-assessment into this case (ui/selfassessment_import.py)."""
        from eigenkracht.ui.selfassessment_import import SelfAssessmentImportDialog

        dialog = SelfAssessmentImportDialog(
            self.repo, case_id, today=self.today, catalogue=self.catalogue, parent=self
        )
        if not dialog.open_file(path):
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and self.overview is not None:
            self.overview.reload()

    def remove_case(self) -> bool:
        """Remove the open case from this computer, after the worker typed its reference."""
        from eigenkracht.ui.caseload.remove_case import RemoveCaseDialog

        if self.case_id is None or self.kitchen_table or self.overview is None:
            return False
        case_file = self.overview.case_file
        if case_file is None:
            return False
        dialog = RemoveCaseDialog(
            self.repo, self.case_id, case_file.case.reference, self.household(), self
        )
        dialog.exec()
        if dialog.removed:
            self.show_cases()
        return dialog.removed

    def show_plan(self, case_id: int) -> None:
        """The plan versions of this case: preview, save, print, sign; then and now."""
        from eigenkracht.ui.plan.dialog import PlanDialog

        dialog = PlanDialog(self.repo, case_id, self.catalogue, today=self.today, parent=self)
        dialog.exec()
        if self.overview is not None:
            self.overview.reload()

    def start_conversation(self, case_id: int) -> None:
        previous = self.repo.load_case(case_id).conversations
        kind = ConversationKind.PROGRESS if previous else ConversationKind.INTAKE
        try:
            conversation, _, _ = self.repo.start_conversation(
                case_id,
                kind,
                self.today or dt.date.today(),
                self.instrument.id,
                self.instrument.version,
            )
        except StoreError as exc:
            show_problem(self, exc, self.tr("Niet gelukt"))
            return
        assert conversation.id is not None
        self.resume_conversation(conversation.id)

    def resume_conversation(self, conversation_id: int) -> None:
        self._close_conversation()
        self.undo_stack = QUndoStack(self)
        self.conversation = ConversationView(
            self.repo, conversation_id, self.catalogue, self.undo_stack, parent=self
        )
        self.stack.addWidget(self.conversation)
        self.stack.setCurrentWidget(self.conversation)
        self.undoStackChanged.emit(self.undo_stack)
        self.set_kitchen_table(True)
        self.conversation.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave_conversation(self) -> None:
        self._close_conversation()
        if self.overview is not None:
            self.overview.reload()
            self.stack.setCurrentWidget(self.overview)

    # -- kitchen-table mode ----------------------------------------------------------

    def can_enter_kitchen_table(self) -> bool:
        return self.case_id is not None

    def set_kitchen_table(self, on: bool) -> None:
        if on and self.case_id is None:
            on = False
        if on == self.kitchen_table:
            self.kitchenTableChanged.emit(on)
            return
        self.kitchen_table = on
        if not on and self.view == CONVERSATION:
            self.leave_conversation()
        if self.overview is not None:
            self.overview.back_button.setVisible(not on)
        self.table_label.setText(
            self.tr(
                "Keukentafelmodus: alleen het gezin {household} staat op het scherm. "
                "Andere dossiers zijn verborgen."
            ).format(household=plain_line(self.household()))
        )
        self.table_bar.setVisible(on)
        self.kitchenTableChanged.emit(on)

    # -- undo and saving -----------------------------------------------------------

    def undo(self) -> None:
        if self.conversation is not None:
            self.conversation.undo()

    def redo(self) -> None:
        if self.conversation is not None:
            self.conversation.redo()

    def flush(self) -> None:
        """Store what was typed but not yet saved (before a lock or quit)."""
        if self.conversation is not None:
            self.conversation.flush()

    # -- helpers ---------------------------------------------------------------------

    def household(self) -> str:
        if self.overview is not None and self.overview.case_file is not None:
            return self.overview.case_file.case.household_name
        return ""

    def _close_conversation(self) -> None:
        if self.conversation is None:
            return
        self.conversation.flush()
        self.stack.removeWidget(self.conversation)
        self.conversation.deleteLater()
        self.conversation = None
        if self.undo_stack is not None:
            self.undo_stack.deleteLater()
        self.undo_stack = None
        self.undoStackChanged.emit(None)

    def _drop_overview(self) -> None:
        if self.overview is not None:
            self.stack.removeWidget(self.overview)
            self.overview.deleteLater()
            self.overview = None


__all__ = ["Location", "Workspace"]
