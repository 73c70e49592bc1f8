"""The one place in ui/ that shows problems: a UserFacingError as its Dutch sentence, an
OSError by its errno (never the system's English text), in an inline message, a message
bar or a message box."""

from __future__ import annotations

import errno
import os
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from eigenkracht.exchange.selfassessment import WrongCode
from eigenkracht.store.errors import DiskFull, StoreError
from eigenkracht.ui.widgets import MessageBar, MessageLabel, problems
from eigenkracht.ui.widgets.problems import problem_text, show_problem, write_problem_text


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        problems.QMessageBox, "warning", staticmethod(lambda _w, t, m: shown.append((t, m)))
    )
    return shown


def test_user_facing_errors_show_their_own_sentence() -> None:
    assert problem_text(DiskFull("De schijf is vol.")) == "De schijf is vol."
    assert problem_text(WrongCode()).startswith("De code klopt niet")


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (errno.ENOSPC, "de schijf is vol"),
        (errno.EACCES, "er is geen toegang"),
        (errno.ENOENT, "bestaat niet (meer)"),
        (errno.EISDIR, "dat is een map"),
        (errno.EIO, "een fout van de schijf of het systeem"),
    ],
)
def test_os_errors_by_errno(qapp: Any, number: int, words: str) -> None:
    exc = OSError(number, os.strerror(number), "/home/w/\u202eplan.pdf")
    text = problem_text(exc)
    assert words in text
    assert os.strerror(number) not in text
    assert "\u202e" not in text and "plan.pdf" in text  # the name, made safe to show
    saved = write_problem_text("/tmp/uit/plan.pdf", exc)
    assert saved.startswith("Opslaan in /tmp/uit/plan.pdf is niet gelukt: ")
    assert words in saved and os.strerror(number) not in saved


def test_shown_where_asked(qtbot: Any, boxes: list[tuple[str, str]]) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = MessageLabel(parent)
    bar = MessageBar("problem", parent)
    problem = StoreError("Dit dossier bestaat niet (meer). <b>x</b>")
    assert show_problem(label, problem) == str(problem)
    assert label.text() == str(problem) and not label.isHidden()
    show_problem(bar, problem)
    assert bar.label.text() == str(problem)
    assert boxes == []
    show_problem(parent, problem, "Niet gelukt")
    title, message = boxes[0]
    assert title == "Niet gelukt"
    assert "&lt;b&gt;x&lt;/b&gt;" in message  # shown as typed, never as rich text
    show_problem(parent, "Een zin.")
    assert boxes[1][0] == "Niet gelukt" and "Een zin." in boxes[1][1]
