"""One writer at a time: a second program on an open database is refused with a clear
Dutch message; write transactions take the write lock when they begin (IMMEDIATE) and
wait a few seconds for another writer instead of failing at once or interleaving."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from eigenkracht.core.model import Case, Conversation
from eigenkracht.exchange import selfassessment as sa
from eigenkracht.exchange.selfassessment import DomainAnswer, SelfAssessment
from eigenkracht.store import lockfile
from eigenkracht.store.database import (
    BUSY_TIMEOUT_MS,
    DatabaseBusy,
    Store,
    create_database,
    open_database,
)
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf

IN_USE = (
    "De database wijk.db is al geopend in een ander venster of programma. Sluit hem daar "
    "eerst, of wacht tot dat klaar is. Er is niets veranderd."
)

HOLD_OPEN = """
import sys
from eigenkracht.store.database import open_database
store = open_database(sys.argv[1], sys.argv[2])
print("open", flush=True)
sys.stdin.readline()
store.close()
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "wijk.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    repo = Repository(store, origin="test")
    case = repo.create_case(Case(reference="EK-2026-0001", household_name="Fam. Bakker")).case
    assert case.id is not None
    repo.add_conversation(
        Conversation(case_id=case.id, date=dt.date.today(), question="Eerst", wellbeing=7)
    )
    store.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def other_program(db: Path):  # type: ignore[no-untyped-def]
    """Another process that has the database open."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(db), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline() == "open\n"
        yield proc
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


def test_a_second_program_is_refused(db: Path, other_program: subprocess.Popen[str]) -> None:
    before = digest(db), digest(db.with_name("wijk.db.kdf"))
    with pytest.raises(DatabaseBusy) as refused:
        open_database(db, PASSPHRASE)
    assert str(refused.value) == IN_USE
    assert (digest(db), digest(db.with_name("wijk.db.kdf"))) == before


def test_the_lock_goes_with_a_killed_program(
    db: Path, other_program: subprocess.Popen[str]
) -> None:
    other_program.kill()  # no close: the operating system drops its lock
    other_program.wait(timeout=30)
    store = open_database(db, PASSPHRASE)
    store.close()
    assert not lockfile.lock_path(db).exists()  # the last to close removes it


def test_the_lock_file_is_there_while_open_and_gone_after(db: Path) -> None:
    lock = lockfile.lock_path(db)
    store = open_database(db, PASSPHRASE)
    assert lock.exists()
    if sys.platform != "win32":
        assert lock.stat().st_mode & 0o777 == 0o600
    store.close()
    assert not lock.exists()


def test_the_command_line_is_refused_while_the_window_has_it_open(db: Path, tmp_path: Path) -> None:
    """The window has a conversation open, and a self-assessment is imported on the
    command line: the import is refused, nothing it would write is written."""
    home = tmp_path / "zelf.json"
    content = SelfAssessment(
        "leefgebieden", "1.0", question="Van thuis", answers=[DomainAnswer("financien", 2)]
    )
    sa.write_file(home, content)
    env = dict(os.environ, EIGENKRACHT_PASSPHRASE=PASSPHRASE, EIGENKRACHT_DATA_DIR=str(tmp_path))
    argv = [sys.executable, "-m", "eigenkracht", "import-selfassessment", "--db", str(db)]
    argv += ["--case", "EK-2026-0001", str(home), "--accept-all"]

    window = open_database(db, PASSPHRASE)  # what the program holds
    repo = Repository(window, origin="programma")
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == f"eigenkracht: {IN_USE}\n"
    case = repo.find_case("EK-2026-0001")
    assert case is not None and case.id is not None
    (conversation,) = repo.load_case(case.id).conversations
    assert conversation.question == "Eerst"
    window.close()

    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr  # once the window let go, it goes through


def test_two_stores_in_one_process_share_the_lock(db: Path) -> None:
    first = open_database(db, PASSPHRASE)
    second = open_database(db, PASSPHRASE)  # e.g. a test checking what the screen stored
    first.close()
    assert lockfile.held_here(db)
    second.close()
    assert not lockfile.held_here(db)
    assert not lockfile.lock_path(db).exists()


def conversation_id(repo: Repository) -> int:
    case = repo.find_case("EK-2026-0001")
    assert case is not None and case.id is not None
    cid = repo.load_case(case.id).conversations[0].id
    assert cid is not None
    return cid


def test_a_write_takes_the_write_lock_when_it_begins(db: Path) -> None:
    """Deferred, a transaction that has only read yet holds no write lock, so another
    writer slips in between its reading and its writing: a lost update. IMMEDIATE
    takes the lock at BEGIN, so the other writer is told the database is busy."""
    first, second = open_database(db, PASSPHRASE), open_database(db, PASSPHRASE)
    assert second.conn.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
    second.conn.execute("PRAGMA busy_timeout = 50")
    repo2 = Repository(second, origin="test")
    cid = conversation_id(repo2)
    try:
        with first.transaction() as tx:
            (question,) = tx.execute(
                "SELECT question FROM conversations WHERE id = ?", [cid]
            ).fetchone()
            with pytest.raises(DatabaseBusy, match="bezet door een ander programma"):
                repo2.update(Conversation, cid, question="Tussendoor")
            tx.execute(
                "UPDATE conversations SET question = ? WHERE id = ?", [question + " en meer", cid]
            )
        assert repo2.load_case(1).conversations[0].question == "Eerst en meer"
    finally:
        first.close()
        second.close()


def test_a_writer_waits_for_the_other_one(db: Path) -> None:
    """A short write of another connection is waited for (busy_timeout), not an error."""
    holding = threading.Event()
    release = threading.Event()

    def hold() -> None:
        store: Store = open_database(db, PASSPHRASE)
        try:
            with store.transaction() as tx:
                tx.execute("UPDATE cases SET coordinator = 'j.devries'")
                holding.set()
                release.wait(10)
                time.sleep(0.3)
        finally:
            store.close()

    thread = threading.Thread(target=hold)
    thread.start()
    assert holding.wait(10)
    store = open_database(db, PASSPHRASE)
    repo = Repository(store, origin="test")
    try:
        release.set()
        started = time.monotonic()
        repo.update(Conversation, conversation_id(repo), question="Na het wachten")
        assert time.monotonic() - started >= 0.2  # it waited for the other write
    finally:
        thread.join(10)
        store.close()
    assert not thread.is_alive()
