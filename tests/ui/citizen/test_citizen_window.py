"""The citizen window, driven as a citizen drives it: keyboard and clicks, one question
per screen, a draft that survives closing, saving with a code, paper, and wiping."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
)

from eigenkracht.exchange import selfassessment as sa
from eigenkracht.exchange.selfassessment import KdfSettings
from eigenkracht.ui.citizen import CitizenWindow
from eigenkracht.ui.citizen.pages import DomainPage, HelpersPage, WellbeingPage
from eigenkracht.ui.citizen.speech import Speaker
from eigenkracht.ui.citizen.window import DRAFT_DELAY_MS
from support import fire

TODAY = dt.date(2026, 11, 20)
CHEAP = KdfSettings(time_cost=1, memory_cost_kib=32)


class FakeSpeaker(Speaker):
    name = "nep"

    def __init__(self) -> None:
        super().__init__()
        self.said: list[str] = []
        self.stops = 0

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        self.stops += 1


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


def page_of(window: CitizenWindow, kind: type) -> int:
    return next(i for i, p in enumerate(window.pages) if isinstance(p, kind))


def domain_index(window: CitizenWindow, key: str) -> int:
    return next(
        i for i, p in enumerate(window.pages) if isinstance(p, DomainPage) and p.domain.key == key
    )


def test_keyboard_only_walk(make, qtbot, type_text) -> None:  # type: ignore[no-untyped-def]
    window = make()
    assert window.page is window.welcome
    assert not window.nav.isVisible()
    start = window.welcome.start_button
    assert QApplication.focusWidget() is start
    qtbot.keyClick(start, Qt.Key.Key_Space)
    assert window.index == 1
    assert window.progress_label.text() == "Vraag 1 van 19"
    name_edit = window.pages[1].first_focus()
    assert QApplication.focusWidget() is name_edit
    type_text(qtbot, name_edit, "Zoë")
    assert window.content.name == "Zoë"
    qtbot.keyClick(name_edit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.index == 2
    box = QApplication.focusWidget()
    assert isinstance(box, QPlainTextEdit)
    type_text(qtbot, box, "Hulp bij de post €")
    assert window.content.question == "Hulp bij de post €"
    # Alt+V is the mnemonic of Verder (a mnemonic clicks after a short animation)
    qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.index == 3)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.index == 2
    assert window.pages[2].box.toPlainText() == "Hulp bij de post €"  # type: ignore[attr-defined]

    window.goto(domain_index(window, "financien"))
    page = window.page
    assert isinstance(page, DomainPage)
    first = QApplication.focusWidget()
    assert first is page.choices[1]
    # the answers are one radio group: the arrow keys move in it, Tab leaves it
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.choices[2]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    answer = window.content.answer("financien")
    assert answer is not None and answer.level == 2
    assert page.choices[2].isChecked()
    assert page.choices[2].chosen_label.text() == "✔ gekozen"  # not by colour alone
    assert page.choices[2].mark.text() == "●"


def test_domain_answers(make, qtbot, type_text) -> None:  # type: ignore[no-untyped-def]
    window = make()
    click(qtbot, window.welcome.start_button)
    window.goto(domain_index(window, "huisvesting"))
    page = window.page
    assert isinstance(page, DomainPage)
    assert page.heading.text() == "Hoe woont u?"
    assert page.kicker.text() == "Uw woning"
    click(qtbot, page.choices[4])
    assert window.content.answer("huisvesting").level == 4  # type: ignore[union-attr]
    click(qtbot, page.choices[None])  # does not apply
    answer = window.content.answer("huisvesting")
    assert answer is not None and answer.skipped and answer.level is None
    assert not page.choices[4].isChecked()
    click(qtbot, page.choices[None])  # clicking again takes it back
    assert window.content.answer("huisvesting") is None
    click(qtbot, page.discuss)
    type_text(qtbot, page.remark, "De trap")
    answer = window.content.answer("huisvesting")
    assert answer is not None and answer.wants_to_discuss and answer.remark == "De trap"

    window.goto(page_of(window, WellbeingPage))
    wellbeing = window.page
    assert isinstance(wellbeing, WellbeingPage)
    click(qtbot, wellbeing.numbers[7])
    assert window.content.wellbeing == 7
    assert wellbeing.chosen.text() == "U heeft gekozen: 7"
    click(qtbot, wellbeing.numbers[7])
    assert window.content.wellbeing is None


def test_helpers(make, qtbot, type_text) -> None:  # type: ignore[no-untyped-def]
    window = make()
    click(qtbot, window.welcome.start_button)
    window.goto(page_of(window, HelpersPage))
    page = window.page
    assert isinstance(page, HelpersPage)
    click(qtbot, page.add_button)
    assert page.problem_label.text() == "Vul eerst een naam in."
    type_text(qtbot, page.name_edit, "Els")
    type_text(qtbot, page.who_edit, "mijn dochter")
    type_text(qtbot, page.what_edit, "boodschappen")
    qtbot.keyClick(page.what_edit, Qt.Key.Key_Return)
    assert [h.name for h in window.content.helpers] == ["Els"]
    assert page.problem_label.isHidden()
    assert page.name_edit.text() == ""
    remove = [b for b in page.findChildren(QPushButton) if b.accessibleName() == "Els weghalen"]
    assert len(remove) == 1
    click(qtbot, remove[0])
    assert window.content.helpers == []
    # typed but not added: going on adds the person, nothing typed is lost
    type_text(qtbot, page.name_edit, "Ahmed")
    click(qtbot, window.next_button)
    assert [h.name for h in window.content.helpers] == ["Ahmed"]
    assert type(window.page).__name__ == "PlanChoicePage"  # then: a plan of their own?
    click(qtbot, window.next_button)  # nothing chosen: the plan's screens are passed over
    assert window.page is window.done_page


def test_draft_survives_closing(make, qtbot, draft, type_text) -> None:  # type: ignore[no-untyped-def]
    window = make()
    click(qtbot, window.welcome.start_button)
    type_text(qtbot, window.pages[1].first_focus(), "Ria")
    window.goto(domain_index(window, "financien"))
    click(qtbot, window.page.choices[3])  # type: ignore[attr-defined]
    window.larger_button.setChecked(True)
    window.close()  # closing saves at once
    assert draft.is_file()

    again = make()
    assert again.welcome.resume_button.isVisible()
    assert "U was al eerder begonnen" in again.welcome.draft_note.text()
    assert again.larger_button.isChecked()
    click(qtbot, again.welcome.resume_button)
    assert again.page.domain.key == "financien"  # type: ignore[attr-defined]
    assert again.content.name == "Ria"
    assert again.page.choices[3].isChecked()  # type: ignore[attr-defined]


def test_draft_is_kept_while_typing(make, qtbot, draft, type_text) -> None:  # type: ignore[no-untyped-def]
    window = make()
    assert not draft.exists()  # nothing is written before the citizen starts
    click(qtbot, window.welcome.start_button)
    type_text(qtbot, window.pages[1].first_focus(), "Ria")
    assert not draft.exists()  # kept after a pause, not at every key
    assert window.draft_timer.interval() == DRAFT_DELAY_MS
    fire(window.draft_timer)
    assert draft.exists()
    assert "Ria" in draft.read_text(encoding="utf-8")


def test_damaged_draft_starts_fresh(make, draft) -> None:  # type: ignore[no-untyped-def]
    draft.write_text("{kapot", encoding="utf-8")
    window = make()
    assert window.welcome.start_button.isVisible()
    assert window.welcome.draft_note.text() == (
        "De computer kan uw eerdere antwoorden niet lezen. U begint opnieuw."
    )


def test_restart_and_wipe(make, qtbot, draft, type_text) -> None:  # type: ignore[no-untyped-def]
    window = make()
    click(qtbot, window.welcome.start_button)
    type_text(qtbot, window.pages[1].first_focus(), "Ria")
    window.save_draft()
    window.close()
    again = make()
    asked: list[str] = []
    again.confirm = lambda question, yes: asked.append(question) or False  # type: ignore[func-returns-value]
    click(qtbot, again.welcome.restart_button)
    assert asked and again.page is again.welcome  # said no: nothing happened
    again.confirm = lambda question, yes: True
    click(qtbot, again.welcome.restart_button)
    assert not draft.exists()
    assert again.content.name == ""
    assert again.index == 1

    type_text(qtbot, again.pages[1].first_focus(), "Jan")
    again.save_draft()
    assert draft.exists()
    again.goto(len(again.pages) - 1)
    click(qtbot, again.done_page.wipe_button)
    assert not draft.exists()
    assert again.page is again.welcome
    assert again.content.name == ""
    assert again.welcome.draft_note.text() == "Alles is gewist."
    again.close()
    assert not draft.exists()  # closing after wiping writes nothing


def test_larger_text(make, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make()
    click(qtbot, window.welcome.start_button)
    window.goto(2)
    box = window.page.box  # type: ignore[attr-defined]
    heading = window.page.heading
    before = (window.font().pointSizeF(), heading.font().pointSizeF(), box.height())
    assert window.larger_button.text() == "&Grote letters: uit"
    click(qtbot, window.larger_button)
    assert window.larger_button.text() == "&Grote letters: aan"
    after = (window.font().pointSizeF(), heading.font().pointSizeF(), box.height())
    assert all(b < a for b, a in zip(before, after, strict=True))
    # the font follows the system font: a bigger system font gives bigger text
    system = QApplication.font().pointSizeF()
    assert window.font().pointSizeF() == pytest.approx(system * 1.75)
    # every widget gets the size, also those with a style sheet
    assert window.next_button.font().pointSizeF() == pytest.approx(system * 1.75)


def test_no_speech_engine_no_buttons(make) -> None:  # type: ignore[no-untyped-def]
    window = make()
    assert not window.can_read_aloud
    assert window.read_page_button.isHidden()
    assert all(b.isHidden() for b in window.ctx.read_buttons)
    assert window.welcome.speech_note.isHidden()


def test_read_aloud(make, qtbot) -> None:  # type: ignore[no-untyped-def]
    speaker = FakeSpeaker()
    window = make(speaker=speaker)
    assert window.can_read_aloud
    assert not window.read_page_button.isHidden()
    click(qtbot, window.read_page_button)
    assert speaker.said[-1].startswith("Zelf invullen: hoe gaat het met u?")
    click(qtbot, window.welcome.start_button)
    window.goto(domain_index(window, "financien"))
    click(qtbot, window.read_page_button)
    assert speaker.said[-1] == (
        "Geldzaken. Hoe gaat het met uw geld? Kies de zin die het best bij u past. "
        "Hier wil ik over praten. Wilt u er iets over zeggen? Dit hoeft niet."
    )
    reads = [b for b in window.page.findChildren(QPushButton) if b in window.ctx.read_buttons]
    assert [b.accessibleName() for b in reads][:2] == ["Keuze 1 voorlezen", "Keuze 2 voorlezen"]
    click(qtbot, reads[1])
    assert speaker.said[-1].startswith("Het gaat slecht. U komt niet rond.")
    stops = speaker.stops
    window.forward()
    assert speaker.stops > stops  # a new screen stops the reading
    speaker.failed.emit()  # the engine broke: the buttons go, nothing else breaks
    assert window.read_page_button.isHidden()
    window.read_page()


def test_every_control_has_a_name(make, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make(speaker=FakeSpeaker())
    click(qtbot, window.welcome.start_button)
    missing = []
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLineEdit):
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    for widget in window.findChildren(QPlainTextEdit) + window.findChildren(QProgressBar):
        if not widget.accessibleName():
            missing.append(type(widget).__name__)
    assert missing == []


def test_every_page_starts_with_focus_on_it(make, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make()
    click(qtbot, window.welcome.start_button)
    for index in range(1, len(window.pages)):
        window.goto(index)
        focus = QApplication.focusWidget()
        assert focus is not None
        if window.page.first_focus() is not None:
            assert window.page.isAncestorOf(focus), index


def test_save_with_a_code(make, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make()
    click(qtbot, window.welcome.start_button)
    window.content.question = "Hulp bij <post> & geld"
    target = tmp_path / "zelf-ingevuld.json"
    window.ask_save = lambda: (target, "zon42")
    window.goto(len(window.pages) - 1)
    click(qtbot, window.done_page.save_button)
    saved = sa.read_file(target, "ZON42")
    assert saved.question == "Hulp bij <post> & geld"
    assert saved.filled_in_on == TODAY
    # Where it is, as a file manager shows it: the name and the folder, not a path.
    assert window.done_page.result.text() == (
        f"Het bestand is opgeslagen. Het heet zelf-ingevuld. Het staat in de map {tmp_path.name}."
        " Vergeet de code niet: zon42"
    )

    window.ask_save = lambda: (tmp_path / "bestaat-niet" / "x.json", None)
    click(qtbot, window.done_page.save_button)
    # Told by its errno in plain words, never the system's English text.
    assert window.done_page.result.text() == (
        "Het opslaan is niet gelukt. Die map is er niet. Kies een andere map."
    )


def test_paper(make, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from eigenkracht.exchange.selfassessment import DomainAnswer, Helper

    window = make()
    click(qtbot, window.welcome.start_button)
    content = window.content
    content.name = "Zoë <b>Ĳssel</b>"
    content.question = "Wat moet ik doen & waar?\nTweede regel"
    content.wellbeing = 3
    for domain in window.instrument.domains:  # every domain with a long remark: still one page
        content.set_answer(DomainAnswer(domain.key, 2, wants_to_discuss=True, remark="lang " * 60))
    content.helpers = [Helper(f"Helper {n}", "buur", "van alles " * 10) for n in range(12)]
    target = tmp_path / "papier.pdf"
    window.ask_pdf_path = lambda: target
    window.goto(len(window.pages) - 1)
    click(qtbot, window.done_page.paper_button)
    reader = PdfReader(str(target))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Zoë <b>Ĳssel</b>" in text or "Zoë <b>IJssel</b>" in text
    assert "Geldzaken" in text
    assert not window.done_page.open_button.isHidden()
    assert window.done_page.result.text() == (
        f"Het bestand om te printen heet papier. Het staat in de map {tmp_path.name}."
    )


def test_paper_that_cannot_be_written(make, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make()
    click(qtbot, window.welcome.start_button)
    window.ask_pdf_path = lambda: tmp_path  # a folder, not a file
    window.goto(len(window.pages) - 1)
    click(qtbot, window.done_page.paper_button)
    assert window.done_page.result.text() == (
        "Het is niet gelukt. Dat is een map. Geef het bestand een naam."
    )
    assert window.pdf_path is None


def test_save_dialog(qtbot, type_text) -> None:  # type: ignore[no-untyped-def]
    from eigenkracht.ui.citizen.save_dialog import SaveDialog

    dialog = SaveDialog(1.25)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.without.isChecked()
    assert dialog.code_box.isHidden()
    click(qtbot, dialog.with_code)
    assert not dialog.code_box.isHidden()
    type_text(qtbot, dialog.code_edit, "12")
    click(qtbot, dialog.ok_button)
    assert dialog.problem.text() == "Kies een code van minstens 4 tekens."
    assert dialog.result() == 0
    type_text(qtbot, dialog.code_edit, "34")
    click(qtbot, dialog.ok_button)
    assert dialog.code == "1234"
    assert dialog.result() == SaveDialog.DialogCode.Accepted
