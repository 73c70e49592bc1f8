"""Screens of a progress conversation (issue 11) from the demo data, into docs/screenshots/.

    .venv/bin/python tools/progress_screenshots.py [--out docs/screenshots]

Offscreen, a fresh demo database on a fixed date: Dhr. Kerkhof gets a new progress
conversation in which two domains are scored and the rest is not discussed this time.
Shoots the domain step with the earlier scores (a domain scored now, one left open),
the table with the "Vorige keer" column, and the plan preview with the carried domains.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shots import SIZE, TODAY, demo_store, out_folder, shooter, start_app

CASE = "EK-2026-0003"  # Dhr. Kerkhof: four conversations' worth of scores


def main() -> int:
    out = out_folder(__doc__)

    from PySide6.QtWidgets import QApplication

    from eigenkracht.core.model import Perspective
    from eigenkracht.ui.conversation import Page
    from eigenkracht.ui.main_window import MainWindow
    from eigenkracht.ui.plan.preview import PreviewDialog

    app = start_app()
    shoot = shooter(app, out)
    with tempfile.TemporaryDirectory() as folder:
        store = demo_store(folder)
        window = MainWindow(store, today=TODAY)
        window.resize(*SIZE)
        window.show()

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
