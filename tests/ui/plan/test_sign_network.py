"""The sign dialog offers everyone of the network who took something on as a signer
(an action at the table, or a task in the familiegroepsplan), not ticked until they
sign, each by who they are; ticking one by a click and recording stores their signature."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from eigenkracht.core.model import (
    Action,
    ActorKind,
    Agreement,
    Author,
    Case,
    CaseKind,
    Conversation,
    ConversationKind,
    Goal,
    Member,
    NetworkPerson,
    OwnPlanRecord,
    PlanStatus,
    SignerRole,
)
from eigenkracht.ui.plan.sign_dialog import SignDialog
from support import TODAY

SHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def family(repo) -> int:
    made = repo.create_case(
        Case(
            reference="EK-2026-0909",
            household_name="Fam. Pinas",
            coordinator="Ahmed El Amrani",
            melding_date=TODAY - dt.timedelta(weeks=6),
            case_kind=CaseKind.JEUGD,
        ),
        [Member(case_id=0, name="Shirley Pinas", role="aanvrager")],
    )
    case_id = made.case.id
    conversation = repo.add_conversation(
        Conversation(
            case_id=case_id,
            date=TODAY - dt.timedelta(days=3),
            kind=ConversationKind.INTAKE,
            question="Rust in huis.",
        )
    )
    oma = repo.add_person(NetworkPerson(case_id=case_id, name="Lucia Pinas", role="oma"))
    record = OwnPlanRecord(
        case_id=case_id,
        kind="familiegroepsplan",
        received_on=TODAY - dt.timedelta(weeks=2),
        content={
            "kind": "familiegroepsplan",
            "goals": [],
            "actions": [],
            "asks": [],
            "written_with": [
                {"name": "Lucia Pinas", "who": "oma", "takes_on": "Haalt Naomi uit school."},
                {
                    "name": "Ingrid Vos",
                    "who": "buurvrouw & vriendin",
                    "takes_on": "Vangt de kinderen op.",
                },
            ],
        },
    )
    repo.import_at_home(case_id, conversation, {}, None, own_plan=record)
    repo.add_goal(
        Goal(
            case_id=case_id,
            domain="huiselijke-relaties",
            text="Rust in huis.",
            measure="Shirley zegt het.",
            author=Author.CITIZEN,
            actions=[
                Action(
                    goal_id=0,
                    what="Haalt Naomi uit school.",
                    ongoing=True,
                    actor_kind=ActorKind.NETWORK,
                    network_person_id=oma.id,
                    author=Author.NETWORK,
                )
            ],
        )
    )
    return case_id


def test_network_signers_are_offered_and_their_signature_is_stored(
    qtbot, qtlog, repo, fresh, instrument
):
    case_id = family(repo)
    draft = repo.new_plan_version(case_id)
    dialog = SignDialog(
        repo, repo.load_case(case_id), instrument, draft, today=TODAY, place="Oosterveld"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = {row.signer.name: row for row in dialog.rows}
    assert [(r.signer.role, r.signer.name) for r in dialog.rows] == [
        (SignerRole.CITIZEN, "Shirley Pinas"),
        (SignerRole.PROFESSIONAL, "Ahmed El Amrani"),
        (SignerRole.NETWORK, "Lucia Pinas"),
        (SignerRole.NETWORK, "Ingrid Vos"),
    ]
    lucia, ingrid = rows["Lucia Pinas"], rows["Ingrid Vos"]
    assert lucia.signs.text() == "Netwerk (oma)"
    assert ingrid.signs.text() == "Netwerk (buurvrouw && vriendin)"  # "&" is no shortcut
    assert ingrid.signs.accessibleName() == "Netwerk (buurvrouw & vriendin) tekent"
    assert not lucia.signs.isChecked() and not ingrid.signs.isChecked()  # until they sign

    for name in ("Shirley Pinas", "Ahmed El Amrani", "Ingrid Vos"):
        row = rows[name]
        if not row.signs.isChecked():
            click(qtbot, row.signs)
        row.agreement.setCurrentIndex(row.agreement.findData(Agreement.AGREES))
    assert ingrid.signs.isChecked()
    if os.environ.get("EIGENKRACHT_SCREENSHOTS"):
        dialog.grab().save(str(SHOTS / "sign_network.png"))
    assert dialog.sign_button.isEnabled()
    click(qtbot, dialog.sign_button)
    assert dialog.signed is not None

    plan = next(p for p in fresh().load_case(case_id).plans if p.id == draft.id)
    assert plan.status is PlanStatus.SIGNED
    assert [(s.role, s.name) for s in plan.signatures] == [
        (SignerRole.CITIZEN, "Shirley Pinas"),
        (SignerRole.PROFESSIONAL, "Ahmed El Amrani"),
        (SignerRole.NETWORK, "Ingrid Vos"),
    ]


def test_a_plan_signed_in_english_stores_the_dutch_record(qtbot, qapp, repo, fresh, instrument):
    """The snapshot is what was signed, the same record in every language: in English mode
    its network sentence is stored in Dutch like its instrument texts (printed plans of a
    signed version come from it)."""
    from ui_support import program_language

    case_id = family(repo)
    repo.add_person(
        NetworkPerson(case_id=case_id, name="Kees Pinas", is_mantelzorger=True, overburdened=True)
    )
    draft = repo.new_plan_version(case_id)
    with program_language(qapp, "en"):
        dialog = SignDialog(
            repo, repo.load_case(case_id), instrument, draft, today=TODAY, place="Oosterveld"
        )
        qtbot.addWidget(dialog)
        dialog.show()
        for row in dialog.rows[:2]:
            if not row.signs.isChecked():
                click(qtbot, row.signs)
            row.agreement.setCurrentIndex(row.agreement.findData(Agreement.AGREES))
        click(qtbot, dialog.sign_button)
        assert dialog.signed is not None
    plan = next(p for p in fresh().load_case(case_id).plans if p.id == draft.id)
    assert "zorgt veel voor het gezin en heeft het te zwaar" in plan.snapshot
    assert "too" not in plan.snapshot.casefold().split()
