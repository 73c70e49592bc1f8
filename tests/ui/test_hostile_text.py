"""Hostile text stays text on every screen: a household whose every field holds
`<img src=file:///etc/passwd><h1>X</h1>`, a bidi override and control characters is
opened in the real main window, through the case list, the overview, all steps of the
conversation, the plan and its preview, the signing dialog, the network comparison and
the self-assessment import. Everywhere:

- what Qt shows of a label, a tooltip (also an item's), a message or a text browser is
  the markup as typed (Qt would render it when Qt::mightBeRichText says so);
- nothing shown holds a control character or a bidi override (core.text.display_safe);
- every line edit takes more than 32,767 characters.

And a 67,241-character field survives its first edit whole."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QWidget,
)

from eigenkracht.core.instruments import Instrument
from eigenkracht.core.model import (
    Action,
    ActorKind,
    Case,
    Conversation,
    ConversationKind,
    DomainScore,
    Goal,
    HelpKind,
    Member,
    NetworkHelp,
    NetworkPerson,
)
from eigenkracht.core.text import is_display_safe
from eigenkracht.exchange import selfassessment as sa
from eigenkracht.store.database import create_database, open_database
from eigenkracht.store.repository import Repository
from eigenkracht.ui.conversation import Page
from eigenkracht.ui.editing.binding import Binding
from eigenkracht.ui.main_window import MainWindow
from eigenkracht.ui.widgets import plain_label, plain_tooltip
from eigenkracht.ui.widgets.plain import UNLIMITED
from support import PASSPHRASE, TODAY, cheap_kdf, fire

MARKUP = "<img src=file:///etc/passwd><h1>X</h1>"
INVISIBLE = "\u202e\u2066\x1b[31m\x07\x85\u0000"  # override, isolate, ESC, BEL, NEL, NUL


def hostile(word: str) -> str:
    """A field's text: a word, the markup, and the invisible characters."""
    return f"{word} {MARKUP} {INVISIBLE}einde"


# -- what Qt shows --------------------------------------------------------------------


def shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt draws for a label's or a tooltip's text: rich text when the format says
    so, or when Qt::mightBeRichText guesses it is (AutoText, and always for tooltips)."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui_Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


class Audit:
    """Walks widgets and collects every place where user text is not shown as typed."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen = 0  # places where the hostile text was found (the walk is not empty)

    def text(self, where: str, raw: str, text_format: Qt.TextFormat) -> None:
        if not raw:
            return
        if "passwd" in raw:
            self.seen += 1
            if MARKUP not in shown(raw, text_format).replace("\u2028", "\n"):
                self.problems.append(f"{where}: shown as markup: {raw[:80]!r}")
        if not is_display_safe(shown(raw, text_format)):
            self.problems.append(f"{where}: invisible characters: {raw[:80]!r}")

    def line(self, where: str, raw: str) -> None:
        """Plain text on one line (window titles, combo items)."""
        self.text(where, raw, Qt.TextFormat.PlainText)
        if "\n" in raw:
            self.problems.append(f"{where}: more than one line: {raw[:80]!r}")

    def model(self, where: str, view: QAbstractItemView) -> None:
        model = view.model()
        if model is None:
            return
        root = view.rootIndex()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
        for row in range(model.rowCount(root)):
            for column in range(columns):
                index = model.index(row, column, root)
                display = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(display, str):
                    self.text(f"{where}[{row},{column}]", display, Qt.TextFormat.PlainText)
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    self.text(f"{where}[{row},{column}] tooltip", tip, Qt.TextFormat.AutoText)

    def walk(self, root: QWidget) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            where = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}"
            self.text(f"{where} tooltip", widget.toolTip(), Qt.TextFormat.AutoText)
            if widget.isWindow():
                self.line(f"{where} title", widget.windowTitle())
            if isinstance(widget, QLabel):
                self.text(where, widget.text(), widget.textFormat())
            elif isinstance(widget, QAbstractItemView):
                self.model(where, widget)
            elif isinstance(widget, QComboBox):
                for i in range(widget.count()):
                    self.line(f"{where} item {i}", widget.itemText(i))
                    tip = widget.itemData(i, Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str):
                        self.text(f"{where} item {i} tooltip", tip, Qt.TextFormat.AutoText)
            elif isinstance(widget, QTextBrowser):
                html = widget.toHtml()
                if "passwd" in html:
                    self.seen += 1
                    if MARKUP not in widget.toPlainText() or '<img src="file' in html:
                        self.problems.append(f"{where}: markup rendered")
                if not is_display_safe(widget.toPlainText().replace("\u2029", "\n")):
                    self.problems.append(f"{where}: invisible characters")
            if (
                isinstance(widget, QLineEdit)
                and widget.echoMode() == QLineEdit.EchoMode.Normal
                and widget.maxLength() < UNLIMITED
                and not widget.isReadOnly()
                and not isinstance(widget.parent(), QAbstractSpinBox)  # dates and numbers
            ):
                self.problems.append(f"{where}: cuts text at {widget.maxLength()}")

    def check(self, root: QWidget) -> None:
        QApplication.processEvents()
        self.walk(root)
        self.problems = list(dict.fromkeys(self.problems))


@pytest.fixture
def audit() -> Audit:
    return Audit()


def test_the_audit_finds_rich_text_and_invisible_characters(qtbot: Any, audit: Audit) -> None:
    """The check can fail: a label in AutoText, a raw tooltip, a raw override, a short edit."""
    root = QWidget()
    qtbot.addWidget(root)
    QLabel(f"Naam: {MARKUP}", root)
    QLabel("een \u202eomgekeerd", root)
    root.setToolTip(MARKUP)
    QLineEdit(root)
    audit.check(root)
    assert len(audit.problems) == 4, audit.problems
    fixed = QWidget()
    qtbot.addWidget(fixed)
    plain_label(QLabel(f"Naam: {MARKUP}", fixed))
    fixed.setToolTip(plain_tooltip(f"{MARKUP}\u202e"))
    fresh = Audit()
    fresh.check(fixed)
    assert fresh.problems == [] and fresh.seen == 2


# -- a household that is hostile everywhere ---------------------------------------------


@pytest.fixture
def db(tmp_path: Path, instrument: Instrument) -> tuple[Path, int, int]:
    path = tmp_path / "wijkteam.db"
    store = create_database(path, PASSPHRASE, worker="s.visser", kdf_params=cheap_kdf())
    repo = Repository(store)
    case = repo.create_case(
        Case(
            reference="EK-2026-0666",
            household_name=hostile("Fam."),
            coordinator=hostile("Joke"),
            melding_date=TODAY - dt.timedelta(days=20),
        ),
        [Member(case_id=0, name=hostile("Noor"), role=hostile("aanvrager"))],
    ).case
    assert case.id is not None
    conversation, citizen, professional = repo.start_conversation(
        case.id, ConversationKind.INTAKE, TODAY, instrument.id, instrument.version
    )
    assert conversation.id and citizen.id and professional.id
    repo.update(
        Conversation,
        conversation.id,
        place=hostile("Keuken"),
        question=hostile("Vraag"),
        what_matters=hostile("Belangrijk"),
        notes=hostile("Notitie"),
        present=[hostile("Tolk")],
    )
    scores = [
        DomainScore(
            "financien", level=2, situation=hostile("Situatie"), strengths=hostile("Sterk")
        ),
        DomainScore("huisvesting", not_discussed=True, reason=hostile("Reden")),
    ]
    repo.replace_scores([(a, s.domain, s) for a in (citizen.id, professional.id) for s in scores])
    person = repo.add_person(
        NetworkPerson(
            case_id=case.id,
            name=hostile("Els"),
            role=hostile("buurvrouw"),
            contact_frequency=hostile("wekelijks"),
            notes=hostile("Notitie"),
            is_mantelzorger=True,
            overburdened=True,
            helps=[NetworkHelp("financien", HelpKind.NOW, hostile("post"))],
        )
    )
    repo.save_network_version(conversation.id)
    goal = repo.add_goal(
        Goal(
            case_id=case.id,
            domain="financien",
            text=hostile("Doel"),
            measure=hostile("Meten"),
            member_id=None,
        )
    )
    assert goal.id is not None
    for kind, extra in (
        (ActorKind.NETWORK, {"network_person_id": person.id}),
        (ActorKind.MAATWERK, {"maatwerk_kind": hostile("Hulp"), "actor_name": hostile("Org")}),
    ):
        repo.add_action(Action(goal_id=goal.id, what=hostile("Afspraak"), actor_kind=kind, **extra))
    repo.new_plan_version(case.id, agreements=hostile("Afspraken"), remarks=hostile("Opmerking"))
    store.close()
    return path, case.id, conversation.id


@pytest.fixture
def db_path(db: tuple[Path, int, int]) -> Path:
    return db[0]


@pytest.fixture
def worker() -> str:
    return hostile("s.visser")


def test_every_screen_shows_hostile_text_as_typed(
    qtbot: Any, window: MainWindow, db: tuple[Path, int, int], audit: Audit, instrument: Instrument
) -> None:
    _path, case_id, conversation_id = db
    ws = window.workspace
    assert ws is not None
    audit.check(window)  # the case list and the status bar
    list_seen = audit.seen

    ws.open_case(case_id)
    audit.check(window)
    overview = ws.overview
    assert overview is not None
    dialog = overview.compare_network()
    audit.check(dialog)
    dialog.close()

    ws.resume_conversation(conversation_id)
    view = ws.conversation
    assert view is not None
    for page in Page:
        view.goto(page, check=False)
        if page is Page.NETWORK:
            network = view.page_widget(page)
            network.book.set_current(next(iter(network.book.persons)))
        if page is Page.GOALS:
            goals = view.page_widget(page)
            goal_id = goals.goal_model.goals[0].id
            goals.select_goal(goal_id)
            goals.select_action(goals.action_model.actions[0].id)
        if page is Page.DOMAINS:
            domains = view.page_widget(page)
            for key in ("financien", "huisvesting"):
                domains.select_domain(key)
                audit.check(window)
        audit.check(window)
    ws.set_kitchen_table(True)  # the bar and the title name the household
    assert ws.table_label.isVisible()
    audit.check(window)
    plan = view.page_widget(Page.PLAN)
    view.goto(Page.PLAN, check=False)
    with qtbot.waitSignal(plan.printer.finished, timeout=60_000):
        plan.preview_button.click()
    assert plan.preview_dialog is not None
    audit.check(plan.preview_dialog)
    plan.preview_dialog.close()
    assert audit.problems == [], "\n".join(audit.problems)
    assert list_seen >= 2 and audit.seen > 60  # the walk really met the text


def test_the_other_dialogs_show_hostile_text_as_typed(
    qtbot: Any, db: tuple[Path, int, int], audit: Audit, instrument: Instrument, tmp_path: Path
) -> None:
    from eigenkracht.ui.plan.dialog import PlanDialog
    from eigenkracht.ui.plan.sign_dialog import SignDialog
    from eigenkracht.ui.selfassessment_import import SelfAssessmentImportDialog

    path, case_id, _ = db
    store = open_database(path, PASSPHRASE, worker="s.visser")
    try:
        repo = Repository(store)
        plan_dialog = PlanDialog(repo, case_id, instrument, today=TODAY)
        qtbot.addWidget(plan_dialog)
        plan_dialog.show()
        plan_dialog.tabs.setCurrentWidget(plan_dialog.then_now)
        audit.check(plan_dialog)

        case_file = repo.load_case(case_id)
        sign = SignDialog(
            repo, case_file, instrument, case_file.plans[0], today=TODAY, place=hostile("Hier")
        )
        qtbot.addWidget(sign)
        sign.show()
        audit.check(sign)

        file = tmp_path / "zelf.json"
        sa.write_file(
            file,
            sa.SelfAssessment(
                instrument.id,
                instrument.version,
                name=f"Noor {MARKUP}",
                question=f"Vraag {MARKUP}",
                answers=[sa.DomainAnswer("financien", 1, remark=f"Thuis {MARKUP}")],
                helpers=[sa.Helper(f"Piet {MARKUP}", "buurman", f"boodschappen {MARKUP}")],
            ),
        )
        importer = SelfAssessmentImportDialog(repo, case_id, today=TODAY)
        qtbot.addWidget(importer)
        assert importer.open_file(file)
        importer.show()
        importer.table.setCurrentIndex(importer.model.index(0, 0))
        audit.check(importer)
    finally:
        store.close()
    assert audit.problems == [], "\n".join(audit.problems)
    assert audit.seen > 15


# -- long texts --------------------------------------------------------------------------

LONG = 67_241


def _type_at_end(qtbot: Any, type_text: Any, edit: QLineEdit, char: str) -> None:
    """Type `char` after the whole text, then let the typing pause run out."""
    length = len(edit.text())
    assert length == LONG  # shown whole
    edit.setFocus()
    edit.end(False)
    type_text(qtbot, edit, char)
    binding = edit.findChild(Binding)
    assert binding is not None
    fire(binding.timer)  # the pause: stored as after it


@pytest.mark.parametrize("where", ["place", "network-name", "action-what"])
def test_a_long_stored_text_survives_its_first_edit(
    qtbot: Any,
    type_text: Any,
    window: MainWindow,
    db: tuple[Path, int, int],
    where: str,
) -> None:
    path, case_id, conversation_id = db
    ws = window.workspace
    assert ws is not None
    repo = ws.repo
    case_file = repo.load_case(case_id)
    text = "lang " + "x" * (LONG - 5)
    if where == "place":
        repo.update(Conversation, conversation_id, place=text)
    elif where == "network-name":
        repo.update(NetworkPerson, case_file.network[0].id, name=text)
    else:
        repo.update(Action, case_file.goals[0].actions[0].id, what=text)
    ws.open_case(case_id)
    ws.resume_conversation(conversation_id)
    view = ws.conversation
    assert view is not None
    if where == "place":
        view.goto(Page.START, check=False)
        _type_at_end(qtbot, type_text, view.page_widget(Page.START).place_edit, "!")
    elif where == "network-name":
        view.goto(Page.NETWORK, check=False)
        page = view.page_widget(Page.NETWORK)
        page.book.set_current(case_file.network[0].id)
        _type_at_end(qtbot, type_text, page.form.name, "!")
    else:
        view.goto(Page.GOALS, check=False)
        goals = view.page_widget(Page.GOALS)
        goals.select_goal(case_file.goals[0].id)
        goals.select_action(case_file.goals[0].actions[0].id)
        _type_at_end(qtbot, type_text, goals.what, "!")

    def stored(check: Repository) -> str:
        saved = check.load_case(case_id)
        if where == "place":
            return next(c for c in saved.conversations if c.id == conversation_id).place
        if where == "network-name":
            return saved.network[0].name
        return saved.goals[0].actions[0].what

    assert stored(repo) != text  # saved after the pause
    with open_database(path, PASSPHRASE) as check:
        value = stored(Repository(check))
    assert len(value) == LONG + 1
    assert value == text + "!"


def test_a_lone_surrogate_is_refused_with_a_dutch_message(
    window: MainWindow, db: tuple[Path, int, int]
) -> None:
    """Qt itself drops lone surrogates on the way in, but text that reaches an edit
    another way (a paste of broken text through another path, a script) is refused by
    the store with one Dutch sentence, shown on the page; nothing is written."""
    from eigenkracht.ui.editing.conversation import conversation_key

    path, case_id, conversation_id = db
    ws = window.workspace
    assert ws is not None
    ws.open_case(case_id)
    ws.resume_conversation(conversation_id)
    view = ws.conversation
    assert view is not None
    broken = "Keuken \ud800 tafel"
    assert not view.autosave.edit({conversation_key("place"): broken}, "Plaats wijzigen")
    assert "ongeldig teken" in view.store_problem.text()
    with open_database(path, PASSPHRASE) as check:
        saved = Repository(check).load_case(case_id)
    assert next(c for c in saved.conversations if c.id == conversation_id).place == hostile(
        "Keuken"
    )
