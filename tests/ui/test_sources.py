"""ui/sources.py: the module sources PySide6 has Python read and keep are dropped,
but not while a pool thread (the plan PDF's) may be importing."""

from __future__ import annotations

import linecache
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QRunnable, QThreadPool

from eigenkracht.ui.sources import forget_sources


def test_pyside_keeps_the_source_of_every_module_imported_after_it(
    tmp_path: Path, monkeypatch
) -> None:
    module = tmp_path / "freshly_imported_module.py"
    module.write_text("VALUE = 1\n" + "# filler\n" * 1000)
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    __import__("freshly_imported_module")  # what an import statement calls
    try:
        # If this fails, PySide6 stopped reading sources at import: sources.py can go.
        assert linecache.cache.get(str(module)) is not None
    finally:
        sys.modules.pop("freshly_imported_module", None)


class Hold(QRunnable):
    def __init__(self) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the test keeps it
        self.started = threading.Event()
        self.release = threading.Event()

    def run(self) -> None:
        self.started.set()
        self.release.wait(10)


def test_forget_sources_empties_linecache_unless_a_pool_thread_runs(qtbot) -> None:
    linecache.getlines(__file__)
    assert __file__ in linecache.cache
    hold = Hold()
    QThreadPool.globalInstance().start(hold)
    try:
        assert hold.started.wait(10)
        assert not forget_sources()
        assert __file__ in linecache.cache
    finally:
        hold.release.set()
        assert QThreadPool.globalInstance().waitForDone(10_000)
    assert forget_sources()
    assert __file__ not in linecache.cache
