"""Issue 11: a plan that is always current, and signing with each signer's own choice.

Sign version 1 by clicks; then a change to the question, a domain or the network (on
their own steps) makes the plan step, the preview and the PDF show version 2 as a
concept with the change, while version 1, chosen by number, prints as it was frozen.
The sign dialog chooses nothing for anyone, carries the statements from the start of
the conversation, and every signer's choice and remarks are on the signed PDF."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from eigenkracht.core.model import Agreement, Case, Perspective, PlanStatus
from eigenkracht.ui.conversation import Page
from eigenkracht.ui.plan import printing


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def text_of(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join((page.extract_text() or "").replace("\n", " ") for page in pages)


@pytest.fixture
def saved(monkeypatch: Any, tmp_path: Any) -> Any:
    """Save answers with a file in tmp_path; returns a function reading it back."""
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    monkeypatch.setattr(printing.QDesktopServices, "openUrl", staticmethod(lambda url: None))
    return lambda: text_of(target.read_bytes())


def without_log_head(text: str) -> str:
    text = re.sub(r"Logboek t/m rij \d+ · [0-9a-f]+…", "", text)  # the footer
    return re.sub(r"Logboek t/m rij \d+ · (?:[0-9a-f]{8} ?)+", "", text)  # the page for the file


def choose(dialog: Any, row: int, agreement: Agreement) -> None:
    combo = dialog.rows[row].agreement
    combo.setCurrentIndex(combo.findData(agreement))


def save(qtbot: Any, plan_page: Any, read: Any) -> str:
    with qtbot.waitSignal(plan_page.printer.finished, timeout=30_000):
        click(qtbot, plan_page.save_button)
    return str(read())


def sign_all(qtbot: Any, plan_page: Any, type_text: Any) -> Any:
    """Record the signatures: Elif agrees, Sem agrees with remarks, the professional agrees."""
    plan_page.sign()
    dialog = plan_page.sign_dialog
    choose(dialog, 0, Agreement.AGREES)
    choose(dialog, 1, Agreement.WITH_REMARKS)
    type_text(qtbot, dialog.rows[1].remarks, "Sem belt zelf de bank.")
    choose(dialog, 2, Agreement.AGREES)
    assert dialog.sign_button.isEnabled()
    click(qtbot, dialog.sign_button)
    assert dialog.signed is not None
    return dialog.signed


def test_a_change_after_signing_reaches_every_printout_and_version_1_stays(
    qtbot: Any, view: Any, plan_page: Any, fresh: Any, case_id: int, type_text: Any, saved: Any
) -> None:
    signed = sign_all(qtbot, plan_page, type_text)
    assert "Sindsdien is er niets veranderd" in plan_page.status.text()
    frozen = save(qtbot, plan_page, saved)
    assert "1, ondertekend op" in frozen and "Vingerafdruk" in frozen

    # The question, a domain and the network change on their own steps.
    assert view.goto(Page.QUESTION, check=False)
    question = view.page_widget(Page.QUESTION).question
    type_text(qtbot, question, "Ik wil zelf mijn post weer lezen.")
    assert view.goto(Page.DOMAINS, check=False)
    book = view.page_widget(Page.DOMAINS).book
    assert book.set_level(Perspective.PROFESSIONAL, "financien", 5)
    assert view.goto(Page.NETWORK, check=False)
    assert view.page_widget(Page.NETWORK).book.add(name="Fatima El Amrani") is not None
    assert view.goto(Page.PLAN, check=False)
    view.flush()

    # Nothing of it is a plan field: no draft is stored, yet the plan is version 2.
    plans = fresh().load_case(case_id).plans
    assert [(p.number, p.status) for p in plans] == [(1, PlanStatus.SIGNED)]
    banner = plan_page.status.text()
    assert "Versie 2 · concept" in banner and "versie 1 is ondertekend" in banner
    assert plan_page.sign_button.isEnabled()
    assert plan_page.version_choice.itemText(0).endswith("(versie 2, concept)")

    with qtbot.waitSignal(plan_page.printer.finished, timeout=30_000):
        click(qtbot, plan_page.preview_button)
    shown = plan_page.preview_dialog.browser.toPlainText()
    assert "versie 2 (concept)" in shown and "Ik wil zelf mijn post weer lezen." in shown
    plan_page.preview_dialog.close()
    now = save(qtbot, plan_page, saved)
    assert "2, concept (nog niet ondertekend)" in now
    assert "Ik wil zelf mijn post weer lezen." in now
    assert "Fatima El Amrani" in now and "Fatima El Amrani" not in frozen  # on the map now
    assert "iedereen die op de kaart staat" in now and "iedereen die op de kaart" in frozen
    assert "5 · " in now and "5 · " not in frozen  # the new score, in words
    assert "Vingerafdruk" not in now

    # Version 1, asked for by number, is the frozen one.
    choice = plan_page.version_choice
    choice.setCurrentIndex(choice.findData(signed.id))
    again = save(qtbot, plan_page, saved)
    assert without_log_head(again) == without_log_head(frozen)  # only the log's head moved
    assert "Ik wil zelf mijn post weer lezen." not in again

    # Signing now signs version 2 over the case as it is.
    second = sign_all(qtbot, plan_page, type_text)
    assert second.number == 2
    plans = fresh().load_case(case_id).plans
    assert [(p.number, p.status) for p in plans] == [(1, PlanStatus.SIGNED), (2, PlanStatus.SIGNED)]
    assert "Ik wil zelf mijn post weer lezen." in plans[1].snapshot
    assert "Ik wil zelf mijn post weer lezen." not in plans[0].snapshot


def test_an_action_without_a_when_is_asked_for_before_signing(
    qtbot: Any, repo: Any, plan_page: Any, fresh: Any, case_id: int
) -> None:
    """Who does what by when: signing waits until every action to do has a day or
    'doorlopend', and says so where the worker is; nothing is stored meanwhile."""
    from eigenkracht.core.model import Action, Goal

    goal = repo.add_goal(Goal(case_id=case_id, domain="financien", text="Overzicht van de post"))
    action = repo.add_action(Action(goal_id=goal.id, what="Post openen met de buurvrouw"))
    click(qtbot, plan_page.sign_button)
    assert getattr(plan_page, "sign_dialog", None) is None
    assert plan_page.problem_bar.isVisible()
    assert plan_page.problem_bar.text().startswith(
        "Bij 1 actie staat nog niet wanneer die klaar is."
    )
    assert fresh().load_case(case_id).plans == []  # no draft made by the refusal

    repo.update(Action, action.id, ongoing=True)
    click(qtbot, plan_page.sign_button)
    assert plan_page.sign_dialog.isVisible()
    assert not plan_page.problem_bar.isVisible()
    plan_page.sign_dialog.reject()


def test_the_sign_dialog_chooses_nothing_and_every_choice_is_printed(
    qtbot: Any,
    repo: Any,
    view: Any,
    plan_page: Any,
    fresh: Any,
    case_id: int,
    type_text: Any,
    saved: Any,
) -> None:
    click(qtbot, plan_page.checks["copy_received"])
    plan_page.sign()
    dialog = plan_page.sign_dialog
    combos = [row.agreement for row in dialog.rows]
    assert [c.currentData() for c in combos] == [None, None, None]  # nothing preselected
    assert not dialog.sign_button.isEnabled()
    assert dialog.hint.isVisible() and "Elif Öztürk" in dialog.hint.text()
    choose(dialog, 0, Agreement.AGREES)
    assert not dialog.sign_button.isEnabled() and "Sem de Jong" in dialog.hint.text()
    choose(dialog, 1, Agreement.WITH_REMARKS)
    assert "opmerkingen" in dialog.hint.text()
    type_text(qtbot, dialog.rows[1].remarks, "Ik wil eerst zelf de schuldeisers bellen.")
    assert not dialog.sign_button.isEnabled() and "Joke Mulder" in dialog.hint.text()
    choose(dialog, 2, Agreement.DISAGREES)
    type_text(qtbot, dialog.rows[2].remarks, "Te weinig tijd gepland.")
    assert dialog.sign_button.isEnabled() and not dialog.hint.isVisible()
    click(qtbot, dialog.sign_button)
    assert not dialog.isVisible()

    signed = fresh().load_case(case_id).plans[0]
    assert [s.agreement for s in signed.signatures] == [
        Agreement.AGREES,
        Agreement.WITH_REMARKS,
        Agreement.DISAGREES,
    ]
    assert signed.copy_received and plan_page.checks["copy_received"].isChecked()
    text = save(qtbot, plan_page, saved)
    # Every signer's own choice under their name, and every signer's remarks.
    for name, choice in (
        ("Elif Öztürk", "☑ Ik ben het eens met dit plan."),
        ("Sem de Jong", "☑ Ik ben het eens met dit plan, maar ik heb opmerkingen."),
        ("Joke Mulder", "☑ Ik ben het niet eens met dit plan."),
    ):
        part = text[text.find("Wat u verklaart") :]
        assert choice in part[part.find(name) :][:400], name
    assert "Sem de Jong: Ik wil eerst zelf de schuldeisers bellen." in text
    assert "Joke Mulder: Te weinig tijd gepland." in text
    assert "☑ Ik heb een kopie van dit plan gekregen." in text


def test_the_statements_come_from_the_start_of_the_conversation(
    qtbot: Any, repo: Any, view: Any, case_id: int, fresh: Any, type_text: Any, saved: Any
) -> None:
    start = view.page_widget(Page.START)
    assert view.goto(Page.START, check=False)
    click(qtbot, start.support_offered)
    click(qtbot, start.plan_offered)
    assert repo.get_case(case_id).clientondersteuning_offered
    assert view.goto(Page.PLAN, check=False)
    plan_page = view.page_widget(Page.PLAN)
    for field in ("informed_clientondersteuning", "informed_persoonlijk_plan"):
        box = plan_page.checks[field]
        assert box.isChecked() and not box.isEnabled(), field
        assert "start van het gesprek" in box.toolTip()
    text = save(qtbot, plan_page, saved)
    assert "☑ Ik weet dat ik gratis hulp kan krijgen" in text
    assert "☑ Ik weet dat ik zelf eerst een plan mag schrijven" in text
    # Unticked at the start again: the plan's own box is free again, and unticked.
    assert view.goto(Page.START, check=False)
    click(qtbot, start.support_offered)
    assert view.goto(Page.PLAN, check=False)
    box = plan_page.checks["informed_clientondersteuning"]
    assert box.isEnabled() and not box.isChecked()


def test_the_plan_prints_the_melding_a_persoonlijk_plan_and_the_maatwerk_warning(
    qtbot: Any, repo: Any, view: Any, goals_page: Any, case_id: int, saved: Any
) -> None:
    import datetime as dt

    from eigenkracht.core.model import Action, ActorKind, Goal

    repo.update(
        Case,
        case_id,
        melding_date=dt.date(2026, 3, 2),
        persoonlijk_plan_received=dt.date(2026, 3, 6),
    )
    store = goals_page.store
    goal = store.add_goal(
        Goal(case_id=case_id, domain="huisvesting", text="Veilig de trap op."), lambda r: None
    )
    assert goal is not None and goal.id is not None
    action = Action(
        goal_id=goal.id, what="Traplift", actor_kind=ActorKind.MAATWERK, maatwerk_kind="trap"
    )
    assert store.add_action(action, lambda r: None) is not None
    assert view.goto(Page.PLAN, check=False)
    text = save(qtbot, view.page_widget(Page.PLAN), saved)
    assert "Uw melding op 2 maart 2026" in text
    assert "persoonlijk plan ontvangen op 6 maart 2026" in text
    warning = text[text.find("Waar we op letten") :]
    assert "staat hulp van de gemeente in het plan" in warning
    assert "wat u zelf kunt doen" in warning and "hulp in de buurt" in warning
    # The network was looked at there: Marieke could help with the house.
    assert "wat mensen om u heen kunnen doen" not in warning
