"""Files that leave the program (eigenkracht.privatefiles): readable by the user only,
whole or not at all, and nothing left behind by a run that was killed half-way:
neither a temporary PDF nor the folder of a crashed demo."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from eigenkracht import privatefiles
from eigenkracht.core.model import Case, Member
from eigenkracht.store.database import create_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("EIGENKRACHT_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The usual umask 022: a file is private only if the program asks for it."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def journal(data_dir: Path) -> list[str]:
    folder = data_dir / privatefiles.PENDING_FOLDER
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "PYTHONPATH": os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")]),
            "EIGENKRACHT_DATA_DIR": str(tmp_path / "data"),
            "EIGENKRACHT_PASSPHRASE": PASSPHRASE,
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
            "TMPDIR": str(tmp_path),
            "QT_QPA_PLATFORM": "offscreen",
        }
    )
    env.update(extra)
    return env


# -- writing ---------------------------------------------------------------------------


@posix_only
def test_a_new_file_is_for_the_user_only(tmp_path: Path, open_umask: None, data_dir: Path) -> None:
    target = tmp_path / "uit" / "plan.pdf"
    target.parent.mkdir()
    privatefiles.write_private(target, b"%PDF-1.4 Henk Bakker")
    assert target.read_bytes() == b"%PDF-1.4 Henk Bakker"
    assert mode(target) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["plan.pdf"]
    assert journal(data_dir) == []


@posix_only
def test_replacing_a_shared_file_makes_it_private(tmp_path: Path, open_umask: None) -> None:
    target = tmp_path / "export.json"
    target.write_text("oud")
    os.chmod(target, 0o644)
    privatefiles.write_private(target, b"{}")
    assert target.read_bytes() == b"{}"
    assert mode(target) == 0o600


@posix_only
def test_without_o_tmpfile_the_named_file_is_private_too(
    tmp_path: Path, open_umask: None, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.setattr(privatefiles, "_write_anonymous", lambda *args: False)
    seen: list[tuple[str, int]] = []
    real_replace = os.replace

    def replace(src: str, dst: str) -> None:
        seen.append((Path(src).name, mode(Path(src))))
        real_replace(src, dst)

    monkeypatch.setattr(privatefiles.os, "replace", replace)
    target = tmp_path / "zelf.json"
    privatefiles.write_private(target, b"{}")
    [(name, tmp_mode)] = seen
    assert name.startswith(".zelf.json.") and name.endswith(".tmp")
    assert tmp_mode == 0o600
    assert mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["zelf.json"]
    assert journal(data_dir) == []


@pytest.mark.skipif(not hasattr(os, "O_TMPFILE"), reason="Linux O_TMPFILE")
def test_on_linux_nothing_has_a_name_while_it_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    listed: list[list[str]] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        listed.append(sorted(p.name for p in folder.iterdir()))
        real_fsync(fd)

    monkeypatch.setattr(privatefiles.os, "fsync", fsync)
    privatefiles.write_private(folder / "plan.pdf", b"%PDF")
    assert listed == [[]]  # the data was complete before the file had any name
    assert (folder / "plan.pdf").read_bytes() == b"%PDF"


@pytest.mark.parametrize("anonymous", [True, False])
def test_a_failed_write_leaves_nothing_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path, anonymous: bool
) -> None:
    if not anonymous:
        monkeypatch.setattr(privatefiles, "_write_anonymous", lambda *args: False)
    target = tmp_path / "uit" / "plan.pdf"
    target.parent.mkdir()
    target.write_bytes(b"het vorige plan")

    def full(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(privatefiles.os, "replace", full)
    with pytest.raises(OSError, match="No space") as raised:
        privatefiles.write_private(target, b"%PDF nieuw")
    assert raised.value.errno == errno.ENOSPC
    assert [p.name for p in target.parent.iterdir()] == ["plan.pdf"]
    assert target.read_bytes() == b"het vorige plan"
    assert journal(data_dir) == []


def test_a_missing_folder_is_an_oserror(tmp_path: Path, data_dir: Path) -> None:
    with pytest.raises(FileNotFoundError):
        privatefiles.write_private(tmp_path / "bestaat-niet" / "plan.pdf", b"%PDF")
    assert journal(data_dir) == []


def test_without_a_journal_the_file_is_still_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "data-is-a-file"
    blocked.write_text("")
    monkeypatch.setenv("EIGENKRACHT_DATA_DIR", str(blocked))
    privatefiles.write_private(tmp_path / "plan.pdf", b"%PDF")
    assert (tmp_path / "plan.pdf").read_bytes() == b"%PDF"


# -- the next start ----------------------------------------------------------------------

# The real `eigenkracht report`, killed (SIGKILL) at the worst moment: the PDF is
# complete under its temporary name, just before it is renamed into place.
KILLED_REPORT = textwrap.dedent(
    """
    import os, runpy, signal

    real_replace = os.replace

    def replace(src, dst, **kwargs):
        if str(src).endswith(".tmp") and str(dst).endswith(".pdf"):
            os.kill(os.getpid(), signal.SIGKILL)
        return real_replace(src, dst, **kwargs)

    os.replace = replace
    runpy.run_module("eigenkracht", run_name="__main__", alter_sys=True)
    """
)


@pytest.fixture
def case_db(tmp_path: Path) -> Path:
    path = tmp_path / "wijkteam.db"
    store = create_database(path, PASSPHRASE, kdf_params=cheap_kdf())
    Repository(store).create_case(
        Case(reference="EK-2026-0001", household_name="Fam. Bakker"),
        [Member(case_id=0, name="Henk Bakker")],
    )
    store.close()
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_report_leaves_no_temporary_pdf_after_the_next_start(
    tmp_path: Path, case_db: Path, data_dir: Path
) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    env = environment(tmp_path)
    report = [
        "report",
        *("--db", str(case_db), "--case", "EK-2026-0001", "--out", str(out / "plan.pdf")),
    ]
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_REPORT, *report],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    [left] = list(out.iterdir())  # what the issue found: a complete plaintext PDF
    assert left.name.startswith(".plan.pdf.") and left.name.endswith(".tmp")
    assert left.read_bytes().startswith(b"%PDF")
    assert mode(left) == 0o600
    assert len(journal(data_dir)) == 1

    following = subprocess.run(
        [sys.executable, "-m", "eigenkracht", "cases", "--db", str(case_db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert following.returncode == 0, following.stderr
    assert list(out.iterdir()) == []
    assert journal(data_dir) == []


def test_a_file_being_written_now_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    """Another window or command starting while this one writes removes nothing of it."""
    real_replace = os.replace
    during: list[tuple[list[Path], bool]] = []

    def replace(src: str, dst: str) -> None:
        removed = privatefiles.clean_leftovers()
        during.append((removed, Path(src).exists()))
        real_replace(src, dst)

    monkeypatch.setattr(privatefiles.os, "replace", replace)
    privatefiles.write_private(tmp_path / "plan.pdf", b"%PDF")
    assert during == [([], True)]
    assert (tmp_path / "plan.pdf").read_bytes() == b"%PDF"


def test_a_journal_entry_removes_only_our_own_temporary_file(
    tmp_path: Path, data_dir: Path
) -> None:
    pending = data_dir / privatefiles.PENDING_FOLDER
    pending.mkdir(parents=True)
    precious = tmp_path / "belangrijk.txt"
    precious.write_text("niet weggooien")
    (pending / f"aaaa{privatefiles.PENDING_SUFFIX}").write_bytes(os.fsencode(str(precious)))
    ours = privatefiles.temporary_name(tmp_path / "plan.pdf", "bbbb")
    ours.write_bytes(b"%PDF")
    (pending / f"bbbb{privatefiles.PENDING_SUFFIX}").write_bytes(os.fsencode(str(ours)))
    other_token = privatefiles.temporary_name(tmp_path / "plan.pdf", "cccc")
    other_token.write_bytes(b"%PDF")
    (pending / f"dddd{privatefiles.PENDING_SUFFIX}").write_bytes(os.fsencode(str(other_token)))

    assert privatefiles.clean_leftovers() == [ours]
    assert precious.read_text() == "niet weggooien"
    assert not ours.exists()
    assert other_token.exists()  # named by an entry with another token: not ours to judge
    assert journal(data_dir) == []


def test_a_fresh_empty_journal_entry_is_left_for_its_writer(data_dir: Path) -> None:
    pending = data_dir / privatefiles.PENDING_FOLDER
    pending.mkdir(parents=True)
    fresh = pending / f"eeee{privatefiles.PENDING_SUFFIX}"
    fresh.write_bytes(b"")
    old = pending / f"ffff{privatefiles.PENDING_SUFFIX}"
    old.write_bytes(b"")
    long_ago = time.time() - 2 * privatefiles.GRACE_SECONDS
    os.utime(old, (long_ago, long_ago))
    privatefiles.clean_leftovers()
    assert journal(data_dir) == [fresh.name]


# -- demo folders ---------------------------------------------------------------------------


def demo_folders(tmp_path: Path) -> set[Path]:
    return {p for p in tmp_path.glob(f"{privatefiles.DEMO_PREFIX}*") if p.is_dir()}


def start_demo(tmp_path: Path) -> tuple[subprocess.Popen[bytes], Path]:
    """The real `eigenkracht --demo` (offscreen), once its demo database is there."""
    before = demo_folders(tmp_path)
    errors = tmp_path / f"demo-{len(before)}.err"
    with errors.open("wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", "eigenkracht", "--demo"],
            env=environment(tmp_path),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        new = demo_folders(tmp_path) - before
        if new and (next(iter(new)) / "demo.db").exists():
            return child, next(iter(new))
        assert child.poll() is None, errors.read_text()
        time.sleep(0.05)
    child.kill()
    child.wait()
    raise AssertionError("the demo did not start")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_crashed_demo_folder_goes_at_the_next_start_a_running_one_stays(
    tmp_path: Path,
) -> None:
    running, running_folder = start_demo(tmp_path)
    try:
        crashed, crashed_folder = start_demo(tmp_path)
        crashed.kill()
        crashed.wait(60)
        assert crashed_folder.exists()  # what the issue found

        following = subprocess.run(
            [sys.executable, "-m", "eigenkracht", "--version"],
            env=environment(tmp_path),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert following.returncode == 0, following.stderr
        assert not crashed_folder.exists()
        assert running_folder.exists()
        assert (running_folder / "demo.db").exists()
        assert running.poll() is None
    finally:
        running.kill()
        running.wait(60)


def test_demo_folders_of_live_processes_and_of_others_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    live = privatefiles.DemoFolder()
    assert mode(live.path) == 0o700 or sys.platform == "win32"
    released = privatefiles.DemoFolder()
    released.release()  # as if its process had died
    starting = tmp_path / f"{privatefiles.DEMO_PREFIX}starting"
    starting.mkdir()  # made this instant, its lock not yet there
    similar = tmp_path / f"{privatefiles.DEMO_PREFIX}but-a-file"
    similar.write_text("")
    try:
        removed = privatefiles.clean_leftovers()
        assert removed == [released.path]
        assert live.path.exists() and starting.exists() and similar.exists()
    finally:
        live.remove()
    assert not live.path.exists()


# -- what citizen mode writes ------------------------------------------------------------


@posix_only
def test_what_a_citizen_saves_is_for_the_user_only(
    qapp: object, tmp_path: Path, open_umask: None
) -> None:
    import datetime as dt

    from eigenkracht.core.instruments import bundled_instruments
    from eigenkracht.exchange import selfassessment as sa
    from eigenkracht.ui.citizen.draft import Draft, save_draft
    from eigenkracht.ui.citizen.paper import write_pdf

    instrument = next(i for i in bundled_instruments() if i.id == "leefgebieden")
    content = sa.SelfAssessment(
        instrument_id=instrument.id, instrument_version=instrument.version, name="Zoë"
    )
    sa.write_file(tmp_path / "zelf.json", content)
    save_draft(tmp_path / "concept" / "concept.json", Draft(content))
    write_pdf(tmp_path / "zelf.pdf", content, instrument, today=dt.date(2026, 11, 20))
    written = [tmp_path / "zelf.json", tmp_path / "concept" / "concept.json", tmp_path / "zelf.pdf"]
    assert [mode(path) for path in written] == [0o600, 0o600, 0o600]
    assert (tmp_path / "zelf.pdf").read_bytes().startswith(b"%PDF")
    assert mode(tmp_path / "concept") == 0o700
    leftovers = [p.name for p in tmp_path.rglob("*.tmp")]
    assert leftovers == []
