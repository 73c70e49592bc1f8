"""The command line contract: exit codes and one-line Dutch messages."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eigenkracht import cli
from eigenkracht.core.model import Case, Conversation, Member
from eigenkracht.store.database import create_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    repo = Repository(store)
    cf = repo.create_case(
        Case(reference="EK-2026-0001", household_name="Fam. Bakker"),
        [Member(case_id=0, name="Henk Bakker")],
    )
    assert cf.case.id is not None
    repo.add_conversation(
        Conversation(case_id=cf.case.id, date=dt.date(2026, 10, 1), notes="huurachterstand")
    )
    repo.create_case(Case(reference="EK-2026-0002", household_name="Mevr. De Vries"))
    store.close()
    return path


@pytest.fixture(autouse=True)
def passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cases_lists_references_and_names(
    small_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "cases", "--db", str(small_db))
    assert code == 0
    assert out.splitlines() == [
        "EK-2026-0001\tFam. Bakker\tonderzoek",  # a conversation was held (core.process)
        "EK-2026-0002\tMevr. De Vries\tmelding",
    ]


def test_cases_search(small_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "cases", "--db", str(small_db), "--search", "huurachter")
    assert code == 0
    assert out.splitlines() == ["EK-2026-0001\tFam. Bakker\tonderzoek"]


def test_passphrase_file(
    small_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("EIGENKRACHT_PASSPHRASE")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    code, out, _ = run(capsys, "cases", "--db", str(small_db), "--passphrase-file", str(secret))
    assert code == 0
    assert "Fam. Bakker" in out


def test_check_reports_a_sound_database(small_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--db", str(small_db))
    assert code == 0
    assert "Database: in orde." in out
    assert "de keten is in orde" in out


def test_check_names_the_first_broken_row(
    small_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from eigenkracht.store.database import open_database

    store = open_database(small_db, PASSPHRASE)
    with store.transaction() as db:
        db.execute("UPDATE audit_log SET worker = 'mallory' WHERE id = 2")
    store.close()
    code, out, _ = run(capsys, "check", "--db", str(small_db))
    assert code == 1
    assert "verbroken bij rij 2" in out


def test_export_writes_the_inzage_json(
    small_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "inzage.json"
    code, _, _ = run(
        capsys, "export", "--db", str(small_db), "--case", "EK-2026-0001", "--out", str(out_file)
    )
    assert code == 0
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["format"] == "eigenkracht-inzage"
    assert data["case_file"]["case"]["household_name"] == "Fam. Bakker"
    assert data["case_file"]["conversations"][0]["notes"] == "huurachterstand"
    assert any(row["event"] == "cases.export" for row in data["access_log"])
    assert "De Vries" not in out_file.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["cases", "--db", "{missing}"], "bestaat niet"),
        (["cases", "--db", "{text}"], "eigenkracht"),
        (["export", "--db", "{db}", "--case", "EK-9999", "--out", "{tmp}/x.json"], "geen dossier"),
        (
            ["export", "--db", "{db}", "--case", "EK-2026-0001", "--out", "/nonexistent/x.json"],
            "bestaat niet",
        ),
        (["cases"], "ontbreken"),
        (["frobnicate"], "ongeldige keuze"),
        (["instruments", "--validate", "{text}"], "text.db"),
        (["instruments", "--validate", "{missing}"], "missing.db"),
    ],
)
def test_bad_input_exits_1_with_one_dutch_line(
    small_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    text = tmp_path / "text.db"
    text.write_text("dit is geen database")
    (tmp_path / "text.db.kdf").write_text("{}")
    values = {
        "missing": str(tmp_path / "missing.db"),
        "text": str(text),
        "db": str(small_db),
        "tmp": str(tmp_path),
    }
    code = None
    try:
        code = cli.main([a.format(**values) for a in args])
    except SystemExit as exc:  # argparse's own errors exit through SystemExit
        code = exc.code
    _, err = capsys.readouterr()
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("eigenkracht: ")
    assert message in lines[0]
    assert "Traceback" not in err


def test_wrong_passphrase(
    small_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", "helemaal fout")
    code, _, err = run(capsys, "cases", "--db", str(small_db))
    assert code == 1
    assert err == "eigenkracht: De wachtwoordzin klopt niet. Er is niets veranderd.\n"


def test_no_passphrase_without_a_terminal(small_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EIGENKRACHT_PASSPHRASE")
    result = subprocess.run(
        [sys.executable, "-m", "eigenkracht", "cases", "--db", str(small_db)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 1
    assert "EIGENKRACHT_PASSPHRASE" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_lists_only_working_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "cases", "check", "export", "instruments"):
        assert command in out
    for command in ("report", "import-selfassessment", "--citizen"):
        assert command in out
    assert "gebruik:" in out


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
@pytest.mark.parametrize(("command", "name"), [("export", "inzage.json"), ("report", "plan.pdf")])
def test_exports_and_plans_are_for_the_user_only(
    small_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    name: str,
) -> None:
    monkeypatch.setenv("EIGENKRACHT_DATA_DIR", str(tmp_path / "data"))
    out = tmp_path / "uit"
    out.mkdir()
    old_umask = os.umask(0o022)  # as in a shell: only an explicit mode keeps it private
    try:
        code, _, err = run(
            capsys,
            command,
            "--db",
            str(small_db),
            "--case",
            "EK-2026-0001",
            "--out",
            str(out / name),
        )
    finally:
        os.umask(old_umask)
    assert code == 0, err
    # no temporary file; the inzage has its summary for the citizen beside it
    expected = [name, "inzage.html"] if command == "export" else [name]
    assert sorted(p.name for p in out.iterdir()) == sorted(expected)
    for written in expected:
        assert (out / written).stat().st_mode & 0o777 == 0o600


def test_a_full_disk_is_one_dutch_line_and_leaves_nothing(
    small_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import errno

    from eigenkracht import privatefiles

    monkeypatch.setenv("EIGENKRACHT_DATA_DIR", str(tmp_path / "data"))

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(privatefiles.os, "fsync", full)
    out = tmp_path / "uit"
    out.mkdir()
    code, _, err = run(
        capsys,
        "report",
        "--db",
        str(small_db),
        "--case",
        "EK-2026-0001",
        "--out",
        str(out / "plan.pdf"),
    )
    assert code == 1
    assert err == (
        f"eigenkracht: Kan niet schrijven naar {out / 'plan.pdf'}: de schijf is vol. "
        "Er is niets opgeslagen.\n"
    )
    assert list(out.iterdir()) == []
