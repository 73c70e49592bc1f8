"""Subcommands: backup and restore (see commands/__init__.py, store/backup.py)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any


def register(sub: Any, with_db: Callable[..., argparse.ArgumentParser]) -> None:
    backup = with_db(
        "backup",
        "maak een reservekopie van de hele database in één versleuteld bestand",
        cmd_backup,
    )
    backup.add_argument(
        "--out", required=True, metavar="BESTAND", help="het bestand voor de reservekopie"
    )
    restore = with_db(
        "restore",
        "zet een reservekopie terug als nieuwe database (--db: waar die moet komen)",
        cmd_restore,
    )
    restore.add_argument("file", metavar="BESTAND", help="de reservekopie")


def when(created_at: str) -> str:
    """'3 december 2026 om 10.23 uur' (local time) for a backup's UTC moment."""
    from eigenkracht.core.text import long_date

    try:
        moment = dt.datetime.fromisoformat(created_at.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return created_at
    return f"{long_date(moment.date())} om {moment:%H.%M} uur"


def cases(count: int) -> str:
    return "1 dossier" if count == 1 else f"{count} dossiers"


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} kB"


def cmd_backup(args: argparse.Namespace) -> int:
    from eigenkracht.cli import _line, _open

    out = Path(args.out)
    repo = _open(args)
    try:
        info = repo.make_backup(out)
    finally:
        repo.store.close()
    print(
        f"Reservekopie gemaakt en gecontroleerd: {_line(str(out))} ({cases(info.cases)}, "
        f"{size_text(info.database_bytes)}). Bewaar hem op een andere plek dan deze computer."
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from eigenkracht.cli import _line, _passphrase
    from eigenkracht.store.backup import read_info, restore_backup

    read_info(Path(args.file))  # a file that is no backup is refused before the passphrase
    restored = restore_backup(Path(args.file), Path(args.db), _passphrase(args))
    print(
        f"Teruggezet en gecontroleerd: {_line(str(restored.path))} "
        f"({cases(restored.info.cases)}, reservekopie van {when(restored.info.created_at)})."
    )
    return 0
