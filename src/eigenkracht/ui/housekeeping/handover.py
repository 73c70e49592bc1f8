"""File-menu actions: handover (see ui/housekeeping/__init__.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from eigenkracht.ui.main_window import MainWindow


def add_actions(window: MainWindow, menu: QMenu) -> list[QAction]:
    return []
