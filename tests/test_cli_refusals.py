"""Every command that opens a database refuses a damaged or incomplete one with one
Dutch line and exit code 1, and leaves the database, its WAL files and its key file
byte for byte as they were; nothing in English reaches the user."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2

from eigenkracht import cli
from eigenkracht.core.model import Case
from eigenkracht.exchange import selfassessment as sa
from eigenkracht.exchange.selfassessment import DomainAnswer, SelfAssessment
from eigenkracht.store import crypto
from eigenkracht.store.database import APPLICATION_ID, create_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf, file_hashes

ENGLISH = ("disk image", "malformed", "no such table", "ERROR", "CORE", "Traceback", "Error")


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("EIGENKRACHT_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    folder = tmp_path / "db"
    folder.mkdir()
    path = folder / "wijk.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    repo = Repository(store)
    for n in range(100):
        repo.create_case(Case(reference=f"EK-2026-{n:04d}", household_name=f"Fam. {'x' * 150}"))
    store.close()
    return path


def flipped(path: Path, offset: int) -> Path:
    data = bytearray(path.read_bytes())
    data[offset % len(data)] ^= 0x01
    path.write_bytes(bytes(data))
    return path


def incomplete(path: Path) -> Path:
    """A database whose creation stopped before its tables were made."""
    for old in path.parent.iterdir():
        old.unlink()
    params = cheap_kdf()
    key = params.derive(PASSPHRASE)
    crypto.write_kdf(crypto.kdf_path(path), params.with_check(key))
    conn = dbapi2.connect(str(path))
    conn.execute(f"PRAGMA key = {crypto.raw_key_pragma(key)}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.commit()
    conn.close()
    return path


def commands(db: Path, tmp_path: Path) -> dict[str, list[str]]:
    home = tmp_path / "zelf.json"
    if not home.exists():
        content = SelfAssessment(
            "leefgebieden", "1.0", question="Hulp", answers=[DomainAnswer("financien", 2)]
        )
        sa.write_file(home, content)
    out = tmp_path / "uit"
    out.mkdir(exist_ok=True)
    ref = ["--case", "EK-2026-0001"]
    return {
        "check": ["check", "--db", str(db)],
        "cases": ["cases", "--db", str(db)],
        "export": ["export", "--db", str(db), *ref, "--out", str(out / "inzage.json")],
        "report": ["report", "--db", str(db), *ref, "--out", str(out / "plan.pdf")],
        "import-selfassessment": [
            "import-selfassessment",
            "--db",
            str(db),
            *ref,
            str(home),
            "--accept-all",
        ],
    }


DAMAGE = {
    "first-page": lambda p: flipped(p, 300),
    "middle": lambda p: flipped(p, p.stat().st_size // 2),
    "near-the-end": lambda p: flipped(p, p.stat().st_size - 100),
    "incomplete": incomplete,
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
@pytest.mark.parametrize("command", ["check", "cases", "export", "report", "import-selfassessment"])
def test_refused_with_one_dutch_line_and_untouched(
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    damage: str,
    command: str,
) -> None:
    argv = commands(db, tmp_path)[command]
    DAMAGE[damage](db)
    before = file_hashes(db.parent)
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    (line,) = err.splitlines()
    assert line.startswith("eigenkracht: Het bestand wijk.db ")
    assert ("onvolledig" if damage == "incomplete" else "beschadigd") in line
    assert not any(word in line for word in ENGLISH)
    assert file_hashes(db.parent) == before
    assert list((tmp_path / "uit").iterdir()) == []


@pytest.mark.parametrize("offset", [300, -100], ids=["first-page", "near-the-end"])
def test_the_real_program_prints_only_that_line(db: Path, tmp_path: Path, offset: int) -> None:
    """As a process of its own: SQLCipher's own log lines (`ERROR CORE ...`) stay out."""
    flipped(db, offset)
    before = file_hashes(db.parent)
    env = dict(os.environ, EIGENKRACHT_PASSPHRASE=PASSPHRASE)
    done = subprocess.run(
        [sys.executable, "-m", "eigenkracht", "check", "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith("eigenkracht: Het bestand wijk.db ")
    assert "beschadigd" in line
    assert file_hashes(db.parent) == before


def test_check_still_passes_a_sound_database(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["check", "--db", str(db)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Database: in orde." in out


def test_a_system_error_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    import errno

    message = cli._user_message(OSError(errno.ENOSPC, "No space left on device", "plan.pdf"))
    assert message.startswith("De schijf is vol.")
    message = cli._user_message(OSError(errno.EACCES, "Permission denied", "plan.pdf"))
    assert (
        message
        == "Geen toegang tot het bestand plan.pdf: het is alleen-lezen of van iemand anders."
    )
    error = dbapi2.OperationalError("database is locked")
    error.sqlite_errorcode = 5  # type: ignore[attr-defined]
    assert cli._user_message(error).endswith("Probeer het zo opnieuw. Er is niets veranderd.")
