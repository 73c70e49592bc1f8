"""EIGENKRACHT_LANG=en: the household roles of the new-case dialog are English on
screen, and stored as the program's own (Dutch) words, which the plan and the
questionnaire choice read."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from eigenkracht.store.repository import Repository
from eigenkracht.ui.caseload import NewCaseDialog

DUTCH_ROLES = {"aanvrager", "kind", "ouder", "pleegkind", "huisgenoot"}


def test_household_roles_in_english(
    english: None, qtbot, type_text, repo: Repository, today: dt.date
) -> None:  # type: ignore[no-untyped-def]
    dialog = NewCaseDialog(repo, today=today)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
    dialog.show()
    qtbot.waitExposed(dialog)
    first = dialog.members.rows[0]
    shown = [first.role.itemText(i) for i in range(first.role.count())]
    assert shown == ["applicant", "partner", "child", "parent", "foster child", "housemate"]
    assert first.role.currentText() == "applicant"
    assert not DUTCH_ROLES & set(shown)

    type_text(qtbot, dialog.household, "Family Jansen")
    type_text(qtbot, first.name, "Anna Jansen")
    qtbot.mouseClick(dialog.members.add_button, Qt.MouseButton.LeftButton)
    second = dialog.members.rows[1]
    type_text(qtbot, second.name, "Tim")
    second.role.setCurrentIndex(shown.index("child"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.created_case_id is not None
    members = repo.load_case(dialog.created_case_id).members
    assert [(m.name, m.role) for m in members] == [("Anna Jansen", "aanvrager"), ("Tim", "kind")]
