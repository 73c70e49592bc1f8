"""Autosave survives SIGKILL: the real program in a subprocess types into a
conversation and is killed mid-sentence; everything typed up to a second before
the kill is in the database."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eigenkracht.demo import build_demo
from eigenkracht.store.database import create_database, open_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, cheap_kdf

DRIVER = Path(__file__).with_name("autosave_driver.py")
TEXT = (
    "Sinds mijn vrouw is overleden lukt het me niet meer om de post bij te houden. "
    "Ik wil graag weten wat ik zelf kan doen en wie mij daarbij kan helpen, ook met de €."
)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_everything_typed_a_second_before_sigkill_is_stored(tmp_path: Path) -> None:
    db = tmp_path / "kill.db"
    store = create_database(db, PASSPHRASE, kdf_params=cheap_kdf())
    build_demo(Repository(store, origin="demo"), today=dt.date(2026, 11, 9))
    store.close()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    progress: list[tuple[float, int]] = []  # (when the line arrived, characters typed)
    conversation_id = None
    deadline = time.monotonic() + 60
    with subprocess.Popen(
        [sys.executable, str(DRIVER), str(db), PASSPHRASE, "EK-2026-0001", TEXT],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    ) as process:
        assert process.stdout is not None
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            now = time.monotonic()
            if line.startswith("conversation "):
                conversation_id = int(line.split()[1])
            elif line.startswith("typed "):
                progress.append((now, int(line.split()[1])))
                # Kill mid-sentence, once well over a second of typing has passed.
                if progress[-1][1] >= len(TEXT) * 2 // 3:
                    break
        killed_at = time.monotonic()
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    assert conversation_id is not None
    safe = max(n for when, n in progress if when <= killed_at - 1.0)
    assert safe >= 20  # the test really typed for more than a second first

    store = open_database(db, PASSPHRASE)
    repo = Repository(store)
    case = repo.find_case("EK-2026-0001")
    assert case is not None and case.id is not None
    saved = next(c for c in repo.load_case(case.id).conversations if c.id == conversation_id)
    store.close()
    assert saved.wellbeing == 6
    assert TEXT.startswith(saved.question)
    assert len(saved.question) >= safe, (len(saved.question), safe)
