"""The plan of one case outside the conversation (from the case overview): every plan
version, to preview, save or print (a signed one exactly as it was signed), and then
and now."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eigenkracht.core.model import PlanStatus, PlanVersion
from eigenkracht.core.plan import Instruments, working_version
from eigenkracht.ui.plan.printing import (
    PREVIEW,
    PRINT,
    SAVE,
    Built,
    PlanPrinter,
    pseudonymise_box,
    signed_on,
)
from eigenkracht.ui.plan.then_now import ThenNowView
from eigenkracht.ui.widgets import format_date, plain_line
from eigenkracht.ui.widgets.screen import fit_to_screen
from eigenkracht.ui.widgets.text import wrapped_label
from eigenkracht.ui.widgets.views import MessageBar

if TYPE_CHECKING:
    from eigenkracht.store.repository import Repository


class PlanDialog(QDialog):
    """Plan versions and then-and-now of case `case_id`."""

    def __init__(
        self,
        repo: Repository,
        case_id: int,
        instrument: Instruments,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.case_id = case_id
        case_file = repo.load_case(case_id)
        self.case = case_file.case
        self.plans = sorted(case_file.plans, key=lambda p: p.number, reverse=True)
        # the plan as it would be signed now (core.plan.working_version)
        self.working = working_version(case_file, instrument, today=today or dt.date.today())
        self.setWindowTitle(
            self.tr("Plan van {household}").format(household=plain_line(self.case.household_name))
        )
        fit_to_screen(self, 980, 760)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Plan en toen en nu"))
        layout.addWidget(self.tabs, 1)

        versions = QWidget(self.tabs)
        column = QVBoxLayout(versions)
        column.addWidget(
            wrapped_label(
                self.tr(
                    "Het plan zoals het nu is: wat ondertekend zou worden als u nu tekent. "
                    "Is er iets veranderd sinds het tekenen, dan is dat de volgende versie, "
                    "als concept. Een ondertekende versie wordt precies zo geprint als bij "
                    "het tekenen."
                ),
                versions,
            )
        )
        self.version_list = QListWidget(versions)
        self.version_list.setAccessibleName(self.tr("Versies van het plan"))
        working = self.working
        if working.status is PlanStatus.SIGNED:
            now = self.tr("Het plan zoals het nu is: versie {n}, ondertekend (niets veranderd)")
        else:
            now = self.tr("Het plan zoals het nu is: versie {n}, concept")
        QListWidgetItem(now.format(n=working.number), self.version_list)  # data None
        for plan in self.plans:
            if plan.status is not PlanStatus.SIGNED:
                continue  # the one stored draft is the plan as it is now
            day = format_date(signed_on(plan), weekday=False)
            text = self.tr("Versie {n}: ondertekend op {date} · vingerafdruk {short}…").format(
                n=plan.number, date=day, short=plan.fingerprint[:12]
            )
            item = QListWidgetItem(text, self.version_list)
            item.setData(Qt.ItemDataRole.UserRole, plan.id)
        self.version_list.setCurrentRow(0)
        column.addWidget(self.version_list, 1)
        self.pseudonymise = pseudonymise_box(self.case, versions)
        column.addWidget(self.pseudonymise)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Voorbeeld"), versions)
        self.save_button = QPushButton(self.tr("Opslaan als P&DF…"), versions)
        self.print_button = QPushButton(self.tr("P&rinten…"), versions)
        for button, name in (
            (self.preview_button, self.tr("Voorbeeld van de gekozen versie")),
            (self.save_button, self.tr("Gekozen versie opslaan als PDF")),
            (self.print_button, self.tr("Gekozen versie opslaan en openen om te printen")),
        ):
            button.setAccessibleName(name)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.progress_bar = QProgressBar(versions)
        self.progress_bar.setAccessibleName(self.tr("Voortgang van het maken van het plan"))
        column.addWidget(self.progress_bar)
        self.message = MessageBar("info", versions)
        self.message.hide()
        column.addWidget(self.message)
        self.tabs.addTab(versions, self.tr("&Versies van het plan"))

        self.then_now = ThenNowView(repo, case_id, instrument, today=today, parent=self.tabs)
        self.tabs.addTab(self.then_now, self.tr("&Toen en nu"))

        close = QPushButton(self.tr("&Sluiten"), self)
        close.setAccessibleName(self.tr("Sluiten"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)

        self.printer = PlanPrinter(
            repo, case_id, instrument, self, today=today, progress_bar=self.progress_bar
        )
        self.printer.finished.connect(self._done)
        self.printer.failed.connect(self.message.set_text)
        self.preview_button.clicked.connect(lambda: self.start(PREVIEW))
        self.save_button.clicked.connect(lambda: self.start(SAVE))
        self.print_button.clicked.connect(lambda: self.start(PRINT))
        self.preview_dialog: Any = None

    def chosen(self) -> PlanVersion:
        item = self.version_list.currentItem()
        version_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        found = next((p for p in self.plans if p.id == version_id), None)
        return found if version_id is not None and found is not None else self.working

    def start(self, action: str) -> bool:
        self.message.set_text("")
        return self.printer.start(action, self.chosen(), pseudonymise=self.pseudonymise.isChecked())

    def _done(self, action: str, built: Built, path: str) -> None:
        if action == PREVIEW:
            from eigenkracht.ui.plan.preview import PreviewDialog

            dialog = PreviewDialog(built, self)
            dialog.saveRequested.connect(lambda b: self.printer.finish(SAVE, b))
            dialog.printRequested.connect(lambda b: self.printer.finish(PRINT, b))
            self.preview_dialog = dialog
            dialog.open()
        elif action == SAVE:
            self.message.set_text(self.tr("Opgeslagen: {path}").format(path=path))
        elif action == PRINT:
            self.message.set_text(self.tr("Geopend om te printen: {path}").format(path=path))

    def done(self, result: int) -> None:
        self.printer.wait()
        super().done(result)


__all__ = ["PlanDialog"]
