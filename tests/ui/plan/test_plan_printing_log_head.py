"""A plan saved from the program carries the head of the access log in its footer, and
the print is anchored outside the database (store/anchor.py)."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from eigenkracht.store import anchor, audit


def test_a_saved_plan_prints_the_head_of_the_log_and_anchors_the_print(
    qtbot, view, plan_page, repo, monkeypatch, tmp_path
):
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    button = plan_page.save_button
    with qtbot.waitSignal(plan_page.printer.finished, timeout=30_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    pages = PdfReader(io.BytesIO(target.read_bytes())).pages
    found = {
        hit
        for page in pages
        for hit in re.findall(r"Logboek t/m rij (\d+) · ([0-9a-f]{16})…", page.extract_text())
    }
    assert len(found) == 1  # the same head on every page
    row_id, prefix = found.pop()
    rows = audit.entries(repo.db)
    assert rows[int(row_id) - 1].hash.startswith(prefix)
    # The print itself is the next row, and it is anchored beside the database.
    printed = rows[-1]
    assert printed.event == "cases.print" and printed.id > int(row_id)
    last = anchor.last(repo.store.path)
    assert last is not None and (last.id, last.hash) == (printed.id, printed.hash)
