"""Every top-level window and dialog of the program, opened on the demo households, and a
check that it fits the screen it opens on with nothing cut off (issue 13 point 1).

Used by tests/ui/test_window_fits.py in the test process (the offscreen default screen)
and as a script in a subprocess on a laptop screen of 1366×768 at 100 % and 150 %:

    QT_QPA_PLATFORM=offscreen:configfile=laptop.json QT_SCALE_FACTOR=1.5 \\
        python tests/ui/window_catalogue.py --report out.json [--shots DIR] [--only NAME]

`--shots` saves a grab() of every window (look at them before and after a layout change).
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QWidget,
)

# A laptop screen for the offscreen platform: QT_QPA_PLATFORM=offscreen:configfile=<this>.
LAPTOP_SCREEN = {
    "synchronousWindowSystemEvents": True,
    "windowFrameMargins": False,
    "screens": [
        {
            "name": "laptop",
            "x": 0,
            "y": 0,
            "width": 1366,
            "height": 768,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }
    ],
}

# What a window manager adds above a window (title bar and frame), in pixels at 100 %.
TITLE_BAR = 32

# -- the check ---------------------------------------------------------------------------


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    """Inside the scrolled part of a scroll area (a list, table or text view counts too):
    the user can scroll to it, so it need not be in view all the time."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def _visible_rect(widget: QWidget, window: QWidget) -> tuple[QRect, QRect]:
    """The widget's rectangle in window coordinates, and the part of it that its parents
    (and the window) leave in view."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    shown = rect.intersected(window.rect())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        shown = shown.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect, shown


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ").replace("&&", "&")


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
    text = " ".join(_plain(text).split())[:50]
    return f"{type(widget).__name__} {widget.objectName() or ''} {text!r}".replace("  ", " ")


def problems(window: QWidget) -> list[str]:
    """What does not fit: the window outside the free area of its screen, a window smaller
    than its layout needs, a button or scroll area not fully in view, a button or label
    narrower than its text, a wrapped label cut off at the bottom or breaking a word."""
    found: list[str] = []
    free = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if frame == window.geometry():  # no frame drawn (offscreen): leave room for a title bar
        frame.setBottom(frame.bottom() + TITLE_BAR)
    if not free.contains(frame):
        found.append(
            f"window {frame.width()}×{frame.height()} at {frame.x()},{frame.y()} is not inside "
            f"the free screen {free.width()}×{free.height()}"
        )
    # The part of the window on the screen, in window coordinates.
    on_screen = QRect(window.mapFromGlobal(free.topLeft()), free.size())
    on_screen.setBottom(on_screen.bottom() - (frame.height() - window.height()))
    layout = window.layout()
    if layout is not None:
        need = layout.totalMinimumSize()
        if need.width() > window.width() or need.height() > window.height():
            found.append(
                f"the layout needs {need.width()}×{need.height()}, the window is "
                f"{window.width()}×{window.height()}"
            )
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        is_button = isinstance(widget, QAbstractButton)
        if not (is_button or isinstance(widget, QAbstractScrollArea | QLabel)):
            continue
        # A scroll area's own content, wherever the area is (inside another one too).
        if isinstance(widget, QScrollArea) and widget.widgetResizable():
            content = widget.widget()
            off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            cuts = widget.horizontalScrollBarPolicy() == off
            if content is not None and cuts and content.width() > widget.viewport().width():
                found.append(
                    f"{_describe(widget)} cuts its content at the right: "
                    f"{content.width()} px in {widget.viewport().width()}"
                )
            need = content.minimumSizeHint().width() if content is not None else 0
            # (also one inside a scrolling step: its right part is out of view there)
            if need > widget.viewport().width():
                found.append(
                    f"{_describe(widget)} scrolls sideways: its content needs {need} px, "
                    f"it has {widget.viewport().width()}"
                )
            short = widget.verticalScrollBar().maximum()
            if (
                short > 0
                and type(widget).__name__ == "_FittingScrollArea"
                and (frame.height() + short <= free.height())
            ):
                found.append(f"{_describe(widget)} scrolls {short} px although the screen has room")
        lines = 3 * widget.fontMetrics().height()
        if isinstance(widget, QScrollArea) and 0 < widget.viewport().height() < lines:
            found.append(
                f"{_describe(widget)} is too low to use: {widget.viewport().height()} px, "
                f"less than three lines ({lines} px)"
            )
        if _in_scroll_area(widget, window):
            # Scrolling shows the rest, but not what a label's own height cuts off.
            if isinstance(widget, QLabel) and widget.text().strip() and widget.pixmap().isNull():
                found += [p for p in _label_problems(widget) if "at the bottom" in p]
            continue
        rect, shown = _visible_rect(widget, window)
        shown = shown.intersected(on_screen)
        if (is_button or isinstance(widget, QAbstractScrollArea)) and shown != rect:
            found.append(
                f"{_describe(widget)} is cut off: {shown.width()}×{shown.height()} of "
                f"{rect.width()}×{rect.height()} in view"
            )
            continue
        if is_button and widget.width() < widget.minimumSizeHint().width():
            found.append(f"{_describe(widget)} is narrower than its text")
        if isinstance(widget, QLabel) and widget.text().strip() and widget.pixmap().isNull():
            found += _label_problems(widget)
    return found


def _label_problems(label: QLabel) -> list[str]:
    width = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    metrics = label.fontMetrics()
    text = _plain(label.text())
    if not label.wordWrap():
        if label.width() < label.minimumSizeHint().width():
            return [f"{_describe(label)} is cut off at the right"]
        return []
    problems_ = []
    longest = max(text.split(), key=metrics.horizontalAdvance, default="")
    if metrics.horizontalAdvance(longest) > width + 1:
        problems_.append(f"{_describe(label)} breaks the word {longest!r}")
    if label.hasHeightForWidth() and label.height() < label.heightForWidth(label.width()):
        problems_.append(
            f"{_describe(label)} is cut off at the bottom: {label.height()} of "
            f"{label.heightForWidth(label.width())} px"
        )
    return problems_


# -- the windows -------------------------------------------------------------------------

Opener = Callable[["Demo"], QWidget]


class Demo:
    """The demo households in an encrypted database in `folder`, open, with everything the
    windows need: settings, a case with a conversation, a self-assessment file."""

    def __init__(self, folder: Path) -> None:
        from eigenkracht.demo import build_demo
        from eigenkracht.store.database import create_database
        from eigenkracht.store.repository import Repository
        from support import PASSPHRASE, TODAY, cheap_kdf

        self.folder = folder
        self.today = TODAY
        self.kdf = cheap_kdf()
        self.db_path = folder / "wijkteam.db"
        self.qsettings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        self.store = create_database(
            self.db_path, PASSPHRASE, worker="s.visser", kdf_params=self.kdf
        )
        build_demo(Repository(self.store, origin="demo"), today=TODAY)
        self.repo = Repository(self.store)
        cases = self.repo.list_cases()
        # The fullest case: most conversations and plans, so the windows show the most.
        self.case_id = max(
            (c.id for c in cases if c.id is not None),
            key=lambda i: (
                len(self.repo.load_case(i).plans),
                len(self.repo.load_case(i).conversations),
            ),
        )
        self.case_file = self.repo.load_case(self.case_id)
        self.behind: list[QWidget] = []  # windows a dialog was opened from: closed after it
        self.stores: list[Any] = [self.store]  # closed at the end

    def catalogue(self) -> Any:
        return self.repo.catalogue()

    def close(self) -> None:
        for store in self.stores:
            store.close()


def _settings(demo: Demo) -> Any:
    from eigenkracht.ui.settings import Settings

    return Settings(demo.qsettings)


def main_window(demo: Demo, view: str = "", page: int | None = None) -> QWidget:
    from eigenkracht.store.database import open_database
    from eigenkracht.ui.main_window import MainWindow
    from support import PASSPHRASE

    store = open_database(demo.db_path, PASSPHRASE, worker="s.visser")  # closed with it
    window = MainWindow(store, demo.qsettings, kdf_params=demo.kdf, today=demo.today)
    ws = window.workspace
    assert ws is not None
    if view:
        ws.open_case(demo.case_id)
    if page is not None:
        conversations = demo.case_file.conversations
        ws.resume_conversation(conversations[-1].id)
        assert ws.conversation is not None
        from eigenkracht.ui.conversation import Page

        ws.conversation.goto(Page(page), check=False)
        if Page(page) is Page.NETWORK:  # a person chosen: the card filled in
            book = ws.conversation.page_widget(Page.NETWORK).book  # type: ignore[attr-defined]
            book.set_current(next(iter(book.persons)))
    return window


def unlock(demo: Demo, *, first: bool = False, locked: bool = False) -> QWidget:
    from eigenkracht.ui.unlock import UnlockDialog

    path = demo.folder / "nieuw.db" if first else demo.db_path
    return UnlockDialog(demo.qsettings, demo.kdf, path=path, locked=locked)


def citizen(demo: Demo, page: int = 0, larger: bool = False) -> QWidget:
    from eigenkracht.ui.citizen.window import CitizenWindow

    window = CitizenWindow(
        draft_path=demo.folder / f"concept-{page}.json", find_speech=False, today=demo.today
    )
    if page:
        window.started = True
        window.goto(page)
    if larger:
        window.larger_button.setChecked(True)
    return window


def _self_assessment_file(demo: Demo) -> Path:
    from eigenkracht.exchange import selfassessment as sa

    instrument = next(i for i in demo.repo.installed if i.id == "leefgebieden")
    file = demo.folder / "zelf.json"
    sa.write_file(
        file,
        sa.SelfAssessment(
            instrument.id,
            instrument.version,
            name="Noor de Vries",
            question="Ik wil weer zelf mijn geld regelen en minder alleen zijn.",
            answers=[
                sa.DomainAnswer(d.key, 2, remark="Het gaat niet zo goed, ik wil hulp.")
                for d in instrument.domains
            ],
            helpers=[sa.Helper("Piet", "buurman", "boodschappen")],
        ),
    )
    return file


def windows() -> list[tuple[str, Opener]]:
    """(name, opener) of every top-level window and dialog, in the order a worker and a
    citizen meet them. The opener builds it (not yet shown)."""
    from eigenkracht.ui.conversation import Page

    def settings(demo: Demo) -> QWidget:
        from eigenkracht.ui.settings_dialog import SettingsDialog

        return SettingsDialog(_settings(demo))

    def passphrase(demo: Demo) -> QWidget:
        from eigenkracht.ui.settings_dialog import ChangePassphraseDialog

        return ChangePassphraseDialog(demo.store, demo.kdf)

    def new_case(demo: Demo) -> QWidget:
        from eigenkracht.ui.caseload.new_case import NewCaseDialog

        return NewCaseDialog(demo.repo, today=demo.today, settings=_settings(demo))

    def status(demo: Demo) -> QWidget:
        window = main_window(demo, "overview")
        demo.behind.append(window)
        ws = window.workspace
        assert ws is not None and ws.overview is not None
        dialog = ws.overview.route_box.choose_status()  # type: ignore[attr-defined]
        assert dialog is not None
        dialog.hide()
        return dialog

    def remove_case(demo: Demo) -> QWidget:
        from eigenkracht.ui.caseload.remove_case import RemoveCaseDialog

        case = demo.case_file.case
        return RemoveCaseDialog(demo.repo, demo.case_id, case.reference, case.household_name, None)

    def retention(demo: Demo) -> QWidget:
        from eigenkracht.ui.caseload.retention_dialog import RetentionDialog

        return RetentionDialog(demo.repo, today=demo.today)

    def backup(demo: Demo) -> QWidget:
        from eigenkracht.ui.housekeeping.backup import BackupDialog

        return BackupDialog(demo.repo, _settings(demo))

    def restore(demo: Demo) -> QWidget:
        from eigenkracht.ui.housekeeping.backup import RestoreDialog

        return RestoreDialog(demo.db_path, _settings(demo))

    def handover_out(demo: Demo) -> QWidget:
        from eigenkracht.ui.handover.dialogs import ExportDialog

        return ExportDialog(demo.repo, demo.case_id)

    def handover_in(demo: Demo) -> QWidget:
        from eigenkracht.ui.handover.dialogs import ImportDialog

        return ImportDialog(demo.repo)

    def handover_in_opened(demo: Demo) -> QWidget:
        """A bundle opened at the colleague's: what it holds, before it is read in."""
        from eigenkracht.ui.handover.dialogs import ExportDialog, ImportDialog

        code = "rode fiets onder de brug"
        bundle = demo.folder / "overdracht.ekoverdracht"
        made = ExportDialog(demo.repo, demo.case_id)
        made.colleague_edit.setText("A. Yilmaz")
        made.code_edit.setText(code)
        made.again_edit.setText(code)
        made.file_edit.setText(str(bundle))
        made.make_button.click()
        made.deleteLater()
        assert bundle.exists(), made.error.text()
        from eigenkracht.store.database import create_database
        from eigenkracht.store.repository import Repository
        from support import PASSPHRASE

        colleague = create_database(
            demo.folder / "collega.db", PASSPHRASE, worker="a.yilmaz", kdf_params=demo.kdf
        )
        demo.stores.append(colleague)
        dialog = ImportDialog(Repository(colleague))
        dialog.file_edit.setText(str(bundle))
        dialog.code_edit.setText(code)
        dialog.open_button.click()
        assert dialog.error.text() == "", dialog.error.text()
        return dialog

    def self_assessment(demo: Demo) -> QWidget:
        from eigenkracht.ui.selfassessment_import import SelfAssessmentImportDialog

        dialog = SelfAssessmentImportDialog(demo.repo, demo.case_id, today=demo.today)
        assert dialog.open_file(_self_assessment_file(demo))
        return dialog

    def plan(demo: Demo) -> QWidget:
        from eigenkracht.ui.plan.dialog import PlanDialog

        return PlanDialog(demo.repo, demo.case_id, demo.catalogue(), today=demo.today)

    def then_now(demo: Demo) -> QWidget:
        dialog = plan(demo)
        dialog.tabs.setCurrentWidget(dialog.then_now)  # type: ignore[attr-defined]
        return dialog

    def preview(demo: Demo) -> QWidget:
        from eigenkracht.core.plan import snapshot_of
        from eigenkracht.report.plan_pdf import PlanRenderer
        from eigenkracht.ui.plan.preview import PreviewDialog
        from eigenkracht.ui.plan.printing import Built

        plan = demo.case_file.plans[-1]
        snapshot = snapshot_of(plan, demo.catalogue(), case_file=demo.case_file, today=demo.today)
        renderer = PlanRenderer(snapshot, fingerprint=plan.fingerprint, signed_at=plan.signed_at)
        pdf = renderer.render()
        return PreviewDialog(Built(pdf, snapshot, plan, False, dict(renderer.images)))

    def sign(demo: Demo) -> QWidget:
        from eigenkracht.ui.plan.sign_dialog import SignDialog

        case_file = demo.case_file
        return SignDialog(
            demo.repo,
            case_file,
            demo.catalogue(),
            case_file.plans[-1],
            today=demo.today,
            place="Buurthuis De Brug",
        )

    def compare(demo: Demo) -> QWidget:
        from eigenkracht.ui.network.compare import NetworkCompareDialog

        return NetworkCompareDialog(demo.repo, demo.case_id)

    def save(demo: Demo, factor: float = 1.0) -> QWidget:
        from eigenkracht.ui.citizen.save_dialog import SaveDialog

        dialog = SaveDialog(factor)
        dialog.with_code.click()  # the taller state: with the code fields
        return dialog

    def confirm(demo: Demo) -> QWidget:
        from eigenkracht.ui.citizen.save_dialog import ConfirmDialog

        return ConfirmDialog(
            "Weet u zeker dat u alles wilt wissen? Wat u hebt ingevuld, is dan weg.",
            "Ja, alles wissen",
            1.3,
        )

    def crash(demo: Demo) -> QWidget:
        from eigenkracht.ui.app import CrashDialog

        lines = "\n".join(f'  File "eigenkracht/x.py", line {n}, in f' for n in range(60))
        return CrashDialog(f"Traceback (most recent call last):\n{lines}\nValueError: x")

    found: list[tuple[str, Opener]] = [
        ("unlock-first-start", lambda d: unlock(d, first=True)),
        ("unlock", lambda d: unlock(d)),
        ("unlock-locked", lambda d: unlock(d, locked=True)),
        ("main-cases", lambda d: main_window(d)),
        ("main-overview", lambda d: main_window(d, "overview")),
    ]
    found += [(f"main-{p.name.lower()}", lambda d, p=p: main_window(d, "c", int(p))) for p in Page]
    found += [
        ("settings", settings),
        ("passphrase", passphrase),
        ("new-case", new_case),
        ("status", status),
        ("remove-case", remove_case),
        ("retention", retention),
        ("backup", backup),
        ("restore", restore),
        ("handover-export", handover_out),
        ("handover-import", handover_in),
        ("handover-import-opened", handover_in_opened),
        ("self-assessment-import", self_assessment),
        ("plan", plan),
        ("plan-then-now", then_now),
        ("plan-preview", preview),
        ("plan-sign", sign),
        ("network-compare", compare),
        ("crash", crash),
        ("citizen-save", save),
        ("citizen-save-larger", lambda d: save(d, 1.3)),
        ("citizen-confirm-larger", confirm),
    ]
    found += [(f"citizen-{n:02d}", lambda d, n=n: citizen(d, n)) for n in range(_citizen_pages())]
    found += [("citizen-larger-05", lambda d: citizen(d, 5, larger=True))]
    return found


def _citizen_pages() -> int:
    from eigenkracht.core.instruments import bundled_instruments

    instrument = next(i for i in bundled_instruments() if i.id == "leefgebieden")
    # welcome, name, 2 text pages, wellbeing, explain, the domains, helpers, plan choice,
    # participants, goals, actions, asks, participants, done
    return 6 + len(instrument.domains) + 8


# -- running -----------------------------------------------------------------------------


@contextmanager
def shown(window: QWidget) -> Iterator[QWidget]:
    """Show the window as the program does and let the layouts settle."""
    app = QApplication.instance()
    assert app is not None
    window.show()
    for _ in range(3):
        app.processEvents()
    try:
        yield window
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def run(
    only: str | frozenset[str] = "", shots: Path | None = None, folder: Path | None = None
) -> dict[str, list[str]]:
    """Open every window (or those whose name contains `only`, or is in it); return the
    problems of each."""
    report: dict[str, list[str]] = {}
    with ExitStack() as stack:
        if folder is None:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        from PySide6.QtCore import QStandardPaths

        QStandardPaths.setTestModeEnabled(True)
        demo = Demo(folder)
        stack.callback(demo.close)
        for name, opener in windows():
            if isinstance(only, frozenset) and name not in only:
                continue
            if isinstance(only, str) and only not in name:
                continue
            window = opener(demo)
            with shown(window):
                report[name] = problems(window)
                if shots is not None:
                    window.grab().save(str(shots / f"{name}.png"))
            for other in demo.behind:
                other.close()
                other.deleteLater()
            demo.behind.clear()
    return report


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--report", type=Path)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--only", default="", help="a part of the names, or names a,b,…")
    args = parser.parse_args(argv)
    from PySide6.QtCore import qInstallMessageHandler

    def quiet(mode: Any, context: Any, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.shots:
        args.shots.mkdir(parents=True, exist_ok=True)
    only: str | frozenset[str] = args.only
    if "," in args.only:  # exactly these windows
        only = frozenset(args.only.split(","))
    report = run(only, args.shots)
    screen = app.primaryScreen()  # type: ignore[union-attr]
    free = screen.availableGeometry()
    result = {
        "screen": [free.width(), free.height(), screen.devicePixelRatio()],
        "windows": report,
    }
    text = json.dumps(result, indent=1, ensure_ascii=False)
    if args.report:
        args.report.write_text(text, encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main(sys.argv[1:]))
