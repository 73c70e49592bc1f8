"""The sentences of the lower layers in the window's language: a store error carries a
code and its Dutch template (core.errors.Said), the window translates it
(ui/widgets/problems.py); the review of a self-assessment import is English in English
mode; an OSError is told in Dutch by its errno, never with the system's English text."""

from __future__ import annotations

import datetime as dt
import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from eigenkracht.core.errors import OsProblem, os_problem_kind
from eigenkracht.core.model import Case, Conversation, NetworkPerson
from eigenkracht.exchange import selfassessment as sa
from eigenkracht.exchange.selfassessment import (
    DomainAnswer,
    Helper,
    OwnAction,
    OwnGoal,
    OwnPlan,
    Participant,
    PlanKind,
    SelfAssessment,
)
from eigenkracht.store.database import create_database
from eigenkracht.store.repository import Repository
from eigenkracht.ui.app import install_translators
from eigenkracht.ui.selfassessment_import import SelfAssessmentImportDialog
from eigenkracht.ui.unlock import UnlockDialog
from eigenkracht.ui.widgets.problems import problem_text, write_problem_text

TODAY = dt.date(2026, 11, 9)
# Words of the Dutch review texts and store sentences that must not show in English.
DUTCH = (
    "wachtwoordzin",
    "klopt niet",
    "niets veranderd",
    "opmerking",
    "wil hierover praten",
    "staat al",
    "neemt op zich",
    "onderwerp",
    "wie:",
    "wanneer",
    "steeds",
    "bij doel",
    "doelen",
    "afspraken",
    "schreef",
    "familiegroepsplan",
    "inwoner",
    " van ",
)


def install(qapp: QApplication, language: str) -> Iterator[None]:
    previous = QLocale()
    before = qapp.property("eigenkrachtLanguage")  # install_translators sets it
    installed = install_translators(qapp, language)
    assert installed, f"no {language} translation installed"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)
    qapp.setProperty("eigenkrachtLanguage", before)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    yield from install(qapp, "en")


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    yield from install(qapp, "nl")


def test_a_store_error_in_english(
    english: None, qtbot, type_text, qsettings, tmp_path, fast_kdf
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "werk.db"
    create_database(path, "de goede wachtwoordzin", kdf_params=fast_kdf).close()
    dialog = UnlockDialog(qsettings, fast_kdf, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.open_passphrase, "een verkeerde zin")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.store is None
    assert dialog.error.text() == "The passphrase is not right. Nothing was changed."
    for word in DUTCH:
        assert word not in dialog.error.text()


def test_a_nested_store_error_in_english(english: None, tmp_path: Path) -> None:
    from eigenkracht.store import database

    error = database.store_error(
        OSError(errno.ENOENT, os.strerror(errno.ENOENT)), tmp_path / "x.db"
    )
    assert error.code == "store.gone"
    assert str(error) == "De database x.db bestaat niet (meer)."  # the command line
    assert problem_text(error) == "The database x.db does not exist (any more)."


def own_plan_content() -> SelfAssessment:
    return SelfAssessment(
        "leefgebieden",
        "1.0",
        filled_in_on=TODAY,
        name="Shirley",
        answers=[
            DomainAnswer("financien", 2, wants_to_discuss=True, remark="Veel post"),
            DomainAnswer("huisvesting", None, skipped=True),
        ],
        helpers=[Helper("Els Kramer", "buurvrouw", "boodschappen")],
        plan=OwnPlan(
            kind=PlanKind.FAMILIEGROEPSPLAN,
            goals=[OwnGoal("Elke dag samen eten.", "financien"), OwnGoal("Rust", "")],
            actions=[
                OwnAction("Koken op vrijdag", who="Oma Ans", ongoing=True, goal=0),
                OwnAction("Een kast", when="voor de zomer", ongoing=True),
            ],
            written_with=[Participant("Oom Kees", "mijn broer", "Hij maakt een kast.")],
        ),
    )


def test_the_import_review_in_english(
    english: None, qtbot, repo: Repository, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case = repo.create_case(Case(reference="EK-9", household_name="Fam. Kramer")).case
    assert case.id is not None
    repo.add_conversation(Conversation(case_id=case.id, date=TODAY))
    repo.add_person(NetworkPerson(case_id=case.id, name="Els Kramer", role="buurvrouw"))
    path = tmp_path / "thuis.json"
    sa.write_file(path, own_plan_content())
    dialog = SelfAssessmentImportDialog(repo, case.id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.open_file(path)
    dialog.show()
    cells = [
        dialog.model.item(row, column).text()
        for row in range(dialog.model.rowCount())
        for column in (1, 2)
    ]
    joined = " | ".join(cells)
    assert "wants to talk about this" in joined and "remark: Veel post" in joined
    assert "already in the network: Els Kramer" in joined
    assert "family group plan: 2 goals, 2 agreements, 0 questions, 1 person wrote along" in joined
    assert "who: Oma Ans" in joined and "when: voor de zomer" in joined
    # the questionnaire's own words follow the language too
    assert "Financiën" not in joined and "Het gaat slecht" not in joined
    for word in DUTCH:
        assert word not in joined.replace("Veel post", "").replace("voor de zomer", ""), word


@pytest.mark.parametrize(
    ("number", "kind"),
    [(errno.ENOENT, OsProblem.MISSING), (errno.EACCES, OsProblem.NO_ACCESS)],
)
def test_os_errors_are_dutch_without_the_system_text(
    dutch: None, tmp_path: Path, number: int, kind: OsProblem
) -> None:
    target = tmp_path / "weg" / "plan.pdf"
    if number == errno.ENOENT:
        with pytest.raises(FileNotFoundError) as caught:  # a real missing folder
            target.write_bytes(b"x")
        exc = caught.value
    else:
        exc = PermissionError(number, os.strerror(number), str(target))
    assert os_problem_kind(exc) is kind
    for text in (problem_text(exc), write_problem_text(target, exc), str(sa_error(exc))):
        assert os.strerror(number) not in text, text
        assert "No such file" not in text and "Permission denied" not in text, text
    assert "bestaat niet" in problem_text(exc) or "geen toegang" in problem_text(exc)


def sa_error(exc: OSError) -> Exception:
    """The self-assessment reader's error for a file it cannot read (`exc`)."""
    from unittest import mock

    with (
        mock.patch("pathlib.Path.open", side_effect=exc),
        pytest.raises(sa.SelfAssessmentError) as caught,
    ):
        sa.read_bytes("/tmp/zelf.json")
    return caught.value


def marked_templates() -> list[str]:
    """Every N_("...") template of the lower layers (what lupdate puts in Meldingen)."""
    import ast

    root = Path(__file__).resolve().parents[2] / "src" / "eigenkracht"
    files = [*(root / "store").rglob("*.py"), *(root / "exchange").rglob("*.py")]
    files.append(root / "core" / "errors.py")
    found = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "N_"
                and isinstance(node.args[0], ast.Constant)
            ):
                found.append(node.args[0].value)
    return found


def test_every_lower_layer_sentence_has_an_english_translation(qapp: QApplication) -> None:
    from importlib import resources

    from PySide6.QtCore import QTranslator

    from eigenkracht.core.errors import MESSAGES

    data = (resources.files("eigenkracht") / "resources/i18n/eigenkracht_en.qm").read_bytes()
    translator = QTranslator()
    assert translator.load(data)
    templates = marked_templates()
    assert len(templates) > 150  # store, backup, hand-over, access export, self-assessment
    missing = [t for t in templates if not translator.translate(MESSAGES, t)]
    assert missing == []


def test_repository_and_backup_refusals_in_english(
    english: None, repo: Repository, tmp_path: Path
) -> None:
    from eigenkracht.exchange import bundle
    from eigenkracht.store.backup import read_info
    from eigenkracht.store.errors import NotFound, StoreError

    with pytest.raises(NotFound) as missing:
        repo.get_case(987654)
    assert str(missing.value) == "Dit dossier bestaat niet (meer)."
    assert problem_text(missing.value) == "This case does not exist (any more)."
    other = tmp_path / "geen-kopie.txt"
    other.write_text("hallo\n")
    with pytest.raises(StoreError) as refused:
        read_info(other)
    assert (
        problem_text(refused.value)
        == "This file is not an eigenkracht backup. Nothing was changed."
    )
    short = bundle.code_problem("ab")
    assert short is not None
    from eigenkracht.ui.widgets.problems import said_text

    assert said_text(short).startswith("Choose a code of at least ")
