"""ui/widgets/plain.py: the one way user text reaches a tooltip, a label or an editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QStandardItemModel, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyleOptionViewItem, QWidget

from eigenkracht.ui.widgets import (
    LongTextDelegate,
    PlainLabel,
    plain_line,
    plain_message,
    plain_tooltip,
    text_label,
    unlimited,
)
from eigenkracht.ui.widgets.plain import TOOLTIP_LIMIT, UNLIMITED

MARKUP = "<img src=file:///etc/passwd><h1>X</h1> & &amp;"


def rendered(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def test_a_tooltip_shows_markup_as_typed() -> None:
    tip = plain_tooltip(f"Naam: {MARKUP}\ntweede  regel")
    assert GuiQt.mightBeRichText(tip)  # so Qt renders it, and shows the escaped text
    assert "<img" not in tip and "<h1>" not in tip
    assert rendered(tip).replace("\u2028", "\n") == f"Naam: {MARKUP}\ntweede  regel"


def test_a_tooltip_without_markup_is_shown_the_same() -> None:
    """'A &amp; B' alone would not look like rich text to Qt: it would show '&amp;'."""
    assert rendered(plain_tooltip("A & B")) == "A & B"
    assert rendered(plain_tooltip("A &amp; B")) == "A &amp; B"


def test_a_tooltip_loses_invisible_characters_and_stays_short() -> None:
    assert rendered(plain_tooltip("a\u202eb\x1bc")) == "abc"
    long = rendered(plain_tooltip("x" * 5000))
    assert len(long) == TOOLTIP_LIMIT + 1 and long.endswith("…")
    assert plain_tooltip("") == "" and plain_tooltip("  \n") == ""


def test_a_message_is_escaped_whole() -> None:
    text = "Niet opgeslagen in /tmp/<b>map</b>: " + "y" * 5000
    assert rendered(plain_message(text)) == text
    assert plain_message("") == ""


def test_plain_line_is_one_line() -> None:
    assert plain_line("Fam.\n\u202eKerkhof\t") == "Fam. Kerkhof "
    assert plain_line(None) == ""


def test_labels_show_plain_text(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = text_label(MARKUP, parent)
    assert isinstance(label, PlainLabel)
    assert label.textFormat() == GuiQt.TextFormat.PlainText
    label.setText(f"{MARKUP}\u202e\x00")
    assert label.text() == MARKUP


def test_line_edits_and_editable_combos_take_any_length(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    edit = unlimited(QLineEdit(parent))
    assert isinstance(edit, QLineEdit) and edit.maxLength() == UNLIMITED
    edit.setText("x" * 67_241)
    assert len(edit.text()) == 67_241
    combo = QComboBox(parent)
    combo.setEditable(True)
    unlimited(combo)
    line = combo.lineEdit()
    assert line is not None and line.maxLength() == UNLIMITED
    plain = QComboBox(parent)
    unlimited(plain)  # not editable: nothing to do, no error


def test_the_delegate_gives_long_editors(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    model = QStandardItemModel(1, 1)
    model.setData(model.index(0, 0), "tekst")
    delegate = LongTextDelegate(parent)
    editor = delegate.createEditor(parent, QStyleOptionViewItem(), model.index(0, 0))
    assert isinstance(editor, QLineEdit) and editor.maxLength() == UNLIMITED
