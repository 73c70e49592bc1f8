"""The sentences of the lower layers in the window's language: a store error carries a
code and its Dutch template (core.errors.Said), the window translates it
(ui/widgets/problems.py); the review of a self-assessment import is English in English
mode; an OSError is told in Dutch by its errno, never with the system's English text."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
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
    files = [p for layer in ("store", "exchange", "core") for p in (root / layer).rglob("*.py")]
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
    # store, backup, hand-over, access export, self-assessment; the core's instrument
    # files, serial details, the route and the scale
    assert len(templates) > 250
    assert "verwacht tekst, gevonden: {found}" in templates  # core/instruments.py
    assert "hier hoort een geheel getal" in templates  # core/serial.py
    assert "Leg eerst de datum van de aanvraag vast." in templates  # core/process.py
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


# -- the core layer: instrument files, damaged files, the scale, the route ---------------


def test_a_broken_instrument_file_in_english(english: None, tmp_path: Path) -> None:
    from importlib import resources

    from eigenkracht.core.instruments import InstrumentError, load_all, load_instrument

    bundled = resources.files("eigenkracht.resources") / "instruments" / "welzijnsradar.toml"
    text = bundled.read_text(encoding="utf-8")
    bad = tmp_path / "eigen.toml"  # a copy whose version is a number, not a text
    bad.write_text(text.replace('version = "1.0"', "version = 1", 1), encoding="utf-8")
    with pytest.raises(InstrumentError) as caught:
        load_instrument(bad)
    assert str(caught.value) == (  # the command line
        f"{bad}: sleutel 'version': verwacht tekst, gevonden: geheel getal"
    )
    assert problem_text(caught.value) == f"{bad}: key 'version': expected text, found: whole number"
    # a folder that cannot be read, and a file without its required keys
    (tmp_path / "leeg.toml").write_text("format = 1\n", encoding="utf-8")
    _, errors = load_all(tmp_path)
    texts = [problem_text(e) for e in errors]
    assert f"{tmp_path / 'leeg.toml'}: key 'id': missing" in texts, texts
    assert f"{bad}: key 'version': expected text, found: whole number" in texts, texts
    for text in texts:
        for word in ("sleutel", "verwacht", "gevonden", "ontbreekt", "tekst"):
            assert word not in text, text


def test_a_toml_syntax_error_in_english(english: None) -> None:
    from eigenkracht.core.instruments import InstrumentError, parse_instrument

    with pytest.raises(InstrumentError) as caught:
        parse_instrument("format = = 1\n", "kapot.toml")
    assert str(caught.value).startswith("kapot.toml: regel 1, kolom 10: geen geldige TOML (")
    assert problem_text(caught.value).startswith("kapot.toml: line 1, column 10: not valid TOML (")


def test_an_instrument_that_is_not_installed_refused_in_english(
    english: None, repo: Repository
) -> None:
    """The instrument error the window meets: saving with an instrument that is neither
    installed nor kept with the data (the store's refusal around it is translated too)."""
    from eigenkracht.core.model import Assessment, Perspective
    from eigenkracht.store.errors import StoreError

    case = repo.create_case(Case(reference="EK-11", household_name="Fam. Bos")).case
    assert case.id is not None
    conversation = repo.add_conversation(Conversation(case_id=case.id, date=TODAY))
    assert conversation.id is not None
    with pytest.raises(StoreError) as caught:
        repo.add_assessment(
            Assessment(
                conversation_id=conversation.id,
                perspective=Perspective.PROFESSIONAL,
                instrument_id="verdwenen",
                instrument_version="9.9",
            )
        )
    assert "niet geïnstalleerd" in str(caught.value)
    text = problem_text(caught.value)
    assert text.startswith("instrument 'verdwenen' version '9.9': is not installed"), text
    assert text.endswith(". Nothing was saved."), text
    for word in ("versie", "geïnstalleerd", "bewaard", "niets"):
        assert word not in text, text


def damaged_file(tmp_path: Path) -> Path:
    """A self-assessment file whose first answer has text where a number belongs."""
    import json

    path = tmp_path / "thuis.json"
    sa.write_file(path, own_plan_content())
    data = json.loads(path.read_text(encoding="utf-8"))
    data["content"]["answers"][0]["level"] = "twee"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_damaged_self_assessment_file_in_english(
    english: None, qtbot, repo: Repository, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case = repo.create_case(Case(reference="EK-12", household_name="Fam. Kramer")).case
    assert case.id is not None
    path = damaged_file(tmp_path)
    with pytest.raises(sa.SelfAssessmentError) as caught:
        sa.read_file(path)
    assert str(caught.value) == (  # the command line
        "Het bestand is beschadigd (inhoud.answers[0].level: hier hoort een geheel getal)."
    )
    dialog = SelfAssessmentImportDialog(repo, case.id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(path)
    shown = dialog.message.text()
    assert shown.startswith(
        "The file is damaged (inhoud.answers[0].level: a whole number belongs here)."
    ), shown
    for word in ("beschadigd", "hier hoort", "geheel getal"):
        assert word not in shown, shown


def test_a_score_outside_the_scale_refused_in_english(english: None, repo: Repository) -> None:
    from eigenkracht.core.instruments import default_instrument
    from eigenkracht.core.model import Assessment, DomainScore, Perspective
    from eigenkracht.store.errors import StoreError

    instrument = default_instrument()
    case = repo.create_case(Case(reference="EK-13", household_name="Fam. Smit")).case
    assert case.id is not None
    conversation = repo.add_conversation(Conversation(case_id=case.id, date=TODAY))
    assert conversation.id is not None
    domain = instrument.domains[0].key
    with pytest.raises(StoreError) as caught:
        repo.add_assessment(
            Assessment(
                conversation_id=conversation.id,
                perspective=Perspective.PROFESSIONAL,
                instrument_id=instrument.id,
                instrument_version=instrument.version,
                scores=[DomainScore(domain, 9)],
            )
        )
    assert str(caught.value) == (  # the command line
        f"Een score bij '{instrument.name}' ligt tussen 1 en 5; 9 past daar niet. "
        "Er is niets opgeslagen."
    )
    english_name = instrument.localised("en").name  # the file's own English name
    assert english_name != instrument.name
    assert problem_text(caught.value) == (
        f"A score for '{english_name}' lies between 1 and 5; 9 does not fit. Nothing was saved."
    )


def test_a_route_day_refused_in_english(english: None, qtbot, repo: Repository) -> None:  # type: ignore[no-untyped-def]
    """The Verloop: the beschikking before an aanvraag is refused, in English."""
    from eigenkracht.core.process import StepKind
    from eigenkracht.ui.caseload.route import RouteBox

    case = repo.create_case(
        Case(reference="EK-14", household_name="Fam. Visser", melding_date=TODAY)
    ).case
    assert case.id is not None
    box = RouteBox(repo, lambda: TODAY)
    qtbot.addWidget(box)
    box.show_case(repo.load_case(case.id))
    box.show()
    button = box.rows[StepKind.BESCHIKKING].today_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert repo.get_case(case.id).beschikking_date is None
    assert box.message.text() == "First record the date of the application. Nothing was changed."
    from eigenkracht.store.errors import InvalidValue

    with pytest.raises(InvalidValue) as caught:
        repo.record_route(case.id, today=TODAY, aanvraag_date=TODAY + dt.timedelta(days=3))
    assert str(caught.value) == (
        "De datum van de aanvraag ligt in de toekomst. Kies vandaag of eerder. "
        "Er is niets veranderd."
    )
    assert problem_text(caught.value) == (
        "The date of the application is in the future. Choose today or earlier. "
        "Nothing was changed."
    )


def test_a_damaged_access_export_in_english(english: None, repo: Repository) -> None:
    """The access export read back: the damaged key is named as it is, the rest of the
    sentence is in the window's language."""
    from eigenkracht.exchange import inzage

    case = repo.create_case(Case(reference="EK-15", household_name="Fam. de Wit")).case
    assert case.id is not None
    document = inzage.export_case(repo, case.id).document
    document["case_file"]["case"]["reference"] = 15
    with pytest.raises(inzage.InzageError) as caught:
        inzage.loads(inzage.dumps(document))
    assert str(caught.value) == (
        "Het bestand is beschadigd: case_file.case.reference: hier hoort tekst"
    )
    assert problem_text(caught.value) == (
        "The file is damaged: case_file.case.reference: text belongs here"
    )
