"""`eigenkracht export --format inzage|ggm|monitor` (issue 16, item 4): options that do not
fit the format, a missing case, a broken export.toml or a damaged database give one Dutch
line and exit code 1, and leave no file and the database as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from eigenkracht import cli
from eigenkracht.core.model import Case, CaseKind
from eigenkracht.store.database import create_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf, file_hashes

ENGLISH = ("argument", "usage", "invalid", "error", "Error", "Traceback", "not allowed")


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
    for n in range(3):
        repo.create_case(
            Case(
                reference=f"EK-2026-000{n}",
                household_name=f"Fam. Nummer {n}",
                coordinator="Sanne Visser",
                case_kind=CaseKind.JEUGD if n == 2 else CaseKind.WMO,
            )
        )
    store.close()
    return path


REFUSED = {
    "inzage without a case": (["--out", "{out}.json"], "Geef met --case"),
    "inzage of two cases": (
        ["--case", "EK-2026-0000", "--case", "EK-2026-0001", "--out", "{out}.json"],
        "één dossier",
    ),
    "inzage with a period": (
        ["--case", "EK-2026-0000", "--from", "2026-01-01", "--out", "{out}.json"],
        "--from hoort bij --format monitor",
    ),
    "ggm with --csv": (
        ["--format", "ggm", "--case", "EK-2026-0000", "--csv", "--out", "{out}.json"],
        "--csv hoort bij --format monitor",
    ),
    "ggm without a case": (["--format", "ggm", "--out", "{out}.json"], "--all-cases"),
    "ggm with both": (
        ["--format", "ggm", "--all-cases", "--case", "EK-2026-0000", "--out", "{out}.json"],
        "niet allebei",
    ),
    "all cases for the inzage": (["--all-cases", "--out", "{out}.json"], "hoort bij --format ggm"),
    "ggm of a case that is not there": (
        ["--format", "ggm", "--case", "EK-2026-0000", "--case", "NIET-1", "--out", "{out}.json"],
        "Er is geen dossier met kenmerk NIET-1.",
    ),
    "inzage of a case that is not there": (
        ["--case", "NIET-1", "--out", "{out}.json"],
        "Er is geen dossier met kenmerk NIET-1.",
    ),
    "monitor of one case": (
        ["--format", "monitor", "--case", "EK-2026-0000", "--out", "{out}.csv"],
        "laat --case weg",
    ),
    "monitor pseudonymised": (
        ["--format", "monitor", "--pseudonymise", "--out", "{out}.csv"],
        "noemt niemand",
    ),
    "monitor without a kind of file": (
        ["--format", "monitor", "--out", "{out}.txt"],
        ".csv of .pdf",
    ),
    "monitor as both": (
        ["--format", "monitor", "--csv", "--pdf", "--out", "{out}.csv"],
        "niet allebei",
    ),
    "monitor suffix against flag": (
        ["--format", "monitor", "--pdf", "--out", "{out}.csv"],
        "eindigt op .csv",
    ),
    "monitor bad date": (
        ["--format", "monitor", "--from", "1-1-2026", "--out", "{out}.csv"],
        "--from: geen geldige datum",
    ),
    "monitor period backwards": (
        ["--format", "monitor", "--from", "2026-06-01", "--to", "2026-01-01", "--out", "{out}.csv"],
        "--from ligt na --to",
    ),
    "monitor unknown team": (
        ["--format", "monitor", "--team", "Team Mars", "--out", "{out}.csv"],
        "Er is geen team 'Team Mars'. De teams zijn: Alle dossiers.",
    ),
    "unknown format": (["--format", "excel", "--out", "{out}.csv"], "ongeldige keuze"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_with_one_dutch_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    options, expected = REFUSED[name]
    out = tmp_path / "uit" / "export"
    out.parent.mkdir()
    argv = ["export", "--db", str(db), *(o.replace("{out}", str(out)) for o in options)]
    before = file_hashes(db.parent)
    try:
        code = cli.main(argv)
    except SystemExit as exc:  # argparse's own refusals (Parser.error) exit
        code = exc.code
    stdout, stderr = capsys.readouterr()
    assert code == 1
    assert stdout == ""
    (line,) = stderr.splitlines()
    assert line.startswith("eigenkracht: ")
    assert expected in line
    assert not any(word in line for word in ENGLISH), line
    assert list(out.parent.iterdir()) == []
    after = file_hashes(db.parent)
    assert {k: v for k, v in after.items() if k in before} == before


def test_a_broken_export_toml_is_refused(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "export.toml").write_text('format = 1\n[ggm]\nclient_code = "bsn"\n', encoding="utf-8")
    for fmt, out in (("ggm", "g.json"), ("monitor", "m.csv")):
        argv = ["export", "--db", str(db), "--format", fmt, "--out", str(tmp_path / out)]
        if fmt == "ggm":
            argv += ["--all-cases"]
        assert cli.main(argv) == 1
        (line,) = capsys.readouterr().err.splitlines()
        assert "export.toml: ggm.client_code is" in line and '"geen"' in line
        assert not (tmp_path / out).exists()


def test_a_damaged_database_is_refused_for_every_format(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = bytearray(db.read_bytes())
    data[300] ^= 0x01
    db.write_bytes(bytes(data))
    before = file_hashes(db.parent)
    for options in (
        ["--format", "ggm", "--all-cases", "--out", str(tmp_path / "g.json")],
        ["--format", "monitor", "--out", str(tmp_path / "m.pdf")],
    ):
        assert cli.main(["export", "--db", str(db), *options]) == 1
        out, err = capsys.readouterr()
        assert out == ""
        (line,) = err.splitlines()
        assert line.startswith("eigenkracht: Het bestand wijk.db ")
    assert file_hashes(db.parent) == before
    assert not (tmp_path / "g.json").exists() and not (tmp_path / "m.pdf").exists()


def test_teams_from_the_organisation_and_the_monitor_written(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "export.toml").write_text(
        'format = 1\n[monitor.teams]\n"Team Noord" = ["Sanne Visser"]\n', encoding="utf-8"
    )
    out = tmp_path / "noord.csv"
    argv = ["export", "--db", str(db), "--format", "monitor", "--team", "Team Noord"]
    assert cli.main([*argv, "--out", str(out)]) == 0
    assert "1 team, naar" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert "Team Noord" in text and "Fam. Nummer" not in text
    assert cli.main([*argv[:-2], "--team", "Team Zuid", "--out", str(out)]) == 1
    assert "De teams zijn: Team Noord, Overige dossiers." in capsys.readouterr().err
