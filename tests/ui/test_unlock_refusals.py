"""The window's way in refuses what the command line refuses, with the same Dutch
sentence in the unlock dialog, and writes nothing: a damaged file, a database open in
another program."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from eigenkracht.core.model import Case
from eigenkracht.store.database import create_database
from eigenkracht.store.repository import Repository
from eigenkracht.ui.unlock import UnlockDialog
from support import PASSPHRASE, cheap_kdf, file_hashes

HOLD_OPEN = """
import sys
from eigenkracht.store.database import open_database
store = open_database(sys.argv[1], sys.argv[2])
print("open", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "werk.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    repo = Repository(store)
    for n in range(60):
        repo.create_case(Case(reference=f"EK-{n:03d}", household_name="Fam. " + "w" * 200))
    store.close()
    return path


def try_to_open(qtbot, qsettings, type_text, path: Path) -> UnlockDialog:
    dialog = UnlockDialog(qsettings, cheap_kdf(), path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    type_text(qtbot, dialog.open_passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    return dialog


def test_a_damaged_file_is_refused_in_the_dialog(qtbot, qsettings, type_text, db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[len(data) * 2 // 3] ^= 0x20
    db.write_bytes(bytes(data))
    before = file_hashes(db.parent)
    dialog = try_to_open(qtbot, qsettings, type_text, db)
    assert dialog.store is None
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "Het bestand werk.db is beschadigd: een deel ervan kan niet meer worden gelezen. "
        "Er is niets aan veranderd. Zet een reservekopie terug."
    )
    assert file_hashes(db.parent) == before


def test_a_database_open_in_another_program_is_refused(
    qtbot, qsettings, type_text, db: Path
) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(db), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as other:
        assert other.stdout is not None
        assert other.stdout.readline() == "open\n"
        dialog = try_to_open(qtbot, qsettings, type_text, db)
        assert dialog.store is None
        assert "al geopend in een ander venster of programma" in dialog.error.text()
        other.kill()
        other.wait(timeout=30)
