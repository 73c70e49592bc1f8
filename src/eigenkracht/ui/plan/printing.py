"""Printing the plan from the program: build the PDF away from the screen's thread with
a progress indication, then preview it, save it where the user chooses, or save it and
open it in the system's PDF viewer to print.

The snapshot is read on the screen's thread (the database connection lives there);
only the drawing and the PDF are made in a worker thread. A signed version is printed
from its stored snapshot only (the same bytes every time). Every PDF that leaves the
program (saved or opened) is logged (`log_export(case_id, "print")`); a preview on
screen is not a print. No temporary files: a PDF is written only where the user says.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QStandardPaths,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QFileDialog, QProgressBar, QWidget

from eigenkracht.core.errors import describe
from eigenkracht.core.model import Case, PlanStatus, PlanVersion
from eigenkracht.core.privacy import print_pseudonymised
from eigenkracht.ui.widgets.problems import show_problem, write_problem_text
from eigenkracht.ui.widgets.words import interface_language

if TYPE_CHECKING:
    from eigenkracht.core.plan import Instruments
    from eigenkracht.store.repository import Repository

log = logging.getLogger(__name__)

PREVIEW, SAVE, PRINT = "preview", "save", "print"


def signed_on(plan: PlanVersion) -> dt.date | None:
    """The day a version was signed: the date on the signatures, else when it was recorded."""
    if plan.signatures:
        return plan.signatures[0].date
    return dt.date.fromisoformat(plan.signed_at[:10]) if plan.signed_at else None


def pseudonymise_box(case: Case, parent: QWidget) -> QCheckBox:
    """The box "names of others by their role" of a print (the plan dialog and the plan
    step), showing the case's setting (show_case_setting)."""
    tr = QCoreApplication.translate
    box = QCheckBox(tr("PlanPrinting", "&Namen van anderen vervangen door hun rol"), parent)
    box.setAccessibleName(tr("PlanPrinting", "Namen van het netwerk vervangen door hun rol"))
    show_case_setting(box, case)
    return box


def show_case_setting(box: QCheckBox, case: Case) -> None:
    """A case whose setting hides names prints without names, always
    (core.privacy.print_pseudonymised): the box is ticked and cannot be unticked, and
    says where the setting is changed. Otherwise the worker may tick it for one print."""
    tr = QCoreApplication.translate
    fixed = print_pseudonymised(case)
    box.setChecked(fixed or (box.isChecked() and box.isEnabled()))
    box.setEnabled(not fixed)
    box.setToolTip(
        tr(
            "PlanPrinting",
            "Dit dossier toont namen van anderen altijd als hun rol. "
            "Dat zet u uit bij het netwerk (Namen verbergen).",
        )
        if fixed
        else ""
    )
    box.setAccessibleDescription(box.toolTip())


@dataclass
class Built:
    """A rendered plan: the PDF, the snapshot it was made from, the charts drawn."""

    pdf: bytes
    snapshot: dict[str, Any]
    plan: PlanVersion
    pseudonymise: bool
    images: dict[str, Any] = field(default_factory=dict)


class _Signals(QObject):
    progress = Signal(int, str)
    done = Signal(object)  # Built
    failed = Signal(str)


class _Render(QRunnable):
    def __init__(self, signals: _Signals, work: Callable[[Callable[[float, str], None]], Built]):
        super().__init__()
        self.signals = signals
        self.work = work
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            built = self.work(lambda f, text: self.signals.progress.emit(int(f * 100), text))
        except Exception as exc:  # noqa: BLE001 - a bug in drawing: tell the user, log where
            log.error("the plan PDF could not be made: %s", describe(exc))
            self.signals.failed.emit(
                QCoreApplication.translate(
                    "PlanPrinter", "Het plan kon niet worden gemaakt. Er is niets opgeslagen."
                )
            )
            return
        self.signals.done.emit(built)


class PlanPrinter(QObject):
    """Builds, previews, saves and opens plan PDFs of one case.

    progress(percent, text) while building; finished(action, Built, path) when an
    action is done (path "" for a preview); failed(message)."""

    progress = Signal(int, str)
    finished = Signal(str, object, str)
    failed = Signal(str)

    def __init__(
        self,
        repo: Repository,
        case_id: int,
        instrument: Instruments,
        parent: QWidget,
        *,
        today: dt.date | None = None,
        progress_bar: QProgressBar | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.case_id = case_id
        self.instrument = instrument
        self.widget = parent
        self.today = today
        self.progress_bar = progress_bar
        self.busy = False
        self.last_folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self._signals: _Signals | None = None
        if progress_bar is not None:
            progress_bar.setRange(0, 100)
            progress_bar.hide()
            self.progress.connect(self._show_progress)

    # -- building ------------------------------------------------------------------

    def start(self, action: str, plan: PlanVersion, *, pseudonymise: bool | None = None) -> bool:
        """Build the PDF of `plan` (a stored or unsaved version) and then do `action`.
        `pseudonymise` is what the worker asked for; the case's own setting, read now,
        cannot be overruled (core.privacy.print_pseudonymised). Returns False when a
        build is already running."""
        if self.busy:
            return False
        from eigenkracht.core.plan import snapshot_of

        pseudonymise = print_pseudonymised(self.repo.get_case(self.case_id), pseudonymise)

        signed = plan.status is PlanStatus.SIGNED
        case_file = None if signed else self.repo.load_case(self.case_id)
        # A draft's instrument texts in the program's language, as the PDF's own words
        # (core.i18n); a signed version prints its stored snapshot.
        snapshot = snapshot_of(
            plan,
            self.instrument,
            case_file=case_file,
            today=self.today or dt.date.today(),
            language=interface_language(),
        )
        fingerprint = plan.fingerprint if signed else ""
        signed_at = plan.signed_at if signed else ""
        log_head = self.repo.log_head()  # printed in the footer (docs/security.md)

        def work(progress: Callable[[float, str], None]) -> Built:
            from eigenkracht.report.plan_pdf import PlanRenderer

            renderer = PlanRenderer(
                snapshot,
                fingerprint=fingerprint,
                signed_at=signed_at,
                pseudonymise=pseudonymise,
                progress=progress,
                log_head=log_head,
            )
            pdf = renderer.render()
            return Built(pdf, snapshot, plan, pseudonymise, dict(renderer.images))

        self.busy = True
        signals = _Signals(self)
        signals.progress.connect(self.progress)
        signals.done.connect(lambda built: self._built(action, built))
        signals.failed.connect(self._failed)
        self._signals = signals
        self.progress.emit(0, self.tr("Het plan wordt gemaakt…"))
        QThreadPool.globalInstance().start(_Render(signals, work))
        return True

    def _show_progress(self, percent: int, text: str) -> None:
        bar = self.progress_bar
        if bar is None:
            return
        bar.setValue(percent)
        bar.setFormat(f"{text} %p%")
        bar.setAccessibleDescription(text)
        bar.setVisible(self.busy)

    def _failed(self, message: str) -> None:
        self.busy = False
        if self.progress_bar is not None:
            self.progress_bar.hide()
        self.failed.emit(message)

    def _built(self, action: str, built: Built) -> None:
        self.busy = False
        if self.progress_bar is not None:
            self.progress_bar.hide()
        self.finish(action, built)

    def finish(self, action: str, built: Built) -> None:
        """Do `action` with a built plan: show it (preview), save it, or save and open it."""
        if action == PREVIEW:
            self.finished.emit(action, built, "")
            return
        path = self.ask_path(built)
        if path is None:
            self.finished.emit("cancelled", built, "")
            return
        if not self.write(path, built):
            return
        if action == PRINT:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.finished.emit(action, built, str(path))

    # -- saving ---------------------------------------------------------------------

    def suggested_name(self, built: Built) -> str:
        reference = str(built.snapshot.get("case", {}).get("reference", ""))
        number = built.plan.number
        if built.plan.status is PlanStatus.SIGNED:
            name = self.tr("Ondersteuningsplan {reference} versie {n} ondertekend")
        else:
            name = self.tr("Ondersteuningsplan {reference} versie {n} concept")
        name = name.format(reference=reference, n=number)
        if built.pseudonymise:
            name += self.tr(" (zonder namen)")
        return "".join(c for c in name if c not in '<>:"/\\|?*') + ".pdf"

    def ask_path(self, built: Built) -> Path | None:
        start = os.path.join(self.last_folder, self.suggested_name(built))
        chosen, _ = QFileDialog.getSaveFileName(
            self.widget, self.tr("Plan opslaan als PDF"), start, self.tr("PDF-bestand (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path

    def write(self, path: Path, built: Built) -> bool:
        """Write the PDF (whole or not at all, readable by the user only, no temporary
        file left behind even when killed: eigenkracht.privatefiles) and log the print."""
        from eigenkracht.privatefiles import write_private

        try:
            write_private(path, built.pdf)
        except OSError as exc:
            message = show_problem(
                self.widget, write_problem_text(path, exc), self.tr("Niet opgeslagen")
            )
            self.failed.emit(message)
            return False
        self.last_folder = str(path.parent)
        self.repo.log_export(self.case_id, "print")
        return True

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for a running build (tests, closing)."""
        return bool(QThreadPool.globalInstance().waitForDone(msecs))


__all__ = ["PREVIEW", "PRINT", "SAVE", "Built", "PlanPrinter", "signed_on"]
