"""Progress over time (issue 11, item 3): a new progress conversation of demo Dhr. Kerkhof
shows what the conversation before it said, and its plan carries the domains not scored
again, with their date, instead of printing them as not discussed. Also: the reason a
domain is not discussed is edited in the table, and the radar gives way below three
domains. Real clicks and typing, the database read back, the PDF read with pypdf."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QRadioButton

from eigenkracht.core.model import Perspective
from eigenkracht.report.base import long_date
from eigenkracht.store.database import open_database
from eigenkracht.store.repository import Repository
from eigenkracht.ui.conversation import Page
from eigenkracht.ui.conversation.domains import Column, DomainState
from eigenkracht.ui.plan import printing
from support import PASSPHRASE, TODAY, fire

CITIZEN, PROFESSIONAL = Perspective.CITIZEN, Perspective.PROFESSIONAL
# Dhr. Kerkhof's last conversation before today (demo "-2w") scored these domains.
LAST_TIME = TODAY - dt.timedelta(weeks=2)
CARRIED = {
    # citizen name: (citizen level, professional level) last time
    "Uw dag": (3, 3),
    "Uw woning": (4, 3),
    "Alcohol en drugs": (3, 2),
    "Mensen om u heen": (4, 3),
    "Politie en justitie": (4, 3),
}
NEVER_SCORED = ("Relaties thuis", "Hoe voelt u zich", "Meedoen")


def click(qtbot, widget) -> None:
    if isinstance(widget, QCheckBox | QRadioButton):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_step(qtbot, view, page: Page) -> None:
    """Click the step in the list of steps, as the worker does."""
    rect = view.steps.visualItemRect(view.steps.item(int(page)))
    qtbot.mouseClick(view.steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.current_page() is page)


def text_of(pdf: bytes) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split())


@pytest.fixture
def db_path(demo_db_path: Path) -> Path:
    return demo_db_path


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    target = tmp_path / "uit" / "plan.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    monkeypatch.setattr(printing.QDesktopServices, "openUrl", staticmethod(lambda url: None))
    return target


@pytest.mark.usefixtures("dutch_locale")
def test_a_progress_conversation_shows_and_carries_the_earlier_scores(
    window, qtbot, type_text, db_path, save_to
):
    ws = window.workspace
    page = ws.cases
    type_text(qtbot, page.search_edit, "Kerkhof")
    fire(page.search_timer)
    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.overview is not None)
    click(qtbot, ws.overview.start_button)
    qtbot.waitUntil(lambda: ws.conversation is not None)
    view = ws.conversation
    assert view.current_page() is Page.START
    present = view.page_widget(Page.START).present_list  # Dylan is there
    present.setFocus(Qt.FocusReason.OtherFocusReason)
    present.setCurrentRow(0)
    qtbot.keyClick(present, Qt.Key.Key_Space)
    click_step(qtbot, view, Page.DOMAINS)
    domains = view.page_widget(Page.DOMAINS)
    form, book = domains.form, domains.book
    keys = [d.key for d in book.domains]

    # Geldzaken (shown first): last time's scores and texts, read-only, not copied.
    assert form.domain_key == "financien"
    assert form.previous_box.isVisible()
    day = LAST_TIME.strftime("%d-%m-%Y")
    assert form.previous_title.text().startswith(f"Vorige keer ({day})")
    earlier = form.previous_text.text()
    assert "Inwoner: 3 – Het gaat soms goed, soms niet" in earlier  # the citizen's words
    assert "Professional: 2 – Niet zelfredzaam" in earlier
    assert "Situatie: Ongeveer € 14.000 schuld" in earlier
    assert book.state("financien") is DomainState.UNDECIDED
    assert form.choosers[CITIZEN].level() is None  # nothing taken over
    assert form.text_boxes["situation"].toPlainText() == ""
    # A domain never scored shows no earlier box.
    domains.domain_list.setCurrentRow(keys.index("huiselijke-relaties"))
    assert not form.previous_box.isVisible()

    # Score two domains, with real clicks.
    for key, citizen, professional in (("financien", 3, 2), ("werk-opleiding", 4, 3)):
        domains.domain_list.setCurrentRow(keys.index(key))
        click(qtbot, form.discuss)
        click(qtbot, form.choosers[CITIZEN].radios[citizen])
        click(qtbot, form.choosers[PROFESSIONAL].radios[professional])
    assert [d.key for d in book.relevant()] == ["financien", "werk-opleiding"]
    # Two domains: no radar, a sentence instead.
    assert not domains.radar.isVisible() and domains.radar_note.isVisible()

    # The others: not this time, with one reason for all.
    click(qtbot, view.next_button)
    assert view.current_page() is Page.DOMAINS
    type_text(qtbot, form.reason.lineEdit(), "Komt in een volgend gesprek aan bod")
    click(qtbot, form.all_button)
    assert book.missing_reason() == []
    # The earlier scores are still shown on a domain not discussed now.
    domains.domain_list.setCurrentRow(keys.index("tijdsbesteding"))
    assert form.other_panel.isVisible() and form.previous_box.isVisible()
    assert "Inwoner: 3" in form.previous_text.text()
    # ...and in the table's own column.
    click(qtbot, domains.table_button)
    row = keys.index("huisvesting")
    previous = domains.table_model.index(row, Column.PREVIOUS).data()
    assert previous == f"inwoner 4 · prof. 3 ({day})"
    click(qtbot, domains.detail_button)

    # The plan PDF: the two scored now, the five scored last time carried with that
    # date (not "Niet besproken"), the never-scored ones not discussed with the reason.
    click_step(qtbot, view, Page.PLAN)
    plan = view.page_widget(Page.PLAN)
    with qtbot.waitSignal(plan.printer.finished, timeout=60_000):
        click(qtbot, plan.save_button)
    text = text_of(save_to.read_bytes())
    section = text.split("Hoe gaat het met u, per onderwerp?")[1]
    section = section.split("Mensen om u heen: wie helpt met wat")[0]
    table, _, skipped = section.partition("Niet besproken of niet nodig:")
    assert skipped, section
    marked = f"Vorige keer besproken ({long_date(LAST_TIME)})"
    assert table.count(marked) == len(CARRIED)
    for name in CARRIED:
        assert name in table and f"• {name}" not in skipped
    for name in NEVER_SCORED:
        assert f"• {name}: Komt in een volgend gesprek aan bod" in skipped
    assert "Geldzaken" in table and "Werk en school" in table
    assert "Nu niet besproken: Komt in een volgend gesprek aan bod" in table
    # Seven domains have a level: the radar is drawn.
    assert "De cijfers van vorige keer staan er ook in" in text

    # What was stored: only the two domains have levels in the new conversation.
    store = open_database(db_path, PASSPHRASE)
    try:
        saved = Repository(store).load_case(ws.repo.find_case("EK-2026-0003").id)
    finally:
        store.close()
    conversation = max(saved.conversations, key=lambda c: c.id)
    assert conversation.date == TODAY
    levels = {
        (a.perspective, s.domain): s.level
        for a in saved.assessments
        if a.conversation_id == conversation.id
        for s in a.scores
        if s.level is not None
    }
    assert levels == {
        (CITIZEN, "financien"): 3,
        (PROFESSIONAL, "financien"): 2,
        (CITIZEN, "werk-opleiding"): 4,
        (PROFESSIONAL, "werk-opleiding"): 3,
    }
