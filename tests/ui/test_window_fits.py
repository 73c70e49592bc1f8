"""The main window opens inside the screen: on a laptop's 1366×768 its 1280×820 would put
Vorige and Volgende below the bottom edge (seen under Xvfb at 1366×768)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from eigenkracht.store.database import create_database
from eigenkracht.ui.widgets.screen import FRAME_ALLOWANCE, fit_to_screen
from support import PASSPHRASE, TODAY, cheap_kdf


def test_a_window_is_no_larger_than_the_free_screen(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    free = widget.screen().availableGeometry()
    fit_to_screen(widget, free.width() + 500, free.height() + 500)
    assert widget.width() == free.width()
    assert widget.height() == free.height() - FRAME_ALLOWANCE
    fit_to_screen(widget, 300, 200)  # smaller than the screen: as asked
    assert (widget.width(), widget.height()) == (300, 200)


def test_the_main_window_opens_inside_the_screen(qtbot: Any, qsettings: Any, db_path: Any) -> None:
    from eigenkracht.ui.main_window import MainWindow

    store = create_database(db_path, PASSPHRASE, kdf_params=cheap_kdf())
    window = MainWindow(store, qsettings, kdf_params=cheap_kdf(), today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    free: QRect = window.screen().availableGeometry()
    assert window.width() <= free.width()
    assert window.height() <= free.height()
    window.close()
