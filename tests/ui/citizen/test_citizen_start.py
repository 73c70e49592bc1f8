"""Starting citizen mode: from the start screen or with --citizen, without a database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt

from eigenkracht.ui.unlock import UnlockDialog

ROOT = Path(__file__).resolve().parents[3]

START = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from eigenkracht.ui import app
    from eigenkracht.ui.citizen import window as citizen

    seen = {}
    original_show = citizen.CitizenWindow.show

    def fake_show(self):
        original_show(self)
        QApplication.processEvents()
        seen["title"] = self.windowTitle()
        seen["visible"] = self.isVisible()
        seen["modules"] = sorted(
            name for name in ("matplotlib", "reportlab", "sqlite_utils", "sqlcipher3", "numpy")
            if name in sys.modules
        )
        seen["draft"] = str(self.draft_path)
        QTimer.singleShot(0, QApplication.instance().quit)

    citizen.CitizenWindow.show = fake_show
    seen["exit"] = app.run(citizen=True)
    print("RESULT " + json.dumps(seen))
    """
)


def test_citizen_mode_starts_without_a_database(tmp_path: Path) -> None:
    environment = dict(os.environ)
    environment.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), environment.get("PYTHONPATH", "")]),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "EIGENKRACHT_LANG": "nl",
        }
    )
    result = subprocess.run(
        [sys.executable, "-c", START],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("RESULT "))
    seen = json.loads(line.removeprefix("RESULT "))
    assert seen["visible"]
    assert seen["exit"] == 0
    assert seen["title"] == "Zelf invullen"
    assert seen["modules"] == []  # no store, no charts, no PDF library
    assert seen["draft"].startswith(str(tmp_path / "data"))
    # nothing was written: no database, no draft before the citizen starts
    written = [p for p in (tmp_path / "data").rglob("*") if p.is_file()]
    assert written == []


def test_start_screen_offers_citizen_mode(qtbot, qsettings, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    QStandardPaths.setTestModeEnabled(True)
    try:
        dialog = UnlockDialog(qsettings, fast_kdf)
        qtbot.addWidget(dialog)
        dialog.show()
        button = dialog.citizen_button
        assert button.isVisible()
        assert button.text() == "&Zelf invullen (voor inwoners)"
        assert button.accessibleName()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.result() == UnlockDialog.CITIZEN
        assert dialog.store is None

        locked = UnlockDialog(qsettings, fast_kdf, path=Path("x.db"), locked=True)
        qtbot.addWidget(locked)
        locked.show()
        assert not locked.citizen_button.isVisible()
    finally:
        QStandardPaths.setTestModeEnabled(False)
