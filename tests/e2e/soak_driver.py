"""A working day at the table, in one process: the real main window on the demo database.

    python soak_driver.py DB PASSPHRASE [--changes 2000] [--seed 9]

Opens the household of Dhr. Kerkhof, resumes its latest conversation and then, for
`--changes` step changes, clicks what a worker clicks: the steps on the left, Vorige and
Volgende, Alt+Left/Alt+Right; every visit edits its step (typing, choices, a person on the
network, a goal, a plan check). Every 50 changes it alternates Doelen and Plan many times
(the sequence that aborted the process on PySide6 6.12.0); every 150 changes it switches
kitchen-table mode off and on; every 400 it locks and unlocks with the passphrase typed into
the unlock dialog. Then Afsluiten from the menu, and the exit code is that of `app.exec()`.

Prints one JSON object per line: {"sample": ...} every 100 changes (memory, reference counts
of the singletons, live Python objects, Qt widgets), and {"done": ...} with the totals before
quitting. Used by tests/e2e/test_soak.py and benchmarks/soak.py.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from eigenkracht.core.model import Perspective
from eigenkracht.store.database import open_database
from eigenkracht.ui.app import create_application
from eigenkracht.ui.conversation import Page
from eigenkracht.ui.main_window import MainWindow

HOUSEHOLD = "Dhr. Kerkhof"
LEFT = Qt.MouseButton.LeftButton


def rss_mb() -> float:
    """Resident memory now (Linux), else the peak so far."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def settle(app: QApplication) -> None:
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deleteLater() as the loop does
    app.processEvents()


def type_into(widget: QWidget, text: str) -> None:
    """One key event per character (qtbot.keyClicks kills the process on é, ĳ, €)."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, LEFT)


def click_box(box: QWidget) -> None:
    """A QCheckBox clicked on its box, not on the empty space right of its text."""
    QTest.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


class Soak:
    def __init__(self, app: QApplication, window: MainWindow, passphrase: str, seed: int) -> None:
        self.app = app
        self.window = window
        self.passphrase = passphrase
        self.random = random.Random(seed)
        self.changes = 0
        self.visits: dict[str, int] = {page.name: 0 for page in Page}
        self.edits = 0
        self.locks = 0
        self.kitchen_toggles = 0
        self.refused = 0
        self.samples: list[dict[str, Any]] = []
        self.case_id = 0
        self.last_wellbeing: int | None = None

    # -- where we are -------------------------------------------------------

    @property
    def view(self) -> Any:
        workspace = self.window.workspace
        assert workspace is not None and workspace.conversation is not None
        return workspace.conversation

    def open_household(self) -> None:
        workspace = self.window.workspace
        assert workspace is not None
        cases = [c for c in workspace.repo.list_cases() if c.household_name == HOUSEHOLD]
        assert cases and cases[0].id is not None, HOUSEHOLD
        self.case_id = cases[0].id
        workspace.open_case(self.case_id)
        settle(self.app)
        assert workspace.overview is not None
        click(workspace.overview.resume_button)
        settle(self.app)
        assert workspace.conversation is not None

    # -- moving -------------------------------------------------------------

    def move_to(self, target: Page) -> bool:
        """Go to `target` the way a worker would; True when the page changed."""
        view = self.view
        before = view.current_page()
        if target == before:
            return False
        how = self.random.random()
        if abs(int(target) - int(before)) == 1 and how < 0.5:
            forward = target > before
            if how < 0.25:
                click(view.next_button if forward else view.previous_button)
            else:
                key = Qt.Key.Key_Right if forward else Qt.Key.Key_Left
                QTest.keyClick(view, key, Qt.KeyboardModifier.AltModifier)
        else:
            steps = view.steps
            rect = steps.visualItemRect(steps.item(int(target)))
            QTest.mouseClick(steps.viewport(), LEFT, pos=rect.center())
        settle(self.app)
        now = view.current_page()
        if now == before:
            self.refused += 1
            view.goto(target, check=False)  # a refusal is not what this soak measures
            settle(self.app)
            now = view.current_page()
        if now != before:
            self.changes += 1
            self.visits[now.name] += 1
            self.edit(now)
            if self.changes % 100 == 0:
                self.sample()
            return True
        return False

    # -- editing ------------------------------------------------------------

    def edit(self, page: Page) -> None:
        view = self.view
        widget = view.page_widget(page)
        n = self.visits[page.name]
        if page is Page.START:
            if n % 20 == 0:
                widget.place_edit.clear()
            type_into(widget.place_edit, "ë" if n % 2 else "a")
        elif page is Page.QUESTION:
            value = n % 11
            click(widget.wellbeing.buttons[value])
            self.last_wellbeing = value
            if n % 5 == 0:
                type_into(widget.what_matters, " €")
        elif page is Page.DOMAINS:
            form = widget.form
            widget.domain_list.setCurrentRow(n % widget.domain_list.count())
            settle(self.app)
            if form.chosen_panel.isVisible():
                radios = form.choosers[Perspective.PROFESSIONAL].radios
                click(radios[sorted(radios)[n % len(radios)]])
        elif page is Page.NETWORK:
            if widget.book.current is None or n % 25 == 0:
                click(widget.add_button)
                settle(self.app)
                type_into(widget.form.name, f"Buur {n}")
            else:
                click_box(widget.form.may_contact)
        elif page is Page.GOALS:
            if widget.goal_id is None or n % 30 == 0:
                type_into(widget.new_goal, f"Doel {n}: de post op orde")
                QTest.keyClick(widget.new_goal, Qt.Key.Key_Return)
            else:
                type_into(widget.measure, "." if n % 2 else "ĳ")
        elif page is Page.PLAN:
            click_box(widget.checks["informed_clientondersteuning"])
        else:  # SUMMARY is read, not edited
            return
        self.edits += 1
        settle(self.app)

    # -- the rest of the day ------------------------------------------------

    def toggle_kitchen_table(self) -> None:
        """Off (the conversation closes, as it does for a worker), back to the household,
        on again, and resume the conversation."""
        window = self.window
        window.kitchen_action.trigger()  # off: back to the overview
        settle(self.app)
        workspace = window.workspace
        assert workspace is not None and not workspace.kitchen_table
        workspace.show_cases()
        settle(self.app)
        workspace.open_case(self.case_id)
        settle(self.app)
        window.kitchen_action.trigger()  # on
        settle(self.app)
        assert workspace.kitchen_table
        assert workspace.overview is not None
        click(workspace.overview.resume_button)
        settle(self.app)
        self.kitchen_toggles += 2

    def lock_and_unlock(self) -> None:
        window = self.window
        page = self.view.current_page()
        window.lock_action.trigger()
        settle(self.app)
        assert window.is_locked
        dialog = window.unlock_dialog
        assert dialog is not None
        type_into(dialog.open_passphrase, self.passphrase)
        click(dialog.open_button)
        deadline = time.monotonic() + 30
        while window.is_locked and time.monotonic() < deadline:
            settle(self.app)
        assert not window.is_locked, "unlocking failed"
        settle(self.app)
        assert self.view.current_page() == page, "unlocking returns to the same step"
        self.locks += 1

    def sample(self) -> None:
        gc.collect()
        sample = {
            "changes": self.changes,
            "rss_mb": round(rss_mb(), 1),
            "refs_true": sys.getrefcount(True),
            "refs_false": sys.getrefcount(False),
            "refs_none": sys.getrefcount(None),
            "objects": len(gc.get_objects()),
            "widgets": len(QApplication.allWidgets()),
            "seconds": round(time.monotonic() - self.started, 1),
        }
        self.samples.append(sample)
        print(json.dumps({"sample": sample}), flush=True)

    def run(self, total: int) -> None:
        self.started = time.monotonic()
        self.open_household()
        self.sample()
        pages = list(Page)
        while self.changes < total:
            before = self.changes
            if self.changes % 50 == 0:
                for _ in range(12):  # Doelen, Plan, Doelen, Plan, ...
                    current = self.view.current_page()
                    self.move_to(Page.PLAN if current is Page.GOALS else Page.GOALS)
            else:
                current = self.view.current_page()
                roll = self.random.random()
                if roll < 0.45 and current < max(Page):
                    target = Page(current + 1)
                elif roll < 0.6 and current > min(Page):
                    target = Page(current - 1)
                else:
                    target = self.random.choice([p for p in pages if p != current])
                self.move_to(target)
            if self.changes // 150 > before // 150:
                self.toggle_kitchen_table()
            if self.changes // 400 > before // 400:
                self.lock_and_unlock()
        self.view.flush()
        done = {
            "changes": self.changes,
            "visits": self.visits,
            "edits": self.edits,
            "locks": self.locks,
            "kitchen_toggles": self.kitchen_toggles,
            "refused": self.refused,
            "case_id": self.case_id,
            "conversation_id": self.view.conversation_id,
            "wellbeing": self.last_wellbeing,
            "seconds": round(time.monotonic() - self.started, 1),
        }
        print(json.dumps({"done": done}), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("passphrase")
    parser.add_argument("--changes", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()

    app = create_application([sys.argv[0]])
    window = MainWindow(open_database(args.db, args.passphrase, worker="soak"))
    window.resize(1366, 768)
    window.show()
    settle(app)
    soak = Soak(app, window, args.passphrase, args.seed)

    def day() -> None:
        try:
            soak.run(args.changes)
        except BaseException:  # noqa: BLE001 - a failed step ends the day; the test shows why
            import traceback

            traceback.print_exc()
            os._exit(3)
        window.quit_action.trigger()  # Bestand > Afsluiten

    QTimer.singleShot(0, day)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
