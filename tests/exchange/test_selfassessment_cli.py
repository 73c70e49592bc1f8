"""`eigenkracht import-selfassessment`: per field on a terminal, or --accept-all; a bad
file or a missing terminal gives one Dutch line and leaves the database as it was."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path

import pytest

from eigenkracht import cli
from eigenkracht.core.model import AssessmentSource, Case, Conversation
from eigenkracht.exchange import selfassessment as sa
from eigenkracht.exchange.selfassessment import DomainAnswer, Helper, KdfSettings, SelfAssessment
from eigenkracht.store.database import create_database, open_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf

CHEAP = KdfSettings(time_cost=1, memory_cost_kib=32)


@pytest.fixture(autouse=True)
def passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "wijk.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    repo = Repository(store)
    case = repo.create_case(Case(reference="EK-2026-0001", household_name="Fam. Bakker")).case
    assert case.id is not None
    repo.add_conversation(
        Conversation(case_id=case.id, date=dt.date.today(), question="Eerst", wellbeing=8)
    )
    store.close()
    return path


def content() -> SelfAssessment:
    return SelfAssessment(
        "leefgebieden",
        "1.0",
        filled_in_on=dt.date.today(),
        question="Hulp bij de post",
        wellbeing=4,
        answers=[DomainAnswer("financien", 2, wants_to_discuss=True)],
        helpers=[Helper("Els", "dochter", "boodschappen")],
    )


@pytest.fixture
def file(tmp_path: Path) -> Path:
    path = tmp_path / "zelf.json"
    sa.write_file(path, content())
    return path


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def stored(db: Path):  # type: ignore[no-untyped-def]
    with open_database(db, PASSPHRASE) as store:
        repo = Repository(store)
        case = repo.find_case("EK-2026-0001")
        assert case is not None and case.id is not None
        return repo.load_case(case.id)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_accept_all(db: Path, file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "import-selfassessment",
        "--db",
        str(db),
        "--case",
        "EK-2026-0001",
        str(file),
        "--accept-all",
    )
    assert (code, err) == (0, "")
    assert "De antwoorden komen bij het gesprek van" in out
    assert "Overgenomen: 4 van 4 antwoorden in dossier EK-2026-0001." in out
    case_file = stored(db)
    (conversation,) = case_file.conversations
    # texts are added to; --accept-all says yes to every field, also to replacing a number
    assert conversation.question.startswith("Eerst\n\nThuis ingevuld door de inwoner: Hulp")
    assert conversation.wellbeing == 4
    assert "vervangt het vastgelegde cijfer" in out  # and it says so
    (assessment,) = case_file.assessments
    assert assessment.source is AssessmentSource.AT_HOME
    assert [p.name for p in case_file.network] == ["Els"]


def test_asks_per_field(
    db: Path, file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # question: no; wellbeing (replaces 8): yes; domain: default (yes); helper: "misschien", then n
    monkeypatch.setattr("sys.stdin", Terminal("n\nj\n\nmisschien\nn\n"))
    code, out, _ = run(
        capsys, "import-selfassessment", "--db", str(db), "--case", "EK-2026-0001", str(file)
    )
    assert code == 0
    assert out.count("Overnemen?") == 5
    assert "Typ j (ja) of n (nee)." in out
    assert "vervangt het vastgelegde cijfer" in out
    assert "Overgenomen: 2 van 4" in out
    case_file = stored(db)
    (conversation,) = case_file.conversations
    assert (conversation.question, conversation.wellbeing) == ("Eerst", 4)
    assert len(case_file.assessments) == 1
    assert case_file.network == []


def test_no_terminal_without_accept_all(
    db: Path, file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    before = fingerprint(db)
    code, out, err = run(
        capsys, "import-selfassessment", "--db", str(db), "--case", "EK-2026-0001", str(file)
    )
    assert code == 1
    assert out == ""
    assert (
        err == "eigenkracht: Er is geen terminal om per antwoord te vragen; gebruik --accept-all.\n"
    )
    assert fingerprint(db) == before


def test_protected_file_with_code_file(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    protected = tmp_path / "met-code.json"
    sa.write_file(protected, content(), code="zon42", kdf=CHEAP)
    wrong = tmp_path / "fout.txt"
    wrong.write_text("zon43\n", encoding="utf-8")
    before = fingerprint(db)
    base = ["import-selfassessment", "--db", str(db), "--case", "EK-2026-0001", str(protected)]
    code, _, err = run(capsys, *base, "--accept-all")
    assert code == 1
    assert "beveiligd met een code; geef de code met --code-file" in err
    code, _, err = run(capsys, *base, "--accept-all", "--code-file", str(wrong))
    assert code == 1
    assert "De code klopt niet" in err
    assert err.count("\n") == 1
    assert fingerprint(db) == before
    right = tmp_path / "goed.txt"
    right.write_text("ZON 42\n", encoding="utf-8")
    code, _, err = run(capsys, *base, "--accept-all", "--code-file", str(right))
    assert (code, err) == (0, "")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"format": "eigenkracht-zelfbeoordeling", "version": 7}', "nieuwere versie"),
        (b'{"format": "eigenkracht-zelfbeoordeling", "vers', "beschadigd of onvolledig"),
        (b"PK\x03\x04\xff\xfe zip", "geen tekst"),
    ],
)
def test_bad_file_one_line(
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    data: bytes,
    message: str,
) -> None:
    bad = tmp_path / "slecht.json"
    bad.write_bytes(data)
    before = fingerprint(db)
    code, out, err = run(
        capsys,
        "import-selfassessment",
        "--db",
        str(db),
        "--case",
        "EK-2026-0001",
        str(bad),
        "--accept-all",
    )
    assert code == 1
    assert out == ""
    assert message in err
    assert err.startswith("eigenkracht: ") and err.count("\n") == 1
    assert fingerprint(db) == before


def test_unknown_case(db: Path, file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys,
        "import-selfassessment",
        "--db",
        str(db),
        "--case",
        "EK-9",
        str(file),
        "--accept-all",
    )
    assert code == 1
    assert err == "eigenkracht: Er is geen dossier met kenmerk EK-9.\n"


def test_citizen_flag_starts_the_citizen_window(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def fake_run(**kwargs: object) -> int:
        seen.update(kwargs)
        return 0

    monkeypatch.setattr("eigenkracht.ui.app.run", fake_run)
    assert cli.main(["--citizen"]) == 0
    assert seen == {"db": None, "demo": False, "citizen": True}


def test_own_plan_and_the_same_file_again(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_plan = content()
    with_plan.plan = sa.OwnPlan(
        goals=[sa.OwnGoal("Weer overzicht over de post.", "financien")],
        actions=[sa.OwnAction("Samen de post doornemen", who="Els", when="zondag", goal=0)],
        asks=[sa.OwnAsk("Hulp bij de formulieren")],
    )
    path = tmp_path / "plan.json"
    sa.write_file(path, with_plan)
    base = ["import-selfassessment", "--db", str(db), "--case", "EK-2026-0001", str(path)]
    code, out, err = run(capsys, *base, "--accept-all")
    assert (code, err) == (0, "")
    assert "Eigen plan van de inwoner (persoonlijk plan)" in out
    assert "een nieuwe afspraak in het plan bij: Doel 1 van de inwoner" in out
    assert "al eerder ingelezen" not in out
    case_file = stored(db)
    (record,) = case_file.own_plans
    assert record.kind == "persoonlijk-plan"
    (goal,) = case_file.goals
    assert goal.author.value == "burger"
    (action,) = goal.actions
    assert (action.author.value, action.network_person_id) == ("netwerk", case_file.network[0].id)
    assert case_file.case.persoonlijk_plan_received is None  # no melding: the day stays open
    code, out, err = run(capsys, *base, "--accept-all")
    assert (code, err) == (0, "")
    lines = [line for line in out.splitlines() if "al eerder ingelezen" in line]
    assert len(lines) == 1
    assert lines[0].startswith("Dit bestand is al eerder ingelezen op ")
    assert lines[0].endswith("Alleen wat veranderd is, wordt aangeboden.")
    assert out.rstrip().endswith("Er is niets overgenomen.")
    again = stored(db)
    assert (len(again.own_plans), len(again.goals), len(again.assessments)) == (1, 1, 1)
