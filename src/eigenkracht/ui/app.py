"""Start the program: the application object, fonts, translations, logging,
the crash dialog, then the unlock dialog and the main window.

Nothing here imports matplotlib, reportlab or the store before the first
window is shown: the unlock dialog imports the store when the user presses
Openen, and charts and reports are imported where they are first drawn.
"""

from __future__ import annotations

import logging
import os
import sys
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    Qt,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QFontDatabase, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eigenkracht import __version__
from eigenkracht.core import i18n
from eigenkracht.ui import qt_texts
from eigenkracht.ui.settings import Settings
from eigenkracht.ui.unlock import UnlockDialog, busy_cursor
from eigenkracht.ui.widgets.theme import apply_theme

if TYPE_CHECKING:
    from eigenkracht.privatefiles import DemoFolder
    from eigenkracht.store.crypto import KdfParams
    from eigenkracht.store.database import Store
    from eigenkracht.ui.main_window import MainWindow

log = logging.getLogger("eigenkracht")
qt_log = logging.getLogger("eigenkracht.qt")

APP_NAME = "eigenkracht"
ORGANISATION = "eigenkracht"
DEMO_PASSPHRASE = "demo-demo-demo"
LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
LANGUAGE_ENV = "EIGENKRACHT_LANG"
LANGUAGE_PROPERTY = "eigenkrachtLanguage"  # on the application: the interface language
BUNDLED_FAMILY = "DejaVu Sans"
FONT_SAMPLE = "aAëé€ĳ"  # what the default font must be able to draw
_LOCALES = {"nl": "nl_NL", "en": "en_GB"}

# QTranslator.load(data) does not copy the data; keep it alive here.
_translation_data: list[bytes] = []


# -- language ---------------------------------------------------------------


def choose_language(settings: Settings | None = None) -> str:
    """EIGENKRACHT_LANG if set (nl, en, en_GB, ...), else the saved preference, else Dutch."""
    wanted = os.environ.get(LANGUAGE_ENV, "").strip().lower()[:2]
    if wanted in LANGUAGES:
        return wanted
    if settings is not None and settings.language in LANGUAGES:
        return settings.language
    return DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Qt's own translation (standard buttons, dialogs) and the program's."""
    QLocale.setDefault(QLocale(_LOCALES.get(language, "nl_NL")))
    app.setProperty(LANGUAGE_PROPERTY, language)  # instrument texts follow (localised)
    # The words of the PDFs and charts (core.i18n) follow the installed translators.
    i18n.install(QCoreApplication.translate)
    installed: list[QTranslator] = []
    if language != "en":  # Qt's own texts are English already
        if language in qt_texts.FALLBACKS:  # first installed: asked last (Qt 6 texts)
            fallback = qt_texts.QtFallbackTranslator(qt_texts.FALLBACKS[language], app)
            app.installTranslator(fallback)
            installed.append(fallback)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
        else:
            log.info("no Qt translation qtbase_%s in %s", language, qt_dir)
    source = resources.files("eigenkracht") / "resources" / "i18n" / f"eigenkracht_{language}.qm"
    if source.is_file():
        data = source.read_bytes()
        own = QTranslator(app)
        if not own.load(data):
            log.warning("unreadable translation eigenkracht_%s.qm", language)
        elif not own.isEmpty():  # the Dutch file is empty: the source texts are Dutch
            _translation_data.append(data)
            app.installTranslator(own)
            installed.append(own)
    return installed


# -- fonts --------------------------------------------------------------------


def load_bundled_fonts() -> list[str]:
    """Register the fonts shipped in eigenkracht/resources/fonts; return their families."""
    families: list[str] = []
    folder = resources.files("eigenkracht") / "resources" / "fonts"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.lower().endswith((".ttf", ".otf")):
            continue
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(entry.read_bytes()))
        if font_id < 0:
            log.warning("could not load bundled font %s", entry.name)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families


def setup_fonts(app: QGuiApplication) -> bool:
    """Make sure text can be drawn, and register the bundled fonts.

    When the system's default font cannot draw Dutch text (a bare machine without
    fonts draws empty boxes, without any warning), the bundled fonts are loaded at
    once and DejaVu Sans becomes the application font; returns True then. Otherwise
    they are loaded just after the first window shows, to keep starting fast."""
    metrics = QFontMetrics(app.font())
    if all(metrics.inFontUcs4(ord(char)) for char in FONT_SAMPLE):
        QTimer.singleShot(0, load_bundled_fonts)
        return False
    if BUNDLED_FAMILY not in load_bundled_fonts():
        return False
    from PySide6.QtGui import QFont

    font = QFont(BUNDLED_FAMILY)
    size = app.font().pointSizeF()
    if size > 0:
        font.setPointSizeF(size)
    app.setFont(font)
    log.info("the system font cannot draw Dutch text: using the bundled %s", BUNDLED_FAMILY)
    return True


# -- Qt messages and crashes -------------------------------------------------

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(mode: QtMsgType, context: QMessageLogContext | None, message: str) -> None:
    """Route Qt's messages into logging (logger eigenkracht.qt). Only the category
    and Qt's own message are kept: no source locations, no widget contents."""
    category = getattr(context, "category", None) or "qt"
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s: %s", category, message)


def _short_filename(filename: str) -> str:
    """A path without the user's home or installation folders."""
    parts = Path(filename).parts
    for anchor in ("eigenkracht", "site-packages", "lib"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[index:])
    return Path(filename).name


def crash_report(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    """Technical details for support: versions and where the error happened.

    The exception's message is left out on purpose: it may quote client data
    (a name in a ValueError). Only types, files, lines and code are kept."""
    import platform
    import traceback

    lines = [
        f"eigenkracht {__version__}",
        f"Python {platform.python_version()}, Qt {qVersion()}, {platform.system()} "
        f"{platform.release()} ({platform.machine()})",
        "",
    ]
    chain: list[tuple[type[BaseException], TracebackType | None, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    current_type, current_tb, link = exc_type, tb, ""
    while True:
        chain.append((current_type, current_tb, link))
        if current is None:
            break
        seen.add(id(current))
        if current.__cause__ is not None:
            nxt, link = current.__cause__, "The above exception was the direct cause of:"
        elif current.__context__ is not None and not current.__suppress_context__:
            nxt, link = current.__context__, "During handling of the above, another occurred:"
        else:
            break
        if id(nxt) in seen:
            break
        current, current_type, current_tb = nxt, type(nxt), nxt.__traceback__
    # Oldest cause first, as Python prints it.
    entries = list(reversed(chain))
    for position, (kind, trace, _) in enumerate(entries):
        if position:
            lines += ["", entries[position - 1][2]]  # the link stored with the cause
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(trace):
            lines.append(
                f'  File "{_short_filename(frame.filename)}", line {frame.lineno}, in {frame.name}'
            )
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        lines.append(f"{kind.__module__}.{kind.__qualname__} (message left out)")
    return "\n".join(lines)


class CrashDialog(QDialog):
    """Tells the user something went wrong, with copyable technical details."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrashDialog")
        self.setWindowTitle(self.tr("eigenkracht — onverwachte fout"))
        self.resize(640, 420)
        message = QLabel(
            self.tr(
                "Er ging iets mis in eigenkracht. Wat u hebt ingevoerd, is tot het laatste "
                "moment bewaard. U kunt doorgaan of het programma afsluiten en opnieuw starten.\n\n"
                "Wilt u de fout melden? Kopieer dan de technische gegevens hieronder en stuur ze "
                "naar uw beheerder. Er staan geen gegevens van cliënten in."
            ),
            self,
        )
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QPlainTextEdit(report, self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setAccessibleName(self.tr("Technische gegevens"))
        details_label = QLabel(self.tr("&Technische gegevens:"), self)
        details_label.setBuddy(self.details)

        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("&Kopiëren"), self)
        self.copy_button.setAccessibleName(self.tr("Technische gegevens kopiëren"))
        self.copy_button.setAutoDefault(False)
        self.quit_button = QPushButton(self.tr("Programma &afsluiten"), self)
        self.quit_button.setAccessibleName(self.tr("Programma afsluiten"))
        self.quit_button.setAutoDefault(False)
        self.continue_button = QPushButton(self.tr("&Doorgaan"), self)
        self.continue_button.setAccessibleName(self.tr("Doorgaan"))
        self.continue_button.setDefault(True)
        role = QDialogButtonBox.ButtonRole
        buttons.addButton(self.copy_button, role.ActionRole)
        buttons.addButton(self.quit_button, role.DestructiveRole)
        buttons.addButton(self.continue_button, role.AcceptRole)
        self.copy_button.clicked.connect(self.copy)
        self.quit_button.clicked.connect(self._quit)
        self.continue_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(details_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def _quit(self) -> None:
        self.reject()
        QCoreApplication.exit(1)


_showing_crash = False


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log the error without client data and show the crash dialog."""
    global _showing_crash
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report = crash_report(exc_type, exc, tb)
    log.critical("unexpected error\n%s", report)
    if _showing_crash or not isinstance(QApplication.instance(), QApplication):
        return
    _showing_crash = True
    try:
        dialog = CrashDialog(report, QApplication.activeWindow())
        dialog.exec()
    finally:
        _showing_crash = False


# -- starting -----------------------------------------------------------------

# Qt's messages while the QApplication is made, passed on once it is there.
_held_messages: list[tuple[QtMsgType, str, str]] = []


def _starting_message_handler(
    mode: QtMsgType, context: QMessageLogContext | None, message: str
) -> None:
    """While the QApplication is made. When no platform plugin starts (no X server, a
    missing system library), Qt gives a fatal message and aborts with English text
    (exit code 134); say what is missing in Dutch and exit with 1 instead."""
    if mode != QtMsgType.QtFatalMsg:
        _held_messages.append((mode, getattr(context, "category", None) or "qt", message))
        return
    from eigenkracht.startup import display_failure

    seen = [text for _, _, text in _held_messages]  # the fatal one only lists plugins
    sys.stderr.write(f"eigenkracht: {display_failure(seen)}\n")
    sys.stderr.flush()
    os._exit(1)  # nothing is open yet; Qt cannot go on


def keep_private(path: str) -> None:
    """Make an existing settings file the user's only (0600). New files are already:
    the program's umask is 077 (eigenkracht.startup); QSettings keeps a file's mode
    when it rewrites it, so this also fixes a file an older version made 0644."""
    if sys.platform == "win32" or not path:
        return
    try:
        if os.stat(path).st_mode & 0o077:
            os.chmod(path, 0o600)
    except OSError:
        pass  # not there yet, or not ours to change


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, fonts, translations and message routing."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else None
    if app is None:
        qInstallMessageHandler(_starting_message_handler)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    qInstallMessageHandler(qt_message_handler)
    for mode, category, message in _held_messages:
        qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s: %s", category, message)
    _held_messages.clear()
    apply_theme(app)  # Fusion with readable colours, whatever the platform theme
    setup_fonts(app)
    settings = Settings()
    keep_private(settings.qsettings.fileName())
    install_translators(app, choose_language(settings))
    sys.excepthook = excepthook
    return app


def open_demo(kdf_params: KdfParams | None = None) -> tuple[Store, DemoFolder]:
    """A fresh demo database in a new temporary folder, filled and left open: one key
    derivation, not a second one to open what was just made. The folder is marked as
    in use while this process lives; a crashed demo's folder is removed at the next
    start (eigenkracht.privatefiles). `kdf_params`: the key file's cost (tests)."""
    from eigenkracht.demo import build_demo
    from eigenkracht.privatefiles import DemoFolder
    from eigenkracht.store.database import create_database
    from eigenkracht.store.repository import Repository

    folder = DemoFolder()
    path = folder.path / "demo.db"
    try:
        with busy_cursor():
            store = create_database(path, DEMO_PASSPHRASE, kdf_params=kdf_params)
            try:
                build_demo(Repository(store, origin="demo"))
            except BaseException:
                store.close()
                raise
    except BaseException:
        folder.remove()
        raise
    return store, folder


def run_citizen(app: QApplication) -> int:
    """The self-assessment for citizens: its own window, no database, no passphrase."""
    from eigenkracht.ui.citizen import CitizenWindow

    window = CitizenWindow(settings=Settings().qsettings)  # remembers where it was
    window.show()
    return app.exec()


def run(db: Path | None = None, demo: bool = False, citizen: bool = False) -> int:
    """Start the program; returns the exit code."""
    app = create_application()
    if citizen:
        return run_citizen(app)
    demo_folder: DemoFolder | None = None
    window: MainWindow | None = None  # imported when the database is open
    try:
        hint = ""
        if demo:
            store, demo_folder = open_demo()
            hint = QCoreApplication.translate(
                "app", "Demodatabase met verzonnen gezinnen. De wachtwoordzin is {passphrase}."
            ).format(passphrase=DEMO_PASSPHRASE)
        else:
            dialog = UnlockDialog(path=Path(db) if db is not None else None)
            outcome = dialog.exec()
            if outcome == UnlockDialog.CITIZEN:
                return run_citizen(app)
            accepted = outcome == QDialog.DialogCode.Accepted
            if not accepted or dialog.store is None:
                return 0
            store = dialog.store
        from eigenkracht.ui.main_window import MainWindow

        window = MainWindow(store, unlock_hint=hint)
        window.show()
        return app.exec()
    finally:
        if window is not None:
            window.close_store()
        if demo_folder is not None:
            demo_folder.remove()


__all__ = [
    "DEMO_PASSPHRASE",
    "CrashDialog",
    "choose_language",
    "crash_report",
    "create_application",
    "excepthook",
    "install_translators",
    "load_bundled_fonts",
    "qt_message_handler",
    "run",
    "run_citizen",
    "setup_fonts",
]
