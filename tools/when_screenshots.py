"""Screens of issue 11 items 4 and 6 (actions): the action editor with its date or
"doorlopend" and the hint for an action without either, the worker's own name in
Instellingen, and the first new-case dialog asking for it; into docs/screenshots/.

    .venv/bin/python tools/when_screenshots.py [--out docs/screenshots]

Offscreen, a fresh demo database on a fixed date, on the OS account "s.visser".
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shots import SIZE, TODAY, demo_store, out_folder, shooter, start_app


def main() -> int:
    out = out_folder(__doc__)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QDialog

    from eigenkracht.core.model import Action, ActorKind
    from eigenkracht.store.repository import Repository
    from eigenkracht.ui.caseload import NewCaseDialog
    from eigenkracht.ui.conversation import Page
    from eigenkracht.ui.main_window import MainWindow
    from eigenkracht.ui.settings import Settings
    from eigenkracht.ui.settings_dialog import SettingsDialog

    app = start_app()
    shoot = shooter(app, out)
    with tempfile.TemporaryDirectory() as folder:
        qsettings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        store = demo_store(folder)
        repo = Repository(store, origin="demo")
        window = MainWindow(store, qsettings, today=TODAY)
        window.resize(*SIZE)
        window.show()

        # The first new case: the dialog asks the worker's own name, once.
        settings = Settings(qsettings)
        dialog = NewCaseDialog(repo, today=TODAY, settings=settings, parent=window)
        dialog.household.setText("Fam. Smit")
        dialog.members.rows[0].name.setText("Piet Smit")
        dialog.coordinator.setText("Sanne Visser")
        dialog.show()
        dialog.coordinator.setFocus()
        shoot(dialog, "new_case_worker_name")
        dialog.done(QDialog.DialogCode.Rejected)

        # Instellingen with the name set.
        settings.worker_name = "Sanne Visser"
        settings_dialog = SettingsDialog(settings, window, login="s.visser")
        settings_dialog.show()
        shoot(settings_dialog, "settings_worker_name")
        settings_dialog.reject()
        window._show_worker()  # as after OK in Instellingen

        # The goals step of Dhr. Kerkhof: an action without a when, one "doorlopend".
        workspace = window.workspace
        assert workspace is not None
        case = workspace.repo.find_case("EK-2026-0003")
        assert case is not None and case.id is not None
        case_file = workspace.repo.load_case(case.id)
        goal = next(
            g
            for g in case_file.goals
            if g.status.value == "open" and any(a.ongoing for a in g.actions)
        )
        assert goal.id is not None
        workspace.repo.add_action(
            Action(
                goal.id, "Vraagt bij de bibliotheek naar een computercursus.", None, ActorKind.SELF
            )
        )
        latest = max(case_file.conversations, key=lambda c: c.date)
        assert latest.id is not None
        workspace.open_case(case.id)
        workspace.resume_conversation(latest.id)
        view = workspace.conversation
        assert view is not None
        view.goto(Page.GOALS, check=False)
        goals = view.page_widget(Page.GOALS)
        goals.select_goal(goal.id)  # type: ignore[attr-defined]
        ongoing = next(a for a in goals.store.goals[goal.id].actions if a.ongoing)  # type: ignore[attr-defined]
        goals.select_action(ongoing.id)  # type: ignore[attr-defined]
        shoot(window, "conversation_goals_when")
        shoot(goals.action_box, "action_editor_when")  # type: ignore[attr-defined]
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
