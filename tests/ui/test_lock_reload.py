"""The window and another program on one database. While the window has it open the
other program is refused; while the window is locked (its database closed) the other
program may write, and after unlocking the window shows what is in the database now,
so its next keystroke does not overwrite that with what it showed before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from eigenkracht.store.database import open_database
from eigenkracht.ui.conversation import Page
from eigenkracht.ui.main_window import MainWindow
from support import PASSPHRASE, fire

OTHER_PROGRAM = """
import sys
from eigenkracht.core.model import Conversation
from eigenkracht.store.database import StoreError, open_database
from eigenkracht.store.repository import Repository
try:
    store = open_database(sys.argv[1], sys.argv[2])
except StoreError as exc:
    print(exc)
    sys.exit(1)
Repository(store, origin="opdrachtregel").update(
    Conversation, int(sys.argv[3]), question=sys.argv[4]
)
store.close()
"""


@pytest.fixture
def db_path(demo_db_path: Path) -> Path:
    return demo_db_path


def other_program(
    db: Path, conversation_id: int, question: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", OTHER_PROGRAM, str(db), PASSPHRASE, str(conversation_id), question],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )


def test_after_unlocking_the_window_shows_what_another_program_wrote(
    window: MainWindow, qtbot, type_text, db_path: Path
) -> None:
    ws = window.workspace
    page = ws.cases
    type_text(qtbot, page.search_edit, "Kerkhof")
    fire(page.search_timer)  # the pause after the last key
    assert len(page.visible_case_ids()) == 1
    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.overview is not None)
    qtbot.mouseClick(ws.overview.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.conversation is not None)
    view = ws.conversation
    view.goto(Page.QUESTION, check=False)
    type_text(qtbot, view.page_widget(Page.QUESTION).question, "Uit het venster.")
    conversation_id = view.conversation_id

    # The window has the database open: the other program is refused and writes nothing.
    refused = other_program(db_path, conversation_id, "Van de opdrachtregel.")
    assert refused.returncode == 1
    assert "al geopend in een ander venster of programma" in refused.stdout

    # Locked, the window has let go of the database: now the other program writes.
    window.lock()
    assert window.is_locked
    done = other_program(db_path, conversation_id, "Van de opdrachtregel.")
    assert done.returncode == 0, done.stdout + done.stderr

    dialog = window.unlock_dialog
    type_text(qtbot, dialog.open_passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked)
    ws = window.workspace
    assert ws.conversation.conversation_id == conversation_id
    question = ws.conversation.page_widget(Page.QUESTION).question
    assert question.toPlainText() == "Van de opdrachtregel."  # read again, not remembered

    # One keystroke in the window builds on what is stored now.
    question.moveCursor(question.textCursor().MoveOperation.End)
    type_text(qtbot, question, "!")
    ws.flush()
    check = open_database(db_path, PASSPHRASE)
    try:
        saved = check.db.execute(
            "SELECT question FROM conversations WHERE id = ?", [conversation_id]
        ).fetchone()[0]
    finally:
        check.close()
    assert saved == "Van de opdrachtregel.!"
