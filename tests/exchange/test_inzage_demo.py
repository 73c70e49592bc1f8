"""Every demo household survives the inzage export unchanged (issue 2, item 10)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eigenkracht import cli
from eigenkracht.exchange import inzage
from eigenkracht.store.database import open_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from eigenkracht.demo import create_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    return path


def test_every_demo_case_round_trips_through_export(
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)
    store = open_database(demo_db, PASSPHRASE)
    repo = Repository(store)
    cases = repo.list_cases()
    assert len(cases) >= 6
    expected = {c.reference: repo.load_case(c.id) for c in cases}
    store.close()
    for reference, case_file in expected.items():
        out = tmp_path / f"{reference}.json"
        assert (
            cli.main(["export", "--db", str(demo_db), "--case", reference, "--out", str(out)]) == 0
        )
        back = inzage.loads(out.read_bytes())
        assert back.case_file == case_file, reference
        assert dt.datetime.fromisoformat(back.exported_at.replace("Z", "+00:00"))
        data = json.loads(out.read_text(encoding="utf-8"))
        assert data["case_file"]["case"]["reference"] == reference
    capsys.readouterr()


def test_demo_command_creates_a_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "demo.db"
    assert cli.main(["demo", "--db", str(path)]) == 0
    assert "huishoudens" in capsys.readouterr().out
    assert cli.main(["cases", "--db", str(path)]) == 0
    assert len(capsys.readouterr().out.splitlines()) >= 6
    assert cli.main(["check", "--db", str(path)]) == 0
    assert cli.main(["demo", "--db", str(path)]) == 1  # never overwrites
    assert "Er staat al een bestand" in capsys.readouterr().err
