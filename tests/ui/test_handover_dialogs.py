"""Bestand → Dossier overdragen… / Overdracht inlezen…: real dialogs, real clicks, two
real databases; an existing case that differs is taken in only after a choice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton

from eigenkracht.core.model import Case, Conversation
from eigenkracht.store.database import create_database
from eigenkracht.store.repository import Repository
from eigenkracht.ui.handover.dialogs import ExportDialog, ImportDialog
from support import PASSPHRASE, TODAY, cheap_kdf

CODE = "zonnebloem 42"


@pytest.fixture
def two(tmp_path: Path):  # type: ignore[no-untyped-def]
    repos = []
    for name in ("zender.db", "ontvanger.db"):
        store = create_database(tmp_path / name, PASSPHRASE, worker=name, kdf_params=cheap_kdf())
        repos.append(Repository(store))
    made = repos[0].create_case(Case(reference="EK-7", household_name="Fam. Jansen"))
    assert made.case.id is not None
    repos[0].add_conversation(Conversation(case_id=made.case.id, date=TODAY, notes="eerste"))
    yield repos[0], repos[1], made.case.id
    for repo in repos:
        repo.store.close()


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _export(qtbot, repo: Repository, case_id: int, out: Path, type_text) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(repo, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.colleague_edit, "A. Yilmaz")
    type_text(qtbot, dialog.code_edit, CODE)
    type_text(qtbot, dialog.again_edit, CODE)
    dialog.file_edit.setText(str(out))
    return dialog


def test_hand_over_and_take_in_by_clicking(two, qtbot, tmp_path: Path, type_text) -> None:  # type: ignore[no-untyped-def]
    sender, receiver, case_id = two
    out = tmp_path / "overdracht.ekoverdracht"
    dialog = _export(qtbot, sender, case_id, out, type_text)
    dialog.again_edit.setText("iets anders")
    click(qtbot, dialog.make_button)
    assert dialog.error.text() == "De twee codes zijn niet gelijk."
    assert not out.exists()
    dialog.again_edit.setText(CODE)
    qtbot.mouseClick(dialog.mark_box, Qt.MouseButton.LeftButton)
    assert dialog.mark_box.isChecked()
    click(qtbot, dialog.make_button)
    assert out.exists() and dialog.made == out
    assert sender.get_case(case_id).handed_over_to == "A. Yilmaz"
    dialog.grab().save(str(tmp_path / "export.png"))

    importer = ImportDialog(receiver)
    qtbot.addWidget(importer)
    importer.show()
    importer.file_edit.setText(str(out))
    type_text(qtbot, importer.code_edit, "verkeerde code")
    click(qtbot, importer.open_button)
    assert "code klopt niet" in importer.error.text()
    assert not importer.import_button.isEnabled()
    importer.code_edit.setText(CODE)
    click(qtbot, importer.open_button)
    assert importer.error.text() == ""
    assert importer.about.text().endswith(", 1 dossier.")  # not "1 dossier(s)"
    click(qtbot, importer.import_button)
    assert [c.reference for c in receiver.list_cases()] == ["EK-7"]
    assert importer.imported


def test_an_existing_case_waits_for_a_choice(two, qtbot, tmp_path: Path, type_text) -> None:  # type: ignore[no-untyped-def]
    sender, receiver, case_id = two
    first = tmp_path / "een.ekoverdracht"
    made = _export(qtbot, sender, case_id, first, type_text)
    click(qtbot, made.make_button)
    opened = receiver.read_bundle(first.read_bytes(), CODE)
    receiver.import_bundle(opened)
    conversation = sender.load_case(case_id).conversations[0]
    assert conversation.id is not None
    sender.update(Conversation, conversation.id, notes="tweede")
    second = tmp_path / "twee.ekoverdracht"
    again = _export(qtbot, sender, case_id, second, type_text)
    click(qtbot, again.make_button)

    importer = ImportDialog(receiver)
    qtbot.addWidget(importer)
    importer.show()
    importer.resize(1000, 640)
    importer.file_edit.setText(str(second))
    type_text(qtbot, importer.code_edit, CODE)
    click(qtbot, importer.open_button)
    top = importer.tree.topLevelItem(0)
    assert top is not None and top.text(1) == "al hier, verschilt"
    texts = []
    for i in range(top.childCount()):
        record = top.child(i)
        texts += [
            (record.child(j).text(0), record.child(j).text(1), record.child(j).text(2))
            for j in range(record.childCount())
        ]
    assert ("Aantekeningen", "eerste", "tweede") in texts
    assert not importer.import_button.isEnabled()  # no choice yet: nothing can be taken in
    importer.grab().save(str(tmp_path / "import.png"))
    theirs = importer.choice_box.findChild(QRadioButton, "theirs")
    assert theirs is not None and theirs.isVisible()
    qtbot.mouseClick(theirs, Qt.MouseButton.LeftButton)
    click(qtbot, importer.import_button)
    (summary,) = receiver.list_cases()
    assert receiver.load_case(summary.id).conversations[0].notes == "tweede"
