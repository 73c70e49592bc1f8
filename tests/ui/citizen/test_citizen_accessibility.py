"""The citizen window as a screen reader and a keyboard user meet it (issue 13 point 2).

The accessibility tree is walked the way an assistive technology reads it (QAccessible:
roles, names, states, children), on every screen and in the dialogs: no unnamed control,
every answer a radio button inside a group named after its question, one answer at a time,
its place in the set ("2 van 6"), the question a heading, the focus after a screen change
inside the question. Status messages are announced (an announcement event carries the
text), Return works on every kind of control, focus is plainly visible, a screen's Alt
letters never clash (Dutch and English), and "Lees voor" reaches every text a citizen sees,
or the window says there is no speech engine.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from eigenkracht.exchange.selfassessment import Helper, KdfSettings, OwnPlan, PlanKind
from eigenkracht.ui.citizen import CitizenWindow
from eigenkracht.ui.citizen.base import CitizenPage
from eigenkracht.ui.citizen.pages import (
    DomainPage,
    ExplainPage,
    HelpersPage,
    NamePage,
    WellbeingPage,
)
from eigenkracht.ui.citizen.plan_pages import (
    ActionsPage,
    GoalsPage,
    ListPage,
    ParticipantsPage,
    PlanChoicePage,
    PlanPage,
)
from eigenkracht.ui.citizen.save_dialog import ConfirmDialog, SaveDialog
from eigenkracht.ui.citizen.speech import Speaker
from eigenkracht.ui.citizen.widgets import ChoiceButton, QuestionGroup, TextSizer, make_answers

TODAY = dt.date(2026, 11, 20)
CHEAP = KdfSettings(time_cost=1, memory_cost_kib=32)
Role = QAccessible.Role
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.EditableText,
    Role.ComboBox,
    Role.SpinBox,
    Role.Slider,
    Role.ButtonMenu,
}
POSITION = re.compile(r"\((\d+) van (\d+)\)$")
ARROWS = "Met de pijltjes op het toetsenbord kiest u een ander antwoord."


class FakeSpeaker(Speaker):
    name = "nep"

    def __init__(self) -> None:
        super().__init__()
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        pass


@pytest.fixture
def make(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(**kwargs: object) -> CitizenWindow:
        options: dict[str, object] = {
            "draft_path": tmp_path / "concept.json",
            "find_speech": False,
            "today": TODAY,
            "kdf": CHEAP,
        }
        options.update(kwargs)
        window = CitizenWindow(**options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


def filled(window: CitizenWindow) -> None:
    """Helpers and a plan, so that every screen has its lists and name buttons."""
    window.start()
    window.content.helpers.append(Helper(name="Els", who="buurvrouw", helps_with="post"))
    window.content.plan = OwnPlan(kind=PlanKind.PERSOONLIJK)


# -- the tree -----------------------------------------------------------------------


@dataclass
class Node:
    iface: QAccessibleInterface
    ancestors: list[QAccessibleInterface]

    @property
    def role(self) -> QAccessible.Role:
        return self.iface.role()

    @property
    def name(self) -> str:
        return self.iface.text(QAccessible.Text.Name)

    def describe(self) -> str:
        widget = self.iface.object()
        kind = type(widget).__name__ if widget is not None else "?"
        return f"{kind} {self.role.name} {self.name!r}"

    def group(self) -> QAccessibleInterface | None:
        """The nearest enclosing group (role Grouping)."""
        return next((a for a in reversed(self.ancestors) if a.role() == Role.Grouping), None)


def walk(root: QWidget) -> Iterator[Node]:
    """Every node under `root` a screen reader can see (not invisible), depth first."""
    top = QAccessible.queryAccessibleInterface(root)
    assert top is not None and top.isValid()

    def visit(iface: QAccessibleInterface, ancestors: list[QAccessibleInterface]) -> Iterator[Node]:
        if iface.state().invisible:
            return
        yield Node(iface, ancestors)
        for index in range(iface.childCount()):
            child = iface.child(index)
            if child is not None and child.isValid():
                yield from visit(child, [*ancestors, iface])

    yield from visit(top, [])


def tree_problems(root: QWidget, question: str | None) -> list[str]:
    """What a screen reader user would miss on the screen `root` shows: unnamed controls,
    answers not in a group named after the question, groups without a name, answers
    without their place in the set, a set that is not exclusive."""
    problems: list[str] = []
    sets: dict[int, list[Node]] = {}
    for node in walk(root):
        if node.role in INTERACTIVE and not node.name.strip():
            problems.append(f"no name: {node.describe()}")
        if node.role == Role.Grouping and not node.name.strip():
            problems.append(f"a group without a name: {node.describe()}")
        widget = node.iface.object()
        answer = (
            isinstance(widget, QAbstractButton) and widget.isCheckable() and widget.autoExclusive()
        ) or isinstance(widget, ChoiceButton)
        answer = answer or (isinstance(widget, QPushButton) and widget.objectName() == "number")
        if answer and node.role != Role.RadioButton:
            problems.append(f"an answer that is no radio button: {node.describe()}")
        if node.role != Role.RadioButton:
            continue
        group = node.group()
        if group is None:
            problems.append(f"an answer outside a group: {node.describe()}")
            continue
        if question is not None and group.text(QAccessible.Text.Name) != question:
            problems.append(
                f"an answer in a group not named after the question {question!r}: "
                f"{node.describe()} in {group.text(QAccessible.Text.Name)!r}"
            )
        if POSITION.search(node.name) is None:
            problems.append(f"an answer without its place in the set: {node.describe()}")
        problems += answer_parts(node)
        sets.setdefault(id(group.object()), []).append(node)
    for answers in sets.values():
        places = [POSITION.search(a.name) for a in answers]
        numbers = [int(m.group(1)) for m in places if m is not None]
        totals = {int(m.group(2)) for m in places if m is not None}
        if numbers != list(range(1, len(answers) + 1)) or totals != {len(answers)}:
            problems.append(f"places in the set do not add up: {[a.name for a in answers]}")
        buttons = [a.iface.object() for a in answers]
        if not all(isinstance(b, QAbstractButton) and b.autoExclusive() for b in buttons):
            problems.append(f"answers that are not one exclusive set: {[a.name for a in answers]}")
    return problems


def answer_parts(answer: Node) -> list[str]:
    """An answer is one object: its mark, title or "gekozen" as children of their own
    would be read a second time, or as an empty label."""
    problems = []
    for index in range(answer.iface.childCount()):
        child = answer.iface.child(index)
        if child is None or not child.isValid() or child.state().invisible:
            continue
        text = child.text(QAccessible.Text.Name) or child.text(QAccessible.Text.Value)
        kind = f"{child.role().name} {text!r}" if text.strip() else f"{child.role().name} ''"
        what = "a part read again" if text.strip() else "an empty part"
        problems.append(f"an answer with {what} ({kind}): {answer.describe()}")
    return problems


def headings(root: QWidget) -> list[str]:
    return [n.name for n in walk(root) if n.role == Role.Heading]


def heading_levels(root: QWidget) -> dict[str, object]:
    """Each heading's level, as a screen reader gets it (AT-SPI "level")."""
    levels: dict[str, object] = {}
    for node in walk(root):
        if node.role == Role.Heading:
            attributes = node.iface.attributesInterface()
            keys = attributes.attributeKeys() if attributes is not None else []
            level = QAccessible.Attribute.Level
            levels[node.name] = attributes.attributeValue(level) if level in keys else None
    return levels


def is_question(page: CitizenPage) -> bool:
    """A question (counted) or a screen of the plan: its heading is what it asks."""
    return page.counted or isinstance(page, PlanPage)


def question_pages(window: CitizenWindow) -> list[int]:
    return [i for i, p in enumerate(window.pages) if is_question(p)]


def test_the_tree_of_every_screen(make) -> None:  # type: ignore[no-untyped-def]
    window = make(speaker=FakeSpeaker())
    assert tree_problems(window, None) == []  # the welcome screen
    filled(window)
    problems = []
    for index, page in enumerate(window.pages):
        window.goto(index)
        question = page.heading.text() if is_question(page) else None
        where = type(page).__name__
        problems += [f"{where}: {p}" for p in tree_problems(window, question)]
        if page.heading.text() not in headings(window):
            problems.append(f"{where}: no heading {page.heading.text()!r}")
        levels = heading_levels(window)
        if levels.get(page.heading.text()) != 1:
            problems.append(f"{where}: heading level {levels.get(page.heading.text())!r}")
    assert problems == []
    kinds = {type(window.pages[i]) for i in question_pages(window)}
    assert {NamePage, WellbeingPage, DomainPage, HelpersPage, PlanChoicePage} <= kinds
    assert {GoalsPage, ActionsPage, ParticipantsPage} <= kinds


def test_answers_are_one_exclusive_radio_group(make, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make()
    window.start()
    window.goto(next(i for i, p in enumerate(window.pages) if isinstance(p, DomainPage)))
    page = window.page
    assert isinstance(page, DomainPage)
    answers = [n for n in walk(window) if n.role == Role.RadioButton]
    assert len(answers) == len(page.choices) == 6
    assert answers[0].name.endswith("(1 van 6)")
    assert answers[0].group() is not None
    assert answers[0].group().text(QAccessible.Text.Name) == page.heading.text()  # type: ignore[union-attr]
    description = answers[0].group().text(QAccessible.Text.Description)  # type: ignore[union-attr]
    assert description == f"{page.help.text()} {ARROWS}"  # Tab stops only at one answer
    for button in page.choices.values():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        states = [n.iface.state().checked for n in walk(window) if n.role == Role.RadioButton]
        assert states.count(True) == 1
    # clicking the chosen answer again still takes it back: none chosen
    qtbot.mouseClick(page.choices[None], Qt.MouseButton.LeftButton)
    assert not any(b.isChecked() for b in page.choices.values())
    assert window.content.answer(page.domain.key) is None


def test_the_arrow_keys_are_explained(make, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Tab stops only at the chosen answer; the explanation screen and every set of
    answers say that the arrow keys move to another one, and they do."""
    window = make()
    window.start()
    explain = next(p for p in window.pages if isinstance(p, ExplainPage))
    window.goto(window.pages.index(explain))
    assert explain.keys.isVisible() and explain.keys.text() == ARROWS
    assert ARROWS in explain.speech_text()
    filled(window)
    for index, page in enumerate(window.pages):
        window.goto(index)
        for node in walk(window):
            if node.role == Role.Grouping:
                answers = any(
                    node.iface.child(i).role() == Role.RadioButton
                    for i in range(node.iface.childCount())
                )
                said = node.iface.text(QAccessible.Text.Description).endswith(ARROWS)
                assert said == answers, f"{type(page).__name__}: {node.describe()}"
    dialog = SaveDialog(1.25)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.question.accessibleDescription().endswith(ARROWS)
    domain = next(p for p in window.pages if isinstance(p, DomainPage))
    window.goto(window.pages.index(domain))
    qtbot.mouseClick(domain.choices[2], Qt.MouseButton.LeftButton)
    domain.choices[2].setFocus()
    qtbot.keyClick(domain.choices[2], Qt.Key.Key_Down)
    assert domain.choices[3].hasFocus() and domain.choices[3].isChecked()


def test_the_focus_starts_inside_the_question(make) -> None:  # type: ignore[no-untyped-def]
    """A screen reader says the question (the group's name) before the focused answer."""
    window = make()
    filled(window)
    for index in question_pages(window):
        window.goto(index)
        focus = QApplication.focusWidget()
        page = window.page
        assert focus is not None and page.isAncestorOf(focus), type(page).__name__
        iface = QAccessible.queryAccessibleInterface(focus)
        parents = []
        while iface is not None and iface.isValid():
            parents.append(iface)
            iface = iface.parent()
        groups = [p.text(QAccessible.Text.Name) for p in parents if p.role() == Role.Grouping]
        assert groups[:1] == [page.heading.text()], type(page).__name__


def test_the_dialogs_tree(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SaveDialog(1.25, speak=lambda _text: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert tree_problems(dialog, "Wilt u een code op het bestand?") == []
    assert headings(dialog) == ["Wilt u een code op het bestand?"]
    qtbot.mouseClick(dialog.with_code, Qt.MouseButton.LeftButton)
    assert tree_problems(dialog, "Wilt u een code op het bestand?") == []
    assert dialog.with_code.isChecked() and not dialog.without.isChecked()
    confirm = ConfirmDialog("Weet u het zeker?", "Ja, alles wissen", 1.25)
    qtbot.addWidget(confirm)
    confirm.show()
    assert tree_problems(confirm, None) == []
    assert headings(confirm) == ["Weet u het zeker?"]
    assert heading_levels(dialog) == {"Wilt u een code op het bestand?": 1}
    assert heading_levels(confirm) == {"Weet u het zeker?": 1}


def test_the_tree_check_finds_what_it_looks_for(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The checks above fail on the faults they name (a check that cannot fail is none)."""
    root = QWidget()
    qtbot.addWidget(root)
    unnamed = QLineEdit(root)
    loose = [QPushButton(f"antwoord {n}", root) for n in (1, 2)]
    for button in loose:
        button.setCheckable(True)
        button.setAccessibleName(button.text())
    root.show()
    problems = tree_problems(root, "Vraag?")
    assert any(p.startswith("no name: QLineEdit") for p in problems)
    assert not any("radio" in p for p in problems)  # plain check boxes: not seen as answers
    for button in loose:
        button.setAutoExclusive(True)
    problems = tree_problems(root, "Vraag?")
    assert sum(p.startswith("an answer outside a group") for p in problems) == 2
    del unnamed

    # an answer whose labels are children of their own: read twice, or an empty label
    group = QuestionGroup(root)
    group.set_question("Vraag?")
    parts = [QPushButton(f"deel {n}", group) for n in (1, 2)]
    for button in parts:
        group.box.addWidget(button)
        QLabel("○", button)
        QLabel("", button)
    make_answers(parts)
    group.show()
    problems = tree_problems(group, "Vraag?")
    again = "an answer with a part read again (StaticText '○')"
    assert sum(p.startswith(again) for p in problems) == 2
    assert sum(p.startswith("an answer with an empty part (StaticText '')") for p in problems) == 2
    answer = ChoiceButton("Titel", "Uitleg", group, TextSizer(group))
    group.box.addWidget(answer)
    make_answers([*parts, answer])
    answer.show()
    assert "Titel. Uitleg (3 van 3)" in [n.name for n in walk(group)]
    assert not any("Titel" in p for p in tree_problems(group, "Vraag?"))


# -- status messages ----------------------------------------------------------------


@pytest.fixture
def announced(monkeypatch) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    """(message, assertive) of every announcement event the window sends."""
    seen: list[tuple[str, bool]] = []
    original = QAccessible.updateAccessibility

    def record(event: Any) -> None:
        if event.type() == QAccessible.Event.Announcement:
            assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            seen.append((event.message(), assertive))
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return seen


def test_status_messages_are_announced(make, qtbot, tmp_path, announced) -> None:  # type: ignore[no-untyped-def]
    window = make()
    window.start()
    helpers = next(p for p in window.pages if isinstance(p, HelpersPage))
    window.goto(window.pages.index(helpers))
    qtbot.mouseClick(helpers.add_button, Qt.MouseButton.LeftButton)
    assert ("Vul eerst een naam in.", True) in announced
    helpers.name_edit.setText("Els")
    qtbot.mouseClick(helpers.add_button, Qt.MouseButton.LeftButton)
    assert announced[-1] == ("Toegevoegd: Els", False)

    window.content.plan = OwnPlan(kind=PlanKind.PERSOONLIJK)
    goals = next(p for p in window.pages if isinstance(p, GoalsPage))
    window.goto(window.pages.index(goals))
    qtbot.keyClick(goals.text_edit, Qt.Key.Key_Return)
    assert announced[-1] == ("Schrijf eerst op wat u wilt bereiken.", True)
    goals.text_edit.setText("Zelf mijn post doen")
    qtbot.keyClick(goals.text_edit, Qt.Key.Key_Return)
    assert announced[-1][0].startswith("Toegevoegd: 1. Zelf mijn post doen")

    window.goto(window.pages.index(window.done_page))
    target = tmp_path / "antwoorden.json"
    window.ask_save = lambda: (target, "geheim12")
    qtbot.mouseClick(window.done_page.save_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    message, _assertive = announced[-1]
    assert message.startswith("Het bestand is opgeslagen.")
    assert "Vergeet de code niet: geheim12" in message  # the code to remember is said

    window.ask_save = lambda: (tmp_path / "geen-map" / "x.json", None)
    qtbot.mouseClick(window.done_page.save_button, Qt.MouseButton.LeftButton)
    assert announced[-1][0].startswith("Het opslaan is niet gelukt.") and announced[-1][1]

    window.confirm = lambda _question, _yes: True
    qtbot.mouseClick(window.done_page.wipe_button, Qt.MouseButton.LeftButton)
    assert announced[-1] == ("Alles is gewist.", False)


def test_the_save_dialog_announces_a_short_code(qtbot, announced) -> None:  # type: ignore[no-untyped-def]
    dialog = SaveDialog(1.25)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.with_code, Qt.MouseButton.LeftButton)
    dialog.code_edit.setText("12")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert announced == [("Kies een code van minstens 4 tekens.", True)]


# -- Return -------------------------------------------------------------------------


def test_return_works_on_every_kind_of_control(make, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make()
    window.start()
    name = window.page
    assert isinstance(name, NamePage)
    qtbot.keyClick(name.edit, Qt.Key.Key_Return)  # Return in the name: the next question
    assert window.index == 2

    domain = next(i for i, p in enumerate(window.pages) if isinstance(p, DomainPage))
    window.goto(domain)
    page = window.page
    assert isinstance(page, DomainPage)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert page.choices[1].isChecked()
    page.discuss.setFocus()
    qtbot.keyClick(page.discuss, Qt.Key.Key_Return)
    assert page.discuss.isChecked()
    qtbot.keyClick(page.discuss, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert not page.discuss.isChecked()

    wellbeing = next(p for p in window.pages if isinstance(p, WellbeingPage))
    window.goto(window.pages.index(wellbeing))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.content.wellbeing == 5

    window.content.plan = OwnPlan(kind=PlanKind.PERSOONLIJK)
    actions = next(p for p in window.pages if isinstance(p, ActionsPage))
    window.goto(window.pages.index(actions))
    actions.ongoing.setFocus()
    qtbot.keyClick(actions.ongoing, Qt.Key.Key_Return)
    assert actions.ongoing.isChecked()

    index = window.index
    window.next_button.setFocus()
    qtbot.keyClick(window.next_button, Qt.Key.Key_Return)
    assert window.index > index

    # every button and check box of every screen answers to Return
    for number, shown in enumerate(window.pages):
        window.goto(number)
        for widget in shown.findChildren(QAbstractButton):
            if isinstance(widget, QCheckBox):
                assert type(widget).keyPressEvent is not QCheckBox.keyPressEvent, widget.text()
            elif isinstance(widget, QPushButton):
                assert widget.autoDefault(), widget.accessibleName()


# -- focus you can see --------------------------------------------------------------


def differing_pixels(first: QImage, second: QImage) -> int:
    assert first.size() == second.size()
    return sum(
        first.pixel(x, y) != second.pixel(x, y)
        for y in range(first.height())
        for x in range(first.width())
    )


def focus_ring(widget: QWidget, away: QWidget) -> int:
    """How many pixels of `widget` change when it gets the focus."""
    away.setFocus()
    QApplication.processEvents()
    without = widget.grab().toImage()
    widget.setFocus()
    QApplication.processEvents()
    assert widget.hasFocus()
    return differing_pixels(without, widget.grab().toImage())


def test_focus_is_plainly_visible(make) -> None:  # type: ignore[no-untyped-def]
    """A focused control changes at least a 2-pixel ring around it."""
    window = make()
    filled(window)
    samples: dict[str, QWidget] = {}
    for index, page in enumerate(window.pages):
        window.goto(index)
        for widget in page.findChildren(QWidget):
            if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            kind = type(widget).__name__ + ":" + widget.objectName()
            if isinstance(widget, QCheckBox):
                kind = "QCheckBox"
            if isinstance(widget, QAbstractButton | QLineEdit | QPlainTextEdit | QComboBox):
                samples.setdefault(kind, widget)
    assert {"ChoiceButton:choice", "BigButton:number", "QCheckBox", "QLineEdit:"} <= set(samples)
    weak = []
    for kind, widget in samples.items():
        page = next(p for p in window.pages if p.isAncestorOf(widget))
        window.goto(window.pages.index(page))
        ring = 2 * 2 * (widget.width() + widget.height())
        changed = focus_ring(widget, window.stop_button)
        if changed < ring:
            weak.append(f"{kind}: {changed} < {ring}")
    assert weak == []


# -- Alt letters --------------------------------------------------------------------


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt letter that works now: visible buttons and labels
    with a buddy under `root`."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        shortcut = isinstance(widget, QAbstractButton)
        shortcut = shortcut or (isinstance(widget, QLabel) and widget.buddy() is not None)
        if not shortcut:
            continue
        text = widget.text()  # type: ignore[attr-defined]
        match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
        if match:
            found.append((match.group(1).casefold(), text))
    return found


def clashes(root: QWidget) -> list[str]:
    letters = mnemonics(root)
    seen: dict[str, str] = {}
    found = []
    for letter, text in letters:
        if letter in seen:
            found.append(f"Alt+{letter.upper()}: {seen[letter]!r} and {text!r}")
        seen.setdefault(letter, text)
    return found


def screens_without_clashes(window: CitizenWindow) -> list[str]:
    found = clashes(window)
    filled(window)
    for index, page in enumerate(window.pages):
        window.goto(index)
        found += [f"{type(page).__name__}: {c}" for c in clashes(window)]
    dialog = SaveDialog(1.25, window, speak=lambda _text: None)
    dialog.show()
    dialog.with_code.click()
    found += [f"SaveDialog: {c}" for c in clashes(dialog)]
    dialog.close()
    return found


def test_no_alt_letter_clashes(make) -> None:  # type: ignore[no-untyped-def]
    assert screens_without_clashes(make(speaker=FakeSpeaker())) == []


def test_no_alt_letter_clashes_in_english(make, english) -> None:  # type: ignore[no-untyped-def]
    assert screens_without_clashes(make(speaker=FakeSpeaker(), language="en")) == []


# -- reading aloud ------------------------------------------------------------------


def words(text: str) -> str:
    return " ".join(text.replace("&", "").replace("•", " ").split()).rstrip(".:?!")


def unread(root: QWidget, spoken: str, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Visible texts under `root` that `spoken` leaves out (texts in an answer button
    have the answer's own "Lees voor")."""
    said = words(spoken)
    missing = []
    for widget in root.findChildren(QLabel):
        if not widget.isVisible() or not widget.text().strip():
            continue
        if any(s is widget or s.isAncestorOf(widget) for s in skip):
            continue
        if words(widget.text()) not in said:
            missing.append(widget.text())
    return missing


def test_read_aloud_reaches_every_text(make, qtbot) -> None:  # type: ignore[no-untyped-def]
    speaker = FakeSpeaker()
    window = make(speaker=speaker)
    assert unread(window.welcome, window.welcome.speech_text()) == []
    filled(window)
    for index, page in enumerate(window.pages):
        window.goto(index)
        page_answers = tuple(page.findChildren(ChoiceButton))
        assert unread(page, page.speech_text(), page_answers) == [], type(page).__name__
        reads = [b for b in window.ctx.read_buttons if page.isAncestorOf(b)]
        assert len(reads) == len(page_answers)  # every answer has its own "Lees voor"
        assert all(b.isVisible() for b in reads)
    window.goto(window.pages.index(window.done_page))
    window.done_page.show_result("Het bestand is opgeslagen.")
    assert "Het bestand is opgeslagen." in window.done_page.speech_text()


def test_read_aloud_in_the_dialogs(make, qtbot) -> None:  # type: ignore[no-untyped-def]
    speaker = FakeSpeaker()
    window = make(speaker=speaker)
    dialog = SaveDialog(1.25, window, speak=window.speak)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.with_code, Qt.MouseButton.LeftButton)
    dialog.code_edit.setText("1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.read_aloud.isVisible()
    qtbot.mouseClick(dialog.read_aloud, Qt.MouseButton.LeftButton)
    assert unread(dialog, speaker.said[-1], (dialog.without, dialog.with_code)) == []
    assert dialog.without.spoken_text() in speaker.said[-1]
    confirm = window.confirm_dialog("Weet u het zeker? Alles gaat weg.", "Ja, alles wissen")
    qtbot.addWidget(confirm)
    confirm.show()
    confirm.activateWindow()
    qtbot.waitUntil(confirm.no_button.hasFocus)  # Return keeps everything
    qtbot.mouseClick(confirm.read_aloud, Qt.MouseButton.LeftButton)
    assert speaker.said[-1] == "Weet u het zeker? Alles gaat weg."


def test_without_a_speech_engine_the_window_says_so(make, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make()
    assert window.read_page_button.isHidden()
    note = window.welcome.no_speech_note
    assert note.isVisible()
    assert note.text().startswith("Deze computer kan de tekst niet voorlezen.")
    dialog = SaveDialog(1.25, window, speak=window._dialog_speak())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.read_aloud.isHidden()
    speaker = FakeSpeaker()
    window._speech_found(speaker)
    assert note.isHidden() and not window.read_page_button.isHidden()
    speaker.failed.emit()
    assert note.isVisible() and window.read_page_button.isHidden()


def test_list_pages_keep_their_form_in_the_question(make) -> None:  # type: ignore[no-untyped-def]
    window = make()
    filled(window)
    for page in window.pages:
        if isinstance(page, ListPage):
            assert getattr(page, "question", None) is not None
            assert all(page.question.isAncestorOf(f) for f in page.fields), type(page).__name__


# -- the confirm dialog's size ------------------------------------------------------


@pytest.mark.parametrize("factor", [1.25, 1.75])
def test_the_confirm_dialog_is_wide_enough(qtbot, factor: float) -> None:  # type: ignore[no-untyped-def]
    """About 45 letters of the question a line (more room with large text), the
    question wrapped in full above the buttons, everything on the screen."""
    question = "Weet u het zeker? Alles wat u hebt ingevuld, gaat weg van deze computer."
    confirm = ConfirmDialog(question, "Ja, alles wissen", factor, speak=lambda _text: None)
    qtbot.addWidget(confirm)
    confirm.show()
    qtbot.waitExposed(confirm)
    letters = confirm.question.fontMetrics().averageCharWidth()
    free = confirm.screen().availableGeometry()
    assert confirm.width() >= min(45 * letters, free.width() - 40)
    assert confirm.width() <= free.width() and confirm.height() <= free.height()
    heading = confirm.question
    assert heading.wordWrap() and heading.height() >= heading.heightForWidth(heading.width())
    # no scroll bar once laid out (the last layout pass comes after the first paint)
    qtbot.waitUntil(lambda: heading.visibleRegion().boundingRect() == heading.rect())
    for button in (confirm.read_aloud, confirm.yes_button, confirm.no_button):
        assert button.isVisible()
        place = button.mapTo(confirm, button.rect().bottomRight())
        assert confirm.rect().contains(place), button.text()
        assert (
            button.mapTo(confirm, button.rect().topLeft()).y()
            > heading.mapTo(confirm, heading.rect().bottomLeft()).y()
        )
