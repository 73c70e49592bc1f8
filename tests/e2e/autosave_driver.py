"""Runs the real main window in its own process and types into a conversation, one
character every few milliseconds, printing how much it has typed. The test kills
this process with SIGKILL and then reads the database.

    python autosave_driver.py DB PASSPHRASE REFERENCE TEXT
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from eigenkracht.store.database import open_database
from eigenkracht.ui.app import create_application
from eigenkracht.ui.conversation import Page
from eigenkracht.ui.main_window import MainWindow

INTERVAL_MS = 25


def main() -> int:
    db, passphrase, reference, text = sys.argv[1:5]
    app = create_application([sys.argv[0]])
    window = MainWindow(open_database(db, passphrase, worker="driver"))
    window.show()
    workspace = window.workspace
    assert workspace is not None
    case = workspace.repo.find_case(reference)
    assert case is not None and case.id is not None
    workspace.open_case(case.id)
    assert workspace.overview is not None
    QTest.mouseClick(workspace.overview.start_button, Qt.MouseButton.LeftButton)
    view = workspace.conversation
    assert view is not None
    view.goto(Page.QUESTION, check=False)
    page = view.page_widget(Page.QUESTION)
    QTest.mouseClick(page.wellbeing.group.button(6), Qt.MouseButton.LeftButton)
    field = page.question
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    print(f"conversation {view.conversation_id}", flush=True)
    typed = 0

    def type_one() -> None:
        nonlocal typed
        if typed >= len(text):
            print("done", flush=True)
            return
        char = text[typed]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        typed += 1
        print(f"typed {typed} {time.monotonic():.3f}", flush=True)
        QTimer.singleShot(INTERVAL_MS, type_one)

    QTimer.singleShot(0, type_one)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
