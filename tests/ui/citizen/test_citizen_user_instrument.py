"""An organisation's own instrument in the citizen window and back: the window asks the
instrument of the user folder that says `default = true` (a 0-10 score here), the citizen
clicks through it, the file names that instrument, and the worker's import puts the
answers into the case as an at-home assessment of that instrument. A file for an
instrument that is neither installed nor kept in the database is refused in one Dutch
line, and the case stays as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog

from eigenkracht.core.instruments import (
    DATA_DIR_ENV,
    MARKER,
    Catalogue,
    load_all,
    parse_instrument,
    user_instrument_dir,
)
from eigenkracht.core.model import AssessmentSource, Case, Conversation, Perspective
from eigenkracht.exchange import selfassessment as sa
from eigenkracht.exchange.selfassessment import DomainAnswer, KdfSettings, SelfAssessment
from eigenkracht.store.repository import Repository
from eigenkracht.ui.citizen import CitizenWindow
from eigenkracht.ui.citizen.pages import DomainPage, ExplainPage
from eigenkracht.ui.selfassessment_import import SelfAssessmentImportDialog

TODAY = dt.date(2026, 11, 20)
CHEAP = KdfSettings(time_cost=1, memory_cost_kib=32)

# A 0-10 score with four dimensions; English for some texts only (the rest is marked).
SCORE_FILE = """\
format = 1
id = "buurt-radar"
version = "2.1"
name = "Buurtradar"
name_en = "Neighbourhood radar"
citizen_name = "Hoe gaat het in uw buurt?"
citizen_name_en = "How are things where you live?"
kind = "score"
default = true
licence = "Eigen instrument van de proeforganisatie"
description = "Vier kanten van het leven in de buurt, elk een cijfer van 0 tot 10."
citizen_intro = "Geef bij elke vraag een cijfer van 0 tot 10."
citizen_intro_en = "Give each question a mark from 0 to 10."

[scale]
min = 0
max = 10
low = { label = "Zeer slecht", citizen_label = "Heel slecht", citizen_label_en = "Very bad" }
high = { label = "Zeer goed", citizen_label = "Heel goed", citizen_label_en = "Very good" }

[[domains]]
key = "contact"
name = "Contact met buren"
citizen_name = "Uw buren"
citizen_name_en = "Your neighbours"
description = "Hoe het contact met de buren is."
citizen_question = "Hoe is het contact met uw buren?"
citizen_question_en = "How do you get on with your neighbours?"

[[domains]]
key = "veilig"
name = "Veiligheid"
citizen_name = "Veilig voelen"
description = "Of de inwoner zich veilig voelt in de buurt."
citizen_question = "Voelt u zich veilig in uw buurt?"

[[domains]]
key = "voorzieningen"
name = "Voorzieningen"
citizen_name = "Winkels en dokter"
description = "Winkels, huisarts en vervoer dichtbij."
citizen_question = "Kunt u goed bij de winkels en de dokter komen?"

[[domains]]
key = "meedoen"
name = "Meedoen"
citizen_name = "Meedoen"
description = "Meedoen aan wat er in de buurt gebeurt."
citizen_question = "Doet u mee met dingen in de buurt?"
"""

LADDER_FILE = """\
format = 1
id = "mijn-ladder"
version = "1.0"
name = "Eigen ladder"
citizen_name = "Hoe doet u mee?"
kind = "ladder"
licence = "Eigen instrument"
description = "Zes treden van meedoen."

[scale]
levels = [
{ value = 1, label = "Geïsoleerd", citizen_label = "Alleen" },
{ value = 2, label = "Sociale contacten buitenshuis", citizen_label = "Soms contact" },
{ value = 3, label = "Deelname aan activiteiten", citizen_label = "Ik doe mee" },
{ value = 4, label = "Onbetaald werk", citizen_label = "Vrijwilliger" },
{ value = 5, label = "Betaald werk met ondersteuning", citizen_label = "Werk met hulp" },
{ value = 6, label = "Betaald werk", citizen_label = "Werk" },
]

[[domains]]
key = "meedoen"
name = "Participatie"
citizen_name = "Meedoen"
description = "Op welke trede de inwoner staat."
citizen_question = "Wat past het best bij u?"

[domains.levels]
1 = { professional = "Geen contact buitenshuis.", citizen = "Ik zie bijna niemand." }
2 = { professional = "Contact buitenshuis.", citizen = "Ik zie soms mensen." }
3 = { professional = "Doet mee aan activiteiten.", citizen = "Ik doe mee met dingen." }
4 = { professional = "Onbetaald werk.", citizen = "Ik doe vrijwilligerswerk." }
5 = { professional = "Betaald werk met steun.", citizen = "Ik werk, met hulp." }
6 = { professional = "Betaald werk.", citizen = "Ik heb betaald werk." }
"""


@pytest.fixture
def user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "gegevens"))
    folder = user_instrument_dir()
    folder.mkdir(parents=True)
    (folder / "buurt-radar.toml").write_text(SCORE_FILE, encoding="utf-8")
    return folder


@pytest.fixture
def case_id(repo: Repository) -> int:
    case = repo.create_case(Case(reference="EK-7", household_name="Fam. Yilmaz")).case
    assert case.id is not None
    repo.add_conversation(Conversation(case_id=case.id, date=TODAY, wellbeing=6))
    return case.id


def click(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def window_for(qtbot, tmp_path: Path, **options: object) -> CitizenWindow:  # type: ignore[no-untyped-def]
    window = CitizenWindow(
        draft_path=tmp_path / "concept.json",
        find_speech=False,
        today=TODAY,
        kdf=CHEAP,
        **options,  # type: ignore[arg-type]
    )
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_round_trip_with_a_user_instrument(qtbot, user_folder, tmp_path, repo, case_id) -> None:  # type: ignore[no-untyped-def]
    window = window_for(qtbot, tmp_path)
    assert (window.instrument.id, window.instrument.version) == ("buurt-radar", "2.1")
    domain_pages = [p for p in window.pages if isinstance(p, DomainPage)]
    assert [p.domain.key for p in domain_pages] == [
        "contact",
        "veilig",
        "voorzieningen",
        "meedoen",
    ]
    # name, question, what matters, wellbeing, four domains, helpers, make a plan?
    click(qtbot, window.welcome.start_button)
    assert window.progress_label.text() == "Vraag 1 van 10"
    explain = next(p for p in window.pages if isinstance(p, ExplainPage))
    assert "cijfer" in explain.how.text()
    assert explain.kicker.text() == "Hoe gaat het in uw buurt?"

    # Verder by real clicks to the first domain
    while not isinstance(window.page, DomainPage):
        click(qtbot, window.next_button)
    page = window.page
    assert page.heading.text() == "Hoe is het contact met uw buren?"
    assert page.help.text() == (
        "Kies een cijfer van 0 tot 10. 0 betekent: Heel slecht. 10 betekent: Heel goed."
    )
    assert sorted(v for v in page.choices if v is not None) == list(range(11))
    assert page.choices[0].accessibleName() == "Cijfer 0: Heel slecht (1 van 12)"
    assert page.choices[10].accessibleName() == "Cijfer 10: Heel goed (11 van 12)"
    assert QApplication.focusWidget() is page.choices[0]
    click(qtbot, page.choices[7])
    assert page.choices[7].isChecked() and not page.choices[6].isChecked()
    assert page.chosen is not None and page.chosen.text() == "U heeft gekozen: 7"
    click(qtbot, page.discuss)
    click(qtbot, window.next_button)
    page = window.page
    assert isinstance(page, DomainPage) and page.domain.key == "veilig"
    # the keyboard: an arrow from 0 to 1 (a radio group; Tab leaves it), Space chooses it
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert window.content.answer("veilig").level == 1  # type: ignore[union-attr]
    click(qtbot, window.next_button)
    page = window.page
    assert isinstance(page, DomainPage) and page.domain.key == "voorzieningen"
    click(qtbot, page.choices[None])  # does not apply
    click(qtbot, window.next_button)
    click(qtbot, window.next_button)  # meedoen left open
    target = tmp_path / "zelf-ingevuld.json"
    window.ask_save = lambda: (target, None)
    while window.page is not window.done_page:
        click(qtbot, window.next_button)
    click(qtbot, window.done_page.save_button)
    paper = tmp_path / "papier.pdf"
    window.ask_pdf_path = lambda: paper
    click(qtbot, window.done_page.paper_button)
    text = " ".join(PdfReader(str(paper)).pages[0].extract_text().split())
    assert "Contact met buren" not in text  # the citizen's words on paper
    assert "Uw buren" in text and "7 (van 0 tot 10)" in text

    saved = sa.read_file(target)
    assert (saved.instrument_id, saved.instrument_version) == ("buurt-radar", "2.1")
    assert [(a.domain, a.level, a.skipped) for a in saved.answers] == [
        ("contact", 7, False),
        ("veilig", 1, False),
        ("voorzieningen", None, True),
    ]

    # the worker reads it in: the review names the dimensions, nothing is taken over
    # before the click on Overnemen
    dialog = SelfAssessmentImportDialog(repo, case_id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.open_file(target)
    dialog.show()
    labels = [dialog.model.item(r, 0).text() for r in range(dialog.model.rowCount())]
    assert labels == ["Contact met buren", "Veiligheid", "Voorzieningen"]
    citizen = dialog.model.item(0, 1).text()
    assert citizen.startswith("7 (van 0 tot 10)") and "wil hierover praten" in citizen
    assert repo.load_case(case_id).assessments == []
    click(qtbot, dialog.accept_button)
    assert dialog.result() == QDialog.DialogCode.Accepted

    (assessment,) = repo.load_case(case_id).assessments
    assert (assessment.instrument_id, assessment.instrument_version) == ("buurt-radar", "2.1")
    assert assessment.source is AssessmentSource.AT_HOME
    assert assessment.perspective is Perspective.CITIZEN
    levels = {s.domain: (s.level, s.not_discussed, s.wants_to_discuss) for s in assessment.scores}
    assert levels == {
        "contact": (7, False, True),
        "veilig": (1, False, False),
        "voorzieningen": (None, True, False),
    }
    # its definition is kept with the data (the export and an uninstalled file need it)
    kept = {i.ref: i for i in repo.stored_instruments()}
    assert kept["buurt-radar@2.1"].source_text == SCORE_FILE


def test_unknown_instrument_is_refused(qtbot, user_folder, tmp_path, repo, case_id) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "zrm.json"
    content = SelfAssessment("zrm", "2017", filled_in_on=TODAY, question="Hulp bij geld")
    content.answers.append(DomainAnswer("financien", 2))
    sa.write_file(path, content)
    before = repo.load_case(case_id)
    dialog = SelfAssessmentImportDialog(repo, case_id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.open_file(path)
    message = dialog.message.text()
    assert "'zrm' (versie 2017)" in message and "niet is geïnstalleerd" in message
    assert "niets ingelezen" in message and "\n" not in message
    assert not dialog.accept_button.isEnabled()
    assert dialog.stack.isHidden()
    assert repo.load_case(case_id) == before


def test_a_stored_definition_finds_an_uninstalled_instrument(user_folder, repo, case_id) -> None:  # type: ignore[no-untyped-def]
    """The file's instrument removed from the folder: its definition in the database is
    enough to read the file in."""
    installed, _ = load_all(user_folder)
    radar = next(i for i in installed if i.id == "buurt-radar")
    content = SelfAssessment("buurt-radar", "2.1", filled_in_on=TODAY)
    content.answers.append(DomainAnswer("veilig", 9))
    (user_folder / "buurt-radar.toml").unlink()
    bundled_only, _ = load_all(user_folder)
    with pytest.raises(sa.SelfAssessmentError, match="buurt-radar"):
        sa.find_instrument(content, Catalogue(bundled_only))
    stored = parse_instrument(radar.source_text)
    found = sa.find_instrument(content, Catalogue(bundled_only, [stored]))
    assert found.ref == "buurt-radar@2.1"
    review = sa.review(content, repo.load_case(case_id), found, TODAY)
    assert [i.label for i in review.items] == ["Veiligheid"]


def test_a_ladder_and_english_texts(qtbot, user_folder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ladder = parse_instrument(LADDER_FILE)
    window = window_for(qtbot, tmp_path, instrument=ladder)
    (page,) = [p for p in window.pages if isinstance(p, DomainPage)]
    assert list(page.choices) == [1, 2, 3, 4, 5, 6, None]
    assert page.choices[4].title_text == "Vrijwilliger"  # type: ignore[attr-defined]
    assert page.chosen is None  # sentences, not numbers
    click(qtbot, window.welcome.start_button)
    window.goto(window.pages.index(page))
    click(qtbot, page.choices[6])
    assert window.content.answer("meedoen").level == 6  # type: ignore[union-attr]
    window.close()

    english = window_for(qtbot, tmp_path / "en", language="en")
    pages = {p.domain.key: p for p in english.pages if isinstance(p, DomainPage)}
    assert pages["contact"].heading.text() == "How do you get on with your neighbours?"
    assert pages["contact"].kicker.text() == "Your neighbours"
    # no English in the file: the Dutch text, visibly marked
    assert pages["veilig"].heading.text() == "Voelt u zich veilig in uw buurt?" + MARKER
    assert pages["contact"].choices[10].accessibleName() == "Cijfer 10: Very good (11 van 12)"


@pytest.fixture
def passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    from support import PASSPHRASE

    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)


@pytest.mark.usefixtures("user_folder", "passphrase_env")
def test_command_line_import(tmp_path, repo, case_id, db_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`eigenkracht import-selfassessment`: a file for the user instrument is taken
    over; one for an instrument found nowhere is one Dutch line, the case unchanged."""
    from eigenkracht import cli

    unknown = tmp_path / "zrm.json"
    sa.write_file(unknown, SelfAssessment("zrm", "2017", answers=[DomainAnswer("geld", 2)]))
    before = repo.load_case(case_id)
    args = ["import-selfassessment", "--db", str(db_path), "--case", "EK-7", "--accept-all"]
    assert cli.main([*args, str(unknown)]) != 0
    err = capsys.readouterr().err.strip()
    assert "'zrm' (versie 2017)" in err and len(err.splitlines()) == 1
    assert repo.load_case(case_id) == before

    own = tmp_path / "buurt.json"
    content = SelfAssessment("buurt-radar", "2.1", filled_in_on=TODAY)
    content.answers.append(DomainAnswer("meedoen", 10, remark="Elke week"))
    sa.write_file(own, content)
    assert cli.main([*args, str(own)]) == 0
    (assessment,) = repo.load_case(case_id).assessments
    assert assessment.instrument_id == "buurt-radar"
    assert [(s.domain, s.level, s.situation) for s in assessment.scores] == [
        ("meedoen", 10, "Elke week")
    ]
