"""Print what a screen reader gets from the citizen window: its AT-SPI tree and events.

    xvfb-run -a dbus-launch --exit-with-session /usr/bin/python3 tools/citizen_atspi.py \
        [--screen domain|wellbeing|helpers|name] [--venv .venv]

Needs the system's python3 with pyatspi (Debian: apt install python3-pyatspi at-spi2-core
xvfb dbus-x11); the window itself runs with the project's venv in a child process, with
Qt's accessibility switched on. The tree is printed for what is showing (role, name,
description, focused, checked, a heading's level); then, for --screen helpers,
"Toevoegen" is pressed with an empty name and the announcement events are printed
("Vul eerst een naam in."). The in-process check is
tests/ui/citizen/test_citizen_accessibility.py; this shows the same through the real
bridge, as Orca gets it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP = """
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from eigenkracht.ui.citizen import CitizenWindow
from eigenkracht.ui.citizen.pages import DomainPage, HelpersPage, NamePage, WellbeingPage
kinds = {"domain": DomainPage, "helpers": HelpersPage, "name": NamePage,
         "wellbeing": WellbeingPage}
window = CitizenWindow(draft_path=Path(tempfile.mkdtemp()) / "concept.json", find_speech=False)
window.show()
window.start()
window.goto(next(i for i, p in enumerate(window.pages) if isinstance(p, kinds[sys.argv[1]])))
if sys.argv[1] == "helpers":
    QTimer.singleShot(int(sys.argv[2]) * 1000, window.page.add)
QTimer.singleShot(int(sys.argv[3]) * 1000, app.quit)
app.exec()
"""

SHOWN = ("radio button", "check box", "push button", "heading", "panel", "label", "text")


def dump(pyatspi, node, depth: int = 0) -> None:  # type: ignore[no-untyped-def]
    state = node.getState()
    if not state.contains(pyatspi.STATE_SHOWING):
        return
    role = node.getRoleName()
    if role in SHOWN or depth < 3:
        marks = [
            word
            for word, flag in (
                ("FOCUSED", pyatspi.STATE_FOCUSED),
                ("checked", pyatspi.STATE_CHECKED),
            )
            if state.contains(flag)
        ]
        description = f" — {node.description!r}" if node.description else ""
        attributes = node.getAttributes() if role == "heading" else []
        marks += [a for a in attributes if a.startswith("level:")]
        print("  " * depth + f"{role}: {node.name!r}{description} {' '.join(marks)}".rstrip())
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            dump(pyatspi, child, depth + 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--screen", default="domain", choices=("domain", "wellbeing", "helpers", "name")
    )
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv")
    args = parser.parse_args()
    import pyatspi  # the system's python3-pyatspi

    environment = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    time.sleep(1)
    app = subprocess.Popen(
        [str(args.venv / "bin" / "python"), "-c", APP, args.screen, "6", "12"],
        env=environment,
        cwd=ROOT,
    )
    try:
        time.sleep(4)
        desktop = pyatspi.Registry.getDesktop(0)
        for application in desktop:
            if application is not None:
                dump(pyatspi, application)
        if args.screen == "helpers":

            def heard(event) -> None:  # type: ignore[no-untyped-def]
                print(f"EVENT {event.type}: {event.any_data!r}", flush=True)

            pyatspi.Registry.registerEventListener(heard, "object:announcement")
            threading.Timer(5, pyatspi.Registry.stop).start()
            pyatspi.Registry.start()
    finally:
        app.wait(timeout=20)
        bus.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
