"""eigenkracht retention: the cases past retention or handed over, one Dutch line each,
nothing removed; --remove removes one case only with --yes (real encrypted database)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eigenkracht import cli
from eigenkracht.core.retention import add_years
from eigenkracht.demo import build_demo
from eigenkracht.store import audit
from eigenkracht.store.database import create_database, open_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, TODAY, cheap_kdf

JANSEN = "EK-2026-0007"  # the demo's closed case, kept 15 years from its closing
END = add_years(TODAY - dt.timedelta(weeks=8), 15)


@pytest.fixture
def demo_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("EIGENKRACHT_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "demo.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    build_demo(Repository(store), today=TODAY)
    store.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def references(path: Path) -> list[str]:
    store = open_database(path, PASSPHRASE)
    try:
        return [c.reference for c in Repository(store).list_cases()]
    finally:
        store.close()


def test_nothing_past_retention_today(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "retention", "--db", str(demo_db), "--today", TODAY.isoformat())
    assert (code, err) == (0, "")
    assert out == "Geen dossiers voorbij de bewaartermijn en geen overgedragen dossiers.\n"


def test_the_list_after_the_end_removes_nothing(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    on_end = run(capsys, "retention", "--db", str(demo_db), "--today", END.isoformat())
    assert on_end[0] == 0 and JANSEN not in on_end[1]  # the end is the last day kept
    after = (END + dt.timedelta(days=1)).isoformat()
    code, out, err = run(capsys, "retention", "--db", str(demo_db), "--today", after)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"{JANSEN}\tDhr. Jansen\tWmo\tbewaartermijn voorbij (bewaren tot {END.isoformat()})"
        "\tDe bewaartermijn is op het dossier zelf gezet.",
        "1 dossier kan worden verwijderd; er is niets verwijderd.",
    ]
    assert len(references(demo_db)) == 9


def test_remove_needs_yes(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    after = (END + dt.timedelta(days=1)).isoformat()
    base = ("retention", "--db", str(demo_db), "--today", after, "--remove", JANSEN)
    code, out, err = run(capsys, *base)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert "Niets verwijderd. Met --yes wordt EK-2026-0007 (Dhr. Jansen) definitief" in err
    assert JANSEN in references(demo_db)
    code, out, err = run(capsys, *base, "--yes")
    assert (code, err) == (0, "")
    assert out == f"Verwijderd: {JANSEN} (Dhr. Jansen). In het logboek staat alleen het kenmerk.\n"
    assert JANSEN not in references(demo_db)
    assert len(references(demo_db)) == 8
    store = open_database(demo_db, PASSPHRASE)
    try:
        rows = audit.entries(store.db, JANSEN)
    finally:
        store.close()
    assert (rows[-1].action, rows[-1].event) == ("D", "cases.delete")


def test_remove_refuses_a_case_not_on_the_list(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for reference, words in ((JANSEN, "bewaren tot"), ("EK-2026-0001", "het dossier loopt nog")):
        code, out, err = run(
            capsys,
            "retention",
            "--db",
            str(demo_db),
            "--today",
            TODAY.isoformat(),
            "--remove",
            reference,
            "--yes",
        )
        assert (code, out) == (1, "")
        assert "is niet voorbij de bewaartermijn en niet overgedragen" in err and words in err
        assert err.count("\n") == 1
    assert len(references(demo_db)) == 9


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--today", "2026-13-01"), "--today: geen geldige datum"),
        (("--today", "20601203"), "schrijf die als JJJJ-MM-DD"),  # fromisoformat takes it
        (("--today", "2060-W49-1"), "schrijf die als JJJJ-MM-DD"),
        (("--yes",), "--yes hoort bij --remove"),
        (("--remove", "EK-9999"), "Er is geen dossier met kenmerk EK-9999."),
    ],
)
def test_refusals_in_one_dutch_line(
    demo_db: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], words: str
) -> None:
    code, out, err = run(capsys, "retention", "--db", str(demo_db), *args)
    assert (code, out) == (1, "")
    assert words in err and err.count("\n") == 1


def test_the_organisations_years(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "data").mkdir()
    settings = tmp_path / "data" / "export.toml"
    settings.write_text("format = 1\n[retention]\nwmo_no_support_years = 0\n")
    code, out, err = run(capsys, "retention", "--db", str(demo_db))
    assert (code, out) == (1, "")
    assert "retention.wmo_no_support_years ligt tussen 1 en 115 jaar." in err
