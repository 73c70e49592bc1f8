"""Starting the program: first window, imports, fonts, translations, logging, crashes.

The tests that start the program run it in a subprocess, so that sys.modules,
the application font and the installed translators are those of a real start.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType

from eigenkracht.ui import app as app_module
from eigenkracht.ui.app import (
    choose_language,
    crash_report,
    excepthook,
    load_bundled_fonts,
    qt_message_handler,
)

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"

# Runs the real eigenkracht.ui.app.run(); UnlockDialog.exec is replaced by a
# function that shows the dialog, records what a test wants to know, and cancels.
FIRST_WINDOW = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication
    from eigenkracht.ui import unlock
    from eigenkracht.ui.app import run

    seen = {}

    def fake_exec(self):
        self.show()
        QApplication.processEvents()
        seen["visible"] = self.isVisible()
        seen["modules"] = sorted(
            name for name in ("matplotlib", "reportlab", "sqlite_utils", "numpy")
            if name in sys.modules
        )
        seen["open_button"] = self.open_button.text()
        seen["qt_cancel"] = QCoreApplication.translate("QPlatformTheme", "Cancel")
        font = QApplication.font()
        seen["font"] = font.family()
        seen["draws_dutch"] = all(QFontMetrics(font).inFontUcs4(ord(c)) for c in "aĳ€ë")
        seen["app"] = [QApplication.applicationName(), QApplication.organizationName()]
        self.grab().save(sys.argv[1])
        return 0

    unlock.UnlockDialog.exec = fake_exec
    seen["exit"] = run()
    print("RESULT " + json.dumps(seen))
    """
)


def start_first_window(tmp_path: Path, **env: str) -> dict:
    environment = dict(os.environ)
    environment.pop("EIGENKRACHT_LANG", None)
    environment.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": os.pathsep.join([str(SRC), environment.get("PYTHONPATH", "")]),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
        }
    )
    environment.update(env)
    grab = tmp_path / "first_window.png"
    result = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW, str(grab)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, result.stdout + result.stderr
    seen = json.loads(lines[-1].removeprefix("RESULT "))
    assert grab.stat().st_size > 0
    return seen


def test_first_window_without_heavy_imports(tmp_path):
    seen = start_first_window(tmp_path)
    assert seen["visible"]
    assert seen["exit"] == 0
    assert "matplotlib" not in seen["modules"]
    assert "reportlab" not in seen["modules"]
    # The store (sqlite-utils pulls in numpy) is imported when the user presses Openen.
    assert seen["modules"] == []
    assert seen["app"] == ["eigenkracht", "eigenkracht"]
    assert seen["draws_dutch"]


@pytest.mark.skipif(sys.platform != "linux", reason="an ini file in XDG_CONFIG_HOME")
def test_a_settings_file_of_an_older_version_becomes_private(tmp_path):
    settings = tmp_path / "config" / "eigenkracht" / "eigenkracht.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[preferences]\nlanguage=nl\n", encoding="utf-8")
    settings.chmod(0o644)
    start_first_window(tmp_path)
    assert settings.stat().st_mode & 0o777 == 0o600
    assert "language=nl" in settings.read_text(encoding="utf-8")


def test_dutch_by_default_with_qt_translation(tmp_path):
    seen = start_first_window(tmp_path)
    assert seen["open_button"] == "&Openen"
    assert seen["qt_cancel"] == "Annuleren"


def test_english_with_environment_variable(tmp_path):
    seen = start_first_window(tmp_path, EIGENKRACHT_LANG="en")
    assert seen["open_button"] == "&Open"
    assert seen["qt_cancel"] == "Cancel"


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig is only used on Linux")
def test_bundled_font_on_a_machine_without_fonts(tmp_path):
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        "<fontconfig><cachedir>" + str(tmp_path / "fc-cache") + "</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    seen = start_first_window(tmp_path, FONTCONFIG_FILE=str(config))
    assert seen["font"] == "DejaVu Sans"
    assert seen["draws_dutch"]


def test_bundled_fonts_load(qapp):
    families = load_bundled_fonts()
    assert "DejaVu Sans" in families


def test_choose_language(monkeypatch, qsettings):
    from eigenkracht.ui.settings import Settings

    settings = Settings(qsettings)
    monkeypatch.delenv("EIGENKRACHT_LANG", raising=False)
    assert choose_language(None) == "nl"
    settings.language = "en"
    assert choose_language(settings) == "en"
    monkeypatch.setenv("EIGENKRACHT_LANG", "nl_NL.UTF-8")
    assert choose_language(settings) == "nl"
    monkeypatch.setenv("EIGENKRACHT_LANG", "en")
    assert choose_language(None) == "en"
    monkeypatch.setenv("EIGENKRACHT_LANG", "fr")
    assert choose_language(None) == "nl"


def test_english_translation_is_complete():
    tree = ET.parse(ROOT / "resources" / "i18n" / "eigenkracht_en.ts")
    unfinished = [
        message.findtext("source")
        for message in tree.getroot().iter("message")
        if message.find("translation").get("type") in ("unfinished", None)
        and not (message.findtext("translation") or "").strip()
    ]
    assert unfinished == []
    for language in ("nl", "en"):
        assert (SRC / "eigenkracht" / "resources" / "i18n" / f"eigenkracht_{language}.qm").is_file()


def test_qt_messages_go_to_logging(caplog):
    with caplog.at_level(logging.DEBUG, logger="eigenkracht.qt"):
        qt_message_handler(QtMsgType.QtWarningMsg, None, "QWidget::setLayout: oops")
        qt_message_handler(QtMsgType.QtDebugMsg, None, "detail")
    records = [(r.name, r.levelno, r.getMessage()) for r in caplog.records]
    assert ("eigenkracht.qt", logging.WARNING, "qt: QWidget::setLayout: oops") in records
    assert ("eigenkracht.qt", logging.DEBUG, "qt: detail") in records


CLIENT = {"name": "Jansen, Piet", "address": "Dorpsstraat 1"}


def _failing_with_client_data() -> None:
    try:
        int(CLIENT["name"])
    except ValueError as exc:
        raise RuntimeError(f"dossier van {CLIENT['name']}, {CLIENT['address']}") from exc


def test_crash_report_leaves_client_data_out():
    try:
        _failing_with_client_data()
    except RuntimeError as exc:
        report = crash_report(type(exc), exc, exc.__traceback__)
    assert "Jansen" not in report
    assert "Dorpsstraat" not in report
    assert "builtins.ValueError" in report
    assert "builtins.RuntimeError" in report
    assert report.index("ValueError") < report.index("RuntimeError")
    assert "direct cause" in report
    assert "_failing_with_client_data" in report
    assert f"eigenkracht {app_module.__version__}" in report


def test_excepthook_logs_and_shows_the_crash_dialog(qapp, monkeypatch, caplog):
    shown: list[str] = []

    def fake_exec(self):
        shown.append(self.details.toPlainText())
        self.copy()
        return 0

    monkeypatch.setattr(app_module.CrashDialog, "exec", fake_exec)
    try:
        _failing_with_client_data()
    except RuntimeError as exc:
        with caplog.at_level(logging.CRITICAL, logger="eigenkracht"):
            excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    assert "builtins.RuntimeError" in shown[0]
    assert "Jansen" not in shown[0]
    assert "Jansen" not in caplog.text
    assert "_failing_with_client_data" in caplog.text
    assert qapp.clipboard().text() == shown[0]


def test_demo_opens_a_fresh_database(qapp, monkeypatch, fast_kdf, demo_passphrase):
    """The real demo, made and left open with one key derivation (opening it again
    after making it cost a second Argon2id)."""
    from eigenkracht import demo
    from eigenkracht.store.crypto import KdfParams
    from eigenkracht.store.repository import Repository

    derivations: list[KdfParams] = []
    derive = KdfParams.derive

    def counted(self: KdfParams, passphrase: str) -> bytes:
        derivations.append(self)
        return derive(self, passphrase)

    monkeypatch.setattr(KdfParams, "derive", counted)
    built: list[list[str]] = []
    build_demo = demo.build_demo
    monkeypatch.setattr(demo, "build_demo", lambda repo: built.append(build_demo(repo)) or [])
    assert demo_passphrase == app_module.DEMO_PASSPHRASE

    store, folder = app_module.open_demo(kdf_params=fast_kdf)
    try:
        assert derivations == [fast_kdf]
        assert store.path == folder.path / "demo.db"
        references = [c.reference for c in Repository(store).list_cases()]
        assert len(built) == 1 and sorted(references) == sorted(built[0]) and references
    finally:
        store.close()
        folder.remove()
    assert not folder.path.exists()


def test_a_failed_demo_leaves_no_folder(qapp, monkeypatch, tmp_path, fast_kdf):
    from eigenkracht import demo

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)  # gettempdir() reads TMPDIR again
    stores = []

    def fail(repo):
        assert (repo.store.path.parent / "demo.db").exists()  # made, then filling failed
        stores.append(repo.store)
        raise RuntimeError("the demo could not be made")

    monkeypatch.setattr(demo, "build_demo", fail)
    with pytest.raises(RuntimeError):
        app_module.open_demo(kdf_params=fast_kdf)
    assert len(stores) == 1
    with pytest.raises(Exception, match="closed"):  # closed, its lock released
        stores[0].conn.execute("SELECT 1")
    assert list(tmp_path.iterdir()) == []


def test_settings_are_typed_with_defaults(qsettings):
    from eigenkracht.ui.settings import Settings

    settings = Settings(qsettings)
    assert settings.idle_lock_minutes == 10
    assert settings.language == "nl"
    assert settings.last_database == ""
    settings.idle_lock_minutes = 3
    settings.last_database = "/pad/naar/werk.db"
    settings.sync()
    again = Settings(type(qsettings)(qsettings.fileName(), qsettings.format()))
    assert again.idle_lock_minutes == 3
    assert again.last_database == "/pad/naar/werk.db"
    qsettings.setValue(Settings.idle_lock_minutes.key, "geen getal")
    assert settings.idle_lock_minutes == 10
    with pytest.raises(TypeError):
        settings.idle_lock_minutes = "5"  # type: ignore[assignment]
    settings.reset("idle_lock_minutes")
    assert settings.idle_lock_minutes == 10
    assert settings.backup_reminder_days == 7
    assert settings.backup_folder == ""
    assert set(Settings.declared()) == {
        "backup_folder",
        "backup_reminder_days",
        "citizen_window_geometry",
        "idle_lock_minutes",
        "language",
        "last_database",
        "main_window_geometry",
        "worker_name",
        "worker_name_asked",
    }
