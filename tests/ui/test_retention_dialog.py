"""Bewaartermijnen (ui/caseload/retention_dialog.py, File menu): the cases past retention
or handed over, each unticked; Verwijderen asks once (QMessageBox, the edge mocked here)
and removes through remove_case; nothing goes without that answer. The case overview
says how long a case is kept and why. Real encrypted database, real clicks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox

from eigenkracht.core.model import Case, CaseStatus
from eigenkracht.core.retention import add_years
from eigenkracht.store import audit
from eigenkracht.store.database import open_database
from eigenkracht.store.repository import Repository
from eigenkracht.ui.caseload.overview import CaseOverview
from eigenkracht.ui.caseload.retention_dialog import RetentionDialog
from support import PASSPHRASE, TODAY

JANSEN = "EK-2026-0007"  # the demo's closed case: kept until 15 years after its closing
END = add_years(TODAY - dt.timedelta(weeks=8), 15)
AFTER = END + dt.timedelta(days=1)
OLD = "EK-2015-0001"  # closed in 2015 without support: past its 5 years on TODAY


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("EIGENKRACHT_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(demo_db_path: Path) -> Path:
    """The demo, plus a case closed long ago (the `window` fixture opens this file)."""
    store = open_database(demo_db_path, PASSPHRASE)
    try:
        Repository(store).create_case(
            Case(
                OLD,
                "Fam. Oud",
                melding_date=dt.date(2014, 10, 1),
                status=CaseStatus.AFGESLOTEN,
                closed_on=dt.date(2015, 1, 5),
            )
        )
    finally:
        store.close()
    return demo_db_path


@pytest.fixture
def repo(db_path: Path) -> Iterator[Repository]:
    store = open_database(db_path, PASSPHRASE, worker="s.visser")
    yield Repository(store, origin="test")
    store.close()


def references(fresh: Callable[[], Repository]) -> list[str]:
    return [c.reference for c in fresh().list_cases()]


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Mock the one confirmation: record its text, give `button`."""
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def make(qtbot: Any, repo: Repository, today: dt.date) -> RetentionDialog:
    dialog = RetentionDialog(repo, today=today)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot: Any, box: QCheckBox) -> None:
    """Click the check box on its box (its text ends before the wide row does)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_only_what_is_past_or_handed_over_unticked(qtbot: Any, repo: Repository) -> None:
    dialog = make(qtbot, repo, TODAY)
    assert [line.reference for line in dialog.lines] == [OLD]
    [box] = dialog.boxes.values()
    assert not box.isChecked()
    assert box.text() == f"{OLD} · Fam. Oud · Wmo"
    assert not dialog.remove_button.isEnabled()
    details = dialog.list_widget.findChildren(QLabel)
    texts = [w.text() for w in details]
    assert any(
        t == "Bewaren tot 05-01-2020: de bewaartermijn is voorbij "
        "(Wmo zonder ondersteuning: 5 jaar na het afsluiten op 05-01-2015)."
        for t in texts
    ), texts
    later = make(qtbot, repo, AFTER)
    assert [line.reference for line in later.lines] == [OLD, JANSEN]


def test_nothing_removed_without_the_answer(
    qtbot: Any,
    repo: Repository,
    fresh: Callable[[], Repository],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make(qtbot, repo, AFTER)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    tick(qtbot, dialog.boxes[repo.find_case(JANSEN).id])  # type: ignore[union-attr]
    assert dialog.remove_button.isEnabled()
    click(qtbot, dialog.remove_button)
    assert len(asked) == 1
    assert f"• {JANSEN} (Dhr. Jansen)" in asked[0] and OLD not in asked[0]
    assert JANSEN in references(fresh) and len(references(fresh)) == 10
    assert dialog.removed == []


def test_the_ticked_case_removed_after_yes_the_other_stays(
    qtbot: Any,
    repo: Repository,
    fresh: Callable[[], Repository],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make(qtbot, repo, AFTER)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    jansen = repo.find_case(JANSEN)
    assert jansen is not None and jansen.id is not None
    tick(qtbot, dialog.boxes[jansen.id])
    click(qtbot, dialog.remove_button)
    assert len(asked) == 1
    assert dialog.removed == [jansen.id]
    now = references(fresh)
    assert JANSEN not in now and OLD in now and len(now) == 9
    rows = audit.entries(fresh().db, JANSEN)
    assert (rows[-1].event, rows[-1].action) == ("cases.delete", "D")
    # the list follows, the other case unticked as before
    assert [line.reference for line in dialog.lines] == [OLD]
    assert not next(iter(dialog.boxes.values())).isChecked()
    assert not dialog.remove_button.isEnabled()


def test_nothing_to_remove_says_so(qtbot: Any, repo: Repository) -> None:
    repo.remove_case(repo.find_case(OLD).id)  # type: ignore[union-attr]
    dialog = make(qtbot, repo, TODAY)
    assert dialog.boxes == {}
    assert dialog.empty_label.isVisible() and not dialog.scroll_area.isVisible()
    assert "geen dossiers voorbij de bewaartermijn" in dialog.empty_label.text()
    assert not dialog.remove_button.isEnabled()


def test_the_organisations_years_and_a_bad_file(
    qtbot: Any, repo: Repository, own_data_dir: Path
) -> None:
    settings = own_data_dir / "export.toml"
    settings.write_text("format = 1\n[retention]\nwmo_no_support_years = 12\n")
    dialog = make(qtbot, repo, TODAY)
    assert dialog.lines == []  # 2015 + 12 years is not yet
    assert not dialog.policy_problem.isVisible()
    settings.write_text("format = 1\n[retention]\nwmo_no_support_years = 0\n")
    bad = make(qtbot, repo, TODAY)
    assert bad.policy_problem.isVisible()
    assert "gelden de gewone termijnen" in bad.policy_problem.text()
    assert "tussen 1 en 115 jaar" in bad.policy_problem.text()
    assert [line.reference for line in bad.lines] == [OLD]


def test_the_overview_says_how_long_and_why(qtbot: Any, repo: Repository) -> None:
    jansen = repo.find_case(JANSEN)
    open_case = repo.find_case("EK-2026-0001")
    old = repo.find_case(OLD)
    assert jansen and jansen.id and open_case and open_case.id and old and old.id
    shown = {}
    for case_id in (jansen.id, open_case.id, old.id):
        overview = CaseOverview(repo, case_id, today=TODAY)
        qtbot.addWidget(overview)
        shown[case_id] = overview.retention_label.text()
    assert shown[jansen.id] == (
        f"Bewaren tot: {END:%d-%m-%Y} (deze datum staat op het dossier zelf)."
    )
    assert shown[open_case.id].startswith("Dossier loopt nog:")
    assert shown[old.id] == (
        "⚠ Bewaren tot: 05-01-2020, de bewaartermijn is voorbij "
        "(Wmo zonder ondersteuning: 5 jaar na het afsluiten op 05-01-2015)."
    )


def test_file_menu_opens_it_and_the_case_list_follows(
    qtbot: Any, window: Any, fresh: Callable[[], Repository], monkeypatch: pytest.MonkeyPatch
) -> None:
    action = window.findChild(type(window.store_actions[0]), "retentionAction")
    assert action is not None and action in window.store_actions
    assert action.text() == "&Bewaartermijnen…" and action.isEnabled()
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    seen: list[RetentionDialog] = []

    def run(dialog: RetentionDialog) -> int:  # the modal loop: the worker ticks and removes
        seen.append(dialog)
        assert dialog.parent() is window
        tick(qtbot, next(iter(dialog.boxes.values())))
        click(qtbot, dialog.remove_button)
        return 0

    monkeypatch.setattr(RetentionDialog, "exec", run)
    action.trigger()
    assert len(seen) == 1 and [line.reference for line in seen[0].lines] == []
    assert OLD not in references(fresh)
    shown = window.workspace.cases
    assert window.workspace.stack.currentWidget() is shown
    assert OLD not in [s.reference for s in window.workspace.repo.list_cases()]
    window.lock()
    assert not action.isEnabled()


def test_a_handed_over_case_says_to_whom(qtbot: Any) -> None:
    from eigenkracht.core.model import CaseKind
    from eigenkracht.core.retention import CaseRetention, Retention, RetentionReason
    from eigenkracht.ui.caseload.retention_dialog import state_text

    end = dt.date(2031, 3, 2)
    kept = Retention(end, RetentionReason.WMO_NO_SUPPORT, 5, dt.date(2026, 3, 2))
    line = CaseRetention(
        1,
        "EK-1",
        "Fam. Test",
        CaseKind.WMO,
        dt.date(2026, 3, 2),
        dt.date(2026, 3, 2),
        kept,
        past=False,
        handed_over_on=dt.date(2026, 3, 10),
        handed_over_to="Joke Mulder",
    )
    assert line.removable
    assert state_text(line) == (
        "Overgedragen op 10-03-2026 aan Joke Mulder; bewaren tot 02-03-2031 "
        "(Wmo zonder ondersteuning: 5 jaar na het afsluiten op 02-03-2026)."
    )


def test_hostile_names_show_as_typed(
    qtbot: Any, repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = repo.find_case(OLD)
    assert old is not None and old.id is not None
    repo.update(Case, old.id, household_name="Fam. <b>Oud</b> & Zn")
    dialog = make(qtbot, repo, TODAY)
    box = dialog.boxes[old.id]
    assert box.text() == f"{OLD} · Fam. <b>Oud</b> && Zn · Wmo"  # shown with one "&"
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    tick(qtbot, box)
    click(qtbot, dialog.remove_button)
    assert "Fam. &lt;b&gt;Oud&lt;/b&gt; &amp; Zn" in asked[0]  # escaped: never rich text


def test_a_handed_over_open_case_is_offered(
    qtbot: Any, repo: Repository, fresh: Callable[[], Repository], monkeypatch: pytest.MonkeyPatch
) -> None:
    bakker = repo.find_case("EK-2026-0002")
    assert bakker is not None and bakker.id is not None and bakker.closed_on is None
    # what the hand-over (migration 0007's columns) leaves on the case
    repo.db.execute(
        "UPDATE cases SET handed_over_on = ?, handed_over_to = ? WHERE id = ?",
        ["2026-11-02", "Joke Mulder", bakker.id],
    )
    dialog = make(qtbot, repo, TODAY)
    assert [line.reference for line in dialog.lines] == [OLD, "EK-2026-0002"]
    texts = [w.text() for w in dialog.list_widget.findChildren(QLabel)]
    assert "Overgedragen op 02-11-2026 aan Joke Mulder; het dossier loopt nog." in texts
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    tick(qtbot, dialog.boxes[bakker.id])
    click(qtbot, dialog.remove_button)
    assert "EK-2026-0002" not in references(fresh)


def test_named_for_screen_readers_and_ticked_with_the_keyboard(
    qtbot: Any, repo: Repository
) -> None:
    from ui_support import unnamed_interactive

    dialog = make(qtbot, repo, AFTER)
    assert unnamed_interactive(dialog) == []
    first = next(iter(dialog.boxes.values()))
    assert first.accessibleName() == f"Verwijderen: {OLD}, Fam. Oud"
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert first.isChecked() and dialog.remove_button.isEnabled()
    assert dialog.width() <= 1366 and dialog.height() <= 768
