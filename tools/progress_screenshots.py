"""Screens of a progress conversation (issue 11) from the demo data, into docs/screenshots/.

    .venv/bin/python tools/progress_screenshots.py [--out docs/screenshots]

Offscreen, a fresh demo database on a fixed date: Dhr. Kerkhof gets a new progress
conversation in which two domains are scored and the rest is not discussed this time.
Shoots the domain step with the earlier scores (a domain scored now, one left open),
the table with the "Vorige keer" column, and the plan preview with the carried domains.
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
CASE = "EK-2026-0003"  # Dhr. Kerkhof: four conversations' worth of scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from eigenkracht.core.model import Perspective
    from eigenkracht.demo import build_demo
    from eigenkracht.store.crypto import KdfParams
    from eigenkracht.store.database import create_database
    from eigenkracht.store.repository import Repository
    from eigenkracht.ui.app import create_application
    from eigenkracht.ui.conversation import Page
    from eigenkracht.ui.main_window import MainWindow
    from eigenkracht.ui.plan.preview import PreviewDialog

    app = create_application([sys.argv[0]])
    QLocale.setDefault(QLocale("nl_NL"))
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.db"
        store = create_database(db, PASSPHRASE, worker="s.visser", kdf_params=KdfParams.new(1, 8))
        build_demo(Repository(store, origin="demo"), today=TODAY)
        window = MainWindow(store, today=TODAY)
        window.resize(*SIZE)
        window.show()

        def shoot(widget: object, name: str) -> None:
            app.processEvents()
            path = args.out / f"{name}.png"
            widget.grab().save(str(path))  # type: ignore[attr-defined]
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

        workspace = window.workspace
        assert workspace is not None
        case = workspace.repo.find_case(CASE)
        assert case is not None and case.id is not None
        workspace.open_case(case.id)
        workspace.start_conversation(case.id)
        view = workspace.conversation
        assert view is not None
        view.goto(Page.DOMAINS, check=False)
        page = view.page_widget(Page.DOMAINS)
        book = page.book
        for key, citizen, professional in (("financien", 3, 2), ("werk-opleiding", 3, 3)):
            page.select_domain(key)
            book.set_level(Perspective.CITIZEN, key, citizen)
            book.set_level(Perspective.PROFESSIONAL, key, professional)
        rest = [d.key for d in book.domains if d.key not in ("financien", "werk-opleiding")]
        book.set_reason(rest, "Komt in een volgend gesprek aan bod")
        page.select_domain("financien")
        shoot(window, "conversation_domains_progress")
        page.select_domain("tijdsbesteding")
        shoot(window, "conversation_domains_progress_carried")
        page.set_mode(1)
        shoot(window, "conversation_domains_progress_table")
        page.set_mode(0)

        view.goto(Page.PLAN, check=False)
        plan = view.page_widget(Page.PLAN)
        plan.preview_button.click()
        deadline = dt.datetime.now() + dt.timedelta(seconds=60)
        while plan.preview_dialog is None and dt.datetime.now() < deadline:
            app.processEvents()
        dialog = plan.preview_dialog
        assert isinstance(dialog, PreviewDialog)
        dialog.resize(900, 1000)
        browser = dialog.browser
        anchor = browser.document().find("Hoe gaat het op de leefgebieden?")
        browser.setTextCursor(anchor)
        app.processEvents()
        bar = browser.verticalScrollBar()
        bar.setValue(bar.value() + browser.cursorRect().top() - 8)
        shoot(dialog, "plan_preview_progress")
        dialog.close()
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
