"""File-menu actions: retention (see ui/housekeeping/__init__.py).

"Bewaartermijnen…" opens the list of cases past their retention or handed over
(ui/caseload/retention_dialog.py); removing asks once and goes through remove_case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from eigenkracht.ui.main_window import MainWindow


def add_actions(window: MainWindow, menu: QMenu) -> list[QAction]:
    action = QAction(QCoreApplication.translate("Retention", "&Bewaartermijnen…"), window)
    action.setObjectName("retentionAction")
    action.setStatusTip(
        QCoreApplication.translate(
            "Retention",
            "Dossiers waarvan de bewaartermijn voorbij is of die zijn overgedragen: "
            "verwijder ze van deze computer.",
        )
    )
    action.triggered.connect(lambda: open_retention(window))
    menu.addAction(action)
    return [action]


def open_retention(window: MainWindow) -> None:
    """Open the list modally; afterwards the case list (and the open case) follow."""
    from eigenkracht.ui.caseload.retention_dialog import RetentionDialog

    workspace = window.workspace
    if workspace is None:
        return
    dialog = RetentionDialog(workspace.repo, today=workspace.today, parent=window)
    dialog.exec()
    if not dialog.removed:
        return
    if workspace.case_id is None or workspace.case_id in dialog.removed:
        workspace.show_cases()
        window._title_changed(workspace.household())
    else:
        workspace.cases.refresh()
