"""Bring a citizen's self-assessment into a case: the worker sees every answer beside what
is recorded, and ticks what to take over.

The file is read and checked first (a wrong code, a damaged or foreign file, a newer
version: a Dutch message, nothing changed). Accepted answers become a new assessment of
the citizen's perspective with source "at home" on the conversation the review chose
(exchange/selfassessment.py: the latest one, or a new one); texts already recorded are
added to, never replaced; a recorded number is replaced only when the worker ticks it.
A version 2 file brings the citizen's own plan: shown in its own group ("Eigen plan van
de inwoner": the plan as a whole, who wrote it along, its goals, who does what, what they
ask), its goals and actions taken into the plan with the citizen (or their circle) as
author; an action joins the goal the dialog shows, which the worker may change
("Komt bij doel"). A file imported before is recognised (Repository.imports_of): the
dialog says when, and only what changed is ticked.
The store operation (Repository.import_at_home) runs in one transaction and is audited.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.instruments import Catalogue, Instrument, load_all, user_instrument_dir
from eigenkracht.exchange import selfassessment as sa
from eigenkracht.store.errors import StoreError
from eigenkracht.ui.conversation.instruments import interface_language, localised
from eigenkracht.ui.widgets import (
    MessageLabel,
    name_qt_parts,
    plain_line,
    plain_tooltip,
    text_label,
)
from eigenkracht.ui.widgets.problems import problem_text, show_problem
from eigenkracht.ui.widgets.screen import fit_to_screen

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository

log = logging.getLogger(__name__)

CODE_PAGE = 0
REVIEW_PAGE = 1
COLUMNS = 4  # field (with its tick box), at home, recorded now, what accepting does


class SelfAssessmentImportDialog(QDialog):
    """Read one self-assessment file into one case.

    repo, case_id: where the answers go. path: the file (None: ask for it in open_file()).
    today: the date of a new conversation (tests fix it). catalogue: where the file's
    instrument is found (default: the bundled and the user's instrument files and the
    definitions kept in the database; ui/workspace.py passes its own). instruments: a
    plain list to use as the installed ones instead (older callers)."""

    def __init__(
        self,
        repo: Repository,
        case_id: int,
        *,
        today: dt.date | None = None,
        instruments: list[Instrument] | None = None,
        catalogue: Catalogue | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SelfAssessmentImportDialog")
        self.setWindowTitle(self.tr("Zelfbeoordeling inlezen"))
        fit_to_screen(self, 980, 640)
        self.repo = repo
        self.case_id = case_id
        self.today = today or dt.date.today()
        self.instruments = instruments
        self.catalogue = catalogue
        self.raw: bytes | None = None
        self.review: sa.Review | None = None
        self.imported = 0
        self.attach: dict[str, str] = {}  # own action key -> the goal chosen for it

        self.intro = text_label("", self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_code_page())
        self.stack.addWidget(self._build_review_page())
        self.message = MessageLabel(self)

        self.buttons = QDialogButtonBox(self)
        self.accept_button = QPushButton(self.tr("&Overnemen"), self)
        self.accept_button.setAccessibleName(self.tr("Aangevinkte antwoorden overnemen"))
        self.cancel_button = QPushButton(self.tr("Annuleren"), self)
        self.cancel_button.setAccessibleName(self.tr("Annuleren, niets overnemen"))
        role = QDialogButtonBox.ButtonRole
        self.buttons.addButton(self.accept_button, role.AcceptRole)
        self.buttons.addButton(self.cancel_button, role.RejectRole)
        self.accept_button.clicked.connect(self._take_over)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.stack.setCurrentIndex(CODE_PAGE)
        self.stack.hide()
        self.accept_button.setEnabled(False)
        name_qt_parts(self)

    # -- building ---------------------------------------------------------------------

    def _build_code_page(self) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout(page)
        caption = QLabel(self.tr("&Code van het bestand:"), page)
        self.code_edit = QLineEdit(page)
        self.code_edit.setAccessibleName(self.tr("Code van het bestand"))
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        caption.setBuddy(self.code_edit)
        self.code_button = QPushButton(self.tr("Bestand &openen"), page)
        self.code_button.setAccessibleName(self.tr("Bestand openen met deze code"))
        self.code_button.setAutoDefault(True)
        self.code_button.clicked.connect(self._open_with_code)
        self.code_edit.returnPressed.connect(self._open_with_code)
        row.addWidget(caption)
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.code_button)
        row.setAlignment(Qt.AlignmentFlag.AlignTop)
        return page

    def _build_review_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = QStandardItemModel(0, COLUMNS, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Overnemen"),
                self.tr("Thuis ingevuld (inwoner)"),
                self.tr("Nu vastgelegd"),
                self.tr("Bij overnemen"),
            ]
        )
        self.table = QTableView(page)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Antwoorden van de inwoner naast wat vastligt"))
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.model.itemChanged.connect(self._count)
        self.detail = text_label("", page)
        self.detail.setObjectName("importDetail")
        self.all_button = QPushButton(self.tr("&Alles aanvinken"), page)
        self.all_button.setAccessibleName(self.tr("Alle antwoorden aanvinken"))
        self.none_button = QPushButton(self.tr("&Niets aanvinken"), page)
        self.none_button.setAccessibleName(self.tr("Geen enkel antwoord aanvinken"))
        for button in (self.all_button, self.none_button):
            button.setAutoDefault(False)
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.count_label = text_label("", page)
        # Which goal the own action in the current row joins (keyboard: Alt+D).
        self.goal_row = QWidget(page)
        goal_layout = QHBoxLayout(self.goal_row)
        goal_layout.setContentsMargins(0, 0, 0, 0)
        self.goal_caption = QLabel(self.tr("Komt bij &doel:"), self.goal_row)
        self.goal_box = QComboBox(self.goal_row)
        self.goal_box.setAccessibleName(self.tr("Bij welk doel deze afspraak komt"))
        self.goal_caption.setBuddy(self.goal_box)
        goal_layout.addWidget(self.goal_caption)
        goal_layout.addWidget(self.goal_box, 1)
        self.goal_box.activated.connect(self._goal_chosen)
        self.goal_row.hide()
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.goal_row)
        layout.addLayout(row)
        return page

    # -- reading the file -----------------------------------------------------------

    def open_file(self, path: Path | None = None) -> bool:
        """Read the file (asking for it when path is None). False when there is nothing
        to show (cancelled); problems are shown in the dialog."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Zelfbeoordeling van de inwoner kiezen"),
                "",
                self.tr("Zelfbeoordeling (*.json);;Alle bestanden (*)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        self.intro.setText(self.tr("Bestand: {name}").format(name=path.name))
        try:
            self.raw = sa.read_bytes(path)
            protected = sa.is_protected(self.raw)
        except sa.SelfAssessmentError as exc:
            self._refuse(problem_text(exc))
            return True
        if protected:
            self.stack.setCurrentIndex(CODE_PAGE)
            self.stack.show()
            self.message.show_message(
                self.tr("Dit bestand is beveiligd met een code. Vraag de inwoner om de code.")
            )
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        self._read(None)
        return True

    def _open_with_code(self) -> None:
        code = self.code_edit.text()
        if not code:
            self.message.show_message(self.tr("Vul de code in."))
            return
        self._read(code)

    def _read(self, code: str | None) -> None:
        assert self.raw is not None
        try:
            opened = sa.open_bytes(self.raw, code)
            content = opened.content
            # Shown in the program's language (names, levels); stored by id and version.
            instrument = localised(
                sa.find_instrument(content, self._catalogue()), interface_language()
            )
            case_file = self.repo.load_case(self.case_id)
            self.review = sa.review(
                content,
                case_file,
                instrument,
                self.today,
                previous=self.repo.imports_of(self.case_id),
                saved_at=opened.saved_at,
            )
        except sa.WrongCode as exc:
            self.code_edit.clear()
            show_problem(self.message, exc)
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except (sa.SelfAssessmentError, StoreError) as exc:
            self._refuse(problem_text(exc))
            return
        self.code_edit.clear()
        self.message.show_message("")
        self._fill(self.review)

    def _catalogue(self) -> Catalogue:
        if self.catalogue is not None:
            return self.catalogue
        installed = self.instruments
        if installed is None:
            installed, _ = load_all(user_instrument_dir())
        return Catalogue(installed, self.repo.stored_instruments())

    def _refuse(self, message: str) -> None:
        self.review = None
        self.stack.hide()
        self.accept_button.setEnabled(False)
        self.message.show_message(
            message + " " + self.tr("Er is niets ingelezen; het dossier is niet veranderd.")
        )
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the review -----------------------------------------------------------------

    def _fill(self, review: sa.Review) -> None:
        content = review.content
        who = content.name.strip() or self.tr("(geen naam)")
        filled = (
            content.filled_in_on.strftime("%d-%m-%Y")
            if content.filled_in_on
            else self.tr("onbekende datum")
        )
        if review.target is not None:
            where = self.tr("De antwoorden komen bij het gesprek van {date}.").format(
                date=review.target.date.strftime("%d-%m-%Y")
            )
        else:
            where = self.tr("De antwoorden komen in een nieuw gesprek van {date}.").format(
                date=review.today.strftime("%d-%m-%Y")
            )
        intro = self.tr(
            "Thuis ingevuld door {who} op {date}. Vink aan wat u wilt overnemen. {where} "
            "Scores komen naast de oude: er wordt niets overschreven zonder vinkje."
        ).format(who=who, date=filled, where=where)
        if review.has_own_plan:
            intro += " " + self.tr(
                "De inwoner heeft ook een eigen plan gemaakt. Het komt in het plan in de "
                "woorden van de inwoner; doelen en afspraken houden de inwoner als schrijver."
            )
        if review.imported_before:
            intro += " " + self.tr(
                "Dit bestand is al eerder ingelezen op {moments}. Alleen wat veranderd is, "
                "staat aangevinkt."
            ).format(moments=", ".join(sa.moment_text(m) for m in review.imported_before))
        elif review.previous:
            intro += " " + self.tr(
                "Er is eerder een zelfbeoordeling ingelezen (op {moment}). Wat sindsdien niet "
                "veranderd is, staat niet aangevinkt."
            ).format(moment=sa.moment_text(review.previous[-1].imported_at))
        self.intro.setText(intro)
        self.attach = {}
        self.model.removeRows(0, self.model.rowCount())
        grouped = review.has_own_plan
        group: bool | None = None
        for item in review.items:
            if grouped and item.in_own_plan is not group:
                group = item.in_own_plan
                self._group_row(
                    self.tr("Eigen plan van de inwoner")
                    if group
                    else self.tr("Zelfbeoordeling van de inwoner")
                )
            field = QStandardItem(plain_line(self._label(item, review.instrument)))
            field.setEditable(False)
            field.setData(item.key, Qt.ItemDataRole.UserRole)
            if item.selectable:
                field.setCheckable(True)
                field.setCheckState(
                    Qt.CheckState.Checked if item.default else Qt.CheckState.Unchecked
                )
            else:
                field.setEnabled(False)
            cells = [field]
            for text in (item.citizen, item.recorded or self.tr("(niets)"), self._effect(item)):
                cell = QStandardItem(" ".join(plain_line(text).split()))
                cell.setEditable(False)
                cell.setToolTip(plain_tooltip(text))
                cells.append(cell)
            self.model.appendRow(cells)
        self.stack.setCurrentIndex(REVIEW_PAGE)
        self.stack.show()
        self.accept_button.setEnabled(review.offers_anything)
        self.accept_button.setDefault(True)
        if not review.items:
            self.message.show_message(self.tr("Het bestand bevat geen antwoorden."))
        elif not review.offers_anything:
            self.message.show_message(
                self.tr("Er is niets nieuws in dit bestand: alles is al zo vastgelegd.")
            )
        self._count()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        first = next((r for r in range(self.model.rowCount()) if self._key_of(r) is not None), None)
        if first is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(first, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        name_qt_parts(self)

    def _group_row(self, title: str) -> None:
        """A row that names the group below it (not ticked, not chosen)."""
        cells = []
        for column in range(COLUMNS):
            cell = QStandardItem(title if column == 0 else "")
            cell.setEditable(False)
            cell.setSelectable(False)
            font = cell.font()
            font.setBold(True)
            cell.setFont(font)
            cells.append(cell)
        self.model.appendRow(cells)

    def _key_of(self, row: int) -> str | None:
        key = self.model.item(row, 0).data(Qt.ItemDataRole.UserRole)
        return None if key is None else str(key)

    def _label(self, item: sa.ReviewItem, instrument: Instrument) -> str:
        kind = sa.ItemKind
        if item.kind is kind.QUESTION:
            return self.tr("Vraag van de inwoner")
        if item.kind is kind.WHAT_MATTERS:
            return self.tr("Wat de inwoner belangrijk vindt")
        if item.kind is kind.WELLBEING:
            return self.tr("Tevredenheid met het leven (0-10)")
        if item.kind is kind.DOMAIN:
            try:
                return instrument.domain(item.domain).name
            except KeyError:
                return item.domain
        assert self.review is not None
        plan = self.review.content.plan
        if item.kind is kind.OWN_PLAN:
            assert plan is not None
            if plan.kind is sa.PlanKind.FAMILIEGROEPSPLAN:
                return self.tr("Het plan als geheel (familiegroepsplan)")
            return self.tr("Het plan als geheel (persoonlijk plan)")
        if item.kind is kind.OWN_GOAL:
            return self.tr("Doel {n} van de inwoner").format(n=item.index + 1)
        if item.kind is kind.OWN_ACTION:
            return self.tr("Wie doet wat ({n})").format(n=item.index + 1)
        if item.kind is kind.OWN_ASK:
            assert plan is not None
            whom = plan.asks[item.index].from_whom.strip() or self.tr("de gemeente")
            return self.tr("Vraag aan {whom}").format(whom=whom)
        if item.kind is kind.PARTICIPANT:
            assert plan is not None
            name = plan.written_with[item.index].name
            return self.tr("Schreef mee: {name}").format(name=name)
        name = self.review.content.helpers[item.helper_index].name
        return self.tr("Helpt de inwoner: {name}").format(name=name)

    def _effect(self, item: sa.ReviewItem) -> str:
        text = self._effect_only(item)
        if item.before and item.selectable:
            text += " " + self.tr("(al eerder ingelezen, niet veranderd)")
        return text

    def _effect_only(self, item: sa.ReviewItem) -> str:
        effect = sa.Effect
        kind = sa.ItemKind
        if item.effect is effect.SAME:
            return self.tr("is al zo vastgelegd")
        if item.effect is effect.KEPT:
            return self.tr("alleen in het eigen plan (er is geen doel om het bij te zetten)")
        if item.kind is kind.DOMAIN:
            return self.tr("nieuwe score (thuis), naast de oude")
        if item.kind in (kind.HELPER, kind.PARTICIPANT):
            if item.effect is effect.ADD:
                return self.tr("nieuwe persoon in het netwerk")
            return self.tr("komt bij de notities van deze persoon")
        if item.kind is kind.OWN_PLAN:
            return self.tr("wordt bewaard in de woorden van de inwoner")
        if item.kind is kind.OWN_GOAL:
            return self.tr("nieuw doel, geschreven door de inwoner")
        if item.kind is kind.OWN_ACTION:
            goal = self._goal_text(self.attach.get(item.key, item.goal))
            return self.tr("nieuwe afspraak bij: {goal}").format(goal=goal)
        if item.kind is kind.OWN_ASK:
            return self.tr("komt bij de vraag van het gesprek")
        return {
            effect.ADD: self.tr("wordt ingevuld"),
            effect.APPEND: self.tr("komt onder de vastgelegde tekst"),
            effect.REPLACE: self.tr("vervangt het vastgelegde cijfer"),
        }[item.effect]

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = self._key_of(current.row()) if current.isValid() else None
        if self.review is None or key is None:
            self.detail.setText("")
            self.goal_row.hide()
            return
        item = self.review.item(key)
        self.detail.setText(
            self.tr("Thuis ingevuld: {citizen}\nNu vastgelegd: {recorded}").format(
                citizen=item.citizen, recorded=item.recorded or self.tr("(niets)")
            )
        )
        self._show_goal_choice(item)

    def _show_goal_choice(self, item: sa.ReviewItem) -> None:
        """For an own action that can be taken in: the goal it joins, to choose."""
        assert self.review is not None
        choices = self.review.goal_choices()
        if item.kind is not sa.ItemKind.OWN_ACTION or not item.selectable or not choices:
            self.goal_row.hide()
            return
        self.goal_box.clear()
        for goal_key, _label in choices:
            self.goal_box.addItem(plain_line(self._goal_text(goal_key)), goal_key)
        chosen = self.attach.get(item.key, item.goal)
        self.goal_box.setCurrentIndex(max(self.goal_box.findData(chosen), 0))
        self.goal_box.setProperty("actionKey", item.key)
        self.goal_row.show()

    def _goal_chosen(self, _index: int) -> None:
        key = self.goal_box.property("actionKey")
        goal_key = self.goal_box.currentData()
        if self.review is None or not key or not goal_key:
            return
        self.choose_goal(str(key), str(goal_key))

    def choose_goal(self, action_key: str, goal_key: str) -> None:
        """The own action `action_key` joins `goal_key` (a key of Review.goal_choices)."""
        assert self.review is not None
        self.attach[action_key] = goal_key
        item = self.review.item(action_key)
        for row in range(self.model.rowCount()):
            if self._key_of(row) == action_key:
                text = self._effect(item)
                self.model.item(row, 3).setText(" ".join(plain_line(text).split()))
                self.model.item(row, 3).setToolTip(plain_tooltip(text))

    def _goal_text(self, goal_key: str) -> str:
        """A goal an own action may join, in words (its text shortened)."""
        assert self.review is not None
        kind, _, ident = goal_key.partition(":")
        plan = self.review.content.plan
        if kind == "own-goal" and plan is not None and ident.isdigit():
            index = int(ident)
            if index < len(plan.goals):
                return self.tr("doel {n} van de inwoner ({text})").format(
                    n=index + 1, text=sa.one_line(plan.goals[index].text, 50)
                )
        if kind == "goal":
            goal = next((g for g in self.review.case_file.goals if str(g.id) == ident), None)
            if goal is not None:
                return self.tr("doel in het plan ({text})").format(text=sa.one_line(goal.text, 50))
        return self.tr("(geen doel)")

    def checked_keys(self) -> list[str]:
        keys = []
        for row in range(self.model.rowCount()):
            field = self.model.item(row, 0)
            if field.isCheckable() and field.checkState() == Qt.CheckState.Checked:
                keys.append(str(field.data(Qt.ItemDataRole.UserRole)))
        return keys

    def set_checked(self, key: str, on: bool) -> None:
        for row in range(self.model.rowCount()):
            field = self.model.item(row, 0)
            if field.data(Qt.ItemDataRole.UserRole) == key and field.isCheckable():
                field.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _tick_all(self, on: bool) -> None:
        for row in range(self.model.rowCount()):
            field = self.model.item(row, 0)
            if field.isCheckable():
                field.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _count(self, *_args: object) -> None:
        rows = range(self.model.rowCount())
        total = sum(1 for row in rows if self.model.item(row, 0).isCheckable())
        self.count_label.setText(
            self.tr("{n} van {total} aangevinkt").format(n=len(self.checked_keys()), total=total)
        )

    # -- taking over ----------------------------------------------------------------

    def _take_over(self) -> None:
        if self.review is None:
            return
        try:
            plan = self.review.plan(self.checked_keys(), self.attach)
        except sa.SelfAssessmentError as exc:
            show_problem(self.message, exc)
            return
        if plan.is_empty:
            self.message.show_message(self.tr("Er is niets aangevinkt."))
            return
        try:
            self.repo.import_at_home(
                plan.case_id,
                plan.conversation,
                plan.conversation_changes,
                plan.assessment,
                **plan.import_kwargs(),
                today=self.today,
            )
        except StoreError as exc:
            log.info("import refused: %s", type(exc).__name__)
            show_problem(self.message, exc)
            return
        self.imported = plan.accepted
        self.accept()


__all__ = ["SelfAssessmentImportDialog"]
