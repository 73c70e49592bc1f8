"""A layout that does not jump (issue 13 point 5), in the real main window on a laptop's
screen (1366×768, of which about 1366×728 is free for the window) with a real encrypted
database: a hint that comes or goes moves no field the worker types in; the network
card has room and does not scroll inside itself; a person added by a double-click on
the map has their name field in view and the focus; the goals step's new action is in
view without scrolling."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from eigenkracht.core.instruments import Instrument
from eigenkracht.core.model import (
    Action,
    ActorKind,
    Case,
    ConversationKind,
    DomainScore,
    Goal,
    HelpKind,
    Member,
    NetworkHelp,
    NetworkPerson,
    Ring,
    Sector,
)
from eigenkracht.store.database import create_database
from eigenkracht.store.repository import Repository
from eigenkracht.ui.conversation import Page
from eigenkracht.ui.main_window import MainWindow
from support import PASSPHRASE, TODAY, cheap_kdf

LAPTOP = (1366, 728)  # 1366×768 less the panel: what the window gets


@pytest.fixture
def db(tmp_path: Path, instrument: Instrument) -> tuple[Path, int, int]:
    """A household with a conversation: levels that agree on money, five people on the
    map, a goal whose one action does not yet say by when."""
    path = tmp_path / "wijkteam.db"
    store = create_database(path, PASSPHRASE, worker="s.visser", kdf_params=cheap_kdf())
    repo = Repository(store)
    case = repo.create_case(
        Case(
            reference="EK-2026-0513",
            household_name="Fam. Jansen",
            melding_date=TODAY - dt.timedelta(days=10),
        ),
        [Member(case_id=0, name="Anna Jansen", role="aanvrager")],
    ).case
    assert case.id is not None
    conversation, citizen, professional = repo.start_conversation(
        case.id, ConversationKind.INTAKE, TODAY, instrument.id, instrument.version
    )
    assert conversation.id and citizen.id and professional.id
    repo.replace_scores(
        [
            (a, "financien", DomainScore("financien", level=3, situation="Rekeningen liggen."))
            for a in (citizen.id, professional.id)
        ]
    )
    for name, role, sector, ring in (
        ("Marian Jansen", "dochter", Sector.FAMILY, Ring.INTIMATE),
        ("Els Kramer", "buurvrouw", Sector.FRIENDS, Ring.FRIEND),
        ("Piet Jansen", "broer", Sector.FAMILY, Ring.FRIEND),
        ("Joke de Wit", "vriendin", Sector.FRIENDS, Ring.ACQUAINTANCE),
        ("Dr. Meijer", "huisarts", Sector.PROFESSIONAL, Ring.SERVICE),
    ):
        repo.add_person(
            NetworkPerson(
                case_id=case.id,
                name=name,
                role=role,
                sector=sector,
                ring=ring,
                helps=[NetworkHelp("financien", HelpKind.COULD, "post lezen")],
            )
        )
    repo.save_network_version(conversation.id)
    goal = repo.add_goal(
        Goal(case_id=case.id, domain="financien", text="De post is op orde.", measure="Geen")
    )
    assert goal.id is not None
    repo.add_action(Action(goal_id=goal.id, what="Leest de post voor", actor_kind=ActorKind.SELF))
    store.close()
    return path, case.id, conversation.id


@pytest.fixture
def db_path(db: tuple[Path, int, int]) -> Path:
    return db[0]


@pytest.fixture
def view(qtbot: Any, window: MainWindow, db: tuple[Path, int, int]) -> Any:
    """The conversation in the main window at the laptop's size."""
    _path, case_id, conversation_id = db
    window.resize(*LAPTOP)
    ws = window.workspace
    assert ws is not None
    ws.open_case(case_id)
    ws.resume_conversation(conversation_id)
    conversation = ws.conversation
    assert conversation is not None
    qtbot.waitUntil(lambda: window.size().height() == LAPTOP[1])
    return conversation


def at(widget: QWidget) -> QPoint:
    """Where the widget is on the window: what the worker's eyes and mouse go by."""
    return widget.mapTo(widget.window(), QPoint(0, 0))


def settle(qtbot: Any, near: QWidget) -> None:
    """Until the layouts (and the scroll areas they resize) are at rest."""
    window = near.window()

    def places() -> list[QRect]:
        return [w.geometry() for w in window.findChildren(QWidget) if w.isVisible()]

    last = None
    for _ in range(50):
        qtbot.wait(20)
        now = places()
        if now == last:
            return
        last = now


def fully_visible(widget: QWidget) -> bool:
    """Nothing of the widget is cut off by a scroll area or the window's edge."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def scrolled(widget: QWidget) -> int:
    """How far the scroll areas around the widget are scrolled down, together."""
    total, parent = 0, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            total += parent.verticalScrollBar().value()
        parent = parent.parentWidget()
    return total


def click(qtbot: Any, button: QWidget) -> None:
    """On the box or dot itself (a check box wider than its text takes no click on the
    empty part)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def in_viewport(widget: QWidget, scroll: Any) -> bool:
    viewport = scroll.viewport()
    box = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return viewport.rect().contains(box)


# -- hints ------------------------------------------------------------------------------


def test_a_point_of_attention_moves_nothing_on_the_card(
    qtbot: Any, view: Any, type_text: Any
) -> None:
    view.goto(Page.NETWORK, check=False)
    page = view.page_widget(Page.NETWORK)
    els = next(i for i in page.table_model.ids if page.book.person(i).name == "Els Kramer")
    page.book.set_current(els)
    settle(qtbot, view)
    assert not page.attention.isVisible()
    form = page.form
    type_text(qtbot, form.notes, "Komt elke dag")
    settle(qtbot, view)  # the card scrolled to the notes
    fields = (form.name, form.notes, form.mantelzorger, form.overburdened, form.helps)
    before = [at(w) for w in fields]
    click(qtbot, form.mantelzorger)
    click(qtbot, form.overburdened)
    settle(qtbot, view)
    assert page.attention.isVisible()
    assert "Els Kramer" in page.attention.text()
    assert [at(w) for w in fields] == before
    # typing on where it was
    form.notes.moveCursor(form.notes.textCursor().MoveOperation.End)
    type_text(qtbot, form.notes, " langs.")
    assert form.notes.toPlainText() == "Komt elke dag langs."
    click(qtbot, form.overburdened)
    settle(qtbot, view)
    assert not page.attention.isVisible()
    assert [at(w) for w in fields] == before


def test_the_warning_about_when_moves_no_field_of_the_goal_or_action(qtbot: Any, view: Any) -> None:
    view.goto(Page.GOALS, check=False)
    goals = view.page_widget(Page.GOALS)
    goal = goals.goal_model.goals[0]
    goals.select_goal(goal.id)
    goals.select_action(goals.action_model.actions[0].id)
    settle(qtbot, view)
    assert goals.warning.isVisible()
    assert "wanneer" in goals.warning.text()
    fields = (goals.goal_text, goals.new_what, goals.action_due.edit, goals.action_ongoing)
    before = [at(w) for w in fields]
    click(qtbot, goals.action_ongoing)  # now it says when
    settle(qtbot, view)
    assert not goals.warning.isVisible()
    assert [at(w) for w in fields] == before
    click(qtbot, goals.action_ongoing)
    settle(qtbot, view)
    assert goals.warning.isVisible()
    assert [at(w) for w in fields] == before


def test_a_difference_in_levels_moves_no_text_box(qtbot: Any, view: Any) -> None:
    from eigenkracht.core.model import Perspective

    view.goto(Page.DOMAINS, check=False)
    domains = view.page_widget(Page.DOMAINS)
    domains.select_domain("financien")
    settle(qtbot, view)
    form = domains.form
    assert not form.difference.isVisible()  # both said 3
    boxes = list(form.text_boxes.values())
    before = [at(w) for w in boxes]
    chooser = form.choosers[Perspective.PROFESSIONAL]
    click(qtbot, chooser.radios[2])
    settle(qtbot, view)
    assert form.difference.isVisible()
    assert "Bespreekpunt" in form.difference.text()
    assert [at(w) for w in boxes] == before
    click(qtbot, chooser.radios[3])
    settle(qtbot, view)
    assert not form.difference.isVisible()
    assert [at(w) for w in boxes] == before


# -- the network card -------------------------------------------------------------------


def test_the_network_card_has_room_and_does_not_scroll_inside_itself(qtbot: Any, view: Any) -> None:
    view.goto(Page.NETWORK, check=False)
    page = view.page_widget(Page.NETWORK)
    page.book.set_current(page.table_model.ids[0])
    settle(qtbot, view)
    form = page.form
    # every domain's row of the help table at once: the card scrolls, the table does not
    helps = form.helps
    assert helps.model().rowCount() == 13
    assert helps.verticalScrollBar().maximum() == 0
    assert helps.rowViewportPosition(12) + helps.rowHeight(12) <= helps.viewport().height()
    # the person's fields readable without scrolling, side by side in a wide card
    assert scrolled(form.name) == 0
    for field in (
        form.name,
        form.role,
        form.sector,
        form.ring,
        form.quality,
        form.direction,
        form.frequency,
    ):
        assert fully_visible(field), field.accessibleName()
        assert field.width() >= 240, field.accessibleName()
    for box in (form.mantelzorger, form.may_contact, form.overburdened, form.left):
        assert fully_visible(box), box.text()
    # the list of persons still shows a few rows beside the card
    assert page.table.viewport().height() >= 3 * page.table.rowHeight(0)


def test_a_person_added_on_the_map_has_the_name_field_in_view_and_the_focus(
    qtbot: Any, view: Any, db: tuple[Path, int, int]
) -> None:
    view.goto(Page.NETWORK, check=False)
    page = view.page_widget(Page.NETWORK)
    page.book.set_current(page.table_model.ids[0])
    settle(qtbot, view)
    page.map.draw()
    bar = page.form_scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the card scrolls: the help table is at its bottom
    bar.setValue(bar.maximum())
    settle(qtbot, view)
    assert not in_viewport(page.form.name, page.form_scroll)

    x, y = page.map.layout_.cell_centre(Sector.WORK, Ring.FRIEND)
    point = page.map.to_canvas(x, y).toPoint()
    assert page.map.person_at(QPointF(point)) is None
    qtbot.mouseDClick(page.map.canvas, Qt.MouseButton.LeftButton, pos=point)
    new_id = page.book.current
    assert new_id is not None and page.book.person(new_id).sector is Sector.WORK
    settle(qtbot, view)
    name = page.form.name
    assert name.hasFocus()
    assert not name.visibleRegion().isEmpty()
    assert in_viewport(name, page.form_scroll)
    assert fully_visible(name)


# -- the goals step -----------------------------------------------------------------------


def test_the_new_action_is_in_view_on_a_laptop_and_so_is_the_action_it_makes(
    qtbot: Any, view: Any, type_text: Any, fresh: Any, db: tuple[Path, int, int]
) -> None:
    view.goto(Page.GOALS, check=False)
    goals = view.page_widget(Page.GOALS)
    goals.select_goal(goals.goal_model.goals[0].id)
    settle(qtbot, view)
    for widget in (goals.new_kind, goals.new_what, goals.add_action_button):
        assert fully_visible(widget), widget.accessibleName()
    assert scrolled(goals.add_action_button) == 0  # in view as the step opens
    # by keyboard: type the action, Return; its date field gets the focus, in view
    type_text(qtbot, goals.new_what, "Belt de bank")
    assert goals.add_action_button.isEnabled()
    qtbot.keyClick(goals.new_what, Qt.Key.Key_Return)
    settle(qtbot, view)
    _path, case_id, _conversation = db
    stored = fresh().load_case(case_id).goals[0].actions
    assert [a.what for a in stored] == ["Leest de post voor", "Belt de bank"]
    focus = goals.action_due.edit
    assert focus.hasFocus()
    assert fully_visible(focus)


# -- the sign dialog ----------------------------------------------------------------------


def test_the_sign_dialog_hint_moves_no_signer_while_names_and_remarks_are_typed(
    qtbot: Any,
    window: MainWindow,
    db: tuple[Path, int, int],
    instrument: Instrument,
    type_text: Any,
) -> None:
    from eigenkracht.core.model import Agreement
    from eigenkracht.ui.plan.sign_dialog import SignDialog

    _path, case_id, _conversation = db
    ws = window.workspace
    assert ws is not None
    draft = ws.repo.new_plan_version(case_id)
    dialog = SignDialog(
        ws.repo, ws.repo.load_case(case_id), instrument, draft, today=TODAY, parent=window
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot, dialog)
    assert dialog.hint.isVisible()
    fields = [w for row in dialog.rows for w in (row.signs, row.name, row.remarks)]
    before = [at(w) for w in fields]
    hints = {dialog.hint.text()}
    for row in dialog.rows:
        if not row.signs.isChecked():
            click(qtbot, row.signs)
        if not row.name.text():
            type_text(qtbot, row.name, "Sanne Visser")
        settle(qtbot, dialog)
        hints.add(dialog.hint.text())
        assert [at(w) for w in fields] == before
        row.agreement.setCurrentIndex(row.agreement.findData(Agreement.WITH_REMARKS))
        settle(qtbot, dialog)
        hints.add(dialog.hint.text())
        assert [at(w) for w in fields] == before
        type_text(qtbot, row.remarks, "Graag elke maand bellen.")
        settle(qtbot, dialog)
        assert [at(w) for w in fields] == before
    assert dialog.sign_button.isEnabled()
    assert not dialog.hint.isVisible()  # nothing missing: the hint went, nothing moved
    assert len(hints) >= 3  # it said other things on the way
    assert [at(w) for w in fields] == before
