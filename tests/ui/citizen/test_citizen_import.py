"""The worker's side: reading a citizen's self-assessment into a case, field by field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from eigenkracht.core.model import AssessmentSource, Case, Conversation
from eigenkracht.demo import build_demo
from eigenkracht.exchange import selfassessment as sa
from eigenkracht.exchange.selfassessment import DomainAnswer, Helper, KdfSettings, SelfAssessment
from eigenkracht.store import audit
from eigenkracht.store.repository import Repository
from eigenkracht.ui.selfassessment_import import SelfAssessmentImportDialog

TODAY = dt.date(2026, 11, 9)
CHEAP = KdfSettings(time_cost=1, memory_cost_kib=32)


@pytest.fixture
def case_id(repo: Repository) -> int:
    case = repo.create_case(Case(reference="EK-1", household_name="Fam. Kok")).case
    assert case.id is not None
    repo.add_conversation(Conversation(case_id=case.id, date=TODAY, wellbeing=8))
    return case.id


def content() -> SelfAssessment:
    return SelfAssessment(
        "leefgebieden",
        "1.0",
        filled_in_on=TODAY,
        name="Ria",
        question="Hulp bij koken",
        wellbeing=5,
        answers=[DomainAnswer("financien", 2, wants_to_discuss=True)],
        helpers=[Helper("Els", "dochter", "boodschappen")],
    )


def dialog_for(qtbot, repo: Repository, case_id: int, path: Path) -> SelfAssessmentImportDialog:  # type: ignore[no-untyped-def]
    dialog = SelfAssessmentImportDialog(repo, case_id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.open_file(path)
    dialog.show()
    return dialog


def rows(dialog: SelfAssessmentImportDialog) -> dict[str, tuple[bool, str, str, str]]:
    found = {}
    for row in range(dialog.model.rowCount()):
        field = dialog.model.item(row, 0)
        texts = [dialog.model.item(row, c).text() for c in range(1, 4)]
        checked = field.checkState() == Qt.CheckState.Checked
        found[field.data(Qt.ItemDataRole.UserRole)] = (checked, *texts)
    return found  # type: ignore[return-value]


def test_review_and_take_over(qtbot, repo, case_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "zelf.json"
    sa.write_file(path, content())
    dialog = dialog_for(qtbot, repo, case_id, path)
    shown = rows(dialog)
    assert list(shown) == ["question", "wellbeing", "domain:financien", "helper:0"]
    assert shown["question"] == (True, "Hulp bij koken", "(niets)", "wordt ingevuld")
    # replacing the recorded 8 is shown, and not ticked
    assert shown["wellbeing"] == (False, "5", "8", "vervangt het vastgelegde cijfer")
    assert shown["domain:financien"][0]
    assert "Thuis ingevuld door Ria" in dialog.intro.text()
    assert dialog.count_label.text() == "3 van 4 aangevinkt"
    assert "Hulp bij koken" in dialog.detail.text()
    dialog.set_checked("helper:0", False)
    assert dialog.checked_keys() == ["question", "domain:financien"]
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    case_file = repo.load_case(case_id)
    (conversation,) = case_file.conversations
    assert (conversation.question, conversation.wellbeing) == ("Hulp bij koken", 8)
    (assessment,) = case_file.assessments
    assert assessment.source is AssessmentSource.AT_HOME
    assert case_file.network == []
    events = [e.event for e in audit.entries(repo.db, "EK-1")]
    assert events.count("assessments.import") == 1


def test_protected_file_asks_for_the_code(qtbot, repo, case_id, tmp_path, type_text) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "met-code.json"
    sa.write_file(path, content(), code="zon42", kdf=CHEAP)
    dialog = dialog_for(qtbot, repo, case_id, path)
    assert dialog.stack.currentIndex() == 0
    assert "beveiligd met een code" in dialog.message.text()
    assert not dialog.accept_button.isEnabled()
    type_text(qtbot, dialog.code_edit, "zon43")
    qtbot.mouseClick(dialog.code_button, Qt.MouseButton.LeftButton)
    assert "De code klopt niet" in dialog.message.text()
    assert dialog.code_edit.text() == ""
    type_text(qtbot, dialog.code_edit, "ZON42")
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert dialog.stack.currentIndex() == 1
    assert dialog.accept_button.isEnabled()
    assert dialog.message.isHidden()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"format": "eigenkracht-zelfbeoordeling", "version": 3}', "nieuwere versie"),
        (b'{"format": "eigenkracht-zelfbe', "beschadigd of onvolledig"),
        (b'{"format": "iets-anders", "version": 1}', "geen zelfbeoordeling"),
    ],
)
def test_bad_file_changes_nothing(qtbot, repo, case_id, tmp_path, data, message) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "slecht.json"
    path.write_bytes(data)
    before = len(audit.entries(repo.db))
    dialog = dialog_for(qtbot, repo, case_id, path)
    assert message in dialog.message.text()
    assert "het dossier is niet veranderd" in dialog.message.text()
    assert not dialog.accept_button.isEnabled()
    assert len(audit.entries(repo.db)) == before


def test_overview_button_opens_the_import(qtbot, repo, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from eigenkracht.ui.workspace import Workspace

    build_demo(repo, today=TODAY)
    workspace = Workspace(repo.store, today=TODAY)
    qtbot.addWidget(workspace)
    case_id = repo.list_cases()[0].id
    workspace.open_case(case_id)
    overview = workspace.overview
    assert overview is not None
    assert overview.import_button.accessibleName()
    # the button asks for a file; cancelling that changes nothing
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *args, **kwargs: ("", "")
    )
    with qtbot.waitSignal(overview.importSelfAssessment) as blocker:
        overview.import_button.click()
    assert blocker.args == [case_id]

    path = tmp_path / "zelf.json"
    sa.write_file(path, content())
    opened: list[SelfAssessmentImportDialog] = []

    def take_all(self: SelfAssessmentImportDialog) -> int:
        opened.append(self)
        self.accept_button.click()
        return int(self.result())

    monkeypatch.setattr(SelfAssessmentImportDialog, "exec", take_all)
    before = len(repo.load_case(case_id).assessments)
    workspace.import_selfassessment(case_id, path)
    assert opened and opened[0].imported >= 1
    assert len(repo.load_case(case_id).assessments) == before + 1
