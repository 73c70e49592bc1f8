"""Issue 12: the conversation uses the instruments chosen for it. An organisation's own
6-dimension 0-10 instrument, for one member of the household, dropped into the user
folder, goes through a whole conversation by clicks: chosen at the start beside the
life domains, for Sem; its six dimensions scored on its own scale in a panel of the
domain step; a goal on one of them with a target on that scale; the plan signed.
Then the bundled participation ladder chosen beside the life domains: one rung, no
radar. The database keeps each assessment with its instrument id and version.

EIGENKRACHT_SCREENSHOTS=1 saves the start step's choice and the domain step with the
0-10 instrument and with the ladder into docs/screenshots/."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QListWidget, QRadioButton

from eigenkracht.core.instruments import Catalogue, load_all, user_instrument_dir
from eigenkracht.core.model import Agreement, ConversationKind, Perspective, PlanStatus
from eigenkracht.core.paths import DATA_DIR_ENV
from eigenkracht.store.database import Store
from eigenkracht.store.repository import Repository
from eigenkracht.ui.conversation import ConversationView, Page

CITIZEN, PROFESSIONAL = Perspective.CITIZEN, Perspective.PROFESSIONAL
SHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"

WELLBEING_FILE = """\
format = 1
id = "wijk-welzijn"
version = "3.2"
name = "Wijkwelzijn"
citizen_name = "Hoe tevreden bent u?"
kind = "score"
scope = "persoon"
licence = "Eigen instrument van de proeforganisatie"
description = "Zes kanten van het eigen leven, elk een cijfer van 0 tot 10."

[scale]
min = 0
max = 10
low = { label = "Zeer ontevreden", citizen_label = "Heel ontevreden" }
high = { label = "Zeer tevreden", citizen_label = "Heel tevreden" }
"""
DIMENSIONS = {
    # key: (name, citizen level, professional level)
    "slaap": ("Slaap en rust", 3, 5),
    "beweging": ("Bewegen", 7, 7),
    "eten": ("Eten en drinken", 8, 6),
    "stemming": ("Stemming", 2, 4),
    "vrienden": ("Vrienden", 10, 9),
    "zingeving": ("Zingeving", 0, 1),
}
WELLBEING_FILE += "".join(
    f'\n[[domains]]\nkey = "{key}"\nname = "{name}"\ncitizen_name = "{name}"\n'
    f'description = "Over {name.lower()}."\ncitizen_question = "Hoe gaat het met {key}?"\n'
    for key, (name, _, _) in DIMENSIONS.items()
)


def shot(widget: Any, name: str) -> None:
    """With EIGENKRACHT_SCREENSHOTS set, a screenshot for docs/screenshots/."""
    if os.environ.get("EIGENKRACHT_SCREENSHOTS"):
        for _ in range(3):  # the layouts the last clicks asked for
            QApplication.processEvents()
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(SHOTS / name))


def click(qtbot: Any, widget: Any) -> None:
    if isinstance(widget, QCheckBox | QRadioButton):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot: Any, list_widget: QListWidget, text: str) -> None:
    """Click the check box of the row that starts with `text`."""
    row = next(r for r in range(list_widget.count()) if list_widget.item(r).text().startswith(text))
    rect: QRect = list_widget.visualItemRect(list_widget.item(row))
    qtbot.mouseClick(
        list_widget.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 10, rect.center().y()),
    )


def choose(box: QComboBox, data: Any) -> None:
    box.setCurrentIndex(box.findData(data))
    box.activated.emit(box.currentIndex())


@pytest.fixture
def user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "gegevens"))
    folder = user_instrument_dir()
    folder.mkdir(parents=True)
    (folder / "wijk-welzijn.toml").write_text(WELLBEING_FILE, encoding="utf-8")
    return folder


@pytest.fixture
def installed(user_folder: Path) -> tuple[Any, ...]:
    found, errors = load_all(user_folder)
    assert errors == []
    assert any(i.id == "wijk-welzijn" for i in found)
    return tuple(found)


@pytest.fixture
def repo(store: Store, installed: tuple[Any, ...]) -> Repository:
    """The store as the workspace opens it: it checks levels against what is installed."""
    return Repository(store, origin="test", installed=installed)


@pytest.fixture
def catalogue(repo: Repository, installed: tuple[Any, ...]) -> Catalogue:
    return repo.catalogue(installed)


@pytest.fixture
def conversation_id(repo: Repository, case_id: int, catalogue: Catalogue) -> int:
    first = catalogue.defaults()[0]
    conversation, _, _ = repo.start_conversation(
        case_id, ConversationKind.PROGRESS, dt.date(2026, 3, 9), first.id, first.version
    )
    assert conversation.id is not None
    return conversation.id


@pytest.fixture
def open_view(
    qtbot: Any, repo: Repository, conversation_id: int, catalogue: Catalogue
) -> Iterator[Any]:
    stacks: list[QUndoStack] = []

    def make() -> ConversationView:
        stack = QUndoStack()
        stacks.append(stack)
        view = ConversationView(repo, conversation_id, catalogue, stack)
        qtbot.addWidget(view)
        view.resize(1280, 820)
        view.show()
        qtbot.waitExposed(view)
        return view

    yield make
    for stack in stacks:
        stack.clear()


def test_a_user_instrument_goes_through_a_whole_conversation(
    qtbot: Any, open_view: Any, fresh: Any, case_id: int, conversation_id: int, type_text: Any
) -> None:
    view = open_view()
    start = view.page_widget(Page.START)
    rows = [start.instrument_list.item(r) for r in range(start.instrument_list.count())]
    texts = [r.text() for r in rows]
    # Offered: the organisation's set ticked, the others (the user file too) not.
    assert texts[0].startswith("Leefgebieden (13 onderwerpen, 1 tot 5)")
    assert "Wijkwelzijn (6 onderwerpen, 0 tot 10, per persoon)" in texts
    assert any(t.startswith("Participatieladder (1 vraag, 1 tot 6") for t in texts)
    ticked = [r.text() for r in rows if r.checkState() == Qt.CheckState.Checked]
    assert ticked == [texts[0]]

    # START: who is there, and the organisation's instrument beside the life domains.
    start.present_list.setFocus(Qt.FocusReason.OtherFocusReason)
    start.present_list.setCurrentRow(0)
    qtbot.keyClick(start.present_list, Qt.Key.Key_Space)
    tick(qtbot, start.instrument_list, "Wijkwelzijn")
    assert [i.id for i in view.context.instruments] == ["leefgebieden", "wijk-welzijn"]
    whom = start.whom["wijk-welzijn"]
    assert whom.isVisible()
    # Going on without saying for whom is refused.
    click(qtbot, view.next_button)
    assert view.current_page() is Page.START
    assert "Kies voor wie de Wijkwelzijn is" in start.problem_bar.text()
    sem = next(m for m in view.context.members if m.name == "Sem de Jong")
    choose(whom, sem.id)
    click(qtbot, view.next_button)
    assert view.current_page() is Page.QUESTION
    click(qtbot, view.previous_button)
    shot(start, "conversation-start-instruments.png")
    click(qtbot, view.next_button)
    click(qtbot, view.next_button)

    # DOMAINS: a switcher; the life domains not discussed, the six dimensions scored.
    assert view.current_page() is Page.DOMAINS
    domains = view.page_widget(Page.DOMAINS)
    assert domains.switcher.isVisible()
    assert [b.text() for b in domains._buttons] == ["Leefgebieden", "Wijkwelzijn"]
    form = domains.form
    click(qtbot, form.discuss)
    form.discuss.setFocus(Qt.FocusReason.OtherFocusReason)
    click(qtbot, form.discuss)  # not discussed after all: give the reason for all
    type_text(qtbot, form.reason.lineEdit(), "Vandaag alleen het welzijn")
    click(qtbot, form.all_button)
    assert domains.book.missing_reason() == []
    click(qtbot, view.next_button)  # the other instrument is not finished yet
    assert view.current_page() is Page.DOMAINS
    assert domains.panel.instrument.id == "wijk-welzijn"
    assert "Wijkwelzijn voor Sem de Jong" in domains.panel.who.text()
    form = domains.form
    chooser = form.choosers[CITIZEN]
    assert sorted(chooser.radios) == list(range(11))  # 0 to 10, not the 1-5 of the life domains
    ends = [label.text() for label in chooser.findChildren(QLabel)]
    assert "0 = Heel ontevreden. 10 = Heel tevreden." in ends
    keys = [d.key for d in domains.book.domains]
    assert keys == list(DIMENSIONS)
    for key, (_, citizen, professional) in DIMENSIONS.items():
        domains.domain_list.setCurrentRow(keys.index(key))
        assert form.domain_key == key
        click(qtbot, form.discuss)
        click(qtbot, form.choosers[CITIZEN].radios[citizen])
        click(qtbot, form.choosers[PROFESSIONAL].radios[professional])
    domains.domain_list.setCurrentRow(keys.index("slaap"))
    assert form.difference.isVisible()
    assert "Inwoner: 3. Professional: 5." in form.difference.label.text()
    domains.domain_list.setCurrentRow(keys.index("vrienden"))
    assert "Inwoner: 10 – Heel tevreden" in form.difference.label.text()
    assert domains.radar.isVisible()
    axes, _, low, high = domains.radar._data
    assert (len(axes), low, high) == (6, 0, 10)
    assert "10 is het best" in domains.radar_legend.text()
    qtbot.waitUntil(lambda: domains.radar.canvas is not None, timeout=10_000)
    click(qtbot, view.next_button)
    assert view.current_page() is Page.NETWORK
    click(qtbot, view.previous_button)  # back: the page as the worker sees it, no message
    domains.domain_list.setCurrentRow(keys.index("vrienden"))
    shot(domains, "conversation-domains-0-10.png")
    click(qtbot, view.next_button)
    assert view.current_page() is Page.NETWORK
    click(qtbot, view.next_button)

    # GOALS: a goal on 'Slaap en rust' with a target on its 0-10 scale.
    goals = view.page_widget(Page.GOALS)
    type_text(qtbot, goals.new_goal, "Beter slapen")
    qtbot.keyClick(goals.new_goal, Qt.Key.Key_Return)
    choose(goals.domain, "slaap")
    targets = [goals.target.itemData(i) for i in range(goals.target.count())]
    assert targets == [None, *range(11)]
    choose(goals.target, 7)
    click(qtbot, view.next_button)
    assert view.current_page() is Page.SUMMARY
    summary = view.page_widget(Page.SUMMARY).browser.toPlainText()
    assert "Vrienden (Vrienden)" in summary and "Inwoner: 10" in summary  # its own scale
    click(qtbot, view.next_button)

    # PLAN: signed by the two members and the professional.
    plan = view.page_widget(Page.PLAN)
    plan.sign()
    dialog = plan.sign_dialog
    for row in dialog.rows:
        if not row.name.text().strip():
            type_text(qtbot, row.name, "Joke Mulder")
        row.agreement.setCurrentIndex(row.agreement.findData(Agreement.AGREES))
    assert dialog.sign_button.isEnabled(), dialog.hint.text()
    click(qtbot, dialog.sign_button)
    assert dialog.signed is not None
    view.flush()

    # The database, through another connection.
    case_file = fresh().load_case(case_id)
    conversation = next(c for c in case_file.conversations if c.id == conversation_id)
    assert conversation.instruments == ["leefgebieden@1.0", "wijk-welzijn@3.2"]
    mine = [a for a in case_file.assessments if a.conversation_id == conversation_id]
    welzijn = {a.perspective: a for a in mine if a.instrument_id == "wijk-welzijn"}
    assert {a.instrument_version for a in welzijn.values()} == {"3.2"}
    assert {a.member_id for a in welzijn.values()} == {sem.id}
    for key, (_, citizen, professional) in DIMENSIONS.items():
        levels = (welzijn[CITIZEN].score(key).level, welzijn[PROFESSIONAL].score(key).level)
        assert levels == (citizen, professional)
    life = [a for a in mine if a.instrument_id == "leefgebieden"]
    assert len(life) == 2 and all(s.not_discussed for a in life for s in a.scores)
    assert all(a.member_id is None for a in life)
    (goal,) = case_file.goals
    assert (goal.domain, goal.target_level, goal.text) == ("slaap", 7, "Beter slapen")
    assert goal.instrument == "wijk-welzijn@3.2"
    assert [p.status for p in case_file.plans] == [PlanStatus.SIGNED]

    # Opened again: the same instruments, the same scores, for Sem.
    again = open_view()
    assert [i.id for i in again.context.instruments] == ["leefgebieden", "wijk-welzijn"]
    pages = again.page_widget(Page.DOMAINS)
    panel = pages.show_instrument("wijk-welzijn")
    assert panel.book.level(CITIZEN, "vrienden") == 10
    assert panel.member_id() == sem.id


def test_the_ladder_beside_the_life_domains(
    qtbot: Any, open_view: Any, fresh: Any, case_id: int, conversation_id: int
) -> None:
    view = open_view()
    start = view.page_widget(Page.START)
    tick(qtbot, start.instrument_list, "Participatieladder")
    ladder = next(i for i in view.context.instruments if i.id == "participatieladder")
    assert view.goto(Page.DOMAINS, check=False)
    domains = view.page_widget(Page.DOMAINS)
    click(qtbot, domains._buttons[1])
    panel = domains.panel
    assert panel.instrument.id == ladder.id
    # One rung for the person: no list of domains, no table, no radar; six rungs.
    assert not panel.domain_list.isVisible()
    assert not panel.table_button.isVisible()
    assert not panel.radar_panel.isVisible()
    form = panel.form
    assert sorted(form.choosers[CITIZEN].radios) == [1, 2, 3, 4, 5, 6]
    assert form.choosers[CITIZEN].radios[6].text().startswith("6   ")
    click(qtbot, form.discuss)
    click(qtbot, form.choosers[CITIZEN].radios[3])
    click(qtbot, form.choosers[PROFESSIONAL].radios[4])
    assert form.difference.isVisible()
    shot(domains, "conversation-domains-ladder.png")
    # The life domains keep their own scores: 1-5, with the radar.
    click(qtbot, domains._buttons[0])
    assert sorted(domains.form.choosers[CITIZEN].radios) == [1, 2, 3, 4, 5]
    assert domains.book.level(CITIZEN, "meedoen") is None
    view.flush()

    mine = [
        a for a in fresh().load_case(case_id).assessments if a.conversation_id == conversation_id
    ]
    rungs = {a.perspective: a for a in mine if a.instrument_id == ladder.id}
    assert {a.instrument_version for a in rungs.values()} == {ladder.version}
    assert (rungs[CITIZEN].score("meedoen").level, rungs[PROFESSIONAL].score("meedoen").level) == (
        3,
        4,
    )
    life = [a for a in mine if a.instrument_id == "leefgebieden"]
    assert all(not a.scores for a in life)
