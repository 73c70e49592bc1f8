"""What the screenshot tools share: the fixed demo day, the output folder, a Dutch
application offscreen, a fresh demo database and the function that saves a grab.

    from shots import ROOT, SIZE, TODAY, demo_store, out_folder, shooter, start_app
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 9)
PASSPHRASE = "schermafbeeldingen maken"
SIZE = (1280, 820)


def out_folder(description: str | None) -> Path:
    """The --out folder from the command line (docs/screenshots), made if needed."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    return out


def start_app() -> Any:
    """The program's application, Dutch whatever this machine's language."""
    import sys

    from PySide6.QtCore import QLocale

    from eigenkracht.ui.app import create_application

    app = create_application([sys.argv[0]])
    QLocale.setDefault(QLocale("nl_NL"))
    return app


def demo_store(folder: str | Path, today: dt.date = TODAY) -> Any:
    """A fresh encrypted demo database in `folder` (cheap key derivation)."""
    from eigenkracht.demo import build_demo
    from eigenkracht.store.crypto import KdfParams
    from eigenkracht.store.database import create_database
    from eigenkracht.store.repository import Repository

    db = Path(folder) / "demo.db"
    store = create_database(db, PASSPHRASE, worker="s.visser", kdf_params=KdfParams.new(1, 8))
    build_demo(Repository(store, origin="demo"), today=today)
    return store


def shooter(app: Any, out: Path) -> Callable[[Any, str], None]:
    """shoot(widget, name): events processed, the widget's grab saved as out/name.png."""

    def shoot(widget: Any, name: str) -> None:
        app.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    return shoot
