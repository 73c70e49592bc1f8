"""Render the screens from the demo data into docs/screenshots/ (Dutch).

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--lang nl]

Runs offscreen: a fresh demo database in a temporary folder (fixed date, so the
deadlines look the same every time), the real main window at 1280x820, and one
PNG per screen: the case list, a case overview, and every page of the guided
conversation. Look at them after every UI change.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 9)
PASSPHRASE = "schermafbeeldingen maken"
SIZE = (1280, 820)
CASE = "EK-2026-0005"  # Dhr. en mevr. Van Dijk: dementia, partner as mantelzorger


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="nl")
    args = parser.parse_args()
    os.environ["EIGENKRACHT_LANG"] = args.lang
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from eigenkracht.demo import build_demo
    from eigenkracht.store.crypto import KdfParams
    from eigenkracht.store.database import create_database
    from eigenkracht.store.repository import Repository
    from eigenkracht.ui.app import create_application
    from eigenkracht.ui.conversation import Page
    from eigenkracht.ui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    QLocale.setDefault(QLocale("nl_NL" if args.lang == "nl" else "en_GB"))
    suffix = "" if args.lang == "nl" else f"_{args.lang}"
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.db"
        store = create_database(db, PASSPHRASE, worker="s.visser", kdf_params=KdfParams.new(1, 8))
        build_demo(Repository(store, origin="demo"), today=TODAY)
        window = MainWindow(store, today=TODAY)
        window.resize(*SIZE)
        window.show()

        def shoot(name: str) -> None:
            app.processEvents()
            path = args.out / f"{name}{suffix}.png"
            window.grab().save(str(path))
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

        workspace = window.workspace
        assert workspace is not None
        shoot("case_list")
        case = workspace.repo.find_case(CASE)
        assert case is not None and case.id is not None
        workspace.open_case(case.id)
        shoot("case_overview")
        assert workspace.overview is not None
        workspace.overview.resumeConversation.emit(workspace.overview.latest.id)  # type: ignore[union-attr]
        view = workspace.conversation
        assert view is not None
        for page in Page:
            view.goto(page, check=False)
            shoot(f"conversation_{page.name.lower()}")
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
