"""The anchor of the access log outside the database (store/anchor.py) and what
`eigenkracht check` finds with it: a consistent rewrite of the whole log or of its
tail, a torn anchor line, a missing anchor file; the whole log as CSV or JSON."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import stat
from pathlib import Path

import pytest

from eigenkracht import cli
from eigenkracht.core.model import Case, Conversation
from eigenkracht.store import anchor, audit
from eigenkracht.store.database import create_database, open_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf


@pytest.fixture(autouse=True)
def passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EIGENKRACHT_PASSPHRASE", PASSPHRASE)


def work(repo: Repository, reference: str, edits: int = 3) -> None:
    case = repo.create_case(Case(reference=reference, household_name="Fam. Geheim")).case
    assert case.id is not None
    conversation = repo.add_conversation(Conversation(case_id=case.id, date=dt.date(2026, 11, 1)))
    assert conversation.id is not None
    for n in range(edits):
        repo.update(Conversation, conversation.id, notes=f"aantekening {n}")


@pytest.fixture
def anchored_db(tmp_path: Path) -> Path:
    """A database used in three sessions, so its anchor file has several lines."""
    path = tmp_path / "werk.db"
    store = create_database(path, PASSPHRASE, worker="tester", kdf_params=cheap_kdf())
    work(Repository(store), "EK-1")
    store.close()
    for reference in ("EK-2", "EK-3"):
        store = open_database(path, PASSPHRASE, worker="tester")
        work(Repository(store), reference)
        store.close()
    return path


def run_check(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> tuple[int, str]:
    code = cli.main(["check", "--db", str(path), *extra])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out


def tamper(path: Path, *statements: tuple[str, list[object]]) -> None:
    """Change the database as an outside tool would (no anchoring on close)."""
    store = open_database(path, PASSPHRASE, migrate=False)
    store.anchor_on_close = False
    with store.transaction() as db:
        for sql, params in statements:
            db.execute(sql, params)
    store.close()


def rechain(path: Path, from_id: int, change: dict[str, str]) -> None:
    """Alter row from_id and recompute every hash from there on, and the head in meta:
    a consistent rewrite that the chain alone cannot tell from the real log."""
    store = open_database(path, PASSPHRASE, migrate=False)
    store.anchor_on_close = False
    with store.transaction() as db:
        rows = list(db.query("SELECT * FROM audit_log WHERE id >= ? ORDER BY id", [from_id]))
        previous = db.execute("SELECT hash FROM audit_log WHERE id = ?", [from_id - 1]).fetchone()
        previous_hash = previous[0] if previous else audit.GENESIS
        for row in rows:
            if row["id"] == from_id:
                row.update(change)
            row["prev_hash"] = previous_hash
            row["hash"] = audit.row_hash(row)
            db.execute(
                "UPDATE audit_log SET worker = ?, event = ?, prev_hash = ?, hash = ? WHERE id = ?",
                [row["worker"], row["event"], row["prev_hash"], row["hash"], row["id"]],
            )
            previous_hash = row["hash"]
        db.execute(
            "UPDATE meta SET value = ? WHERE key = 'audit_head'",
            [f"{rows[-1]['id']}:{previous_hash}"],
        )
    assert audit.verify(store.db).ok  # the chain alone sees nothing
    store.close()


def log_head(path: Path) -> audit.Head:
    store = open_database(path, PASSPHRASE, migrate=False)
    store.anchor_on_close = False
    try:
        return audit.head(store.db)
    finally:
        store.close()


# -- the anchor file --------------------------------------------------------------------


def test_a_new_database_gets_a_private_anchor_file_with_the_empty_log(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    store.close()
    file = anchor.anchor_path(path)
    assert file.name == "nieuw.db.anchor"
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    lines = file.read_text(encoding="ascii").splitlines()
    assert lines[0].startswith("# eigenkracht-anker 1")
    assert lines[1].split()[:2] == ["0", audit.GENESIS]
    assert len(lines) == 2  # closing an unchanged log adds no line


def test_every_close_anchors_the_head_and_the_file_only_grows(anchored_db: Path) -> None:
    found = anchor.read(anchored_db)
    assert found.unreadable == ()
    ids = [a.id for a in found.anchors]
    assert ids[0] == 0 and len(ids) == 4 and ids == sorted(ids)
    head = log_head(anchored_db)
    assert (found.anchors[-1].id, found.anchors[-1].hash) == (head.id, head.hash)
    before = anchor.anchor_path(anchored_db).read_bytes()
    store = open_database(anchored_db, PASSPHRASE)
    work(Repository(store), "EK-4", edits=1)
    store.close()
    after = anchor.anchor_path(anchored_db).read_bytes()
    assert after.startswith(before) and len(after.splitlines()) == len(before.splitlines()) + 1


def test_a_long_session_is_anchored_every_n_rows_without_closing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(anchor, "EVERY", 5)
    path = tmp_path / "lang.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    repo = Repository(store)
    work(repo, "EK-1", edits=12)  # 14 audit rows
    found = anchor.read(path)
    assert [a.id for a in found.anchors] == [0, 5, 10]
    store.close()


def test_nothing_is_anchored_inside_a_transaction(repo: Repository) -> None:
    work(repo, "EK-1", edits=0)
    path = repo.store.path
    before = anchor.anchor_path(path).read_bytes()
    inside: list[audit.Head | None] = []

    def op() -> None:
        repo._audit("cases.read", "R", "EK-1")
        inside.append(anchor.record(path, repo.db))
        raise RuntimeError

    with pytest.raises(RuntimeError), repo.store.transaction():
        op()
    assert inside == [None]  # the row was not committed: nothing anchored
    assert anchor.anchor_path(path).read_bytes() == before
    assert anchor.record(path, repo.db) == audit.head(repo.db)
    assert anchor.compare(repo.db, anchor.read(path)).ok


def test_export_and_print_anchor_the_row_they_write(
    anchored_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "inzage.json"
    assert cli.main(["export", "--db", str(anchored_db), "--case", "EK-2", "--out", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    head = log_head(anchored_db)
    assert document["access_log_head"] == {"id": head.id, "hash": head.hash}
    assert document["access_log"][-1]["event"] == "cases.export"
    last = anchor.read(anchored_db).anchors[-1]
    assert (last.id, last.hash) == (head.id, head.hash)
    capsys.readouterr()


def test_a_torn_last_line_is_skipped_and_the_next_line_starts_fresh(
    anchored_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = anchor.anchor_path(anchored_db)
    with open(file, "ab") as handle:
        handle.write(b"57 3f2a9c")  # a power loss in the middle of a line
    code, out = run_check(capsys, anchored_db)
    assert code == 0, out
    assert "onleesbare regel" in out and "het logboek klopt daarmee" in out
    store = open_database(anchored_db, PASSPHRASE)
    work(Repository(store), "EK-9", edits=0)
    store.close()
    found = anchor.read(anchored_db)
    assert len(found.unreadable) == 1
    head = log_head(anchored_db)
    assert (found.anchors[-1].id, found.anchors[-1].hash) == (head.id, head.hash)
    assert run_check(capsys, anchored_db)[0] == 0


def test_an_unwritable_anchor_file_never_stops_a_close(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    anchor.anchor_path(path).unlink()
    anchor.anchor_path(path).mkdir()  # appending now fails with an OSError
    work(Repository(store), "EK-1", edits=0)
    store.close()


# -- eigenkracht check --------------------------------------------------------------------


def test_an_untouched_anchored_database_passes(
    anchored_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = anchor.anchor_path(anchored_db).read_bytes()
    code, out = run_check(capsys, anchored_db)
    assert code == 0, out
    head = log_head(anchored_db)
    assert f"de laatste t/m rij {head.id}; het logboek klopt daarmee." in out
    assert anchor.anchor_path(anchored_db).read_bytes() == before  # check writes nothing


def test_deleting_every_row_and_the_head_fails_the_check(
    anchored_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(
        anchored_db,
        ("DELETE FROM audit_log", []),
        ("DELETE FROM meta WHERE key = 'audit_head'", []),
    )
    before = anchor.anchor_path(anchored_db).read_bytes()
    code, out = run_check(capsys, anchored_db)
    assert code == 1
    assert "Logboek: 0 rijen, de keten is in orde." in out  # the chain alone is fooled
    assert "Anker: het logboek is leeg, maar op " in out
    assert "alle rijen zijn verwijderd." in out
    assert anchor.anchor_path(anchored_db).read_bytes() == before


def test_cutting_the_tail_and_updating_the_head_fails_the_check(
    anchored_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = log_head(anchored_db)
    keep = head.id - 4
    tamper(anchored_db, ("DELETE FROM audit_log WHERE id > ?", [keep]))
    store = open_database(anchored_db, PASSPHRASE, migrate=False)
    store.anchor_on_close = False
    kept = audit.head(store.db)
    store.close()
    tamper(
        anchored_db,
        ("UPDATE meta SET value = ? WHERE key = 'audit_head'", [f"{kept.id}:{kept.hash}"]),
    )
    code, out = run_check(capsys, anchored_db)
    assert code == 1
    assert f"Logboek: {keep} rijen, de keten is in orde." in out
    assert f"Anker: het logboek eindigt bij rij {keep}, maar op " in out
    assert f"stond rij {head.id} er al in" in out and "rijen aan het eind zijn verwijderd" in out


def test_a_consistent_rewrite_from_a_middle_row_fails_the_check(
    anchored_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    anchors = [a.id for a in anchor.read(anchored_db).anchors]
    first, second = anchors[1], anchors[2]
    rechain(anchored_db, first + 2, {"worker": "iemand anders"})
    code, out = run_check(capsys, anchored_db)
    assert code == 1
    assert "de keten is in orde" in out
    assert f"Anker: het logboek is herschreven: rij {second} is niet meer dezelfde" in out
    assert f"de wijziging zit in rij {first + 1} t/m {second}." in out


def test_a_rewrite_stays_found_after_the_program_anchors_the_forged_head(
    anchored_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rechain(anchored_db, 2, {"event": "cases.search"})
    store = open_database(anchored_db, PASSPHRASE)
    work(Repository(store), "EK-5", edits=0)
    store.close()  # anchors the head of the forged chain
    code, out = run_check(capsys, anchored_db)
    assert code == 1 and "het logboek is herschreven" in out


def test_a_missing_anchor_file_is_a_warning_not_a_crash(
    anchored_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    anchor.anchor_path(anchored_db).unlink()
    code, out = run_check(capsys, anchored_db)
    assert code == 0
    assert "Anker: let op: er is geen ankerbestand werk.db.anchor." in out


def test_an_unreadable_anchor_file_fails_the_check(
    anchored_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = anchor.anchor_path(anchored_db)
    file.unlink()
    file.mkdir()  # reading it now fails with an OSError
    code, out = run_check(capsys, anchored_db)
    assert code == 1
    assert "Anker: het ankerbestand werk.db.anchor kan niet worden gelezen." in out


def test_rows_after_the_last_anchoring_are_not_covered(
    anchored_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The documented limit: rows written after the last anchoring, rewritten together
    with the head before anything anchors them again, are not found."""
    store = open_database(anchored_db, PASSPHRASE)
    store.anchor_on_close = False  # the program stops before it can anchor (a kill)
    work(Repository(store), "EK-6", edits=2)
    store.close()
    last = anchor.read(anchored_db).highest
    assert last is not None
    rechain(anchored_db, last.id + 1, {"worker": "iemand anders"})
    assert run_check(capsys, anchored_db)[0] == 0


# -- the whole log as a file ---------------------------------------------------------------


def test_check_writes_the_whole_log_as_csv(
    anchored_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "logboek.csv"
    code, printed = run_check(capsys, anchored_db, "--log-out", str(out))
    assert code == 0
    head = log_head(anchored_db)
    assert f"Logboek geschreven: {head.id} rijen naar {out}" in printed
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if "logboek" in p.name] == ["logboek.csv"]
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert len(rows) == head.id
    assert list(rows[0]) == list(audit.LOG_COLUMNS)
    assert rows[-1]["hash"] == head.hash
    assert "Geheim" not in out.read_text(encoding="utf-8")


def test_check_writes_the_whole_log_as_json_that_rehashes(
    anchored_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "logboek.json"
    assert run_check(capsys, anchored_db, "--log-out", str(out))[0] == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    head = log_head(anchored_db)
    assert document["format"] == "eigenkracht-logboek"
    assert document["head"] == {"id": head.id, "hash": head.hash}
    rows = document["rows"]
    assert len(rows) == head.id
    previous = audit.GENESIS
    for row in rows:
        assert row["prev_hash"] == previous and audit.row_hash(row) == row["hash"]
        previous = row["hash"]


def test_a_csv_cell_that_looks_like_a_formula_stays_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "f.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    Repository(store).create_case(Case(reference="=HYPERLINK(1)", household_name="X"))
    store.close()
    out = tmp_path / "f.csv"
    assert run_check(capsys, path, "--log-out", str(out))[0] == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert rows[0]["case_ref"] == "'=HYPERLINK(1)"


def test_the_log_is_written_even_when_the_check_finds_tampering(
    anchored_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(anchored_db, ("DELETE FROM audit_log WHERE id > 3", []))
    out = tmp_path / "bewijs.csv"
    code, printed = run_check(capsys, anchored_db, "--log-out", str(out))
    assert code == 1 and "Logboek geschreven: 3 rijen" in printed
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4


def test_a_log_out_into_a_missing_folder_is_one_dutch_line(
    anchored_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(
        ["check", "--db", str(anchored_db), "--log-out", str(tmp_path / "nee" / "l.csv")]
    )
    _, err = capsys.readouterr()
    assert code == 1 and err.startswith("eigenkracht: De map ") and "bestaat niet" in err
