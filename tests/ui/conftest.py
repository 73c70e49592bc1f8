"""Fixtures shared by the screen tests, on top of the database of tests/conftest.py: a
second connection to check what was stored, the bundled life-domain instrument, the
demo households, the main window, the conversation view, Dutch dates, and a model
tester that watches an item model until the test ends. Every screen test runs with
QStandardPaths in test mode, so none touches the user's own folders. Feature folders
add their own households on top of these."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtTest import QAbstractItemModelTester

from eigenkracht.core.instruments import Instrument, bundled_instruments
from eigenkracht.store.database import Store, create_database, open_database
from eigenkracht.store.repository import Repository
from support import PASSPHRASE, TODAY, cheap_kdf

if TYPE_CHECKING:
    from eigenkracht.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _test_paths() -> Iterator[None]:
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    yield
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """The program in English for one test (ui_support.program_language)."""
    from ui_support import program_language

    with program_language(qapp, "en"):
        yield


@pytest.fixture
def dutch(qapp: Any) -> Iterator[None]:
    """The program in Dutch as it starts, with Qt's own Dutch texts, for one test."""
    from ui_support import program_language

    with program_language(qapp, "nl"):
        yield


@pytest.fixture
def dutch_locale() -> Iterator[None]:
    """Dates as the Dutch program writes them ("do 12-11-2026"), whatever the machine."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("nl_NL"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def fresh(db_path: Path) -> Iterator[Callable[[], Repository]]:
    """A second connection to the same file: proves that what the screen shows is stored."""
    opened: list[Store] = []

    def make() -> Repository:
        s = open_database(db_path, PASSPHRASE, worker="controle")
        opened.append(s)
        return Repository(s, origin="test")

    yield make
    for s in opened:
        s.close()


@pytest.fixture
def instrument() -> Instrument:
    return next(i for i in bundled_instruments() if i.id == "leefgebieden")


@pytest.fixture
def model_tester(qtlog: Any) -> Iterator[Callable[[QAbstractItemModel], None]]:
    """model_tester(model): Qt's QAbstractItemModelTester checks `model` after every change
    until the test ends (kept alive here; a tester nobody holds is destroyed at once).

    Warning mode, not Fatal: Fatal aborts the whole pytest process without saying what
    failed; a warning names the broken rule, fails the test (qt_log_level_fail), and is
    checked here as well, so the tester fails without that setting too."""
    testers: list[QAbstractItemModelTester] = []

    def watch(model: QAbstractItemModel) -> None:
        mode = QAbstractItemModelTester.FailureReportingMode.Warning
        testers.append(QAbstractItemModelTester(model, mode))

    yield watch
    failures = list(
        dict.fromkeys(r.message for r in qtlog.records if r.message.startswith("FAIL!"))
    )
    testers.clear()
    assert not failures, "the model tester found:\n" + "\n".join(failures)


@pytest.fixture
def demo_db_path(tmp_path: Path) -> Path:
    """A closed database with the demo households, as on TODAY."""
    from eigenkracht.demo import build_demo

    path = tmp_path / "wijkteam.db"
    store = create_database(path, PASSPHRASE, worker="s.visser", kdf_params=cheap_kdf())
    try:
        build_demo(Repository(store, origin="demo"), today=TODAY)
    finally:
        store.close()
    return path


@pytest.fixture
def worker() -> str:
    """Who works in the `window`."""
    return "s.visser"


@pytest.fixture
def window(qtbot: Any, qsettings: Any, db_path: Path, worker: str) -> Iterator[MainWindow]:
    """The main window on the database at `db_path` (which the module made and closed),
    on a laptop screen, as on TODAY."""
    from eigenkracht.ui.main_window import MainWindow

    store = open_database(db_path, PASSPHRASE, worker=worker)
    win = MainWindow(store, qsettings, kdf_params=cheap_kdf(), today=TODAY)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def undo_stack() -> Any:
    from PySide6.QtGui import QUndoStack

    return QUndoStack()


@pytest.fixture
def first_page() -> Any:
    """The step `make_view` shows (None: where the conversation was left)."""
    return None


@pytest.fixture
def make_view(
    qtbot: Any,
    repo: Repository,
    conversation_id: int,
    instrument: Instrument,
    undo_stack: Any,
    first_page: Any,
) -> Callable[..., Any]:
    """make_view(**kwargs): the guided conversation on `conversation_id` (which the
    folder's conftest makes), shown and active, on `first_page`; repo, conversation_id
    and undo_stack can be given."""
    from eigenkracht.ui.conversation import ConversationView

    def make(**kwargs: Any) -> ConversationView:
        view = ConversationView(
            kwargs.get("repo", repo),
            kwargs.get("conversation_id", conversation_id),
            instrument,
            kwargs.get("undo_stack", undo_stack),
        )
        qtbot.addWidget(view)
        view.resize(1280, 820)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        if first_page is not None:
            assert view.goto(first_page, check=False)
        return view

    return make


@pytest.fixture
def view(make_view: Callable[..., Any]) -> Any:
    return make_view()
