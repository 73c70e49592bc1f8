"""`eigenkracht handover export|import|id`: a case goes from one real database to
another; an existing case that differs is shown and left alone until --take; a bad
bundle is refused in one Dutch line with nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from eigenkracht import cli
from eigenkracht.core.model import Case, Conversation
from eigenkracht.store import audit
from eigenkracht.store.database import create_database, open_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, TODAY, cheap_kdf, file_hashes

CODE = "zonnebloem 42"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("EIGENKRACHT_OVERDRACHT_CODE", CODE)
    monkeypatch.setenv("EIGENKRACHT_DATA_DIR", str(tmp_path / "data"))


def _db(path: Path, cases: int) -> Path:
    path.parent.mkdir(exist_ok=True)
    store = create_database(path, PASSPHRASE, worker="s.bakker", kdf_params=cheap_kdf())
    repo = Repository(store)
    for n in range(cases):
        made = repo.create_case(Case(reference=f"EK-{n}", household_name=f"Fam. {n}"))
        assert made.case.id is not None
        repo.add_conversation(Conversation(case_id=made.case.id, date=TODAY, notes="eerste"))
    store.close()
    return path


def _cases(path: Path) -> list[str]:
    store = open_database(path, PASSPHRASE)
    try:
        return [c.reference for c in Repository(store).list_cases()]
    finally:
        store.close()


def test_export_then_import_and_the_choice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sender = _db(tmp_path / "zender" / "wijk.db", 2)
    receiver = _db(tmp_path / "ontvanger" / "wijk.db", 0)
    out = tmp_path / "overdracht.ekb"
    args = ["handover", "export", "--db", str(sender), "--case", "EK-1", "--to", "A. Yilmaz"]
    assert cli.main([*args, "--out", str(out), "--handed-over"]) == 0
    said = capsys.readouterr()
    assert "Overdracht gemaakt" in said.out and "1 dossier voor A. Yilmaz" in said.out
    assert said.err == ""
    assert cli.main([*args, "--out", str(out)]) == 1
    assert "bestaat al" in capsys.readouterr().err

    assert cli.main(["handover", "import", str(out), "--db", str(receiver)]) == 0
    assert "Dossier EK-1: ingelezen." in capsys.readouterr().out
    assert _cases(receiver) == ["EK-1"]

    # The sender changes the case and sends it again: shown, nothing changed.
    store = open_database(sender, PASSPHRASE)
    try:
        repo = Repository(store)
        case = repo.find_case("EK-1")
        assert case is not None and case.id is not None
        assert case.handed_over_to == "A. Yilmaz"
        conversation = repo.load_case(case.id).conversations[0]
        assert conversation.id is not None
        repo.update(Conversation, conversation.id, notes="tweede")
    finally:
        store.close()
    again = tmp_path / "opnieuw.ekb"
    assert cli.main([*args, "--out", str(again)]) == 0
    capsys.readouterr()
    before = file_hashes(receiver.parent)
    assert cli.main(["handover", "import", str(again), "--db", str(receiver)]) == 1
    said = capsys.readouterr()
    assert "Gesprekken" in said.out and "notes: hier eerste; overdracht tweede" in said.out
    assert said.err.count("\n") == 1 and "Er is niets ingelezen" in said.err
    assert file_hashes(receiver.parent).keys() == before.keys()
    take = ["handover", "import", str(again), "--db", str(receiver), "--take", "theirs"]
    assert cli.main(take) == 0
    assert "overgenomen uit de overdracht" in capsys.readouterr().out
    store = open_database(receiver, PASSPHRASE)
    try:
        repo = Repository(store)
        case = repo.find_case("EK-1")
        assert case is not None and case.id is not None
        assert repo.load_case(case.id).conversations[0].notes == "tweede"
        events = [e.event for e in audit.entries(store.db)]
        assert events.count("cases.handover_in") == 2
    finally:
        store.close()


def test_bad_bundles_are_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sender = _db(tmp_path / "zender" / "wijk.db", 1)
    receiver = _db(tmp_path / "ontvanger" / "wijk.db", 0)
    out = tmp_path / "overdracht.ekb"
    export = ["handover", "export", "--db", str(sender), "--case", "EK-0", "--to", "A. Yilmaz"]
    assert cli.main([*export, "--out", str(out)]) == 0
    capsys.readouterr()
    before = file_hashes(receiver.parent)
    cut = tmp_path / "kapot.ekb"
    cut.write_bytes(out.read_bytes()[:300])
    other = tmp_path / "ander.ekb"
    other.write_text('{"format": "iets anders"}', encoding="utf-8")
    cases = [
        (cut, "beschadigd of onvolledig"),
        (other, "geen overdrachtsbestand"),
        (tmp_path / "weg.ekb", "niet gevonden"),
    ]
    for path, message in cases:
        assert cli.main(["handover", "import", str(path), "--db", str(receiver)]) == 1
        said = capsys.readouterr()
        assert message in said.err and said.err.count("\n") == 1, said.err
    assert cli.main(["handover", "import", str(out), "--db", str(sender)]) == 1
    assert "in deze database gemaakt" in capsys.readouterr().err
    monkeypatch.setenv("EIGENKRACHT_OVERDRACHT_CODE", "een verkeerde code")
    assert cli.main(["handover", "import", str(out), "--db", str(receiver)]) == 1
    assert "code klopt niet" in capsys.readouterr().err
    assert _cases(receiver) == []
    assert file_hashes(receiver.parent).keys() == before.keys()
    monkeypatch.setenv("EIGENKRACHT_OVERDRACHT_CODE", "kort")
    assert cli.main([*export, "--out", str(tmp_path / "nee.ekb")]) == 1
    assert "minstens 8" in capsys.readouterr().err


def test_id_and_a_bundle_for_another_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sender = _db(tmp_path / "zender" / "wijk.db", 1)
    receiver = _db(tmp_path / "ontvanger" / "wijk.db", 0)
    assert cli.main(["handover", "id", "--db", str(receiver)]) == 0
    uid = capsys.readouterr().out.strip()
    assert len(uid) == 32
    out = tmp_path / "voor-een-ander.ekb"
    export = ["handover", "export", "--db", str(sender), "--case", "EK-0", "--to", "B"]
    assert cli.main([*export, "--out", str(out), "--for-database", "e" * 32]) == 0
    capsys.readouterr()
    assert cli.main(["handover", "import", str(out), "--db", str(receiver)]) == 1
    assert "andere database" in capsys.readouterr().err
    right = tmp_path / "voor-de-ontvanger.ekb"
    assert cli.main([*export, "--out", str(right), "--for-database", uid]) == 0
    assert cli.main(["handover", "import", str(right), "--db", str(receiver)]) == 0
    assert _cases(receiver) == ["EK-0"]
