"""A passphrase change survives a power loss at every step: cut anywhere, exactly one
passphrase opens the database (the old one until the re-encrypted pages are durably
committed, the new one from then on) and nothing of its content is lost.

The change is run once while every write, sync and rename it makes is recorded, and the
files are copied after each of them: each copy is the disk as a power loss at that
moment leaves it, given that what was synced before is on the disk. The recorded order
shows that everything is synced before anything depends on it."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eigenkracht.core.model import Case
from eigenkracht.store import database
from eigenkracht.store.database import WrongPassphrase, open_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="names synced files through /proc"
)

NEW = "een heel nieuwe wachtwoordzin"
CASES = 60
FILES = ("wijk.db", "wijk.db-wal", "wijk.db.kdf", "wijk.db.kdf.new", "wijk.db.kdf.new.tmp")


def make_db(path: Path) -> None:
    store = database.create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    repo = Repository(store, origin="test")
    for n in range(CASES):
        repo.create_case(Case(reference=f"EK-{n:03d}", household_name=f"Fam. {n} " + "z" * 200))
    store.close()


class Recorder:
    """Records writes, syncs and renames of the passphrase change and copies the files
    after each one."""

    def __init__(self, folder: Path, out: Path) -> None:
        self.folder = folder
        self.out = out
        self.events: list[str] = []
        self.cuts: list[tuple[str, Path]] = []
        self.rekeyed_at: int | None = None  # index of the first cut after the commit

    def name(self, target: Any) -> str:
        if isinstance(target, int):
            target = os.readlink(f"/proc/self/fd/{target}")
        path = Path(os.fsdecode(target))
        return "folder" if path == self.folder else path.name

    def cut(self, event: str) -> None:
        self.events.append(event)
        copy = self.out / f"cut-{len(self.cuts):02d}"
        copy.mkdir()
        for name in FILES:
            if (self.folder / name).exists():
                shutil.copyfile(self.folder / name, copy / name)
        self.cuts.append((event, copy))

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        real_fsync, real_replace = os.fsync, os.replace
        real_rekey = database._rekey_pages

        def fsync(fd: int) -> None:
            real_fsync(fd)
            self.cut(f"fsync {self.name(fd)}")

        def replace(src: Any, dst: Any) -> None:
            real_replace(src, dst)
            self.cut(f"rename {self.name(src)} -> {self.name(dst)}")

        def rekey(conn: Any, key: bytes) -> None:
            # The re-encryption commits with a synced WAL.
            assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            real_rekey(conn, key)
            self.rekeyed_at = len(self.cuts)
            self.cut("re-encrypted")

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "replace", replace)
        monkeypatch.setattr(database, "_rekey_pages", rekey)


def opens(folder: Path, passphrase: str, scratch: Path) -> bool:
    """Whether passphrase opens a fresh copy of the files in folder, with all content."""
    if scratch.exists():
        shutil.rmtree(scratch)
    shutil.copytree(folder, scratch)
    try:
        store = open_database(scratch / "wijk.db", passphrase)
    except WrongPassphrase:
        return False
    try:
        repo = Repository(store, origin="test")
        cases = repo.list_cases()
        assert len(cases) == CASES
        assert cases[7].household_name == "Fam. 7 " + "z" * 200
        assert store.integrity_problems() == []
    finally:
        store.close()
    # Opened once, it is finished: the same passphrase opens it again, with one key file.
    assert not (scratch / "wijk.db.kdf.new").exists()
    again = open_database(scratch / "wijk.db", passphrase)
    again.close()
    return True


@pytest.fixture
def recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Recorder:
    folder = tmp_path / "live"
    folder.mkdir()
    make_db(folder / "wijk.db")
    store = open_database(folder / "wijk.db", PASSPHRASE)
    out = tmp_path / "cuts"
    out.mkdir()
    recorder = Recorder(folder, out)
    recorder.cut("before")
    recorder.install(monkeypatch)
    store.rekey(NEW, cheap_kdf())
    monkeypatch.undo()
    store.close()
    return recorder


def test_everything_is_synced_before_anything_depends_on_it(recorded: Recorder) -> None:
    assert recorded.events == [
        "before",
        "fsync wijk.db.kdf.new.tmp",  # the new key file's content
        "rename wijk.db.kdf.new.tmp -> wijk.db.kdf.new",
        "fsync folder",  # ... and its name, before any page depends on it
        "re-encrypted",  # one transaction, its commit synced
        "fsync wijk.db",  # the checkpointed pages in the database file
        "rename wijk.db.kdf.new -> wijk.db.kdf",  # only now the key file takes over
        "fsync folder",
    ]


def test_at_every_cut_exactly_one_passphrase_opens_it(recorded: Recorder, tmp_path: Path) -> None:
    assert recorded.rekeyed_at is not None
    for number, (event, copy) in enumerate(recorded.cuts):
        old = opens(copy, PASSPHRASE, tmp_path / "scratch")
        new = opens(copy, NEW, tmp_path / "scratch")
        expected = "new" if number >= recorded.rekeyed_at else "old"
        assert (old, new) == (expected == "old", expected == "new"), (number, event)


def test_a_cut_in_the_middle_of_the_commit_keeps_the_old_passphrase(
    recorded: Recorder, tmp_path: Path
) -> None:
    """The power went while the re-encrypted pages were being written to the WAL."""
    assert recorded.rekeyed_at is not None
    _, copy = recorded.cuts[recorded.rekeyed_at]
    wal = copy / "wijk.db-wal"
    size = wal.stat().st_size
    assert size > 10 * 4096
    with open(wal, "r+b") as handle:
        handle.truncate(size // 2)
    assert opens(copy, PASSPHRASE, tmp_path / "scratch")
    assert not opens(copy, NEW, tmp_path / "scratch")


def test_a_cut_in_the_middle_of_the_checkpoint_keeps_the_new_passphrase(
    recorded: Recorder, tmp_path: Path
) -> None:
    """The power went while the re-encrypted pages were being copied into the file:
    its first half is re-encrypted, the rest is not, the WAL still has all of it."""
    assert recorded.rekeyed_at is not None
    _, committed = recorded.cuts[recorded.rekeyed_at]
    _, checkpointed = recorded.cuts[recorded.rekeyed_at + 1]
    torn = tmp_path / "torn"
    shutil.copytree(committed, torn)
    old_pages = (committed / "wijk.db").read_bytes()
    new_pages = (checkpointed / "wijk.db").read_bytes()
    half = len(new_pages) // 2 // 4096 * 4096
    (torn / "wijk.db").write_bytes(new_pages[:half] + old_pages[half:])
    assert (torn / "wijk.db-wal").stat().st_size > 0
    assert not opens(torn, PASSPHRASE, tmp_path / "scratch")
    assert opens(torn, NEW, tmp_path / "scratch")


def test_an_unfinished_change_is_finished_when_the_store_closes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The checkpoint could not run at once (another reader): the new passphrase holds
    already, and closing finishes the change."""
    path = tmp_path / "wijk.db"
    make_db(path)
    store = open_database(path, PASSPHRASE)
    real: Callable[[Any, Path], None] = database._checkpoint_durably
    calls: list[int] = []

    def busy_once(conn: Any, where: Path) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise database.DatabaseBusy("bezet")
        real(conn, where)

    monkeypatch.setattr(database, "_checkpoint_durably", busy_once)
    store.rekey(NEW, cheap_kdf())
    assert (tmp_path / "wijk.db.kdf.new").exists()
    store.close()
    assert len(calls) == 2
    assert not (tmp_path / "wijk.db.kdf.new").exists()
    with pytest.raises(WrongPassphrase):
        open_database(path, PASSPHRASE)
    open_database(path, NEW).close()
