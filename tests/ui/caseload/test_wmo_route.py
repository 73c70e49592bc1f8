"""Click-through: one demo household walked from melding to beschikking on its case
overview (the Verloop), with real clicks and typing, checking the database, the terms
in words and the case list at each step; the status chosen with a reason; the signed
plan as the verslag right after signing (signed in the conversation's plan step, through
the sign dialog, by clicks); the Jeugdwet route of demo Tesfay."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QMessageBox, QPushButton

from eigenkracht.core.instruments import default_instrument
from eigenkracht.core.model import Agreement, CaseStatus, Signature, SignerRole
from eigenkracht.core.plan import build_snapshot
from eigenkracht.core.process import StepKind
from eigenkracht.store import audit
from eigenkracht.store.repository import Repository
from eigenkracht.ui.caseload.model import Column
from eigenkracht.ui.caseload.route import RouteBox
from eigenkracht.ui.conversation import Page
from eigenkracht.ui.plan.verslag import offer_plan_as_verslag
from eigenkracht.ui.workspace import Workspace

demo = pytest.importorskip("eigenkracht.demo")

VAN_DIJK = "Dhr. en mevr. Van Dijk"


@pytest.fixture
def demo_repo(repo: Repository, today: dt.date) -> Repository:
    demo.build_demo(repo, today=today)
    return repo


@pytest.fixture
def workspace(qtbot: Any, demo_repo: Repository, today: dt.date) -> Workspace:
    ws = Workspace(demo_repo.store, today=today)
    qtbot.addWidget(ws)
    ws.resize(1366, 900)
    ws.show()
    qtbot.waitExposed(ws)
    return ws


def case_id_of(repo: Repository, name: str) -> int:
    return next(c.id for c in repo.list_cases() if c.household_name == name)


def list_text(ws: Workspace, case_id: int) -> str:
    model = ws.cases.model
    index = model.index(model.row_of(case_id), model.column(Column.NEXT_DEADLINE))
    return str(index.data())


def open_from_list(qtbot: Any, ws: Workspace, case_id: int) -> RouteBox:
    """Double-click the household's row in the case list."""
    source = ws.cases.model.index(ws.cases.model.row_of(case_id), 1)
    index = ws.cases.proxy.mapFromSource(source)
    view = ws.cases.view
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: ws.overview is not None and ws.overview.case_id == case_id)
    assert ws.overview is not None
    return ws.overview.route_box


def click(qtbot: Any, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def state(box: RouteBox, kind: StepKind) -> str:
    return box.rows[kind].state.text()


def today_button(box: RouteBox, kind: StepKind) -> QPushButton:
    return box.rows[kind].today_button


def sign_the_plan(repo: Repository, case_id: int, day: dt.date) -> None:
    """What the plan step's sign dialog stores: the draft, frozen with its signatures."""
    plan = repo.draft_plan(case_id)
    assert plan.id is not None
    signatures = [
        Signature(SignerRole.CITIZEN, "Wim van Dijk", day),
        Signature(SignerRole.PROFESSIONAL, "Ahmed El Amrani", day),
    ]
    snapshot = build_snapshot(
        repo.load_case(case_id), default_instrument(), plan, today=day, signatures=signatures
    )
    repo.sign_plan(plan.id, snapshot, signatures)


def test_walks_one_demo_household_from_melding_to_beschikking(
    qtbot: Any, workspace: Workspace, demo_repo: Repository, today: dt.date
) -> None:
    repo = demo_repo
    case_id = case_id_of(repo, VAN_DIJK)
    logged = len(audit.entries(repo.db))
    assert list_text(workspace, case_id).startswith("Verslag: ")

    box = open_from_list(qtbot, workspace, case_id)
    melding = repo.get_case(case_id).melding_date
    assert melding == dt.date(2026, 10, 19)
    assert state(box, StepKind.MELDING) == "klaar op ma 19-10-2026"
    assert state(box, StepKind.VERSLAG) == "uiterlijk ma 30-11-2026 · nog 21 dagen"
    assert box.status_label.text() == "Status: Onderzoek (volgt uit de datums)"

    # 1. melding: the citizen called on the Friday before; the worker types the day
    edit = box.rows[StepKind.MELDING].edit.edit
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(8, edit.height() // 2))
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)  # where the click landed
    qtbot.keyClicks(edit, "16")
    assert repo.get_case(case_id).melding_date == melding  # stored after the typing pause
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: repo.get_case(case_id).melding_date == dt.date(2026, 10, 16))
    box = workspace.overview.route_box  # type: ignore[union-attr]
    assert state(box, StepKind.MELDING) == "klaar op vr 16-10-2026"
    assert state(box, StepKind.VERSLAG) == "uiterlijk vr 27-11-2026 · nog 18 dagen"

    # 2. cliëntondersteuning: told at the intake, the day is recorded now
    assert state(box, StepKind.CLIENTONDERSTEUNING) == "gewezen (datum niet vastgelegd)"
    click(qtbot, today_button(box, StepKind.CLIENTONDERSTEUNING))
    assert repo.get_case(case_id).clientondersteuning_date == today
    assert state(box, StepKind.CLIENTONDERSTEUNING) == "klaar op ma 09-11-2026"

    # a beschikking before any aanvraag is refused, in Dutch, and nothing is stored
    click(qtbot, today_button(box, StepKind.BESCHIKKING))
    assert box.message.text() == ("Leg eerst de datum van de aanvraag vast. Er is niets veranderd.")
    assert repo.get_case(case_id).beschikking_date is None
    assert box.rows[StepKind.BESCHIKKING].edit.value() is None

    # 3. onderzoek: the intake conversation was held
    assert state(box, StepKind.ONDERZOEK) == "eerste gesprek op ma 26-10-2026"
    assert repo.get_case(case_id).status is CaseStatus.ONDERZOEK

    # 4. the plan is signed at the table, in the conversation's plan step and the sign
    # dialog; right after signing the program offers it as the verslag. The worker says
    # "not now", and the overview offers it again.
    click(qtbot, workspace.overview.resume_button)  # type: ignore[union-attr]
    view = workspace.conversation
    assert view is not None and workspace.kitchen_table
    rect = view.steps.visualItemRect(view.steps.item(int(Page.PLAN)))
    qtbot.mouseClick(view.steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.current_page() is Page.PLAN)
    plan_page = view.page_widget(Page.PLAN)
    plan_page.today = today  # the demo's day, not the machine's
    click(qtbot, plan_page.sign_button)
    dialog = plan_page.sign_dialog
    assert not dialog.sign_button.isEnabled()  # nobody's choice is made for them
    for row in dialog.rows:
        if row.signs.isChecked():
            row.agreement.setCurrentIndex(row.agreement.findData(Agreement.AGREES))
    click(qtbot, dialog.sign_button)
    assert dialog.signed is not None and dialog.signed.number == 1
    offer = plan_page.verslag_offer
    assert isinstance(offer, QMessageBox)
    assert "Het ondertekende plan geldt als verslag." in offer.text()
    no = next(b for b in offer.buttons() if b.text() == "Nee, niet nu")
    click(qtbot, no)  # type: ignore[arg-type]
    assert repo.get_case(case_id).verslag_sent is None
    click(qtbot, workspace.leave_button)  # back from the table to the case overview
    assert workspace.conversation is None
    box = workspace.overview.route_box  # type: ignore[union-attr]
    assert box.verslag_bar.isVisible()
    assert box.verslag_bar.text().startswith(
        "Het ondertekende plan geldt als verslag (versie 1, ondertekend op ma 09-11-2026)."
    )
    click(qtbot, box.verslag_button)
    stored = repo.get_case(case_id)
    assert stored.verslag_sent == today
    assert stored.status is CaseStatus.PLAN
    box = workspace.overview.route_box  # type: ignore[union-attr]
    assert not box.verslag_bar.isVisible()
    assert state(box, StepKind.VERSLAG) == "klaar op ma 09-11-2026"
    assert box.status_label.text() == "Status: Plan loopt (volgt uit de datums)"
    assert "Status: Plan loopt" in workspace.overview.info_label.text()  # type: ignore[union-attr]

    # 5. aanvraag: the beschikking term starts
    click(qtbot, today_button(box, StepKind.AANVRAAG))
    assert repo.get_case(case_id).aanvraag_date == today
    assert state(box, StepKind.BESCHIKKING) == "uiterlijk ma 23-11-2026 · nog 14 dagen"

    # the case list shows the term that now runs
    click(qtbot, workspace.overview.back_button)  # type: ignore[union-attr]
    assert list_text(workspace, case_id) == "Beschikking: ma 23-11-2026 (over 14 dagen)"
    assert (
        workspace.cases.model.index(
            workspace.cases.model.row_of(case_id), workspace.cases.model.column(Column.STATUS)
        ).data()
        == "Plan loopt"
    )

    # 6. beschikking: sent, the last term stops
    box = open_from_list(qtbot, workspace, case_id)
    click(qtbot, today_button(box, StepKind.BESCHIKKING))
    assert repo.get_case(case_id).beschikking_date == today
    assert state(box, StepKind.BESCHIKKING) == "klaar op ma 09-11-2026"
    assert box.message.text() == ""
    click(qtbot, workspace.overview.back_button)  # type: ignore[union-attr]
    assert list_text(workspace, case_id) == ""

    # one audited write per step: melding, cliëntondersteuning, verslag, aanvraag, beschikking
    route_rows = [r for r in audit.entries(repo.db)[logged:] if r.event == "cases.route"]
    assert [r.object.split(":")[2].split(",")[0] for r in route_rows] == [
        "melding_date",
        "clientondersteuning_date",
        "verslag_sent",
        "aanvraag_date",
        "beschikking_date",
    ]


def test_the_status_is_chosen_with_a_reason_and_given_back_to_the_days(
    qtbot: Any, workspace: Workspace, demo_repo: Repository
) -> None:
    case_id = case_id_of(demo_repo, VAN_DIJK)
    box = open_from_list(qtbot, workspace, case_id)
    click(qtbot, box.status_button)
    dialog = box.status_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.choice.setCurrentIndex(dialog.choice.findData(CaseStatus.EVALUATIE.value))
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.message.text() == (
        "Schrijf op waarom u de status zelf kiest. Er is niets veranderd."
    )
    assert demo_repo.get_case(case_id).status is CaseStatus.ONDERZOEK
    qtbot.keyClicks(dialog.reason, "Evaluatie van de dagbesteding")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: box.status_dialog is None or not dialog.isVisible())
    case = demo_repo.get_case(case_id)
    assert case.status is CaseStatus.EVALUATIE
    assert case.status_reason == "Evaluatie van de dagbesteding"
    box = workspace.overview.route_box  # type: ignore[union-attr]
    assert box.status_label.text() == (
        "Status: Evaluatie (zelf gekozen: Evaluatie van de dagbesteding)"
    )
    # back to what the days say
    click(qtbot, box.status_button)
    dialog = box.status_dialog
    assert dialog is not None
    assert dialog.choice.itemText(0) == "Volgt uit de datums (Onderzoek)"
    dialog.choice.setCurrentIndex(0)
    click(qtbot, dialog.ok_button)
    assert demo_repo.get_case(case_id).status is CaseStatus.ONDERZOEK
    assert demo_repo.get_case(case_id).status_override is None


def test_right_after_signing_yes_makes_the_signed_plan_the_verslag(
    qtbot: Any, workspace: Workspace, demo_repo: Repository, today: dt.date
) -> None:
    case_id = case_id_of(demo_repo, VAN_DIJK)
    sign_the_plan(demo_repo, case_id, today - dt.timedelta(days=3))
    offer = offer_plan_as_verslag(workspace, demo_repo, case_id, today)
    assert isinstance(offer, QMessageBox)
    yes = next(b for b in offer.buttons() if b.text() == "Ja, het plan is het verslag")
    click(qtbot, yes)  # type: ignore[arg-type]
    assert demo_repo.get_case(case_id).verslag_sent == dt.date(2026, 11, 6)
    # nothing more to offer once the verslag is there
    assert offer_plan_as_verslag(workspace, demo_repo, case_id, today) is None
    QApplication.processEvents()


def test_a_jeugdwet_household_follows_its_own_route(
    qtbot: Any, workspace: Workspace, demo_repo: Repository
) -> None:
    case_id = case_id_of(demo_repo, "Mevr. Tesfay")
    box = open_from_list(qtbot, workspace, case_id)
    assert box.kind_combo.currentText() == "Jeugdwet"
    assert box.rows[StepKind.FAMILIEGROEPSPLAN].edit.isVisible()
    assert not box.rows[StepKind.PERSOONLIJK_PLAN].edit.isVisible()
    assert state(box, StepKind.FAMILIEGROEPSPLAN) == "aangeboden op do 24-09-2026"
    assert box.rows[StepKind.VERSLAG].caption.text() == "Plan of verslag gegeven:"
    assert state(box, StepKind.BESCHIKKING) == "uiterlijk ma 28-12-2026 · nog 49 dagen"
    # the same case as a Wmo case would have a two-week beschikking term
    box.kind_combo.setFocus()
    qtbot.keyClick(box.kind_combo, Qt.Key.Key_Up)  # Wmo, the first choice
    assert demo_repo.get_case(case_id).case_kind.value == "wmo"
    box = workspace.overview.route_box  # type: ignore[union-attr]
    assert state(box, StepKind.BESCHIKKING) == "uiterlijk ma 16-11-2026 · nog 7 dagen"
    assert box.rows[StepKind.PERSOONLIJK_PLAN].edit.isVisible()
    assert not box.rows[StepKind.FAMILIEGROEPSPLAN].edit.isVisible()


def test_the_familiegroepsplan_step_says_when_the_family_plan_came_in(
    qtbot: Any, workspace: Workspace, demo_repo: Repository
) -> None:
    case_id = case_id_of(demo_repo, "Fam. Pinas")
    case = demo_repo.get_case(case_id)
    assert case.familiegroepsplan_offered is not None
    assert case.familiegroepsplan_received is not None
    box = open_from_list(qtbot, workspace, case_id)
    offered = case.familiegroepsplan_offered.strftime("%d-%m-%Y")
    received = case.familiegroepsplan_received.strftime("%d-%m-%Y")
    text = state(box, StepKind.FAMILIEGROEPSPLAN)
    assert text.startswith("aangeboden op ")
    assert offered in text
    assert offered in text.split(", ontvangen op ", 1)[0]
    assert received in text.split(", ontvangen op ", 1)[1]
