"""The import dialog with a version 2 file: the citizen's own plan in its own group, the
goal an own action joins chosen with the keyboard, the plan taken in with the citizen as
author, and the same file again recognised ("al eerder ingelezen op ...")."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from eigenkracht.core.model import ActorKind, Author, Case, CaseKind, Conversation, Goal
from eigenkracht.exchange import selfassessment as sa
from eigenkracht.exchange.selfassessment import (
    DomainAnswer,
    Helper,
    OwnAction,
    OwnAsk,
    OwnGoal,
    OwnPlan,
    Participant,
    PlanKind,
    SelfAssessment,
)
from eigenkracht.store import audit
from eigenkracht.store.repository import Repository
from eigenkracht.ui.selfassessment_import import SelfAssessmentImportDialog

TODAY = dt.date(2026, 11, 9)
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def case_id(repo: Repository) -> int:
    case = repo.create_case(
        Case(
            reference="EK-7",
            household_name="Fam. Wouters",
            case_kind=CaseKind.JEUGD,
            melding_date=TODAY - dt.timedelta(days=5),
        )
    ).case
    assert case.id is not None
    repo.add_conversation(Conversation(case_id=case.id, date=TODAY))
    repo.add_goal(Goal(case_id=case.id, domain="huisvesting", text="Een rustige slaapkamer"))
    return case.id


def content() -> SelfAssessment:
    return SelfAssessment(
        "leefgebieden",
        "1.0",
        filled_in_on=TODAY,
        name="Shirley",
        question="Rust in huis",
        answers=[DomainAnswer("financien", 2)],
        helpers=[Helper("Oma Ans", "mijn moeder", "koken")],
        plan=OwnPlan(
            kind=PlanKind.FAMILIEGROEPSPLAN,
            goals=[OwnGoal("Elke dag samen eten.", "financien")],
            actions=[
                OwnAction("Koken op vrijdag", who="Oma Ans", ongoing=True, goal=0),
                OwnAction("Een kast voor de kinderen", who="Oom Kees", when="voor de zomer"),
            ],
            asks=[OwnAsk("Hulp bij de schulden")],
            written_with=[Participant("Oom Kees", "mijn broer", "Hij maakt een kast.")],
        ),
    )


def open_dialog(qtbot, repo: Repository, case_id: int, path: Path) -> SelfAssessmentImportDialog:  # type: ignore[no-untyped-def]
    dialog = SelfAssessmentImportDialog(repo, case_id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.open_file(path)
    dialog.show()
    return dialog


def rows(dialog: SelfAssessmentImportDialog) -> list[tuple[str | None, str, bool]]:
    found = []
    for row in range(dialog.model.rowCount()):
        field = dialog.model.item(row, 0)
        found.append(
            (
                field.data(Qt.ItemDataRole.UserRole),
                field.text(),
                field.checkState() == Qt.CheckState.Checked,
            )
        )
    return found


def test_the_own_plan_is_shown_in_its_group_and_taken_in(qtbot, repo, case_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.json"
    sa.write_file(path, content())
    dialog = open_dialog(qtbot, repo, case_id, path)
    shown = rows(dialog)
    keys = [key for key, _text, _on in shown]
    # two groups: the self-assessment, then the citizen's own plan (familiegroepsplan:
    # who took part right after the plan as a whole)
    assert shown[0] == (None, "Zelfbeoordeling van de inwoner", False)
    plan_row = keys.index(None, 1)
    assert shown[plan_row][1] == "Eigen plan van de inwoner"
    assert keys[plan_row + 1 :] == [
        "own-plan",
        "participant:0",
        "own-goal:0",
        "own-action:0",
        "own-action:1",
        "own-ask:0",
    ]
    texts = {key: text for key, text, _on in shown}
    assert texts["own-plan"] == "Het plan als geheel (familiegroepsplan)"
    assert texts["own-ask:0"] == "Vraag aan de gemeente"
    assert all(on for key, _t, on in shown if key and key.startswith(("own", "particip")))
    assert "eigen plan gemaakt" in dialog.intro.text()
    assert "al eerder ingelezen" not in dialog.intro.text()

    # keyboard: down to the second own action; its goal is chosen in "Komt bij doel"
    table = dialog.table
    assert dialog.goal_row.isHidden()
    for _ in range(keys.index("own-action:1") - 1):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == keys.index("own-action:1")
    assert dialog.goal_row.isVisible()
    assert dialog.goal_caption.buddy() is dialog.goal_box
    labels = [dialog.goal_box.itemText(i) for i in range(dialog.goal_box.count())]
    assert labels == [
        "doel 1 van de inwoner (Elke dag samen eten.)",
        "doel in het plan (Een rustige slaapkamer)",
    ]
    effect = dialog.model.item(keys.index("own-action:1"), 3)
    assert effect.text() == "nieuwe afspraak bij: doel 1 van de inwoner (Elke dag samen eten.)"
    dialog.goal_box.setFocus()
    qtbot.keyClick(dialog.goal_box, Qt.Key.Key_Down)  # a closed combo: the next goal
    assert effect.text() == "nieuwe afspraak bij: doel in het plan (Een rustige slaapkamer)"
    if os.environ.get("EIGENKRACHT_SCREENSHOTS"):
        dialog.resize(1100, 640)
        dialog.grab().save(str(SHOTS / "import_own_plan.png"))

    qtbot.keyClick(table, Qt.Key.Key_Return)  # the default button: Overnemen
    assert dialog.result() == QDialog.DialogCode.Accepted
    case_file = repo.load_case(case_id)
    (record,) = case_file.own_plans
    assert record.kind == "familiegroepsplan"
    assert case_file.case.familiegroepsplan_received == TODAY
    goals = {g.text: g for g in case_file.goals}
    eat = goals["Elke dag samen eten."]
    assert eat.author is Author.CITIZEN
    people = {p.name: p for p in case_file.network}
    (cook,) = eat.actions
    assert (cook.author, cook.network_person_id) == (Author.NETWORK, people["Oma Ans"].id)
    (cupboard,) = goals["Een rustige slaapkamer"].actions
    assert (cupboard.what, cupboard.author, cupboard.actor_kind) == (
        "Een kast voor de kinderen (voor de zomer)",
        Author.NETWORK,
        ActorKind.NETWORK,
    )
    assert cupboard.network_person_id == people["Oom Kees"].id
    assert "Vraagt aan de gemeente: Hulp bij de schulden" in case_file.conversations[0].question


def test_the_same_file_again_is_recognised(qtbot, repo, case_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.json"
    sa.write_file(path, content())
    first = open_dialog(qtbot, repo, case_id, path)
    first.accept_button.click()
    assert first.result() == QDialog.DialogCode.Accepted
    (earlier,) = repo.imports_of(case_id)
    rows_before = len(audit.entries(repo.db))
    again = open_dialog(qtbot, repo, case_id, path)
    moment = sa.moment_text(earlier.imported_at)
    assert f"Dit bestand is al eerder ingelezen op {moment}" in again.intro.text()
    assert not again.accept_button.isEnabled()
    assert "Er is niets nieuws in dit bestand" in again.message.text()
    assert again.checked_keys() == []
    assert again.count_label.text() == "0 van 0 aangevinkt"
    if os.environ.get("EIGENKRACHT_SCREENSHOTS"):
        again.resize(1100, 640)
        again.grab().save(str(SHOTS / "import_again.png"))
    # reading looked at the case (two read rows), it changed nothing
    new_rows = audit.entries(repo.db)[rows_before:]
    assert {e.action for e in new_rows} == {"R"}
    assert len(repo.imports_of(case_id)) == 1


def test_an_action_whose_goal_is_not_ticked_says_so(qtbot, repo, case_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.json"
    sa.write_file(path, content())
    dialog = open_dialog(qtbot, repo, case_id, path)
    dialog.set_checked("own-goal:0", False)
    dialog.accept_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Vink dat doel ook aan" in dialog.message.text()
    assert repo.load_case(case_id).own_plans == []
