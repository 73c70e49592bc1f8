"""The plan step: plan fields stored as typed, preview, save and print (only the file
dialog and the system viewer are replaced), signing freezes a version, re-printing a
signed version gives the same bytes; the plan dialog with then and now."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from eigenkracht.core.model import Agreement, PlanStatus, SignerRole
from eigenkracht.report.plan_pdf import render_version
from eigenkracht.store import audit
from eigenkracht.ui.conversation import Page
from eigenkracht.ui.plan import printing

HOSTILE = "<b>Let op</b> & ĳs 😀 שלום"


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def text_of(pdf: bytes) -> str:
    return " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def plan_tab(plan_page):
    return plan_page


def on_to_the_plan(view):
    """From the goals step to the plan step, as the worker goes: Volgende, through the
    summary the citizen checks first."""
    assert view.current_page() is Page.GOALS
    assert view.next_page() and view.current_page() is Page.SUMMARY
    assert view.next_page() and view.current_page() is Page.PLAN
    return view.page_widget(Page.PLAN)


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """The save dialog answers with a file in tmp_path; the viewer only records."""
    target = tmp_path / "uit" / "plan.pdf"
    target.parent.mkdir()
    opened: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    monkeypatch.setattr(
        printing.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url))
    )
    return target, opened


def prints(repo, reference: str) -> int:
    return sum(1 for e in audit.entries(repo.db, reference) if e.event == "cases.print")


def test_plan_fields_are_stored_in_the_draft_and_undone(
    qtbot, view, plan_tab, fresh, case_id, type_text
):
    type_text(qtbot, plan_tab.agreements, HOSTILE)
    click(qtbot, plan_tab.checks["informed_clientondersteuning"])
    plan_tab.evaluation.setValue(dt.date(2026, 5, 4))
    view.flush()
    plans = fresh().load_case(case_id).plans
    assert len(plans) == 1 and plans[0].status is PlanStatus.DRAFT
    assert plans[0].agreements == HOSTILE
    assert plans[0].informed_clientondersteuning
    assert plans[0].evaluation_date == dt.date(2026, 5, 4)
    view.goto(Page.SUMMARY, check=False)
    view.undo()  # shows the step the edit was made on
    assert view.current_page() is Page.PLAN
    view.undo()
    assert fresh().load_case(case_id).plans[0].informed_clientondersteuning is False
    assert not plan_tab.checks["informed_clientondersteuning"].isChecked()


def test_save_writes_the_pdf_where_asked_and_logs_the_print(
    qtbot, view, plan_tab, repo, type_text, save_to
):
    target, opened = save_to
    type_text(qtbot, plan_tab.agreements, HOSTILE)
    with qtbot.waitSignal(plan_tab.printer.finished, timeout=30_000) as done:
        click(qtbot, plan_tab.save_button)
        assert plan_tab.printer.busy
    assert done.args[0] == "save" and done.args[2] == str(target)
    text = text_of(target.read_bytes())
    assert "<b>Let op</b> & ĳs" in text and "שלום" in text
    assert "Fam. Öztürk-de Jong" in text and "concept" in text
    assert not plan_tab.progress_bar.isVisible()
    assert str(target) in plan_tab.result.text()
    assert opened == []
    assert prints(repo, "EK-2026-0303") == 1
    assert [p.name for p in target.parent.iterdir()] == ["plan.pdf"]  # no temporary files
    assert sys.platform == "win32" or target.stat().st_mode & 0o777 == 0o600  # for the user only


def test_print_saves_and_opens_the_viewer(qtbot, view, plan_tab, repo, save_to):
    target, opened = save_to
    plan_tab.pseudonymise.setChecked(True)
    with qtbot.waitSignal(plan_tab.printer.finished, timeout=30_000):
        click(qtbot, plan_tab.print_button)
    assert len(opened) == 1 and opened[0].toLocalFile() == str(target)
    text = text_of(target.read_bytes())
    assert "Marieke" not in text and "Kees de Jong" not in text
    assert prints(repo, "EK-2026-0303") == 1


def test_cancelling_the_save_dialog_writes_and_logs_nothing(
    qtbot, view, plan_tab, repo, monkeypatch
):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    with qtbot.waitSignal(plan_tab.printer.finished, timeout=30_000) as done:
        click(qtbot, plan_tab.save_button)
    assert done.args[0] == "cancelled"
    assert prints(repo, "EK-2026-0303") == 0


def test_the_preview_shows_the_plan_escaped(qtbot, view, goals_page, type_text, save_to):
    goals = goals_page
    type_text(qtbot, goals.new_goal, "Doel met <i>tekens</i> & meer")
    qtbot.keyClick(goals.new_goal, Qt.Key.Key_Return)
    plan_tab = on_to_the_plan(view)
    progress: list[int] = []
    plan_tab.printer.progress.connect(lambda percent, _text: progress.append(percent))
    with qtbot.waitSignal(plan_tab.printer.finished, timeout=30_000):
        click(qtbot, plan_tab.preview_button)
    assert progress[0] == 0 and progress[-1] == 100
    dialog = plan_tab.preview_dialog
    assert dialog is not None and dialog.isVisible()
    shown = dialog.browser.toPlainText()
    assert "Doel met <i>tekens</i> & meer" in shown
    assert "Ondersteuningsplan" in shown and "bladzijden" in dialog.summary.text()
    target, _ = save_to
    with qtbot.waitSignal(plan_tab.printer.finished, timeout=10_000):
        click(qtbot, dialog.save_button)
    assert target.exists()


def choose(dialog, row: int, agreement: Agreement) -> None:
    combo = dialog.rows[row].agreement
    combo.setCurrentIndex(combo.findData(agreement))


def test_signing_freezes_the_version_and_reprints_identically(
    qtbot, view, goals_page, repo, fresh, case_id, instrument, type_text, save_to
):
    type_text(qtbot, goals_page.new_goal, "Schulden in beeld")
    qtbot.keyClick(goals_page.new_goal, Qt.Key.Key_Return)
    plan_tab = on_to_the_plan(view)
    click(qtbot, plan_tab.checks["copy_received"])
    plan_tab.sign()
    dialog = plan_tab.sign_dialog
    assert dialog.isVisible()
    roles = [row.signer.role for row in dialog.rows]
    assert roles == [SignerRole.CITIZEN, SignerRole.CITIZEN, SignerRole.PROFESSIONAL]
    # Nobody of the household signs: refused with a message.
    for row in dialog.rows[:2]:
        row.signs.setChecked(False)
    assert not dialog.sign_button.isEnabled() and "inwoner" in dialog.hint.text()
    dialog.rows[0].signs.setChecked(True)
    choose(dialog, 0, Agreement.WITH_REMARKS)
    assert not dialog.sign_button.isEnabled() and "opmerkingen" in dialog.hint.text()
    type_text(qtbot, dialog.rows[0].remarks, "Eerst zelf bellen")
    # Nothing is chosen for the professional either.
    assert not dialog.sign_button.isEnabled() and "Joke Mulder" in dialog.hint.text()
    choose(dialog, 2, Agreement.AGREES)
    assert dialog.sign_button.isEnabled() and not dialog.hint.isVisible()
    click(qtbot, dialog.sign_button)
    assert not dialog.isVisible()

    plans = fresh().load_case(case_id).plans
    assert [(p.number, p.status) for p in plans] == [(1, PlanStatus.SIGNED)]
    signed = plans[0]
    assert len(signed.fingerprint) == 64 and signed.copy_received
    assert signed.signatures[0].remarks == "Eerst zelf bellen"
    assert "ondertekend" in plan_tab.status.text() and "niets veranderd" in plan_tab.status.text()
    assert plan_tab.checks["copy_received"].isChecked()  # stays as it was signed
    assert not plan_tab.sign_button.isEnabled()  # nothing to sign until something changes

    # A later edit starts version 2; version 1 stays as it was.
    type_text(qtbot, plan_tab.agreements, "Na het tekenen")
    view.flush()
    plans = fresh().load_case(case_id).plans
    assert [(p.number, p.status) for p in plans] == [(1, PlanStatus.SIGNED), (2, PlanStatus.DRAFT)]
    assert plans[0].snapshot == signed.snapshot
    assert "Versie 2 · concept" in plan_tab.status.text()
    assert not plan_tab.checks["copy_received"].isChecked()  # of version 2: not yet

    # Printing version 1, chosen by number, gives the bytes of its stored snapshot.
    target, _ = save_to
    choice = plan_tab.version_choice
    choice.setCurrentIndex(choice.findData(signed.id))
    with qtbot.waitSignal(plan_tab.printer.finished, timeout=30_000):
        click(qtbot, plan_tab.print_button)
    printed = target.read_bytes()
    *earlier, last = audit.entries(repo.db)
    assert last.event == "cases.print"
    # The footer names the head when the PDF was made; a step built in idle time
    # meanwhile may have logged a read after it.
    footer = text_of(printed).replace("\n", "")
    heads = [audit.Head(e.id, e.hash) for e in reversed(earlier)]
    head = next(h for h in heads if f"Logboek t/m rij {h.short}" in footer)
    assert printed == render_version(signed, instrument, log_head=head)
    assert signed.fingerprint in "".join(text_of(printed).split())  # on the page for the file
    assert "Na het tekenen" not in text_of(printed)


def test_the_plan_dialog_prints_versions_and_shows_then_and_now(
    qtbot, repo, case_id, conversation_id, instrument, save_to, monkeypatch
):
    from eigenkracht.ui.plan.dialog import PlanDialog

    dialog = PlanDialog(repo, case_id, instrument, today=dt.date(2026, 3, 9))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.version_list.count() == 1  # no version yet: the plan as it is now
    target, _ = save_to
    with qtbot.waitSignal(dialog.printer.finished, timeout=30_000):
        click(qtbot, dialog.save_button)
    assert "Ondersteuningsplan" in text_of(target.read_bytes())
    dialog.tabs.setCurrentWidget(dialog.then_now)
    QApplication.processEvents()
    view = dialog.then_now
    # Two domains scored: no radar (core.assessments.RADAR_MINIMUM), then and now in
    # words per perspective, and the wellbeing line.
    assert len(view.canvases) == 1
    words = [label.text() for label in view.findChildren(QLabel)]
    assert any("toen 2 · Het gaat slecht" in text and "nu 2" in text for text in words)
    assert any("Professional, " in text and "toen 3 · " in text for text in words)
    assert all(canvas.accessibleName() for canvas in view.canvases)
    other = target.with_name("toen-en-nu.pdf")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(other), "PDF"))
    )
    assert view.save_pdf() == str(other)
    assert sys.platform == "win32" or other.stat().st_mode & 0o777 == 0o600
    reader = PdfReader(io.BytesIO(Path(other).read_bytes()))
    assert len(reader.pages) == 1
    assert "Toen en nu" in reader.pages[0].extract_text()
    assert prints(repo, "EK-2026-0303") == 2
    dialog.close()


@pytest.fixture
def warnings(monkeypatch):
    """What the one place that shows problems (ui/widgets/problems.py) put in a box."""
    from eigenkracht.ui.widgets import problems

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        problems.QMessageBox, "warning", staticmethod(lambda _w, t, m: shown.append((t, m)))
    )
    return shown


def test_a_pdf_that_cannot_be_written_is_told_in_dutch_and_not_logged(
    qtbot, view, plan_tab, repo, tmp_path, monkeypatch, warnings
):
    import errno
    import os

    target = tmp_path / "weg" / "plan.pdf"  # the folder is not there (any more)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    failed: list[str] = []
    plan_tab.printer.failed.connect(failed.append)
    with qtbot.waitSignal(plan_tab.printer.failed, timeout=30_000):
        click(qtbot, plan_tab.save_button)
    assert failed == [
        f"Opslaan in {target} is niet gelukt: de map of het bestand bestaat niet (meer)."
        " Er is niets opgeslagen."
    ]
    assert len(warnings) == 1 and warnings[0][0] == "Niet opgeslagen"
    assert os.strerror(errno.ENOENT) not in warnings[0][1]  # never the system's English
    assert not target.parent.exists()
    assert prints(repo, "EK-2026-0303") == 0


def test_then_and_now_that_cannot_be_written_is_told_in_dutch(
    qtbot, repo, case_id, conversation_id, instrument, tmp_path, monkeypatch, warnings
):
    from eigenkracht.ui.plan.then_now import ThenNowView

    view = ThenNowView(repo, case_id, instrument, today=dt.date(2026, 3, 9))
    qtbot.addWidget(view)
    target = tmp_path  # a folder, not a file
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    assert view.save_pdf() == ""
    assert len(warnings) == 1
    title, message = warnings[0]
    assert title == "Niet opgeslagen"
    assert "is niet gelukt: dat is een map. Er is niets opgeslagen." in message
    assert "Errno" not in message and "directory" not in message.lower()
    assert prints(repo, "EK-2026-0303") == 0


def test_a_case_that_hides_names_never_prints_them_not_even_when_unticked(
    qtbot, repo, case_id, conversation_id, instrument, save_to, monkeypatch
):
    """core.privacy.print_pseudonymised: the case's setting is the floor for every print
    (the dialog, then and now, the command line); the worker may only add to it."""
    from eigenkracht.core.model import Case, NetworkPerson
    from eigenkracht.ui.plan.dialog import PlanDialog

    later = NetworkPerson(case_id=case_id, name="Ans Nieuw", role="vriendin")
    later.since = dt.date(2026, 4, 1)  # came after the intake: "Erbij gekomen" on then and now
    repo.add_person(later)
    target, _ = save_to
    other = target.with_name("toen-en-nu.pdf")

    def print_both(dialog) -> tuple[str, str]:
        with qtbot.waitSignal(dialog.printer.finished, timeout=30_000):
            click(qtbot, dialog.save_button)
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(other), "PDF"))
        )
        assert dialog.then_now.save_pdf() == str(other)
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
        )
        return text_of(target.read_bytes()), text_of(other.read_bytes())

    named = PlanDialog(repo, case_id, instrument, today=dt.date(2026, 5, 9))
    qtbot.addWidget(named)
    named.show()
    assert named.pseudonymise.isEnabled() and not named.pseudonymise.isChecked()
    plan, then_now = print_both(named)
    assert "Marieke Jansen" in plan and "Ans Nieuw" in then_now

    repo.update(Case, case_id, pseudonymise=True)
    hidden = PlanDialog(repo, case_id, instrument, today=dt.date(2026, 5, 9))
    qtbot.addWidget(hidden)
    hidden.show()
    box = hidden.pseudonymise
    assert box.isChecked() and not box.isEnabled()
    assert "bij het netwerk" in box.toolTip() and box.accessibleDescription() == box.toolTip()
    box.setChecked(False)  # even unticked (by code: the user cannot), no names
    plan, then_now = print_both(hidden)
    assert "Marieke Jansen" not in plan and "Kees de Jong" not in plan and "buurvrouw" in plan
    assert "Ans Nieuw" not in then_now and "vriendin" in then_now


def test_the_plan_step_follows_the_network_steps_hide_names(qtbot, view, repo, case_id, save_to):
    from eigenkracht.ui.plan.printing import SAVE

    network = view.page_widget(Page.NETWORK)
    assert view.goto(Page.NETWORK, check=False)
    click(qtbot, network.hide_names)
    assert repo.get_case(case_id).pseudonymise
    assert view.goto(Page.PLAN, check=False)
    plan_tab = view.page_widget(Page.PLAN)
    assert plan_tab.pseudonymise.isChecked() and not plan_tab.pseudonymise.isEnabled()
    target, _ = save_to
    with qtbot.waitSignal(plan_tab.printer.finished, timeout=30_000) as done:
        assert plan_tab.printer.start(SAVE, plan_tab.current_version(), pseudonymise=False)
    assert done.args[1].pseudonymise
    assert "Marieke Jansen" not in text_of(target.read_bytes())
    # switched off on the network step: the worker may choose again
    assert view.goto(Page.NETWORK, check=False)
    click(qtbot, network.hide_names)
    assert view.goto(Page.PLAN, check=False)
    assert plan_tab.pseudonymise.isEnabled() and not plan_tab.pseudonymise.isChecked()
