"""Dutch mode: Qt's own file dialog is Dutch throughout. qtbase_nl.qm lacks some texts
of Qt 6 ("&Look in:", "Files of &type:", the file types "Folder" and "pdf File"); the
program's fallback translator (ui/qt_texts.py) gives them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
)

ENGLISH = ("Look in", "Files of", "File name", "Folder", "Cancel", "Save", "File")


def test_file_dialog_is_dutch(dutch: None, qtbot: Any, tmp_path: Path) -> None:
    (tmp_path / "map").mkdir()
    (tmp_path / "plan.pdf").write_bytes(b"%PDF-1.4\n")
    dialog = QFileDialog(None, "Plan opslaan als PDF", str(tmp_path), "PDF-bestand (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Zoeken in:"
    assert labels["fileNameLabel"] == "Bestands&naam:"
    assert labels["fileTypeLabel"] == "Bestanden van &type:"
    buttons = [b.text() for b in dialog.findChildren(QDialogButtonBox)[0].buttons()]
    assert sorted(buttons) == ["Annuleren", "Op&slaan"]
    provider = QAbstractFileIconProvider()
    types = [provider.type(QFileInfo(str(tmp_path / n))) for n in ("map", "plan.pdf")]
    assert types[0] == "Map"  # the "Type" column of a folder
    shown = [*labels.values(), *buttons, *types]
    for word in ENGLISH:
        assert not any(word in text.replace("&", "") for text in shown), (word, shown)


def test_the_fallback_leaves_every_other_text_alone(dutch: None) -> None:
    from PySide6.QtCore import QCoreApplication

    # Qt takes an empty answer for a translation: the program's own texts (Dutch
    # already, no translator of their own in Dutch mode) must come through unchanged.
    assert QCoreApplication.translate("Problems", "de schijf is vol") == "de schijf is vol"
    assert QCoreApplication.translate("QFileDialog", "Back") == "Terug"


def test_hand_over_file_dialogs_name_their_files_in_dutch(
    dutch: None, qtbot: Any, repo: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from eigenkracht.core.model import Case
    from eigenkracht.ui.handover.dialogs import ExportDialog, ImportDialog

    asked: list[tuple[str, str]] = []

    def ask(_parent: Any, title: str, _start: str, filters: str, *_a: Any, **_k: Any) -> Any:
        asked.append((title, filters))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(ask))
    made = repo.create_case(Case(reference="EK-1", household_name="Fam. Bos")).case
    for dialog in (ExportDialog(repo, made.id), ImportDialog(repo)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert asked == [
        ("Overdrachtsbestand", "Overdrachtsbestanden (*.ekoverdracht)"),
        ("Overdrachtsbestand", "Overdrachtsbestanden (*.ekoverdracht);;Alle bestanden (*)"),
    ]
