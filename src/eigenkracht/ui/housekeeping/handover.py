"""File-menu actions: Dossier overdragen… and Overdracht inlezen… (ui/handover/dialogs.py,
store/repo/handover.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from eigenkracht.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Handover", text)


def hand_over(window: MainWindow) -> None:
    from eigenkracht.ui.handover.dialogs import ExportDialog

    workspace = window.workspace
    if workspace is None:
        return
    dialog = ExportDialog(workspace.repo, workspace.case_id, parent=window)
    window._modal = dialog
    dialog.exec()
    window._modal = None


def take_in(window: MainWindow) -> None:
    from eigenkracht.ui.handover.dialogs import ImportDialog

    workspace = window.workspace
    if workspace is None:
        return
    dialog = ImportDialog(workspace.repo, parent=window)
    window._modal = dialog
    dialog.exec()
    window._modal = None
    if dialog.imported and workspace.case_id is None:
        workspace.show_cases()  # the list shows the cases taken in


def add_actions(window: MainWindow, menu: QMenu) -> list[QAction]:
    export_action = QAction(tr("Dossier &overdragen…"), window)
    export_action.setStatusTip(tr("Maak een versleuteld bestand van een dossier voor een collega."))
    export_action.triggered.connect(lambda: hand_over(window))
    import_action = QAction(tr("Overdracht in&lezen…"), window)
    import_action.setStatusTip(tr("Lees een dossier in dat een collega aan u overdraagt."))
    import_action.triggered.connect(lambda: take_in(window))
    menu.addAction(export_action)
    menu.addAction(import_action)
    window.handover_action = export_action  # type: ignore[attr-defined]
    window.handover_import_action = import_action  # type: ignore[attr-defined]
    return [export_action, import_action]
