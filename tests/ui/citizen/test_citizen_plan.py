"""The citizen's own plan in the citizen window, driven as a citizen drives it: real
clicks and keys on the real buttons, a persoonlijk plan and a familiegroepsplan, saved
with the real save path and read back, the draft, the paper, the keyboard alone, read
aloud, and a name for every control."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QWidget,
)

from eigenkracht.exchange import selfassessment as sa
from eigenkracht.exchange.selfassessment import (
    Helper,
    KdfSettings,
    OwnAction,
    OwnAsk,
    OwnGoal,
    OwnPlan,
    Participant,
    PlanKind,
)
from eigenkracht.ui.citizen import CitizenWindow
from eigenkracht.ui.citizen.pages import HelpersPage
from eigenkracht.ui.citizen.plan_pages import (
    ActionsPage,
    AsksPage,
    GoalsPage,
    ListPage,
    ParticipantsPage,
    PlanChoicePage,
)
from eigenkracht.ui.citizen.speech import Speaker
from ui_support import labels_without_buddy, unnamed_interactive

TODAY = dt.date(2026, 11, 20)
CHEAP = KdfSettings(time_cost=1, memory_cost_kib=32)


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
def draft(tmp_path: Path) -> Path:
    return tmp_path / "concept.json"


@pytest.fixture
def make(qtbot, draft):  # type: ignore[no-untyped-def]
    def make(**kwargs: object) -> CitizenWindow:
        options: dict[str, object] = {
            "draft_path": draft,
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


def click(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def index_of(window: CitizenWindow, kind: type) -> int:
    return next(i for i, p in enumerate(window.pages) if isinstance(p, kind))


def choose(qtbot, box: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Choose an item with the arrow keys, as a keyboard user does."""
    box.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentText() == text:
            return
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == text, [box.itemText(i) for i in range(box.count())]


def to_helpers(window: CitizenWindow, qtbot) -> HelpersPage:  # type: ignore[no-untyped-def]
    click(qtbot, window.welcome.start_button)
    window.goto(index_of(window, HelpersPage))
    page = window.page
    assert isinstance(page, HelpersPage)
    return page


def add_helper(qtbot, type_text, page: HelpersPage, name: str, who: str) -> None:  # type: ignore[no-untyped-def]
    type_text(qtbot, page.name_edit, name)
    type_text(qtbot, page.who_edit, who)
    click(qtbot, page.add_button)


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return len(reader.pages), re.sub(r"\s+", " ", text)


def test_a_persoonlijk_plan(make, qtbot, type_text, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make()
    helpers = to_helpers(window, qtbot)
    add_helper(qtbot, type_text, helpers, "Els", "mijn dochter")
    click(qtbot, window.next_button)

    choice = window.page
    assert isinstance(choice, PlanChoicePage)
    assert choice.heading.text() == "Wilt u zelf een plan maken?"
    assert window.progress_label.text() == "Vraag 19 van 19"
    assert not choice.answered()
    click(qtbot, choice.choices[PlanKind.PERSOONLIJK])
    assert window.content.plan == OwnPlan(kind=PlanKind.PERSOONLIJK)
    assert choice.choices[PlanKind.PERSOONLIJK].chosen_label.text() == "✔ gekozen"
    assert choice.chosen.text() == "U heeft gekozen: Ja, ik maak zelf een plan"
    click(qtbot, window.next_button)

    # a persoonlijk plan: the goals first (who helped comes last)
    goals = window.page
    assert isinstance(goals, GoalsPage)
    assert window.progress_label.text() == "Uw plan: stap 1 van 4"
    assert goals.kicker.text() == "Uw eigen plan"
    click(qtbot, goals.add_button)
    assert goals.problem_label.text() == "Schrijf eerst op wat u wilt bereiken."
    type_text(qtbot, goals.text_edit, "Weer zelf mijn post doen")
    choose(qtbot, goals.domain_box, "Geldzaken")
    click(qtbot, goals.add_button)
    assert goals.problem_label.isHidden()
    type_text(qtbot, goals.text_edit, "Mijn kleinkinderen vaker zien")
    qtbot.keyClick(goals.text_edit, Qt.Key.Key_Return)  # Return adds too
    assert window.content.plan.goals == [  # type: ignore[union-attr]
        OwnGoal("Weer zelf mijn post doen", "financien"),
        OwnGoal("Mijn kleinkinderen vaker zien", ""),
    ]
    assert [row.text() for row in goals.row_labels] == [
        "1. Weer zelf mijn post doen (onderwerp: Geldzaken)",
        "2. Mijn kleinkinderen vaker zien (onderwerp: Iets anders)",
    ]
    assert goals.text_edit.text() == "" and goals.domain_box.currentText() == "Iets anders"
    click(qtbot, window.next_button)

    actions = window.page
    assert isinstance(actions, ActionsPage)
    assert window.progress_label.text() == "Uw plan: stap 2 van 4"
    who = [actions.who_box.itemText(i) for i in range(actions.who_box.count())]
    assert who == ["Ikzelf", "Els (mijn dochter)"]
    type_text(qtbot, actions.what_edit, "Samen de post openmaken")
    choose(qtbot, actions.who_box, "Els (mijn dochter)")
    type_text(qtbot, actions.when_edit, "elke dinsdag")
    click(qtbot, actions.ongoing)
    choose(qtbot, actions.goal_box, "Doel 1: Weer zelf mijn post doen")
    click(qtbot, actions.add_button)
    assert actions.row_labels[0].text() == (
        "• Els: Samen de post openmaken (elke dinsdag, steeds) Hoort bij doel 1."
    )
    choose(qtbot, actions.who_box, "Ikzelf")
    choose(qtbot, actions.goal_box, "Bij geen bepaald doel")
    type_text(qtbot, actions.what_edit, "Mijn dochter bellen")
    type_text(qtbot, actions.when_edit, "voor de zomer")
    click(qtbot, window.next_button)  # typed, not added: Verder adds it, nothing is lost
    assert window.content.plan.actions == [  # type: ignore[union-attr]
        OwnAction("Samen de post openmaken", "Els", "elke dinsdag", True, 0),
        OwnAction("Mijn dochter bellen", "", "voor de zomer", False, None),
    ]

    asks = window.page
    assert isinstance(asks, AsksPage)
    assert asks.heading.text() == "Wat vraagt u aan de gemeente of aan anderen?"
    type_text(qtbot, asks.what_edit, "Hulp bij de rekeningen")
    qtbot.keyClick(asks.what_edit, Qt.Key.Key_Return)
    type_text(qtbot, asks.what_edit, "Een controle van mijn ogen")
    type_text(qtbot, asks.whom_edit, "de huisarts")
    qtbot.keyClick(asks.whom_edit, Qt.Key.Key_Return)
    assert [row.text() for row in asks.row_labels] == [
        "• Hulp bij de rekeningen (aan: de gemeente)",
        "• Een controle van mijn ogen (aan: de huisarts)",
    ]
    click(qtbot, window.next_button)

    people = window.page
    assert isinstance(people, ParticipantsPage) and not people.first
    assert people.heading.text() == "Heeft iemand u geholpen met dit plan?"
    assert window.progress_label.text() == "Uw plan: stap 4 van 4"
    assert [b.text() for b in people.helper_buttons] == ["Els"]  # one click from the helpers
    click(qtbot, people.helper_buttons[0])
    assert (people.name_edit.text(), people.who_edit.text()) == ("Els", "mijn dochter")
    assert QApplication.focusWidget() is people.takes_on_edit
    type_text(qtbot, people.takes_on_edit, "de post met mij doornemen")
    qtbot.keyClick(people.takes_on_edit, Qt.Key.Key_Return)
    assert people.helper_buttons == []  # Els is in the list now
    click(qtbot, window.next_button)

    assert window.page is window.done_page
    assert window.done_page.plan_summary.text() == (
        "U heeft een eigen plan gemaakt. Doelen: 2. Wat er gaat gebeuren: 2. "
        "Wat u vraagt: 2. Mensen die meedoen: 1."
    )
    target = tmp_path / "zelf-ingevuld.json"
    window.ask_save = lambda: (target, None)
    click(qtbot, window.done_page.save_button)
    assert '"version": 2' in target.read_text(encoding="utf-8")
    saved = sa.read_file(target)
    assert saved.plan == OwnPlan(
        kind=PlanKind.PERSOONLIJK,
        goals=[
            OwnGoal("Weer zelf mijn post doen", "financien"),
            OwnGoal("Mijn kleinkinderen vaker zien", ""),
        ],
        actions=[
            OwnAction("Samen de post openmaken", "Els", "elke dinsdag", True, 0),
            OwnAction("Mijn dochter bellen", "", "voor de zomer", False, None),
        ],
        asks=[
            OwnAsk("Hulp bij de rekeningen", ""),
            OwnAsk("Een controle van mijn ogen", "de huisarts"),
        ],
        written_with=[Participant("Els", "mijn dochter", "de post met mij doornemen")],
    )

    paper = tmp_path / "papier.pdf"
    window.ask_pdf_path = lambda: paper
    click(qtbot, window.done_page.paper_button)
    pages, _text = pdf_text(paper)
    assert pages == 2  # the answers on one page, the plan on the next
    second = re.sub(r"\s+", " ", PdfReader(str(paper)).pages[1].extract_text())
    for expected in (
        "Uw eigen plan",
        "Wat wilt u bereiken?",
        "Weer zelf mijn post doen",
        "Geldzaken",
        "Iets anders",
        "Samen de post openmaken",
        "elke dinsdag, steeds",
        "Ikzelf",
        "voor de zomer",
        "Hulp bij de rekeningen",
        "de gemeente",
        "de huisarts",
        "Wie heeft meegeschreven?",
        "de post met mij doornemen",
    ):
        assert expected in second, expected
    assert second.index("Wat wilt u bereiken?") < second.index("Wie heeft meegeschreven?")


def test_a_familiegroepsplan(make, qtbot, type_text, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make()
    helpers = to_helpers(window, qtbot)
    add_helper(qtbot, type_text, helpers, "Oma Truus", "mijn moeder")
    click(qtbot, window.next_button)
    choice = window.page
    assert isinstance(choice, PlanChoicePage)
    click(qtbot, choice.choices[PlanKind.FAMILIEGROEPSPLAN])
    click(qtbot, window.next_button)

    # made with family and friends: who takes part comes first
    people = window.page
    assert isinstance(people, ParticipantsPage) and people.first
    assert people.heading.text() == "Wie maken het plan met u?"
    assert people.kicker.text() == "Uw familiegroepsplan"
    assert window.progress_label.text() == "Uw plan: stap 1 van 4"
    click(qtbot, people.add_button)
    assert people.problem_label.text() == "Vul eerst een naam in."
    click(qtbot, people.helper_buttons[0])
    type_text(qtbot, people.takes_on_edit, "haalt de kinderen op woensdag op")
    click(qtbot, people.add_button)
    type_text(qtbot, people.name_edit, "Karim")
    type_text(qtbot, people.who_edit, "buurman")
    type_text(qtbot, people.takes_on_edit, "helpt met de fietsen")
    click(qtbot, people.add_button)
    type_text(qtbot, people.name_edit, "Wim")
    click(qtbot, people.add_button)
    remove = [b for b in people.remove_buttons if b.accessibleName() == "Wim weghalen"]
    click(qtbot, remove[0])
    assert [p.name for p in window.content.plan.written_with] == ["Oma Truus", "Karim"]  # type: ignore[union-attr]
    click(qtbot, window.next_button)

    goals = window.page
    assert isinstance(goals, GoalsPage)
    assert goals.kicker.text() == "Uw familiegroepsplan"
    type_text(qtbot, goals.text_edit, "De kinderen gaan elke dag naar school")
    click(qtbot, goals.add_button)
    click(qtbot, window.next_button)

    actions = window.page
    assert isinstance(actions, ActionsPage)
    who = [actions.who_box.itemText(i) for i in range(actions.who_box.count())]
    assert who == ["Ikzelf", "Oma Truus (mijn moeder)", "Karim (buurman)"]  # no one twice
    type_text(qtbot, actions.what_edit, "Fietsen maken")
    choose(qtbot, actions.who_box, "Karim (buurman)")
    click(qtbot, actions.add_button)
    click(qtbot, window.next_button)

    asks = window.page
    assert isinstance(asks, AsksPage)
    assert window.progress_label.text() == "Uw plan: stap 4 van 4"
    click(qtbot, window.next_button)  # nothing asked: that may be
    assert window.page is window.done_page  # who takes part was asked first, not again
    assert window.done_page.plan_summary.text().startswith(
        "U heeft een familiegroepsplan gemaakt. Doelen: 1."
    )
    click(qtbot, window.back_button)
    assert window.page is asks

    window.goto(len(window.pages) - 1)
    target = tmp_path / "familie.json"
    window.ask_save = lambda: (target, "zon42")  # with a code: the plan is inside it
    click(qtbot, window.done_page.save_button)
    saved = sa.read_file(target, "zon42")
    assert saved.plan is not None
    assert saved.plan.kind is PlanKind.FAMILIEGROEPSPLAN
    assert saved.plan.written_with == [
        Participant("Oma Truus", "mijn moeder", "haalt de kinderen op woensdag op"),
        Participant("Karim", "buurman", "helpt met de fietsen"),
    ]
    assert saved.plan.goals == [OwnGoal("De kinderen gaan elke dag naar school")]
    assert saved.plan.actions == [OwnAction("Fietsen maken", who="Karim")]
    assert saved.plan.asks == []

    paper = tmp_path / "papier.pdf"
    window.ask_pdf_path = lambda: paper
    click(qtbot, window.done_page.paper_button)
    pages, _text = pdf_text(paper)
    assert pages == 2
    second = re.sub(r"\s+", " ", PdfReader(str(paper)).pages[1].extract_text())
    assert "Uw familiegroepsplan" in second
    assert "haalt de kinderen op woensdag op" in second and "Karim" in second
    # made with family and friends: who they are first, then the goals
    assert second.index("Wie maken het plan met u?") < second.index("Wat wilt u bereiken?")


def test_not_now_goes_to_the_end(make, qtbot, type_text) -> None:  # type: ignore[no-untyped-def]
    window = make()
    to_helpers(window, qtbot)
    click(qtbot, window.next_button)
    choice = window.page
    assert isinstance(choice, PlanChoicePage)
    click(qtbot, choice.choices[None])
    assert choice.answered() and window.content.plan is None
    assert choice.choices[None].isChecked()
    click(qtbot, window.next_button)
    assert window.page is window.done_page
    assert window.done_page.plan_summary.text() == "U heeft geen eigen plan gemaakt."
    click(qtbot, window.back_button)
    assert window.page is choice  # back past the plan's screens too

    # changing one's mind: a plan with a goal, then "Nee, nu niet" asks first
    click(qtbot, choice.choices[PlanKind.PERSOONLIJK])
    click(qtbot, window.next_button)
    goals = window.page
    assert isinstance(goals, GoalsPage)
    type_text(qtbot, goals.text_edit, "Zelf koken")
    qtbot.keyClick(goals.text_edit, Qt.Key.Key_Return)
    click(qtbot, window.back_button)
    asked: list[str] = []
    window.confirm = lambda question, yes: asked.append(question) or False  # type: ignore[func-returns-value]
    click(qtbot, choice.choices[None])
    assert asked == ["Weet u het zeker? Wat u in uw plan hebt geschreven, gaat dan weg."]
    assert window.content.plan is not None and window.content.plan.goals  # said no: kept
    assert choice.choices[PlanKind.PERSOONLIJK].isChecked()
    assert not choice.choices[None].isChecked()
    window.confirm = lambda question, yes: True
    click(qtbot, choice.choices[None])
    assert window.content.plan is None

    # switching between the two kinds keeps what is written
    click(qtbot, choice.choices[PlanKind.FAMILIEGROEPSPLAN])
    window.content.plan.goals.append(OwnGoal("Rust in huis"))  # type: ignore[union-attr]
    click(qtbot, choice.choices[PlanKind.PERSOONLIJK])
    assert window.content.plan == OwnPlan(goals=[OwnGoal("Rust in huis")])


def test_removing_a_goal_keeps_actions_on_theirs(make, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make()
    click(qtbot, window.welcome.start_button)
    window.content.plan = OwnPlan(
        goals=[OwnGoal("een"), OwnGoal("twee"), OwnGoal("drie")],
        actions=[OwnAction("a", goal=0), OwnAction("b", goal=1), OwnAction("c", goal=2)],
    )
    window.goto(index_of(window, GoalsPage))
    goals = window.page
    assert isinstance(goals, GoalsPage)
    click(qtbot, goals.remove_buttons[1])
    assert [g.text for g in window.content.plan.goals] == ["een", "drie"]
    assert [a.goal for a in window.content.plan.actions] == [0, None, 1]
    assert QApplication.focusWidget() is goals.remove_buttons[1]  # the next one


def test_the_draft_keeps_the_plan(make, qtbot, type_text, draft) -> None:  # type: ignore[no-untyped-def]
    window = make()
    to_helpers(window, qtbot)
    click(qtbot, window.next_button)
    click(qtbot, window.page.choices[PlanKind.FAMILIEGROEPSPLAN])  # type: ignore[attr-defined]
    click(qtbot, window.next_button)
    people = window.page
    assert isinstance(people, ParticipantsPage)
    type_text(qtbot, people.name_edit, "Ans")
    type_text(qtbot, people.takes_on_edit, "kookt op vrijdag")
    click(qtbot, people.add_button)
    click(qtbot, window.next_button)
    type_text(qtbot, window.page.text_edit, "Samen eten")  # type: ignore[attr-defined]
    click(qtbot, window.page.add_button)  # type: ignore[attr-defined]
    window.close()  # closing keeps the draft at once

    again = make()
    click(qtbot, again.welcome.resume_button)
    assert isinstance(again.page, GoalsPage)
    assert again.content.plan == OwnPlan(
        kind=PlanKind.FAMILIEGROEPSPLAN,
        goals=[OwnGoal("Samen eten")],
        written_with=[Participant("Ans", "", "kookt op vrijdag")],
    )
    assert [row.text() for row in again.page.row_labels] == [
        "1. Samen eten (onderwerp: Iets anders)"
    ]
    click(qtbot, again.back_button)
    assert isinstance(again.page, ParticipantsPage)
    assert again.page.row_labels[0].text() == "• Ans: kookt op vrijdag"
    click(qtbot, again.back_button)
    assert again.page.choices[PlanKind.FAMILIEGROEPSPLAN].isChecked()  # type: ignore[attr-defined]

    # "Nee, nu niet" is kept too
    again.confirm = lambda question, yes: True
    click(qtbot, again.page.choices[None])  # type: ignore[attr-defined]
    again.close()
    third = make()
    click(qtbot, third.welcome.resume_button)
    assert isinstance(third.page, PlanChoicePage)
    assert third.page.choices[None].isChecked()
    assert third.content.plan is None


def test_a_version_1_draft_is_still_read(make, qtbot, draft) -> None:  # type: ignore[no-untyped-def]
    draft.write_text(
        '{"format": "eigenkracht-zelfbeoordeling-concept", "version": 1, "page": 2, '
        '"larger_text": false, "content": {"instrument_id": "leefgebieden", '
        '"instrument_version": "1.0", "name": "Ria"}}',
        encoding="utf-8",
    )
    window = make()
    click(qtbot, window.welcome.resume_button)
    assert window.content.name == "Ria" and window.content.plan is None
    assert window.index == 2


def test_keyboard_only(make, qtbot, type_text) -> None:  # type: ignore[no-untyped-def]
    window = make()
    helpers = to_helpers(window, qtbot)
    window.content.helpers.append(Helper("Els", "mijn dochter"))
    helpers.enter()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    choice = window.page
    assert isinstance(choice, PlanChoicePage)
    assert QApplication.focusWidget() is choice.choices[PlanKind.PERSOONLIJK]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert window.content.plan is not None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(window.page, GoalsPage))
    goals = window.page
    assert QApplication.focusWidget() is goals.text_edit
    type_text(qtbot, QApplication.focusWidget(), "Zelf koken")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is goals.domain_box
    qtbot.keyClick(goals.domain_box, Qt.Key.Key_Down)
    assert goals.domain_box.currentData() == window.instrument.domains[0].key
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is goals.add_button
    qtbot.keyClick(goals.add_button, Qt.Key.Key_Space)
    assert window.content.plan.goals == [  # type: ignore[union-attr]
        OwnGoal("Zelf koken", window.instrument.domains[0].key)
    ]
    assert QApplication.focusWidget() is goals.text_edit  # ready for the next one
    type_text(qtbot, goals.text_edit, "Naar de markt")
    qtbot.keyClick(goals.text_edit, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # T&oevoegen
    qtbot.waitUntil(lambda: len(window.content.plan.goals) == 2)  # type: ignore[union-attr]

    assert goals.added_label.text() == (
        "Toegevoegd: 2. Naar de markt (onderwerp: Iets anders). U kunt nog iets opschrijven. "
        "Of klik op Verder."
    )
    # Tab follows the screen: the form, the list's buttons, then Terug and Verder. The
    # list's new buttons are shown by the layout one event later (a posted show): wait.
    qtbot.waitUntil(lambda: all(b.isVisible() for b in goals.remove_buttons))
    order: list[QWidget] = []
    focus = window.stop_button
    focus.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        goals.text_edit,
        goals.domain_box,
        goals.add_button,
        *goals.remove_buttons,
        window.back_button,
        window.next_button,
    ]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is window.back_button
    # Alt+U goes to the goal field (its caption's letter)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is goals.text_edit)

    qtbot.keyClick(goals.text_edit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    actions = window.page
    assert isinstance(actions, ActionsPage)
    type_text(qtbot, QApplication.focusWidget(), "Boodschappen doen")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is actions.who_box)
    qtbot.keyClick(actions.who_box, Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is actions.when_edit
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is actions.ongoing
    qtbot.keyClick(actions.ongoing, Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is actions.goal_box
    qtbot.keyClick(actions.goal_box, Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.content.plan.actions == [  # type: ignore[union-attr]
        OwnAction("Boodschappen doen", "Els", "", True, 0)
    ]


def mnemonics(window: CitizenWindow) -> list[str]:
    """The Alt letters a citizen can use on the screen now."""
    letters = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        named = isinstance(widget, QLabel) and widget.buddy() is not None
        if not (isinstance(widget, QAbstractButton) or named):
            continue
        text = widget.text()  # type: ignore[attr-defined]
        found = re.search(r"&([^&])", text.replace("&&", ""))
        if found:
            letters.append(found.group(1).casefold())
    return letters


@pytest.mark.parametrize("kind", list(PlanKind))
def test_names_letters_and_read_aloud(make, qtbot, kind) -> None:  # type: ignore[no-untyped-def]
    speaker = FakeSpeaker()
    window = make(speaker=speaker)
    click(qtbot, window.welcome.start_button)
    window.content.helpers.append(Helper("Els", "mijn dochter"))
    window.content.plan = OwnPlan(
        kind=kind,
        goals=[OwnGoal("Zelf koken", "financien")],
        actions=[OwnAction("Samen koken", "Els", "op zondag", True, 0)],
        asks=[OwnAsk("Maaltijden", "")],
        written_with=[Participant("Karim", "buurman", "boodschappen")],
    )
    shown = 0
    for index, page in enumerate(window.pages):
        if not isinstance(page, PlanChoicePage | ListPage) or page.skipped():
            continue
        window.goto(index)
        shown += 1
        assert unnamed_interactive(page, visible_only=True) == [], type(page).__name__
        assert labels_without_buddy(page) == [], type(page).__name__
        letters = mnemonics(window)
        assert len(letters) == len(set(letters)), (type(page).__name__, sorted(letters))
        click(qtbot, window.read_page_button)
        said = speaker.said[-1]
        assert said.startswith(page.kicker.text()) and page.heading.text() in said
        if isinstance(page, ListPage):
            for row in page.row_labels:
                assert row.text() in said  # what is written is read aloud too
            assert all(b.accessibleName().endswith("weghalen") for b in page.remove_buttons)
    assert shown == 5  # the choice, then four screens of the plan
    window.goto(index_of(window, PlanChoicePage))
    reads = [b for b in window.page.findChildren(QAbstractButton) if b in window.ctx.read_buttons]
    assert [b.accessibleName() for b in reads] == [
        "Keuze 1 voorlezen",
        "Keuze 2 voorlezen",
        "Keuze 3 voorlezen",
    ]
    assert all(b.isVisible() for b in reads)
    click(qtbot, reads[1])
    assert speaker.said[-1].startswith("Ja, samen met familie en vrienden. U maakt het plan")
    window.goto(len(window.pages) - 1)
    click(qtbot, window.read_page_button)
    assert "Doelen: 1." in speaker.said[-1]


def test_larger_text_on_the_plan(make, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make()
    click(qtbot, window.welcome.start_button)
    window.content.plan = OwnPlan(goals=[OwnGoal("Zelf koken")])
    window.goto(index_of(window, ActionsPage))
    page = window.page
    assert isinstance(page, ActionsPage)
    widgets = [page.heading, page.what_edit, page.who_box, page.ongoing, page.add_button]
    before = [w.font().pointSizeF() for w in widgets]
    click(qtbot, window.larger_button)
    after = [w.font().pointSizeF() for w in widgets]
    assert all(b < a for b, a in zip(before, after, strict=True))
    window.goto(index_of(window, GoalsPage))
    goals = window.page
    system = QApplication.font().pointSizeF()
    assert goals.row_labels[0].font().pointSizeF() == pytest.approx(system * 1.75)  # type: ignore[attr-defined]
    assert isinstance(goals.fields[1], QComboBox)  # type: ignore[attr-defined]
    assert not any(isinstance(f, QCheckBox) for f in goals.fields)  # type: ignore[attr-defined]


def test_names_show_as_typed(make, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A name with "&", markup or a bidi override: no Alt letter, no markup, no reversal."""
    window = make()
    click(qtbot, window.welcome.start_button)
    name = "Jan & <b>Piet</b>\u202e"
    window.content.helpers.append(Helper(name, "buur"))
    window.content.plan = OwnPlan(
        kind=PlanKind.FAMILIEGROEPSPLAN,
        goals=[OwnGoal("<i>Rust</i>\u202e")],
        written_with=[Participant("<u>Ans</u>", "zus")],
    )
    window.goto(index_of(window, ParticipantsPage))
    people = window.page
    assert isinstance(people, ParticipantsPage)
    [button] = people.helper_buttons
    assert button.text() == "Jan && <b>Piet</b>"  # "&&" shows one "&", and no Alt letter
    assert button.accessibleName() == "Jan & <b>Piet</b> toevoegen"
    assert people.row_labels[0].text() == "• <u>Ans</u> (zus)"
    click(qtbot, button)
    assert people.name_edit.text() == name  # the name itself is kept as typed
    window.goto(index_of(window, ActionsPage))
    actions = window.page
    assert isinstance(actions, ActionsPage)
    items = [actions.who_box.itemText(i) for i in range(actions.who_box.count())]
    assert not any("\u202e" in item for item in items)
    assert items[2] == "<u>Ans</u> (zus)"
    assert "\u202e" not in actions.goal_box.itemText(1)
