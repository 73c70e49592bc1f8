"""Screens of the plan that is always current and of signing (issue 11), into
docs/screenshots/.

    .venv/bin/python tools/plan_screenshots.py [--out docs/screenshots]

Offscreen, a fresh demo database on a fixed date: Fam. Bakker signed version 1 and had
a conversation since. Shoots the plan step of that conversation (the banner: version 2
as a concept, version 1 chosen by number under "Welke versie"), then Dhr. Kerkhof's
plan step before signing and its sign dialog half filled in (nothing preselected, the
hint saying what is still missing).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shots import SIZE, TODAY, demo_store, out_folder, shooter, start_app


def main() -> int:
    out = out_folder(__doc__)

    from PySide6.QtWidgets import QApplication

    from eigenkracht.core.model import Agreement
    from eigenkracht.ui.conversation import Page
    from eigenkracht.ui.main_window import MainWindow

    app = start_app()
    shoot = shooter(app, out)
    with tempfile.TemporaryDirectory() as folder:
        store = demo_store(folder)
        window = MainWindow(store, today=TODAY)
        window.resize(*SIZE)
        window.show()

        workspace = window.workspace
        assert workspace is not None

        def plan_step(reference: str) -> object:
            case = workspace.repo.find_case(reference)
            assert case is not None and case.id is not None
            latest = max(workspace.repo.load_case(case.id).conversations, key=lambda c: c.date)
            assert latest.id is not None
            workspace.open_case(case.id)
            workspace.resume_conversation(latest.id)
            view = workspace.conversation
            assert view is not None
            view.goto(Page.PLAN, check=False)
            return view.page_widget(Page.PLAN)

        bakker = plan_step("EK-2026-0002")
        choice = bakker.version_choice  # type: ignore[attr-defined]
        choice.showPopup()
        shoot(window, "plan_version_banner")
        choice.hidePopup()

        kerkhof = plan_step("EK-2026-0003")
        kerkhof.sign()  # type: ignore[attr-defined]
        dialog = kerkhof.sign_dialog  # type: ignore[attr-defined]
        dialog.resize(980, 520)
        first = dialog.rows[0].agreement
        first.setCurrentIndex(first.findData(Agreement.WITH_REMARKS))
        dialog.rows[0].remarks.setText("Ik wil eerst zelf met de woningbouw bellen.")
        shoot(dialog, "plan_sign_dialog")
        dialog.reject()
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
