"""The command line prints user text harmlessly (no terminal escapes, no bidi
overrides) and answers a lone surrogate with one Dutch line, never a traceback."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import pytest

from eigenkracht import cli
from eigenkracht.core.model import Case, Conversation
from eigenkracht.exchange import selfassessment as sa
from eigenkracht.exchange.selfassessment import SelfAssessment
from eigenkracht.store.database import create_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf

HOSTILE = "Fam. \x1b[2J\x1b]0;gehackt\x07\u202eSREDNA\u202c Kerkhof"
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(autouse=True)
def passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "wijk.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    repo = Repository(store)
    case = repo.create_case(Case(reference="EK-2026-0001", household_name=HOSTILE)).case
    assert case.id is not None
    repo.add_conversation(Conversation(case_id=case.id, date=dt.date.today(), question=HOSTILE))
    store.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cases_prints_no_escape_sequences(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "cases", "--db", str(db))
    assert code == 0
    # a conversation was held, so the status follows as "onderzoek" (core.process)
    assert out == "EK-2026-0001\tFam. [2J]0;gehacktSREDNA Kerkhof\tonderzoek\n"
    assert not UNSAFE.search(out.replace("\t", "").replace("\n", ""))


@pytest.mark.parametrize("command", ["report", "export"])
def test_a_lone_surrogate_in_an_argument_is_one_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """On Linux a byte that is not UTF-8 reaches sys.argv as a lone surrogate."""
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    out_file = tmp_path / "uit.pdf"
    code, out, err = run(
        capsys, command, "--db", str(db), "--case", "EK-\udcff", "--out", str(out_file)
    )
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("eigenkracht: ")
    assert "Traceback" not in err
    err.encode("utf-8")  # printable as it is
    assert not out_file.exists()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_message_quoting_an_argument_drops_its_escapes(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "export", "--db", str(db), "--case", "\x1b[2JX", "--out", "x.json")
    assert code == 1
    assert "\x1b" not in err


def test_a_self_assessment_with_a_lone_surrogate_is_refused(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "zelf.json"
    content = SelfAssessment("leefgebieden", "1.0", question="Hulp bij de post")
    text = sa.dumps(content).decode("utf-8").replace("Hulp bij de post", "Hulp \\ud800 post")
    path.write_text(text, encoding="utf-8")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    code, _, err = run(
        capsys,
        "import-selfassessment",
        "--db",
        str(db),
        "--case",
        "EK-2026-0001",
        "--accept-all",
        str(path),
    )
    assert code == 1
    assert "ongeldig teken" in err and err.count("\n") == 1
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_file_name_that_is_not_utf8_is_written_and_reported(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On Linux such a name reaches sys.argv with a lone surrogate; printing it used to
    fail after the plan was written."""
    out_file = tmp_path / "plan-\udcff.pdf"
    code, out, err = run(
        capsys, "report", "--db", str(db), "--case", "EK-2026-0001", "--out", str(out_file)
    )
    assert (code, err) == (0, "")
    assert out_file.exists()
    assert "plan-\ufffd.pdf" in out
