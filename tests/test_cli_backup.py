"""`eigenkracht backup --db PATH --out FILE` and `eigenkracht restore FILE --db NEWPATH`."""

from __future__ import annotations

from pathlib import Path

import pytest

from eigenkracht import cli
from eigenkracht.core.model import Case
from eigenkracht.store.database import create_database, open_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf, file_hashes


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("EIGENKRACHT_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "wijk.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    repo = Repository(store)
    for n in range(3):
        repo.create_case(Case(reference=f"EK-{n}", household_name=f"Fam. {n}"))
    store.close()
    return path


def test_backup_then_restore_gives_the_same_cases(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "stick" / "kopie.ekbackup"
    out.parent.mkdir()
    assert cli.main(["backup", "--db", str(db), "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert "Reservekopie gemaakt en gecontroleerd" in said.out and "3 dossiers" in said.out
    assert said.err == ""

    target = tmp_path / "nieuw" / "wijk.db"
    target.parent.mkdir()
    assert cli.main(["restore", str(out), "--db", str(target)]) == 0
    said = capsys.readouterr()
    assert "Teruggezet en gecontroleerd" in said.out and "3 dossiers" in said.out

    store = open_database(target, PASSPHRASE)
    try:
        refs = [c.reference for c in Repository(store).list_cases()]
    finally:
        store.close()
    assert sorted(refs) == ["EK-0", "EK-1", "EK-2"]
    assert cli.main(["check", "--db", str(target)]) == 0


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "weg.ekbackup", "bestaat niet"),
        (lambda tmp: (tmp / "leeg.ekbackup").write_bytes(b"") or tmp / "leeg.ekbackup", "geen"),
        (lambda tmp: tmp / "wijk.db", "geen reservekopie"),
    ],
    ids=["missing", "empty", "a-database"],
)
def test_restore_refuses_with_one_dutch_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], make, message: str
) -> None:
    source = make(tmp_path)
    before = file_hashes(tmp_path)
    assert cli.main(["restore", str(source), "--db", str(tmp_path / "terug.db")]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert file_hashes(tmp_path) == before


def test_backup_refuses_an_existing_file_and_restore_an_existing_database(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kopie.ekbackup"
    assert cli.main(["backup", "--db", str(db), "--out", str(out)]) == 0
    capsys.readouterr()
    assert cli.main(["backup", "--db", str(db), "--out", str(out)]) == 1
    assert "Er staat al een bestand kopie.ekbackup" in capsys.readouterr().err
    before = file_hashes(tmp_path)
    assert cli.main(["restore", str(out), "--db", str(db)]) == 1
    assert "nooit iets overschreven" in capsys.readouterr().err
    assert file_hashes(tmp_path) == before


def test_restore_with_the_wrong_passphrase_says_which_one(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "kopie.ekbackup"
    assert cli.main(["backup", "--db", str(db), "--out", str(out)]) == 0
    capsys.readouterr()
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", "niet de goede zin")
    assert cli.main(["restore", str(out), "--db", str(tmp_path / "terug.db")]) == 1
    assert "wachtwoordzin die gold toen de kopie werd gemaakt" in capsys.readouterr().err
    assert not (tmp_path / "terug.db").exists()
