"""The guided kitchen-table conversation: a stepper over the pages.

    view = ConversationView(repo, conversation_id, catalogue, undo_stack)

Steps on the left (click, or arrow keys), the page in the middle, Vorige/Volgende
below (also Alt+Left/Alt+Right and Ctrl+PgUp/Ctrl+PgDown). Every edit is stored as
it is made and pushed on `undo_stack`; the page shown is stored too, so a
conversation opened again resumes where it was left. Going forward asks the page
first: it may refuse with a message (for example a domain not discussed without a
reason); going back never does.

Opening builds only the page shown; the others are built when first shown or
asked for (`page_widget`), and in idle time after the first paint, one an
event-loop turn, so that a step switch finds them ready; then, a module a turn,
what the charts import (radar_canvas.preload).

Before closing the store, call `flush()` (it stores what was typed in the last
300 ms). The QLineEdit and QPlainTextEdit fields keep their own Ctrl+Z while they
have focus; `undo()`/`redo()` store pending typing first and then use the stack.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QLocale,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QKeySequence, QPaintEvent, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.instruments import Catalogue, Instrument, InstrumentError, bundled_instruments
from eigenkracht.core.model import Assessment, Conversation, Perspective
from eigenkracht.store.errors import StoreError
from eigenkracht.ui.conversation.domains.page import DomainsPage
from eigenkracht.ui.conversation.instruments import (
    chosen,
    for_a_member,
    interface_language,
    localised,
    offered,
    resolve,
)
from eigenkracht.ui.conversation.question import QuestionPage
from eigenkracht.ui.conversation.radar_canvas import preload
from eigenkracht.ui.conversation.start import StartPage
from eigenkracht.ui.conversation.summary import SummaryPage
from eigenkracht.ui.editing.conversation import Autosave, conversation_key
from eigenkracht.ui.network.page import NetworkPage
from eigenkracht.ui.plan.goals_page import GoalsPage
from eigenkracht.ui.plan.plan_page import PlanPage
from eigenkracht.ui.steps.protocol import Context, ConversationPage, Page
from eigenkracht.ui.widgets.problems import problem_text
from eigenkracht.ui.widgets.screen import scrolling
from eigenkracht.ui.widgets.text import scaled_font, wrapped_label
from eigenkracht.ui.widgets.views import MessageBar

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository

log = logging.getLogger(__name__)

# After a step switch or a stored edit, the charts' imports (a piece of up to 0.1 s
# an event-loop turn) wait this long: someone clicking on does not wait for them.
QUIET_S = 0.25

# The steps, in the order of Page. This is the only place that knows them all: a
# step never imports another (tests/core/test_layering.py); a new step is a class
# with its `page`, added here and to Page.
STEPS: tuple[type[ConversationPage], ...] = (
    StartPage,
    QuestionPage,
    DomainsPage,
    NetworkPage,
    GoalsPage,  # GoalsPage and PlanPage share one PlanAutosave (ui/plan/store.py)
    SummaryPage,  # checked with the citizen before the plan is signed
    PlanPage,
)
assert [step.page for step in STEPS] == list(Page), "STEPS must follow Page"


class ConversationView(QWidget):
    """The conversation `conversation_id`, scored with the instruments chosen for it
    from `instruments` (the catalogue; or one instrument: then it is the default set,
    the bundled ones are offered beside it)."""

    pageChanged = Signal(int)  # the Page now shown
    stored = Signal(object)  # list[Change] of each stored edit

    def __init__(
        self,
        repo: Repository,
        conversation_id: int,
        instruments: Instrument | Catalogue,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ConversationView")
        self.repo = repo
        self.conversation_id = conversation_id
        self.undo_stack = undo_stack
        self.last_switch_ms = 0.0
        self.language = interface_language()
        if isinstance(instruments, Catalogue):
            self.catalogue = instruments
            self.defaults = self.catalogue.defaults()
        else:
            others = [i for i in bundled_instruments() if i.id != instruments.id]
            self.catalogue = Catalogue([instruments, *others])
            self.defaults = [instruments]
        picked: list[Instrument] = []

        def choose(
            conversation: Conversation, assessments: list[Assessment]
        ) -> list[tuple[str, str, bool]]:
            picked[:] = chosen(self.catalogue, self.defaults, conversation, assessments)
            return [(i.id, i.version, for_a_member(i)) for i in picked]

        case_file, conversation, pairs = repo.open_conversation_with(conversation_id, choose)
        citizen, professional = pairs[0]
        assert citizen.id is not None and professional.id is not None
        self.instrument = localised(picked[0], self.language)
        self.autosave = Autosave(
            repo,
            undo_stack,
            conversation,
            case_file.case,
            {Perspective.CITIZEN: citizen.id, Perspective.PROFESSIONAL: professional.id},
            {Perspective.CITIZEN: citizen.scores, Perspective.PROFESSIONAL: professional.scores},
            self,
            case_file=case_file,  # the plan and the network start from it: no second read
            instrument=picked[0].id,
            member_id=citizen.member_id,
        )
        for other, pair in zip(picked[1:], pairs[1:], strict=True):
            self._add_sheet(other, pair)
        self.autosave.stored.connect(self.stored)
        self.autosave.failed.connect(self._store_failed)
        self.autosave.navigate.connect(self._navigate)
        self.context = Context(
            self.autosave,
            self.instrument,
            case_file.case,
            case_file.members,
            instruments=[localised(i, self.language) for i in picked],
            offered=[localised(i, self.language) for i in offered(self.catalogue)],
        )
        # Before any step listens: the steps read the context this keeps current.
        self.autosave.valueChanged.connect(self._instruments_changed)

        layout = QHBoxLayout(self)
        self.steps = QListWidget(self)
        self.steps.setAccessibleName(self.tr("Stappen van het gesprek"))
        self.steps.setFont(scaled_font(self.steps, 1.1))
        self.steps.setSpacing(4)
        layout.addWidget(self.steps)

        right = QVBoxLayout()
        layout.addLayout(right, 1)
        self.header = wrapped_label("", self)
        self.header.setFont(scaled_font(self.header, 1.0, bold=True))
        right.addWidget(self.header)
        self.stack = QStackedWidget(self)
        right.addWidget(self.stack, 1)
        # The pages built so far (page_widget builds one on demand): at open only the
        # page shown; the others when first shown, or in idle time after the first
        # paint, one an event-loop turn (_build_next). Building all seven at open
        # took most of its time.
        self.pages: dict[Page, ConversationPage] = {}
        self.areas: dict[Page, QScrollArea] = {}  # the scroll area around each page
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._build_next)
        self._preload: Iterator[str] | None = preload()
        self._quiet_from = 0.0  # time.monotonic() from which the preload may go on
        self.store_problem = MessageBar("problem", self)
        self.store_problem.hide()
        right.addWidget(self.store_problem)

        navigation = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀  V&orige"), self)
        self.previous_button.setAccessibleName(self.tr("Vorige stap"))
        self.previous_button.setToolTip(self.tr("Vorige stap (Alt+Links)"))
        self.previous_button.clicked.connect(self.previous_page)
        self.progress = QLabel(self)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("&Volgende  ▶"), self)
        self.next_button.setAccessibleName(self.tr("Volgende stap"))
        self.next_button.setToolTip(self.tr("Volgende stap (Alt+Rechts)"))
        self.next_button.clicked.connect(self.next_page)
        for button in (self.previous_button, self.next_button):
            button.setFont(scaled_font(button, 1.1, bold=True))
            button.setMinimumHeight(button.sizeHint().height() + 8)
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.progress, 1)
        navigation.addWidget(self.next_button)
        right.addLayout(navigation)

        for step in STEPS:
            titles = _Titles(step)
            item = QListWidgetItem(f"{step.page.value + 1}  {titles.step_title()}", self.steps)
            item.setToolTip(titles.title())
            item.setData(Qt.ItemDataRole.UserRole, step.page.value)
        self.steps.setFixedWidth(self.steps.sizeHintForColumn(0) + 2 * self.steps.frameWidth() + 28)
        self.steps.currentRowChanged.connect(self._step_chosen)

        shortcuts = (
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), self.next_page),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown), self.next_page),
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self.previous_page),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp), self.previous_page),
        )
        for sequence, slot in shortcuts:
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._update_header()
        self.autosave.valueChanged.connect(self._value_changed)
        resume = Page.__members__.get(conversation.current_page, Page.START)
        self._page = resume
        self._show(resume, store=False)

    def _update_header(self) -> None:
        date = self.autosave.value(conversation_key("date"))
        self.header.setText(
            self.tr("Keukentafelgesprek met {household}, {date}").format(
                household=self.context.case.household_name,
                date=QLocale().toString(QDate(date), "d MMMM yyyy") if date else "",
            )
        )

    # -- the instruments -------------------------------------------------------------

    def _add_sheet(self, instrument: Instrument, pair: tuple[Assessment, Assessment]) -> None:
        citizen, professional = pair
        assert citizen.id is not None and professional.id is not None
        self.autosave.add_sheet(
            instrument.id,
            {Perspective.CITIZEN: citizen.id, Perspective.PROFESSIONAL: professional.id},
            {Perspective.CITIZEN: citizen.scores, Perspective.PROFESSIONAL: professional.scores},
            citizen.member_id,
        )

    def _instruments_changed(self, key: Any) -> None:
        """The start step chose other instruments (or an undo did): each new one gets
        its two assessments; the context lists them in their order."""
        if key != conversation_key("instruments"):
            return
        refs = list(self.autosave.value(key) or [])
        wanted = resolve(self.catalogue, refs) if refs else list(self.defaults)
        now: list[Instrument] = []
        for instrument in wanted:
            have = next((i for i in self.context.instruments if i.id == instrument.id), None)
            if have is None and instrument.id == self.autosave.primary:
                have = self.instrument
            if have is not None and self.autosave.has_sheet(instrument.id):
                now.append(have)
                continue
            try:
                pair = self.repo.table_assessments(
                    self.conversation_id,
                    instrument.id,
                    instrument.version,
                    any_member=for_a_member(instrument),
                )
            except StoreError as exc:
                self._store_failed(problem_text(exc))
                continue
            if pair[0].instrument_version != instrument.version:  # read as it was made
                with contextlib.suppress(InstrumentError):
                    instrument = self.catalogue.get(instrument.id, pair[0].instrument_version)
            self._add_sheet(instrument, pair)
            now.append(localised(instrument, self.language))
        self.context.instruments[:] = now

    def _value_changed(self, key: Any) -> None:
        self._acted()
        if key == conversation_key("date"):
            self._update_header()

    # -- navigation ---------------------------------------------------------------

    def current_page(self) -> Page:
        return self._page

    def page_widget(self, page: Page) -> ConversationPage:
        """The step `page` (built now if it was not yet)."""
        page = Page(page)
        widget = self.pages.get(page)
        return widget if widget is not None else self._build(page)

    def _build(self, page: Page) -> ConversationPage:
        widget = STEPS[page](self.context, self.stack)
        for other in self.pages.values():
            widget.meet(other)
            other.meet(widget)
        self.pages[page] = widget
        # In a scroll area: where the window is smaller than the step needs (a laptop at
        # 150 %), the step scrolls and Vorige/Volgende stay in view; with room to spare
        # the step fills the area as before.
        area = scrolling(widget, self.stack)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.areas[page] = area
        self.stack.insertWidget(sum(1 for built in self.pages if built < page), area)
        self._buttons_last()
        return widget

    def _buttons_last(self) -> None:
        """A new page joins the end of the window's focus chain, after Vorige and
        Volgende. Tab goes from the steps through the page to them, so they move to
        the end again, after a hidden marker made now. (Walking the chain with
        nextInFocusChain instead ties each widget it returns to the caller in Python,
        an ancestor too: a cycle, freed by whichever thread collects garbage next.)"""
        marker = QWidget(self)
        marker.hide()
        marker.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # setTabOrder skips NoFocus
        QWidget.setTabOrder(marker, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.next_button)
        marker.deleteLater()

    def _build_next(self) -> None:
        """Idle time: build one more page (the next ones first), or import one more
        module for the charts; then yield."""
        if not self.isVisible():
            return
        order = sorted(Page, key=lambda page: (page < self._page, page))
        waiting = [page for page in order if page not in self.pages]
        if waiting:
            self._build(waiting[0])
        elif self._preload is not None:
            wait = self._quiet_from - time.monotonic()
            if wait > 0:  # just clicked or typed: a piece takes up to 0.1 s
                self._idle.start(int(wait * 1000) + 1)
                return
            if next(self._preload, None) is None:
                self._preload = None
        if self._idle_work():
            self._idle.start(0)

    def _idle_work(self) -> bool:
        return len(self.pages) < len(Page) or self._preload is not None

    def _acted(self) -> None:
        """A step asked for or shown, or an edit stored: the charts' imports wait."""
        self._quiet_from = time.monotonic() + QUIET_S

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._idle_work() and not self._idle.isActive():
            # Painted: the rest in idle time, from the next pass of the event loop
            # (a 0 ms timer could still run in this one, before the screen shows it).
            self._idle.start(10)

    def goto(self, page: Page, *, check: bool | None = None) -> bool:
        """Show `page`. Going forward, the current page may refuse (its message is shown
        and False returned); `check` False never asks, True always does."""
        page = Page(page)
        self._acted()  # refused or not
        self.flush()
        ask = page > self._page if check is None else check
        if ask and page != self._page:
            current = self.page_widget(self._page)
            problem = current.problem()
            if problem is not None:
                text, widget = problem
                current.show_problem(text, widget)
                self._select_step(self._page)
                # A click selects the row it pressed after the current row changed (and
                # was put back here): put the highlight back once the click is done too.
                QTimer.singleShot(0, self._reselect_step)
                return False
        if page != self._page:
            self._show(page)
        return True

    def next_page(self) -> bool:
        if self._page == max(Page):
            return False
        moved = self.goto(Page(self._page + 1))
        if moved:
            self._focus_page()
        return moved

    def previous_page(self) -> bool:
        if self._page == min(Page):
            return False
        moved = self.goto(Page(self._page - 1))
        if moved:
            self._focus_page()
        return moved

    def _focus_page(self) -> None:
        target = self.page_widget(self._page).first_focus()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, page: Page, *, store: bool = True) -> None:
        start = time.perf_counter()
        self._acted()
        self._page = page
        widget = self.page_widget(page)
        widget.enter()
        self.stack.setCurrentWidget(self.areas[page])
        self._select_step(page)
        total = len(Page)
        self.progress.setText(
            self.tr("Stap {n} van {total}: {title}").format(
                n=page.value + 1, total=total, title=widget.title()
            )
        )
        self.previous_button.setEnabled(page != min(Page))
        self.next_button.setEnabled(page != max(Page))
        if store:
            self._store_page(page)
        self.last_switch_ms = (time.perf_counter() - start) * 1000
        self.pageChanged.emit(page.value)

    def _store_page(self, page: Page) -> None:
        try:
            self.repo.update(Conversation, self.conversation_id, current_page=page.name)
        except StoreError as exc:
            self._store_failed(problem_text(exc))

    def _select_step(self, page: Page) -> None:
        """The list of steps shows `page`: current and the only one highlighted."""
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(page.value, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.steps.blockSignals(False)

    def _reselect_step(self) -> None:
        self._select_step(self._page)

    def _step_chosen(self, row: int) -> None:
        if row >= 0:
            self.goto(Page(row))

    def _navigate(self, where: Any) -> None:
        """Undo or redo changes something: show it."""
        if not isinstance(where, tuple) or not where:
            return
        page = Page(where[0])
        if page != self._page:
            self.goto(page, check=False)
        self.page_widget(page).navigate_to(where)

    # -- storing -----------------------------------------------------------------

    def _store_failed(self, message: str) -> None:
        self.store_problem.set_text(self.tr("Niet opgeslagen: {message}").format(message=message))

    def flush(self) -> None:
        """Store what was typed and is still waiting for the typing delay."""
        self.autosave.flush()

    def undo(self) -> None:
        self.flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        self.undo_stack.redo()

    def hideEvent(self, event: QHideEvent) -> None:
        self._idle.stop()  # closed or locked: build nothing more (paintEvent resumes)
        self.flush()
        super().hideEvent(event)


class _Titles:
    """A step's titles before the step is built, for the list of steps. Its title()
    and step_title() use only self.tr, whose context is the class name (as for
    QObject.tr and pyside6-lupdate), so they run with this in place of the page."""

    def __init__(self, step: type[ConversationPage]) -> None:
        self.step = step

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.step.__name__, text, disambiguation, n)

    def title(self) -> str:
        return self.step.title(self)  # type: ignore[arg-type]

    def step_title(self) -> str:
        return self.step.step_title(self)  # type: ignore[arg-type]


__all__ = ["STEPS", "ConversationView", "Page"]
