"""Backup and restore of the whole database (store/backup.py): one encrypted file, made
while the database is open, restored into a new place only after it checks out."""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eigenkracht.core.model import Case, Conversation
from eigenkracht.core.serial import to_plain
from eigenkracht.demo import build_demo
from eigenkracht.store import anchor, audit, crypto
from eigenkracht.store.backup import (
    MAGIC,
    BackupError,
    content_digest,
    read_info,
    restore_backup,
)
from eigenkracht.store.database import Store, create_database, open_database
from eigenkracht.store.errors import StoreError
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, TODAY, cheap_kdf, file_hashes


def everything(repo: Repository) -> dict[str, object]:
    """Every case file as plain values, by reference."""
    return {
        summary.reference: to_plain(repo.load_case(summary.id)) for summary in repo.list_cases()
    }


@pytest.fixture(scope="module")
def demo_backup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    """The demo database, backed up once; the cases as they were at the backup."""
    folder = tmp_path_factory.mktemp("source")
    store = create_database(folder / "wijk.db", PASSPHRASE, kdf_params=cheap_kdf())
    repo = Repository(store, origin="demo")
    build_demo(repo, today=TODAY)
    out = folder / "kopie.ekbackup"
    repo.make_backup(out)
    cases = everything(Repository(store))
    store.close()
    return out, cases


def test_restore_gives_every_case_as_it_was_and_the_checks_pass(
    tmp_path: Path, demo_backup: tuple[Path, dict[str, object]]
) -> None:
    backup, cases = demo_backup
    target = tmp_path / "terug.db"
    restored = restore_backup(backup, target, PASSPHRASE)

    assert restored.path == target and restored.info.cases == len(cases) == 9
    store = open_database(target, PASSPHRASE, migrate=False)
    try:
        repo = Repository(store)
        assert everything(repo) == cases
        assert store.integrity_problems() == []
        assert audit.verify(store.db).ok
        assert anchor.compare(store.db, anchor.read(target)).ok
        rows = store.db.execute(
            "SELECT event, action FROM audit_log WHERE event LIKE 'database.%'"
        ).fetchall()
        assert [tuple(r) for r in rows] == [("database.restore", "C")]
        backed_up_at = repo.last_backup_at()
        assert backed_up_at is not None
        assert backed_up_at.isoformat().startswith(restored.info.created_at[:19])
    finally:
        store.close()
    for path in (target, crypto.kdf_path(target), anchor.anchor_path(target), backup):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_backup_is_encrypted_and_says_nothing_about_a_client(
    demo_backup: tuple[Path, dict[str, object]],
) -> None:
    backup, _ = demo_backup
    data = backup.read_bytes()
    for name in ("Kerkhof", "Wouters", "Pinas", "Yilmaz", "schuld"):
        assert name.encode() not in data
        assert name.encode("utf-16-le") not in data
    header = json.loads(data.split(b"\n", 2)[1])
    assert set(header) == {
        "format", "version", "created_at", "program", "schema", "cases", "database",
        "content", "kdf", "anchor",
    }  # fmt: skip


def test_backup_while_open_holds_what_was_saved_just_before_and_the_log_records_it(
    repo: Repository, store: Store, tmp_path: Path
) -> None:
    case = repo.create_case(Case(reference="EK-1", household_name="Fam. Jansen")).case
    assert case.id is not None
    conversation = repo.add_conversation(Conversation(case_id=case.id, date=TODAY))
    assert conversation.id is not None
    repo.update(Conversation, conversation.id, notes="net opgeslagen")  # still in the WAL
    out = tmp_path / "kopie.ekbackup"

    info = repo.make_backup(out)

    assert repo.last_backup_at() is not None
    row = store.db.execute(
        "SELECT event, action, case_ref FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert tuple(row) == ("database.backup", "E", "")
    assert info.cases == 1
    # The program goes on; the backup holds the moment it was made.
    repo.update(Conversation, conversation.id, notes="daarna veranderd")
    restored = restore_backup(out, tmp_path / "terug.db", PASSPHRASE)
    other = open_database(restored.path, PASSPHRASE)
    try:
        kept = Repository(other).load_case(case.id)
        assert kept.conversations[0].notes == "net opgeslagen"
    finally:
        other.close()


def test_the_passphrase_of_the_backup_opens_it_after_a_change(
    repo: Repository, store: Store, tmp_path: Path
) -> None:
    repo.create_case(Case(reference="EK-1", household_name="Fam. Jansen"))
    out = tmp_path / "kopie.ekbackup"
    repo.make_backup(out)
    store.rekey("een heel andere zin", cheap_kdf())

    with pytest.raises(BackupError, match="wachtwoordzin die gold toen"):
        restore_backup(out, tmp_path / "a.db", "een heel andere zin")
    assert not (tmp_path / "a.db").exists()
    restored = restore_backup(out, tmp_path / "b.db", PASSPHRASE)
    assert restored.info.cases == 1


def test_content_digest_sees_one_changed_value(repo: Repository, store: Store) -> None:
    case = repo.create_case(Case(reference="EK-1", household_name="Fam. Jansen")).case
    assert case.id is not None
    before = content_digest(store.conn)
    repo.update(Case, case.id, household_name="Fam. Janssen")
    assert content_digest(store.conn)[0] != before[0]
    assert content_digest(store.conn)[1] == before[1] == 1


def test_backup_refuses_a_file_that_exists_and_a_missing_folder(
    repo: Repository, tmp_path: Path
) -> None:
    taken = tmp_path / "bestaat.ekbackup"
    taken.write_bytes(b"van iemand anders")
    with pytest.raises(BackupError, match="Er staat al een bestand"):
        repo.make_backup(taken)
    assert taken.read_bytes() == b"van iemand anders"
    with pytest.raises(BackupError, match="bestaat niet"):
        repo.make_backup(tmp_path / "nergens" / "kopie.ekbackup")
    assert repo.last_backup_at() is None


def _refused(backup: Path, tmp_path: Path, match: str) -> None:
    folder = tmp_path / "doel"
    folder.mkdir(exist_ok=True)
    before = file_hashes(folder)
    with pytest.raises(BackupError, match=match) as caught:
        restore_backup(backup, folder / "terug.db", PASSPHRASE)
    assert "\n" not in str(caught.value) and "Er is niets veranderd" in str(caught.value)
    assert file_hashes(folder) == before
    assert list(folder.iterdir()) == []  # no staging folder left either


@pytest.mark.parametrize(
    ("damage", "match"),
    [
        (lambda data: data[: len(data) // 2], "niet compleet"),
        (lambda data: data[:-1], "niet compleet"),
        (lambda data: data + b"x", "niet compleet"),
        (lambda data: data[:-5000] + bytes([data[-5000] ^ 1]) + data[-4999:], "beschadigd"),
        (lambda data: data.replace(b'"version":1', b'"version":"1"', 1), "beschadigd"),
        (lambda data: data.split(b"\n", 1)[1], "geen reservekopie"),
        (lambda data: b"", "geen reservekopie"),
        (lambda data: b"%PDF-1.4\n" + data[30:], "geen reservekopie"),
        (lambda data: data.replace(f"{MAGIC} 1".encode(), f"{MAGIC} 2".encode(), 1), "nieuwere"),
    ],
    ids=[
        "half",
        "one-byte-short",
        "one-byte-more",
        "flipped-page",
        "header-type",
        "no-magic",
        "empty",
        "pdf",
        "newer-format",
    ],
)
def test_bad_backups_are_refused_with_one_line_and_nothing_made(
    tmp_path: Path, demo_backup: tuple[Path, dict[str, object]], damage, match: str
) -> None:
    backup, _ = demo_backup
    bad = tmp_path / "slecht.ekbackup"
    bad.write_bytes(damage(backup.read_bytes()))
    _refused(bad, tmp_path, match)


def test_a_backup_with_a_newer_schema_is_refused(
    tmp_path: Path, demo_backup: tuple[Path, dict[str, object]]
) -> None:
    backup, _ = demo_backup
    data = backup.read_bytes()
    magic, header, rest = data.split(b"\n", 2)
    fields = json.loads(header)
    fields["schema"].append("9999_van_later")
    newer = magic + b"\n" + json.dumps(fields, separators=(",", ":")).encode() + b"\n" + rest
    bad = tmp_path / "later.ekbackup"
    bad.write_bytes(newer)
    _refused(bad, tmp_path, "nieuwere versie")


def test_a_database_or_a_folder_is_no_backup(tmp_path: Path, db_path: Path, store: Store) -> None:
    _refused(db_path, tmp_path, "geen reservekopie")
    with pytest.raises(BackupError, match="een map"):
        restore_backup(tmp_path, tmp_path / "x.db", PASSPHRASE)
    with pytest.raises(BackupError, match="bestaat niet"):
        restore_backup(tmp_path / "weg.ekbackup", tmp_path / "x.db", PASSPHRASE)


def test_restore_never_replaces_a_database(
    tmp_path: Path, demo_backup: tuple[Path, dict[str, object]]
) -> None:
    backup, _ = demo_backup
    target = tmp_path / "wijk.db"
    for existing in (target, crypto.kdf_path(target), anchor.anchor_path(target)):
        existing.write_bytes(b"van eerder")
        before = file_hashes(tmp_path)
        with pytest.raises(BackupError, match="nooit iets overschreven"):
            restore_backup(backup, target, PASSPHRASE)
        assert file_hashes(tmp_path) == before
        existing.unlink()


def test_restore_with_a_content_digest_that_does_not_match_is_refused(
    tmp_path: Path, demo_backup: tuple[Path, dict[str, object]]
) -> None:
    """A header whose digest of the content is of another database: the copy opens, and is
    still refused, because it does not hold what the header says."""
    backup, _ = demo_backup
    magic, header, rest = backup.read_bytes().split(b"\n", 2)
    fields = json.loads(header)
    fields["content"] = "0" * 64
    bad = tmp_path / "ander.ekbackup"
    bad.write_bytes(magic + b"\n" + json.dumps(fields).encode() + b"\n" + rest)
    _refused(bad, tmp_path, "controle is niet geslaagd")


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_fuzzed_backups_are_restored_exactly_or_refused_in_dutch(
    tmp_path: Path, demo_backup: tuple[Path, dict[str, object]], data: st.DataObject
) -> None:
    backup, cases = demo_backup
    original = backup.read_bytes()
    kind = data.draw(st.sampled_from(["cut", "flip", "insert", "header"]))
    if kind == "cut":
        mutated = original[: data.draw(st.integers(0, len(original) - 1))]
    elif kind == "flip":
        at = data.draw(st.integers(0, len(original) - 1))
        mutated = original[:at] + bytes([original[at] ^ data.draw(st.integers(1, 255))])
        mutated += original[at + 1 :]
    elif kind == "insert":
        at = data.draw(st.integers(0, len(original)))
        mutated = original[:at] + data.draw(st.binary(min_size=1, max_size=8)) + original[at:]
    else:
        header_end = original.index(b"\n", original.index(b"\n") + 1)
        at = data.draw(st.integers(0, header_end))
        mutated = original[:at] + data.draw(st.binary(max_size=4)) + original[at + 1 :]
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    bad = folder / "kopie.ekbackup"
    bad.write_bytes(mutated)
    target = folder / "terug.db"
    refused: StoreError | None = None
    try:
        restored = restore_backup(bad, target, PASSPHRASE)
    except StoreError as exc:
        refused = exc
    if refused is not None:
        assert str(refused) and "\n" not in str(refused)
        assert sorted(p.name for p in folder.iterdir()) == ["kopie.ekbackup"]
        return
    # What was not refused holds exactly the cases that were backed up.
    store = open_database(restored.path, PASSPHRASE, migrate=False)
    try:
        assert everything(Repository(store)) == cases
    finally:
        store.close()


def test_private_staging_never_leaves_the_decrypted_content(
    tmp_path: Path, demo_backup: tuple[Path, dict[str, object]]
) -> None:
    """While restoring, the staged files are in a folder only the user may enter."""
    backup, _ = demo_backup
    seen: list[int] = []
    stages: list[str] = []

    def progress(stage: str, done: int, total: int) -> None:
        stages.append(stage)
        staging = [p for p in tmp_path.iterdir() if p.name.startswith(".eigenkracht-herstel-")]
        seen.extend(stat.S_IMODE(p.stat().st_mode) for p in staging)
        assert 0 <= done <= total

    restore_backup(backup, tmp_path / "terug.db", PASSPHRASE, progress=progress)
    assert seen and set(seen) == {0o700}
    assert stages[0] == "unpack" and stages[-1] == "check"
    assert sorted(os.listdir(tmp_path)) == ["terug.db", "terug.db.anchor", "terug.db.kdf"]


def test_read_info_tells_when_and_how_many_without_the_passphrase(
    demo_backup: tuple[Path, dict[str, object]],
) -> None:
    backup, cases = demo_backup
    info = read_info(backup)
    assert info.cases == len(cases)
    assert info.created_at.endswith("Z") and info.database_bytes > 0
