"""The map on screen, with real mouse events on the canvas: a click selects, a drag to
another ring or sector changes the person (undoable), a double-click on an empty
place adds someone there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt

from eigenkracht.core.model import Ring, Sector


def canvas_point(page: Any, x: float, y: float) -> QPoint:
    return page.map.to_canvas(x, y).toPoint()


def node_point(page: Any, person_id: int) -> QPoint:
    place = page.map.layout_.place_of(person_id)
    assert place is not None
    return canvas_point(page, place.x, place.y)


def drag(qtbot: Any, widget: Any, start: QPoint, end: QPoint, steps: int = 6) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        qtbot.mouseMove(widget, point)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def stored(fresh: Any, case_id: int, person_id: int) -> Any:
    return next(p for p in fresh().network(case_id) if p.id == person_id)


def test_clicking_a_person_selects_them_in_the_list(
    qtbot: Any, page: Any, people: dict[str, int]
) -> None:
    els = people["Els Kramer"]
    qtbot.mouseClick(page.map.canvas, Qt.MouseButton.LeftButton, pos=node_point(page, els))
    assert page.book.current == els
    assert page.table.currentIndex().row() == page.table_model.row_of(els)
    assert page.map.selected == els
    # the label is a target too
    doctor = page.map.layout_.place_of(people["Dr. Meijer"])
    box = doctor.label_box
    label = canvas_point(page, (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)
    qtbot.mouseClick(page.map.canvas, Qt.MouseButton.LeftButton, pos=label)
    assert page.book.current == people["Dr. Meijer"]


def test_dragging_a_person_to_another_ring_and_sector_changes_them_with_undo(
    qtbot: Any, view: Any, page: Any, fresh: Any, case_id: int, people: dict[str, int]
) -> None:
    els = people["Els Kramer"]  # friends and neighbours, ring 2
    target = page.map.layout_.cell_centre(Sector.WORK, Ring.ACQUAINTANCE)
    start, end = node_point(page, els), canvas_point(page, *target)
    qtbot.mousePress(page.map.canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(page.map.canvas, start + QPoint(12, 12))
    assert page.map.hint is not None and page.map.hint.isVisible()  # where it will go
    for step in range(1, 6):
        qtbot.mouseMove(page.map.canvas, start + (end - start) * (step / 5))
    assert "Werk, school en clubs, 3 kennissen" in page.map.hint.text
    qtbot.mouseRelease(page.map.canvas, Qt.MouseButton.LeftButton, pos=end)
    assert not page.map.hint.isVisible()
    person = stored(fresh, case_id, els)
    assert (person.sector, person.ring) == (Sector.WORK, Ring.ACQUAINTANCE)
    assert page.book.current == els
    page.map.draw()
    assert page.map.layout_.cell_at(
        page.map.layout_.place_of(els).x, page.map.layout_.place_of(els).y
    ) == (Sector.WORK, Ring.ACQUAINTANCE)

    # dragged beyond the outer ring: the outer ring of that sector
    corner = page.map.to_canvas(page.map.layout_.xlim[0] + 0.5, page.map.layout_.ylim[0] + 0.5)
    drag(qtbot, page.map.canvas, node_point(page, els), corner.toPoint())
    person = stored(fresh, case_id, els)
    assert (person.sector, person.ring) == (Sector.PROFESSIONAL, Ring.SERVICE)

    view.undo()
    view.undo()
    person = stored(fresh, case_id, els)
    assert (person.sector, person.ring) == (Sector.FRIENDS, Ring.FRIEND)
    view.redo()
    assert stored(fresh, case_id, els).sector is Sector.WORK


def test_a_small_wobble_is_a_click_not_a_move(
    qtbot: Any, page: Any, fresh: Any, case_id: int, people: dict[str, int]
) -> None:
    marian = people["Marian de Vries"]
    start = node_point(page, marian)
    drag(qtbot, page.map.canvas, start, start + QPoint(1, 1), steps=1)
    assert page.book.current == marian
    person = stored(fresh, case_id, marian)
    assert (person.sector, person.ring) == (Sector.FAMILY, Ring.INTIMATE)
    # dropped on the household in the middle: nothing changes
    drag(qtbot, page.map.canvas, start, canvas_point(page, 0.0, 0.0))
    assert stored(fresh, case_id, marian).ring is Ring.INTIMATE


def test_double_click_on_an_empty_place_adds_a_person_there(
    qtbot: Any, view: Any, page: Any, fresh: Any, case_id: int
) -> None:
    x, y = page.map.layout_.cell_centre(Sector.WORK, Ring.FRIEND)
    point = canvas_point(page, x, y)
    assert page.map.person_at(QPointF(point)) is None
    qtbot.mouseDClick(page.map.canvas, Qt.MouseButton.LeftButton, pos=point)
    new_id = page.book.current
    assert new_id is not None
    person = stored(fresh, case_id, new_id)
    assert (person.sector, person.ring, person.name) == (Sector.WORK, Ring.FRIEND, "Nieuwe persoon")
    assert page.form.name.hasFocus()
    view.undo()
    assert all(p.id != new_id for p in fresh().network(case_id))
    # outside the rings nothing is added
    count = len(fresh().network(case_id))
    corner = page.map.to_canvas(page.map.layout_.xlim[1] - 0.3, 0.0).toPoint()
    qtbot.mouseDClick(page.map.canvas, Qt.MouseButton.LeftButton, pos=corner)
    assert len(fresh().network(case_id)) == count


def test_double_click_on_a_person_edits_them(qtbot: Any, page: Any, people: dict[str, int]) -> None:
    els = people["Els Kramer"]
    qtbot.mouseDClick(page.map.canvas, Qt.MouseButton.LeftButton, pos=node_point(page, els))
    assert page.book.current == els
    assert page.form.name.hasFocus()
    assert page.form.name.selectedText() == "Els Kramer"
