"""Shared test helpers (importable because pyproject sets pythonpath = tests)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from eigenkracht.store.crypto import KdfParams

PASSPHRASE = "correct paard batterij"
TODAY = dt.date(2026, 11, 9)  # a Monday: the day the demo and the screens are looked at from


def cheap_kdf() -> KdfParams:
    """Real Argon2id, with tiny cost so the suite stays fast."""
    return KdfParams.new(time_cost=1, memory_cost_kib=8)


def fire(timer: Any) -> None:
    """Let a pending QTimer run out now: what waiting its interval would do, without the
    wait. Fails when the timer is not pending (then waiting would not have stored either)."""
    assert timer.isActive(), "no pending timer"
    if timer.isSingleShot():
        timer.stop()  # as when it runs out by itself
    timer.timeout.emit()


def file_hashes(folder: Path) -> dict[str, str]:
    """Every file in the folder with its SHA-256: compare before and after to prove that
    nothing was written, added or left behind."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }
